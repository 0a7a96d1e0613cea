/**
 * Mid-term, the latest year left blank on a row whose target is marked 3か年累計: the total column is the running total to the
 * latest year with a figure, graded as that year's (review rv75), never the single year marked cumulative.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (title: string, latest: number | string | null, total: number) =>
  checkWorkbook(
    {
      sheets: [
        snap('施策評価', [
          [title],
          ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
          ['通いの場の新規立ち上げ数', 'か所', '60（3か年累計）', 18, 21, latest, total],
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => [i.actual, i.cells.actual, i.actualPeriod, i.cumulative]);

test('令和５年度 blank on a 令和４年度 sheet: the total 39 is read as of 令和4年度, against the term’s 60', () => {
  expect(read('令和４年度　施策評価シート', null, 39)).toEqual([[39, 'G3', '令和4年度', true]]);
});

test('a title naming no year but the plan’s term: the same 39 as of 令和4年度, not of the blank 令和5年度', () => {
  expect(read('第８期計画　自己評価シート（令和４年度）', null, 39)).toEqual([[39, 'G3', '令和4年度', true]]);
});

test('the latest year filled: the total stands at it, as before', () => {
  expect(read('令和５年度　施策評価シート', 19, 58)).toEqual([[58, 'G3', '令和5年度', true]]);
});

test.each(['未確定', '集計中'])('令和５年度 written 「%s」: the total 39 is never dated 令和5年度; the year is read as pending (rv77)', (word) => {
  const report = checkWorkbook(
    {
      sheets: [
        snap('施策評価', [
          ['令和５年度　施策評価シート'],
          ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
          ['通いの場の新規立ち上げ数', 'か所', '60（3か年累計）', 18, 21, word, 39],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.actual, i.grade])).toEqual([[null, null]]);
  expect(report.findings.map((f) => `${f.code}:${f.cell}`)).toContain('actual-pending:F3');
});
