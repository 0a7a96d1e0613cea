/**
 * The reader on the 173rd, blind hold-out set (test/reader/holdout173, "公営競技（競輪・ボートレース）事業・収益金の
 * 活用"): four workbooks of the four families as these offices write them, four outside the families and three traps,
 * written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT173_FAILING and run as test.failing, so CI stays green and the list stays
 * honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 173.
 */
import { HOLDOUT173, runHoldout173 } from './holdout173';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT173_FAILING = new Set<string>([]);

describe('reader hold-out set 173', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT173.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT173.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT173.map((h) => h.name)).size).toBe(HOLDOUT173.length);
    for (const name of HOLDOUT173_FAILING) expect(HOLDOUT173.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT173) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT173) {
    const run = HOLDOUT173_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout173(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
