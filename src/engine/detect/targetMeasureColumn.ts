/**
 * A table whose one target column names its measure (目標金額（円）) and whose other headings name no actual: the column
 * naming the same measure with a word before it and the same unit (寄附金額（円）) is what was reached on that measure, the
 * target's actual (a クラウドファンディング list: 目標金額 | 寄附金額 | 寄附件数 | 達成率). Only one such column: two (寄附金額 |
 * 事業費金額) or another unit (寄附金額（千円）) leave the table as it was; a heading read as anything else (a year, a plan, a
 * budget) is no candidate, nor is a column holding no figure under its heading.
 *
 * Narrowed (review rv73): the column is read only when the row confirms it. A written 達成率 equal to its figure over the
 * target's on every row confirms it (and then its heading need not repeat the measure: 寄附総額（円）); else its heading must
 * repeat the measure right of the target, with a word naming what was reached (寄附金額, 参加人数, 到達値) when the measure is a
 * bare 値 / 額 / 人数 / 件数…, or the target's own noun (目標寄附金額 | 実寄附金額). Never a heading naming a capacity (募集, 定員,
 * 対象), a cost (事業費), or another reference (全国平均, 県平均, 推計, 参考, 上限, 前年, 前回, 過去最高…); a written ratio agreeing
 * with no column reads none. Unread, the row keeps its finding that no actual was read.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import type { Column } from './column';
import type { Grid } from './grid';
import { ratioColumns, ratioConfirms } from './writtenRatio';

/** 目標 then the measure, its unit in a closing bracket: 「目標金額（円）」「目標件数」. */
const TARGET_MEASURE = /^目標(?:の)?([^()（）]{1,6}?)([(（][^()（）]{1,6}[)）])?$/;

const fold = (t: string) => t.normalize('NFKC').replace(/\s+/g, '');

/** The column's own heading cells in the band (not merged across other columns), top to bottom. */
function ownHeadings(grid: Grid, band: number[], col: number): { cell: string; text: string }[] {
  const out: { cell: string; text: string }[] = [];
  for (const row of band) {
    const m = grid.merge(row, col);
    if (m && (m.left !== col || m.right !== col || m.top !== row)) continue;
    const text = fold(grid.text(row, col));
    if (text) out.push({ cell: a1(row, col), text });
  }
  return out;
}

/** A figure written under the heading on one of the body's first rows. */
function holdsFigures(grid: Grid, body: number, col: number): boolean {
  for (let row = body; row <= Math.min(grid.bottom, body + 30); row++) if (/^[\d,.\s]+$/.test(fold(grid.text(row, col)))) return true;
  return false;
}

/** A heading naming no actual: a plan, a capacity, a cost, a comparison or an earlier figure. */
const NOT_REACHED =
  /目標|計画|予算|見込|見積|予定|想定|基準|募集|定員|対象|事業費|経費|全国|全県|県計|平均|推計|参考|上限|下限|標準|前年|昨年|前回|前期|過去|最高|最低|中間|評価|充当/;

/** A measure saying only what is counted, not of what: 値, 額, 人数, 件数. */
const BARE_MEASURE = /^(?:の)?(?:数?値|数|額|金額|総額|人数|件数|者数|回数|率|割合|量|数量)$/;

/** A word naming what was reached or done: 寄附金額, 参加人数, 到達値. */
const REACHED = /寄附|寄付|実施|参加|達成|到達|獲得|受付|来場|応募|実績/;

interface Candidate {
  col: number;
  cells: string[];
  text: string;
}

/** Unread columns with one heading cell in the target's unit, figures under it, naming no plan, cost or reference. */
function candidates(grid: Grid, band: number[], columns: Column[], unit: string): Candidate[] {
  const out: Candidate[] = [];
  const body = band[band.length - 1]! + 1;
  for (let col = grid.left; col <= grid.right; col++) {
    if (columns.some((c) => c.col === col)) continue;
    const own = ownHeadings(grid, band, col);
    const text = own[0]?.text ?? '';
    if (own.length !== 1 || !text.endsWith(unit) || (unit === '' && /[)）]$/.test(text))) continue;
    if (NOT_REACHED.test(text) || classifyLabel(text) || findPeriod(text) || !holdsFigures(grid, body, col)) continue;
    out.push({ col, cells: own.map((h) => h.cell), text });
  }
  return out;
}

/**
 * A word before the measure making it another figure than the year's whole (review rv76): a running total (累計来場者数), a
 * peak or a day's (1日最大来場者数), or a part (市外来場者数, うち…).
 */
const NOT_THE_WHOLE = /累計|累積|通算|最大|最多|ピーク|うち|内訳|[市町村区県都府道]外|[市町村区県都府道]内|1日|一日|日平均|月平均|1回/;

/** The heading repeats the target's measure and unit after a word naming what was reached, or after the measure's own noun. */
function namesMeasure(text: string, measure: string, unit: string): boolean {
  const word = new RegExp(`^(.{0,8})${escape(measure)}${escape(unit)}$`).exec(text)?.[1];
  if (word === undefined || NOT_THE_WHOLE.test(word)) return false;
  return BARE_MEASURE.test(measure) ? REACHED.test(word) : true;
}

/** The candidate a written ratio confirms; null when no ratio column says anything of them, [] when it contradicts them all. */
function confirmedByRatio(grid: Grid, band: number[], target: number, found: Candidate[]): Candidate[] | null {
  const body = band[band.length - 1]! + 1;
  let spoke = false;
  const out: Candidate[] = [];
  for (const ratio of ratioColumns(grid, band)) {
    for (const c of found) {
      if (c.col === ratio) continue;
      const says = ratioConfirms(grid, body, ratio, target, c.col);
      if (says !== null) spoke = true;
      if (says && !out.includes(c)) out.push(c);
    }
  }
  return spoke ? out : null;
}

/** Reads the one column confirmed as the target's measure reached as the actual (in place in `columns`), when the header has no actual. */
export function measureOfTarget(grid: Grid, band: number[], columns: Column[]): void {
  if (columns.some((c) => c.role === 'actual' || c.role === 'expected' || c.pair)) return;
  const targets = columns.filter((c) => c.role === 'target');
  if (targets.length !== 1) return;
  const target = targets[0]!.col;
  const heads = ownHeadings(grid, band, target);
  const m = heads.length === 1 ? TARGET_MEASURE.exec(heads[0]!.text) : null;
  if (!m) return;
  const [measure, unit] = [m[1]!, m[2] ?? ''];
  const found = candidates(grid, band, columns, unit).filter((c) => c.col !== target);
  const byRatio = confirmedByRatio(grid, band, target, found);
  const chosen = byRatio ?? found.filter((c) => c.col > target && namesMeasure(c.text, measure, unit));
  if (chosen.length !== 1) return;
  const c = chosen[0]!;
  columns.splice(columns.filter((x) => x.col < c.col).length, 0, { col: c.col, role: 'actual', cells: c.cells });
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
