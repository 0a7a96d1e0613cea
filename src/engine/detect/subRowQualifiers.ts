/**
 * A name merged over sub-rows that a short qualifier column tells apart (男性 / 女性, 小学生 / 中学生, 市内 / 市外), each sub-row
 * with figures of its own: one indicator per sub-row, named 「name（qualifier）」. A kind column whose rows say 目標 / 実績 is no
 * qualifier (those rows are one indicator's series), nor is a figure, a period or a blank. A 計 / 全体 sub-row among them is
 * the indicator's own figure, the others its parts (`totalSubRow`), only where nothing says otherwise; else the 計 row is one
 * more sub-row (「name（計）」), or no indicator when it holds no figure (only 「－」). The body's own row beside comparison rows
 * (当該値 | 類似団体平均値) is the indicator, named as written; the comparison rows are reference rows (comparisonRows.ts).
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import type { Column } from './column';
import type { Grid } from './grid';
import type { RawIndicator } from './types';
import { ownAmongComparisons } from './comparisonRows';
import { areasOfWhole } from './areaWholeColumn';
import { countingBasisRow, countingWord, sharedBasisTarget } from './countingBasisRows';
import { repeatedPair, sameNameOtherwise } from './repeatedNameQualifier';

export interface SubRow {
  qualifier: string;
  /** The qualifier's cell. */
  cell: string;
  /** The row is a sub-row below the merged name's first row. */
  below: boolean;
  /** The 計 / 全体 row of the sub-rows: the indicator's own figure, named as written, found at its name's cell. */
  total?: true;
  /**
   * The rows cannot be told apart (a qualifier merged down into the row below, one left blank): the first row read as the
   * whole indicator, a `sub-rows-unsplit` guess naming the name's cell and each row's qualifier cell.
   */
  unsplit?: string[];
  /** Targets merged over 単年度 | 累計 rows naming neither: each target's cell, then both qualifier cells, for a `target-shared-basis` guess. */
  sharedTarget?: string[];
}

const FIGURE = /^[\d.,\s%％+\-－―ー‐~〜～]*$/;

/** 計 / 合計 / 小計 read as labels elsewhere (a derived 合計 column) but tell a sub-row apart under a merged name. */
const SUM_WORD = /^(?:小?計|合計|総計)$/;

/** Nothing but dashes or blanks: 「－」 is no figure, no target and no grade. */
const DASHES = /^[\s\-－―ー‐—–/／]*$/;

function foldedOwn(grid: Grid, row: number, col: number): string {
  return grid.anchor(row, col).row === row ? grid.text(row, col).normalize('NFKC').replace(/\s+/g, '') : '';
}

function qualifierText(grid: Grid, row: number, col: number): string | null {
  const t = foldedOwn(grid, row, col);
  if (SUM_WORD.test(t)) return t;
  // 「累計（H30～）」: a way of counting whose bracket dates its start, no period heading (countingBasisRows.ts).
  if (t.length <= 16 && countingWord(t)) return t;
  if (!t || t.length > 10 || FIGURE.test(t) || classifyLabel(t) || findPeriod(t)) return null;
  return t;
}

/** The row holds a figure (a digit) in one of the columns, not merged down from the row above: 「－」 is none. */
function holdsFigure(grid: Grid, row: number, cols: number[]): boolean {
  return cols.some((c) => /\d/.test(foldedOwn(grid, row, c)));
}

/**
 * The row has something other than dashes written in one of the columns (a target, a plan, a grade of its own); a cell
 * merged down over the `total` row too (one target or grade for the whole) is the total's, no part's.
 */
function writesAny(grid: Grid, row: number, cols: number[], total: number): boolean {
  return cols.some((c) => (total < row || (grid.merge(row, c)?.bottom ?? row) < total) && !DASHES.test(foldedOwn(grid, row, c)));
}

/** Every sub-row has a figure of its own (not a cell merged down from the row above). */
function ownFigures(grid: Grid, rows: number[], valueCols: number[]): boolean {
  return rows.every((row) => valueCols.some((c) => grid.anchor(row, c).row === row && grid.text(row, c).trim() !== ''));
}

/**
 * The qualifier of row `r` when the name at `nameCol` is merged over it and its neighbours and a column in `qualifierCols`
 * holds a distinct short text on each of those rows; else null.
 */
export function subRowQualifier(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[]): SubRow | null {
  const rows = mergedRows(grid, r, nameCol, qualifierCols, valueCols);
  if (!rows || !ownFigures(grid, rows, valueCols)) return null;
  for (const q of qualifierCols) {
    const texts = rows.map((row) => qualifierText(grid, row, q));
    if (texts.some((t) => t === null) || new Set(texts).size !== texts.length) continue;
    return { qualifier: texts[r - rows[0]!]!, cell: a1(r, q), below: r !== rows[0] };
  }
  return null;
}

/** A total's qualifier (計, 合計, 男女計, 全体, 市全体, 総数): the whole of what the other sub-rows split; 小計 is a part. */
const TOTAL = /^(?:(?:男女|全体|地区|全市|市|町|村)?計|合計|総計|総数|全体|全市|(?:市|町|村|区|県|都|府|道)全体)$/;

/**
 * The rows a name merged over `r` covers (two to ten, left of the qualifier and value columns), else null. Rows at its foot
 * holding nothing right of the name (a merge drawn past the table's last filled row) are none of them.
 */
function mergedRows(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[]): number[] | null {
  const m = qualifierCols.length ? grid.merge(r, nameCol) : null;
  if (!m || m.bottom === m.top || m.bottom - m.top > 9 || m.right >= Math.min(...qualifierCols, ...valueCols)) return null;
  let bottom = m.bottom;
  while (bottom > m.top && blankRightOf(grid, bottom, m.right)) bottom--;
  if (bottom === m.top || r > bottom) return null;
  return Array.from({ length: bottom - m.top + 1 }, (_, i) => m.top + i);
}

/** Nothing written in the row right of column `col` (a cell merged down from above counts as written). */
function blankRightOf(grid: Grid, row: number, col: number): boolean {
  for (let c = col + 1; c <= grid.right; c++) if (grid.text(row, c).trim()) return false;
  return true;
}

/** The texts of column `c` on the rows, merged cells seen from every row they cover. */
function columnTexts(grid: Grid, rows: number[], c: number): Set<string> {
  return new Set(rows.map((row) => grid.text(row, c).normalize('NFKC').replace(/\s+/g, '')));
}

/** The columns a sub-row's total is judged by: qualifiers, figures, a part's own target or grade, and the grades alone. */
interface SubRowCols {
  qualifiers: number[];
  values: number[];
  own: number[];
  grades?: number[];
}

/**
 * The last row, a total in column `q`, is the whole the rows above split: it holds a figure (not only 「－」), no row follows
 * it, no part has a target, plan or grade of its own (`ownCols`: then each part is an indicator of its own), and no other
 * qualifier column tells the rows apart (男性 20～64歳 / 女性 20～64歳 / 男女計 65歳以上: the 男女計 row is no total of those).
 * Areas beside a graded whole with a number target (`areasWhole`): the whole, first or last, stands unless an area is graded.
 */
function totalStands(grid: Grid, rows: number[], q: number, cols: SubRowCols): boolean {
  const areas = areasWhole(grid, rows, q, cols);
  const total = areas ?? rows[rows.length - 1]!;
  if (!TOTAL.test(foldedOwn(grid, total, q)) || !holdsFigure(grid, total, cols.values)) return false;
  const own = areas !== null ? cols.grades! : cols.own;
  if (rows.some((row) => row !== total && writesAny(grid, row, own, total))) return false;
  return cols.qualifiers.every((c) => c === q || columnTexts(grid, rows, c).size === 1);
}

/**
 * Areas beside their whole, first or last (北辺地区 | 山根地区 | 全市), the whole graded and given a number target: an area's
 * own target is then its share of the whole's, not an indicator's, and only a grade of its own makes each area an indicator.
 * The whole's row, or null when there is no grade column, the whole's grade is blank or its target no number (「－」: a sum
 * for information); then an area's own target makes it an indicator, as for any other part.
 */
function areasWhole(grid: Grid, rows: number[], q: number, cols: SubRowCols): number | null {
  const grades = cols.grades ?? [];
  if (!grades.length || !areasOfWhole(rows.map((row) => foldedOwn(grid, row, q)))) return null;
  const whole = TOTAL.test(foldedOwn(grid, rows[0]!, q)) ? rows[0]! : rows[rows.length - 1]!;
  const said = (c: number) => grid.text(whole, c).normalize('NFKC').replace(/\s+/g, '');
  const targets = cols.own.filter((c) => !grades.includes(c));
  if (!grades.some((c) => !DASHES.test(said(c))) || !targets.some((c) => /\d/.test(said(c)))) return null;
  return whole;
}

/**
 * The row of a total (計 / 合計 / 全体 / 市全体) among the sub-rows one name is merged over, told in a qualifier column, that
 * stands for the whole (`totalStands`): that row is the indicator's own figure (its target and grade sit there), the other
 * sub-rows (男性 / 女性, 北地区 / 南地区) its parts, no indicators. Null when the name is merged over no such rows.
 */
export function totalSubRow(
  grid: Grid,
  r: number,
  nameCol: number,
  qualifierCols: number[],
  valueCols: number[],
  ownCols: number[] = [],
  gradeCols?: number[],
): number | null {
  const rows = mergedRows(grid, r, nameCol, qualifierCols, valueCols);
  if (!rows) return null;
  for (const q of qualifierCols) {
    const folded = rows.map((row) => foldedOwn(grid, row, q));
    const totals = rows.filter((_, i) => TOTAL.test(folded[i]!));
    const parts = rows.map((row, i) => (TOTAL.test(folded[i]!) ? null : qualifierText(grid, row, q))).filter((t) => t !== null);
    if (totals.length !== 1 || parts.length !== rows.length - 1 || new Set(parts).size !== parts.length) continue;
    return totalStands(grid, rows, q, { qualifiers: qualifierCols, values: valueCols, own: ownCols, grades: gradeCols }) ? totals[0]! : null;
  }
  return null;
}

/**
 * Row `r`'s place under a name merged over sub-rows: a sub-row with its qualifier, the 計 row (the indicator's own figure),
 * 'part' for no indicator (a part beside a 計 row that stands for the whole, or a 計 / 小計 row holding no figure, only
 * 「－」, beside parts read one by one), or null (no such sub-rows). `ownCols`: the target, plan and grade columns.
 */
export function subRowOf(
  grid: Grid,
  r: number,
  nameCol: number,
  qualifierCols: number[],
  valueCols: number[],
  ownCols: number[] = [],
  gradeCols?: number[],
): SubRow | 'part' | null {
  const compared = ownBesideComparisons(grid, r, nameCol, qualifierCols, valueCols);
  if (compared) return compared;
  // 単年度 | 累計 rows of one measure: the row carrying the target is the indicator (countingBasisRows.ts).
  const targets = ownCols.filter((c) => !gradeCols?.includes(c));
  const merged = mergedRows(grid, r, nameCol, qualifierCols, valueCols);
  const basis = countingBasisRow(grid, r, nameCol, merged ?? repeatedPair(grid, r, nameCol), qualifierCols, targets);
  if (basis) return basis;
  const shared = sharedBasisTarget(grid, merged, qualifierCols, targets);
  if (shared) {
    const sub = subRowQualifier(grid, r, nameCol, qualifierCols, valueCols);
    if (sub) return { ...sub, sharedTarget: shared };
  }
  const total = totalSubRow(grid, r, nameCol, qualifierCols, valueCols, ownCols, gradeCols);
  if (total === null) {
    const sub = subRowQualifier(grid, r, nameCol, qualifierCols, valueCols);
    const sum = sub && (TOTAL.test(sub.qualifier) || SUM_WORD.test(sub.qualifier));
    if (!sub) return unsplitSubRows(grid, r, nameCol, qualifierCols, valueCols) ?? loneSubRow(grid, r, nameCol, qualifierCols, valueCols, targets);
    return sum && !holdsFigure(grid, r, [...valueCols, ...ownCols]) ? 'part' : sub;
  }
  if (total !== r) return 'part';
  const a = grid.anchor(r, nameCol);
  return { qualifier: '', cell: a1(a.row, a.col), below: a.row !== r, total: true };
}

/**
 * Under a name merged over the body's own row and rows of other bodies' figures (当該値 | 類似団体平均値, comparisonRows.ts):
 * the own row is the indicator, named as written and found at its name's cell (as a 計 row is); a comparison row keeps its
 * label in its name, a reference row left out later (referenceSections.ts). Null when the rows are no such pair.
 */
function ownBesideComparisons(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[]): SubRow | null {
  const rows = mergedRows(grid, r, nameCol, qualifierCols, valueCols);
  if (!rows) return null;
  for (const q of qualifierCols) {
    const texts = rows.map((row) => foldedOwn(grid, row, q));
    const own = ownAmongComparisons(texts);
    if (own < 0) continue;
    if (rows[own] !== r) return { qualifier: texts[r - rows[0]!]!, cell: a1(r, q), below: r !== rows[0] };
    const a = grid.anchor(r, nameCol);
    return { qualifier: '', cell: a1(a.row, a.col), below: a.row !== r, total: true };
  }
  return null;
}

/**
 * At the first of the rows a name is merged over, each with figures of its own, that a qualifier column names on one row
 * and leaves blank on another (体育館 merged down into the 計 row): they cannot be split, so the first row is read as the
 * whole indicator, said by a guess naming the name's cell and each row's qualifier cell. Null for any other row.
 */
function unsplitSubRows(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[]): SubRow | null {
  const rows = mergedRows(grid, r, nameCol, qualifierCols, valueCols);
  if (!rows || r !== rows[0] || !ownFigures(grid, rows, valueCols)) return null;
  const q = qualifierCols.find((c) => qualifierText(grid, r, c) !== null && rows.some((row) => foldedOwn(grid, row, c) === ''));
  if (q === undefined) return null;
  const a = grid.anchor(r, nameCol);
  return { qualifier: '', cell: a1(a.row, a.col), below: false, unsplit: rows.map((row) => a1(row, q)) };
}

/**
 * A name on one row of its own whose qualifier column says what the neighbouring merged names split into (軽自動車税 |
 * 現年課税分 below 個人市民税 merged over 現年課税分／滞納繰越分): the row is that sub-row, named 「name（qualifier）」 as they are.
 * Only where at least two names around it (the rows up and down to a blank name) are split in that column by that word. A
 * name split into 単年度 | 累計 whose target singles one row out is read as written (countingBasisRows.ts), so it counts for
 * none: a lone 単年度 row beside such names is its measure as written too (`targets`: the target and plan columns).
 */
function loneSubRow(grid: Grid, r: number, nameCol: number, qualifierCols: number[], valueCols: number[], targets: number[]): SubRow | null {
  const m = grid.merge(r, nameCol);
  if ((m && m.bottom > m.top) || !holdsFigure(grid, r, valueCols)) return null;
  for (const q of qualifierCols) {
    const t = qualifierText(grid, r, q);
    if (t === null || SUM_WORD.test(t) || TOTAL.test(t)) continue;
    if (sameNameOtherwise(grid, r, nameCol, q, qualifierText)) return { qualifier: t, cell: a1(r, q), below: false };
    const groups = splitGroupsAround(grid, r, nameCol, q, { qualifiers: qualifierCols, values: valueCols, targets });
    if (groups.filter((g) => g.includes(t)).length >= 2) return { qualifier: t, cell: a1(r, q), below: false };
  }
  return null;
}

/**
 * The qualifiers of the names merged over sub-rows split in column `q`, on the rows around `r` (up and down to a blank name, 30
 * at most); not those read as one indicator named as written (単年度 | 累計 with the target on one row: countingBasisRows.ts).
 */
function splitGroupsAround(grid: Grid, r: number, nameCol: number, q: number, cols: { qualifiers: number[]; values: number[]; targets: number[] }): string[][] {
  const { qualifiers: qualifierCols, values: valueCols, targets } = cols;
  const named = (row: number) => grid.text(row, nameCol).trim() !== '';
  let [top, bottom] = [r, r];
  while (top > Math.max(grid.top, r - 30) && named(top - 1)) top--;
  while (bottom < Math.min(grid.bottom, r + 30) && named(bottom + 1)) bottom++;
  const groups: string[][] = [];
  for (let row = top; row <= bottom; row++) {
    const rows = row !== r ? mergedRows(grid, row, nameCol, qualifierCols, valueCols) : null;
    if (!rows || rows[0] !== row) continue;
    const texts = rows.map((x) => qualifierText(grid, x, q));
    row = rows[rows.length - 1]!;
    if (countingBasisRow(grid, rows[0], nameCol, rows, [q], targets)) continue;
    if (texts.every((t) => t !== null) && new Set(texts).size === texts.length) groups.push(texts as string[]);
  }
  return groups;
}

/** The sub-row's indicator: its name with the qualifier; a row below the first is found at its qualifier's cell, a 計 row at its name's. */
export function qualifySubRow(ind: RawIndicator, sub: SubRow | null): RawIndicator {
  if (!sub) return ind;
  if (sub.unsplit) {
    ind.guesses = [...(ind.guesses ?? []), { reason: 'sub-rows-unsplit', cells: [sub.cell, ...sub.unsplit] }];
    return ind;
  }
  if (sub.sharedTarget) ind.guesses = [...(ind.guesses ?? []), { reason: 'target-shared-basis', cells: sub.sharedTarget }];
  if (sub.total) {
    ind.nameCell = sub.cell;
    return ind;
  }
  ind.name = `${ind.name}（${sub.qualifier}）`;
  if (sub.below) ind.nameCell = sub.cell;
  return ind;
}

/** The columns that may hold a sub-row's qualifier: right of the names, left of the figures, holding no unit, id or figure of their own. */
export function qualifierCols(columns: Column[], nameCol: number, firstValue: number): number[] {
  const out: number[] = [];
  for (let c = nameCol + 1; c < firstValue; c++) {
    const role = columns.find((x) => x.col === c)?.role;
    if (!role || role === 'category' || role === 'group') out.push(c);
  }
  return out;
}

/** The columns a part's own target, plan or grade stands in (`cols`: then each part is an indicator), and the grade columns alone. */
export function ownColumns(columns: readonly Column[]): { cols: number[]; grades: number[] } {
  return {
    cols: columns.filter((c) => c.role === 'target' || c.role === 'expected' || c.role === 'grade').map((c) => c.col),
    grades: columns.filter((c) => c.role === 'grade').map((c) => c.col),
  };
}
