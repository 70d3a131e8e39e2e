/**
 * Adding a language is its strings file and its data columns. This test adds a
 * throwaway one, « xx », the way a translator would: an entry in the language
 * table and a strings file (here the French strings, marked), and nothing else
 * in the app; then reads the dashboard, a link, an import and an export in it.
 */
import { screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { Language } from '../../../src/domain/language';
import { parseDataset } from '../../../src/domain/parseDataset';
import type { Dataset } from '../../../src/domain/schema';
import { ClusterProfile } from '../../../src/features/detail/ClusterProfile';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { LanguageSwitch } from '../../../src/features/filters/LanguageSwitch';
import { initiativeRows, INITIATIVE_COLUMNS } from '../../../src/io/export/tables';
import { csvToDataset } from '../../../src/io/import/csvToDataset';
import { parseCsv } from '../../../src/io/import/parseCsv';
import { parseUrlState, serializeUrlState } from '../../../src/state/urlState';
import { INITIAL_STATE } from '../../../src/state/dashboardStore';
import { urlVocabulary } from '../../../src/state/urlVocabulary';
import { studyDataset } from '../../helpers/dashboard';
import { renderDashboard } from '../../helpers/renderDashboard';
import type * as StringsModule from '../../../src/i18n/strings';

// The two declarations a new language needs.
vi.mock('../../../src/domain/languageTable', () => ({ LANGUAGE_LOCALES: { fr: 'fr-FR', en: 'en-GB', xx: 'de-DE' } }));
vi.mock('../../../src/i18n/strings', async (importOriginal) => {
  const { STRINGS } = await importOriginal<typeof StringsModule>();
  const marked = (value: unknown): unknown =>
    typeof value === 'string' ? `xx ${value}` : Object.fromEntries(Object.entries(value as object).map(([key, inner]) => [key, marked(inner)]));
  return { STRINGS: { ...STRINGS, xx: { ...(marked(STRINGS.fr) as object), language: { label: 'Sprache', name: 'Xxais' } } } };
});

const XX = 'xx' as Language;

/** A text of the data with its « xx » column filled (the app's types know only the languages it ships). */
const withXx = <T extends object>(text: T, xx: string): T => ({ ...text, xx }) as T;

/** The study, with a few of its texts written in « xx » too, as a dataset's `xx` columns would give them. */
function studyWithSomeXx(): Dataset {
  const study = studyDataset();
  const [firstDomain, ...domains] = study.domains;
  const eurosima = study.clusters.find((c) => c.id === 'eurosima')!;
  return {
    ...study,
    domains: [{ ...firstDomain!, label: withXx(firstDomain!.label, 'Berufe analysieren') }, ...domains],
    clusters: study.clusters.map((c) =>
      c === eurosima ? { ...c, sector: withXx(c.sector, 'Surfindustrie'), quotes: c.quotes.map((q, i) => (i === 0 ? withXx(q, 'Wir haben eine Beobachtungsstelle gegründet') : q)) } : c,
    ),
  };
}

describe('a third language, added as its strings and its data columns', () => {
  it('is offered by the language switch, and the dashboard then reads in it, in French where the data has no translation', async () => {
    const user = userEvent.setup();
    const dataset = studyWithSomeXx();
    const { stores } = renderDashboard(
      <>
        <LanguageSwitch />
        <FilterPanel />
      </>,
      { dataset },
    );
    await user.click(screen.getByRole('button', { name: 'Xxais' }));
    expect(stores.dashboard.getState().language).toBe(XX);
    expect(screen.getByRole('heading', { name: 'xx Filtres' })).toBeInTheDocument();
    const domains = screen.getByRole('group', { name: 'xx Domaines d’action' });
    // A domain translated in the data reads in « xx »; the others in French, the study's language.
    expect(within(domains).getByRole('checkbox', { name: 'Berufe analysieren' })).toBeInTheDocument();
    expect(within(domains).getByRole('checkbox', { name: dataset.domains[1]!.label.fr })).toBeInTheDocument();
  });

  it('reads a cluster’s profile with the translated texts, the rest in French, and a quote’s translation under the French words', () => {
    const dataset = studyWithSomeXx();
    const eurosima = dataset.clusters.find((c) => c.id === 'eurosima')!;
    renderDashboard(<ClusterProfile cluster={eurosima} navigate={() => {}} />, { dataset, state: { language: XX } });
    expect(screen.getByText('Surfindustrie')).toBeInTheDocument();
    expect(screen.getByText(eurosima.summary.fr)).toBeInTheDocument();
    expect(screen.getByText('“Wir haben eine Beobachtungsstelle gegründet”')).toBeInTheDocument();
    expect(screen.queryByText(`“${eurosima.quotes[0]!.en}”`)).toBeNull();
  });

  it('travels in links, is kept by the data format, read from CSV columns and written to exported tables', () => {
    const dataset = studyWithSomeXx();
    const vocabulary = urlVocabulary(dataset);
    const query = serializeUrlState({ ...INITIAL_STATE, language: XX });
    expect(query).toBe('lang=xx');
    expect(parseUrlState(query, vocabulary)).toEqual({ state: expect.objectContaining({ language: XX }), problems: [] });

    const parsed = parseDataset(dataset);
    expect(parsed.ok && parsed.dataset.domains[0]!.label).toMatchObject({ xx: 'Berufe analysieren' });

    const clusters = parseCsv('id,name,type,sector_fr,sector_xx,commune\nm,Mécabourg,grappe-entreprises,Mécanique,Mechanik,Bourg-en-Bresse\n', 'clusters.csv');
    const initiatives = parseCsv('id,label_fr,label_xx,domain,audience,horizon,clusters\nsalon,Salon de l’emploi,Jobmesse,aider-recruter,0.2,0.1,m\n', 'initiatives.csv');
    const { dataset: imported, problems } = csvToDataset({ clusters, initiatives }, dataset, null, new Date('2026-11-30'));
    expect(problems.filter((p) => p.severity === 'error')).toEqual([]);
    expect(imported?.clusters[0]?.sector).toEqual({ fr: 'Mécanique', en: 'Mécanique', xx: 'Mechanik' });
    expect(imported?.initiatives[0]?.label).toEqual({ fr: 'Salon de l’emploi', en: 'Salon de l’emploi', xx: 'Jobmesse' });

    expect(INITIATIVE_COLUMNS).toContain('label_xx');
    const [row] = initiativeRows(imported!.initiatives);
    expect(row).toMatchObject({ label_fr: 'Salon de l’emploi', label_xx: 'Jobmesse', summary_xx: 'Jobmesse' });
  });
});
