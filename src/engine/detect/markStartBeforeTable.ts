/**
 * A target cell's 累計 mark naming a start before the table's first year (「300（H27からの累計）」 over 令和3〜5年度 | 累計,
 * review rv75): the count since H27 is not on the sheet, and the table's 累計 column (the years shown, added up) is no part of
 * it a clerk could grade. The total is not read; the row is a `cumulative-start-unknown` guess naming the target, the yearly
 * figures and the total, never a silent grade. A mark starting with the table (「50（R3からの累計）」) reads the total as before.
 */
import { figureCumulativeMark } from '../values/figureCumulativeMark';
import { a1 } from '../model/address';
import type { Column } from './column';
import type { RawIndicator, TargetPoint } from './types';

/** Whether the marked target's run starts before the first year of the table's dated actual columns. */
export function markStartsBeforeTable(columns: readonly Column[], marked: TargetPoint): boolean {
  const start = figureCumulativeMark(marked.parsed.text)?.start ?? null;
  if (start === null) return false;
  const years = columns.filter((c) => (c.role === 'actual' || c.role === 'part') && c.period?.kind === 'fiscal').map((c) => c.period!.fiscalYear);
  return years.length > 0 && start < Math.min(...years);
}

/** Flags the row: its target over a run from before the table, its yearly figures and the unread total (row `r`, column `col`). */
export function startUnknownGuess(ind: RawIndicator, marked: TargetPoint, r: number, col: number): void {
  const figures = ind.actuals.filter((p) => p.parsed.status === 'value').map((p) => p.cell);
  (ind.guesses ??= []).push({ reason: 'cumulative-start-unknown', cells: [marked.cell, ...figures, a1(r, col)] });
}
