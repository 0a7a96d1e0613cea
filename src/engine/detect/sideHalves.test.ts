/** A 計画値 table and a 実績値 table side by side, each with its names, rows in another order. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const N = null;
const read = (rows: CellValue[][]) => checkWorkbook({ sheets: [snap('進捗', [['令和4年度　指標の進捗', N, N, N, N, N, N], ...rows])] }, {}).report;

test('the two halves of an indicator, one on each side, are one indicator with its target and its actual cells', () => {
  const report = read([
    ['No.', '成果指標', '単位', '令和4年度目標', N, '成果指標', '令和4年度実績'],
    [1, '自主防災組織の結成率', '％', 85, N, '防災メール登録者数', 12430],
    [2, '防災メール登録者数', '人', 12000, N, '自主防災組織の結成率', 83.1],
  ]);
  expect(report.indicators.map((i) => [i.id, i.name, i.unit, i.target, i.actual, i.grade, i.cells.target, i.cells.actual])).toEqual([
    ['1', '自主防災組織の結成率', '%', 85, 83.1, 'B', 'D3', 'G4'],
    ['2', '防災メール登録者数', '人', 12000, 12430, 'A', 'D4', 'G3'],
  ]);
  expect(report.findings.filter((f) => f.code === 'duplicate-indicator')).toEqual([]);
});

test('a name written otherwise on the right stays a half of its own, said to lack its target', () => {
  const report = read([
    ['成果指標', '令和4年度目標', N, '成果指標', '令和4年度実績'],
    ['自主防災組織の結成率', 85, N, '自主防災組織結成率（％）', 83.1],
  ]);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['自主防災組織の結成率', 85, null],
    ['自主防災組織結成率', null, 83.1],
  ]);
});

test('two policies side by side, each with targets and actuals, are not joined', () => {
  const report = read([
    ['成果指標', '令和4年度目標', '令和4年度実績', N, '成果指標', '令和4年度目標', '令和4年度実績'],
    ['防災訓練参加者数', 3000, 2800, N, '防災訓練参加者数', 500, 520],
  ]);
  expect(report.indicators.map((i) => [i.target, i.actual])).toEqual([
    [3000, 2800],
    [500, 520],
  ]);
});
