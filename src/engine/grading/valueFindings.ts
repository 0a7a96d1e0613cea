/**
 * What a clerk should look at in the actual and the target an evaluation chose: a missing,
 * pending, unreadable or stale actual; a missing, unreadable or another year's target.
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { finding } from '../model/findings';
import type { ActualStatus, Finding } from '../model/report';
import type { Period } from '../values/periods';
import type { Qualifier } from '../values/values';
import { quantities, type ChosenTarget } from './choosePoints';

/** The findings about the actual (`single`: the target has one number, so several actuals can each be compared with it). */
export function actualFindings(ind: RawIndicator, actual: Point | undefined, columnMissing: boolean, period: Period | null, single: boolean): Finding[] {
  const where = (cell: string) => ({ sheet: ind.sheet, cell, indicator: ind.name });
  if (!actual) {
    if (columnMissing && period) return [finding('missing-actual', where(ind.nameCell), { variant: 'no-column', period: period.label })];
    return [finding('missing-actual', where(ind.nameCell), { variant: 'no-cell' })];
  }
  const out: Finding[] = [];
  const c = actual.cell;
  const p = actual.parsed;
  const value = p.text;
  switch (p.status) {
    case 'missing':
      out.push(finding('missing-actual', where(c), { variant: 'empty', period: period ? period.label : null, cell: c }));
      break;
    case 'pending':
      out.push(finding('actual-pending', where(c), { value }));
      break;
    case 'not-applicable':
    case 'no-target':
      out.push(finding('actual-not-applicable', where(c), { value }));
      break;
    case 'error':
      out.push(finding('formula-error', where(c), { variant: 'actual', cell: c, value, formula: actual.formula ?? null }));
      break;
    case 'text':
      if (actual.unsplitPair) out.push(finding('value-unparseable', where(c), { variant: 'pair-cell', value, cell: c, heading: actual.unsplitPair }));
      else if (actual.otherMeasure) out.push(finding('value-unparseable', where(c), { variant: 'measures', target: actual.otherMeasure, actual: value }));
      else out.push(finding('value-unparseable', where(c), { variant: 'actual-text', value, cell: c }));
      break;
    case 'value':
      if (p.ambiguous && !single) out.push(finding('value-unparseable', where(c), { variant: 'actual-several', value, cell: c }));
      else if (p.ambiguous) out.push(finding('multiple-actuals', where(c), { value }));
      break;
    default:
      break;
  }
  return out;
}

/** An actual whose note names an earlier year than the period (「R4年度」 in a period-less cell). */
export function staleActual(ind: RawIndicator, actual: Point | undefined, period: Period | null, status: ActualStatus): Finding[] {
  const note = actual?.parsed.notePeriod;
  if (!period || !actual || !note || actual.period || note.fiscalYear >= period.fiscalYear || status !== 'value') return [];
  return [finding('actual-stale', { sheet: ind.sheet, cell: actual.cell, indicator: ind.name }, { valuePeriod: note.label, period: period.label })];
}

/** Whether the actual is a figure that is not final (見込み, 速報値, 約, 以上 …), when it is a figure at all. */
export function actualQualifier(actual: Point | undefined, status: ActualStatus): Qualifier | undefined {
  return status === 'value' && actual?.parsed.status === 'value' ? actual.parsed.qualifier : undefined;
}

/** An actual that is not a final figure: said with the grade computed from it, which is provisional. */
export function provisionalActual(ind: RawIndicator, actual: Point | undefined, status: ActualStatus, grade: string | null): Finding[] {
  const qualifier = actualQualifier(actual, status);
  if (!qualifier || !actual) return [];
  return [
    finding(
      'actual-provisional',
      { sheet: ind.sheet, cell: actual.cell, indicator: ind.name },
      { qualifier, value: actual.parsed.text, cell: actual.cell, grade },
    ),
  ];
}

/** The findings about the target (`status`: the actual's, since another year's target is only worth saying when there is something to grade). */
export function targetFindings(ind: RawIndicator, chosen: ChosenTarget, period: Period | null, actual: Point | undefined, status: ActualStatus): Finding[] {
  const where = (cell: string) => ({ sheet: ind.sheet, cell, indicator: ind.name });
  if (chosen.kind === 'usable') {
    if (chosen.value.ambiguous) return [finding('value-unparseable', where(chosen.point.cell), { variant: 'target-several', value: chosen.value.text })];
    const summed = actual?.runningTotalOf;
    if (summed && actual?.parsed.value !== undefined)
      return [finding('actual-running-total', where(actual.cell), { total: actual.parsed.value, cells: summed, target: chosen.point.cell })];
    // The period's own 「－」 set aside for the final target, as the sheet's note says: said, naming the three cells.
    const dash = chosen.insteadOf;
    const note = ind.finalTargetNote;
    return dash && note
      ? [
          finding('target-from-final', where(chosen.point.cell), {
            written: dash.parsed.text,
            writtenCell: dash.cell,
            final: chosen.point.parsed.text,
            finalCell: chosen.point.cell,
            noteCell: note.cell,
          }),
        ]
      : [];
  }
  if (chosen.kind === 'other-year') {
    // Said when an actual would otherwise have been graded against it; without one, missing-actual says what to do.
    return status === 'value' || status === 'not-implemented' ? [targetOfOtherPeriod(ind, chosen.targets, period!, actual)] : [];
  }
  const b = chosen.blame;
  if (b?.parsed.status === 'error') return [finding('formula-error', where(b.cell), { variant: 'target', cell: b.cell, value: b.parsed.text })];
  // A cell that should hold both figures and does not: said once, by the actual's finding on that cell.
  if (b?.unsplitPair && b.parsed.status === 'text')
    return actual?.cell === b.cell
      ? []
      : [finding('value-unparseable', where(b.cell), { variant: 'pair-cell', value: b.parsed.text, cell: b.cell, heading: b.unsplitPair })];
  if (b && b.parsed.status === 'text') return [finding('missing-target', where(b.cell), { variant: 'text', value: b.parsed.text, cell: b.cell })];
  if (b && (b.parsed.status === 'no-target' || b.parsed.status === 'not-applicable'))
    return [finding('missing-target', where(b.cell), { variant: 'not-applicable', value: b.parsed.text })];
  return [finding('missing-target', where(b?.cell ?? ind.nameCell), { variant: 'empty', cell: b ? b.cell : null })];
}

/** No grade from another year's target: the finding names the target cells and the actual cell. */
function targetOfOtherPeriod(ind: RawIndicator, others: TargetPoint[], period: Period, actual: Point | undefined): Finding {
  return finding(
    'target-other-period',
    { sheet: ind.sheet, cell: others[0].cell, indicator: ind.name },
    {
      targets: others.map((t) => ({ cell: t.cell, period: t.period!.label })),
      actual: actual ? { cell: actual.cell, period: actual.period?.label ?? period.label } : null,
      period: period.label,
    },
  );
}

/** Whether a target value has exactly one number (several actuals are then each compared with it). */
export function singleTarget(chosen: ChosenTarget): boolean {
  return chosen.kind === 'usable' && quantities(chosen.value).length === 1;
}
