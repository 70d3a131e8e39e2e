import { act, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { DataTables } from '../../../src/features/tables/DataTables';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { renderDashboard } from '../../helpers/renderDashboard';

const rowHeaders = (table: HTMLElement) => within(table).getAllByRole('rowheader').map((cell) => cell.textContent);

/** Unfolds both tables, as a reader does (they are not rendered while folded). */
async function unfold(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByText(/^Tableau des initiatives/));
  await user.click(screen.getByText(/^Tableau des clusters/));
}

describe('DataTables, the text alternative of the views', () => {
  it('renders nothing of a folded table, then lists what the views show and follows the filters', async () => {
    const user = userEvent.setup();
    const { stores } = renderDashboard(<DataTables />, { dataset: makeMiniDataset() });
    expect(screen.queryByRole('table')).toBeNull();
    await unfold(user);
    const clusters = screen.getByRole('table', { name: 'Clusters affichés sur la carte' });
    expect(rowHeaders(clusters)).toEqual(['Mécabourg', 'Optique Vallée', 'Pôle Naval', 'Système Région']);
    act(() => stores.dashboard.getState().toggleFilterItem('domains', 'recruter'));
    expect(rowHeaders(screen.getByRole('table', { name: 'Clusters affichés sur la carte' }))).toEqual(['Optique Vallée', 'Pôle Naval']);
    expect(rowHeaders(screen.getByRole('table', { name: 'Initiatives affichées sur la figure 1' }))).toHaveLength(2);
  });

  it('sorts by a column header, says so with aria-sort, and flips on a second click', async () => {
    const user = userEvent.setup();
    renderDashboard(<DataTables />, { dataset: makeMiniDataset() });
    await unfold(user);
    const table = screen.getByRole('table', { name: 'Clusters affichés sur la carte' });
    const header = within(table).getByRole('button', { name: 'Trier par Cluster' });
    await user.click(header);
    expect(within(table).getAllByRole('columnheader')[0]).toHaveAttribute('aria-sort', 'descending');
    expect(rowHeaders(table)).toEqual(['Système Région', 'Pôle Naval', 'Optique Vallée', 'Mécabourg']);
    await user.click(within(table).getByRole('button', { name: 'Trier par Initiatives' }));
    expect(within(table).getAllByRole('columnheader')[5]).toHaveAttribute('aria-sort', 'ascending');
  });

  it('selects a cluster from its row', async () => {
    const user = userEvent.setup();
    const { stores } = renderDashboard(<DataTables />, { dataset: makeMiniDataset() });
    await unfold(user);
    await user.click(screen.getByRole('button', { name: 'Pôle Naval' }));
    expect(stores.dashboard.getState().selection).toEqual({ kind: 'cluster', id: 'pole-naval' });
  });
});
