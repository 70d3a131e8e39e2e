import type { TFunction } from 'i18next';
import { CLUSTER_TYPES } from '../../domain/clusterTypes';
import type { Dataset } from '../../domain/schema';
import { CLUSTER_COLUMNS, INITIATIVE_COLUMNS, textCells, toCsv, type CsvDelimiter, type Row } from '../export/tables';
import { header, machineTable, text, type SheetCell, type SheetSpec } from '../export/workbook';
import { dataText, type Language } from '../../domain/language';

/**
 * Import templates that explain themselves: an example row per cluster type,
 * showing each way a seat can be given (coordinates; a commune and its INSEE code, placed
 * from the commune list; nothing but a department) and an initiative run by
 * two clusters; the workbook adds a sheet that says, column by column, what
 * is required and which values are allowed. Examples are marked as such.
 */
export function templateRows(example: string): {
  readonly clusters: Row<typeof CLUSTER_COLUMNS>[];
  readonly initiatives: Row<typeof INITIATIVE_COLUMNS>[];
} {
  const clusters: Row<typeof CLUSTER_COLUMNS>[] = [
    {
      id: 'mecabourg',
      name: 'Mécabourg',
      type: 'grappe-entreprises',
      interviewed: true,
      ...textCells('sector', { fr: 'Mécanique, métallurgie', en: 'Mechanical engineering' }),
      commune: 'Bourg-en-Bresse',
      insee_code: '01053',
      department_code: '01',
      department_name: 'Ain',
      region: 'Auvergne-Rhône-Alpes',
      lat: 46.2057,
      lon: 5.2258,
    },
    {
      id: 'pole-vallee-chimie',
      name: `Pôle Vallée de la chimie (${example})`,
      type: 'pole-competitivite',
      interviewed: false,
      ...textCells('sector', { fr: 'Chimie, matériaux', en: 'Chemistry, materials' }),
      commune: 'Lyon',
      insee_code: '69123',
      department_code: '69',
      department_name: 'Rhône',
      region: 'Auvergne-Rhône-Alpes',
      lat: 45.7578,
      lon: 4.832,
    },
    {
      id: 'tregor-numerique',
      name: `Trégor Numérique (${example})`,
      type: 'cluster-regional',
      interviewed: false,
      ...textCells('sector', { fr: 'Numérique, télécoms', en: 'Digital, telecoms' }),
      commune: 'Lannion',
      insee_code: '22113',
      department_code: '22',
      department_name: null,
      region: null,
      lat: null,
      lon: null,
    },
    {
      id: 'bois-vosges',
      name: `Coopérative Bois des Vosges (${example})`,
      type: 'ptce',
      interviewed: false,
      ...textCells('sector', { fr: 'Bois, ameublement', en: 'Wood, furniture' }),
      commune: null,
      insee_code: null,
      department_code: '88',
      department_name: 'Vosges',
      region: 'Grand Est',
      lat: 48.1724,
      lon: 6.4496,
    },
  ];
  const initiatives: Row<typeof INITIATIVE_COLUMNS>[] = [
    {
      id: 'salon-emploi',
      ...textCells('label', { fr: 'Organisation d’un salon de l’emploi', en: 'Organising a job fair' }),
      domain: 'aider-recruter',
      audience: 0.88,
      horizon: 0.16,
      position_source: null,
      case_study: null,
      clusters: 'mecabourg',
      ...textCells('summary', null),
    },
    {
      id: 'observatoire-competences',
      ...textCells('label', { fr: 'Observatoire partagé des compétences (exemple)', en: 'Shared skills observatory (example)' }),
      domain: 'analyser-metiers',
      audience: 0.35,
      horizon: 0.8,
      position_source: null,
      case_study: null,
      clusters: 'tregor-numerique|mecabourg',
      ...textCells('summary', { fr: 'Enquête annuelle auprès des adhérents sur leurs besoins en compétences.', en: 'A yearly survey of members on the skills they need.' }),
    },
    {
      id: 'decouverte-colleges',
      ...textCells('label', { fr: 'Visites d’ateliers pour les collégiens (exemple)', en: 'Workshop visits for school pupils (example)' }),
      domain: 'promouvoir-metiers',
      audience: 0.95,
      horizon: 0.9,
      position_source: null,
      case_study: null,
      clusters: 'bois-vosges',
      ...textCells('summary', null),
    },
  ];
  return { clusters, initiatives };
}

/** A CSV template in the separator (and decimal mark) the interface's spreadsheet expects. */
/** `example`: the word that marks the example rows' names, in the reader's language. */
export function templateCsv(kind: 'clusters' | 'initiatives', example: string, delimiter: CsvDelimiter): string {
  const rows = templateRows(example);
  return kind === 'clusters' ? toCsv(CLUSTER_COLUMNS, rows.clusters, delimiter) : toCsv(INITIATIVE_COLUMNS, rows.initiatives, delimiter);
}

/**
 * The workbook template: the two tables with their example rows, and a
 * « Mode d'emploi » sheet — every column, whether it is required, what it
 * holds and which values are allowed (the cluster types; the domains of the
 * frame the initiatives are placed in, with their names; what 0 and 1 mean).
 */
export function templateWorkbookSheets(frame: Dataset, language: Language, t: TFunction): SheetSpec[] {
  const rows = templateRows(t('templates.example'));
  const types = CLUSTER_TYPES.map((type) => `${type} (${t(`clusterType.${type}`)})`).join(' ; ');
  const domains = [...frame.domains].sort((a, b) => a.order - b.order).map((d) => `${d.order} = ${d.id} (${dataText(d.label, language)})`).join(' ; ');
  const guide: [string, string, string][] = [
    ['clusters: id', 'no', t('templates.id')],
    ['clusters: name', 'yes', t('templates.name')],
    ['clusters: type', 'yes', t('templates.type', { types })],
    ['clusters: interviewed', 'no', t('templates.interviewed')],
    ['clusters: sector_fr, sector_en', 'sector_fr', t('templates.sector')],
    ['clusters: commune, insee_code', 'no', t('templates.commune')],
    ['clusters: department_code, department_name, region', 'no', t('templates.department')],
    ['clusters: lat, lon', 'no', t('templates.coordinates')],
    ['initiatives: id', 'no', t('templates.id')],
    ['initiatives: label_fr, label_en', 'label_fr', t('templates.label')],
    ['initiatives: domain', 'yes', t('templates.domain', { domains })],
    ['initiatives: audience', 'yes', t('templates.audience')],
    ['initiatives: horizon', 'yes', t('templates.horizon')],
    ['initiatives: clusters', 'no', t('templates.clusters')],
    ['initiatives: summary_fr, summary_en', 'no', t('templates.summary')],
  ];
  const required = (value: string) => (value === 'yes' ? t('templates.required') : value === 'no' ? t('templates.optional') : t('templates.requiredOnly', { column: value }));
  const guideSheet: SheetCell[][] = [
    [header(t('templates.column')), header(t('templates.requiredHeader')), header(t('templates.meaning'))],
    ...guide.map(([column, need, meaning]) => [text(column), text(required(need)), text(meaning)]),
    [],
    [text(t('templates.footer'))],
  ];
  return [
    { sheet: 'Clusters', data: machineTable(CLUSTER_COLUMNS, rows.clusters), columns: CLUSTER_COLUMNS.map(() => ({ width: 16 })), stickyRowsCount: 1 },
    { sheet: 'Initiatives', data: machineTable(INITIATIVE_COLUMNS, rows.initiatives), columns: INITIATIVE_COLUMNS.map(() => ({ width: 18 })), stickyRowsCount: 1 },
    { sheet: t('templates.guideSheet'), data: guideSheet, columns: [{ width: 44 }, { width: 22 }, { width: 110 }], stickyRowsCount: 1 },
  ];
}
