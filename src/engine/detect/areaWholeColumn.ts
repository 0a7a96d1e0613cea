/**
 * A measure heading spanning sub-columns that split its figure by area and give the whole: 「R5実績」 merged over
 * 中央圏域 | 北部圏域 | 南部圏域 | 市全体, 「実績」 over A地区 | B地区 | 全市. The indicator's figure is the whole's column; the
 * areas' columns are its parts by place, no rival actual (no choice between them to flag, no series over them): they are
 * not read. Every sub-heading must be an area or the one whole, with at least two areas; otherwise nothing changes.
 */
import { parseA1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { compact } from '../values/text';
import type { CellIndex } from './cells';
import type { Column } from './column';
import type { Grid } from './grid';
import { wholeUnder } from './wholeUnder';

/** The whole of the place: 市全体, 全体, 全市, 市計, 合計, 計. */
const WHOLE = /^((市|町|村|区)?全体|全(市|町|村|域)|(市|町|村)?(計|合計|総計))(の?実績値?|値)?$/;
/** A part of the place: …圏域, …地区, …地域, …支所, …校区, a ward (北区, 中央区), …ブロック, …エリア, or a site holding part of it (…倉庫, …避難所, …拠点). */
const AREA = /^.{1,8}(圏域|地区|地域|支所|校区|区|ブロック|エリア|管内|倉庫|避難所|拠点|庁舎|本庁|出張所)$/;

/** An area's sub-heading is a part of the place. */
function areaOrWhole(text: string): 'part' | 'whole' | null {
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  return WHOLE.test(t) ? 'whole' : AREA.test(t) ? 'part' : null;
}

/** A ward's sub-heading (北区, 中央区): a part of the city, unless the sheet is that ward's own. */
const WARD = /^.{1,8}区$/;

/**
 * Whether the sheet belongs to one of the wards under the heading: its name, or a line above the heading, names it
 * (「北区役所　区の取組の評価」). Then that ward's column is the sheet's figure and the city's total a reference.
 */
function wardsOwnSheet(grid: Grid, row: number, col: number, right: number): boolean {
  const below = (grid.merge(row, col)?.bottom ?? row) + 1;
  const wards: string[] = [];
  for (let c = col; c <= right; c++) {
    const t = compact(grid.text(below, c));
    if (WARD.test(t) && !/(地|校)区$/.test(t)) wards.push(t);
  }
  if (!wards.length) return false;
  const names = (text: string) => wards.some((w) => compact(text).includes(w));
  if (names(grid.name)) return true;
  for (let r = grid.top; r < row; r++) for (let c = grid.left; c <= grid.right; c++) if (names(grid.text(r, c))) return true;
  return false;
}

/** The whole's column under a heading at (row, col) spanning `col`…`right`, read from the row under it, or null. */
export const areaWholeUnder = (grid: Grid, row: number, col: number, right: number): number | null =>
  wardsOwnSheet(grid, row, col, right) ? null : wholeUnder(grid, row, col, right, { kind: areaOrWhole, minParts: 2, skipBlank: false });

/**
 * In a table header: under a series heading spanning areas and their whole, every column but the whole's is not read (in place);
 * the whole's column takes the heading's role even when its own sub-heading is a total word (計, 合計: derived elsewhere).
 */
export function areasBesideWhole(index: CellIndex, columns: Column[]): void {
  const grid = index.grid;
  for (const c of columns) {
    if (c.pair || (c.role !== 'actual' && c.role !== 'target' && c.role !== 'derived')) continue;
    for (const cell of c.cells) {
      const at = parseA1(cell);
      const right = at ? grid.rightEdge(at.row, at.col) : -1;
      if (!at || c.col < at.col || c.col > right) continue;
      const spanning = classifyLabel(grid.text(at.row, at.col)) ?? index.at(at.row, at.col)?.label;
      if (!spanning || (spanning.role !== 'actual' && spanning.role !== 'target')) continue;
      const whole = areaWholeUnder(grid, at.row, at.col, right);
      if (whole === null) continue;
      if (whole !== c.col) c.role = 'derived';
      else if (c.role === 'derived') {
        c.role = spanning.role;
        if (spanning.period) c.period = spanning.period;
      }
    }
  }
}
