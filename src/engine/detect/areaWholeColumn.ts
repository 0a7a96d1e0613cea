/**
 * A measure heading spanning sub-columns that split its figure by area and give the whole: 「R5実績」 merged over
 * 中央圏域 | 北部圏域 | 南部圏域 | 市全体, 「実績」 over A地区 | B地区 | 全市. The indicator's figure is the whole's column; the
 * areas' columns are its parts by place, no rival actual (no choice between them to flag, no series over them): they are
 * not read. Every sub-heading must be an area or the one whole, with at least two areas; otherwise nothing changes.
 * A survey's figure split by the respondents' sex or age beside their whole (「今回調査（令和５年度）」 over 全体 | 男性 | 女性,
 * values/respondentGroups.ts) is read the same way: the 全体 column is the figure, the groups its parts.
 */
import { parseA1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { respondentGroupOrWhole } from '../values/respondentGroups';
import { respondentGroupAt } from './respondentRows';
import { compact, hasDigit } from '../values/text';
import type { CellIndex } from './cells';
import type { Column } from './column';
import type { Grid } from './grid';
import { wholeUnder } from './wholeUnder';

/** The whole of the place: 市全体, 全体, 全市, 市計, 合計, 計. */
const WHOLE = /^((市|町|村|区)?全体|全(市|町|村|域)|(市|町|村)?(計|合計|総計))(の?実績値?|値)?$/;
/**
 * A part of the place: …圏域, …地区, …地域, …支所, …校区, a ward (北区, 中央区), …ブロック, …エリア, a site holding part of it
 * (…倉庫, …避難所, …拠点), or a merged city's former town or village (旧北辺町, 旧川内村).
 */
const AREA = /^(.{1,8}(圏域|地区|地域|支所|校区|区|ブロック|エリア|管内|倉庫|避難所|拠点|庁舎|本庁|出張所)|旧.{1,6}(市|町|村))$/;

/** An area's sub-heading is a part of the place (a whole's heading, 市計, is read by summedWholeColumn.ts too). */
export function areaOrWhole(text: string): 'part' | 'whole' | null {
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  return WHOLE.test(t) ? 'whole' : AREA.test(t) ? 'part' : null;
}

/** Labels that are areas and, first or last, their whole (北辺地区 | 山根地区 | 川内地区 | 全市): at least two areas. */
export function areasOfWhole(labels: string[]): boolean {
  const kinds = labels.map(areaOrWhole);
  const parts = kinds.filter((k) => k === 'part').length;
  const whole = kinds[0] === 'whole' || kinds[kinds.length - 1] === 'whole';
  return parts >= 2 && whole && parts === kinds.length - 1;
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

/**
 * The whole's column under a heading at (row, col) spanning `col`…`right`, read from the row under it, or null: areas and
 * their whole (not on a ward's own sheet), or groups of respondents and their whole (全体 | 男性 | 女性).
 */
export const areaWholeUnder = (grid: Grid, row: number, col: number, right: number): number | null =>
  (wardsOwnSheet(grid, row, col, right) ? null : wholeUnder(grid, row, col, right, { kind: areaOrWhole, minParts: 2, skipBlank: false })) ??
  wholeUnder(grid, row, col, right, { kind: respondentGroupOrWhole, minParts: 2, skipBlank: false });

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
      // A bare year over the parts (令和５年度調査 over 全体 | 男性 | 女性) heads that year's actuals.
      const year = index.at(at.row, at.col)?.period?.period;
      const spanning = classifyLabel(grid.text(at.row, at.col)) ?? index.at(at.row, at.col)?.label ?? (year && { role: 'actual' as const, period: year });
      if (!spanning || (spanning.role !== 'actual' && spanning.role !== 'target')) continue;
      const whole = areaWholeUnder(grid, at.row, at.col, right);
      if (whole === null) continue;
      if (whole !== c.col) {
        c.role = 'derived';
        // A group of respondents (男性) is kept for the row that is that group's own (respondentRows.ts).
        const group = respondentGroupAt(grid, (grid.merge(at.row, at.col)?.bottom ?? at.row) + 1, c.col);
        if (group) c.respondentPart = { whole, group };
      } else if (c.role === 'derived') {
        c.role = spanning.role;
        if (spanning.period) c.period = spanning.period;
      }
    }
  }
}

/** The area kind of a column's outer heading (北辺地域 | 全市 over 目標 | 実績), with that heading's cell, or null. */
function outerArea(grid: Grid, c: Column): { kind: 'part' | 'whole'; cell: string } | null {
  for (const cell of c.cells) {
    const at = parseA1(cell);
    const kind = at ? areaOrWhole(grid.text(at.row, at.col)) : null;
    if (kind) return { kind, cell };
  }
  return null;
}

/** Whether the sheet's name or a line above `row` names one of the parts: the sheet is that area's own (its 全市 a reference). */
function areasOwnSheet(grid: Grid, row: number, parts: string[]): boolean {
  const names = (text: string) => parts.some((p) => compact(text).includes(p));
  if (names(grid.name)) return true;
  for (let r = grid.top; r < row; r++) for (let c = grid.left; c <= grid.right; c++) if (names(grid.text(r, c))) return true;
  return false;
}

/**
 * In a table header: areas and their whole as outer headings side by side, each over the same measures (北辺地域 | 山根地域 |
 * 全市, each over 目標 | 実績): the whole's 目標 and 実績 are the indicator's, the areas' their breakdown, not read (in place in
 * `columns`), target and actual together. Only when the one whole has every measure the areas have (a 全市 of 実績 alone is a
 * sum for information beside areas with targets of their own), at least two areas have them, no area has a 評価 of its own
 * (then each area is graded against its own target), the whole's target holds a number on some row below the header (a 全市
 * target of nothing but 「－」 is no target), and the sheet is no area's own. Whether one row's 全市 target is 「－」 is not
 * asked here: the header decides for every row.
 */
export function measuresUnderAreas(grid: Grid, columns: Column[]): void {
  const measures = columns.filter((c) => (c.role === 'actual' || c.role === 'target') && !c.pair);
  const outer = measures.map((c) => outerArea(grid, c));
  const wholes = new Set(outer.filter((o) => o?.kind === 'whole').map((o) => o!.cell));
  const parts = new Set(outer.filter((o) => o?.kind === 'part').map((o) => o!.cell));
  if (wholes.size !== 1 || parts.size < 2) return;
  const under = (kind: 'part' | 'whole') => new Set(measures.filter((_, i) => outer[i]?.kind === kind).map((c) => c.role));
  const whole = under('whole');
  if ([...under('part')].some((role) => !whole.has(role))) return;
  if (columns.some((c) => c.role === 'grade' && outerArea(grid, c)?.kind === 'part')) return;
  const wholeTarget = measures.find((c, i) => c.role === 'target' && outer[i]?.kind === 'whole');
  if (wholeTarget && !numberBelow(grid, wholeTarget)) return;
  const partNames = [...parts].map((cell) => {
    const at = parseA1(cell);
    return at ? compact(grid.text(at.row, at.col)) : '';
  });
  const first = parseA1([...parts][0]);
  if (!first || areasOwnSheet(grid, first.row, partNames)) return;
  measures.forEach((c, i) => {
    if (outer[i]?.kind === 'part') c.role = 'derived';
  });
}

/** Some cell of the column below its header cells holds a number (a digit), not only 「－」 or blanks. */
function numberBelow(grid: Grid, c: Column): boolean {
  const rows = c.cells.map((cell) => parseA1(cell)?.row ?? grid.top);
  for (let r = Math.max(...rows, grid.top) + 1; r <= grid.bottom; r++) if (hasDigit(grid.text(r, c.col))) return true;
  return false;
}
