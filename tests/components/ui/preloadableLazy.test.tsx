import { act, render, screen } from '@testing-library/react';
import { Suspense } from 'react';
import { describe, expect, it } from 'vitest';
import { preloadableLazy } from '../../../src/ui/preloadableLazy';

const Drawn = ({ label }: { label: string }) => <p>{label}</p>;

describe('a part whose code loads on demand', () => {
  it('shows at once once its code was loaded ahead, without its fallback', async () => {
    const part = preloadableLazy(() => Promise.resolve(Drawn));
    await part.preload();
    render(
      <Suspense fallback={<p>loading</p>}>
        <part.Component label="drawn" />
      </Suspense>,
    );
    // The very first render shows it: nothing suspended, so React has nothing to reveal later.
    expect(screen.getByText('drawn')).toBeTruthy();
    expect(screen.queryByText('loading')).toBeNull();
  });

  it('suspends until its code is in when it was not loaded ahead', async () => {
    const part = preloadableLazy(() => Promise.resolve(Drawn));
    render(
      <Suspense fallback={<p>loading</p>}>
        <part.Component label="drawn" />
      </Suspense>,
    );
    expect(screen.getByText('loading')).toBeTruthy();
    expect(await screen.findByText('drawn')).toBeTruthy();
  });

  it('loads again when drawn after its code failed to load ahead', async () => {
    let attempts = 0;
    const part = preloadableLazy(() => {
      attempts += 1;
      return attempts === 1 ? Promise.reject(new Error('offline')) : Promise.resolve(Drawn);
    });
    await part.preload();
    await act(async () => {
      render(
        <Suspense fallback={<p>loading</p>}>
          <part.Component label="drawn" />
        </Suspense>,
      );
    });
    expect(await screen.findByText('drawn')).toBeTruthy();
    expect(attempts).toBe(2);
  });
});
