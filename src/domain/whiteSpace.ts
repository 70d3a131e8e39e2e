import { audienceBand, horizonBand, type AudienceBand, type HorizonBand } from './format';
import type { Initiative } from './schema';

/** One cell of the study's grid: an audience category by a horizon category, and what falls in it. */
export interface WhiteSpaceCell {
  readonly audience: AudienceBand;
  readonly horizon: HorizonBand;
  readonly initiatives: readonly Initiative[];
}

const AUDIENCES: readonly AudienceBand[] = ['members', 'mixed', 'wider'];
const HORIZONS: readonly HorizonBand[] = ['long', 'medium', 'short'];

/**
 * Where nobody acts: the study's two axes in their three categories each
 * (members / members and beyond / a wider public × short / medium / long
 * term), and the initiatives that fall in each of the nine cells — the
 * same thirds the filters' steps and the words of a position use. Long term
 * first, as Figure 1 reads from the top.
 */
export function whiteSpaceCells(initiatives: readonly Initiative[]): WhiteSpaceCell[] {
  const cells = new Map<string, Initiative[]>();
  for (const initiative of initiatives) {
    const key = `${audienceBand(initiative.audience)}|${horizonBand(initiative.horizon)}`;
    const list = cells.get(key);
    if (list) list.push(initiative);
    else cells.set(key, [initiative]);
  }
  return HORIZONS.flatMap((horizon) => AUDIENCES.map((audience) => ({ audience, horizon, initiatives: cells.get(`${audience}|${horizon}`) ?? [] })));
}
