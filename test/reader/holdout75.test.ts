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
const HOLDOUT75_FAILING = new Set<string>([
  // 定員適正化: no indicator found at all (部門 rows, 「1,180人以内」「６１０人以内」 text plans under a merged R6.4.1 heading, down); no finding.
  // Needs a date-only heading (R6.4.1, no 実績/目標 word) over 計画値 | 実績 sub-columns read as that year's expected/actual, beside
  // 基準（R4.4.1） and 実績（R5.4.1） dated April 1st: left for a layout change (fx75).
  'h75-staff-quota',
  // 財政: every R5 決算 actual read as missing: 「令和N年度決算」 is no actual heading (決算 is read only in cost tables' 予算/決算 pairs,
  // widening it risks 事業費 rows becoming indicators); 経常収支比率・実質公債費比率・将来負担比率 left up because the note's
  // 「数値が低いほど財政運営が健全」 is no comparison directionWords reads (健全); 「－」 将来負担比率 missing instead of not-applicable. Flagged.
  'h75-fiscal-targets',
]);

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
