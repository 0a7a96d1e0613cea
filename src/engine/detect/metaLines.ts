/**
 * Label / value lines above a block: 「指標名：観光入込客数」「単位：千人」「評価年度：令和5年度」 in one
 * cell (label：value), or 指標名 | 観光入込客数 in two. They describe the block below (its name, its
 * unit) or the sheet (the stated evaluation period, a department): never an indicator of their own.
 */
import { a1 } from '../model/address';
import { classifyLabel, parseDirection, type Role } from '../values/labels';
import { compactForPeriod, findPeriod, parsePeriodCell, type Period } from '../values/periods';
import { normalizeText, oneLine, hasDigit } from '../values/text';
import type { Grid } from './grid';
import type { CellIndex, IndexedCell } from './cells';
import type { RawIndicator } from './types';
import { writtenUnit } from '../values/units';
import { runsOnToAnotherYear } from '../values/yearRange';
import { statedResultsYear } from './statedResultsYear';

export interface MetaLine {
  label: string;
  value: string;
  /** What the label names (name, unit, …); null for one the engine has no role for (評価年度, 作成日). */
  role: Role | null;
  /** The cell that holds the value (the line's own cell when label and value share it). */
  cell: string;
  /** The line as written, on one line: 「評価年度：令和5年度」, 「評価年度 令和5年度」. */
  text: string;
  /** Further label：value pairs written after this one in the same cell (「単位：％　目指す方向：減少」), each with a role. */
  more?: MetaLine[];
}

/**
 * Labels of the evaluation period a sheet states: 評価年度, 評価対象期間, 対象年度, 今回の評価対象; and 報告対象年度, what a
 * report covers (as in one cell, statedPeriodCell.ts), and 事業実施年度 / 実施年度, the year a 実績報告書 reports the project done in
 * (one whole fiscal year, as under 報告対象年度). A range of years as the value (the plan's term) states none.
 * 報告対象期間 / 報告対象 are not among them: a progress report's period is as often half a year or a day (令和６年４月～９月,
 * 令和６年９月末現在) as a year.
 */
// A colon closing the label (評価年度： | 令和6年度) leaves it the label of the cell after it.
const STATED_LABEL = /^(今回の?|本年度の?|今年度の?)?(評価年度|評価対象(期間|年度|年|期)?|報告対象年度|(事業)?実施年度|対象(期間|年度))[:：]?$/;

/**
 * What a 報告対象年度 value must not hold to state the whole fiscal year: a month, a day, a point in time or a part of the
 * year (令和６年度（９月末時点）, 令和６年度上半期): the report is then of the year so far, no year's result.
 */
const PART_OF_YEAR = /[月日]|時点|現在|半期|四半期|中間|途中|見込|速報/;

/**
 * A year the project runs from, open-ended (平成28年度～, 平成28年度－, 平成28年度から, 平成28年度以降, 平成28年度開始): a start, never the
 * year reported. Only a mark right after the year closing the value (a bracketed note may follow, or hold the mark: 「平成28年度（開始）」);
 * a note about another year (「令和５年度（前年度より継続）」) leaves the year stated (review rv79 item 3).
 */
const OPEN_MARK = '(?:[～~〜\\-－‐ー]|から|以降|より|開始|創設|着手|スタート)';
const OPEN_TERM = new RegExp(`年度?\\s*(?:${OPEN_MARK}\\s*(?:[(（][^)）]*[)）])?|[(（]\\s*${OPEN_MARK}\\s*[)）])\\s*$`);

/** Whether a stated-period line reads: under 報告対象年度 only a value that is one whole fiscal year. */
function statesWholeYear(label: string, value: string, period: Period): boolean {
  if (!/報告対象年度|実施年度/.test(label.replace(/\s/g, ''))) return true;
  if (OPEN_TERM.test(normalizeText(value))) return false; // 「平成28年度～」: since when the project runs, no year (review rv78)
  return period.kind === 'fiscal' && !period.inYear && !PART_OF_YEAR.test(normalizeText(value));
}

/** A plan year written before the fiscal year it is (「3年目（令和5年度）」): the fiscal year is the value. */
const PLAN_YEAR_FIRST = /^\s*第?\d{1,2}\s*年目\s*(?=[(（]?\s*(令和|平成|R|H|Ｒ|Ｈ|(19|20)\d{2}))/;

/** An English gloss after a Japanese label (「評価年度 Fiscal Year」「単位 Unit」): the label is the Japanese words. */
const GLOSS = /(?<=[^\x20-\x7e\s])\s*[A-Za-z][A-Za-z .&/-]{0,24}$/;

/** Whether a label names the evaluation period (評価対象期間, 評価対象年度, 評価年度, 対象年度 …), spaces and an English gloss aside. */
export function isStatedPeriodLabel(label: string): boolean {
  return STATED_LABEL.test(label.replace(GLOSS, '').replace(/\s/g, ''));
}

/** 「label：value」 with a short label and no period in it (「令和5年度：実績」 is a heading, not a line); an English gloss may follow the label. */
const ONE_CELL = /^\s*([^：:]{1,12}?(?:\s+[A-Za-z][A-Za-z .&/-]{0,24})?)\s*[：:]\s*(\S.*?)\s*$/;

/** A line 「label：value」 in one cell, else null; in brackets too (「（単位：t）」). */
export function oneCellLine(text: string, cell: string): MetaLine | null {
  const m = ONE_CELL.exec(
    normalizeText(text)
      .replace(/\r?\n/g, ' ')
      .replace(/^\s*[（(]([^（()）]*)[）)]\s*$/, '$1'),
  );
  if (!m || findPeriod(m[1]) || /\d/.test(m[1])) return null;
  const [value, ...rest] = pairsInValue(m[2], cell);
  const line: MetaLine = { label: m[1], value, role: classifyLabel(m[1])?.role ?? null, cell, text: oneLine(text) };
  if (rest.length) line.more = rest;
  return line;
}

/**
 * A value followed, after a space, by further 「label：value」 pairs whose labels the engine knows (「％　目指す方向：減少」):
 * the value up to the first such pair, then those pairs. A colon in the value under a label of no role stays in it.
 */
function pairsInValue(value: string, cell: string): [string, ...MetaLine[]] {
  const parts = value.split(/\s+(?=[^\s：:]{1,12}[：:])/);
  const out: [string, ...MetaLine[]] = [parts[0]];
  for (const part of parts.slice(1)) {
    const m = /^([^：:]{1,12})[：:]\s*(\S.*)$/.exec(part);
    const role = m && !/\d/.test(m[1]) ? (classifyLabel(m[1])?.role ?? null) : null;
    if (m && role) out.push({ label: m[1], value: m[2].trim(), role, cell, text: part });
    else if (out.length === 1) out[0] = `${out[0]} ${part}`;
    else return [value];
  }
  return out;
}

/**
 * The label / value line a row holds, or null: one cell 「label：value」, or a label cell and the one text right of it.
 * `cols`: only the row's cells in those columns (one of several blocks side by side, each with its own lines).
 */
export function metaLine(grid: Grid, index: CellIndex, row: number, cols?: { from: number; to: number }): MetaLine | null {
  const cells = index.row(row).filter((c) => c.text.trim() && (!cols || (c.col >= cols.from && c.col <= cols.to)));
  if (cells.length === 1) return oneCellLine(grid.fullText(row, cells[0].col), a1(row, cells[0].col));
  if (cells.length !== 2) return null;
  const [l, v] = cells;
  const label = l.label ?? (l.meta || STATED_LABEL.test(l.text.replace(/\s/g, '')) ? { role: null } : null);
  if (!label || v.label || v.meta) return null;
  const value = grid.fullText(row, v.col).trim();
  return { label: l.text.trim(), value, role: label.role ?? null, cell: a1(row, v.col), text: oneLine(`${l.text} ${value}`) };
}

/**
 * The label / value lines right above a header row (blank rows between allowed), nearest first,
 * up to `reach` rows; they stop at the first row that is not such a line.
 */
export function metaLinesAbove(
  grid: Grid,
  index: CellIndex,
  headerRow: number,
  reach = 6,
  cols?: { from: number; to: number },
): { row: number; line: MetaLine }[] {
  const out: { row: number; line: MetaLine }[] = [];
  for (let r = headerRow - 1; r >= headerRow - reach && r >= grid.top; r--) {
    if (!index.row(r).some((c) => c.text.trim() && (!cols || (c.col >= cols.from && c.col <= cols.to)))) continue;
    const line = metaLine(grid, index, r, cols);
    const lines = line ? [line] : pairedLines(grid, index, r, cols);
    if (!lines.length) break;
    for (const l of lines) out.push({ row: r, line: l });
  }
  return out;
}

/**
 * A card's line holding two label | value pairs or more (指標番号 | 01 | 指標名 | 温室効果ガス排出量, 単位 | 件 | 目指す方向 | ↑):
 * each pair a line, when every other cell is a label (a heading word or a sheet label) and the cell after it a value (no
 * label). Any other row (a heading row, a row of figures) gives none.
 */
export function pairedLines(grid: Grid, index: CellIndex, row: number, cols?: { from: number; to: number }): MetaLine[] {
  const cells = index.row(row).filter((c) => c.text.trim() && (!cols || (c.col >= cols.from && c.col <= cols.to)));
  if (cells.length < 4 || cells.length % 2) return [];
  const out: MetaLine[] = [];
  for (let k = 0; k < cells.length; k += 2) {
    const [l, v] = [cells[k], cells[k + 1]];
    const label = l.label ?? (l.meta ? { role: null } : null);
    if (!label || v.label || v.meta || v.period) return [];
    const value = grid.fullText(row, v.col).trim();
    out.push({ label: l.text.trim(), value, role: label.role ?? null, cell: a1(row, v.col), text: oneLine(`${l.text} ${value}`) });
  }
  return out;
}

/** A 「単位：千人」 line gives the block's one indicator its unit, as written, when it has none from a cell of its own. */
export function unitFromLines(lines: { line: MetaLine }[], ind: RawIndicator): void {
  const unit = lines.find((l) => l.line.role === 'unit');
  if (unit && !ind.unitCell && unit.line.value.length <= 12) [ind.unit, ind.unitCell] = [writtenUnit(unit.line.value), unit.line.cell];
  const way = lines.flatMap((l) => [l.line, ...(l.line.more ?? [])]).find((l) => l.role === 'direction' && parseDirection(l.value));
  if (way && !ind.statedDirection) ind.statedDirection = { value: parseDirection(way.value)!, cell: way.cell, text: way.text };
}

/**
 * A 評価対象年度 label and the text right of it on a row of several label | value pairs
 * (評価対象年度 | 2023年度 | … | 施策評価 | | 前年度 | （C）): the pair the label starts, when the row holds no other period
 * but another line's (作成 | 令和6年7月, 「作成：令和6年10月」).
 */
function statedPair(grid: Grid, index: CellIndex, row: number): MetaLine | null {
  const cells = index.row(row).filter((c) => c.text.trim());
  const labels = cells.filter((c) => STATED_LABEL.test(c.text.replace(/\s/g, '')));
  // Two stated labels (評価年度 | 令和5年度 | 対象年度 | 令和4年度), or a second period on the row: not one statement. A date
  // that is another label's value (評価対象年度 | 令和5年度 | 作成 | 令和6年7月) is that line's, not a second period of this one.
  const at = cells.indexOf(labels[0]);
  // So is a line of its own in one cell (作成：令和6年10月).
  const periods = cells.filter((c, k) => findPeriod(c.text) && (k === at + 1 || (!isOtherLinesValue(cells, k) && !isOwnLine(c))));
  if (labels.length !== 1 || periods.length !== 1) return null;
  const [l, v] = [cells[at], cells[at + 1]];
  if (!l || !v || v.label || v.meta) return null;
  const value = grid.fullText(row, v.col).trim();
  return { label: l.text.trim(), value, role: null, cell: a1(row, v.col), text: oneLine(`${l.text} ${value}`) };
}

/** The cell is the value of its own label right before it (作成 | 令和6年7月): a short word with no period, no figure and no heading role. */
function isOtherLinesValue(cells: IndexedCell[], k: number): boolean {
  const l = cells[k - 1];
  const t = l ? l.text.replace(/\s/g, '') : '';
  return !!l && l.col === cells[k].col - 1 && t.length > 0 && t.length <= 8 && !hasDigit(t) && !findPeriod(t) && !l.label && !STATED_LABEL.test(t);
}

/** The cell is a 「label：value」 line of its own (「作成：令和6年10月」), its label no stated-period label. */
function isOwnLine(c: IndexedCell): boolean {
  const line = oneCellLine(c.text, '');
  return !!line && !STATED_LABEL.test(line.label.replace(/\s/g, ''));
}

/**
 * 「評価対象年度 | 45017」 shown 「令和5年度」 by its format (ggge"年度": fiscalYearFormat.ts): the label's next cell on its row a
 * date whose format shows a fiscal year states that year, as the year written would.
 */
function statedDateBeside(index: CellIndex, row: number): { period: Period; cell: string; text: string } | null {
  const cells = index.row(row);
  const at = cells.findIndex((c) => STATED_LABEL.test(c.text.replace(/\s/g, '')));
  const v = at >= 0 ? cells[at + 1] : undefined;
  if (!v || v.text !== '' || v.period?.period.kind !== 'fiscal') return null;
  return { period: v.period.period, cell: a1(row, v.col), text: oneLine(`${cells[at].text} ${v.period.period.label}`) };
}

/**
 * A line 「評価年度：令和5年度」 (one cell, or 評価年度 | 令和5年度): the evaluation period the sheet
 * states, with the cell that holds it; null for any other row.
 */
export function statedPeriodLine(grid: Grid, index: CellIndex, row: number): { period: Period; cell: string; text: string } | null {
  if (!index.row(row).some((c) => c.text.includes('評価年度') || c.text.includes('対象') || c.text.includes('実施年度'))) return null;
  const date = statedDateBeside(index, row);
  if (date) return date;
  const line = metaLine(grid, index, row) ?? statedPair(grid, index, row);
  if (!line || !isStatedPeriodLabel(line.label)) return null;
  const p = statedValuePeriod(line.value);
  return p && statesWholeYear(line.label, line.value, p) ? { period: p, cell: line.cell, text: line.text } : null;
}

/**
 * The period a stated-period line's value gives: one written near its start (「令和5年度」「R5（2023）」), or a year
 * the whole value is, written once or twice in two calendars (「2023」「2023（令和5年度）」): under a label that
 * names the evaluation year, a bare year is that fiscal year; a bracket after it naming an earlier year's 実績 evaluated
 * (「令和６年度（令和５年度の実績を評価）」) gives that year. A range of years (「令和3年度～令和7年度」, the plan's term)
 * states no one year: null; a range within one fiscal year (「令和5年4月1日～令和6年3月31日」) states that year.
 */
export function statedValuePeriod(written: string): Period | null {
  const value = written.replace(PLAN_YEAR_FIRST, '');
  const whole = parsePeriodCell(value, { bareYear: true });
  if (whole && !whole.baseline) return whole.period;
  const p = findPeriod(value);
  if (!p || p.index > 2) return null;
  const rest = compactForPeriod(value).slice(p.index + p.length);
  if (runsOnToAnotherYear(rest, p.period.fiscalYear)) return null;
  // 「令和６年度（令和５年度の実績を評価）」: the year of the 実績 evaluated (statedResultsYear.ts).
  return statedResultsYear(rest, p.period) ?? p.period;
}
