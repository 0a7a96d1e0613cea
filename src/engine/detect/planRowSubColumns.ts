/**
 * A plan's row under years split into 計画 | 実績 sub-columns (a 子ども・子育て支援事業計画's 実施状況):
 *   事業名 | 区分        | 令和4年度   | 令和5年度
 *          |             | 計画 | 実績 | 計画 | 実績
 *   name   | ①量の見込み | 300  | 188  | 300  | 212
 *          | ②確保方策   | 400  | 280  | 400  | 320
 * The row labelled as the plan (②確保方策, 計画値) holds, per year, the figure planned under 計画 and the figure achieved
 * against it under 実績: its target and its actual, not two plans. Only when the year's heading spans exactly one 計画 and
 * one 実績 sub-heading and the row's group has no 実績 row of its own (which would be the actual).
 */
import { classifyLabel, type Role } from '../values/labels';
import { compact } from '../values/text';
import type { Grid } from './grid';

/** The sub-heading's role: a plan (計画, 計画値) or an actual (実績, 実績値), else null. */
function subRole(grid: Grid, row: number, col: number): Role | null {
  const a = grid.anchor(row, col);
  if (a.row !== row || a.col !== col) return null;
  const role = classifyLabel(compact(grid.text(row, col)))?.role;
  return role === 'expected' || role === 'actual' ? role : null;
}

/**
 * Under the period heading at (`row`, `col`), merged on to `right`: the 計画 and 実績 sub-columns on the row below, when
 * those are the only two sub-headings there (each one column); else null.
 */
export function planActualUnder(grid: Grid, row: number, col: number, right: number): { plan: number; actual: number } | null {
  const sub = (grid.merge(row, col)?.bottom ?? row) + 1;
  if (right <= col || sub > grid.bottom) return null;
  let plan: number | null = null;
  let actual: number | null = null;
  for (let c = col; c <= right; c++) {
    const role = subRole(grid, sub, c);
    if (role === 'expected' && plan === null) plan = c;
    else if (role === 'actual' && actual === null) actual = c;
    else return null;
  }
  return plan !== null && actual !== null ? { plan, actual } : null;
}

/** Whether a group's series rows read a plan row's sub-columns: one plan (expected) row and no actual row. */
export function readsPlanSubColumns(roles: readonly Role[]): boolean {
  return roles.includes('expected') && !roles.includes('actual');
}
