/** 目標金額（円） | 寄附金額（円） with no actual heading: the column naming the target's measure is its actual. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (headings: string[]) =>
  snap('GCF実績', [
    ['令和５年度　ガバメントクラウドファンディング　実施プロジェクト一覧'],
    ['No.', 'プロジェクト名', ...headings, '達成率'],
    [1, '保護猫譲渡推進プロジェクト', 3000000, 3482000, 214, 1.16],
    [2, '博物館 収蔵品修復プロジェクト', 5000000, 4105500, 188, 0.82],
  ]);
const read = (headings: string[]) =>
  checkWorkbook({ sheets: [sheet(headings)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]);

test('寄附金額（円） beside 目標金額（円）: each project’s actual, not 寄附件数（件）', () => {
  expect(read(['目標金額（円）', '寄附金額（円）', '寄附件数（件）'])).toEqual([
    ['保護猫譲渡推進プロジェクト', 3000000, 3482000, 'D3'],
    ['博物館 収蔵品修復プロジェクト', 5000000, 4105500, 'D4'],
  ]);
});

test('counter-example: another unit (寄附金額（千円）) is no figure of the target’s measure: no actual read', () => {
  expect(read(['目標金額（円）', '寄附金額（千円）', '寄附件数（件）']).map((r) => r[2])).toEqual([null, null]);
});

test('counter-example: two columns naming the measure (寄附金額 | 事業費金額): which is reached is not written, none read', () => {
  expect(read(['目標金額（円）', '寄附金額（円）', '事業費金額（円）']).map((r) => r[2])).toEqual([null, null]);
});
