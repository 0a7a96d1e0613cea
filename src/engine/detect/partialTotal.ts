/**
 * A year's total beside its parts (4月 … 3月 | 年度計) that does not cover the year:
 * - a =SUM over the row's parts that leaves out a part holding a figure (the template's SUM made when the sheet ended at
 *   2月, March added after it) is not the year's total: the actual is the sum of the parts' figures (a part holding a word,
 *   休場, adds nothing; a total referring to one part alone, =P5, is a period-end count and stays);
 * - a total while the year's last part is still blank and the row's 備考 says the rest is being counted (「1〜3月分は集計中」)
 *   is no year's actual: it is pending;
 * - a total while the year's last part and every part after the last figure are still blank, nothing saying why (a
 *   「月別活動実績（9月末現在）」 filled 4月 … 9月): the year's so far, or a year whose later months had nothing to count. Read as
 *   written, its grade carries a `total-before-year-end` guess naming the total and the last part with a figure (review rv63: it
 *   was graded D against the year's target in silence).
 * - a ％ row's total above 100 and twice every month's (their sum) is no reading: left unread, with a guess (summedRateTotal.ts).
 * The total is the actual column right of the parts, or, with none there, the one just left of them (年度計 | 4月 … 3月).
 */
import { columnNumber } from '../model/address';
import type { Column } from './header';
import { remarkWords, saysCounting } from './remarkPending';
import { summedRateTotal } from './summedRateTotal';
import type { Point, RawIndicator } from './types';

/** The columns a formula refers to on its own row: 「SUM(D5:N5)」 → D … N; null when it refers to another row or sheet. */
export function formulaColumns(formula: string, row: number): Set<number> | null {
  const f = formula.replace(/^=/, '').replace(/\$/g, '').toUpperCase();
  if (f.includes('!')) return null;
  const cols = new Set<number>();
  const refs = /([A-Z]{1,3})(\d+)(?::([A-Z]{1,3})(\d+))?/g;
  for (let m = refs.exec(f); m; m = refs.exec(f)) {
    if (/[A-Z]$/.test(f.slice(0, m.index))) continue; // the tail of a function's name
    if (Number(m[2]) !== row || (m[4] && Number(m[4]) !== row)) return null;
    const a = columnNumber(m[1]);
    const b = m[3] ? columnNumber(m[3]) : a;
    for (let c = Math.min(a, b); c <= Math.max(a, b); c++) cols.add(c);
  }
  return cols;
}

const figure = (p: Point) => p.parsed.status === 'value' && p.parsed.value !== undefined;

/** The parts' figures added up into the total's point, when its SUM leaves out a part holding a figure. */
function sumLeavingOut(total: Point, parts: Point[]): void {
  if (!total.formula || !/^=?\s*SUM\s*\(/i.test(total.formula)) return;
  const cols = formulaColumns(total.formula, total.row);
  const partCols = new Set(parts.map((p) => p.col));
  if (!cols || cols.size < 2 || [...cols].some((c) => !partCols.has(c))) return;
  if (!parts.some((p) => figure(p) && !cols.has(p.col) && p.parsed.value !== 0)) return;
  const sum = Math.round(parts.reduce((a, p) => a + (figure(p) ? p.parsed.value! : 0), 0) * 1e9) / 1e9;
  const unit = total.parsed.status === 'value' ? total.parsed.unit : undefined;
  total.raw = sum;
  total.parsed = unit ? { status: 'value', value: sum, unit, text: String(sum) } : { status: 'value', value: sum, text: String(sum) };
}

/** The total made pending when the year's last part is blank and the row's 備考 says the rest is being counted. */
function pendingWhileCounting(total: Point, parts: Point[], note: string | undefined): void {
  const last = parts[parts.length - 1];
  if (!note || !last || last.parsed.status !== 'missing' || !parts.some(figure)) return;
  if (!saysCounting(remarkWords(note), true)) return;
  total.parsed = { status: 'pending', text: `${total.parsed.text}（備考：${note}）` };
}

/** A remark explaining blank months: closed (休場, 休止, 閉鎖), out of season (期間外, 冬期), or the year's figure final (確定, 年度末). */
const BLANKS_EXPLAINED = /休場|休館|休園|休止|閉鎖|期間外|対象外|冬期|夏期|シーズン|実施なし|開催なし|確定|年度末/;

/**
 * The guess on a total written while the year's last parts are blank: the total and the last part holding a figure. Review rv64:
 * only where every part up to that figure is filled (a seasonal row, 7月 | 8月 alone or 11月 … 2月, and a one-month event stay
 * as written) and the parts after it are blank, 「－」 or 0 with one blank at least; never where the 備考 explains the blanks.
 */
function totalBeforeYearEnd(total: Point, parts: Point[], ind: RawIndicator): void {
  if (total.parsed.status !== 'value' || (ind.note && BLANKS_EXPLAINED.test(ind.note))) return;
  const nonZero = (p: Point) => figure(p) && p.parsed.value !== 0;
  let last = -1;
  parts.forEach((p, i) => {
    if (nonZero(p)) last = i;
  });
  if (last < 0 || !parts.slice(0, last + 1).every(figure)) return;
  const tail = parts.slice(last + 1);
  const empty = (p: Point) => p.parsed.status === 'missing' || p.parsed.status === 'not-applicable' || (figure(p) && p.parsed.value === 0);
  if (!tail.some((p) => p.parsed.status === 'missing') || !tail.every(empty)) return;
  (ind.guesses ??= []).push({ reason: 'total-before-year-end', cells: [total.cell, parts[last].cell] });
}

/**
 * The row's total columns: the actual columns right of the parts; with none there, the actual column just left of the first part
 * (年度計 | 4月 … 3月, a layout putting the year first). A column further left (前年度実績 | 4月 …) is no total of these parts.
 */
function totalColumns(columns: Column[], sorted: Point[]): Set<number> {
  const firstPart = sorted[0]?.col ?? -Infinity;
  const lastPart = sorted[sorted.length - 1]?.col ?? Infinity;
  const actuals = columns.filter((c) => c.role === 'actual');
  const right = actuals.filter((c) => c.col > lastPart);
  return new Set((right.length ? right : actuals.filter((c) => c.col === firstPart - 1)).map((c) => c.col));
}

/** Settles each total of the row (an actual column beside its parts) that does not cover the year's parts. */
export function settlePartialTotals(columns: Column[], parts: Point[], ind: RawIndicator): void {
  const sorted = [...parts].sort((a, b) => a.col - b.col);
  const totals = totalColumns(columns, sorted);
  for (const p of ind.actuals) {
    if (!totals.has(p.col) || p.row !== sorted[0]!.row || !figure(p)) continue;
    sumLeavingOut(p, sorted);
    pendingWhileCounting(p, sorted, ind.note);
    totalBeforeYearEnd(p, sorted, ind);
    // 稼働率 | ％ | 80 … 91 | 1038: a 年度計 =SUM copied onto a rate row is no reading of the year (summedRateTotal.ts).
    summedRateTotal(p, sorted, ind);
  }
}
