/**
 * Adding a filter is one entry in the filter table (`domain/filterTable.ts`)
 * plus its words in the strings files. This test adds a throwaway one —
 * « clusters the study gives key figures for » — that way and nothing else,
 * and watches the store, the panel, the visibility of both views, the
 * summary, links and Reset follow.
 */
import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import type { FilterDeclaration, Filters } from '../../../src/domain/filterTable';
import type * as FilterTableModule from '../../../src/domain/filterTable';
import type * as StringsModule from '../../../src/i18n/strings';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { ViewSummary } from '../../../src/features/filters/ViewSummary';
import { createDashboardStore, INITIAL_STATE } from '../../../src/state/dashboardStore';
import { parseUrlState, serializeUrlState } from '../../../src/state/urlState';
import { urlVocabulary } from '../../../src/state/urlVocabulary';
import { studyDataset } from '../../helpers/dashboard';
import { renderDashboard } from '../../helpers/renderDashboard';

// The entry.
vi.mock('../../../src/domain/filterTable', async (importOriginal) => {
  const real = await importOriginal<typeof FilterTableModule>();
  const withFigures: FilterDeclaration<boolean> = {
    param: 'fig',
    initial: false,
    isActive: (on) => on,
    restricts: { items: 'clusters', passes: (index) => Uint8Array.from(index.dataset.clusters, (c) => (c.figures.length > 0 ? 1 : 0)) },
    toLink: () => '1',
    fromLink: (written) => (written === '1' || written === '0' ? { value: written === '1', problems: [] } : { problems: [{ value: written, reason: 'invalid' }] }),
    phrase: () => ({ key: 'filterWords.withFigures' }),
    control: { kind: 'check', label: { key: 'filters.withFigures' } },
  };
  return { ...real, FILTERS: { ...real.FILTERS, withFigures } };
});
// Its words.
vi.mock('../../../src/i18n/strings', async (importOriginal) => {
  const { STRINGS } = await importOriginal<typeof StringsModule>();
  const add = (strings: (typeof STRINGS)['fr'], label: string, phrase: string) => ({
    ...strings,
    filters: { ...strings.filters, withFigures: label },
    filterWords: { ...strings.filterWords, withFigures: phrase },
  });
  return { STRINGS: { fr: add(STRINGS.fr, 'Clusters chiffrés', 'Clusters dont l’étude donne des chiffres'), en: add(STRINGS.en, 'Clusters with figures', 'Clusters the study gives figures for') } };
});

type WithFigures = Filters & { readonly withFigures: boolean };
const withFigures = (filters: Filters) => (filters as WithFigures).withFigures;

/** What the views should show with the filter on, worked out here from the study itself. */
function expectedCounts() {
  const study = studyDataset();
  const clusters = new Set(study.clusters.filter((c) => c.figures.length > 0).map((c) => c.id));
  const initiatives = study.initiatives.filter((i) => i.clusters.some((id) => clusters.has(id)));
  return { clusters: clusters.size, initiatives: initiatives.length, total: study };
}

describe('a filter added as one entry of the filter table', () => {
  it('starts off, restricting nothing', () => {
    expect(withFigures(createDashboardStore().getState().filters)).toBe(false);
  });

  it('gets a control, narrows both views, is said in the summary, counts on the phone’s fold and goes with Reset', async () => {
    const user = userEvent.setup();
    const { clusters, initiatives, total } = expectedCounts();
    expect(clusters).toBeGreaterThan(0);
    expect(clusters).toBeLessThan(total.clusters.length);
    const { stores } = renderDashboard(
      <>
        <ViewSummary />
        <FilterPanel />
      </>,
      { dataset: total },
    );
    expect(screen.getByRole('button', { name: 'Afficher (0 actif)' })).toBeInTheDocument();
    await user.click(screen.getByRole('checkbox', { name: 'Clusters chiffrés' }));
    expect(withFigures(stores.dashboard.getState().filters)).toBe(true);
    expect(screen.getByRole('status')).toHaveTextContent(`${initiatives} initiatives · ${clusters} clusters (sur ${total.initiatives.length} et ${total.clusters.length})`);
    expect(screen.getByTestId('active-filters')).toHaveTextContent('Clusters dont l’étude donne des chiffres');
    expect(screen.getByRole('button', { name: 'Afficher (1 actif)' })).toBeInTheDocument();

    await user.click(screen.getByRole('button', { name: 'Réinitialiser' }));
    expect(screen.getByRole('checkbox', { name: 'Clusters chiffrés' })).not.toBeChecked();
    expect(screen.getByRole('status')).toHaveTextContent(`${total.initiatives.length} initiatives · ${total.clusters.length} clusters`);
  });

  it('travels in links, and a link’s wrong value for it is reported', () => {
    const vocabulary = urlVocabulary(studyDataset());
    const on = { ...INITIAL_STATE, filters: { ...INITIAL_STATE.filters, withFigures: true } as Filters };
    expect(serializeUrlState(on)).toBe('fig=1');
    expect(withFigures(parseUrlState('fig=1', vocabulary).state.filters)).toBe(true);
    const wrong = parseUrlState('fig=yes&iv=cited', vocabulary);
    expect(withFigures(wrong.state.filters)).toBe(false);
    expect(wrong.state.filters.interviewed).toBe('cited');
    expect(wrong.problems).toEqual([{ parameter: 'fig', value: 'yes', reason: 'invalid' }]);
  });
});
