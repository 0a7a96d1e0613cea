/**
 * Finding codes and their severities. Messages are in Japanese, written for the department
 * clerk who has to fix the cell.
 */
import type { Finding, Severity } from './report';

export const SEVERITY = {
  'missing-actual': 'warning',
  'actual-pending': 'info',
  'actual-not-applicable': 'info',
  'actual-stale': 'info',
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
  'period-undetermined': 'warning',
  'period-differs': 'info',
  'reading-uncertain': 'warning',
  'period-not-in-sheet': 'warning',
  'progress-undefined': 'warning',
  'settings-invalid': 'error',
  'summary-protected': 'error',
  'roll-past-plan-end': 'warning',
  'roll-targets-kept': 'info',
  'roll-locked': 'warning',
  'import-locked': 'warning',
  'import-value-unreadable': 'warning',
} as const satisfies Record<string, Severity>;

export type FindingCode = keyof typeof SEVERITY;

export function finding(code: FindingCode, sheet: string | null, cell: string | null, indicator: string | null, message: string): Finding {
  return { code, severity: SEVERITY[code], sheet, cell, indicator, message };
}

const ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };

export function sortFindings(fs: Finding[]): Finding[] {
  return [...fs].sort((a, b) => ORDER[a.severity] - ORDER[b.severity]);
}

/** Counts by severity. */
export function severityCounts(fs: Finding[]): Record<Severity, number> {
  const c: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  for (const f of fs) c[f.severity]++;
  return c;
}

/** 0.934 → "93.4%". */
export function pct(x: number): string {
  return `${(Math.round(x * 1000) / 10).toFixed(1)}%`;
}

/** A number as a clerk writes it: 1,313 / 13.6. */
export function num(x: number): string {
  return NUMBER.format(x);
}

const NUMBER = new Intl.NumberFormat('ja-JP', { maximumFractionDigits: 4 });
