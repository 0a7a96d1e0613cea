/**
 * A row marked 再掲 (「創業支援事業（再掲）」) repeats an indicator the workbook already lists: the author shows it
 * again under another heading, it is not a second indicator. Where an indicator of the same name is read without
 * the mark anywhere in the workbook, the marked row is left out; a marked row with no unmarked twin is the only
 * reading of its indicator and stays.
 */
import type { SheetDetection } from './types';

export function dropRepeatedRows(detections: SheetDetection[]): void {
  const unmarked = new Set<string>();
  for (const d of detections) for (const ind of d.indicators) if (!ind.repeated) unmarked.add(ind.name);
  for (const d of detections) {
    if (!d.indicators.some((ind) => ind.repeated && unmarked.has(ind.name))) continue;
    d.indicators = d.indicators.filter((ind) => !(ind.repeated && unmarked.has(ind.name)));
  }
}
