/**
 * A survey round under a measure's heading in a table header (基準値 over 「令和元年度調査」): the measure in that round
 * (values/surveyRound.ts roundUnderMeasure), unless the heading over the round heads other measures beside it (数値目標
 * merged over 基準値（R1） | 令和５年度調査 | 目標値（R9）: a band over several measures, the round under it the actual).
 */
import { classifyLabel, type Label } from '../values/labels';
import { roundUnderMeasure, surveyRound } from '../values/surveyRound';
import type { CellIndex } from './cells';

interface Heading {
  text: string;
  row: number;
  col: number;
  label: Label | null;
}

/** The column's label when its lowest heading is a survey round under a measure of its own, or null. */
export function roundLabel(index: CellIndex, band: number[], labelled: Heading[], col: number): Label | null {
  const headsOthers = (over: Heading) => {
    const m = index.grid.merge(over.row, over.col);
    if (!m) return false;
    for (let c = m.left; c <= m.right; c++) {
      if (c === col) continue;
      for (const r of band.filter((r) => r > m.bottom)) {
        const cell = index.at(r, c);
        const label = cell && (cell.label ?? classifyLabel(cell.text));
        if (label && ['baseline', 'target', 'expected', 'actual'].includes(label.role) && !surveyRound(cell.text)) return true;
      }
    }
    return false;
  };
  return roundUnderMeasure(labelled, headsOthers);
}
