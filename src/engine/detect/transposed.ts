/**
 * Indicators across the columns, their facts down the side (a table turned on its side):
 *   項目           | 新規企業誘致数 | 市内就業者数 | 創業件数
 *   単位           | 社             | 人           | 件
 *   2023年度 目標値 | 4              | 21000        | 15
 *   2023年度 実績値 | 3              | 21250        | 8
 * A column of labels with a target line and an actual line, under a line of two or more names
 * (texts that are no label, period or figure); each name's column gives its unit and figures, the
 * period taken from the line's label (2023年度 目標値).
 */
import { a1 } from '../model/address';
import { classifyLabel, parseDirection, SERIES_ROLES, type Label } from '../values/labels';
import { remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { writtenUnit } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { point } from './common';
import { markedForecast } from './forecastColumns';
import { markedProvisional } from './provisionalHeadings';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import type { RawIndicator } from './types';
import { wayUnderHeading } from './wayHeading';
import { groupsFromCategoryLine } from './categoryLine';
import { isAttributeLabel, namesAboveAttributes, withPeriodLeft } from './sideAttributes';
import { measurePair, readPairCell, type MeasurePair } from './measurePairs';
import { isProgressRate } from './progressColumns';
import { withoutSupersededTargetsLabelled } from './revisedTargets';
import { isBracketedUnitLine, isLastYearTotal, isMonthEndLine, monthEndYear } from './monthsDownSide';
import type { Period } from '../values/periods';
import { namedIndicator } from './namedIndicator';
import { withoutClosingRemarks } from './sideRemarkColumn';
import { guardMonthsTotal, isBareTotalLine, MonthRun } from './monthsTotalLine';

interface SideLine {
  row: number;
  label: Label;
  labelCol: number;
  /** A line naming two measures (「R5 実績／目標」) whose cells hold both (measurePairs.ts); `label` is the first. */
  pair?: MeasurePair;
  /** A bare 合計 line right after the months 4月 … 3月 read as the year's actual: the months' rows (monthsTotalLine.ts). */
  months?: number[];
}

const labelOf = (c: IndexedCell): Label | null => c.label ?? (c.period && c.text ? classifyLabel(c.text) : null);

/** The labelled lines of column `col` from `row` down, while each line has a label there. */
function sideLines(index: CellIndex, col: number, row: number, consumed: Set<number>): SideLine[] {
  const out: SideLine[] = [];
  let monthsYear: Period | null = null;
  const run = new MonthRun();
  for (let r = row; !consumed.has(r); r++) {
    const c = index.at(r, col);
    const label = c ? labelOf(c) : null;
    // 4月 … 3月, then a bare 合計 (a blank line between them aside): the year's total, its actual (monthsTotalLine.ts).
    if (c?.text && (!label || label.role === 'part') && run.see(r, c.text)) {
      if (label) out.push({ row: r, label, labelCol: col });
      continue;
    }
    const months = run.wholeYear();
    if (months && !c?.text && isBareTotalLine(index.at(r + 1, col)?.text ?? '')) continue;
    if (months && c?.text && isBareTotalLine(c.text)) {
      out.push({ row: r, label: { role: 'actual' }, labelCol: col, months });
      run.reset();
      continue;
    }
    run.reset();
    // Right under the names, a line of units in brackets with no label (（人） | （人）); further down, 前年度計 (monthsDownSide.ts).
    // A label column's heading merged down from the names' line over it (区分 over A4:A5) is no label of that line.
    if ((!c || !c.text || c.row < r) && r === row && isBracketedUnitLine(index, r, col)) {
      out.push({ row: r, label: { role: 'unit' }, labelCol: col });
      continue;
    }
    if (!c || !c.text) break;
    if (!label && isLastYearTotal(c.text)) continue;
    // 「令和６年４月末」「５月末」: the year's months, passed over; the first written with its year dates the year lines (monthsDownSide.ts).
    if (!label && isMonthEndLine(c.text)) {
      monthsYear ??= monthEndYear(c.text);
      continue;
    }
    const pair = !label && c.text ? measurePair(c.text) : null;
    if (label) out.push({ row: r, label: withPeriodLeft(index.grid, label, r, col), labelCol: col });
    else if (pair) out.push({ row: r, label: { role: pair.roles[0] }, labelCol: col, pair });
  }
  if (monthsYear) for (const l of out) if (SERIES_ROLES.has(l.label.role) && !l.label.period) l.label = { ...l.label, period: monthsYear };
  return out;
}

const isName = (grid: Grid, c: IndexedCell) => !c.label && !c.period && !c.meta && typeof grid.raw(c.row, c.col) === 'string' && !isNotAName(c.text);

/**
 * The names of a line right of each of its cells (by the cell's place in `cells`, one row's cells left to right): two
 * or more texts that are no label, period or figure, and no other text right of the cell. Each text is looked at
 * once, from the right, until one is no name: every cell left of it has none.
 */
function namesRightOfEach(grid: Grid, cells: IndexedCell[]): (i: number) => IndexedCell[] {
  // `start`: the first cell from which on every text is a name.
  let start = cells.length;
  while (start > 0 && (!cells[start - 1].text || isName(grid, cells[start - 1]))) start--;
  return (i) => {
    if (i + 1 < start) return [];
    const names = cells.slice(i + 1).filter((c) => c.text);
    return names.length >= 2 ? names : [];
  };
}

/**
 * One side line's cell in an indicator's column into the fact its label names: a figure, the unit, and, as in a
 * label form, the written grade (担当課評価 | C), last year's grade, a stated direction (方向 | 減少, or a bare
 * 方向性 | ↓ / 減少), a description or a note.
 */
function addLine(grid: Grid, ind: RawIndicator, { row, label, labelCol, pair, months }: SideLine, col: number): void {
  const text = grid.text(row, col);
  const cell = a1(row, col);
  if (pair) readPairCell(grid, row, col, pair, ind);
  else if (SERIES_ROLES.has(label.role)) {
    const pt = point(grid, row, col, label.period);
    if (label.role === 'actual') {
      ind.actuals.push(markedForecast(markedProvisional(pt, [grid.text(row, labelCol)]), grid.text(row, labelCol)));
      // A 合計 under 4月 … 3月: a rate's, or one that is not the months' sum, is read with a guess (monthsTotalLine.ts).
      if (months) guardMonthsTotal(grid, ind, row, col, months);
    } else if (label.role === 'baseline') ind.baselines.push(pt);
    else ind.targets.push({ ...pt, kind: label.role === 'expected' ? 'expected' : 'target' });
  } else if (label.role === 'grade') {
    // A 達成度 line of figures is the progress rate; a later 評価 line is the grade.
    if (!ind.gradeCell && !isProgressRate(grid.text(row, labelCol), grid.raw(row, col))) ind.gradeCell = { row, col, cell, raw: grid.raw(row, col) };
  } else if (!text) return;
  else if (label.role === 'unit') [ind.unit, ind.unitCell] = [writtenUnit(text.replace(/^[(（]\s*(.+?)\s*[)）]$/, '$1')), cell];
  else if (label.role === 'previousGrade') ind.previousGradeCell = { cell, raw: grid.raw(row, col) };
  else if (label.role === 'direction' || label.role === 'futureDirection') {
    const way = label.role === 'direction' ? parseDirection(text) : wayUnderHeading(grid.text(row, labelCol), text);
    if (way) ind.statedDirection = { value: way, cell, text };
  } else if (label.role === 'description' || label.role === 'note') {
    if (label.role === 'description') [ind.description, ind.descriptionCell] = [text, cell];
    else [ind.note, ind.noteCell] = [text, cell];
    ind.wordsForDirection += ` ${label.role === 'note' ? remarkAims(text, (o, p) => aimSpeaksOf(o, ind.name, p)) : text}`;
    if (/累計/.test(text)) ind.cumulative = true;
  }
}

function indicatorAt(grid: Grid, name: IndexedCell, lines: SideLine[]): RawIndicator | null {
  const clean = cleanName(grid.fullText(name.row, name.col));
  const ind = namedIndicator(grid.name, 'label-form', clean, name.row, a1(name.row, name.col));
  for (const line of lines) addLine(grid, ind, line, name.col);
  // A 当初目標値 line beside a 修正目標値 line filled in this column: the revised target counts (revisedTargets.ts).
  withoutSupersededTargetsLabelled(ind, (t) => grid.text(t.row, lines.find((l) => l.row === t.row)?.labelCol ?? t.col));
  const figures = [...ind.actuals, ...ind.targets].filter((p) => p.parsed.status === 'value');
  return figures.length ? ind : null;
}

/**
 * Whether a text merged across columns stands over two or more texts each in its own cells on the line under it: the heading of
 * a group of names (「月末現在」 over 利用定員 | 待機児童数), whose figures lie in none of its columns alone. A name merged over
 * two columns with its unit and figures merged the same way under it (指標 laid two columns wide) is a name.
 */
function headsNamesBelow(grid: Grid, cell: IndexedCell): boolean {
  const m = grid.merge(cell.row, cell.col);
  if (!m || m.right === m.left) return false;
  const anchors = new Set<number>();
  for (let col = m.left; col <= m.right; col++) {
    const a = grid.anchor(m.bottom + 1, col);
    if (grid.text(a.row, a.col).trim()) anchors.add(a.col);
  }
  return anchors.size >= 2;
}

/** The indicators of sheets laid on their side, and the rows they take. */
export function detectTransposed(grid: Grid, index: CellIndex, consumed: Set<number>): { indicators: RawIndicator[]; rows: Set<number> } {
  const rows = new Set<number>();
  const indicators: RawIndicator[] = [];
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (consumed.has(row) || rows.has(row)) continue;
    // A 備考 heading closing the line of names heads the side lines' notes, no name (sideRemarkColumn.ts).
    const cells = withoutClosingRemarks(index.row(row));
    const namesRight = namesRightOfEach(grid, cells);
    for (const [i, first] of cells.entries()) {
      let names = first.text ? namesRight(i) : [];
      if (!names.length) continue;
      // 「月末現在」 merged over 利用定員 | 待機児童数 | 延長保育: a heading of the names under it, no name (headsNamesBelow).
      if (names.some((n) => headsNamesBelow(grid, n))) continue;
      let lines = sideLines(index, first.col, row + 1, consumed);
      let top = row;
      // A 方向 / 単位 line's cells (増加 | 減少) are attributes of the names above it, never names (sideAttributes.ts).
      if (isAttributeLabel(first.label)) {
        const above = namesAboveAttributes(index, row, first.col, names, (c) => isName(grid, c));
        if (!above || above.names.some((n) => consumed.has(n.row))) continue;
        [names, top] = [above.names, above.names[0].row];
        lines = [...above.lines, { row, label: first.label!, labelCol: first.col }, ...lines];
      }
      // A 指標名 line below names the indicators: this line above it is a category line, read with the names.
      if (lines.some((l) => l.label.role === 'name')) break;
      const roles = new Set(lines.flatMap((l) => l.pair?.roles ?? [l.label.role]));
      // A 年度目標 / 計画値 line is the year's target as a 目標値 line is (read so by addLine).
      if ((!roles.has('target') && !roles.has('expected')) || !roles.has('actual')) continue;
      const found = names.map((n) => indicatorAt(grid, n, lines)).filter((i): i is RawIndicator => i !== null);
      if (found.length < 2) continue;
      if (first.label?.role === 'name') groupsFromCategoryLine(index, row - 1, first.col, found, consumed, (c) => isName(grid, c));
      indicators.push(...found);
      for (let r = top; r <= lines[lines.length - 1].row; r++) rows.add(r);
      break;
    }
  }
  return { indicators, rows };
}
