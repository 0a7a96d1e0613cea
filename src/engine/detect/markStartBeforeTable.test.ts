/**
 * 「300（H27からの累計）」 over 令和3〜5年度 | 累計: the count since H27 is not on the sheet, so the table's 累計 (the years shown,
 * added up) is not read and the row is flagged cumulative-start-unknown, never graded silently (review rv75).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const report = (target: string) =>
  checkWorkbook(
    {
      sheets: [
        snap('自己評価', [
          ['令和５年度　自己評価シート'],
          ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
          ['空き家の除却件数', '件', target, 20, 22, 25, 67],
        ]),
      ],
    },
    {},
  ).report;

test('a mark starting before the table’s first year: the total is not read, the row is flagged naming its cells', () => {
  const r = report('300（H27からの累計）');
  const [ind] = r.indicators;
  expect(ind.cells.actual).not.toBe('G3');
  expect((ind.guesses ?? []).map((g) => [g.reason, g.cells])).toEqual([['cumulative-start-unknown', ['C3', 'D3', 'E3', 'F3', 'G3']]]);
  expect(r.findings.some((f) => f.code === 'reading-uncertain' && f.cell === 'C3')).toBe(true);
});

test('a mark starting with the table (「R3からの累計」) or naming no start reads the total as before, no guess', () => {
  for (const target of ['300（R3からの累計）', '300（3か年累計）']) {
    const [ind] = report(target).indicators;
    expect([ind.actual, ind.cells.actual, ind.guesses ?? []]).toEqual([67, 'G3', []]);
  }
});
