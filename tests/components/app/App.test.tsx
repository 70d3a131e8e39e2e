import { render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { App } from '../../../src/app/App';
import { createI18n } from '../../../src/i18n/i18n';
import { createDashboardStore } from '../../../src/state/dashboardStore';
import { createDatasetStore } from '../../../src/state/datasetStore';
import { createNoticeStore } from '../../../src/state/noticeStore';

// The page itself fails while rendering (a bug, bad data slipping through).
vi.mock('../../../src/app/DashboardPage', () => ({
  DashboardPage: () => {
    throw new Error('a view failed');
  },
}));

describe('the dashboard, when something fails while rendering', () => {
  it.each([
    ['fr', 'Le tableau de bord a rencontré une erreur', 'Recharger la page'],
    ['en', 'The dashboard ran into an error', 'Reload the page'],
  ] as const)('says so and offers a reload instead of a blank page (%s)', (language, message, reload) => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const stores = { dashboard: createDashboardStore({ language }), dataset: createDatasetStore(), notices: createNoticeStore() };
    render(<App stores={stores} i18n={createI18n(language)} />);
    expect(screen.getByRole('alert').textContent).toContain(message);
    expect(screen.getByRole('button', { name: reload })).toBeInTheDocument();
    quiet.mockRestore();
  });
});
