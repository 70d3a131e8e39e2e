import { useEffect, useRef } from 'react';

/** A map layer that follows the store: its state (what is shown, how) and its texts (words of the language). */
export interface KeptLayer<State, Texts> {
  setState(state: State): void;
  setTexts(texts: Texts): void;
}

/**
 * Keeps a Leaflet layer in step with React, the way both headquarters modes
 * need it: `create` makes the layer with the state and texts current when it
 * runs, and returns how to take it away; it runs again whenever `create`
 * changes (callers memoise it on what the layer is made of, e.g. the
 * dataset). In between, a new state or new texts are handed to the layer,
 * which updates only what changed, instead of the layer being made again.
 */
export function useKeptLayer<State, Texts>(
  create: (initial: { readonly state: State; readonly texts: Texts }) => { readonly layer: KeptLayer<State, Texts>; readonly remove: () => void },
  state: State,
  texts: Texts,
): void {
  const layer = useRef<KeptLayer<State, Texts> | null>(null);
  const latest = useRef({ state, texts });
  useEffect(() => {
    latest.current = { state, texts };
  });

  useEffect(() => {
    const made = create(latest.current);
    layer.current = made.layer;
    return () => {
      made.remove();
      layer.current = null;
    };
  }, [create]);

  useEffect(() => {
    layer.current?.setState(state);
  }, [state]);

  useEffect(() => {
    layer.current?.setTexts(texts);
  }, [texts]);
}
