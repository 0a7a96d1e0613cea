/**
 * A taught layout: the cells of each fact, given by the user where the reader gets a layout wrong.
 *
 * One entry names, on one sheet, the indicator-name cells (a range going down or across, or one
 * cell for a single indicator) and, parallel to them, the target cells, the actual cells and
 * optionally the unit, baseline, period heading and grade cells. The unit and the period may be
 * one cell shared by every name, or a written value (「人」, 「令和5年度」) instead of cells.
 *
 *   { sheet: '実績表', names: 'B4:B9', targets: 'E4:E9', actuals: 'G4:G9', period: 'G2' }
 *
 * This module only describes entries and checks them against the workbook; `taught.ts` reads them.
 */
import { parseRange, type RangeRef } from '../model/address';

export interface TaughtEntry {
  sheet: string;
  /** The indicator-name cells: one column or one row ("B4:B9", "C3:H3"), or one cell. */
  names: string;
  targets?: string | null;
  actuals?: string | null;
  /** Cells parallel to the names, one cell for all, or a unit written out (「人」). */
  unit?: string | null;
  baseline?: string | null;
  /** The period heading cells (parallel, or one for all), or a period written out (「令和5年度」). */
  period?: string | null;
  grade?: string | null;
  /** Where the entry was read from ('評価設定!A24', 'layout.json 2番目'), for messages. */
  source?: string | null;
  /** The 評価設定 cells each field was read from (a roll rewrites them). */
  cells?: Partial<Record<'names' | FactKey, string>>;
}

export interface TaughtLayout {
  entries: TaughtEntry[];
}

/** A problem with a taught entry: what is wrong, naming the cells, in Japanese and English. */
export interface TaughtProblem {
  sheet: string | null;
  cell: string | null;
  source: string | null;
  ja: string;
  en: string;
}

export type FactKey = 'targets' | 'actuals' | 'unit' | 'baseline' | 'period' | 'grade';

export const FACT_LABEL: Record<FactKey | 'names', { ja: string; en: string }> = {
  names: { ja: '指標名のセル', en: 'name cells' },
  targets: { ja: '目標のセル', en: 'target cells' },
  actuals: { ja: '実績のセル', en: 'actual cells' },
  unit: { ja: '単位', en: 'unit' },
  baseline: { ja: '基準値のセル', en: 'baseline cells' },
  period: { ja: '期間', en: 'period' },
  grade: { ja: '評価のセル', en: 'grade cells' },
};

export const FACT_KEYS: FactKey[] = ['targets', 'actuals', 'unit', 'baseline', 'period', 'grade'];

/** Facts that may be one cell (or a written value) shared by every name. */
const SHARED: ReadonlySet<FactKey> = new Set(['unit', 'period']);

/** A line of cells: its first cell and step. */
export interface Line {
  range: RangeRef;
  text: string;
  count: number;
  down: boolean;
}

/** The cell at position `i` of a line (a one-cell line: that cell for every i). */
export function cellOf(line: Line, i: number): { row: number; col: number } {
  const k = line.count === 1 ? 0 : i;
  return line.down ? { row: line.range.top + k, col: line.range.left } : { row: line.range.top, col: line.range.left + k };
}

/** A range that is one column or one row; null when it is not a range at all. */
export function lineOf(text: string): Line | { problem: 'not-a-line'; range: RangeRef } | null {
  const t = text.trim().replace(/[：]/g, ':').normalize('NFKC');
  if (!/^\$?[A-Za-z]{1,3}\$?\d+(:\$?[A-Za-z]{1,3}\$?\d+)?$/.test(t)) return null;
  const range = parseRange(t);
  if (!range) return null;
  const rows = range.bottom - range.top + 1;
  const cols = range.right - range.left + 1;
  if (rows > 1 && cols > 1) return { problem: 'not-a-line', range };
  return { range, text: t.toUpperCase().replace(/\$/g, ''), count: Math.max(rows, cols), down: rows > 1 || cols === 1 };
}

export interface CheckedEntry {
  entry: TaughtEntry;
  names: Line;
  facts: Partial<Record<FactKey, Line | { written: string }>>;
}

/** Checks an entry's ranges: names a line, the others parallel (or shared); every problem names the cells. */
export function checkEntry(entry: TaughtEntry, sheetExists: boolean): { checked: CheckedEntry | null; problems: TaughtProblem[] } {
  const problems: TaughtProblem[] = [];
  const at = (cell: string | null, ja: string, en: string) =>
    problems.push({ sheet: entry.sheet || null, cell, source: entry.source ?? null, ja: `${where(entry)}${ja}`, en: `${whereEn(entry)}${en}` });
  if (!entry.sheet || !sheetExists) {
    at(null, `シート「${entry.sheet ?? ''}」がありません。シート名を確かめてください。`, `there is no sheet "${entry.sheet ?? ''}". Check the sheet name.`);
    return { checked: null, problems };
  }
  const names = entry.names ? lineOf(entry.names) : null;
  if (!names || 'problem' in names) {
    const text = entry.names ?? '';
    if (names) at(text, `指標名のセル ${text} は1列か1行の範囲にしてください。`, `the name cells ${text} must be one column or one row.`);
    else
      at(null, `指標名のセル「${text}」を読み取れません。B4:B9 のように入力してください。`, `the name cells "${text}" cannot be read. Enter them like B4:B9.`);
    return { checked: null, problems };
  }
  if (!entry.targets && !entry.actuals)
    at(
      names.text,
      `指標名のセル ${names.text} に対する目標のセルも実績のセルもありません。少なくとも一方を指定してください。`,
      `the name cells ${names.text} have neither target nor actual cells.`,
    );
  const facts: CheckedEntry['facts'] = {};
  for (const key of FACT_KEYS) {
    const text = entry[key]?.trim();
    if (!text) continue;
    const line = lineOf(text);
    const label = FACT_LABEL[key];
    if (line === null) {
      if (SHARED.has(key)) facts[key] = { written: text };
      else
        at(
          null,
          `${label.ja}「${text}」を読み取れません。E4:E9 のように入力してください。`,
          `the ${label.en} "${text}" cannot be read. Enter them like E4:E9.`,
        );
    } else if ('problem' in line) at(text, `${label.ja} ${text} は1列か1行の範囲にしてください。`, `the ${label.en} ${text} must be one column or one row.`);
    else if (line.count === names.count || (line.count === 1 && SHARED.has(key))) facts[key] = line;
    else
      at(
        line.text,
        `${label.ja} ${line.text}（${line.count}個）と指標名のセル ${names.text}（${names.count}個）の数が合いません。`,
        `the ${label.en} ${line.text} (${line.count}) and the name cells ${names.text} (${names.count}) differ in number.`,
      );
  }
  return { checked: problems.length ? null : { entry, names, facts }, problems };
}

function where(e: TaughtEntry): string {
  return e.source ? `読み取りの指定（${e.source}）：` : '読み取りの指定：';
}

function whereEn(e: TaughtEntry): string {
  return e.source ? `Taught layout (${e.source}): ` : 'Taught layout: ';
}

/**
 * A layout from a parsed JSON value (`--layout FILE.json`): `{ "entries": [ {...}, ... ] }` or a bare array.
 * Problems name the entry by its position.
 */
export function layoutFromJson(value: unknown, file: string): { layout: TaughtLayout; problems: TaughtProblem[] } {
  const problems: TaughtProblem[] = [];
  const list = Array.isArray(value) ? value : value && typeof value === 'object' ? (value as { entries?: unknown }).entries : undefined;
  if (!Array.isArray(list)) {
    const ja = `読み取りの指定（${file}）：「entries」の配列がありません。docs/layout.md の形式にしてください。`;
    return { layout: { entries: [] }, problems: [{ sheet: null, cell: null, source: file, ja, en: `Taught layout (${file}): no "entries" array.` }] };
  }
  const entries: TaughtEntry[] = [];
  list.forEach((raw, i) => {
    const source = `${file} ${i + 1}番目`;
    if (!raw || typeof raw !== 'object') {
      problems.push({
        sheet: null,
        cell: null,
        source,
        ja: `読み取りの指定（${source}）：オブジェクトではありません。`,
        en: `Taught layout (${source}): not an object.`,
      });
      return;
    }
    const o = raw as Record<string, unknown>;
    const str = (k: string) => (typeof o[k] === 'string' ? (o[k] as string) : typeof o[k] === 'number' ? String(o[k]) : null);
    entries.push({
      sheet: str('sheet') ?? '',
      names: str('names') ?? '',
      targets: str('targets'),
      actuals: str('actuals'),
      unit: str('unit'),
      baseline: str('baseline'),
      period: str('period'),
      grade: str('grade'),
      source,
    });
  });
  return { layout: { entries }, problems };
}

/** The JSON form of a layout (what `layoutFromJson` reads). */
export function layoutToJson(layout: TaughtLayout): { entries: Omit<TaughtEntry, 'source'>[] } {
  return {
    entries: layout.entries.map((e) => {
      const out: Record<string, string> = { sheet: e.sheet, names: e.names };
      for (const k of FACT_KEYS) if (e[k]) out[k] = e[k]!;
      return out as unknown as TaughtEntry;
    }),
  };
}
