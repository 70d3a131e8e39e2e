import { act, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../src/app/NoticeBar';
import { makeMiniDataset } from '../fixtures/miniDataset';
import { renderDashboard } from '../helpers/renderDashboard';

describe('NoticeBar (issue #18, finding 10)', () => {
  it('words a refused linked dataset’s schema problems in the page’s language, with their path', async () => {
    const { stores } = renderDashboard(<NoticeBar />, { dataset: makeMiniDataset() });
    act(() =>
      stores.notices.getState().push({
        kind: 'import-failed',
        source: 'reseau.json',
        problems: [{ file: 'reseau.json', path: 'domains[0].color', code: 'colour-contrast', params: { value: '#ffffff', ratio: 1 } }],
      }),
    );
    expect((await screen.findByRole('listitem')).textContent).toBe(
      'reseau.json, domains[0].color : la couleur #ffffff ne contraste qu’à 1:1 avec le fond blanc, et les marques demandent au moins 3:1 : choisissez une couleur plus foncée',
    );
  });
});
