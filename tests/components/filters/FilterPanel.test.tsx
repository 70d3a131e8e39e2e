import { act, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { ViewSummary } from '../../../src/features/filters/ViewSummary';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { renderDashboard } from '../../helpers/renderDashboard';

/** The filters and the summary above the views, as the page lays them out. */
function Filters() {
  return (
    <>
      <ViewSummary />
      <FilterPanel />
    </>
  );
}

describe('FilterPanel', () => {
  it('shows how many initiatives and clusters are visible, and narrows them when a domain is ticked', async () => {
    const user = userEvent.setup();
    const { stores } = renderDashboard(<Filters />, { dataset: makeMiniDataset() });
    expect(screen.getByRole('status')).toHaveTextContent('5 initiatives · 4 clusters');
    await user.click(screen.getByRole('checkbox', { name: 'Domaine recruter' }));
    expect(screen.getByRole('status')).toHaveTextContent('2 initiatives · 2 clusters (sur 5 et 4)');
    expect(stores.dashboard.getState().filters.domains).toEqual(['recruter']);
  });

  it('searches without accents and resets', async () => {
    const user = userEvent.setup();
    renderDashboard(<Filters />, { dataset: makeMiniDataset() });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'mecabourg');
    expect(screen.getByRole('status')).toHaveTextContent('1 initiative · 1 cluster');
    await user.click(screen.getByRole('button', { name: 'Réinitialiser' }));
    expect(screen.getByRole('searchbox', { name: 'Rechercher' })).toHaveValue('');
    expect(screen.getByRole('status')).toHaveTextContent('5 initiatives · 4 clusters');
  });

  it('says so, and offers a way out, when nothing matches; a search counts among the filters a folded panel names', async () => {
    const user = userEvent.setup();
    renderDashboard(<Filters />, { dataset: makeMiniDataset() });
    await user.type(screen.getByRole('searchbox', { name: 'Rechercher' }), 'zzz');
    expect(screen.getByRole('status')).toHaveTextContent('0 initiative · 0 cluster');
    expect(screen.getByRole('button', { name: 'Réinitialiser' })).toBeEnabled();
    // On a phone the panel folds away: what it still filters must be said.
    expect(screen.getByRole('button', { name: 'Afficher (1 actif)' })).toBeInTheDocument();
  });

  it('speaks English when the language changes', () => {
    const { stores } = renderDashboard(<Filters />, { dataset: makeMiniDataset() });
    act(() => stores.dashboard.getState().setLanguage('en'));
    expect(screen.getByRole('heading', { name: 'Filters' })).toBeInTheDocument();
    expect(screen.getByRole('status')).toHaveTextContent('5 initiatives · 4 clusters');
  });
});
