/**
 * A self-evaluation form whose 目標 cell names the indicator over its yearly targets and whose result is written as prose, as
 * the 厚生労働省 「取組と目標に対する自己評価シート」 is filled in, one 取組 a sheet (or stacked down one):
 *   年度                    | 令和５年度
 *   目標（事業内容、指標等） | 住民主体の通いの場の箇所数⏎令和３年度　85か所⏎令和４年度　95か所⏎令和５年度　105か所
 *   【後期（実績評価）】令和５年度　年度末実績評価
 *   実施内容                | ・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。
 *   自己評価                | ○
 * The target cell's first line is the name (no figure), the lines under it a year and a figure each (two years at least):
 * the year's target is its line. The form's year is its 年度 line above the 目標 label, else a heading line naming a year
 * over its result label (the two disagreeing, or neither there: not read). The result label (実施内容, 実施状況, 実施結果,
 * 取組実績, 取組状況, 実績) stands in the 目標 label's column below it; of several (前期 and 後期), the one under a heading naming
 * 実績評価 or 年度末 (under a heading of a mid-year review alone, 前期 or 中間, no figure is the year's). Its text's figures of
 * the year in the target's unit and of the target's measure (values/resultTextFigures.ts): one figure (or one value written
 * again) is the actual; none or several leave the actual unread with a `result-text-unread` guess naming the
 * target and result cells. The 自己評価 label under the result gives the grade cell.
 */
import { a1 } from '../model/address';
import { findPeriod, type Period } from '../values/periods';
import { resultTextFigures } from '../values/resultTextFigures';
import { writtenUnit } from '../values/units';
import { parseValue } from '../values/values';
import type { CellIndex, IndexedCell } from './cells';
import { namedIndicator, valueRightOf } from './common';
import type { Grid } from './grid';
import { cleanName } from './names';
import type { Point, RawIndicator, TargetPoint } from './types';
import { yearSeries } from './yearSeriesCells';

/** A label of what was done in the year: the result's prose. */
const RESULT_LABEL = /^(実施内容|実施状況|実施結果|取組実績|取組状況|取組の実施状況|取組の実績|実績)$/;
/** A label of the form's year. */
const YEAR_LABEL = /^(評価対象年度|評価年度|対象年度|年度)$/;
/** A heading over the result naming the year-end evaluation (【後期（実績評価）】, 年度末実績評価). */
const YEAR_END_HEADING = /(実績評価|年度末)/;
/** A heading over the result naming a mid-year review (【前期（中間見直し）】): its figures are no year's actual. */
const INTERIM_HEADING = /(前期|中間)/;

const bare = (text: string) => text.normalize('NFKC').replace(/\s+/g, '');

/** The name line and the year lines of a target cell, or null: a first line with no figure, then year-and-figure lines only. */
export function targetLines(text: string): { name: string; years: { period: Period; text: string }[] } | null {
  const lines = text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
  if (lines.length < 3 || /[\d０-９]/.test(lines[0]) || findPeriod(lines[0]) || lines[0].length > 60) return null;
  const years = yearSeries(lines.slice(1).join('\n'));
  return years && years.length >= 2 && years.every((y) => parseValue(y.text).status === 'value') ? { name: lines[0], years } : null;
}

/** The rows of column `col` whose label cell matches, top to bottom, within `top`…`bottom`. */
function labelsIn(index: CellIndex, col: number, top: number, bottom: number, test: (text: string) => boolean): IndexedCell[] {
  const out: IndexedCell[] = [];
  for (let r = top; r <= bottom; r++) {
    const c = index.row(r).find((x) => x.col === col);
    if (c && test(bare(c.text))) out.push(c);
  }
  return out;
}

/** The nearest line above `row` (down to `top`) holding one text alone, a section's heading: its text and the year it names. */
function headingAbove(index: CellIndex, top: number, row: number): { text: string; period: Period | null } | null {
  for (let r = row - 1; r >= top; r--) {
    const cells = index.row(r).filter((c) => c.text.trim());
    if (cells.length === 1) return { text: cells[0].text, period: findPeriod(cells[0].text)?.period ?? null };
    if (cells.length) return null;
  }
  return null;
}

/** The result label of the form: the only one, else the one under a year-end heading. */
function resultLabel(index: CellIndex, col: number, from: number, bottom: number): IndexedCell | null {
  const all = labelsIn(index, col, from, bottom, (t) => RESULT_LABEL.test(t));
  if (all.length <= 1) return all[0] ?? null;
  const yearEnd = all.filter((l) => YEAR_END_HEADING.test(headingAbove(index, from, l.row)?.text ?? ''));
  return yearEnd.length === 1 ? yearEnd[0] : null;
}

/** The form's year: its 年度 line above the target label, else the heading over its result; null when neither or they differ. */
function formYear(grid: Grid, index: CellIndex, col: number, top: number, target: number, result: IndexedCell): number | null {
  const line = labelsIn(index, col, top, target - 1, (t) => YEAR_LABEL.test(t)).map((l) => valueRightOf(grid, l.row, l.col, 4));
  const stated = line.length === 1 && line[0] ? findPeriod(line[0].text) : null;
  const ofLine = stated && stated.period.kind === 'fiscal' && bare(line[0]!.text).length <= 12 ? stated.period.fiscalYear : null;
  const ofHeading = headingAbove(index, target + 1, result.row)?.period?.fiscalYear ?? null;
  if (ofLine !== null && ofHeading !== null && ofLine !== ofHeading) return null;
  return ofLine ?? ofHeading;
}

/** A figure of a cell's text as a point of that cell: the figure alone as its value (the text's other words are no bound). */
function textPoint(row: number, col: number, written: string, period: Period): Point {
  return { row, col, cell: a1(row, col), raw: written, formula: null, parsed: parseValue(written), period };
}

/** One form: the target label at `label`, the form's rows `top`…`bottom`; its indicator, or null. */
function readForm(grid: Grid, index: CellIndex, label: IndexedCell, top: number, bottom: number): RawIndicator | null {
  const value = valueRightOf(grid, label.row, label.col, 4);
  const lines = value ? targetLines(grid.fullText(value.row, value.col)) : null;
  if (!value || !lines) return null;
  const result = resultLabel(index, label.col, label.row + 1, bottom);
  const year = result ? formYear(grid, index, label.col, top, label.row, result) : null;
  const text = result ? valueRightOf(grid, result.row, result.col, 4) : null;
  if (!result || year === null || !text) return null;
  const clean = cleanName(lines.name);
  const ind = namedIndicator(grid.name, 'label-form', value.row, a1(value.row, value.col), clean.id ?? null, clean);
  ind.wordsForDirection = lines.name;
  ind.targets = lines.years.map((y): TargetPoint => ({ ...textPoint(value.row, value.col, y.text, y.period), kind: 'target' }));
  const unit = lines.years.map((y) => parseValue(y.text)).find((p) => p.status === 'value' && p.unit);
  if (unit?.status === 'value' && unit.unit && !ind.unit) ind.unit = writtenUnit(unit.unit);
  const period = lines.years.find((y) => y.period.fiscalYear === year)?.period ?? findPeriod(`${year}年度`)!.period;
  const heading = headingAbove(index, label.row + 1, result.row)?.text ?? '';
  const interim = INTERIM_HEADING.test(heading) && !YEAR_END_HEADING.test(heading);
  const figures = ind.unit && !interim ? resultTextFigures(grid.fullText(text.row, text.col), ind.unit, year, lines.name) : [];
  if (new Set(figures.map((f) => f.value)).size === 1) ind.actuals = [textPoint(text.row, text.col, figures[0].written, period)];
  else ind.guesses = [{ reason: 'result-text-unread', cells: [ind.nameCell, a1(text.row, text.col)] }];
  const grade = labelsIn(index, label.col, result.row + 1, bottom, () => true).find((c) => c.label?.role === 'grade');
  if (grade) {
    const col = grid.rightEdge(grade.row, grade.col) + 1;
    const at = grid.anchor(grade.row, col);
    ind.gradeCell = { row: at.row, col: at.col, cell: a1(at.row, at.col), raw: grid.raw(at.row, at.col) };
  }
  return ind;
}

/** The sheet's self-evaluation forms of a target cell of year lines (see the module's comment), skipping rows read already. */
export function detectTargetLinesForms(grid: Grid, index: CellIndex, read: RawIndicator[]): RawIndicator[] {
  const taken = new Set(read.map((i) => Number(/\d+$/.exec(i.nameCell)?.[0])));
  const labels: IndexedCell[] = [];
  for (const [row, cells] of [...index.rows.entries()].sort((a, b) => a[0] - b[0]))
    for (const c of cells) if (c.label?.role === 'target' && !c.label.period && !taken.has(row) && c.text.length <= 30) labels.push(c);
  const out: RawIndicator[] = [];
  for (const label of labels) {
    // The form runs from after the 目標 label above it in the same column to before the next one.
    const same = labels.filter((l) => l.col === label.col);
    const k = same.indexOf(label);
    const top = k > 0 ? same[k - 1].row + 1 : grid.top;
    const bottom = k < same.length - 1 ? same[k + 1].row - 1 : grid.bottom;
    const ind = readForm(grid, index, label, top, bottom);
    if (ind) out.push(ind);
  }
  return out;
}
