import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { finalOnlyRemark } from './finalOnlyRemark';

const block = (remark: string) => [
  ['令和７年度施策評価シート（評価対象：令和６年度）'],
  ['成果指標①', '通勤・通学で自転車を利用する市民の割合', null, null, null, null, null, null],
  ['単位', null, 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7', 'R8'],
  ['％', '実績値', 7.4, 7.6, 7.9, 8.1, null, null],
  ['％', '期待値\n※R8は目標値', null, '－', '－', '－', '－', 12],
  ['備　考', remark],
];
const read = (remark: string) => checkWorkbook({ sheets: [snap('5-3', block(remark))] }, {}).report.indicators.map((i) => [i.target, i.grade]);

describe('a remark: yearly targets not set, the final target alone', () => {
  test('期待値は設定せず最終目標値のみ: a year of 「－」 is judged against the final target', () => {
    expect(read('期待値は設定せず最終目標値のみ。')).toEqual([[12, 'C']]);
  });

  test('without it, or with another body final target, the 「－」 stays no target', () => {
    expect(read('市民意識調査による。')).toEqual([[null, null]]);
    expect(finalOnlyRemark('期待値は設定せず国の最終目標値のみ')).toBeNull();
  });
});
