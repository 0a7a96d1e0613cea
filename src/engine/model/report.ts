/** The JSON report: stable field names, documented in docs/data-model.md. */
import type { Direction } from '../values/labels';
import type { Rules } from '../grading/rules';
import type { FindingCode, FindingParams } from './findingParams';

export type Severity = 'error' | 'warning' | 'info';

/** What every finding has, the engine's and the review's cross-file ones alike. */
export interface FindingBase {
  code: string;
  severity: Severity;
  sheet: string | null;
  cell: string | null;
  indicator: string | null;
  /** The Japanese text as Excel shows it (the catalog's rendering of code and params; kept for the JSON report). */
  message: string;
}

/** A finding of the engine: its code, the facts its message is made of (`params`), where it points. */
export type Finding = { [C in FindingCode]: FindingBase & { code: C; params: FindingParams[C] } }[FindingCode];

export type ActualStatus = 'value' | 'missing' | 'pending' | 'not-applicable' | 'not-implemented' | 'error' | 'unparseable';
export type ReportTargetSource = 'expected' | 'final' | 'prorated';
export type Trend = 'improved' | 'unchanged' | 'worsened';

export interface MeasureReport {
  label: string;
  target: number | null;
  actual: number | null;
  unit: string | null;
  /** Fraction: 0.93 = 93 %. */
  attainment: number | null;
}

export interface IndicatorReport {
  sheet: string;
  group: string | null;
  id: string | null;
  name: string;
  unit: string | null;
  direction: Direction;
  baseline: number | null;
  target: number | null;
  targetSource: ReportTargetSource | null;
  actual: number | null;
  actualStatus: ActualStatus;
  measures?: MeasureReport[];
  /** Fraction: 0.93 = 93 %, unrounded. */
  attainment: number | null;
  grade: string | null;
  existingGrade: string | null;
  previousGrade: string | null;
  cells: { name: string; actual: string | null; target: string | null; grade: string | null };
  /** The period the actual belongs to, as written ("R5", "令和5年度"). */
  actualPeriod: string | null;
  previousActual: number | null;
  trend: Trend | null;
  futureDirection: string | null;
  department: string | null;
  cumulative: boolean;
  layout: string;
}

export interface GroupReport {
  sheet: string;
  name: string;
  grade: string | null;
  existingGrade: string | null;
  previousGrade: string | null;
  cell: string | null;
}

export interface SheetReport {
  name: string;
  indicators: number;
  department: string | null;
  policy: string | null;
  measure: string | null;
  title: string | null;
  statedPeriod: string | null;
  protected: boolean;
}

export interface Report {
  file: string | null;
  period: { label: string; fiscalYear: number; source: 'option' | 'settings' | 'sheet' | 'latest-actual' } | null;
  rules: Rules;
  indicators: IndicatorReport[];
  groups: GroupReport[];
  findings: Finding[];
  /** Indicators per computed grade, and `none` for those without one. */
  counts: Record<string, number>;
  sheets: SheetReport[];
}
