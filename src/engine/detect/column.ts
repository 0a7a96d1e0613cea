/** One column of a table header: its role, its period and the header cells they were read from (header.ts reads them). */
import type { Role } from '../values/labels';
import type { Period } from '../values/periods';
import type { MeasurePair } from './measurePairs';

export interface Column {
  col: number;
  role: Role | 'group';
  period?: Period;
  baseline?: boolean;
  /** A heading's period relative to the evaluation period (前年度 −1, 今年度 0), when it names no year. */
  relative?: number;
  /** The header cells the column's role and period were read from. */
  cells: string[];
  /** Two measures in each cell under a heading naming both (「R5 実績／目標」): `role` is the first (measurePairs.ts). */
  pair?: MeasurePair;
  /** A target over the plan's whole term, or the total column read as the actual beside it (cumulativeTarget.ts). */
  cumulative?: boolean;
  /** The way a target heading states for its rows (「削減目標」 down: values/targetChange.ts), with the heading's cell and text. */
  way?: { value: 'up' | 'down'; cell: string; text: string };
  /** Under one of two evaluation headings whose this-year / last-year words and years disagree: their cells (evaluationSides.ts). */
  unclearSides?: string[];
  /** The quantity a heading merged over the years names (空き店舗率（％） over R4 | R5): its words speak for the rows' way (quantityOverYears.ts). */
  quantity?: string;
  /** Headed by a settled fiscal year (「令和5年度決算」): that year's actual beside a target only (settledYears.ts). */
  settled?: boolean;
  /** A group's column beside the respondents' whole (男性 under 令和５年度実績 beside 全体): respondentRows.ts. */
  respondentPart?: RespondentPart;
}

/** A group's column under a heading spanning the groups and their whole: the whole's column and the group's word. */
export interface RespondentPart {
  whole: number;
  group: string;
}
