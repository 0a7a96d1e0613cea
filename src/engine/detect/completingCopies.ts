/**
 * A sheet that takes another sheet's figures by formula and completes them: an 入力 sheet where each 担当 types the year's
 * actuals, and an 評価 sheet whose names and actuals are formulas on it (='入力'!D5) beside the targets typed there, with its
 * 達成率 and 評価. The 評価 row is the indicator's reading — the actual it shows is the 入力 sheet's, and it adds what that
 * sheet lacks — so the 入力 row is left out as a copy, never read a second time without a target.
 * Only when every actual of the row is such a formula on the source's sheet, its targets are its own (typed, or formulas on
 * its own sheet), each formula points at the source row's actual of the same period, and the source row holds no target and no written grade of its own: a source with a target or a grade is
 * a reading of its own (formulaCopies.ts decides between the two).
 */
import type { Point, RawIndicator } from './types';

/** How the caller reads a cell's formula and a row's grade (formulaCopies.ts: referredCell, hasWrittenGrade). */
export interface CopyCells {
  /** The sheet a point's formula refers to when it is only a reference to a cell of a sheet, else null. */
  referredSheet(p: Point): string | null;
  /** The cell (A1, no sheet) a point's formula refers to when it is only a reference to a cell, else null. */
  referredAddress(p: Point): string | null;
  /** Whether the row carries a grade written by its author. */
  hasWrittenGrade(ind: RawIndicator): boolean;
}

const filled = (p: Point) => p.raw !== null && p.raw !== undefined && String(p.raw).trim() !== '';

/** Whether the source's actual at `address` is of the copy point's period (or either has none). */
function sameActual(p: Point, src: RawIndicator, address: string | null): boolean {
  const q = src.actuals.find((a) => a.cell === address);
  if (!q) return false;
  return !p.period || !q.period || p.period.fiscalYear === q.period.fiscalYear;
}

/** Whether `copy` takes all its actuals from `src`'s sheet by formula and adds targets of its own that `src` lacks. */
export function completesSource(copy: RawIndicator, src: RawIndicator, cells: CopyCells): boolean {
  const actuals = copy.actuals.filter(filled);
  const targets = copy.targets.filter(filled);
  if (!actuals.length || !targets.length) return false;
  if (!actuals.every((p) => cells.referredSheet(p) === src.sheet)) return false;
  // Each formula points at the source's actual of the same period (an old formula left on last year's column is no copy).
  if (!actuals.every((p) => sameActual(p, src, cells.referredAddress(p)))) return false;
  // A target taken from another sheet is no target of the row's own (a sheet of each year's targets: formulaCopies.ts).
  if (targets.some((p) => cells.referredSheet(p) !== null)) return false;
  return !src.targets.some(filled) && !cells.hasWrittenGrade(src);
}
