/**
 * A target written only in the 備考 text when the row has no target figure: 「R5目標：120件」,
 * 「目標値 30人。前年度から制度拡充」. A clerk takes it as the target, unsure (a guess naming the 備考
 * cell); 「目標：前年度以上」 has no number and gives none; a target of another year (「R7目標 150件」,
 * the plan's final year) is not this period's: no target, and a guess naming the cell.
 */
import type { RawIndicator, ReadingGuess, TargetPoint } from '../detect';
import { parseA1 } from '../model/address';
import { classifyLabel } from '../values/labels';
import type { Period } from '../values/periods';
import { parseValue, type OneNumber } from '../values/values';

/** The target a remark states, with the year it names (if any), or null. */
export function targetInRemark(text: string): { value: OneNumber; period?: Period } | null {
  for (const clause of text.split(/[。．\n;；]/)) {
    if (!/目標/.test(clause)) continue;
    const parsed = parseValue(clause);
    if (parsed.status !== 'value' || parsed.value === undefined || parsed.qualifier) continue;
    const label = classifyLabel((parsed.note ?? '') + (parsed.label ?? ''));
    if (label?.role !== 'target') continue;
    const period = parsed.notePeriod ?? label.period;
    return period ? { value: parsed, period } : { value: parsed };
  }
  return null;
}

/** The indicator with the remark's target when it has no target figure of its own, and the guess it rests on. */
export function withRemarksTarget(ind: RawIndicator, period: Period | null): { ind: RawIndicator; guesses: ReadingGuess[] } {
  if (!ind.note || !ind.noteCell || ind.targets.some((t) => t.parsed.status !== 'missing')) return { ind, guesses: [] };
  const found = targetInRemark(ind.note);
  if (!found) return { ind, guesses: [] };
  if (found.period && period && found.period.fiscalYear !== period.fiscalYear)
    return { ind, guesses: [{ reason: 'year-note-differs', cells: [ind.noteCell] }] };
  const at = parseA1(ind.noteCell);
  const point: TargetPoint = {
    cell: ind.noteCell,
    row: at?.row ?? ind.row,
    col: at?.col ?? 0,
    raw: ind.note,
    formula: null,
    parsed: found.value,
    kind: 'target',
  };
  if (found.period) point.period = found.period;
  return { ind: { ...ind, targets: [...ind.targets, point] }, guesses: [{ reason: 'target-from-remarks', cells: [ind.noteCell] }] };
}
