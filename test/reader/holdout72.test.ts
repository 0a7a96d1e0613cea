/**
 * The reader on the 72nd, blind hold-out set (test/reader/holdout72, issue 16): the four families as six
 * more cities lay them out and six workbooks that invite a silent error, written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT72_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 72.
 */
import { HOLDOUT72, runHoldout72 } from './holdout72';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT72_FAILING = new Set<string>([
  // Every fact right since a heading's unit may follow its year's bracket (「目標値（R5）（千人）」, units.ts unitFromName), but
  // 外国人宿泊者数's target (E7 12千人) below its baseline (D7 18,240人) with the actual between is flagged direction-unstated
  // (a guess the rule makes on purpose; the workbook expects none).
  'h72-trap-thousands-heading',
]);

describe('reader hold-out set 72', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT72.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT72.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT72.map((h) => h.name)).size).toBe(HOLDOUT72.length);
    for (const name of HOLDOUT72_FAILING) expect(HOLDOUT72.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT72) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT72) {
    const run = HOLDOUT72_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout72(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
