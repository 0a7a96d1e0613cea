/**
 * Finding codes, their severities, and the one way to make a finding: a code and its params
 * (findingParams.ts). The words are in the catalog (findingText.ts); `message` keeps the Japanese
 * for Excel so the JSON report and the workbook's own sheets read as before.
 */
import type { Finding, Severity } from './report';
import type { FindingCode, FindingParams, GuessReason } from './findingParams';
import { JA_EXCEL, renderFinding } from './findingText';

export type { FindingCode, FindingParams } from './findingParams';
export { num, pct } from './figures';

export const SEVERITY = {
  'missing-actual': 'warning',
  'actual-pending': 'info',
  'actual-not-applicable': 'info',
  'actual-stale': 'info',
  'actual-provisional': 'warning',
  'multiple-actuals': 'info',
  'missing-target': 'warning',
  'target-other-period': 'warning',
  'value-unparseable': 'error',
  'unit-mismatch': 'warning',
  'formula-error': 'error',
  'rating-mismatch': 'warning',
  'rating-invalid': 'warning',
  'cumulative-decrease': 'warning',
  'outlier-jump': 'warning',
  'direction-conflict': 'warning',
  'duplicate-indicator': 'warning',
  'direction-keyword-invalid': 'warning',
  'sheet-protected': 'warning',
  'no-indicators': 'warning',
  'no-indicators-yet': 'info',
  'hidden-cells-skipped': 'info',
  'other-period-copy-skipped': 'info',
  'sheet-bands-used': 'info',
  'summary-sheet-skipped': 'info',
  'sheet-left-out': 'info',
  'rows-left-out': 'info',
  'indicator-discontinued': 'info',
  'period-undetermined': 'warning',
  'period-differs': 'info',
  'reading-uncertain': 'warning',
  'period-not-in-sheet': 'warning',
  'progress-undefined': 'warning',
  'progress-backward': 'info',
  'target-maintain': 'info',
  'actual-running-total': 'info',
  'target-from-final': 'info',
  'tolerance-met': 'info',
  'range-exceeded': 'info',
  'settings-invalid': 'error',
  'summary-protected': 'error',
  'roll-past-plan-end': 'warning',
  'roll-targets-kept': 'info',
  'roll-locked': 'warning',
  'import-locked': 'warning',
  'import-value-unreadable': 'warning',
} as const satisfies Record<FindingCode, Severity>;

/** Where a finding points: the sheet, the cell and the indicator (each null when it is about more). */
export interface FindingPlace {
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
}

/** A finding of `code` at `place`, with the facts its message needs. */
export function finding<C extends FindingCode>(code: C, place: FindingPlace, params: FindingParams[C]): Finding {
  const { sheet, cell, indicator } = place;
  return { code, params, severity: SEVERITY[code], sheet, cell, indicator, message: renderFinding<C>({ code, params }, JA_EXCEL) } as Finding;
}

/** A reading guess as a `reading-uncertain` finding pointing at its first cell (`period`: the evaluation period's label, if any). */
export function guessFinding(sheet: string, indicator: string | null, guess: { reason: GuessReason; cells: string[] }, period: string | null): Finding {
  return finding('reading-uncertain', { sheet, cell: guess.cells[0], indicator }, { variant: 'guess', ...guess, period });
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** Counts by severity. */
export function severityCounts(fs: readonly { severity: Severity }[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity]++;
  return c;
}
