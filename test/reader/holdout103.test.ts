/**
 * The reader on the 103rd, blind hold-out set (test/reader/holdout103, "tourism, international exchange and
 * inbound, with bilingual and English-influenced layouts"): four workbooks of the four families as tourism offices and a DMO
 * write them, four outside the families and three traps,
 * written without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test;
 * those not yet read right are listed in HOLDOUT103_FAILING and run as test.failing, so CI stays green and the list stays
 * honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 103.
 */
import { HOLDOUT103, runHoldout103 } from './holdout103';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
// h103-consultant-report: every fact right, but one honest direction-unstated guess (外国人延べ宿泊者数: target 45,000 under the FY2019
// baseline 61,200, no direction written; a written ◎ may be worked out from the attainment, review rv46) where the set expects none.
const HOLDOUT103_FAILING = new Set<string>(['h103-consultant-report']);

describe('reader hold-out set 103', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT103.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT103.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT103.map((h) => h.name)).size).toBe(HOLDOUT103.length);
    for (const name of HOLDOUT103_FAILING) expect(HOLDOUT103.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT103) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT103) {
    const run = HOLDOUT103_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout103(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
