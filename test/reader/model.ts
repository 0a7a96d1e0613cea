/**
 * What a fixture is: a declarative spec (a layout kind, a seed, options) and, once built, its
 * sheets and the facts a clerk reads from them, in the shape of ../shared/samples/facts.json.
 */
import type { Grid } from './grid';

export type Direction = 'up' | 'down';
export type Status = 'not-implemented' | 'pending' | 'not-applicable' | 'missing' | 'provisional' | 'approximate';

/** One indicator's figure for one period, as the department wrote it. */
export type Figure = { value: number; note?: '見込み' | '速報値' | '見込値' | '約' } | { status: 'not-implemented' | 'pending' | 'missing' | 'none' };

/** An indicator's figures over the years of a plan. */
export interface Series {
  id: string;
  name: string;
  unit: string;
  direction: Direction;
  decimals: number;
  /** Fiscal years, ascending. */
  years: number[];
  targets: (number | null)[];
  actuals: Figure[];
  baseline: number;
  description: string;
}

export interface ExpectedMeasure {
  label: string;
  target: number;
  actual: number | null;
  unit: string;
}

/** An indicator as facts.json states it. */
export interface ExpectedIndicator {
  sheet: string;
  name: string;
  unit?: string | null;
  target?: number | null;
  actual?: number | null;
  actualStatus?: Status;
  direction?: Direction;
  measures?: ExpectedMeasure[];
  existing?: string;
  targetSource?: string;
  grade: string | null;
}

export interface ExpectedGroup {
  sheet: string;
  cell: string;
  grade: string | null;
}

export interface ExpectedWorkbook {
  file: string;
  /** Absent in a facts.json entry that does not state it. */
  fiscalYear?: number;
  indicators: ExpectedIndicator[];
  groups: ExpectedGroup[];
  /**
   * What a reading of this workbook must rest on a guess for (issue 16: a period inferred rather than
   * stated, a join by a fuzzy name…); a reading-uncertain finding is expected exactly when this is not
   * empty. Absent in a facts.json entry.
   */
  guesses?: ('period' | 'fuzzy-join' | 'other-year' | 'target-from-baseline' | 'target-from-last-year')[];
}

/** The layout kinds the fixture set covers; the bench prints its figures per kind. */
export type LayoutKind =
  | 'A-policy-tiled'
  | 'A-policy-stacked'
  | 'B-project-table'
  | 'C-kpi-periods'
  | 'D-plan-indicators'
  | 'N-measure-over-periods'
  | 'N-period-over-measures'
  | 'N-years-as-rows'
  | 'N-label-value'
  | 'N-project-per-sheet'
  | 'N-split-sheets'
  | 'N-cumulative-and-rates'
  | 'N-side-by-side'
  | 'N-cluttered-table'
  | 'N-measure-pairs';

/** A fixture, declared: the builder of its kind turns it into sheets and expected facts. */
export interface FixtureSpec {
  name: string;
  kind: LayoutKind;
  seed: number;
  options?: LayoutOptions;
}

/** date: the closing 31 March as a date cell (only through periodCell). */
export type PeriodStyle = 'R' | 'R0' | 'Rfw' | 'reiwa' | 'reiwaFw' | 'ad' | 'fy' | 'endH' | 'endAd' | 'endHeisei' | 'date';
/** fraction: a ％ figure stored as a fraction under a % number format (others as numbers). */
export type ValueStyle = 'number' | 'unitText' | 'fullwidth' | 'comma' | 'fraction';

export interface LayoutOptions {
  /** How period headings are written. */
  periods?: PeriodStyle;
  values?: ValueStyle;
  /** Where the table starts (0-based offset of its top-left cell from A1). */
  at?: { row: number; col: number };
  /** The evaluation period is written on the sheet (評価対象期間). */
  stated?: boolean;
  /** Later years already have actuals (so the latest year with actuals is not the stated one). */
  laterActuals?: boolean;
  /** The unit in the heading ("相談件数（件）") instead of in a 単位 column or the cell. */
  unitInHeader?: boolean;
  /** Some actuals are 見込み / 速報値. */
  provisional?: boolean;
  /** Down-is-better indicators, marked the way the layout marks them. */
  down?: boolean;
  /** Headings merged or split over two or three rows. */
  headerRows?: 1 | 2 | 3;
  /** The evaluation period only in a 評価設定 sheet (評価対象期間), later actuals filled. */
  settingsPeriod?: boolean;
  /** Several tables stacked down the sheet instead of side by side. */
  stackedTables?: boolean;
  /** At least one indicator in ％. */
  percent?: boolean;
  /** Policy sheets in the workbook (family A). */
  sheets?: number;
  /** Some actuals carry a year note of the year before (family D): read as written, a guess to flag. */
  mixedYears?: boolean;
  /** Other heading words of the same family (成果指標①, 目標値 row, 事業名, 数値目標（R5）, 目標/実績, 基準値…), blocks three across. */
  altWords?: boolean;
  /** Join key of split sheets. */
  joinBy?: 'id' | 'name';
  /** A 目標値 per year (spanning the periods too) instead of one final 目標値 column. */
  perYearTargets?: boolean;
  count?: number;
}

export interface BuiltWorkbook {
  grids: Grid[];
  expected: ExpectedWorkbook;
}

const POINTS: Record<string, number> = { A: 4, B: 3, C: 2, D: 1 };

/** The default grade (A ≥ 100 %, B ≥ 80 %, C ≥ 60 %, else D) of an attainment; null when none. */
export function gradeOf(attainment: number | null): string | null {
  if (attainment === null) return null;
  return attainment >= 1 ? 'A' : attainment >= 0.8 ? 'B' : attainment >= 0.6 ? 'C' : 'D';
}

export function attainmentOf(target: number | null | undefined, actual: number | null | undefined, direction: Direction): number | null {
  if (target === null || target === undefined || actual === null || actual === undefined) return null;
  if (direction === 'down') return actual === 0 ? Infinity : target / actual;
  return target === 0 ? null : actual / target;
}

/** A policy sheet's grade: the mean of its indicators' points, rounded half up. */
export function rollUpGrade(grades: (string | null)[]): string | null {
  const pts = grades.filter((g): g is string => !!g).map((g) => POINTS[g]);
  if (!pts.length) return null;
  const mean = Math.floor(pts.reduce((a, b) => a + b, 0) / pts.length + 0.5);
  return Object.keys(POINTS).find((g) => POINTS[g] === mean) ?? null;
}

/** The facts of one series for the year at `index`, as a clerk reads them. */
export function expectedOf(s: Series, sheet: string, index: number, target = s.targets[index]): ExpectedIndicator {
  const fig = s.actuals[index];
  const out: ExpectedIndicator = { sheet, name: s.name, unit: s.unit, target, direction: s.direction, grade: null };
  if ('value' in fig) {
    out.actual = fig.value;
    if (fig.note) out.actualStatus = fig.note === '約' ? 'approximate' : 'provisional';
    out.grade = gradeOf(attainmentOf(target, fig.value, s.direction));
  } else if (fig.status === 'not-implemented') {
    out.actualStatus = 'not-implemented';
    out.grade = 'D';
  } else out.actualStatus = fig.status === 'none' ? 'not-applicable' : fig.status;
  return out;
}
