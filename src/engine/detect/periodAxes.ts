/**
 * Layouts whose figures run along a row of period headers:
 *  - policy blocks (family A): 指標① name / 単位 R1 R2（現状値）… R7 / 実績値 row / 期待値 row / 備考,
 *    tiled across and down the sheet;
 *  - period matrices (family C): KPI | 区分 | 平成29年3月末 … with 目標値 / 実績値 rows per KPI.
 * A period run is one or more period cells side by side in one row, in increasing order; the
 * rows below it that carry a series label (実績値, 期待値, 目標値 …) left of the run are its series.
 */
import { a1 } from '../model/address';
import type { Grid } from './grid';
import { parseDirection, SERIES_ROLES, type Role } from '../values/labels';
import { periodOrder, type Period } from '../values/periods';
import { canonicalUnit } from '../values/units';
import type { CellIndex, IndexedCell } from './cells';
import { point, valueRightOf } from './common';
import { cleanName } from './names';
import type { RawIndicator, TargetPoint } from './types';

interface Run {
  row: number;
  cells: { col: number; period: Period; baseline: boolean }[];
  start: number;
  end: number;
}

interface Segment {
  run: Run;
  left: number;
  right: number;
}

interface SeriesRow {
  row: number;
  role: Role;
  labelCol: number;
}

/** Period runs of one row. */
function runsOf(index: CellIndex, row: number): Run[] {
  const runs: Run[] = [];
  let cur: Run | null = null;
  for (const cell of index.row(row)) {
    if (cell.period && cur && cell.col === cur.end + 1 && periodOrder(cell.period.period) > periodOrder(cur.cells[cur.cells.length - 1].period)) {
      cur.cells.push({ col: cell.col, period: cell.period.period, baseline: cell.period.baseline });
      cur.end = cell.right;
      continue;
    }
    if (cur) runs.push(cur);
    cur = cell.period
      ? { row, cells: [{ col: cell.col, period: cell.period.period, baseline: cell.period.baseline }], start: cell.col, end: cell.right }
      : null;
  }
  if (cur) runs.push(cur);
  return runs;
}

function seriesLabelIn(index: CellIndex, row: number, left: number, right: number): SeriesRow | null {
  let best: SeriesRow | null = null;
  for (const cell of index.row(row)) {
    if (cell.col < left || cell.col > right) continue;
    if (cell.label && SERIES_ROLES.has(cell.label.role)) best = { row, role: cell.label.role, labelCol: cell.col };
  }
  if (best) return best;
  // A label merged down from the row above ("実績値" over two rows) is seen through the merge.
  for (let c = right; c >= left; c--) {
    const a = index.grid.anchor(row, c);
    if (a.row === row) continue;
    const cell = index.at(row, c);
    if (cell?.label && SERIES_ROLES.has(cell.label.role)) return { row, role: cell.label.role, labelCol: c };
  }
  return null;
}

function labelled(index: CellIndex, row: number, left: number, right: number, role: Role): IndexedCell | null {
  for (const cell of index.row(row)) if (cell.col >= left && cell.col <= right && cell.label?.role === role) return cell;
  return null;
}

export interface AxisResult {
  indicators: RawIndicator[];
  consumedRows: Set<number>;
}

export function detectPeriodAxes(grid: Grid, index: CellIndex): AxisResult {
  const indicators: RawIndicator[] = [];
  const consumedRows = new Set<number>();
  const axisRows = new Set<number>();
  const runsByRow = new Map<number, Run[]>();
  for (const r of index.rows.keys()) {
    const runs = runsOf(index, r);
    if (runs.length) {
      runsByRow.set(r, runs);
      axisRows.add(r);
    }
  }
  for (const [row, runs] of runsByRow) {
    runs.forEach((run, i) => {
      const seg: Segment = {
        run,
        left: i === 0 ? grid.left : runs[i - 1].end + 1,
        right: i === runs.length - 1 ? grid.right : run.end,
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

function detectSegment(grid: Grid, index: CellIndex, seg: Segment, axisRows: Set<number>): RawIndicator[] {
  const { run } = seg;
  const series: SeriesRow[] = [];
  // Rows without a series label (達成率, 備考) may stand between series; two blank rows, or three
  // rows without a label, end the block.
  let misses = 0;
  let blanks = 0;
  for (let r = run.row + 1; r <= grid.bottom && r <= run.row + 200; r++) {
    if (axisRows.has(r) && r !== run.row) break;
    const s = seriesLabelIn(index, r, seg.left, run.start - 1);
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
  if (!series.length) return [];
  const labelCol = Math.min(...series.map((s) => s.labelCol));
  // Header cells left of the labels and right of the run.
  const headerCells = index
    .row(run.row)
    .filter((c) => (c.col >= seg.left && c.col < run.start && c.col !== labelCol) || (c.col > run.end && c.col <= seg.right));
  const colOf = (role: Role) => headerCells.find((c) => c.label?.role === role)?.col;
  const nameCol = colOf('name');
  const unitCol = colOf('unit');

  // Group the series rows into indicators.
  const groups: { series: SeriesRow[]; nameRow?: number }[] = [];
  if (nameCol !== undefined) {
    let lastKey = '';
    for (const s of series) {
      const a = grid.anchor(s.row, nameCol);
      const hasName = grid.text(s.row, nameCol) !== '';
      const key = hasName ? `${a.row}:${a.col}` : lastKey;
      const repeatRole = groups.length > 0 && groups[groups.length - 1].series.some((x) => x.role === s.role);
      if (!groups.length || key !== lastKey || (repeatRole && !hasName)) groups.push({ series: [], nameRow: hasName ? a.row : undefined });
      groups[groups.length - 1].series.push(s);
      lastKey = key;
    }
  } else {
    for (const s of series) {
      const last = groups[groups.length - 1];
      if (!last || last.series.some((x) => x.role === s.role)) groups.push({ series: [] });
      groups[groups.length - 1].series.push(s);
    }
  }

  const out: RawIndicator[] = [];
  // The 単位 / 方向 lines of the whole run, found once (each group takes those above its end).
  const blockLines: IndexedCell[] = [];
  const lastRow = Math.max(...groups.map((g) => g.series[g.series.length - 1].row));
  for (let r = run.row - 6; r <= lastRow + 3; r++) {
    for (const c of index.row(r)) {
      if (c.col < seg.left || c.col > seg.right) continue;
      if (c.label?.role === 'direction' || c.text.startsWith('単位')) blockLines.push(c);
    }
  }
  // The block's first 単位 line (the unit of every indicator down to three rows under it), and its 方向 lines.
  let firstUnit: { cell: IndexedCell; text: string } | undefined;
  for (const c of blockLines) {
    const m = /^単位[:：]\s*(.+)$/.exec(c.text.trim());
    if (m) {
      firstUnit = { cell: c, text: m[1] };
      break;
    }
  }
  const directionLines = blockLines.filter((c) => c.label?.role === 'direction');
  groups.forEach((g, gi) => {
    const first = g.series[0].row;
    const last = g.series[g.series.length - 1].row;
    let nameText = '';
    let nameCell = a1(first, labelCol);
    let id: string | null = null;
    let description: string | undefined;
    let descriptionCell: string | undefined;
    let statedDirection: RawIndicator['statedDirection'];
    let unitText: string | undefined;
    let unitCell: string | undefined;
    const layout = nameCol !== undefined ? 'period-matrix' : 'policy-block';
    if (nameCol !== undefined && g.nameRow !== undefined) {
      const a = grid.anchor(g.nameRow, nameCol);
      nameText = grid.fullText(a.row, a.col);
      nameCell = a1(a.row, a.col);
    } else if (gi === 0) {
      // Policy block: the 指標① label and its name stand above the period row.
      for (let r = run.row - 1; r >= Math.max(grid.top, run.row - 6); r--) {
        if (axisRows.has(r)) break;
        const nameLabel = labelled(index, r, seg.left, seg.right, 'name');
        if (nameLabel) {
          const v = valueRightOf(grid, r, nameLabel.col, 6, seg.right);
          if (v && !index.at(v.row, v.col)?.label) {
            nameText = grid.fullText(v.row, v.col);
            nameCell = a1(v.row, v.col);
          }
          if (nameLabel.label?.id) id = nameLabel.label.id;
          const desc = labelled(index, r, seg.left, seg.right, 'description');
          if (desc) {
            const d = valueRightOf(grid, r, desc.col, 6, seg.right);
            if (d) [description, descriptionCell] = [d.text, a1(d.row, d.col)];
          }
          break;
        }
      }
      if (!nameText) {
        // No 指標 label: the nearest text above the period row, at the block's left.
        for (let r = run.row - 1; r >= Math.max(grid.top, run.row - 3) && !nameText; r--) {
          for (const c of index.row(r)) {
            if (c.col >= seg.left && c.col <= run.end && c.text && !c.label && !c.period && !c.meta) {
              nameText = grid.fullText(c.row, c.col);
              nameCell = a1(c.row, c.col);
              break;
            }
          }
        }
      }
    }
    // Lines inside the block: 単位, 方向, 説明 stated as label + value.
    if (firstUnit && firstUnit.cell.row <= last + 3) {
      unitText = firstUnit.text;
      unitCell = a1(firstUnit.cell.row, firstUnit.cell.col);
    }
    for (const c of directionLines) {
      const r = c.row;
      if (r > last + 3) break;
      if (r > last) {
        const v = valueRightOf(grid, r, c.col, 4, seg.right);
        if (v) {
          const d = parseDirection(v.text);
          if (d) statedDirection = { value: d, cell: a1(v.row, v.col), text: v.text };
        }
      }
    }
    if (unitCol !== undefined && !unitText) {
      for (const s of g.series.map((x) => x.row)) {
        const t = grid.text(s, unitCol);
        if (t) {
          unitText = t;
          unitCell = a1(grid.anchor(s, unitCol).row, grid.anchor(s, unitCol).col);
          break;
        }
      }
    }
    const dirCol = colOf('direction');
    if (dirCol !== undefined) {
      for (const s of g.series) {
        const t = grid.text(s.row, dirCol);
        const d = t ? parseDirection(t) : null;
        if (d) {
          statedDirection = { value: d, cell: a1(s.row, dirCol), text: t };
          break;
        }
      }
    }
    // Notes: a 備考 column, or a 備考 row under the block.
    let note: string | undefined;
    let noteCell: string | undefined;
    const noteCol = colOf('note');
    if (noteCol !== undefined)
      note =
        g.series
          .map((s) => grid.text(s.row, noteCol))
          .filter(Boolean)
          .join(' ') || undefined;
    for (let r = last + 1; r <= last + 2 && layout === 'policy-block'; r++) {
      const n = labelled(index, r, seg.left, seg.right, 'note');
      if (n) {
        const v = valueRightOf(grid, r, n.col, 10, seg.right);
        if (v) [note, noteCell] = [v.text, a1(v.row, v.col)];
      }
    }

    const clean = cleanName(nameText || '（名称未記入）');
    const ind: RawIndicator = {
      sheet: grid.name,
      layout,
      row: first,
      id: id ?? clean.id ?? null,
      name: clean.name,
      nameCell,
      cumulative: clean.cumulative || /累計/.test(`${description ?? ''}${note ?? ''}`),
      repeated: clean.repeated,
      wordsForDirection: [clean.name, description ?? '', note ?? '', clean.note ?? ''].join(' '),
      actuals: [],
      targets: [],
      baselines: [],
    };
    if (description) ind.description = description;
    if (descriptionCell) ind.descriptionCell = descriptionCell;
    if (note) ind.note = note;
    if (noteCell) ind.noteCell = noteCell;
    const unit = unitText ? canonicalUnit(unitText) : clean.unit;
    if (unit) ind.unit = unit;
    if (unitCell) ind.unitCell = unitCell;
    if (statedDirection) ind.statedDirection = statedDirection;

    for (const s of g.series) {
      for (const pc of run.cells) {
        const p = point(grid, s.row, pc.col, pc.period);
        if (s.role === 'actual') {
          ind.actuals.push(p);
          if (pc.baseline) ind.baselines.push(p);
        } else if (s.role === 'baseline') {
          if (p.parsed.status !== 'missing') ind.baselines.push(p);
        } else {
          const t: TargetPoint = { ...p, kind: s.role === 'expected' ? 'expected' : 'target' };
          ind.targets.push(t);
        }
      }
      // Columns right of the run: a final 目標値, a 基準値, a grade.
      for (const h of headerCells) {
        if (h.col <= run.end || !h.label) continue;
        const role = h.label.role;
        if (role === 'target' || role === 'expected') {
          const p = point(grid, s.row, h.col, h.label.period);
          if (p.parsed.status !== 'missing' && !ind.targets.some((t) => t.cell === p.cell)) ind.targets.push({ ...p, kind: 'target' });
        }
      }
    }
    for (const h of headerCells) {
      if (!h.label) continue;
      const firstRow = g.series[0].row;
      const actualRow = g.series.find((s) => s.role === 'actual')?.row ?? firstRow;
      if (h.label.role === 'baseline') {
        const p = point(grid, actualRow, h.col, h.label.period);
        if (p.parsed.status !== 'missing') ind.baselines.unshift(p);
      } else if (h.label.role === 'grade' && !ind.gradeCell) {
        const a = grid.anchor(actualRow, h.col);
        ind.gradeCell = { row: a.row, col: a.col, cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
      } else if (h.label.role === 'previousGrade') {
        const a = grid.anchor(actualRow, h.col);
        ind.previousGradeCell = { cell: a1(a.row, a.col), raw: grid.raw(a.row, a.col) };
      } else if (h.label.role === 'futureDirection') {
        const t = grid.fullText(actualRow, h.col);
        if (t) ind.futureDirection = { cell: a1(grid.anchor(actualRow, h.col).row, h.col), text: t };
      }
    }
    out.push(ind);
  });
  return out;
}
