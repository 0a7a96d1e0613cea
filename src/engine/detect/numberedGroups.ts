/**
 * Indicators as numbered column groups of one row, as an evaluation system exports them: one row per 事業 with
 * 「指標1_名称 | 指標1_単位 | 指標1_目標値 | 指標1_実績値 | 指標2_名称 | …」. The headings share a name word and a number
 * (指標1, 成果指標2, KPI①) before the measure they head, or the number after it (指標名1 | 目標値1 | 実績値1 | 指標名2 | …);
 * each number is one indicator of the row, read from its own columns as a table row is (its name the group's 名称
 * column). A group whose name cell is empty on a row (a 事業 with one indicator only) is no indicator.
 */
import { a1 } from '../model/address';
import { classifyLabel, type Label, type Role } from '../values/labels';
import { circledNumber, compact, memo, normalizeText } from '../values/text';
import type { CellIndex } from './cells';
import type { Grid } from './grid';
import type { Column } from './header';
import { isNotAName } from './names';
import { plainBesideRelative } from './relativePeriods';
import type { RawIndicator } from './types';

/** A name word, a number, then the heading of the group's column: 「指標1_目標値」「成果指標２－実績」「KPI①名称」. */
const NUMBERED = /^(.{1,8}?)([0-9]{1,2}|[①-⑳])[\s_\-・.:]*(\S.{0,15})$/;
/** The heading of the group's column, then its number: 「指標名1」「目標値1」「実績値_1」「単位②」. */
const SUFFIXED = /^(\S{1,10}?)[\s_\-・.:]*([0-9]{1,2}|[①-⑳])$/;
/** The heading of a group's name column (the name word of the prefix already says 指標). */
const NAME_HEADING = /^(名称|名|名前|指標名|内容|項目|項目名)$/;
/** How many blank rows end the body. */
const BLANKS = 1;

interface Group {
  key: string;
  nameCol: number;
  columns: Column[];
}

/** What a cell's text says as a group column's heading: its group's key, and a name heading or the label of its own heading. */
interface GroupHeading {
  key: string;
  label: Label | 'name';
}

/**
 * A cell text's group heading, or null, in one look-up: every row of a sheet is asked whether it heads numbered groups, and
 * its texts repeat down the rows (「実施件数 8件」), where normalising and matching them again was most of the work.
 */
const groupHeading = memo((text: string): GroupHeading | null => {
  const numbered = numberedHeading(compact(normalizeText(text)));
  if (!numbered) return null;
  if (NAME_HEADING.test(numbered.heading)) return { key: numbered.key, label: 'name' };
  const label = classifyLabel(numbered.heading);
  return label ? { key: numbered.key, label } : null;
});

/** The column a group heading heads: its role, and its period and relative year when the heading names them. */
function groupColumn(header: number, col: number, heading: GroupHeading): Column {
  const { label } = heading;
  if (label === 'name') return { col, role: 'name', cells: [a1(header, col)] };
  const c: Column = { col, role: label.role as Role, cells: [a1(header, col)] };
  if (label.period) c.period = label.period;
  if (label.relative !== undefined) c.relative = label.relative;
  return c;
}

/** A heading's group (its name word and number) and its own heading, in either form, or null. */
function numberedHeading(t: string): { key: string; heading: string } | null {
  const number = (n: string) => circledNumber(n) ?? Number(n);
  const m = NUMBERED.exec(t);
  if (m && classifyLabel(m[1])?.role === 'name') return { key: `${m[1]}${number(m[2])}`, heading: m[3] };
  const s = SUFFIXED.exec(t);
  return s ? { key: `#${number(s[2])}`, heading: s[1] } : null;
}

/** The numbered groups a header row holds, each with a name column and a target or an actual column, or none. */
export function numberedGroups(index: CellIndex, row: number): Group[] {
  const byKey = new Map<string, Column[]>();
  for (const cell of index.row(row)) {
    const heading = cell.text ? groupHeading(cell.text) : null;
    if (heading) byKey.set(heading.key, [...(byKey.get(heading.key) ?? []), groupColumn(row, cell.col, heading)]);
  }
  const groups: Group[] = [];
  for (const [key, columns] of byKey) {
    const name = columns.find((c) => c.role === 'name');
    if (!name || !columns.some((c) => c.role === 'target' || c.role === 'actual')) continue;
    plainBesideRelative(columns);
    groups.push({ key, nameCol: name.col, columns });
  }
  return groups;
}

/** How a table reads one row: its name in `nameCol`, every other fact under its column's heading (tables.ts). */
export type RowReader = (grid: Grid, r: number, nameCol: number, columns: Column[]) => RawIndicator;

/** Every row's indicators under each header of numbered groups, read by `readRow`; the header and body rows are claimed. */
export function detectNumberedGroups(
  grid: Grid,
  index: CellIndex,
  claimed: Set<number>,
  readRow: RowReader,
): { indicators: RawIndicator[]; consumedRows: Set<number> } {
  const indicators: RawIndicator[] = [];
  const consumedRows = new Set<number>();
  for (const row of [...index.rows.keys()].sort((a, b) => a - b)) {
    if (claimed.has(row) || consumedRows.has(row)) continue;
    const groups = numberedGroups(index, row);
    if (!groups.length) continue;
    consumedRows.add(row);
    let blanks = 0;
    for (let r = row + 1; r <= grid.bottom && !claimed.has(r); r++) {
      if (!index.rows.has(r)) {
        if (++blanks > BLANKS) break;
        continue;
      }
      blanks = 0;
      if (numberedGroups(index, r).length) break;
      consumedRows.add(r);
      for (const g of groups) {
        const name = grid.fullText(r, g.nameCol);
        if (name.trim() && !isNotAName(name)) indicators.push(readRow(grid, r, g.nameCol, g.columns));
      }
    }
  }
  return { indicators, consumedRows };
}
