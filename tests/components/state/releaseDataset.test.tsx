import { act } from '@testing-library/react';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { describe, expect, it } from 'vitest';
import type { Dataset } from '../../../src/domain/schema';
import { FilterPanel } from '../../../src/features/filters/FilterPanel';
import { ViewSummary } from '../../../src/features/filters/ViewSummary';
import type { AppStores } from '../../../src/state/StoreContext';
import { generateNetwork } from '../../bench/generateNetwork';
import { studyDataset } from '../../helpers/dashboard';
import { renderDashboard } from '../../helpers/renderDashboard';

setFlagsFromString('--expose-gc');
const collectGarbage = runInNewContext('gc') as () => void;

/** Imports a network and goes back to the study; returns only a weak reference to the network. */
function importThenReturn(stores: AppStores, study: Dataset): WeakRef<Dataset> {
  const network = generateNetwork(500, 100, 3);
  act(() => stores.dataset.getState().setDataset(network, { kind: 'import', name: 'network.json' }));
  act(() => stores.dataset.getState().setDataset(study, { kind: 'study' }));
  return new WeakRef(network);
}

describe('going back to the study', () => {
  it('lets go of the imported network: no store, memoised selector or rendered view keeps it', async () => {
    const study = studyDataset();
    // The filters (memo'd groups that read the dataset) and the counts (the memoised visibility).
    const { stores } = renderDashboard(
      <>
        <ViewSummary />
        <FilterPanel />
      </>,
      { dataset: study },
    );
    const network = importThenReturn(stores, study);
    // Effects run after act; garbage is collected on a later turn.
    await act(async () => {});
    await new Promise((resolve) => setTimeout(resolve, 0));
    collectGarbage();
    expect(network.deref()).toBeUndefined();
    expect(stores.dataset.getState().state).toMatchObject({ status: 'ready', origin: { kind: 'study' } });
  });
});
