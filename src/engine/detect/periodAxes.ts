/**
 * Layouts whose figures run along a row of period headers:
 *  - policy blocks (family A): 指標① name / 単位 R1 R2（現状値）… R7 / 実績値 row / 期待値 row / 備考,
 *    tiled across and down the sheet;
 *  - period matrices (family C): KPI | 区分 | 平成29年3月末 … with 目標値 / 実績値 rows per KPI.
 * A period run is one or more period cells side by side in one row, in increasing order; the
 * rows below it that carry a series label (実績値, 期待値, 目標値 …) left of the run are its series.
 */
import type { Grid } from './grid';
import { SERIES_ROLES, type Role } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import { plausibleAxis, type CellIndex, type IndexedCell } from './cells';
import { settledYear } from './settledYears';
import { valueRightOf } from './common';
import { readGroup, UNNAMED, type BlockContext, type Run, type Segment, type SeriesGroup, type SeriesRow } from './periodBlock';
import type { RawIndicator } from './types';
import { isNotAName } from './names';
import { isBareWayHeading, wayUnderHeading } from './wayHeading';
import { wayInLabelCell } from './wayInLabelCell';
import { unitLine } from '../values/unitLine';
import { namesBesideSeries } from './seriesNames';
import { measurePair } from './measurePairs';
import { runHeaderCells } from './mergedRunHeadings';
import { isReferenceLabel } from './referenceLabel';
import { isLabelledFigure, isPeriodLabelValue } from './labelledFigure';
import { isUnitLineValue } from './unitLineValue';
import { finestNameColumn } from './finestNameColumn';
import { wholeColumnUnder } from './periodWholeColumn';
import { isRevisionPair } from './revisedTargets';
import { isCumulativeTwinLine } from './cumulativeTwins';
import { joinNamesWrittenOn } from './namesWrittenOn';
import { joinUnitRows } from './unitNameRows';
import { isReferenceCaption } from './referenceTables';
import { parseA1 } from '../model/address';
import { undatedSeriesRuns } from './undatedSeriesColumn';
import { monthsTotalRuns } from './monthsTotalColumn';
import { outlineItemNames } from './outlineItemNames';
import { countingBasisSeries } from './countingBasisSeries';
import { headsMeasureColumns, headsMeasureSubColumns, ownNamedRowsAmong } from './measureHeadedRuns';

/**
 * Whether a period cell goes on a run: right beside it and one step further in the run's order. A run goes up in time
 * (R3 | R4 | R5) or, as some offices write it, newest first (R7（目標） | R6 | R5 | …): its first two cells set which, and
 * every column is still read by the year its own heading names.
 */
function continuesRun(run: Run, col: number, period: Run['cells'][number]['period']): boolean {
  if (col !== run.end + 1) return false;
  const step = periodOrder(period) - periodOrder(run.cells[run.cells.length - 1].period);
  const way = run.cells.length < 2 ? 0 : periodOrder(run.cells[1].period) - periodOrder(run.cells[0].period);
  return way > 0 ? step > 0 : way < 0 ? step < 0 : step !== 0;
}

/** Period runs of one row. */
function runsOf(index: CellIndex, row: number): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (const cell of index.row(row)) {
    const period = cell.period ?? settledRunCell(cell.text);
    if (period && cur && continuesRun(cur, cell.col, period.period)) {
      cur.cells.push({ col: cell.col, period: period.period, baseline: period.baseline });
      cur.end = cell.right;
      continue;
    }
    if (cur) runs.push(cur);
    cur = period ? { row, cells: [{ col: cell.col, period: period.period, baseline: period.baseline }], start: cell.col, end: cell.right } : null;
  }
  if (cur) runs.push(cur);
  // A lone 「目標値（令和５年度）」 with its figure beside it is a form's line, no axis (labelledFigure.ts).
  // A lone 「令和５年度」 right of 「評価対象年度」 is the sheet's statement of its period, no axis either.
  const lone = (run: Run) =>
    run.cells.length === 1 && (isLabelledFigure(index.grid, row, run.start, run.end) || isPeriodLabelValue(index.grid, row, run.start));
  return runs
    .filter((run) => withPlainYears(index, row, run) && plausibleAxis(run.cells.map((c) => ({ text: index.at(row, c.col)!.text, period: c }))) && !lone(run))
    .map((run) => withWholeColumns(index.grid, run));
}

/** A 「R5決算」 heading as a period cell of a run (settledYears.ts); whether it stays one is `withPlainYears`'s to say. */
function settledRunCell(text: string): { period: Period; baseline: boolean } | null {
  const period = settledYear(text);
  return period ? { period, baseline: false } : null;
}

/**
 * Settled years written on into plain plan years (R3決算 | R4決算 | R5決算 | R6 | R7（最終）, over 目標値 / 実績値 rows) are one row
 * of years: each 決算 column is that year's. A run of settled years alone (令和4年度決算 | 令和5年度決算) is a table's heading row,
 * read by tables.ts (settledYears.ts), no period axis.
 */
function withPlainYears(index: CellIndex, row: number, run: Run): boolean {
  return run.cells.some((c) => index.at(row, c.col)?.period);
}

/** A period heading over 上半期 | 下半期 | 年間 sub-columns: its figures are in the whole's column (periodWholeColumn.ts). */
function withWholeColumns(grid: Grid, run: Run): Run {
  const cells = run.cells.map((c) => ({ ...c, col: wholeColumnUnder(grid, run.row, c.col, grid.rightEdge(run.row, c.col)) ?? c.col }));
  return cells.some((c, i) => c.col !== run.cells[i].col) ? { ...run, cells } : run;
}

/** Labels of a block's text lines: the cells right of them are their text, never a series label. */
const LINE_ROLES: ReadonlySet<Role> = new Set<Role>(['description', 'note']);

function seriesLabelIn(index: CellIndex, row: number, left: number, right: number, periodRow: number): SeriesRow | null {
  let best: SeriesRow | null = null;
  for (const cell of index.row(row)) {
    // A text merged on across the period columns (a 指標の説明 line) is a line of its own, never a series label.
    if (cell.col < left || cell.col > right || cell.right > right) continue;
    // What follows a 説明 / 備考 label on its row is that line's text, even when it reads like a measure (「寄附額（年度計）」).
    if (!best && cell.label && LINE_ROLES.has(cell.label.role)) return null;
    // A （参考）実績 line shows a figure to compare with (referenceLabel.ts): no series of the block, never its actual.
    if (cell.label && SERIES_ROLES.has(cell.label.role) && isReferenceLabel(cell.text)) return null;
    if (cell.label && SERIES_ROLES.has(cell.label.role)) best = { row, role: cell.label.role, labelCol: cell.col };
    // A line naming two measures (「実績／目標」) whose cells hold both: measurePairs.ts.
    const pair = !cell.label && cell.text ? measurePair(cell.text) : null;
    if (pair) best = { row, role: pair.roles[0], labelCol: cell.col, pair };
  }
  if (best) return best;
  // A label merged down from the row above ("実績値" over two rows) is seen through the merge.
  for (let c = right; c >= left; c--) {
    const a = index.grid.anchor(row, c);
    // A heading merged down from the period row (「数値目標」 over two header rows) heads a column, not a row.
    if (a.row === row || a.row <= periodRow) continue;
    const cell = index.at(row, c);
    if (cell?.label && SERIES_ROLES.has(cell.label.role)) return { row, role: cell.label.role, labelCol: c };
  }
  return null;
}

export interface AxisResult {
  indicators: RawIndicator[];
  consumedRows: Set<number>;
}

/** `sheetPeriod`: the year the sheet's title or stated period gives, dating a 区分 table's one undated column (undatedSeriesColumn.ts). */
export function detectPeriodAxes(grid: Grid, index: CellIndex, sheetPeriod?: Period): AxisResult {
  const indicators: RawIndicator[] = [];
  const consumedRows = new Set<number>();
  const axisRows = new Set<number>();
  const runsByRow = new Map<number, Run[]>();
  for (const r of index.rows.keys()) {
    // 「R5目標 | R5実績」 on the row: a table's header naming its columns' measures, no axis (measureHeadedRuns.ts).
    const runs = runsOf(index, r);
    if (runs.length && !headsMeasureColumns(index, r)) {
      runsByRow.set(r, runs);
      axisRows.add(r);
    }
  }
  // 区分 | 4月 … 3月 | 年間計 over 計画 / 実績 lines: the months' total is the year's column (monthsTotalColumn.ts).
  for (const run of [...undatedSeriesRuns(index, sheetPeriod), ...monthsTotalRuns(index, sheetPeriod)]) {
    if (runsByRow.has(run.row)) continue;
    runsByRow.set(run.row, [run]);
    axisRows.add(run.row);
  }
  for (const [row, runs] of runsByRow) {
    runs.forEach((run, i) => {
      const seg: Segment = {
        run,
        left: segmentLeft(grid, index, runs, i),
        right: i === runs.length - 1 ? grid.right : runColumnsEnd(index, runs, i),
      };
      const found = detectSegment(grid, index, seg, axisRows);
      if (found.length) {
        consumedRows.add(row);
        for (const ind of found) {
          indicators.push(ind);
          for (const p of [...ind.actuals, ...ind.targets]) consumedRows.add(p.row);
        }
      }
    });
  }
  return { indicators, consumedRows };
}

/**
 * Where a run's segment starts: right of the run before it, unless that run is a baseline heading alone (「基準値（2019年度）」
 * beside the table's years): a column of the same table, no axis of its own, so the table's name heading left of it stays
 * the run's (the names beside its 目標値 / 実績値 rows).
 */
function segmentLeft(grid: Grid, index: CellIndex, runs: Run[], i: number): number {
  for (let j = i - 1; j >= 0; j--) if (!runs[j].cells.every((c) => c.baseline)) return runColumnsEnd(index, runs, j) + 1;
  return grid.left;
}

/**
 * The last column of a run's table on its period row: the measure headings written on right of the run with no gap
 * (最終目標（R7）, 目標年度, 備考) are columns of its block, up to a blank, a 区分 / name heading or the next run. So a
 * block's title and 方向 lines reaching over those columns (単位：件 above 最終目標) are its own, never the next block's.
 */
function runColumnsEnd(index: CellIndex, runs: Run[], i: number): number {
  const { row, end } = runs[i];
  const limit = i + 1 < runs.length ? runs[i + 1].start - 1 : end;
  let last = end;
  for (let col = end + 1; col <= limit; col++) {
    const c = index.at(row, col);
    if (!c?.text || c.period || !c.label || c.label.role === 'category' || c.label.role === 'name') break;
    last = c.right;
  }
  return last;
}

/** The series rows under a run: rows without a label (達成率, 備考) may stand between; two blank rows, or three without a label, end the block. */
function seriesUnder(grid: Grid, index: CellIndex, seg: Segment, axisRows: Set<number>): SeriesRow[] {
  const { run } = seg;
  const series: SeriesRow[] = [];
  let misses = 0;
  let blanks = 0;
  for (let r = run.row + 1; r <= grid.bottom && r <= run.row + 200; r++) {
    if (axisRows.has(r) && r !== run.row) break;
    const s = seriesLabelIn(index, r, seg.left, run.start - 1, run.row);
    if (s) {
      series.push(s);
      misses = 0;
      blanks = 0;
      continue;
    }
    const blank = !index.row(r).some((c) => c.col >= seg.left && c.col <= seg.right);
    blanks = blank ? blanks + 1 : 0;
    if (++misses >= 3 || blanks >= 2) break;
  }
  return series;
}

/** Series rows grouped into indicators: by the name column's cells, else a new group whenever a role repeats. */
function groupSeries(grid: Grid, series: SeriesRow[], nameCol: number | undefined): SeriesGroup[] {
  const groups: SeriesGroup[] = [];
  let lastKey = '';
  let lastAnchor = '';
  for (const s of series) {
    const last = groups[groups.length - 1];
    // A revised line under its original one (期待値（当初） over 期待値（修正）) is the same indicator's (revisedTargets.ts).
    const labelOf = (x: SeriesRow) => grid.text(x.row, x.labelCol);
    // A hidden line (an old plan's 期待値 kept out of sight) is read across: it neither repeats a role nor is repeated.
    const shown = (x: SeriesRow) => !grid.rowHidden(x.row);
    // So is a 累計 line under the plain one of its measure (実績値（単年度） over 実績値（累計）: cumulativeTwins.ts).
    const twin = (x: SeriesRow) => isRevisionPair(labelOf(x), labelOf(s)) || isCumulativeTwinLine(labelOf(x), labelOf(s));
    const repeatRole = !!last && shown(s) && last.series.some((x) => x.role === s.role && shown(x) && !twin(x));
    if (nameCol === undefined) {
      if (!last || repeatRole) groups.push({ series: [] });
    } else {
      const a = grid.anchor(s.row, nameCol);
      const text = grid.text(s.row, nameCol).replace(/\s+/g, '');
      // The same name written again on the next series row (not merged) is the same indicator.
      const key = text || lastKey;
      const anchor = text ? `${a.row}:${a.col}` : lastAnchor;
      // A role repeated under one merged name stays with it (two 実績値 lines of one indicator).
      if (!last || key !== lastKey || (repeatRole && anchor !== lastAnchor)) groups.push({ series: [], nameRow: text ? a.row : undefined });
      [lastKey, lastAnchor] = [key, anchor];
    }
    groups[groups.length - 1].series.push(s);
  }
  return groups;
}

/** The rows of a run's block: up to six above it and three under its last series, never past another axis. */
function blockRows(seg: Segment, lastRow: number, axisRows: Set<number>): number[] {
  const rows: number[] = [];
  for (let r = seg.run.row - 1; r >= seg.run.row - 6 && !axisRows.has(r); r--) rows.unshift(r);
  for (let r = seg.run.row; r <= lastRow + 3 && (r === seg.run.row || !axisRows.has(r)); r++) rows.push(r);
  return rows;
}

/**
 * The 単位 / 方向 lines of the whole run, found once (each group takes those above its end). A unit
 * is written 「単位：件」 in one cell, or as a 単位 label with the unit right of it (a label / value
 * form); the line nearest the period row wins.
 */
function blockLines(
  grid: Grid,
  index: CellIndex,
  seg: Segment,
  lastRow: number,
  axisRows: Set<number>,
  labelCol: number,
): Pick<BlockContext, 'firstUnit' | 'directionLines'> {
  const lines: IndexedCell[] = [];
  // A bare 方向性 line is a direction line when the value right of it is an arrow or a one-word way (wayHeading.ts).
  // A 単位 label however spaced (「単 位」) starts a unit line as 「単位：件」 does.
  // A bracketed unit line (「（単位：人）」, in the period row's corner cell too) is one as well.
  const unitLabel = (c: IndexedCell) => c.label?.role === 'unit' || c.text.startsWith('単位') || unitLine(c.text) !== null;
  const wayLine = (c: IndexedCell) =>
    c.label?.role === 'direction' ||
    wayInLabelCell(c.text) !== null ||
    (isBareWayHeading(c.text) && !!wayUnderHeading(c.text, valueRightOf(grid, c.row, c.col, 4, seg.right)?.text ?? ''));
  for (const r of blockRows(seg, lastRow, axisRows))
    for (const c of index.row(r)) if (c.col >= seg.left && c.col <= seg.right && (wayLine(c) || unitLabel(c))) lines.push(c);
  const units: NonNullable<BlockContext['firstUnit']>[] = [];
  for (const c of lines) {
    const written = unitLine(c.text);
    if (written) units.push({ cell: c, text: written.unit, ...(written.note ? { note: written.note } : {}) });
    // A 単位 heading on the period row (or merged down to it) heads a 単位 column: the heading right of it is no unit;
    // unless it stands in the series labels' column (単 位 | 人 | R3 … over 実績値 | …): a line of the block, its value the unit.
    else if (c.label?.role === 'unit' && ((grid.merge(c.row, c.col)?.bottom ?? c.row) < seg.run.row || c.col === labelCol)) {
      const v = valueRightOf(grid, c.row, c.col, 3, seg.right);
      const at = v && index.at(v.row, v.col);
      // 「単位 | 事業」: a counter word that reads as a heading is still the line's unit (unitLineValue.ts).
      if (v && at && !at.period && (!at.label || isUnitLineValue(index, at)) && v.text.length <= 12) units.push({ cell: at, text: v.text });
    }
  }
  units.sort((a, b) => Math.abs(a.cell.row - seg.run.row) - Math.abs(b.cell.row - seg.run.row));
  return { firstUnit: units[0], directionLines: lines.filter((c) => !unitLabel(c)) };
}

function detectSegment(grid: Grid, index: CellIndex, seg: Segment, axisRows: Set<number>): RawIndicator[] {
  const { run } = seg;
  const series = seriesUnder(grid, index, seg, axisRows);
  if (!series.length) return [];
  // Years over 目標 | 実績 sub-columns, rows of their own names with figures between the labelled ones (「数値目標」 over 「KPI」
  // rows): the label is the kind of KPI, the measures the columns' (measureHeadedRuns.ts). Lines of one name stay series.
  if (
    headsMeasureSubColumns(index, run.row) &&
    ownNamedRowsAmong(
      index,
      series.map((s) => s.row),
      seg.left,
      run.start,
    )
  )
    return [];
  const labelCol = Math.min(...series.map((s) => s.labelCol));
  // Header cells left of the labels and right of the run (those merged down onto its row included).
  const headerCells = runHeaderCells(grid, index, seg, labelCol);
  const ctx: BlockContext = { grid, index, seg, axisRows, labelCol, headerCells, directionLines: [] };
  const seriesRows = series.map((s) => s.row);
  ctx.nameCol = finestNameColumn(headerCells) ?? namesBesideSeries(index, run.row, seg.left, labelCol, seriesRows);
  // 単年度 | 累計 under one merged name among 実績 lines: the row carrying the target is its 実績 line (countingBasisSeries.ts).
  const lines = [...series, ...countingBasisSeries(grid, run, series, headerCells, ctx.nameCol)].sort((a, b) => a.row - b.row);
  const groups = joinUnitRows(grid, joinNamesWrittenOn(grid, groupSeries(grid, lines, ctx.nameCol), ctx.nameCol), ctx.nameCol);
  ctx.groups = groups.length;
  if (ctx.nameCol === undefined) ctx.outlineNames = outlineItemNames(index, groups, labelCol, run.row) ?? undefined;
  Object.assign(ctx, blockLines(grid, index, seg, Math.max(...groups.map((g) => g.series[g.series.length - 1].row)), axisRows, labelCol));
  return groups.flatMap((g, gi) => {
    if (ctx.nameCol !== undefined && g.nameRow !== undefined && isNotAName(grid.text(g.nameRow, ctx.nameCol))) return [];
    const ind = readGroup(ctx, g, gi);
    if (ctx.nameCol === undefined && referenceBlock(grid, index, seg.left, ind.nameCell)) return [];
    // An empty template block (period headings, no name, no figure, no grade written) is no indicator.
    const unnamedEmpty = ind.name === UNNAMED && !hasFigure(ind) && (ind.gradeCell?.raw ?? null) === null;
    return (ctx.nameCol === undefined && gi > 0 && !hasFigure(ind)) || unnamedEmpty ? [] : [ind];
  });
}

/**
 * A policy block labelled as reference figures on its name line (「参考指標 | 市内総生産」, or that label read as its name):
 * figures to watch, never an indicator (referenceTables.ts reads the label).
 */
function referenceBlock(grid: Grid, index: CellIndex, left: number, nameCell: string | undefined): boolean {
  const at = nameCell ? parseA1(nameCell) : null;
  if (!at) return false;
  return index.row(at.row).some((c) => c.col >= left && c.col <= at.col && isReferenceCaption(c.text));
}

/**
 * Whether an indicator holds a figure of its own. A block's later group has no name of its own (only the first takes the
 * block's 指標① name): with no figure either, its rows are lines of text, not an indicator.
 */
function hasFigure(ind: RawIndicator): boolean {
  return [...ind.actuals, ...ind.targets, ...ind.baselines].some((p) => p.parsed.status !== 'missing' && p.parsed.status !== 'text');
}
