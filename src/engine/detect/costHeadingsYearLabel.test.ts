/** A cost label that names its year (令和5年度決算額 | 4,520千円) under an indicator table is a cost line all the same, never an indicator. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (label: string, amount: string) =>
  checkWorkbook(
    {
      sheets: [
        snap('事業', [
          ['■ 指標'],
          ['区分', '指標名', '単位', 'R5目標', 'R5実績', '評価'],
          ['活動指標', '相談会の開催回数', '回', 12, 12, 'A'],
          ['成果指標', '相談件数', '件', 300, 280, 'B'],
          [],
          ['■ 事業費', label, amount],
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => i.name);

test('令和5年度決算額 | 4,520千円 below the table is no indicator; nor is R5年度予算額', () => {
  expect(read('令和5年度決算額', '4,520千円')).toEqual(['相談会の開催回数', '相談件数']);
  expect(read('R5年度予算額', '1,200万円')).toEqual(['相談会の開催回数', '相談件数']);
});

test('a year-named figure that is no money amount stays a row of the table', () => {
  expect(read('令和5年度決算額', '4,520件')).toContain('令和5年度決算額');
});
