import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseOptions } from '../../bench/cli';
import { enduranceTable, updateReadme, type EnduranceResult } from '../../bench/report';

const endurance: EnduranceResult = {
  date: '2026-11-29T23:00:00.000Z',
  chromium: '156.0',
  filterToggles: { steps: 1000, beforeMB: 12.34, afterMB: 12.5, afterTwiceMB: 12.5 },
  importResets: { steps: 20, beforeMB: 12.5, afterMB: 14.1, afterTwiceMB: 13.9, clusters: 1000, initiatives: 200, seed: 42 },
  errors: [],
};

describe('the bench’s endurance figures', () => {
  it('runs only the endurance subject when asked', () => {
    expect(parseOptions(['--only', 'endurance'], '/r').only).toBe('endurance');
    expect(parseOptions([], '/r').only).toBeNull();
    expect(() => parseOptions(['--only', 'speed'], '/r')).toThrow(/--only/);
  });

  it('says the heap before, after N and after 2 N, with each round’s change', () => {
    const table = enduranceTable(endurance);
    expect(table).toContain('| 1,000 filter toggles (the study) | 12.3 | 12.5 (+0.2 MB, +1 %) | 12.5 (+0 MB, +0 %) |');
    expect(table).toContain('| 20 imports of a 1,000-cluster network, each followed by a return to the study | 12.5 | 14.1 (+1.6 MB, +13 %) | 13.9 (−0.2 MB, −1 %) |');
  });

  it('writes its own README section and leaves the timing table alone', () => {
    const readme = join(mkdtempSync(join(tmpdir(), 'bench-')), 'README.md');
    writeFileSync(readme, 'a\n<!-- bench:start -->\ntimings\n<!-- bench:end -->\n<!-- endurance:start -->\nold\n<!-- endurance:end -->\nz\n');
    expect(updateReadme(readme, enduranceTable(endurance), 'endurance')).toBe(true);
    const text = readFileSync(readme, 'utf8');
    expect(text).toContain('<!-- bench:start -->\ntimings\n<!-- bench:end -->');
    expect(text).not.toContain('\nold\n');
    expect(text).toContain('1,000 filter toggles');
  });
});
