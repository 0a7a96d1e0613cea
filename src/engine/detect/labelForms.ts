/**
 * Label / value forms: each fact on its own line down the sheet, the value right of its label,
 *   指標名 | 相談件数
 *   単位   | 件
 *   目標値 | 30
 *   実績値 | 25          (repeated per indicator),
 * or on one line across (活動指標 | 相談件数 | 単位 | 件 | 目標 | 30 | 実績 | 25). A form with a period
 * line of its own (年度 | 令和5年度) is read as a period axis; these are the forms without one,
 * whose figures take their period from their label (実績値（R5）), the value's year note or a
 * 年度 line that is not a heading of columns.
 */
import { a1 } from '../model/address';
import type { CellValue } from '../model/snapshot';
import type { Grid } from './grid';
import { classifyLabel, SERIES_ROLES, type Label } from '../values/labels';
import { parsePeriodCell, type Period } from '../values/periods';
import { writtenUnit } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { point, valueRightOf } from './common';
import { readWayCell } from './unreadDirection';
import { cleanName, isNotAName } from './names';
import type { Point, RawIndicator } from './types';
import { detectTransposed } from './transposed';
import { remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { mentionsEdition } from '../values/ordinalNumbers';
import { measurePair, readPairCell, type MeasurePair } from './measurePairs';
import { withoutSupersededTargetsLabelled } from './revisedTargets';
import { isReferenceLabel } from './referenceLabel';
import { headedForms, unitRightOf, type HeadedForm } from './headedForms';
import { bracketedNameLabel } from './bracketedNameLabel';
import { formYearLines } from './formYearLine';
import { namedIndicator } from './namedIndicator';
import { finalGradeLine } from './finalGradeNote';
import { isAnalysisNotGrade } from './remarkGradeLine';

interface Pair {
  label: Label;
  labelCell: IndexedCell;
  value: { row: number; col: number; text: string };
  /** A label naming two measures (「R5 実績／目標」) whose value holds both (measurePairs.ts); `label` is the first. */
  pair?: MeasurePair;
}

/**
 * A label and its value in one cell: 「指標名：相談件数」「目標値：30件」「年度：令和5年度」「実績値＝25件」「目標値（R5）：300人」.
 * Split only at a separator outside brackets: in 「実績値（前年度：260人）」 or 「280人（前年度比：+5%）」 the colon is a note's.
 */
function inCell(text: string): { label: Label | null; head: string; rest: string } | null {
  // Nearly every cell holds no colon: it ends here without the separator being looked for (or the trimmed copy made).
  if (!text.includes(':') && !text.includes('：') && !text.includes('＝')) return null;
  const t = text.trim();
  const at = separatorOutsideBrackets(t);
  const head = at > 0 ? t.slice(0, at).trim() : '';
  const rest = at > 0 ? t.slice(at + 1).trim() : '';
  if (!head || head.length > 12 || !rest) return null;
  return { label: classifyLabel(head), head: head.replace(/\s+/g, ''), rest };
}

/** The index of the first 「:」「：」「＝」 outside brackets, or -1. */
function separatorOutsideBrackets(t: string): number {
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && (ch === ':' || ch === '：' || ch === '＝')) return i;
  }
  return -1;
}

/** A figure's start (「300人」「▲1.5」「約30」) or a dash standing for none. */
const FIGURE_START = /^(?:[約＋+▲△\-－−]?\s*[\d０-９.．]|[-－−―‐ー]+$)/;

/** Whether the part after a label is a value of its kind: a figure for a figure's label, a figure or a short word (B, ◎, 順調) for a grade. */
function fitsLabel(label: Label, rest: string): boolean {
  if (SERIES_ROLES.has(label.role) || label.role === 'derived') return FIGURE_START.test(rest);
  if (label.role === 'grade') return FIGURE_START.test(rest) || /^[^\s(（]{1,6}(?:$|[\s(（])/.test(rest);
  return true;
}

/** A cell holding a known label and its value (「達成率：91.3％」): never the value of the label left of it, always its own pair. */
function labelledValue(text: string): { label: Label; rest: string } | null {
  const both = inCell(text);
  if (!both?.label || !fitsLabel(both.label, both.rest)) return null;
  if (both.label.role !== 'name' && parsePeriodCell(both.rest) && !/\d[\d,.]*\s*[^\d\s年度）)]/.test(both.rest)) return null;
  return { label: both.label, rest: both.rest };
}

/** The label / value pairs of one row from `fromCol` on: each known label with the first value right of it. */
function pairsOnRow(grid: Grid, index: CellIndex, row: number, fromCol: number, toCol: number): Pair[] {
  const out: Pair[] = [];
  for (const c of index.row(row)) {
    if (c.col > toCol) break;
    // 「実績値（R5）」 reads as a period with decoration in the index; as a label here.
    const pair = !c.label && c.text && c.col >= fromCol ? measurePair(c.text) : null;
    const label = c.label ?? (c.period && c.text ? classifyLabel(c.text) : null) ?? (pair ? { role: pair.roles[0] } : null);
    // 「目標値（R5）：12,000人」 is a label and its value in one cell, however leniently the whole cell reads as a label.
    const both = c.col >= fromCol ? labelledValue(c.text) : null;
    if (both?.label.role === 'name') continue;
    if (both) out.push({ label: both.label, labelCell: c, value: { row, col: c.col, text: both.rest } });
    if (both || c.col < fromCol || !label || label.role === 'name') continue;
    const v = valueRightOf(grid, row, c.col, 3, toCol);
    if (v && !isHeading(index.at(v.row, v.col)) && !labelledValue(v.text)) out.push({ label, labelCell: c, value: v, ...(pair ? { pair } : {}) });
  }
  // A （参考）令和５年度実績 line shows a figure to compare with: never the form's actual or target (referenceLabel.ts).
  return out.filter((p) => !((p.pair || SERIES_ROLES.has(p.label.role)) && isReferenceLabel(p.labelCell.text)));
}

/** A heading cell: a label, or a period written as a heading (「実績（R5）」). */
function isHeading(c: IndexedCell | null): boolean {
  return !!c && (!!c.label || (!!c.period && c.text !== ''));
}

/** A table's header row (headings side by side), never the name line of a form, whose labels each have a value beside them. */
function headerRow(index: CellIndex, row: number): boolean {
  const cells = index.row(row).filter((c) => c.text !== '');
  let adjacent = 0;
  for (let i = 1; i < cells.length; i++) if (isHeading(cells[i]) && isHeading(cells[i - 1]) && cells[i].col === cells[i - 1].right + 1) adjacent++;
  return adjacent >= 2;
}

const PERIOD_LINE = /^(年度|対象年度|評価年度|対象期間|年次|時点)$/;

function newIndicator(grid: Grid, nameCell: { row: number; col: number; text: string }): RawIndicator {
  const full = grid.fullText(nameCell.row, nameCell.col);
  const clean = cleanName(inCell(full)?.label?.role === 'name' ? nameCell.text : full);
  return namedIndicator(grid.name, 'label-form', clean, nameCell.row, a1(nameCell.row, nameCell.col));
}

/** A figure into the series its role names. */
function addPoint(ind: RawIndicator, role: Label['role'], pt: ReturnType<typeof point>): void {
  if (role === 'actual') ind.actuals.push(pt);
  else if (role === 'baseline') ind.baselines.push(pt);
  else ind.targets.push({ ...pt, kind: role === 'expected' ? 'expected' : 'target' });
}

/** One pair into the fact its label names. */
function addPair(grid: Grid, ind: RawIndicator, p: Pair, period: Period | undefined): void {
  const { row, col, text } = p.value;
  const cell = a1(row, col);
  const role = p.label.role;
  if (p.pair) readPairCell(grid, row, col, p.pair, ind, period);
  else if (SERIES_ROLES.has(role)) addPoint(ind, role, point(grid, row, col, p.label.period ?? period));
  else if (role === 'unit') [ind.unit, ind.unitCell] = [writtenUnit(text), cell];
  else if (role === 'direction') {
    const d = readWayCell(ind, text, cell);
    if (d) ind.statedDirection = { value: d, cell, text };
  } else if (role === 'description' || role === 'note') {
    if (role === 'description') [ind.description, ind.descriptionCell] = [text, cell];
    else [ind.note, ind.noteCell] = [text, cell];
    ind.wordsForDirection += ` ${role === 'note' ? remarkAims(text, (o, p) => aimSpeaksOf(o, ind.name, p)) : text}`;
    if (/累計/.test(text)) ind.cumulative = true;
  } else if (role === 'grade' && !isAnalysisNotGrade(text) && gradeCellBefore(ind.gradeCell?.raw, grid.raw(row, col))) {
    // 「自己評価：B」: the grade written is the part after the label; the cell keeps its label (never written over by a bare grade).
    const inLabelCell = p.labelCell.row === row && p.labelCell.col === col;
    ind.gradeCell = { row, col, cell, raw: grid.raw(row, col), ...(inLabelCell ? { means: text } : {}) };
  } else if (role === 'id') ind.id = text.normalize('NFKC');
}

/** A figure, as a 達成度 ratio is: 0.88, 「88%」. */
const isFigure = (raw: CellValue | undefined) => typeof raw === 'number' || (typeof raw === 'string' && /^\s*[\d.,]+\s*[%％]?\s*$/.test(raw));

/**
 * Whether a grade-labelled line's cell is the form's grade cell rather than the one read before: the first one, unless that
 * holds a figure (達成度 0.88, also a grade label) and this one does not (評価 | B under it).
 */
function gradeCellBefore(before: CellValue | undefined, raw: CellValue): boolean {
  return before === undefined || (isFigure(before) && !isFigure(raw));
}

/** A reference figure's name label (参考指標名, 【参考】指標): a record of its own. A （参考）前年度実績 line is the form's. */
const REFERENCE_NAME_LINE = /^[■□●○◆◇▼▽・【［[〔(（<＜]*参考[】］\]〕)）>＞]?(?:指標|項目)/;

/**
 * The lines of a form under its name line: down to a blank line, another name line, a reference figure's name line
 * (参考指標名 | 市内農業産出額: its 単位 and 実績値 are no part of the form above) or a line read already.
 */
function formLines(index: CellIndex, start: IndexedCell, right: number, consumed: Set<number>): number[] {
  const rows: number[] = [];
  for (let r = start.row + 1; r <= start.row + 15 && !consumed.has(r); r++) {
    const cells = index.row(r).filter((c) => (c.text !== '' || c.period) && c.col >= start.col && c.col <= right);
    if (!cells.length || cells.some((c) => nameLabel(c) || (!c.label && inCell(c.text)?.label?.role === 'name'))) break;
    if (cells[0].col === start.col && REFERENCE_NAME_LINE.test(cells[0].text.replace(/\s+/g, ''))) break;
    rows.push(r);
  }
  return rows;
}

function readForm(
  grid: Grid,
  index: CellIndex,
  start: IndexedCell,
  value: { row: number; col: number; text: string },
  right: number,
  consumed: Set<number>,
): RawIndicator | null {
  const lines = formLines(index, start, right, consumed);
  const pairs = [...pairsOnRow(grid, index, start.row, value.col + 1, right), ...lines.flatMap((r) => pairsOnRow(grid, index, r, start.col, right))];
  // 年度別実績 | 令和3年度 … over the figures on the row under (formYearLine.ts).
  const yearLines = formYearLines(grid, index, lines, start.col, right);
  // Only a figure's pair (a series label, or a label naming two measures) can give the form a target or an actual.
  if (!yearLines.length && !pairs.some((p) => p.pair || SERIES_ROLES.has(p.label.role))) return null;
  const ind = newIndicator(grid, value);
  let period: Period | undefined;
  for (const r of lines) {
    const near = index.row(r).filter((c) => c.col >= start.col - 1 && c.col <= start.col + 1);
    const label = near.find((c) => PERIOD_LINE.test(c.text.replace(/\s+/g, '')));
    const both = near.map((c) => inCell(c.text)).find((b) => b && PERIOD_LINE.test(b.head));
    const v = label ? valueRightOf(grid, r, label.col, 3) : both ? { text: both.rest } : null;
    const p = v ? parsePeriodCell(v.text) : null;
    if (p) period = p.period;
  }
  for (const p of pairs) addPair(grid, ind, p, period);
  // 評価（所管課） | A over 評価（企画課） | B with 「…こちらを最終評価とします」: the line the sheet's note names as final (finalGradeNote.ts).
  const grades = pairs.filter((p) => p.label.role === 'grade' && (p.labelCell.row !== p.value.row || p.labelCell.col !== p.value.col));
  const final = finalGradeLine(
    grid,
    grades.map((p) => ({ label: p.labelCell, value: p.value })),
  );
  if (final) ind.gradeCell = { row: final.row, col: final.col, cell: a1(final.row, final.col), raw: grid.raw(final.row, final.col) };
  for (const y of yearLines) for (const c of y.cells) addPoint(ind, y.role, point(grid, c.row, c.col, c.period));
  // 当初目標値 | 5,000 beside a filled 修正目標値 | 4,200: the revised target counts (revisedTargets.ts).
  const labelOf = new Map(pairs.map((p) => [`${p.value.row}:${p.value.col}`, p.labelCell.text]));
  withoutSupersededTargetsLabelled(ind, (t) => labelOf.get(`${t.row}:${t.col}`) ?? '');
  // 事業名 | … beside 計画 | 第6次実施計画（令和8〜10年度）: a form whose values are words naming a plan writes no figure; one of
  // words alone (目標値 | 実施, 実績値 | 改定済み) is still a qualitative indicator (review rv41a).
  const points = [...ind.actuals, ...ind.targets];
  const edition = (p: Point) => typeof p.raw === 'string' && mentionsEdition(p.raw.normalize('NFKC'));
  const editionsOnly = points.every((p) => p.parsed.status === 'text') && points.some(edition);
  return points.length && !editionsOnly ? ind : null;
}

/** A name label (指標名, 成果指標1), or one captioned in brackets (【指標1】: bracketedNameLabel.ts). */
function nameLabel(c: IndexedCell): boolean {
  return c.label ? c.label.role === 'name' : !!c.text && bracketedNameLabel(c.text) !== null;
}

/** The name a form's first line gives: right of a name label, or after it in the same cell (「指標名：相談件数」). */
function nameOf(grid: Grid, index: CellIndex, c: IndexedCell): { row: number; col: number; text: string } | null {
  const both = c.label ? null : inCell(c.text);
  if (both?.label?.role === 'name') return isNotAName(both.rest) ? null : { row: c.row, col: c.col, text: both.rest };
  if (!nameLabel(c)) return null;
  const v = valueRightOf(grid, c.row, c.col, 3);
  if (!v || index.at(v.row, v.col)?.label || index.at(v.row, v.col)?.period || isNotAName(v.text)) return null;
  return v;
}

/** Forms may stand side by side: each reaches to the column before the next name on its first line. */
function rightBound(grid: Grid, index: CellIndex, start: IndexedCell, value: { col: number }): number {
  const next = index.row(start.row).find((c) => c.col > value.col && nameOf(grid, index, c));
  return next ? next.col - 1 : grid.right;
}

/** A form named by a heading line (headedForms.ts): its lines' pairs, and a unit written alone right of a figure. */
function readHeadedForm(grid: Grid, index: CellIndex, form: HeadedForm): RawIndicator | null {
  const text = form.names.map((c) => c.text.trim()).join('');
  const ind = newIndicator(grid, form.names[0]);
  if (form.names.length > 1) {
    const clean = cleanName(text);
    [ind.name, ind.id, ind.wordsForDirection] = [clean.name, clean.id ?? null, [clean.name, clean.note ?? ''].join(' ')];
  }
  const pairs = form.rows.flatMap((r) => pairsOnRow(grid, index, r, form.cols.lo, form.cols.hi));
  for (const p of pairs) addPair(grid, ind, p, undefined);
  const unit = ind.unit
    ? null
    : pairs
        .filter((p) => SERIES_ROLES.has(p.label.role))
        .map((p) => unitRightOf(grid, p.value.row, p.value.col))
        .find((u) => u);
  if (unit) [ind.unit, ind.unitCell] = [unit.unit, a1(unit.row, unit.col)];
  return ind.actuals.length && ind.targets.length ? ind : null;
}

export function detectLabelForms(grid: Grid, index: CellIndex, consumed: Set<number>): RawIndicator[] {
  // Indicators across the columns (名 | 名 | 名 over 単位 / 目標値 / 実績値 lines) first: their label column is no form.
  const across = detectTransposed(grid, index, consumed);
  const out: RawIndicator[] = [...across.indicators];
  const claimed = new Map<number, [number, number][]>();
  const isClaimed = (row: number, col: number) => (claimed.get(row) ?? []).some(([l, r]) => col >= l && col <= r);
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (consumed.has(row) || across.rows.has(row) || headerRow(index, row)) continue;
    for (const c of index.row(row)) {
      const v = isClaimed(row, c.col) ? null : nameOf(grid, index, c);
      if (!v) continue;
      const right = rightBound(grid, index, c, v);
      const ind = readForm(grid, index, c, v, right, consumed);
      if (!ind) continue;
      out.push(ind);
      for (const r of [row, ...formLines(index, c, right, consumed)]) claimed.set(r, [...(claimed.get(r) ?? []), [c.col, right]]);
    }
  }
  // Forms named by a heading line instead of a 指標名 label, on lines no form above took.
  for (const form of headedForms(grid, index, consumed)) {
    const ind = form.rows.some((r) => claimed.has(r) || across.rows.has(r)) ? null : readHeadedForm(grid, index, form);
    if (ind) out.push(ind);
  }
  return out;
}
