/**
 * A plain word left of the fiscal year's months, a 年度計 and a target (「利用形態 | 単位 | 4月 … 3月 | 年度計 | 年度目標」) heads
 * the rows' names, the total read as the actual; months with no total or no target, or an office's word, head none.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const read = (head: string, total = '年度計', target = '年度目標') =>
  checkWorkbook(
    {
      sheets: [
        snap('利用実績', [
          ['令和６年度　一時預かり事業　月別利用実績', null],
          [head, '単位', ...MONTHS, total, target],
          ['一時預かり 延べ利用人数', '人', 8, 10, 9, 12, 11, 9, 10, 13, 8, 7, 9, 12, 118, 120],
          ['休日保育 延べ利用人数', '人', 3, 2, 4, 5, 3, 4, 6, 5, 3, 2, 4, 4, 45, 60],
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.cells.actual]);

test('利用形態 over the rows beside the months, the 年度計 and the 年度目標: each row is an indicator, the 年度計 its actual', () => {
  expect(read('利用形態')).toEqual([
    ['一時預かり 延べ利用人数', '人', 120, 118, 'O3'],
    ['休日保育 延べ利用人数', '人', 60, 45, 'O4'],
  ]);
});

test('an office’s word, months with no target, or months and a target with no total head no names', () => {
  expect(read('担当課')).toEqual([]);
  expect(read('利用形態', '年度計', '備考')).toEqual([]);
  expect(read('利用形態', '備考', '年度目標')).toEqual([]);
});

const C = ['中央児童館', 800, 810, 820, 830, 840, 850, 860, 870, 880, 890, 900, 910];
const E = ['東児童館', 500, 510, 520, 530, 540, 550, 560, 570, 580, 590, 600, 610];

/** The indicators read under 施設 | 4月 … 3月 | `tail`, each row's months followed by `c` or `e`. */
const perFacility = (tail: string[], c: number[], e: number[]) =>
  checkWorkbook(
    { sheets: [snap('利用実績', [['令和６年度　児童館　月別利用実績'], ['施設', ...MONTHS, ...tail], [...C, ...c], [...E, ...e]])] },
    {},
  ).report.indicators.map((i) => [i.name, i.target, i.actual]);

test('a target set per day or month, or an average column beside the 年度計, is never graded against the year’s total (review rv71)', () => {
  expect(perFacility(['年間計', '1日平均', '目標（1日平均）'], [10260, 35, 40], [6660, 23, 20])).toEqual([]);
  expect(perFacility(['年度計', '目標（月）'], [10260, 900], [6660, 500])).toEqual([]);
  expect(perFacility(['年度計', '目標（月平均）'], [10260, 900], [6660, 500])).toEqual([]);
  expect(perFacility(['年度計', '月平均', '目標'], [10260, 855, 900], [6660, 555, 500])).toEqual([]);
  // The year's own target still heads the facilities' names.
  expect(perFacility(['年度計', '年間目標'], [10260, 10000], [6660, 7000])).toEqual([
    ['中央児童館', 10000, 10260],
    ['東児童館', 7000, 6660],
  ]);
});
