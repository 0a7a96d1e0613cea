/**
 * One indicator of a period axis: its name (blockName.ts), the 単位 / 方向 / 説明 / 備考 lines of its
 * block, its series figures per period and the columns right of the run (a final 目標値, a 基準値, a grade).
 */
import { a1 } from '../model/address';
import { parseDirection, type Role } from '../values/labels';
import { writtenUnit } from '../values/units';
import { compactForPeriod, findPeriod } from '../values/periods';
import type { IndexedCell } from './cells';
import { point, valueRightOf, withKind } from './common';
import { cleanName } from './names';
import type { RawIndicator } from './types';
import { descriptionAims, remarkAims } from '../values/remarkAims';
import { aimSpeaksOf } from './nameMeasure';
import { readPairCell } from './measurePairs';
import { cumulativeTwins } from './cumulativeTwins';
import { unreadByRate } from './rateChosenActual';
import { blockGradeLineByPeriod, blockGradeMark } from './blockGradeLine';
import { withoutSupersededTargetsLabelled } from './revisedTargets';
import { unitLine } from '../values/unitLine';
import type { BlockContext, SeriesGroup } from './blockTypes';
import { wayInLabelCell } from './wayInLabelCell';
import { closesBlockAbove, headsNextBlock } from './nextBlockLine';
import { isNoWayMark } from './unreadDirection';
import { markedProvisional } from './provisionalHeadings';
import { planActualUnder, readsPlanSubColumns } from './planRowSubColumns';
import { groupName, labelled } from './blockName';
import { wayRightOfUnit } from './unitLineWay';

export type { BlockContext, Run, Segment, SeriesGroup, SeriesRow } from './blockTypes';

export function headerColumn(ctx: BlockContext, role: Role): number | undefined {
  return ctx.headerCells.find((c) => c.label?.role === role)?.col;
}

/** 単位 and 方向 stated as lines of the block, and a 単位 / 方向 column. */
function unitAndDirection(
  ctx: BlockContext,
  g: SeriesGroup,
): { unit?: { text: string; cell: string; note?: string }; direction?: RawIndicator['statedDirection']; unread?: RawIndicator['unreadDirection'] } {
  const { grid, seg } = ctx;
  const last = g.series[g.series.length - 1].row;
  const out: ReturnType<typeof unitAndDirection> = {};
  const first = ctx.firstUnit;
  const own = g.unitRow !== undefined && ctx.nameCol !== undefined ? unitLine(grid.text(g.unitRow, ctx.nameCol)) : null;
  // A unit line under the name in the name column (unitNameRows.ts) is the group's own.
  if (own) out.unit = { text: own.unit, cell: a1(g.unitRow!, ctx.nameCol!), ...(own.note ? { note: own.note } : {}) };
  else if (first && first.cell.row <= last + 3)
    out.unit = { text: first.text, cell: a1(first.cell.row, first.cell.col), ...(first.note ? { note: first.note } : {}) };
  // A 方向 cell on the block's 単位 line (単位 | 人 | 指標の方向 | ↓) or between it and the period row, else a 方向 line under
  // the group's rows, else one above the period row: the unit's lines are the block's own, where a line under the rows
  // may be the next block's (its title line: nextBlockLine.ts).
  const unitRow = out.unit && !own ? ctx.firstUnit!.cell.row : undefined;
  const ownLines = unitRow === undefined ? [] : ctx.directionLines.filter((c) => c.row === unitRow || (c.row > unitRow && c.row < seg.run.row));
  const below = ctx.directionLines.filter((c) => c.row > last && c.row <= last + 3 && !headsNextBlock(ctx, c.row, last));
  const lines = ownLines.length ? ownLines : below.length ? below : ctx.directionLines.filter((x) => x.row < seg.run.row && !closesBlockAbove(ctx, x.row));
  for (const c of lines) {
    // 「方向 ↓」: the label and its way in one cell (wayInLabelCell.ts).
    const own = wayInLabelCell(c.text);
    const v = own ? { row: c.row, col: c.col, text: c.text } : valueRightOf(grid, c.row, c.col, 4, seg.right);
    const d = own ?? (v ? parseDirection(v.text) : null);
    if (v && d) out.direction = { value: d, cell: a1(v.row, v.col), text: v.text };
  }
  const unitCol = headerColumn(ctx, 'unit');
  if (unitCol !== undefined && !out.unit) {
    const s = g.series.find((x) => grid.text(x.row, unitCol));
    if (s) {
      const a = grid.anchor(s.row, unitCol);
      out.unit = { text: grid.text(s.row, unitCol), cell: a1(a.row, a.col) };
    }
  }
  const dirCol = headerColumn(ctx, 'direction');
  for (const s of dirCol === undefined ? [] : g.series) {
    const t = grid.text(s.row, dirCol!);
    const d = t ? parseDirection(t) : null;
    // Words the reader does not know in the 方向 column: kept, so that grading names the cell (unreadDirection.ts).
    if (!d && t && !out.unread && !isNoWayMark(t)) out.unread = { cell: a1(s.row, dirCol!), text: t };
    if (d) {
      out.direction = { value: d, cell: a1(s.row, dirCol!), text: t };
      break;
    }
  }
  // 単位 | ha | ↓（減少）: an arrow right of the unit, no 方向 label, is the block's stated way (unitLineWay.ts).
  const plans = {
    lastRow: last,
    left: seg.left,
    right: seg.right,
    planRows: g.series.filter((s) => s.role === 'expected' || s.role === 'target').map((s) => s.row),
  };
  const right = !out.direction && !out.unread && out.unit ? wayRightOfUnit(grid, out.unit.cell, plans) : null;
  if (right) out.direction = right;
  return out;
}

/**
 * A 備考 line of the block's own: between its 指標 name line and its period row (指標③ | 名 / 単位 | 千円 | 備考 | 低いほど良い /
 * 区分 | R3 …). Only under a name line: without one, a 備考 line above the period row may close the block above.
 */
function ownNoteLine(ctx: BlockContext): IndexedCell | null {
  const { grid, index, seg, axisRows } = ctx;
  let note: IndexedCell | null = null;
  for (let r = seg.run.row - 1; r >= Math.max(grid.top, seg.run.row - 6); r--) {
    if (axisRows.has(r)) return null;
    note ??= labelled(index, r, seg.left, seg.right, 'note');
    if (labelled(index, r, seg.left, seg.right, 'name')) return note;
  }
  return null;
}

/** A note line's value: right of its label, else under it (never on a period row). */
function noteValue(ctx: BlockContext, n: IndexedCell): { text: string; cell: string } | null {
  const { grid, seg } = ctx;
  const below = (grid.merge(n.row, n.col)?.bottom ?? n.row) + 1;
  const under = !ctx.axisRows.has(below) && below !== seg.run.row && grid.text(below, n.col) ? { row: below, col: n.col, text: grid.text(below, n.col) } : null;
  const v = valueRightOf(grid, n.row, n.col, 10, seg.right) ?? under;
  if (!v) return null;
  const a = grid.anchor(v.row, v.col);
  return { text: v.text, cell: a1(a.row, a.col) };
}

/**
 * A 備考 column, or a 備考 line of a policy block: its own, between its name line and its period row, else one under
 * its rows, above the next block's name line (a line past that is the next block's own).
 */
function blockNote(ctx: BlockContext, g: SeriesGroup, gi: number, policyBlock: boolean): { text?: string; cell?: string } {
  const { grid, index, seg } = ctx;
  const noteCol = headerColumn(ctx, 'note');
  let text =
    noteCol === undefined
      ? undefined
      : g.series
          .map((s) => grid.text(s.row, noteCol))
          .filter(Boolean)
          .join(' ') || undefined;
  const own = policyBlock && gi === 0 ? ownNoteLine(ctx) : null;
  if (own) {
    const v = noteValue(ctx, own);
    return v ? { text: v.text, cell: v.cell } : { text };
  }
  let cell: string | undefined;
  const last = g.series[g.series.length - 1].row;
  for (let r = last + 1; r <= last + 3 && policyBlock; r++) {
    if (ctx.axisRows.has(r) || labelled(index, r, seg.left, seg.right, 'name')) break;
    const n = labelled(index, r, seg.left, seg.right, 'note');
    if (!n) continue;
    const v = noteValue(ctx, n);
    if (v) [text, cell] = [v.text, v.cell];
    break;
  }
  return { text, cell };
}

/** The name given to a block whose name cell is empty (an indicator with figures is still read, and its name flagged). */
export const UNNAMED = '（名称未記入）';

function newIndicator(ctx: BlockContext, g: SeriesGroup, gi: number): RawIndicator {
  const layout = ctx.nameCol !== undefined ? 'period-matrix' : 'policy-block';
  const name = groupName(ctx, g, gi);
  const { unit, direction, unread } = unitAndDirection(ctx, g);
  const note = blockNote(ctx, g, gi, layout === 'policy-block');
  const description = name.description;
  const clean = cleanName(name.text || UNNAMED);
  const ind: RawIndicator = {
    sheet: ctx.grid.name,
    layout,
    row: g.series[0].row,
    id: name.id ?? clean.id ?? null,
    name: clean.name,
    nameCell: name.cell,
    cumulative: clean.cumulative || /累計/.test(`${description?.text ?? ''}${note.text ?? ''}`),
    repeated: clean.repeated,
    wordsForDirection: [
      clean.name,
      descriptionAims(description?.text ?? '', (o, p) => aimSpeaksOf(o, clean.name, p)),
      remarkAims(note.text ?? '', (o, p) => aimSpeaksOf(o, clean.name, p)),
      clean.note ?? '',
      remarkAims(unit?.note ?? ''),
    ].join(' '),
    actuals: [],
    targets: [],
    baselines: [],
  };
  if (description) [ind.description, ind.descriptionCell] = [description.text, description.cell];
  if (note.text) ind.note = note.text;
  if (note.cell) ind.noteCell = note.cell;
  const u = unit ? writtenUnit(unit.text) : clean.unit;
  if (u) ind.unit = u;
  if (unit) ind.unitCell = unit.cell;
  if (direction) ind.statedDirection = direction;
  else if (unread) ind.unreadDirection = unread;
  if (name.fromHeading) ind.guesses = [{ reason: 'name-from-description', cells: [name.cell] }];
  return ind;
}

/** The figures of each series row per period, and the final 目標値 columns right of the run. */
function addSeries(ctx: BlockContext, ind: RawIndicator, g: SeriesGroup): void {
  const { grid, seg } = ctx;
  // A 実績（累計） row beside the block's 実績 row is derived: never the year's actual, unless the block's targets are
  // 累計 themselves (目標値（累計）): then the 単年度 row is the one left unread (cumulativeTwins.ts).
  const twins = cumulativeTwins(
    g.series,
    (s) => (s.pair ? null : s.role),
    (s) => grid.text(s.row, s.labelCol),
    (s) => !s.pair && (s.role === 'target' || s.role === 'expected'),
  );
  // Unless the block's 達成率 row shows the 累計 one is graded (rateChosenActual.ts).
  const unread = unreadByRate(
    grid,
    g.series,
    twins,
    seg.run.cells.map((c) => c.col),
    ind,
  );
  // A plan row (②確保方策) under years split into 計画 | 実績: its target and actual per year (planRowSubColumns.ts).
  const planSubs = readsPlanSubColumns(g.series.map((s) => s.role));
  for (const s of g.series) {
    if (unread.has(s)) continue;
    if (planSubs && s.role === 'expected' && readPlanSubColumns(ctx, ind, s.row)) continue;
    if (s.pair) {
      for (const pc of seg.run.cells) readPairCell(grid, s.row, pc.col, s.pair, ind, pc.period);
      continue;
    }
    for (const pc of seg.run.cells) {
      const p = point(grid, s.row, pc.col, pc.period);
      if (s.role === 'actual') {
        // 「令和6年3月末（見込）」 over the year's actual: a provisional figure, as under 「実績（見込）」 (provisionalHeadings.ts).
        ind.actuals.push(markedProvisional(p, [grid.text(seg.run.row, pc.col)]));
        if (pc.baseline) ind.baselines.push(p);
      } else if (s.role === 'baseline') {
        if (p.parsed.status !== 'missing') ind.baselines.push(p);
      } else {
        ind.targets.push(withKind(p, s.role === 'expected' ? 'expected' : 'target'));
      }
    }
    for (const h of ctx.headerCells) {
      if (h.col <= seg.run.end || !h.label || (h.label.role !== 'target' && h.label.role !== 'expected')) continue;
      const p = point(grid, s.targetRow ?? s.row, h.col, h.label.period);
      // 「R7（目標値）」: the year first, its target a note: on the 実績 row, that year's actual (yearFirstHeading).
      // Only with that year's target filled on a 期待値 / 目標値 row: else the figure is the target written once (review rv41a).
      const targetBelow = () => g.series.some((t) => (t.role === 'expected' || t.role === 'target') && grid.text(t.row, h.col).trim() !== '');
      if (s.role === 'actual' && yearFirstHeading(h.text) && ownCell(grid, s.row, h.col) && targetBelow()) ind.actuals.push(markedProvisional(p, [h.text]));
      else if (p.parsed.status !== 'missing' && !ind.targets.some((t) => t.cell === p.cell)) ind.targets.push(withKind(p, 'target'));
    }
  }
  for (const s of g.series) if (s.basisUnsure) (ind.guesses ??= []).push({ reason: 'column-chosen', cells: s.basisUnsure });
  // A 当初目標値 row under a 修正目標値 row filled for the same year: the revised one counts (revisedTargets.ts).
  const labelOf = new Map(g.series.map((s) => [s.row, grid.text(s.row, s.labelCol)]));
  withoutSupersededTargetsLabelled(ind, (t) => labelOf.get(t.row) ?? '');
}

/**
 * A heading that is a year with its measure noted after it in brackets, 「R7（目標値）」「令和7年度（目標年度）」: a year of the
 * block like the run's, whose target is that on the 期待値 / 目標値 row; the 実績 row's figure under it is the year's actual (the
 * final year's result, filled once the plan's last year is evaluated). 「目標値（R7）」「最終目標（R7）」 name the measure first.
 */
export function yearFirstHeading(text: string): boolean {
  const t = compactForPeriod(text);
  const p = findPeriod(t);
  return !!p && p.index === 0 && /^[(（][^()（）]*[)）]$/.test(t.slice(p.length));
}

/** A cell of the row alone, not merged down over the block's other rows (a target written once over 実績 and 目標). */
function ownCell(grid: BlockContext['grid'], row: number, col: number): boolean {
  const m = grid.merge(row, col);
  return !m || m.top === m.bottom;
}

/** A plan row's figures under each year's 計画 | 実績 sub-columns, when every year of the run is so split; false if not. */
function readPlanSubColumns(ctx: BlockContext, ind: RawIndicator, row: number): boolean {
  const { grid, seg } = ctx;
  const subs = seg.run.cells.map((pc) => planActualUnder(grid, seg.run.row, pc.col, grid.rightEdge(seg.run.row, pc.col)));
  if (subs.some((x) => !x)) return false;
  seg.run.cells.forEach((pc, i) => {
    ind.targets.push(withKind(point(grid, row, subs[i]!.plan, pc.period), 'expected'));
    ind.actuals.push(point(grid, row, subs[i]!.actual, pc.period));
  });
  return true;
}

/** Header columns read on the actual's row: 基準値, a grade, last year's grade, 今後の方向性. */
function addHeaderColumns(ctx: BlockContext, ind: RawIndicator, g: SeriesGroup): void {
  const { grid } = ctx;
  const actualRow = g.series.find((s) => s.role === 'actual')?.row ?? g.series[0].row;
  for (const h of ctx.headerCells) {
    if (!h.label) continue;
    const a = grid.anchor(actualRow, h.col);
    if (h.label.role === 'baseline') {
      const p = point(grid, actualRow, h.col, h.label.period);
      if (p.parsed.status !== 'missing') ind.baselines.unshift(p);
    } else if (h.label.role === 'grade' && !ind.gradeCell) {
      ind.gradeCell = { row: a.row, col: a.col, cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
    } else if (h.label.role === 'previousGrade') {
      ind.previousGradeCell = { cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
    } else if (h.label.role === 'futureDirection') {
      const t = grid.fullText(actualRow, h.col);
      if (t) ind.futureDirection = { cell: a1(a.row, h.col), text: t };
    }
  }
}

export function readGroup(ctx: BlockContext, g: SeriesGroup, gi: number): RawIndicator {
  const ind = newIndicator(ctx, g, gi);
  addSeries(ctx, ind, g);
  addHeaderColumns(ctx, ind, g);
  // A 「達成度 | B」 line right under the block's figure rows: the indicator's own grade, or a grade per period (blockGradeLine.ts).
  const byPeriod = ind.gradeCell ? undefined : blockGradeLineByPeriod(ctx, g);
  if (byPeriod) {
    const { period: _p, ...first } = byPeriod[0];
    [ind.gradeCells, ind.gradeCell] = [byPeriod, first];
  }
  if (!ind.gradeCell) {
    const mark = blockGradeMark(ctx, g);
    if (mark) ind.gradeCell = mark.cell;
    if (mark?.byPeriod) ind.gradeCells = mark.byPeriod;
  }
  return ind;
}
