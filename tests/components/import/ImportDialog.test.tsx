import { fireEvent, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { ImportDialog } from '../../../src/features/import/ImportDialog';
import { makeMiniDataset } from '../../fixtures/miniDataset';
import { renderDashboard } from '../../helpers/renderDashboard';

const choose = (name: string, text: string) =>
  fireEvent.change(screen.getByLabelText(/Choisir des fichiers/), { target: { files: [new File([text], name, { type: 'text/csv' })] } });
/** Numbers as French writes them: « 99 800 » with a narrow no-break space. */
const plainSpaces = (text: string | null) => (text ?? '').replace(/\s/g, ' ');

describe('ImportDialog (issue #18)', () => {
  it('says how many problems there are past the 200 listed, by kind, and how many errors in all', async () => {
    const { stores } = renderDashboard(<ImportDialog />, { dataset: makeMiniDataset() });
    const before = stores.dataset.getState().state;
    const rows = [...Array.from({ length: 1_000 }, (_, i) => `C${i},usine,Bois,47,2`), ...Array.from({ length: 300 }, (_, i) => `D${i},ptce,Bois,N/A,2`)].join('\n');
    choose('reseau.csv', `name,type,sector_fr,lat,lon\n${rows}\n`);
    const alert = await screen.findByRole('alert', { hidden: true });
    expect(screen.getByTestId('import-problems').children).toHaveLength(200);
    expect(plainSpaces(alert.textContent)).toContain('Rien n’a été chargé : 1 300 erreurs à corriger.');
    expect(plainSpaces(alert.textContent)).toContain('et 1 100 autres problèmes : 800 « type inconnu », 300 « latitude invalide »');
    expect(stores.dataset.getState().state).toBe(before);
  });

  it('words a JSON dataset’s schema problems in French on the French page', async () => {
    const broken = makeMiniDataset() as unknown as { clusters: Record<string, unknown>[] };
    broken.clusters[0] = { ...broken.clusters[0], name: 42 };
    renderDashboard(<ImportDialog />, { dataset: makeMiniDataset() });
    choose('reseau.json', JSON.stringify(broken));
    expect((await screen.findByTestId('import-problems')).textContent).toBe('reseau.json, clusters[0].name : un texte est attendu ici');
  });

  it('shows how far it is with a progress bar and words, and Cancel leaves the data on screen as it was', async () => {
    const { stores } = renderDashboard(<ImportDialog />, { dataset: makeMiniDataset() });
    const before = stores.dataset.getState().state;
    // A file that is never done being read: the import stays under way until cancelled.
    const endless = { name: 'reseau.json', size: 3 * 1024 * 1024, type: 'application/json', arrayBuffer: () => new Promise<ArrayBuffer>(() => {}) };
    fireEvent.change(screen.getByLabelText(/Choisir des fichiers/), { target: { files: [endless] } });
    // The dialog is not opened (jsdom has no modal dialogs): its content counts as hidden.
    const bar = await screen.findByRole('progressbar', { name: 'Avancement de l’import', hidden: true });
    expect(bar).toHaveAttribute('value', '0');
    expect(plainSpaces(bar.parentElement?.textContent ?? '')).toBe('0 Mo lus sur 3 Mo');
    expect(screen.getByRole('button', { name: 'Importer vos données (import en cours…)' })).toBeInTheDocument();
    fireEvent.click(screen.getByRole('button', { name: 'Annuler l’import', hidden: true }));
    expect(screen.getByRole('status', { hidden: true }).textContent).toBe('Import annulé : les données affichées n’ont pas changé.');
    expect(screen.queryByRole('progressbar', { hidden: true })).toBeNull();
    expect(stores.dataset.getState().state).toBe(before);
  });
});
