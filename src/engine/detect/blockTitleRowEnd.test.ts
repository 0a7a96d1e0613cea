/**
 * Policy blocks tiled side by side whose period row goes on past the years (最終目標（R7）): the unit and the 方向 written
 * at the right end of each block's title and 説明 lines, over that column, are that block's own, never the next block's.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

/** One block of eight columns: title line with the unit at its right end, 方向 line, period row, 実績値, 目標値. */
function block(name: string, unit: string, way: string, actuals: number[], targets: number[]): Row[] {
  return [
    ['指標', name, null, null, null, null, null, `単位：${unit}`],
    ['説明', '', null, null, null, null, '方向', way],
    ['区分', '基準値（R1）', 'R2', 'R3', 'R4', 'R5', 'R6', '最終目標（R8）'],
    ['実績値', actuals[0], actuals[1], actuals[2], actuals[3], actuals[4], null, null],
    ['目標値', null, targets[0], targets[1], targets[2], targets[3], targets[4], targets[5]],
  ];
}

test.each([0, 1])("two blocks side by side (gap columns %i) each read the unit and direction at their title row's right end", (gap) => {
  const left = block('空き家の数', '戸', '↓減少', [50, 48, 45, 44, 40], [47, 45, 43, 41, 39, 35]);
  const right = block('相談件数', '件', '↑増加', [10, 12, 15, 18, 22], [12, 14, 16, 18, 20, 24]);
  const rows: Row[] = [['令和５年度　施策評価シート（令和５年度実績）'], [], ...left.map((r, i) => [...r, ...Array(gap).fill(null), ...right[i]])];
  const report = checkWorkbook({ sheets: [snap('施策1-1', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.unit, i.direction, i.target, i.actual])).toEqual([
    ['空き家の数', '戸', 'down', 41, 40],
    ['相談件数', '件', 'up', 18, 22],
  ]);
});
