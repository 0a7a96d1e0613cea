/**
 * What each usage error carries (the problems that stop a run before anything is written), as
 * plain data like findingParams.ts. The texts are in usageText.ts.
 */

/** Why a rating scale given as JSON is not usable. */
export type ScaleProblem =
  | { variant: 'not-a-list' }
  | { variant: 'band-invalid'; position: number }
  | { variant: 'band-no-grade'; position: number }
  | { variant: 'band-min'; grade: string }
  | { variant: 'band-points'; grade: string }
  | { variant: 'band-order'; upper: string; upperMin: number; lower: string; lowerMin: number }
  | { variant: 'grades-repeat' }
  | { variant: 'band-points-order'; upper: string; lower: string };

/** One problem with a rules object (JSON or 評価設定), for the field it is about. */
export type RulesProblem = { field: string } & (
  | { variant: 'not-an-object' }
  | { variant: 'unknown-field' }
  | { variant: 'scale'; scale: ScaleProblem }
  | { variant: 'one-of'; allowed: string[]; value: string }
  | { variant: 'range'; min: number; max: number; value: string }
  | { variant: 'not-negative'; value: string }
  | { variant: 'tolerances' }
  | { variant: 'boolean' | 'period' | 'future-directions' | 'directions' }
  | { variant: 'not-implemented-grade'; grades: string[] }
  | { variant: 'direction'; indicator: string }
);

/** A heading problem of the monthly data to import. */
export type ImportHeaderProblem = { variant: 'no-value-column'; line: number; month: number } | { variant: 'no-key-column'; line: number };

export interface UsageParams {
  /** A period given by a person cannot be read; `exampleYear` is the fiscal year the examples name. */
  'period-unreadable': { value: string; exampleYear: number };
  'plan-unreadable': { value: string };
  'plan-invalid': { start: string; end: string };
  'period-outside-plan': { period: string; start: string; end: string };
  'rules-invalid': { problems: RulesProblem[] };
  'roll-period-unknown': Record<string, never>;
  'roll-not-later': { next: string; current: string };
  'import-no-monthly-table': Record<string, never>;
  'import-no-month-column': { month: number };
  'import-headings': { problems: ImportHeaderProblem[] };
  'import-no-rows': Record<string, never>;
}

export type UsageCode = keyof UsageParams;

/** A usage error as data (UsageError's code and params): what crosses a worker's message or reaches the pane, where a class does not. */
export type UsageProblem = { [C in UsageCode]: { code: C; params: UsageParams[C] } }[UsageCode];
