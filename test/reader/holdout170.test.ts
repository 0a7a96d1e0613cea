/**
 * The reader on the 170th, blind hold-out set (test/reader/holdout170, "放課後児童クラブ・放課後子ども教室・病児
 * 保育"): four workbooks of the four families as these offices write them, four outside the families and three traps,
 * written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT170_FAILING and run as test.failing, so CI stays green and the list stays
 * honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 170.
 */
import { HOLDOUT170, runHoldout170 } from './holdout170';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT170_FAILING = new Set<string>([]);

describe('reader hold-out set 170', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT170.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT170.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT170.map((h) => h.name)).size).toBe(HOLDOUT170.length);
    for (const name of HOLDOUT170_FAILING) expect(HOLDOUT170.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT170) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT170) {
    const run = HOLDOUT170_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout170(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
