import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { Intro } from '../../src/features/intro/Intro';
import { makeMiniDataset } from '../fixtures/miniDataset';
import { renderDashboard } from '../helpers/renderDashboard';

describe('Intro: the link to read the data’s source (issue #18, finding 14)', () => {
  it('names an imported dataset’s source and the host it leads to, never the study’s words', async () => {
    const user = userEvent.setup();
    const study = makeMiniDataset();
    const mine = makeMiniDataset();
    mine.meta = { ...mine.meta, publisher: 'Réseau Ouest', url: 'https://example.org/etude?x=1' };
    const { stores } = renderDashboard(<Intro />, { dataset: { ...study, meta: { ...study.meta, url: 'https://cadres.apec.fr' } } });
    await user.click(screen.getByRole('button', { name: /Lire la suite/ }));
    expect(screen.getByRole('link').textContent).toBe('Lire l’étude sur le site de l’Apec (nouvel onglet)');

    stores.dataset.getState().setDataset(mine, { kind: 'import', name: 'mine.json' });
    const link = await screen.findByRole('link', { name: /Réseau Ouest/ });
    expect(link.textContent).toBe('Lire la source : Réseau Ouest (example.org, nouvel onglet)');
    expect(link.getAttribute('href')).toBe('https://example.org/etude?x=1');
  });
});
