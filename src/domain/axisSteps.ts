import type { AxisRange } from './axisRange';
import type { AudienceBand, HorizonBand } from './format';

/**
 * Figure 1's axes in the study's own categories, as filter steps: who an
 * initiative is for (members / members and beyond / a wider public) and how
 * soon it pays off (short term, under six months / medium / long term). Each
 * step is a third of its axis, the same thirds that name a position in words
 * (`audienceBand`, `horizonBand`), so a step keeps exactly the initiatives the
 * tables and profiles describe with its name.
 */
export const AUDIENCE_STEPS: readonly { readonly id: AudienceBand; readonly range: AxisRange }[] = [
  { id: 'members', range: [0, 1 / 3 - 1e-9] },
  { id: 'mixed', range: [1 / 3, 2 / 3 - 1e-9] },
  { id: 'wider', range: [2 / 3, 1] },
];
export const HORIZON_STEPS: readonly { readonly id: HorizonBand; readonly range: AxisRange }[] = [
  { id: 'short', range: [0, 1 / 3 - 1e-9] },
  { id: 'medium', range: [1 / 3, 2 / 3 - 1e-9] },
  { id: 'long', range: [2 / 3, 1] },
];

/** Links round ranges to three decimals: a range this close to a step is that step. */
const SAME = 0.002;

/** The step a range is, or null for the whole axis or a range of one's own. */
export function stepOf<Id extends string>(steps: readonly { readonly id: Id; readonly range: AxisRange }[], range: AxisRange): Id | null {
  const step = steps.find((s) => Math.abs(s.range[0] - range[0]) < SAME && Math.abs(s.range[1] - range[1]) < SAME);
  return step?.id ?? null;
}

/** A range read from a link (three decimals) made exactly its step when it is one, so it keeps what the step keeps. */
export function snapToStep(steps: readonly { readonly id: string; readonly range: AxisRange }[], range: AxisRange): AxisRange {
  const id = stepOf(steps, range);
  return steps.find((s) => s.id === id)?.range ?? range;
}
