/**
 * The reader on the 73rd, blind hold-out set (test/reader/holdout73): Excel as city halls actually use it, round two —
 * formulas with cached results, cross-sheet targets, units in number formats, date serial headings, hidden columns and
 * rows, collapsed outline rows, a 目次 sheet with hyperlinks, protected sheets, notes, a 2015–2030 wide sheet, text figures
 * with odd spaces, a print area that cuts off a column, frozen panes. Written without looking at the reader, the fixture
 * layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet read right are listed in
 * HOLDOUT73_FAILING and run as test.failing, so CI stays green and the list stays honest (a fixed reader fails the test
 * until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 73.
 */
import { HOLDOUT73, runHoldout73 } from './holdout73';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT73_FAILING = new Set<string>([]);

describe('reader hold-out set 73', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT73.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT73.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT73.map((h) => h.name)).size).toBe(HOLDOUT73.length);
    for (const name of HOLDOUT73_FAILING) expect(HOLDOUT73.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT73) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT73) {
    const run = HOLDOUT73_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout73(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
