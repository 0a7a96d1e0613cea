/**
 * The write plan: everything an adapter must do to the workbook, as plain data. The engine
 * never writes; adapters (exceljs, the Excel JavaScript API) apply a plan and nothing else.
 */
import { qualified } from './address';
import type { NoteWrite } from './cellNotes';
import type { CellValue, SheetVisibility } from './snapshot';

/** What a roll does to a cell (the kind of a CellWrite the roll plans). */
export type RollKind = 'period' | 'grade-moved' | 'grade-cleared' | 'narrative-cleared' | 'actual-moved' | 'actual-cleared';

export type PlanValue = string | number | null;

/** A small vocabulary of cell styles that each adapter renders its own way. */
export type CellStyle = 'title' | 'subtitle' | 'header' | 'text' | 'number' | 'percent' | 'grade' | 'link' | 'total' | 'input' | 'note';

export interface PlanCell {
  value: PlanValue;
  style?: CellStyle;
  numberFormat?: string;
  /** An internal hyperlink to a cell of the workbook. */
  link?: { sheet: string; cell: string };
  /** Editable on a protected sheet (as every 'input' cell is), whatever its look. */
  unlocked?: boolean;
  /** Long text wraps inside the cell (its row is made tall enough: SheetSpec.rowHeights). */
  wrap?: boolean;
}

export interface ConditionalGrade {
  /** Range to colour by grade ("K4:L40"). */
  ref: string;
}

export interface ValueColours {
  /** Range to colour ("A5:A40"). */
  ref: string;
  /** A cell equal to `value` gets this fill and font colour (RRGGBB). */
  colours: { value: string; fill: string; font: string }[];
}

/** A native chart, for adapters that can draw one (the Excel JavaScript API). */
export interface PlanChart {
  title: string;
  /** Category labels (a column or row range). */
  categories: string;
  series: { name: string; ref: string; type: 'column' | 'line' }[];
  /** Top-left and bottom-right cells the chart covers. */
  from: string;
  to: string;
}

/**
 * Rows that follow a sheet's `rows`, made on demand (a review's tens of thousands): a writer that
 * streams renders them as they come; the others take them all at once (`allRows`).
 */
export interface RowStream {
  count: number;
  /** One cell of each style the rows use, so a writer can register the styles before the rows exist. */
  styles: PlanCell[];
  rows(): Iterable<(PlanCell | null)[]>;
  /** A row's height in points when it needs more than one line (wrapped text), else null. */
  rowHeight?: (row: (PlanCell | null)[]) => number | null;
}

export interface SheetSpec {
  name: string;
  /** Rows from A1 down; null leaves a cell empty. */
  rows: (PlanCell | null)[][];
  /** Rows after `rows`, made on demand. */
  more?: RowStream;
  columnWidths?: number[];
  /** Heights in points of rows that need more than the default (1-based row number → height). */
  rowHeights?: Record<number, number>;
  merges?: string[];
  /** Rows and columns frozen at the top and left. */
  freeze?: { rows: number; columns: number };
  /** An Excel table with autofilter over `ref` (header row included). */
  table?: { name: string; ref: string };
  gradeColours?: ConditionalGrade[];
  /** Cells coloured by their value (a conditional format: 差戻し red, 確認済 green…), for adapters that colour cells. */
  valueColours?: ValueColours[];
  /**
   * Page setup. `areas`: the print area, ranges printed one after another, each from a new page
   * (the whole used range when absent); `titleRows` repeat on each page of a range below them.
   */
  print?: { landscape: boolean; paper: 'A4'; fitToWidth: boolean; titleRows?: string; areas?: string[] };
  visibility?: SheetVisibility;
  /** Data-validation lists ("A,B,C,D") on ranges. */
  validations?: { ref: string; list: string[] }[];
  /** Protect the sheet (no password); cells styled 'input' stay unlocked. */
  protect?: boolean;
  charts?: PlanChart[];
}

export interface CellWrite {
  sheet: string;
  cell: string;
  value: PlanValue;
  /** What the cell held before (for the change list and undo). */
  previous: CellValue;
  /**
   * A number format the cell gets with its value (its other looks kept): set when the cell has none
   * of its own and its value means what a format shows (a fraction in a % row). Absent: the cell's own stays.
   */
  numberFormat?: string;
  /** setting: a cell of 評価設定 the pane edits in place (an entry of 読み取りの指定 taken out). */
  kind: 'grade' | 'group-grade' | 'actual-imported' | 'setting' | RollKind;
  indicator: string | null;
}

export interface SheetWrite {
  spec: SheetSpec;
  /** replace: delete the sheet of that name if present, then add it at the same place (or last). */
  mode: 'replace';
}

export interface WritePlan {
  cells: CellWrite[];
  sheets: SheetWrite[];
  /** EvalSheet's own cell notes written or removed (model/cellNotes.ts); a person's note is never in it. Absent: notes untouched. */
  notes?: NoteWrite[];
  /** Grade colours, for adapters that colour grade cells. */
  scale: { grade: string; label: string; fill: string; font: string }[];
}

/** Light fills that print well, one per grade (then cycled). */
export const GRADE_COLOURS = [
  { fill: 'C6EFCE', font: '006100' },
  { fill: 'DDEBF7', font: '1F4E78' },
  { fill: 'FFEB9C', font: '9C5700' },
  { fill: 'FFC7CE', font: '9C0006' },
  { fill: 'E7E6E6', font: '3A3838' },
];

const [GREEN, BLUE, YELLOW, RED, GREY] = GRADE_COLOURS;
const ORANGE = { fill: 'FCE4D6', font: '843C0C' };
type Colour = (typeof GRADE_COLOURS)[number];
/** The colours between the best (green) and the worst (red) grade, by how many there are (grey past three). */
const middle = (k: number): Colour[] =>
  k <= 0 ? [] : k === 1 ? [YELLOW] : k === 2 ? [BLUE, YELLOW] : [BLUE, YELLOW, ORANGE, ...Array<Colour>(k - 3).fill(GREY)];

/**
 * A scale with its grade colours, for a plan's `scale`: the best grade green and the worst red
 * whatever the city's scale (A–D, S–D, ◎○△×, three levels).
 */
export function colouredScale(scale: { grade: string; label: string }[]): WritePlan['scale'] {
  const colours = [GREEN, ...middle(scale.length - 2), RED];
  return scale.map((b, i) => ({ grade: b.grade, label: b.label, ...colours[i] }));
}

/** True when a text would turn into a formula if typed into a cell (= + - @). */
export function looksLikeFormula(v: PlanValue): boolean {
  return typeof v === 'string' && /^[=+\-@]/.test(v);
}

/**
 * An in-workbook link as a HYPERLINK formula (without the leading =): no relationship part per
 * link, and it works the same in Excel, Excel on the web and LibreOffice.
 */
export function hyperlinkFormula(link: { sheet: string; cell: string }, text: string): string {
  return `HYPERLINK(${formulaText(`#${qualified(link.sheet, link.cell)}`)},${formulaText(text)})`;
}

/**
 * A text as an expression in a formula: quoted, quotes doubled. Excel reads a text literal of at
 * most 255 characters (a longer one makes the file "unreadable content"): a longer text is joined
 * from pieces with &, never cut inside a surrogate pair.
 */
export function formulaText(text: string): string {
  const pieces: string[] = [];
  for (let i = 0; i < text.length || !pieces.length;) {
    let end = Math.min(text.length, i + 255);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    pieces.push(`"${text.slice(i, end).replace(/"/g, '""')}"`);
    i = end;
  }
  return pieces.join('&');
}

/** The longest formula Excel reads (characters, without the leading =). */
export const MAX_FORMULA_CHARS = 8192;

/** A sheet's rows with its streamed ones, all in one list (for writers that need them at once). */
export function withAllRows(spec: SheetSpec): SheetSpec {
  if (!spec.more) return spec;
  const { more, ...rest } = spec;
  if (!more.rowHeight) return { ...rest, rows: [...spec.rows, ...more.rows()] };
  const rows = [...spec.rows];
  const rowHeights = { ...spec.rowHeights };
  for (const row of more.rows()) {
    rows.push(row);
    const h = more.rowHeight(row);
    if (h) rowHeights[rows.length] = h;
  }
  return { ...rest, rows, rowHeights };
}
