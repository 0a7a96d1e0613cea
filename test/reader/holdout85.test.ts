/**
 * The reader on the 85th, blind hold-out set (test/reader/holdout85, "workbooks as offices really keep them after years of copy-and-paste"): four workbooks of the four
 * families from departments seldom sampled, four outside the families and four traps, written without looking at the
 * reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT85_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 85.
 */
import { HOLDOUT85, runHoldout85 } from './holdout85';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT85_FAILING = new Set<string>([
  // The old name left by the rename stays in the name: 「結核患者の治療成功率(旧:結核患者の治療完了率)」 (silent).
  'h85-hokenjo-policy-sheet',
  // The 総括表's grades (評価 with 参照 naming the sheet) are not joined to the figure sheets' indicators: all six existing null (silent).
  'h85-gyosei-summary-refs',
  // Under 令和5年度 over 当該値 | 類似団体平均値 no actual is read for any of the seven indicators (missing, flagged), so no grade.
  'h85-suido-keiei-hikaku',
  // Fiscal year 2022 and the 令和4年度実績 column read as the actual; 目標効果額 not read as targets, ▲1,350 not read, 削減/軽減
  // names taken as down (all silent).
  'h85-gesuido-effect-senen',
  // The 速報値 sheet's figures are taken (5,812, 8.6, 集計中, 52.1, 48.9) and the 確定値 sheet's six reported again as spurious (silent).
  'h85-trap-sokuho-kakutei',
]);

describe('reader hold-out set 85', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT85.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT85.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT85.map((h) => h.name)).size).toBe(HOLDOUT85.length);
    for (const name of HOLDOUT85_FAILING) expect(HOLDOUT85.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT85) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT85) {
    const run = HOLDOUT85_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout85(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
