/**
 * One indicator's block, stacked down a sheet with no table header over them: a title line (成果指標１ | name),
 * label lines (単位 | 人, 備考 | …), then a line of dated measure headings (H28実績 | H29実績 | H30目標 | H30実績 |
 * H32目標（最終）) over one line of figures. Each heading names and dates the figure under it, the title line
 * names the indicator: the block reads as one indicator whatever era its years are written in.
 */
import { a1, parseA1 } from '../model/address';
import { classifyLabel, SERIES_ROLES, type Role } from '../values/labels';
import type { Period } from '../values/periods';
import { unitLine } from '../values/unitLine';
import { parseValue } from '../values/values';
import type { CellIndex } from './cells';
import { namedIndicator, point, valueRightOf, withKind } from './common';
import type { Grid } from './grid';
import { cleanName, isNotAName } from './names';
import type { RawIndicator } from './types';

/** How far above its headings a block's title line may stand (title, 単位 and 備考 lines, one blank line). */
const TITLE_REACH = 4;

interface Heading {
  col: number;
  role: Role;
  period: Period;
}

/**
 * The row's dated measure headings: every text cell of the row a series word with a period, two at least, no two
 * alike (「R3実績」 reads as a period too, so its words are asked of its text, not of the cell's index entry). A card's
 * row may open with a 区分 / 項目 cell (its line of figures opening with 数値 or 実績) and hold figures derived from the
 * others (前年度比, 達成率): those are no headings, and their cells are passed over.
 */
function datedHeadings(index: CellIndex, row: number): Heading[] | null {
  const cells = leftRun(index.row(row).filter((c) => c.text));
  if (cells.length < 2) return null;
  const out: Heading[] = [];
  for (const [i, c] of cells.entries()) {
    const label = c.label ?? classifyLabel(c.text);
    if ((i === 0 && label?.role === 'category') || (label?.role === 'derived' && !label.period)) continue;
    if (!label?.period || !SERIES_ROLES.has(label.role)) return null;
    out.push({ col: c.col, role: label.role, period: label.period });
  }
  const keys = new Set(out.map((h) => `${h.role}|${h.period.fiscalYear}`));
  return out.length >= 2 && keys.size === out.length ? out : null;
}

/** The cells of a row up to a gap of two or more empty columns: what stands further right is another table beside. */
function leftRun<T extends { col: number; right: number }>(cells: T[]): T[] {
  const end = cells.findIndex((c, i) => i > 0 && c.col - cells[i - 1].right > 2);
  return end < 0 ? cells : cells.slice(0, end);
}

/**
 * The line under the headings holds figures under them (two at least) and nothing else but, left of them, one row label
 * (「数値」「実績」 under 区分) and, under headings no measure (前年度比), what they derive.
 */
function figuresUnder(grid: Grid, index: CellIndex, row: number, headingRow: number, headings: Heading[]): boolean {
  const cols = new Set(headings.map((h) => h.col));
  const first = Math.min(...cols);
  const last = Math.max(...cols);
  const cells = index.row(row).filter((c) => c.text && c.col <= last + 2);
  // A row label left of the figures only under a 区分 / 項目 heading left of the measures.
  const leadHeading = index.row(headingRow).some((c) => c.col < first && c.label?.role === 'category');
  const lead = cells.filter((c) => c.col < first);
  const passed = (c: { col: number }) => cols.has(c.col) || (c.col > first && !!grid.text(headingRow, c.col));
  if (lead.length > (leadHeading ? 1 : 0) || cells.some((c) => c.col > first && !passed(c))) return false;
  return headings.filter((h) => parseValue(grid.raw(row, h.col)).status === 'value').length >= 2;
}

interface Title {
  row: number;
  id: string | null;
  name: string;
  nameCell: string;
}

/** The block's title line above its headings: a name label (成果指標１, 指標名) with the name right of it. */
function titleAbove(grid: Grid, index: CellIndex, row: number, consumed: Set<number>): Title | null {
  for (let r = row - 1; r >= Math.max(grid.top, row - TITLE_REACH); r--) {
    if (consumed.has(r) || datedHeadings(index, r)) return null;
    const first = index.row(r).find((c) => c.text);
    if (first?.label?.role !== 'name') continue;
    const name = valueRightOf(grid, r, first.col);
    if (!name || index.at(name.row, name.col)?.label || isNotAName(name.text)) return null;
    return { row: r, id: first.label.id ?? null, name: name.text, nameCell: a1(name.row, name.col) };
  }
  return null;
}

/**
 * The label lines between the title and the headings: 単位, 備考 and 説明, each with the text right of its label; and a unit
 * written whole in one cell (「単位：人」) on those lines or on the title line right of the name.
 */
function readLines(grid: Grid, index: CellIndex, ind: RawIndicator, title: Title, to: number): void {
  const nameCol = parseA1(title.nameCell)?.col ?? 0;
  for (const c of index.row(title.row)) {
    const line = c.col > nameCol ? unitLine(c.text) : null;
    if (line && !ind.unit) [ind.unit, ind.unitCell] = [line.unit, a1(c.row, c.col)];
  }
  for (let r = title.row + 1; r < to; r++)
    for (const c of index.row(r)) {
      const line = c.label ? null : unitLine(c.text);
      if (line && !ind.unit) [ind.unit, ind.unitCell] = [line.unit, a1(c.row, c.col)];
      const role = c.label?.role;
      if (role !== 'unit' && role !== 'note' && role !== 'description') continue;
      const v = valueRightOf(grid, r, c.col, 3);
      if (!v || index.at(v.row, v.col)?.label) continue;
      const cell = a1(v.row, v.col);
      if (role === 'unit' && !ind.unit) [ind.unit, ind.unitCell] = [v.text, cell];
      if (role === 'note' && !ind.note) [ind.note, ind.noteCell] = [v.text, cell];
      if (role === 'description' && !ind.description) [ind.description, ind.descriptionCell] = [v.text, cell];
    }
}

/** One block's indicator: the title's name, the lines' unit and note, each heading's figure as its measure of its year. */
function readBlock(grid: Grid, index: CellIndex, title: Title, headingRow: number, headings: Heading[]): RawIndicator {
  const clean = cleanName(title.name);
  const ind = namedIndicator(grid.name, 'policy-block', title.row, title.nameCell, title.id ?? clean.id ?? null, clean);
  if (clean.direction) ind.statedDirection = { ...clean.direction, cell: title.nameCell };
  readLines(grid, index, ind, title, headingRow);
  ind.wordsForDirection = [clean.name, clean.note ?? '', ind.description ?? '', ind.note ?? ''].join(' ');
  for (const h of headings) {
    const { role, period } = h;
    const p = point(grid, headingRow + 1, h.col, period);
    if (role === 'actual') ind.actuals.push(p);
    else if (role === 'baseline') ind.baselines.push(p);
    else ind.targets.push(withKind(p, role === 'expected' ? 'expected' : 'target'));
  }
  return ind;
}

/** Every such block on rows no other reader took; their rows are claimed. */
export function detectDatedHeadingBlocks(grid: Grid, index: CellIndex, consumed: Set<number>): RawIndicator[] {
  const out: RawIndicator[] = [];
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (consumed.has(row) || consumed.has(row + 1)) continue;
    const headings = datedHeadings(index, row);
    if (!headings || !figuresUnder(grid, index, row + 1, row, headings)) continue;
    const title = titleAbove(grid, index, row, consumed);
    if (!title) continue;
    out.push(readBlock(grid, index, title, row, headings));
    for (let r = title.row; r <= row + 1; r++) consumed.add(r);
  }
  return out;
}
