/**
 * A period heading spanning sub-columns that split the period into parts and their whole: 「令和5年度」 merged over
 * 上半期 | 下半期 | 年間, 「2023年度」 over 第1四半期 … 第4四半期 | 通期, 「R5」 over 9月末 | 3月末. The period's figure is
 * its whole's column, never its first part: a 上半期 is half a year's count (or mean), not the year's. A year whose part is
 * filled while its whole is still blank (the next year's 上半期 already in) has no figure of the year yet, so it is not
 * the latest year with actuals either. An undated 実績 over 第1〜第4四半期 | 年度計・平均 (the sheet's year stated in its
 * title) splits the same way: its whole's column is the figure. A bare 平均 is the whole only over levels or means (日, ％,
 * 平均処理日数), never over counts.
 */
import { parseA1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { compact } from '../values/text';
import type { Column } from './column';
import type { Grid } from './grid';
import { wholeUnder } from './wholeUnder';

/**
 * The whole period, optionally followed by 実績 / 値: 年間, 通期, 通年, 年度計, 年間合計, 年度累計, 3月末, 年度末, and the year's
 * mean beside or instead of its total (年度平均, 年度計・平均: a mean of days is no sum of its quarters). A bare 累計
 * is not among them: under a year it may count from the plan's start (計画期間の累計), not the year's figure.
 */
const WHOLE =
  /^(年間|通期|通年|年度|年度全体|年度計|年間計|年度合計|年間合計|年度累計|年間累計|計|合計|3月末(時点)?|年度末(時点)?|(?:(?:年度|年間)計[・/／])?(?:年度|年間)?平均)(の?実績値?|値)?$/;

/**
 * A sub-heading saying its figures are no actual result (「年間（見込み）」, 速報, 予定, 推計, 目標, 計画): never the year's
 * actual whole. Under such a heading the split is not read (the heading's own column stays the period's, its choice said).
 */
const NOT_ACTUAL = /(見込|見通し|速報|暫定|予定|推計|目標|計画)/;

/** A month-end before the year's end (4月末 … 2月末, 9月末時点): a part of the year, as 上半期 is. */
const MONTH_END_PART = /^(1[0-2]|[124-9])月末(時点)?(の?実績値?|値)?$/;

/** A run of months, a quarter or so of the year's flow: 4〜6月, 4月～6月, 10-12月. */
const MONTH_RUN = /^(1[0-2]|[1-9])月?[〜~～\-－ー―](1[0-2]|[1-9])月(分|の?実績値?)?$/;

function subHeading(text: string): 'part' | 'whole' | null {
  if (NOT_ACTUAL.test(compact(text))) return null;
  const t = compact(text).replace(/[(（][^()（）]*[)）]/g, '');
  if (!t) return null;
  if (WHOLE.test(t)) return 'whole';
  if (MONTH_END_PART.test(t) || flowPart(t)) return 'part';
  return null;
}

/** A part of the year's flow (上半期, 第2四半期, 4〜6月, 10月): its figures add up to the year's, as month-ends do not. */
function flowPart(t: string): boolean {
  return MONTH_RUN.test(t) || classifyLabel(t)?.role === 'part';
}

/**
 * The column of the whole period under a period heading at (row, col) that spans columns `col`…`right`, read from the
 * row under the heading: every sub-heading there a part or the whole, one whole and at least one part. Null otherwise
 * (the heading's own column then stays the period's).
 */
export const wholeColumnUnder = (grid: Grid, row: number, col: number, right: number): number | null =>
  wholeUnder(grid, row, col, right, { kind: subHeading, minParts: 1, skipBlank: true });

/** A whole that is the period's mean alone (平均, 年度平均), no total beside it (年度計・平均). */
const MEAN_ONLY = /^(年度|年間)?平均(の?実績値?|値)?$/;
/** A unit a mean of the parts is the period's figure of: days, a share, a rate, hours (per case). */
const LEVEL_UNIT = /^(日|日間|%|％|率|割|時間|分|秒|ポイント|pt)$/;
/** A name saying its figure is a mean (平均処理日数, 四半期あたり). */
const MEAN_NAME = /平均|あたり|当たり/;

/**
 * Whether every row of the table from `top` down is a level or a mean (its unit 日 / ％ / 時間, or 平均 in its name): only then is
 * a bare 平均 the period's figure; a count's mean (10.5 件 a quarter against a year's target of 40) is not (review rv49).
 */
function levelRows(grid: Grid, columns: Column[], top: number): boolean {
  const name = columns.find((c) => c.role === 'name');
  const unit = columns.find((c) => c.role === 'unit');
  if (!name) return false;
  let seen = 0;
  for (let r = top; r <= grid.bottom && seen < 40; r++) {
    const n = grid.text(r, name.col);
    if (!n) continue;
    seen++;
    const u = unit ? compact(grid.text(r, unit.col)) : '';
    if (!MEAN_NAME.test(n) && !LEVEL_UNIT.test(u)) return false;
  }
  return seen > 0;
}

/**
 * In a table header: the columns under a period heading spanning its parts and its whole keep the period, and all but the
 * whole's become parts (detect/parts.ts), so the year's actual is read from the whole's column alone (in place in `columns`).
 */
export function partsBesideWhole(grid: Grid, columns: Column[]): void {
  for (const c of columns) {
    if (c.role !== 'actual') continue;
    for (const cell of c.cells) {
      const at = parseA1(cell);
      const right = at ? grid.rightEdge(at.row, at.col) : -1;
      if (!at || c.col < at.col || c.col > right) continue;
      const whole = wholeColumnUnder(grid, at.row, at.col, right);
      // 実績 over 上半期 | 下半期 alone, or beside a bare 平均 of counts: no column is the year's; the parts are summed, a guess (parts.ts).
      const mean = whole !== null && MEAN_ONLY.test(compact(grid.text(at.row + 1, whole))) && !levelRows(grid, columns, at.row + 2);
      if (mean || (whole === null && flowPartsOnly(grid, at.row, at.col, right))) c.role = c.col === whole ? 'derived' : 'part';
      else if (whole !== null && whole !== c.col) c.role = 'part';
    }
  }
}

/** Every sub-heading under the heading at (row, col) spanning to `right` a part of the year's flow, two at least, each in a cell of its own. */
function flowPartsOnly(grid: Grid, row: number, col: number, right: number): boolean {
  if (right <= col) return false;
  const below = (grid.merge(row, col)?.bottom ?? row) + 1;
  for (let c = col; c <= right; c++) {
    const a = grid.anchor(below, c);
    const t = compact(grid.text(below, c)).replace(/[(（][^()（）]*[)）]/g, '');
    if (a.row !== below || a.col !== c || NOT_ACTUAL.test(t) || !flowPart(t)) return false;
  }
  return true;
}

/** Whether one of a column's headings is a part of the year or its whole (the outer 上半期 / 年度計 over 目標 | 実績). */
function outerKind(grid: Grid, c: Column): 'part' | 'whole' | null {
  for (const cell of c.cells) {
    const at = parseA1(cell);
    const kind = at ? subHeading(grid.text(at.row, at.col)) : null;
    if (kind) return kind;
  }
  return null;
}

/**
 * In a table header: the year's parts and its whole as outer headings side by side, each over the same measures (上半期 |
 * 下半期 | 年度計, each over 目標 | 実績, or 計画 | 実施): the whole's 目標 (計画) and 実績 are the year's, the parts' actuals only
 * parts and their targets or plans no target of the year (in place in `columns`). Only when a measure stands under both a
 * part and the whole.
 */
export function measuresUnderParts(grid: Grid, columns: Column[]): void {
  for (const role of ['actual', 'target', 'expected'] as const) {
    const own = columns.filter((c) => c.role === role);
    const kinds = own.map((c) => outerKind(grid, c));
    if (!kinds.includes('whole') || !kinds.includes('part')) continue;
    own.forEach((c, i) => {
      if (kinds[i] === 'part') c.role = role === 'actual' ? 'part' : 'derived';
    });
  }
}
