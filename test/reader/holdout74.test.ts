/**
 * The reader on the 74th, blind hold-out set (test/reader/holdout74, issue 16): twelve documents outside the
 * four families (実施計画 on an S〜D scale, 施策評価 with 満足度/重要度, SDGs KPIs, 地方創生 cards, 下水道, 人口ビジョン, 男女共同参画,
 * 公共施設, 市民協働, 学校給食, 文化財, 消防団), written
 * without looking at the reader, the fixture layouts or the earlier hold-outs' workbooks. Each workbook is a test; those not yet
 * read right are listed in HOLDOUT74_FAILING and run as test.failing, so CI stays green and the list
 * stays honest (a fixed reader fails the test until its name is removed here).
 * Figures: node scripts/bench-reader-holdout.js 74.
 */
import { HOLDOUT74, runHoldout74 } from './holdout74';
import { describe as describeFacts, tally } from './score';

/** Not yet read right by the reader as of this commit (what goes wrong: the bench's list of facts). */
const HOLDOUT74_FAILING = new Set<string>([]);

describe('reader hold-out set 74', () => {
  test('it has 10 to 12 workbooks with unique names, and every listed failure is one of them', () => {
    expect(HOLDOUT74.length).toBeGreaterThanOrEqual(10);
    expect(HOLDOUT74.length).toBeLessThanOrEqual(12);
    expect(new Set(HOLDOUT74.map((h) => h.name)).size).toBe(HOLDOUT74.length);
    for (const name of HOLDOUT74_FAILING) expect(HOLDOUT74.map((h) => h.name)).toContain(name);
    for (const h of HOLDOUT74) expect(h.expected.file).toBe(`${h.name}.xlsx`);
  });

  for (const h of HOLDOUT74) {
    const run = HOLDOUT74_FAILING.has(h.name) ? test.failing : test;
    run(h.name, async () => {
      const { report, results } = await runHoldout74(h);
      expect(tally(results).facts).toBeGreaterThan(5);
      expect(describeFacts(results)).toBe('');
      const flagged = report.findings.some((f) => f.code === 'reading-uncertain');
      expect(flagged).toBe((h.expected.guesses ?? []).length > 0);
    });
  }
});
