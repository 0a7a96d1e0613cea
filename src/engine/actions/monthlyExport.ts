/**
 * Another system's export, for the monthly import: its rows (id or name, and the month's value),
 * and each value as a month cell is to hold it. Pure.
 *
 * A value goes through the reader's own parser (values.ts), so "1,050件", "６５．５％" and "▲3"
 * mean to the import what they mean to a check. It is written as a number that the reader, with
 * the cell's own number format, reads back as the same figure: into a % formatted cell "65.5%"
 * becomes 0.655 (as a typed 65.5 % is stored), into a plain cell of a ％ indicator 65.5. What is
 * not one number in the indicator's unit is not written but listed with the reason.
 */
import type { CellValue } from '../model/port';
import type { ImportValueProblem } from '../model/findingParams';
import type { ImportHeaderProblem } from '../model/usageParams';
import { parsePeriodCell } from '../values/periods';
import { compact, normalizeText, oneLine } from '../values/text';
import { parseValue } from '../values/values';

export const ID_HEAD = /^(id|番号|no\.?|ｎｏ|コード|指標id|指標番号|指標コード)$/;
export const NAME_HEAD = /^(指標名?|指標名称|名称|項目|項目名|kpi)$/;
const MONTH = /^(\d{1,2})月(?:分)?(?:実績)?$/;

/** "5月", "5月分", and a month with its year: "2024年5月", "R6.5", "2024/5". */
export function monthOf(text: string): number | null {
  const m = MONTH.exec(compact(text));
  if (!m) {
    const p = parsePeriodCell(text)?.period;
    return p?.kind === 'month' && p.month ? p.month : null;
  }
  const n = Number(m[1]);
  return n >= 1 && n <= 12 ? n : null;
}

export interface ImportRow {
  /** Line in the export (1-based), for messages. */
  line: number;
  id: string | null;
  name: string | null;
  value: CellValue;
}

/**
 * The rows of an export: a header naming the id, name and value columns (the value column may be
 * named after the month: "5月", "2024-05"), or, without one, id or name then value.
 */
export function importRows(table: CellValue[][], month: number): { rows: ImportRow[]; problems: ImportHeaderProblem[] } {
  const problems: ImportHeaderProblem[] = [];
  const text = (v: CellValue) => (v === null || v === undefined ? '' : oneLine(normalizeText(String(v))));
  const headerAt = table.findIndex((r) => r.some((v) => ID_HEAD.test(compact(text(v))) || NAME_HEAD.test(compact(text(v)))));
  let idCol = -1;
  let nameCol = -1;
  let valueCol = -1;
  let start = 0;
  if (headerAt >= 0) {
    const head = table[headerAt].map((v) => compact(text(v)));
    idCol = head.findIndex((h) => ID_HEAD.test(h));
    nameCol = head.findIndex((h) => NAME_HEAD.test(h));
    const monthHead = (h: string) => monthOf(h) === month || new RegExp(`^\\d{4}[-/年]0?${month}(月)?$`).test(h);
    valueCol = head.findIndex(monthHead);
    if (valueCol < 0) valueCol = head.findIndex((h) => /^(実績|実績値|値|数値|件数|人数|数量|当月実績|月間実績)$/.test(h));
    if (valueCol < 0) problems.push({ variant: 'no-value-column', line: headerAt + 1, month });
    if (idCol < 0 && nameCol < 0) problems.push({ variant: 'no-key-column', line: headerAt + 1 });
    start = headerAt + 1;
  } else {
    // No header: the first column names the indicator (an id when it looks like a code), the second holds the value.
    valueCol = 1;
  }
  const rows: ImportRow[] = [];
  if (problems.length) return { rows, problems };
  for (let i = start; i < table.length; i++) {
    const r = table[i];
    if (!r.some((v) => text(v))) continue;
    const value = r[valueCol] ?? null;
    if (headerAt >= 0) rows.push({ line: i + 1, id: idCol >= 0 ? text(r[idCol]) || null : null, name: nameCol >= 0 ? text(r[nameCol]) || null : null, value });
    else {
      const first = text(r[0]);
      const looksId = /^[A-Za-z0-9\-_.]+$/.test(first);
      rows.push({ line: i + 1, id: looksId ? first : null, name: looksId ? null : first, value });
    }
  }
  return { rows, problems };
}

/** The month cell an export value goes into, and what its row tells about the figures' unit. */
export interface MonthTarget {
  /** The cell's own number format. */
  format: string | null;
  /** The indicator is a percentage: its unit is ％, or its month cells are % formatted. */
  percent: boolean;
  /** The row's other figures as the reader reads them (a % cell's 0.72 is 72). */
  others: number[];
}

/** `value` is the number to write; `figure` what it means to the reader (the same, or ×100 in a % cell). */
export type MonthValue = { kind: 'empty' } | { kind: 'number'; value: number; figure: number } | { kind: 'unreadable'; problem: ImportValueProblem };

/** A number format that shows a fraction as a percentage ("0.0%"; a quoted "%" does not count). */
export const isPercentFormat = (f: string | null | undefined): boolean => !!f && /%/.test(f.replace(/"[^"]*"/g, ''));

/** The number to write for an export's value, or why there is none. */
export function monthCellValue(exported: CellValue, target: MonthTarget): MonthValue {
  const p = parseValue(exported);
  if (p.status === 'missing') return { kind: 'empty' };
  if (p.status !== 'value' || p.value === undefined) {
    return { kind: 'unreadable', problem: { variant: p.status === 'value' ? 'several-numbers' : 'not-a-number', text: p.text } };
  }
  const pct = p.unit === '%';
  if (pct && !target.percent) return { kind: 'unreadable', problem: { variant: 'percent-for-plain', text: p.text } };
  const small = (v: number) => v !== 0 && Math.abs(v) <= 1;
  const others = target.others.filter((v) => v !== 0);
  // 0.655 for a ％ indicator whose other figures are 72, 80: a fraction, or 0.655 ％? Not guessed.
  if (target.percent && !pct && small(p.value) && others.length && !others.some(small)) {
    return { kind: 'unreadable', problem: { variant: 'fraction-or-percent', text: p.text, value: p.value } };
  }
  // "65.5%" for a row of plain numbers 0.72, 0.8: the row seems to hold fractions without a % format. Not guessed either.
  if (pct && !isPercentFormat(target.format) && Math.abs(p.value) > 1 && others.length && others.every(small)) {
    return { kind: 'unreadable', problem: { variant: 'row-of-fractions', text: p.text, others } };
  }
  // The reader reads a % formatted cell's number ×100: store what it will read back as the figure.
  return { kind: 'number', value: isPercentFormat(target.format) ? round12(p.value / 100) : p.value, figure: p.value };
}

function round12(x: number): number {
  return Math.round(x * 1e12) / 1e12;
}
