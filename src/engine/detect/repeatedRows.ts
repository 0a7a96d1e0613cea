/**
 * A row marked 再掲 (「創業支援事業（再掲）」) repeats an indicator its sheet already lists: the author shows it again
 * under another heading of the same sheet, it is not a second indicator. Where an indicator of the same name is read
 * without the mark on the same sheet, the marked row is left out; a marked row with no unmarked twin on its sheet is
 * that sheet's reading of its indicator and stays. A 再掲 on another sheet (the 施策5-2 sheet listing 施策5-1's
 * 「【再掲】胃がん検診受診率」) is an indicator of that sheet's own evaluation: each sheet is read on its own.
 */
import type { SheetDetection } from './types';

export function dropRepeatedRows(detections: SheetDetection[]): void {
  for (const d of detections) {
    if (!d.indicators.some((ind) => ind.repeated)) continue;
    const unmarked = new Set(d.indicators.filter((ind) => !ind.repeated).map((ind) => ind.name));
    d.indicators = d.indicators.filter((ind) => !(ind.repeated && unmarked.has(ind.name)));
  }
}
