/** The JSON report: stable field names, documented in docs/data-model.md. */
import type { Direction } from '../values/labels';
import type { Rules } from '../grading/rules';
import type { FindingCode, FindingParams, GuessReason } from './findingParams';

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

/**
 * `value`: a final figure. `provisional` (見込み, 速報値, 暫定) and `approximate` (約, 概数, 以上): a
 * figure that is not final; `actual` holds its number, it is graded, and the grade is marked
 * (`gradeProvisional`). The others: no figure.
 */
export type ActualStatus = 'value' | 'provisional' | 'approximate' | 'missing' | 'pending' | 'not-applicable' | 'not-implemented' | 'error' | 'unparseable';
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

/**
 * Where each fact of an indicator was read: A1 addresses on the indicator's sheet, or 'Sheet!A1'
 * (as Excel writes it, quoted when the name needs it) for a fact read on another sheet (a join).
 */
export interface IndicatorCells {
  name: string;
  unit: string | null;
  baseline: string | null;
  target: string | null;
  actual: string | null;
  /** The heading that gives the actual its period (the actual's own cell when a year note in it does). */
  period: string | null;
  grade: string | null;
  /**
   * Where the direction was read: the 方向 cell, the name / description / 備考 cell whose words say it,
   * or the target cell written as a bound (「1,500万円以下」); null when 評価設定 gives it or nothing says (up).
   */
  direction: string | null;
}

/** A guess the reading of an indicator rests on: why, and the cells to check. */
export interface ReadingGuessReport {
  reason: GuessReason;
  cells: string[];
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
  /** Present (true) when the grade rests on an actual that is not final (`actualStatus` provisional or approximate). */
  gradeProvisional?: true;
  existingGrade: string | null;
  previousGrade: string | null;
  cells: IndicatorCells;
  /** What the reading had to guess (each also a `reading-uncertain` finding); empty when every fact stood where its heading said. */
  guesses: ReadingGuessReport[];
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
