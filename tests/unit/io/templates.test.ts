import { describe, expect, it } from 'vitest';
import { CLUSTER_TYPES } from '../../../src/domain/clusterTypes';
import { Dataset } from '../../../src/domain/schema';
import { createI18n } from '../../../src/i18n/i18n';
import { workbookBlob } from '../../../src/io/export/workbook';
import type { Geocoder } from '../../../src/io/import/csvToDataset';
import { importSources } from '../../../src/io/import/importSources';
import { templateCsv, templateWorkbookSheets } from '../../../src/io/import/templates';
import study from '../../../data/study.json';

const frame = Dataset.parse(study);
// The one example seat given by its commune only: Lannion, placed as the commune list would place it.
const geocoder: Geocoder = (query) =>
  query.inseeCode === '22113' || query.commune === 'Lannion'
    ? { found: true, lat: 48.7326, lon: -3.4566, commune: 'Lannion', inseeCode: '22113', departmentCode: '22', departmentName: 'Côtes-d’Armor', region: 'Bretagne' }
    : { found: false, reason: 'unknown', candidates: 0 };
const options = { delimiter: 'auto' as const, frame, loadGeocoder: () => Promise.resolve(geocoder), now: new Date('2026-11-29T00:00:00Z') };
const encode = (text: string) => new TextEncoder().encode(text);

describe('import templates', () => {
  it('in French: semicolons and decimal commas, three example clusters and initiatives that import as they are', async () => {
    const clusters = templateCsv('clusters', 'fr', ';');
    const initiatives = templateCsv('initiatives', 'fr', ';');
    expect(clusters.split('\r\n')[0]).toBe('\uFEFFid;name;type;interviewed;sector_fr;sector_en;commune;insee_code;department_code;department_name;region;lat;lon');
    expect(initiatives).toContain(';0,88;0,16;');
    const outcome = await importSources([{ name: 'modele-clusters.csv', bytes: encode(clusters) }, { name: 'modele-initiatives.csv', bytes: encode(initiatives) }], options);
    expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
    if (!outcome.ok) return;
    expect(outcome.dataset.clusters).toHaveLength(4);
    expect(new Set(outcome.dataset.clusters.map((c) => c.type))).toEqual(new Set(CLUSTER_TYPES));
    expect(outcome.dataset.initiatives).toHaveLength(3);
    expect(outcome.dataset.clusters.find((c) => c.id === 'tregor-numerique')?.hq.lat).toBe(48.7326);
    expect(outcome.dataset.initiatives.find((i) => i.id === 'observatoire-competences')?.clusters).toEqual(['tregor-numerique', 'mecabourg']);
  });

  it('the workbook explains every column and lists the allowed types and domains, in either language, and imports as it is', async () => {
    for (const language of ['fr', 'en'] as const) {
      const missing: string[] = [];
      const i18n = createI18n(language, (key) => missing.push(key));
      const sheets = templateWorkbookSheets(frame, language, i18n.t);
      expect(missing).toEqual([]);
      expect(sheets.map((s) => s.sheet)).toEqual(['Clusters', 'Initiatives', language === 'fr' ? 'Mode d’emploi' : 'How to fill in']);
      const guide = sheets[2]!.data.map((row) => row.map((cell) => String(cell?.value ?? '')).join(' ')).join('\n');
      for (const type of CLUSTER_TYPES) expect(guide).toContain(type);
      for (const domain of frame.domains) expect(guide).toContain(`${domain.order} = ${domain.id} (${domain.label[language]})`);
      expect(guide).toContain(language === 'fr' ? '0 = moins de 6 mois' : '0 = under 6 months');
      const outcome = await importSources([{ name: 'modele.xlsx', bytes: new Uint8Array(await (await workbookBlob(sheets)).arrayBuffer()) }], options);
      expect(outcome.ok, JSON.stringify(outcome.ok ? null : outcome.problems)).toBe(true);
      if (outcome.ok) expect(outcome.dataset.clusters.map((c) => c.hq.inseeCode)).toEqual(['01053', '69123', '22113', null]);
    }
  });
});
