/**
 * The reader on the 167th, blind hold-out set (test/reader/holdout167, "スポーツ推進・総合型地域スポーツクラブ・部活動の
 * 地域移行"): four workbooks of the four families as these offices write them, four outside the families and three traps,
 * written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT167_FAILING and run as test.failing, so CI stays green and the list stays
 * honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 167.
 */
import { HOLDOUT167, runHoldout167 } from './holdout167';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT167_FAILING = new Set<string>([]);

describe('reader hold-out set 167', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT167.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT167.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT167.map((h) => h.name)).size).toBe(HOLDOUT167.length);
    for (const name of HOLDOUT167_FAILING) expect(HOLDOUT167.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT167) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT167) {
    const run = HOLDOUT167_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout167(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
