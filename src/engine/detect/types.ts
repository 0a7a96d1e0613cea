/** What layout detection finds on a sheet, before anything is evaluated. */
import type { CellValue } from '../model/port';
import type { GuessReason } from '../model/findingParams';
import type { Direction } from '../values/labels';
import type { Period } from '../values/periods';
import type { ParsedValue } from '../values/values';

/** One cell with a figure in it (or where a figure belongs). */
export interface Point {
  /** The period the figure belongs to, when the layout says so (a period column, a label, a note). */
  period?: Period;
  /** A period relative to the sheet's own (前年度 −1, 今年度 0) until detect/relativePeriods.ts resolves it. */
  relative?: number;
  row: number;
  col: number;
  cell: string;
  raw: CellValue;
  formula: string | null;
  parsed: ParsedValue;
  /** The heading naming two measures whose figures this cell should hold both of, when it does not (detect/measurePairs.ts). */
  unsplitPair?: string;
  /** Read under a heading naming a forecast (実績見込): never the year's actual beside a plain 実績 of that year (forecastColumns.ts). */
  forecast?: boolean;
  /** The target's text when this actual's words name another measure (満足度 80％ / 前年度比 120％): not graded (measureWords.ts). */
  otherMeasure?: string;
  /** The yearly actuals this figure adds up, first year first, when a target over a stated run of years asks for their total (runningTotal.ts). */
  runningTotalOf?: string[];
}

export interface TargetPoint extends Point {
  /** expected: a year's 期待値/計画値; target: a 目標 (a year's when it has a period, else the final one). */
  kind: 'expected' | 'target';
  /** The cell saying this target's figure is a change from the baseline (「目標（基準年度比）」, a note 「※縮減目標は基準年度…に対する削減率」): baseRelativeTargets.ts. */
  ofBaseline?: string;
}

export type LayoutKind = 'policy-block' | 'period-matrix' | 'table' | 'year-rows' | 'label-form' | 'narrative' | 'joined' | 'taught';

/** Why a reading rests on a guess (period inferred, a column chosen among several, a year note of another year, a name from a heading, a join by a similar name). */
export type { GuessReason };

export interface ReadingGuess {
  reason: GuessReason;
  /** The cells the guess concerns (sheet-local A1, or 'Sheet!A1' for another sheet). */
  cells: string[];
}

export interface RawIndicator {
  sheet: string;
  layout: LayoutKind;
  /** First row of the indicator, for ordering and messages. */
  row: number;
  id: string | null;
  /** As written, without its number, unit suffix or 概要 text. */
  name: string;
  nameCell: string;
  description?: string;
  /** The cells the description and the note were read from (kept as they are by a roll). */
  descriptionCell?: string;
  noteCell?: string;
  unit?: string;
  unitCell?: string;
  /** The unit came from a note for the whole table or sheet (「単位：％」 above it: tableUnitNote.ts, defaultUnitNote.ts), not the row's own cell or name. */
  unitNoted?: true;
  group?: string;
  groupKind?: 'policy' | 'measure' | 'goal';
  department?: string;
  /** A direction the workbook states: a 方向 column or cell. */
  statedDirection?: { value: Direction; cell: string; text: string };
  /** A direction cell holding words the reader does not know (「短縮化」「適正化」): graded up only with a guess (unreadDirection.ts). */
  unreadDirection?: { cell: string; text: string };
  /** Text that may hold 減少 / 削減 / 抑制: name, description, note. */
  wordsForDirection: string;
  cumulative: boolean;
  /** The name cell of the running total this line's yearly figures add up into (yearlyPartsOfTotal.ts): its falling targets state no way. */
  addsIntoTotal?: string;
  /** Marked as a deliberate repeat (再掲). */
  repeated: boolean;
  /** A summary's copy of another sheet's indicator with another figure, or that indicator (summarySheets.ts): both get a guess. */
  differingCopy?: true;
  note?: string;
  actuals: Point[];
  /** The sheet writes targets as last year's actual (a note, or 「前年度＋2件」): 「前年度以上」 is that figure (lastYearTargetEvidence.ts). */
  targetsFromLastYear?: boolean;
  /** The sheet implies it only (a ratio taken against last year's actual, a note naming last year's figure by its measure): each such target a guess (lastYearTargetEvidence.ts). */
  targetsFromLastYearByRatio?: boolean;
  /** The row's attainment column holds a ratio other than actual ÷ last year's actual: 「前年度以上」 is not last year's figure there. */
  lastYearRefuted?: true;
  /** The row's attainment written 「－」 beside the other rows' ratios: its 「前年度実績以上」 stays words (dashedAttainment.ts). */
  attainmentDashed?: true;
  /** The grades written on the sheet's rows whose target starts from last year (「前年度以上」): a top grade alone shows no figure (lastYearBoundGrades.ts). */
  lastYearBoundGrades?: string[];
  /** The note defining 「前年度以上」 names the year it stands for (namedYearBoundNote.ts): only where that is last year, flagged. */
  targetsFromNamedYear?: number;
  targets: TargetPoint[];
  /** The original targets (当初目標) a filled revised one replaced, as numbers: the office's first aim (revisedTargets.ts, directionGuess.ts). */
  revisedFrom?: number[];
  baselines: Point[];
  /** A part row under a numbered measure caption whose 合計 row is the indicator (captionTotals.ts): its breakdown, left out. */
  partOfTotal?: true;
  /**
   * The grade cell of the indicator, if the layout has one (empty or filled); `means`: the grade the sheet's legend
   * says its mark stands for (「◎ 順調(A)」: a written ◎ is A, markLegend.ts); `ownScale`: the letters of the sheet's own
   * lower-case scale the written grade is one of (「b」 under 「a：目標値に達した　b：…」, letterLegend.ts); `sheet`: the sheet the
   * cell stands on when it is not the indicator's (the 評価 column of a 実績値 sheet joined to the 目標値 sheet's row, join.ts;
   * a 総括表's grade of an indicator read on a figure sheet, summaryGrades.ts). Absent: the indicator's own sheet.
   */
  gradeCell?: { row: number; col: number; cell: string; raw: CellValue; means?: string; ownScale?: readonly string[]; sheet?: string };
  /**
   * Grade cells under period headings (目標 実績 達成率 評価 repeated per year): the evaluation
   * period picks gradeCell among them once it is chosen (`guesses.ts`), as it picks the actual.
   */
  gradeCells?: { row: number; col: number; cell: string; raw: CellValue; period: Period; means?: string; ownScale?: readonly string[] }[];
  /** Last period's grade cell; `means`: the grade the sheet's legend says its mark stands for (markLegend.ts). */
  previousGradeCell?: { cell: string; raw: CellValue; means?: string };
  futureDirection?: { cell: string; text: string };
  /** What the reading had to guess; empty or absent when every fact stood where its heading said. */
  guesses?: ReadingGuess[];
  /** The sheet's note that a period whose own target is 「－」 is judged against the final target (finalTargetNote.ts). */
  finalTargetNote?: { cell: string; text: string };
  /** The sheet's note naming the year whose target each year is judged against (「中間目標（令和7年度）に対する…評価」, judgedTargetNote.ts). */
  judgedTargetNote?: { cell: string; text: string; fiscalYear: number };
  /** The sheet's note that targets written as a way (「増加」「維持」) set no number (wayOnlyTargetNote.ts). */
  wayOnlyTargetNote?: WayOnlyNote;
  /** The sheet's note that a 維持 target keeps the baseline's level (「「現状維持」は基準値を維持することを目標とする」), or a baseline column headed 現状 (「現状値（R4）」) beside a 「現状維持」 target (wayOnlyTargetNote.ts). */
  baselineMaintainNote?: { cell: string; text: string };
}

/** A note saying word targets only state a way: its cell, its text, the words it quotes ([]: every way). */
export interface WayOnlyNote {
  cell: string;
  text: string;
  words: string[];
}

export interface GroupGradeCell {
  labelCell: string;
  /** The cell to hold the grade (null when the layout leaves none free). */
  cell: string | null;
  row: number;
  col: number;
  raw: CellValue;
  /** The grade the sheet's legend says the mark in `cell` stands for (markLegend.ts). */
  means?: string;
  previousGrade: string | null;
  previousCell?: string;
}

export interface SheetMeta {
  sheet: string;
  title?: string;
  /**
   * The one text of the line under the title, when that line holds nothing else (「（令和6年4月15日時点の速報値により作成）」
   * 「令和6年6月10日更新（確定値）」): what the title says of the sheet, read with it (provisionalSheets.ts).
   */
  subtitle?: string;
  /** A period in the title ("令和5年度事業実績"): the last resort for the evaluation period. */
  titlePeriod?: Period;
  /** "評価対象期間：令和５年度" and the like; `asOf` when it is an as-of date's year (「評価基準日 | 2024/3/31」), no year named. */
  statedPeriod?: { period: Period; cell: string; text: string; asOf?: true };
  /** The sheet's labelled date of making (「作成日：令和6年4月12日」) as the fiscal year it reports: a last resort, a guess (documentDate.ts). */
  documentDate?: { period: Period; cell: string; text: string };
  department?: string;
  policy?: string;
  measure?: string;
  goal?: string;
  groupGrade?: GroupGradeCell;
  /**
   * Policies side by side on one sheet (施策 | … 施策の達成度 | □ over each one's table), or stacked down
   * it: each rating cell owns the indicators whose name cells stand in its columns, left..right, and
   * its rows, top..bottom (groupGrade is the first).
   */
  groupGrades?: SideGroupGrade[];
  /**
   * The sheet's legend of marks (「◎ 順調(A)　○ 概ね順調(B)…」) or of status words naming every grade (「達成＝A …」) as grade → mark
   * or word, when one holds (markLegend.ts): the sheet's
   * grades are written as these marks, so a grade filled in is written as its mark, never as a letter among marks.
   */
  markOfGrade?: Record<string, string>;
}

export interface SideGroupGrade extends GroupGradeCell {
  left: number;
  right: number;
  /** Policies stacked down the sheet: the rows of its section. */
  top?: number;
  bottom?: number;
  /** The policy or measure named in its columns above the rating. */
  name?: string;
  kind?: 'policy' | 'measure' | 'goal';
  /** A section row of its table (sectionRatings.ts): the group's own row, never an indicator. */
  section?: true;
}

export interface SheetDetection {
  meta: SheetMeta;
  indicators: RawIndicator[];
  /** Hidden rows and columns that held something, whose indicators and figures were not read (hiddenCells.ts); absent when none. */
  hidden?: HiddenContent;
  /** Copies of the sheet's tables for another period, left out (otherPeriodCopies.ts); absent when none. */
  otherPeriodCopies?: OtherPeriodCopy[];
  /** Rows a name cell's note says were deleted or abolished, left out (deletedRows.ts); absent when none. */
  deletedRows?: DeletedRow[];
  /** Rows read and then left out as reference figures, tallies or formula copies (referenceSections.ts, countRows.ts, formulaCopies.ts). */
  leftOut?: LeftOutRow[];
  /** The sheet only copies the figures of `sheets` (summarySheets.ts): its indicators, left out, from its first name cell. */
  summaryOf?: { cell: string; sheets: string[]; indicators: string[] };
  /**
   * The sheet's indicators left out as a whole: an example for filling in (exampleSheets.ts), or a first reply that the 差替 sheet
   * `otherSheet` replaces (replacedSheets.ts), or an earlier report of a monthly or quarterly series whose latest filled sheet
   * `otherSheet` is read (reportSeries.ts); `cell` its first name cell, `text` its title.
   */
  /** `word`: what calls the sheet an example (記入例, 見本), so the message can say what to take out. */
  leftOutSheet?: {
    reason: 'example' | 'replaced' | 'deferred' | 'series';
    cell: string;
    text: string;
    indicators: string[];
    otherSheet?: string;
    word?: string;
  };
}

/** A table of another period than the sheet's, left out: its caption and the indicators it held. */
export interface OtherPeriodCopy {
  /** The caption cell (「（参考）令和４年度」). */
  cell: string;
  text: string;
  period: Period;
  /** The sheet's own period the copy differs from. */
  sheetPeriod: Period;
  /** The names of the indicators left out, as written. */
  indicators: string[];
  /** When the whole sheet is the copy: the sheet of the later period holding the same indicators (otherPeriodSheets.ts). */
  otherSheet?: string;
  /** The whole sheet is the 速報値 of the same period, `otherSheet` its 確定値 (provisionalSheets.ts). */
  superseded?: true;
}

/** Hidden rows and columns that held something, and the indicators not read because their name is hidden. */
export interface HiddenContent {
  rows: number[];
  columns: number[];
  /** The first hidden cell with something in it, for the finding's place. */
  first: string;
  /** The names of the indicators on hidden rows (or in hidden columns), as written. */
  indicators: string[];
}

/** A row left out after reading: why, its name cell and name, and for a copy the cell it copies (Sheet!A1). */
export interface LeftOutRow {
  reason: 'reference' | 'count' | 'total' | 'breakdown' | 'total-parts' | 'copy';
  cell: string;
  name: string;
  source?: string;
}

/** A row a name cell's note says was deleted or abolished (detect/deletedRows.ts): the note's cell, its words, the row's name. */
export interface DeletedRow {
  cell: string;
  text: string;
  name: string;
}
