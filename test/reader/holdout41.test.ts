/**
 * The reader on the forty-first, blind hold-out set (test/reader/holdout41, issue 16): layouts outside the four
 * families (system exports, 総合戦略 KPI sheets, 事務事業評価シート grids, committee tables, S–D scales, …), written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT41_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 41.
 */
import { HOLDOUT41, runHoldout41 } from './holdout41';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT41_FAILING = new Set<string>([]);

describe('reader hold-out set 41', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT41.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT41.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT41.map((h) => h.name)).size).toBe(HOLDOUT41.length);
    for (const name of HOLDOUT41_FAILING) expect(HOLDOUT41.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT41) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT41) {
    const run = HOLDOUT41_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout41(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
