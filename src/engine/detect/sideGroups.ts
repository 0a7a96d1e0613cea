/**
 * A sheet's own ratings and the indicators each one rates: the one rating of a policy sheet rates
 * them all; policies side by side (two 施策 | … 施策の達成度 | □ over their own tables) each rate the
 * indicators whose name cells stand in their columns. A side with no indicator rates nothing.
 */
import { parseA1 } from '../model/address';
import type { GroupGradeCell, RawIndicator, SheetMeta, SideGroupGrade } from './types';

export interface SheetRating<T> {
  rating: GroupGradeCell;
  /** The policy or measure named over a side (side by side only). */
  name?: string;
  kind?: 'policy' | 'measure' | 'goal';
  members: T[];
}

export function sheetRatings<T>(meta: SheetMeta, indicators: T[], nameCellOf: (i: T) => string): SheetRating<T>[] {
  const sides = meta.groupGrades ?? [];
  if (!sides.length) return meta.groupGrade ? [{ rating: meta.groupGrade, members: indicators }] : [];
  const at = (i: T) => parseA1(nameCellOf(i)) ?? { row: 0, col: 0 };
  const inSide = (side: SideGroupGrade, { row, col }: { row: number; col: number }) =>
    col >= side.left && col <= side.right && row >= (side.top ?? -Infinity) && row <= (side.bottom ?? Infinity);
  return sides
    .map((side) => ({ rating: side, name: side.name, kind: side.kind, members: indicators.filter((i) => inSide(side, at(i))) }))
    .filter((s) => s.members.length > 0);
}

/** Policies side by side: each indicator's group is the policy named over its side (by rows alone, every one would take the left one's). */
export function groupBySide(meta: SheetMeta, indicators: RawIndicator[]): void {
  for (const side of sheetRatings(meta, indicators, (i) => i.nameCell))
    if (side.name) for (const ind of side.members) [ind.group, ind.groupKind] = [side.name, side.kind];
}
