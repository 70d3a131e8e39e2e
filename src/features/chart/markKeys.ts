/** What a key does among Figure 1's marks, in keyboard order (shared by the per-mark and the bulk views). */
export type MarkKeyAction = { readonly kind: 'move'; readonly to: number } | { readonly kind: 'activate' } | { readonly kind: 'leave' } | null;

const STEPS: Readonly<Record<string, number>> = { ArrowRight: 1, ArrowDown: 1, ArrowLeft: -1, ArrowUp: -1 };

/**
 * Arrows step through the marks and wrap around, Home and End jump to the
 * ends, Enter or Space select, Escape leaves. `position` is -1 when no mark
 * has been reached yet: the first arrow goes to the first mark.
 */
export function markKeyAction(key: string, position: number, count: number): MarkKeyAction {
  if (count === 0) return null;
  const step = STEPS[key];
  if (step !== undefined) return { kind: 'move', to: position < 0 ? 0 : (position + step + count) % count };
  if (key === 'Home') return { kind: 'move', to: 0 };
  if (key === 'End') return { kind: 'move', to: count - 1 };
  if (key === 'Enter' || key === ' ') return position < 0 ? null : { kind: 'activate' };
  if (key === 'Escape') return { kind: 'leave' };
  return null;
}
