/**
 * A measure heading spanning sub-columns that split its figure by area and give the whole: 「R5実績」 merged over
 * 中央圏域 | 北部圏域 | 南部圏域 | 市全体, 「実績」 over A地区 | B地区 | 全市. The indicator's figure is the whole's column; the
 * areas' columns are its parts by place, no rival actual (no choice between them to flag, no series over them): they are
 * not read. Every sub-heading must be an area or the one whole, with at least two areas; otherwise nothing changes.
 */
import { parseA1 } from '../model/address';
import { compact } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';

/** The whole of the place: 市全体, 全体, 全市, 市計, 合計, 計. */
const WHOLE = /^((市|町|村|区)?全体|全(市|町|村|域)|(市|町|村)?(計|合計|総計))(の?実績値?|値)?$/;
/** A part of the place: …圏域, …地区, …地域, …支所, …校区, …ブロック, …エリア. */
const AREA = /^.{1,8}(圏域|地区|地域|支所|校区|ブロック|エリア|管内)$/;

function areaOrWhole(text: string): 'area' | 'whole' | null {
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  return WHOLE.test(t) ? 'whole' : AREA.test(t) ? 'area' : null;
}

/** The whole's column under a heading at (row, col) spanning `col`…`right`, read from the row under it, or null. */
export function areaWholeUnder(grid: Grid, row: number, col: number, right: number): number | null {
  if (right <= col) return null;
  const below = (grid.merge(row, col)?.bottom ?? row) + 1;
  let whole: number | null = null;
  let areas = 0;
  for (let c = col; c <= right; c++) {
    const a = grid.anchor(below, c);
    if (a.row !== below || a.col !== c) return null;
    const kind = areaOrWhole(grid.text(below, c));
    if (!kind || (kind === 'whole' && whole !== null)) return null;
    if (kind === 'whole') whole = c;
    else areas++;
  }
  return areas >= 2 ? whole : null;
}

/** In a table header: under a series heading spanning areas and their whole, every column but the whole's is not read (in place). */
export function areasBesideWhole(grid: Grid, columns: Column[]): void {
  for (const c of columns) {
    if ((c.role !== 'actual' && c.role !== 'target') || c.pair) continue;
    for (const cell of c.cells) {
      const at = parseA1(cell);
      const right = at ? grid.rightEdge(at.row, at.col) : -1;
      if (!at || c.col < at.col || c.col > right) continue;
      const whole = areaWholeUnder(grid, at.row, at.col, right);
      if (whole !== null && whole !== c.col) c.role = 'derived';
    }
  }
}
