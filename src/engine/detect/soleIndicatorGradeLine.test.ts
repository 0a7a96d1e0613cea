/** 「自己評価 | B」 under the one indicator of a 事務事業評価シート: the indicator's written grade. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Rows = (string | number | null)[][];

const LEGEND = '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）';

/** A 事業 sheet: its lines, the indicator table (`rows` under its header), then `tail` under a blank row. */
const sheet = (rows: Rows, tail: Rows): Rows => [
  ['事務事業評価シート'],
  ['評価年度', '令和４年度'],
  ['事業名', '医療従事者確保事業'],
  [],
  ['成果指標', '単位', '指標の方向', '目標値', '実績値'],
  ...rows,
  [],
  ...tail,
];
const ONE: Rows = [['看護師採用者数', '人', '増加', 25, 14]];
const read = (rows: Rows) => checkWorkbook({ sheets: [snap('人材確保', rows)] }, {}).report.indicators.map((i) => [i.name, i.existingGrade, i.cells.grade]);

test('the grade beside 自己評価 under the sheet’s only indicator is its written grade, a legend beside it or not', () => {
  expect(read(sheet(ONE, [['自己評価', 'C', LEGEND]]))).toEqual([['看護師採用者数', 'C', 'B8']]);
  expect(read(sheet(ONE, [['評価', 'Ｃ']]))).toEqual([['看護師採用者数', 'C', 'B8']]);
});

test('under two indicators the 自己評価 grades the 事業, neither of them', () => {
  const two: Rows = [...ONE, ['看護師離職率', '％', '減少', 8, 9.5]];
  expect(read(sheet(two, [['自己評価', 'B', LEGEND]])).map(([name, grade]) => [name, grade])).toEqual([
    ['看護師採用者数', null],
    ['看護師離職率', null],
  ]);
});

test('a sentence, last year’s grade, another body’s or a year’s grade, or a line with more on it is no written grade', () => {
  for (const tail of [
    [['自己評価', '採用は目標を下回った。']],
    [['前年度評価', 'B']],
    [['評価（委員会）', 'B']],
    [['評価（令和３年度）', 'B']],
    [['自己評価', 'B', '前年度', 'A']],
    [['自己評価', null, LEGEND]],
  ])
    expect(read(sheet(ONE, tail))).toEqual([['看護師採用者数', null, null]]);
});

test('a grade line further down than two blank rows, or right of the name column, is not the indicator’s', () => {
  expect(read(sheet(ONE, [[], [], ['自己評価', 'C']]))).toEqual([['看護師採用者数', null, null]]);
  expect(read(sheet(ONE, [[null, '自己評価', 'C']]))).toEqual([['看護師採用者数', null, null]]);
});

test('review rv65: a legend of another scale with the same letters (方向性, 事業の妥当性) makes no written grade', () => {
  expect(read(sheet(ONE, [['評価', 'B', '（A：拡充　B：現状維持　C：縮小　D：廃止）']]))).toEqual([['看護師採用者数', null, null]]);
  expect(read(sheet(ONE, [['評価', 'A', '（A：妥当　B：概ね妥当　C：見直しが必要）']]))).toEqual([['看護師採用者数', null, null]]);
});
