/**
 * A stated evaluation year glossed with the earlier year whose 実績 it evaluates (「評価年度 | 令和６年度（令和５年度の実績を評価）」)
 * states that 実績 year; a bracket setting that year aside, glossing the same year, or naming a later one leaves the stated year.
 */
import { checkWorkbook } from '../actions/check';
import { findPeriod } from '../values/periods';
import { detectSheet } from './index';
import { statedResultsYear } from './statedResultsYear';
import { snap } from './testing';

const fy2024 = findPeriod('令和6年度')!.period;
const year = (rest: string) => statedResultsYear(rest, fy2024)?.fiscalYear ?? null;

test.each([
  ['（令和５年度の実績を評価）', 2023],
  ['（令和5年度実績）', 2023],
  ['(R5実施分)', 2023],
  ['（令和5年度実施事業）', 2023],
  ['（令和５年度決算）', 2023],
  ['（令和5年度の実績に対する評価）', 2023],
])('the bracket 「%s」 after 令和6年度 names the year evaluated: %d', (rest, fy) => {
  expect(year(rest)).toBe(fy);
});

test.each([
  ['（令和5年度実績は参考）'], // that year set aside
  ['（2024年度）'], // the same year in the other calendar
  ['（令和7年度実績）'], // a later year: no year whose figures an evaluation of 令和6年度 rests on
  ['（令和5年度との比較）'], // no 実績 evaluated
  ['（令和5年度実績、令和6年度見込み）'], // more than the year evaluated
  ['　令和5年度実績'], // not in a bracket right after the stated year
])('the bracket 「%s」 states nothing more: the stated year stands', (rest) => {
  expect(year(rest)).toBeNull();
});

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** One 事業 sheet: the 評価年度 line, then a label｜value block dated R5 and a later R6 target. */
const sheet = (stated: string) =>
  snap('事業01', [
    ['事務事業評価シート', null, null, null],
    [],
    ['事業名', '相談支援事業', '所管課', '市民相談課'],
    ['評価年度', stated, null, null],
    [],
    ['指標名', '相談対応件数', '単位', '件'],
    ['目標値（R5）', 100, '実績値（R5）', 112],
    ['目標値（R6）', 110, '実績値（R6）', null],
  ]);

test('評価年度 | 令和６年度（令和５年度の実績を評価）: the period is 令和５年度 and its actual is read', () => {
  expect(detectSheet(sheet('令和６年度（令和５年度の実績を評価）'), scale).meta.statedPeriod).toMatchObject({ cell: 'B4', period: { fiscalYear: 2023 } });
  const { report } = checkWorkbook({ sheets: [sheet('令和６年度（令和５年度の実績を評価）')] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([[100, 112]]);
});

test('counter-example: 評価年度 | 令和６年度（令和５年度実績は参考） keeps 令和６年度', () => {
  expect(detectSheet(sheet('令和６年度（令和５年度実績は参考）'), scale).meta.statedPeriod).toMatchObject({ period: { fiscalYear: 2024 } });
  expect(detectSheet(sheet('令和６年度'), scale).meta.statedPeriod).toMatchObject({ period: { fiscalYear: 2024 } });
});

test.each([['評価年度：令和６年度（令和５年度の実績を評価）'], ['評価年度　令和６年度（令和５年度実績）']])('in one cell, 「%s」 states 令和５年度', (line) => {
  const s = snap('成果', [
    ['生涯学習の成果指標', null, null],
    [line, null, null],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績'],
    ['図書館の利用登録者数', '人', 12000, 12500],
  ]);
  expect(detectSheet(s, scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
});
