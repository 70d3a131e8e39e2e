import type { Emphasis } from '../../domain/emphasis';

/** How strongly a mark is drawn, the same whether marks are elements of their own or drawn in bulk. */
export const MARK_OPACITY: Readonly<Record<Emphasis, number>> = EMPHASIS_OPACITY.marks;
export { INK } from '../../domain/designTokens';
import { EMPHASIS_OPACITY } from '../../domain/designTokens';
