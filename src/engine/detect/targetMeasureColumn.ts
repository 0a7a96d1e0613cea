/**
 * A table whose one target column names its measure (目標金額（円）) and whose other headings name no actual: the column
 * naming the same measure with a word before it and the same unit (寄附金額（円）) is what was reached on that measure, the
 * target's actual (a クラウドファンディング list: 目標金額 | 寄附金額 | 寄附件数 | 達成率). Only one such column: two (寄附金額 |
 * 事業費金額) or another unit (寄附金額（千円）) leave the table as it was; a heading read as anything else (a year, a plan, a
 * budget) is no candidate, nor is a column holding no figure under its heading.
 */
import { a1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import { findPeriod } from '../values/periods';
import type { Column } from './column';
import type { Grid } from './grid';

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

/** Reads the one column naming the target's measure as the actual (in place in `columns`), when the header has no actual. */
export function measureOfTarget(grid: Grid, band: number[], columns: Column[]): void {
  if (columns.some((c) => c.role === 'actual' || c.role === 'expected' || c.pair)) return;
  const targets = columns.filter((c) => c.role === 'target');
  if (targets.length !== 1) return;
  const heads = ownHeadings(grid, band, targets[0]!.col);
  const m = heads.length === 1 ? TARGET_MEASURE.exec(heads[0]!.text) : null;
  if (!m) return;
  const [measure, unit = ''] = [m[1]!, m[2] ?? ''];
  const same = new RegExp(`^(.{1,8})${escape(measure)}${escape(unit)}$`);
  const found: Column[] = [];
  for (let col = grid.left; col <= grid.right; col++) {
    if (columns.some((c) => c.col === col)) continue;
    const own = ownHeadings(grid, band, col);
    const text = own[own.length - 1]?.text ?? '';
    const word = same.exec(text)?.[1];
    if (!word || own.length !== 1 || /目標|計画|予算|見込|前年|基準/.test(word) || classifyLabel(text) || findPeriod(text)) continue;
    if (holdsFigures(grid, band[band.length - 1]! + 1, col)) found.push({ col, role: 'actual', cells: own.map((h) => h.cell) });
  }
  if (found.length !== 1) return;
  columns.splice(columns.filter((c) => c.col < found[0]!.col).length, 0, found[0]!);
}

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
