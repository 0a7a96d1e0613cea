/**
 * A sheet's own ratings and the indicators each one rates: the one rating of a policy sheet rates
 * them all; policies side by side (two 施策 | … 施策の達成度 | □ over their own tables) each rate the
 * indicators whose name cells stand in their columns. A side with no indicator rates nothing.
 */
import { parseA1 } from '../model/address';
import type { GroupGradeCell, SheetMeta } from './types';

export interface SheetRating<T> {
  rating: GroupGradeCell;
  /** The policy or measure named over a side (side by side only). */
  name?: string;
  members: T[];
}

export function sheetRatings<T>(meta: SheetMeta, indicators: T[], nameCellOf: (i: T) => string): SheetRating<T>[] {
  const sides = meta.groupGrades ?? [];
  if (!sides.length) return meta.groupGrade ? [{ rating: meta.groupGrade, members: indicators }] : [];
  const col = (i: T) => parseA1(nameCellOf(i))?.col ?? 0;
  return sides
    .map((side) => ({ rating: side, name: side.name, members: indicators.filter((i) => col(i) >= side.left && col(i) <= side.right) }))
    .filter((s) => s.members.length > 0);
}
