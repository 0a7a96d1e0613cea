/** A bare 見込値 beside a year's 目標値 and 実績値 under the year's merged heading is that year's forecast, never standing in unasked. */
import { detectSheet } from './index';
import { snap } from './testing';

type Row = (string | number | null)[];

/** Each indicator's actual points: cell, year, forecast or not, figure. */
function actuals(values: Row[], merges: string[]) {
  return detectSheet(snap('進捗', values, { merges }), []).indicators.map((i) =>
    i.actuals.map((p) => [p.cell, p.period?.fiscalYear ?? null, !!p.forecast, p.parsed.value ?? p.parsed.status]),
  );
}

const head = (sub: (string | null)[]): Row[] => [
  ['令和5年度 取組の進捗状況'],
  [],
  ['No.', '取組の指標', '単位', '令和4年度実績', '令和5年度', null, null],
  [null, null, null, null, ...sub],
];
const MERGES = ['A3:A4', 'B3:B4', 'C3:C4', 'D3:D4', 'E3:G3'];

test('目標値 | 実績値 | 見込値 under 令和5年度: the 見込値 is the year’s forecast, beside the blank 実績値', () => {
  const rows = [...head(['目標値', '実績値', '見込値']), [1, '介護予防教室の参加者数', '人', 2210, 2400, null, 2150]];
  expect(actuals(rows, MERGES)).toEqual([
    [
      ['D5', 2022, false, 2210],
      ['F5', 2023, false, 'missing'],
      ['G5', 2023, true, 2150],
    ],
  ]);
});

test.each([
  [['目標値', '計画値', '見込値'], [['D5', 2022, false, 2210]]], // no 実績 under the year: the 見込 may be the plan's projection
  [
    ['基準値', '実績値', '見込値'],
    [
      ['D5', 2022, false, 2210],
      ['F5', 2023, false, 2150],
    ],
  ], // no 目標 under the year
])('%j under 令和5年度: the 見込値 is not read', (sub, expected) => {
  const rows = [...head(sub), [1, '介護予防教室の参加者数', '人', 2210, 2400, 2150, 2300]];
  expect(actuals(rows, MERGES)).toEqual([expected]);
});

test('a 見込値 with no year heading merged over it is not read', () => {
  const rows: Row[] = [
    ['令和5年度 取組の進捗状況'],
    ['No.', '取組の指標', '単位', '令和5年度目標値', '令和5年度実績値', '見込値'],
    [1, '介護予防教室の参加者数', '人', 2400, null, 2150],
  ];
  expect(actuals(rows, [])).toEqual([[['E3', 2023, false, 'missing']]]);
});
