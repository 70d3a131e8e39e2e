import type { Emphasis } from '../../domain/emphasis';

/** How strongly a mark is drawn, the same whether marks are elements of their own or drawn in bulk. */
export const MARK_OPACITY: Readonly<Record<Emphasis, number>> = { highlighted: 1, normal: 1, dimmed: 0.45, faded: 0.15 };
export { INK } from '../../domain/designTokens';
