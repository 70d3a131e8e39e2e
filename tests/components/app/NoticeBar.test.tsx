import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../src/app/NoticeBar';
import { renderDashboard } from '../../helpers/renderDashboard';
import { studyDataset } from '../../helpers/dashboard';

describe('NoticeBar', () => {
  it.each([
    ['fr', 'Annuler'],
    ['en', 'Cancel'],
  ] as const)('offers to cancel a linked dataset while it loads (%s)', (language, cancel) => {
    const { stores } = renderDashboard(<NoticeBar />, { dataset: studyDataset(), state: { language } });
    const loading = { kind: 'import-loading', source: 'net/c.csv' } as const;
    act(() => stores.notices.getState().push(loading));
    fireEvent.click(screen.getByRole('button', { name: cancel }));
    // The load watches for its notice to go: that is the cancel.
    expect(stores.notices.getState().notices).toEqual([]);
  });

  it('says why a linked dataset was not shown, as text', () => {
    const { stores } = renderDashboard(<NoticeBar />, { dataset: studyDataset(), state: { language: 'en' } });
    act(() => stores.notices.getState().push({ kind: 'import-stopped', source: '<b>net</b>.csv', reason: 'data-changed' }));
    expect(screen.getByRole('status').textContent).toContain('The data from “<b>net</b>.csv” were not loaded: other data were loaded while waiting');
  });
});
