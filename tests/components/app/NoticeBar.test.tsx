import { act, fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { NoticeBar } from '../../../src/app/NoticeBar';
import type { UrlProblem } from '../../../src/state/urlState';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { studyDataset } from '../../helpers/dashboard';
import { renderDashboard } from '../../helpers/renderDashboard';

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

const problems: UrlProblem[] = [
  { parameter: 'zoom', value: '3', reason: 'unknown' },
  { parameter: 'map', value: '48,,5', reason: 'invalid' },
  { parameter: 'd', value: 'analyser', reason: 'repeated' },
  { parameter: 'q', value: 'x'.repeat(250), reason: 'shortened' },
];

function renderNotice(language: 'fr' | 'en') {
  const view = renderDashboard(<NoticeBar />, { dataset: makeMiniDataset(), state: { language } });
  view.stores.notices.getState().push({ kind: 'url-ignored', problems });
  return view;
}

describe('the notice about a link', () => {
  it('says in French what it ignored, what it took only once and what it shortened', async () => {
    renderNotice('fr');
    const lines = (await screen.findAllByRole('listitem')).map((item) => item.textContent);
    expect(lines).toEqual([
      'Une partie de l’adresse n’a pas été comprise et a été ignorée : zoom=3, map=48,,5.',
      'Paramètre répété : seule sa première valeur est suivie ; ignoré : d=analyser.',
      `Valeur raccourcie à 200 caractères : q=${'x'.repeat(60)}….`,
    ]);
  });

  it('says it in English', async () => {
    renderNotice('en');
    const lines = (await screen.findAllByRole('listitem')).map((item) => item.textContent);
    expect(lines).toEqual([
      'Part of the address was not understood and was ignored: zoom=3, map=48,,5.',
      'Repeated parameter: only its first value is followed; ignored: d=analyser.',
      `Value shortened to 200 characters: q=${'x'.repeat(60)}….`,
    ]);
  });
});
