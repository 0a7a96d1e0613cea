/** Sheet-level facts: title, stated evaluation period, department, 基本方針 / 基本施策, the 達成状況評価 cell. */
import { a1, parseA1 } from '../model/address';
import { mergedRatingCells } from './mergedRatingCells';
import type { Grid } from './grid';
import { compact, oneLine } from '../values/text';
import { notADepartment } from '../values/groupNames';
import { parseBracketGrade, parseGrade } from '../values/values';
import type { CellIndex, IndexedCell } from './cells';
import { valueRightOf } from './common';
import { departmentBelow } from './departmentColumn';
import { statedPeriodLine } from './metaLines';
import { evaluatedYearNote } from './evaluatedYearNote';
import { thisYearHeadingPeriod } from './evaluationSides';
import { sheetNamePeriod } from './sheetNamePeriod';
import { isHeaderRowLine } from './headerRowTitle';
import { yearColumnPeriod } from './yearColumn';
import { isRatingRowLabel, ratingLabelText, ratingRows, type RatingRow } from './ratingRows';
import { impliedPeriod, type ImpliedPeriod } from './impliedPeriod';
import { evaluationYearAfterResults } from './evaluationYearAfterResults';
import { titledStack } from './titledStack';
import { ownYearLabels, ratedNoteStatement, statedOutsideRatingNote, type RatedNote } from './otherYearRating';
import { isFormNumberLine, readTitleLine } from './titleLine';
import { headerValuesRight } from './headerValueSide';
import { cellBeside } from './spacerColumns';
import { ratingPastBlank } from './ratingPastBlank';
import { yearHeadedRating } from './ratingYearHeadings';
import { selfRatingLabels } from './selfRatingLabel';
import { sectionRatings } from './sectionRatings';
import { groupLabelsBeforeLabels, titlesAboveLabels, titlesBeforeLabels } from './sideTitles';
import type { GroupGradeCell, SheetMeta, SideGroupGrade } from './types';
import { withoutRatedPeriod } from '../values/ratedPeriodNote';

export interface SheetGroupLabel {
  row: number;
  col: number;
  kind: 'policy' | 'measure' | 'goal';
  name: string;
}

/**
 * A department label's value: the cell right of it, else the one below it (labels in a row over
 * their values); never a label, a period or a number (「担当課 | 令和5年度」 is a table's header).
 */
function departmentValue(grid: Grid, index: CellIndex, label: { row: number; col: number }): string | null {
  // Not a column of units under it (部局 over 総務部, 市民生活部 …): a table's (departmentColumn.ts).
  const candidates = [valueRightOf(grid, label.row, label.col, 10), departmentBelow(grid, index, label)];
  for (const v of candidates) {
    const at = v && index.at(v.row, v.col);
    if (v && !(at && (at.meta || at.label || at.period)) && !notADepartment(v.text)) return oneLine(v.text);
  }
  return null;
}

/** 部局 and 担当課 both given: 「産業振興部 商工観光課」; a value that holds another replaces it. */
function addDepartment(list: string[], d: string): void {
  const k = compact(d);
  if (list.some((x) => compact(x).includes(k))) return;
  const i = list.findIndex((x) => k.includes(compact(x)));
  if (i >= 0) list[i] = d;
  else list.push(d);
}

/**
 * The cell of a policy sheet's own rating, next to its 達成状況評価 label: right of it (tiled
 * headers), or under it when the blocks are stacked — the label heads a box below it, the right
 * side holds nothing of it (off the sheet, another label or a sentence), or a grade stands below.
 */
function ratingCell(grid: Grid, index: CellIndex, label: IndexedCell, scale: { grade: string; label: string }[]): { row: number; col: number } | null {
  const m = grid.merge(label.row, label.col);
  const belowRow = (m?.bottom ?? label.row) + 1;
  // The cell right of the label (past blank spacer columns) may lie just outside the used range (an empty rating cell).
  const right = cellBeside(grid, index, label);
  const below = belowRow <= grid.bottom ? grid.anchor(belowRow, label.col) : null;
  const graded = (at: { row: number; col: number } | null) =>
    !!at && !!(parseGrade(grid.raw(at.row, at.col), scale)?.grade || parseBracketGrade(grid.raw(at.row, at.col), scale));
  if (graded(right)) return right;
  if (below && graded(below)) return below;
  // 「施策の総合評価 | 　 | Ｂ」: the grade one cell further, past a blank cell beside the label (ratingPastBlank.ts).
  const further = right && ratingPastBlank(grid, right, scale);
  if (further) return further;
  if (!below) return right;
  // Past the used range, yet where the header lines' labels hold their values right of them, so does this one (headerValueSide.ts).
  if (!right && headerValuesRight(grid, index, label)) return { row: label.row, col: label.right + 1 };
  const rightText = right ? grid.text(right.row, right.col) : '';
  const rightTaken =
    !right || (rightText !== '' && (!!index.at(right.row, right.col)?.label || !!index.at(right.row, right.col)?.meta || rightText.length > 8));
  const bm = grid.merge(below.row, below.col);
  // A blank box right under the label, as wide as it or also under the blank cell right of it (達成度評価 | 　 over one merged box).
  const boxBelow = !!bm && bm.left === (m?.left ?? label.col) && bm.right >= label.right && grid.text(below.row, below.col) === '';
  return rightTaken || (boxBelow && rightText === '' && !!right && !grid.merge(label.row, right.col)) ? below : right;
}

/** The rating cell beside a 達成状況評価 label, with last year's 「（B）」 right of it or under it. */
function groupGradeAt(grid: Grid, index: CellIndex, c: IndexedCell, scale: { grade: string; label: string }[]): GroupGradeCell | null {
  // 「施策の達成状況 | 前年度評価（R4） | 今年度評価（R5）」 over the grades: the cell under this year's heading (ratingYearHeadings.ts).
  const years = yearHeadedRating(grid, c, scale);
  if (years) return years;
  const a = ratingCell(grid, index, c, scale);
  if (!a) return null;
  const raw = grid.raw(a.row, a.col);
  const bracket = parseBracketGrade(raw, scale);
  const out: GroupGradeCell = {
    labelCell: a1(c.row, c.col),
    cell: bracket ? null : a1(a.row, a.col),
    row: a.row,
    col: a.col,
    raw: bracket ? null : raw,
    previousGrade: bracket,
  };
  if (bracket) out.previousCell = a1(a.row, a.col);
  for (let k = grid.rightEdge(a.row, a.col) + 1, n = 0; !bracket && k <= grid.right && n < 6; k = grid.rightEdge(a.row, k) + 1, n++) {
    const g = parseBracketGrade(grid.raw(a.row, k), scale);
    if (g) {
      out.previousGrade = g;
      out.previousCell = a1(a.row, k);
      break;
    }
  }
  // Last year's "（B）" may also stand right under the rating cell.
  const below = (grid.merge(a.row, a.col)?.bottom ?? a.row) + 1;
  if (!bracket && !out.previousGrade && below <= grid.bottom) {
    const g = parseBracketGrade(grid.value(below, a.col), scale);
    if (g) {
      out.previousGrade = g;
      out.previousCell = a1(grid.anchor(below, a.col).row, grid.anchor(below, a.col).col);
    }
  }
  return out;
}

/** A sheet name or title that says the sheet is about one policy or measure: 基本施策1-1, 施策評価表, 政策評価シート. */
const POLICY_SHEET = /(施策|政策|基本目標)/;

const RATING_WORD = /^(達成状況|評価|総合評価|達成度|評価結果|(?:施策|政策|事業|基本目標)の(?:評価|達成度|総合評価|達成状況))$/;

/** A rating label, a bare grade word or a 達成状況評価 label, its note of the rated year aside. */
const isRatingWord = (c: IndexedCell) => c.meta === 'groupGrade' || RATING_WORD.test(withoutRatedPeriod(ratingLabelText(c.text)));

/**
 * A sheet's own rating labelled by a bare grade word (「達成状況」「評価」) rather than 達成状況評価:
 * only in the sheet's header area, above the first row of indicator headings (a 評価 column of a
 * table is not the sheet's rating), only beside an empty cell or a grade, and only on a sheet that
 * names its policy or measure (基本施策 | …). Every such label of the first row holding one (two
 * policies side by side each have theirs). A note of the year rated closing the word (「達成状況（対象：R5）」) is the word's too.
 */
function headerRatingLabels(
  grid: Grid,
  index: CellIndex,
  scale: { grade: string; label: string }[],
  from = grid.top,
  to = grid.bottom,
  own = (l: IndexedCell[]) => l,
): IndexedCell[] {
  const rows = [...index.rows.entries()].filter(([r]) => r >= from && r <= to).sort((a, b) => a[0] - b[0]);
  const headings = (cells: IndexedCell[]) =>
    cells.filter((c) => c.period || (c.label && ['name', 'id', 'actual', 'target', 'expected', 'baseline', 'unit'].includes(c.label.role))).length >= 2;
  for (const [, cells] of rows) {
    if (headings(cells)) return [];
    const found = cells.filter((c) => {
      if (!RATING_WORD.test(withoutRatedPeriod(ratingLabelText(c.text)))) return false;
      const right = c.right + 1;
      if (right > grid.right + 1) return false;
      const text = right <= grid.right ? grid.text(c.row, right) : '';
      return text === '' || !!parseGrade(grid.raw(c.row, right), scale)?.grade;
    });
    // A row whose labels all rate another year (「達成状況（対象：R4）| B」 above this year's row): scanning goes on (review rv80 item 10).
    if (own(found).length) return own(found);
  }
  return [];
}

/**
 * The line right above a side's rating label (within three rows, in the side's columns): 「施策3-1　防災体制の強化」
 * or 「施策3-1 | 防災体制の強化」 names it. Not a line of labels or periods, nor of more than three texts.
 */
function titleAbove(grid: Grid, index: CellIndex, label: IndexedCell, left: number, right: number): string | undefined {
  for (let r = label.row - 1; r >= label.row - 3 && r >= grid.top; r--) {
    const cells = index.row(r).filter((c) => c.text && c.col >= left && c.col <= right);
    if (cells.length > 3 || cells.some((c) => c.label || c.period || c.meta)) return undefined;
    if (cells.length) return cells.map((c) => oneLine(c.text)).join(' ');
  }
  return undefined;
}

/**
 * Policies side by side: two or more rating labels on one row, each with a policy or measure named
 * in its own columns above it, or, with no 施策 label, the same rating label repeated with one line
 * above each in its columns (「施策3-1　防災体制の強化」: that line names it). Each owns the columns from
 * its label to the next label's.
 */
function sideBySide(
  grid: Grid,
  index: CellIndex,
  labels: IndexedCell[],
  groups: SheetGroupLabel[],
  scale: { grade: string; label: string }[],
): SideGroupGrade[] {
  const row = labels.length ? labels[0].row : 0;
  const line = labels.filter((l) => l.row === row).sort((a, b) => a.col - b.col);
  if (line.length < 2) return [];
  const out: SideGroupGrade[] = [];
  const repeated = new Set(line.map((l) => ratingLabelText(l.text))).size === 1;
  // A title or a 施策 | name pair before the label on its line, or a title on a line above at one distance from each label (sideTitles.ts): the side starts there.
  const before = titlesBeforeLabels(grid, index, line);
  const above = titlesAboveLabels(grid, index, line);
  const headed = groupLabelsBeforeLabels(grid, line, groups);
  const start = (i: number) => (i === 0 ? grid.left : (before.get(line[i])?.col ?? headed.get(line[i]) ?? above.get(line[i])?.col ?? line[i].col));
  for (const [i, l] of line.entries()) {
    const [left, right] = [start(i), i === line.length - 1 ? grid.right : start(i + 1) - 1];
    const group = groups.filter((g) => g.row <= row && g.col >= left && g.col <= right).sort((a, b) => b.row - a.row)[0];
    const title = group || !repeated ? undefined : (before.get(l)?.text ?? titleAbove(grid, index, l, left, right));
    const named = group ?? (title ? { name: title, kind: undefined } : undefined);
    const at = groupGradeAt(grid, index, l, scale);
    if (!named || !at) return [];
    // Last year's 「（B）」 found right of the rating belongs to this side only when it stands in its columns.
    const prevCol = at.previousCell ? (parseA1(at.previousCell)?.col ?? 0) : 0;
    if (prevCol > right) {
      at.previousGrade = null;
      delete at.previousCell;
    }
    out.push({ ...at, left, right, name: named.name, ...(named.kind ? { kind: named.kind } : {}) });
  }
  return out;
}

/**
 * Policies stacked down one sheet: two or more 施策 | … labels of one kind, each heading a section
 * down to the next, each section with a rating of its own (a 達成状況評価 label in it, or a rating
 * word above the section's first row of indicator headings). Each owns its section's rows.
 */
function stacked(
  grid: Grid,
  index: CellIndex,
  ratingLabels: IndexedCell[],
  groups: SheetGroupLabel[],
  scale: { grade: string; label: string }[],
): SideGroupGrade[] {
  const kind = (['measure', 'policy', 'goal'] as const).find((k) => groups.filter((g) => g.kind === k).length >= 2);
  const heads = groups.filter((g) => g.kind === kind).sort((a, b) => a.row - b.row);
  if (!kind || new Set(heads.map((g) => g.row)).size !== heads.length) return [];
  const out: SideGroupGrade[] = [];
  for (const [i, g] of heads.entries()) {
    const [top, bottom] = [g.row, i === heads.length - 1 ? grid.bottom : heads[i + 1].row - 1];
    const inSection = ratingLabels.filter((l) => l.row >= top && l.row <= bottom);
    const label = (inSection.length ? inSection : headerRatingLabels(grid, index, scale, top, bottom))[0];
    const at = label && groupGradeAt(grid, index, label, scale);
    if (!at) return [];
    out.push({ ...at, left: grid.left, right: grid.right, top, bottom, name: g.name, kind: g.kind });
  }
  return out;
}

/** The rating cell of a rating row: the grade written in it (anywhere right of the label), else the cell beside the label. */
function rowRatingCell(grid: Grid, index: CellIndex, r: RatingRow, scale: { grade: string; label: string }[]): GroupGradeCell | null {
  const at = r.grade ? null : groupGradeAt(grid, index, r.label, scale);
  if (!r.grade) return at;
  // 「（B）」, or 「B」 after a 前年度 label (ratingRows.ts).
  const previousRaw = r.previous ? grid.raw(r.previous.row, r.previous.col) : null;
  const previous = r.previous ? (parseBracketGrade(previousRaw, scale) ?? parseGrade(previousRaw, scale)?.grade ?? null) : null;
  return {
    labelCell: a1(r.label.row, r.label.col),
    cell: a1(r.grade.row, r.grade.col),
    row: r.grade.row,
    col: r.grade.col,
    raw: grid.raw(r.grade.row, r.grade.col),
    previousGrade: previous,
    ...(previous && r.previous ? { previousCell: a1(r.previous.row, r.previous.col) } : {}),
  };
}

/**
 * Tables rated each by a rating row under or over it (「基本目標の評価 | B」, ratingRows.ts): one such
 * row rates the sheet's indicators; two or more stacked down the sheet each rate their own table's rows.
 * A sheet rating already found in the header area (`found`) gives way only to two or more such rows,
 * its own label among them, each under a heading (policies stacked or side by side, each named over its
 * table with the same rating label).
 */
function tablesRatedBelow(
  grid: Grid,
  index: CellIndex,
  labels: IndexedCell[],
  meta: SheetMeta,
  scale: { grade: string; label: string }[],
  found?: GroupGradeCell,
): void {
  const rows = ratingRows(grid, index, labels);
  if (found && (rows.length < 2 || rows.some((r) => !r.heading) || !rows.some((r) => a1(r.label.row, r.label.col) === found.labelCell))) return;
  const sides: SideGroupGrade[] = [];
  for (const r of rows) {
    const at = rowRatingCell(grid, index, r, scale);
    if (!at) return;
    sides.push({ ...at, left: r.left ?? grid.left, right: r.right ?? grid.right, top: r.top, bottom: r.bottom, ...(r.heading ? { name: r.heading } : {}) });
  }
  if (sides.length === 1) meta.groupGrade = sides[0];
  else if (sides.length > 1) [meta.groupGrade, meta.groupGrades] = [sides[0], sides];
}

/** Whether a row holds a figure (a number cell): a row of a table, whose notes speak of the row. */
function figureRow(grid: Grid, row: number): boolean {
  for (let col = grid.left; col <= grid.right; col++) if (typeof grid.value(row, col) === 'number') return true;
  return false;
}

/** The sheet's stated and title periods once its lines are read: the fallbacks in order, each with its reason. */
function settlePeriods(grid: Grid, index: CellIndex, meta: SheetMeta, implied: ImpliedPeriod, rated: RatedNote): void {
  if (!meta.statedPeriod) meta.statedPeriod = ratedNoteStatement(meta, rated) ?? implied.found;
  // 評価年度 | 令和７年度 under 「（令和６年度実施事業）」: the evaluation held the year after the work (evaluationYearAfterResults.ts).
  else meta.statedPeriod = evaluationYearAfterResults(meta.statedPeriod, implied.found, meta.title);
  // A title naming the year of its 実績 (「令和６年度 施策評価（令和５年度実績）」): that year is the title's, not the document's.
  if (implied.found && meta.title && implied.found.text === meta.title) meta.titlePeriod = implied.found.period;
  // A table's year column holding one year on every row (対象年度 2023): the year of its figures (yearColumn.ts).
  if (!meta.statedPeriod) {
    const column = yearColumnPeriod(grid, index);
    if (column) meta.statedPeriod = column;
  }
  // A sheet whose lines name no year may be named by it: 「令和５年度評価」「R5_…」 (sheetNamePeriod.ts).
  if (!meta.titlePeriod && !meta.statedPeriod) meta.titlePeriod = sheetNamePeriod(grid.name) ?? undefined;
}

export function readSheetMeta(grid: Grid, index: CellIndex, scale: { grade: string; label: string }[]): { meta: SheetMeta; groups: SheetGroupLabel[] } {
  const meta: SheetMeta = { sheet: grid.name };
  const groups: SheetGroupLabel[] = [];
  const departments: string[] = [];
  const labelled: IndexedCell[] = [];
  const rowLabels: IndexedCell[] = [];
  const [implied, rated]: [ImpliedPeriod, RatedNote] = [{ done: false }, {}];
  let titleRows = 0;
  for (const [row, cells] of [...index.rows.entries()].sort((a, b) => a[0] - b[0])) {
    // A form's number line above the title (「様式第５号（第１２条関係）」) is no title line.
    if (titleRows < 2 && isHeaderRowLine(cells)) titleRows = 2; // a table's header row ends the title lines (headerRowTitle.ts)
    if (titleRows < 2 && !isFormNumberLine(cells)) {
      titleRows++;
      readTitleLine(cells, meta);
    }
    const stated = meta.statedPeriod ? null : statedPeriodLine(grid, index, row);
    if (stated) meta.statedPeriod = stated;
    if (!implied.done) impliedPeriod(grid, cells, implied);
    for (const c of cells) {
      // 「今年度評価（令和５年度）」 beside last year's: its year (evaluationSides.ts); a rating label's 「（対象：R4）」 held back (otherYearRating.ts).
      if (!meta.statedPeriod)
        meta.statedPeriod = statedOutsideRatingNote(c, rated, isRatingWord) ?? thisYearHeadingPeriod(c) ?? evaluatedYearNote(c, figureRow(grid, row));
      if (!c.meta) {
        // The sheet's title (「第2期総合戦略の評価」) is no rating row.
        if (isRatingRowLabel(c.text) && oneLine(c.text) !== meta.title) rowLabels.push(c);
        continue;
      }
      if (c.meta === 'groupGrade') {
        labelled.push(c);
        continue;
      }
      if (c.meta === 'department') {
        const d = departmentValue(grid, index, c);
        if (d) addDepartment(departments, d);
        continue;
      }
      const v = valueRightOf(grid, row, c.col, 10);
      if (!v || index.at(v.row, v.col)?.meta) continue;
      groups.push({ row, col: c.col, kind: c.meta, name: v.text });
      if (c.meta === 'policy') meta.policy ??= v.text;
      if (c.meta === 'measure') meta.measure ??= v.text;
      if (c.meta === 'goal') meta.goal ??= v.text;
    }
  }
  settlePeriods(grid, index, meta, implied, rated);
  if (departments.length) meta.department = departments.slice(0, 2).join(' ');
  // Only a sheet about a policy or measure (基本施策 … stated, or named so in its sheet name or title) has a rating of its own.
  const aboutPolicy = groups.length > 0 || POLICY_SHEET.test(grid.name) || POLICY_SHEET.test(meta.title ?? '');
  // A rating label that names its kind (施策の評価) says by itself the sheet is about a policy.
  // A label noting another year than the sheet's (「施策評価（対象年度：令和５年度）」) is that year's rating (otherYearRating.ts).
  const ratingLabels = ownYearLabels(labelled, meta);
  const headerLabels = ratingLabels.length ? [] : headerRatingLabels(grid, index, scale, grid.top, grid.bottom, (l) => ownYearLabels(l, meta));
  const titlesBefore = titlesBeforeLabels(grid, index, headerLabels);
  const namesPolicy = (l: IndexedCell) => POLICY_SHEET.test(l.text) || POLICY_SHEET.test(titlesBefore.get(l)?.text ?? '');
  const found = ratingLabels.length ? ratingLabels : aboutPolicy ? headerLabels : headerLabels.filter(namesPolicy);
  // 「区の自己評価 | 　 | （前年度：A）」: the empty cell beside the label is the sheet's rating (selfRatingLabel.ts).
  const labels = found.length ? found : selfRatingLabels(grid, index, scale);
  for (const l of labels) meta.groupGrade ??= groupGradeAt(grid, index, l, scale) ?? undefined;
  const side = sideBySide(grid, index, labels, groups, scale);
  const sections = side.length ? [] : sectionRatings(grid, index, ratingLabels, scale);
  const stack = side.length || sections.length ? [] : stacked(grid, index, ratingLabels, groups, scale);
  // Stacked title lines each with a rating-row label (「施策の評価」) stand for their policies as well as with a 施策評価 label.
  const titleLabels = ratingLabels.length ? ratingLabels : rowLabels;
  const titled = side.length || sections.length || stack.length ? [] : titledStack(grid, index, titleLabels, (l) => groupGradeAt(grid, index, l, scale));
  const sides = side.length ? side : sections.length ? sections : stack.length ? stack : titled;
  // A rating column merged down each policy's rows (施策評価 over several policies in one table): each cell rates the rows it spans.
  const merged = sides.length || !meta.groupGrade ? [] : mergedRatingCells(grid, meta.groupGrade);
  if (sides.length || merged.length) [meta.groupGrade, meta.groupGrades] = sides.length ? [sides[0], sides] : [merged[0], merged];
  else if (rowLabels.length && (!meta.groupGrade || !ratingLabels.length)) tablesRatedBelow(grid, index, rowLabels, meta, scale, meta.groupGrade);
  return { meta, groups };
}
