/**
 * The reader on the 75th, blind hold-out set (test/reader/holdout75, issue 16): twelve documents outside
 * the four families from areas not covered before (組織目標シート, 行政改革, 定員適正化, 財政の数値目標, 防犯, 生活排水,
 * 地域医療, 空港・港湾, 市民農園, 動物愛護, 消費者教育, 就学前教育・保育), written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT75_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 75.
 */
import { HOLDOUT75, runHoldout75 } from './holdout75';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT75_FAILING = new Set<string>([]);

describe('reader hold-out set 75', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT75.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT75.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT75.map((h) => h.name)).size).toBe(HOLDOUT75.length);
    for (const name of HOLDOUT75_FAILING) expect(HOLDOUT75.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT75) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT75) {
    const run = HOLDOUT75_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout75(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
