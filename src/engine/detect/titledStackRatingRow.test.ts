/**
 * Policies stacked down a sheet whose title lines carry a rating-row label (「…の総合評価」, `isRatingRowLabel`) rather than a
 * meta rating label (施策評価): each rates its own rows and no title line is an indicator (titledStack.ts), also when the
 * label stands over a value column of the table under it.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import type { CellValue } from '../model/port';

function policy(title: string, rows: CellValue[][]): CellValue[][] {
  return [[title, null, null, '施策の総合評価', null], ['成果指標', '単位', '目標値', '実績値', null], ...rows, [null, null, null, null, null]];
}

const values: CellValue[][] = [
  ['令和5年度　まちづくり計画　評価表（令和5年度実績）', null, null, null, null],
  [null, null, null, null, null],
  ...policy('施策3-1　公園と緑の保全', [
    ['都市公園の面積', 'ha', 120, 118, null],
    ['緑化ボランティア登録者数', '人', 300, 330, null],
  ]),
  ...policy('施策3-2　公共交通の確保', [
    ['コミュニティバス利用者数', '人', 90000, 72000, null],
    ['デマンド交通登録者数', '人', 1500, 1520, null],
  ]),
];

test('each title line with its 「…の総合評価」 label rates its own rows; the second title line is no indicator', () => {
  const { report } = checkWorkbook({ sheets: [snap('評価表', values)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['都市公園の面積', '緑化ボランティア登録者数', 'コミュニティバス利用者数', 'デマンド交通登録者数']);
  expect(report.groups.map((g) => [g.cell, g.name])).toEqual([
    ['E3', '施策3-1 公園と緑の保全'],
    ['E8', '施策3-2 公共交通の確保'],
  ]);
  expect(report.indicators.map((i) => i.group)).toEqual([
    '施策3-1 公園と緑の保全',
    '施策3-1 公園と緑の保全',
    '施策3-2 公共交通の確保',
    '施策3-2 公共交通の確保',
  ]);
});

test('one such title line rates the whole sheet, as before', () => {
  const { report } = checkWorkbook({ sheets: [snap('評価表', values.slice(0, 7))] }, {});
  expect(report.groups.map((g) => g.cell)).toEqual(['E3']);
  expect(report.indicators).toHaveLength(2);
});
