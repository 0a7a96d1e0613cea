/**
 * A 総括表 that lists indicators with their grades and no figures (施策 | 成果指標 | 評価 | 参照), the figures standing on
 * other sheets of the workbook (「※各指標の目標値・実績値は参照欄のシートを参照」): a clerk reads each grade as the written
 * grade of the indicator of that name on its figure sheet. The grade joins only where the 総括表 holds no indicator of
 * its own, its header names the indicators and the grades with no figure heading, and every name under it is read on
 * exactly one row of the other sheets, a row with no grade cell of its own. Its cell stays on the 総括表
 * (gradeCell.sheet): the grade is read there, and written there when blank. Names that do not all recur so leave the
 * sheet as read: a list of other indicators is no summary of these.
 */
import { a1 } from '../model/address';
import { classifyLabel, SERIES_ROLES } from '../values/labels';
import type { Grid } from './grid';
import { nameKey as key } from './otherPeriodSheets';
import type { RawIndicator, SheetDetection } from './types';

interface Listed {
  name: string;
  row: number;
  col: number;
}

/** The header row naming indicators and grades with no figure heading: its name and grade columns. */
function gradeHeader(grid: Grid): { row: number; nameCol: number; gradeCol: number } | null {
  for (let r = grid.top; r <= Math.min(grid.bottom, grid.top + 30); r++) {
    let nameCol = 0;
    let gradeCol = 0;
    let figures = false;
    for (let c = grid.left; c <= grid.right; c++) {
      const role = classifyLabel(grid.text(r, c))?.role;
      if (role === 'name' && !nameCol) nameCol = c;
      else if (role === 'grade' && !gradeCol) gradeCol = c;
      // A heading of a row's figure (目標値, 実績値, 基準値, 計画値): none may stand in a 総括表's header.
      else if (role && SERIES_ROLES.has(role)) figures = true;
    }
    if (nameCol && gradeCol && !figures) return { row: r, nameCol, gradeCol };
  }
  return null;
}

/** The names under the header, down to the first row without one, each with its grade cell. */
function listed(grid: Grid, header: { row: number; nameCol: number; gradeCol: number }): Listed[] {
  const out: Listed[] = [];
  for (let r = header.row + 1; r <= grid.bottom; r++) {
    const name = grid.text(r, header.nameCol).trim();
    if (!name || grid.rowHidden(r)) break;
    out.push({ name, row: r, col: header.gradeCol });
  }
  return out;
}

/** Joins each 総括表 grade to the indicator of its name on another sheet, in place (gradeCell on the 総括表). */
export function joinSummaryGrades(detections: SheetDetection[], grids: Map<string, Grid>): void {
  const byKey = new Map<string, RawIndicator[]>();
  for (const d of detections) for (const ind of d.indicators) byKey.set(key(ind.name), [...(byKey.get(key(ind.name)) ?? []), ind]);
  for (const d of detections) {
    const grid = grids.get(d.meta.sheet);
    if (d.indicators.length || d.summaryOf || !grid) continue;
    const header = gradeHeader(grid);
    const rows = header ? listed(grid, header) : [];
    const partners = rows.map((l) => byKey.get(key(l.name)) ?? []);
    if (rows.length < 2 || partners.some((p) => p.length !== 1 || p[0].gradeCell || p[0].sheet === d.meta.sheet)) continue;
    rows.forEach((l, i) => {
      partners[i][0].gradeCell = { row: l.row, col: l.col, cell: a1(l.row, l.col), raw: grid.raw(l.row, l.col), sheet: d.meta.sheet };
    });
  }
}
