/**
 * What each finding code carries: the facts its message is made of, as plain data (cells as A1
 * addresses, periods as the labels the workbook uses, numbers unformatted). A code with several
 * messages says which by `variant`. The texts are in findingText.ts; nothing here is words.
 */
import type { RollKind } from './plan';

/** A direction as the engine stores it (values/labels.ts `Direction`, repeated here to keep the model free of imports). */
export type DirectionWord = 'up' | 'down' | 'maintain';

/** Why a reading rests on a guess (detect/types.ts `ReadingGuess`). */
export type GuessReason =
  | 'period-inferred'
  | 'period-blank'
  | 'column-chosen'
  | 'year-note-differs'
  | 'name-from-description'
  | 'join-fuzzy'
  /** Several measures in the target and the actual, paired by their order because their labels differ (grading). */
  | 'measures-by-order'
  /** A target written relative to the baseline (基準値比10%増), computed from it (grading). */
  | 'target-from-baseline'
  /** A target written as a percentage of last year's actual (前年度比10％増), computed from it (grading/lastYearTarget.ts). */
  | 'target-from-last-year'
  /** A target read from the words of a 備考 cell (「R5目標：120件」) when the target cell is empty (grading). */
  | 'target-from-remarks'
  /** No total of the period beside its parts (第1〜第4四半期): the actual is their sum (detect/parts.ts). */
  | 'parts-summed'
  /** Figures of a table beside the names' table, without names of their own, read by row while one of its rows has no name (detect/namelessSide.ts). */
  | 'rows-by-position'
  /** A table beside the names' table with codes of its own that are not the names' codes: its figures read by row, the codes disagreeing (detect/codeJoinedSide.ts). */
  | 'codes-disagree'
  /** No period stated or found anywhere in the workbook: the figures of columns without a year were graded as the period's (detect/guesses.ts). */
  | 'period-unstated'
  /** No period stated or found but the sheet's date of making (作成日): the fiscal year it reports was taken as the period (detect/documentDate.ts). */
  | 'period-from-date'
  /** The name read is a sentence or a heading with a cost, not an indicator's name (grading/plausibility.ts). */
  | 'name-implausible'
  /** The actual is more than 20 times its target or less than a twentieth of it, both counts (grading/plausibility.ts). */
  | 'attainment-implausible'
  /** A note saying lower is better names no indicator exactly; most of its subject's characters stand in one indicator's name, read as that one's (detect/directionNoteSimilar.ts). */
  | 'direction-note-similar'
  /** A target over the plan's whole term (累計 / 延べ) in a table with no cumulative actual: one year's actual was graded against it (detect/cumulativeTarget.ts). */
  | 'cumulative-single-year'
  /** The actual is missing while the indicator's own row holds figures nothing was read from (actions/unreadFigures.ts). */
  | 'figures-unread'
  | 'result-text-unread'
  | 'cumulative-start-unknown'
  /** A level's 「－」 in the 累計 column kept, its 単年度 figure far below the target read as the year's added points (detect/levelSingleYearActual.ts). */
  | 'level-dash-kept'
  /** No direction stated anywhere and the target below the baseline: graded as more-is-better, a guess (grading/directionGuess.ts). */
  | 'direction-unstated'
  /** No direction stated anywhere and the yearly targets falling year after year by more than a tenth: graded as more-is-better, a guess (grading/fallingTargets.ts). */
  | 'targets-falling'
  /** No target of the period's own: graded against the final target, which is of a year before the period (grading/pastTarget.ts). */
  | 'target-past-year'
  /** A direction cell holds words the reader does not know, and nothing else states the way: graded as more-is-better, a guess (detect/unreadDirection.ts). */
  | 'direction-unread'
  /** A negative target (△10％) graded with no way stated: its way read from the name (削減 / 減少: down, else up), a guess (grading/negativeTarget.ts). */
  | 'target-negative'
  /** The same indicator on another sheet with another actual, neither sheet saying which is the newer: both graded, a guess (actions/differingCopies.ts). */
  | 'figures-differ'
  /** A summary's copy of an indicator with another target than the sheet it copies (the old 20 for 24): both graded, a guess (actions/differingCopies.ts). */
  | 'targets-differ'
  /** 維持 in the sheet's direction column and the actual above the target, nothing saying more is better: graded as more-is-better, a guess (grading/maintainGuess.ts). */
  | 'maintain-exceeded'
  /** The target's and the actual's words name different measures (満足度 / 前年度比, 人 / 回): not paired, not graded (detect/measureWords.ts). */
  | 'measure-differs'
  /** A name merged over rows, each with figures, that its qualifier column cannot tell apart (one merged down or blank): the first row read as the whole (detect/subRowQualifiers.ts). */
  | 'sub-rows-unsplit'
  | 'target-shared-basis'
  /** The actual repeats the year before's figure while its 備考 says the year's own is still being counted, without saying the year before's was written in: read as written (detect/copiedActuals.ts). */
  | 'actual-maybe-copied'
  /** The actual is a figure in brackets equal to the year before's (「(48.6)※1」): the last survey's figure carried, read as written (detect/bracketedCarriedActual.ts). */
  | 'actual-in-brackets'
  /** A month-end count's 年間計 left blank or struck through: the 3月 figure read as the year's, no note saying so (detect/monthEndActual.ts). */
  | 'month-end-figure'
  /** The sheet read of a series of monthly or quarterly reports is not the year's last: its actual is the year's so far (detect/reportSeries.ts). */
  | 'year-to-date-report'
  /** A 年度計 beside its months written while the year's last months are blank, nothing saying why: read as written (detect/partialTotal.ts). */
  | 'total-before-year-end'
  /** A ％ row's 年度計 above 100 and twice every month's (1038 ％, their sum): no reading of the year, left ungraded (detect/summedRateTotal.ts). */
  | 'rate-total-summed'
  /** A month run's target set per day, month or average (目標（1日平均）) beside the year's total, no column holding what it is set for: the total left unread (detect/perPeriodTarget.ts). */
  | 'target-per-period'
  /** A table's last 合計 row with a target of its own, the sum of the rows above: read as an indicator named 合計 (detect/targetedTotalRow.ts). */
  | 'total-row-read'
  /** Several parts labelled with words (「登録 40件／成約 25件」) beside one target for the whole: each part graded against it (grading/partsOfWhole.ts). */
  | 'parts-against-whole'
  /** Each indicator's row with a nameless row of figures under it, no note saying what it holds: the lower rows read as the targets, as they fill the target column (detect/unlabelledRowBelow.ts). */
  | 'targets-row-below'
  /** A name cell's first line read as the name over its 概要 line, whose first word may go on with the name's last (「…設置⏎費用の一部を…」): the cut is a guess (detect/gluedNameLine.ts). */
  | 'name-line-cut';

/** A reading guess of the detector: its reason, the cells it concerns (the first is where the finding points), the period. */
export interface ReadingGuessParams {
  variant: 'guess';
  reason: GuessReason;
  cells: string[];
  period: string | null;
}

/** A rating band as a message names it. */
export interface GradeName {
  grade: string;
  label: string;
}

/** A problem with one settings row of the 評価設定 sheet. */
export type SettingsProblem =
  | { variant: 'period'; value: string }
  | { variant: 'band-min'; grade: string; value: string }
  | { variant: 'band-min-empty'; grade: string }
  | { variant: 'band-order'; upper: string; lower: string }
  | { variant: 'direction'; indicator: string; value: string }
  | { variant: 'method' | 'target-source' | 'pro-rate' | 'tolerance' | 'rollup' | 'outlier'; value: string }
  | { variant: 'not-implemented-grade'; grade: string }
  | { variant: 'band-points'; grade: string; value: string }
  | { variant: 'band-points-order'; upper: string; lower: string }
  | { variant: 'grades-repeat'; grade: string }
  | { variant: 'scale-too-short'; count: number }
  | { variant: 'survey-tolerance' | 'rounding'; value: string }
  | { variant: 'indicator-tolerance'; indicator: string; value: string }
  /** A taught layout (読み取りの指定) entry that cannot be read, its text naming the cells (detect/taughtLayout.ts). */
  | { variant: 'layout'; ja: string; en: string };

export interface FindingParams {
  'missing-actual': { variant: 'no-column'; period: string } | { variant: 'no-cell' } | { variant: 'empty'; period: string | null; cell: string };
  'actual-pending': { value: string };
  'actual-not-applicable': { value: string };
  'actual-stale': { valuePeriod: string; period: string };
  /** An actual that is not a final figure (見込み, 速報値, 約, 以上 …): graded, the grade marked provisional (null: no grade). */
  'actual-provisional': { qualifier: 'provisional' | 'approximate'; value: string; cell: string; grade: string | null };
  'multiple-actuals': { value: string };
  'missing-target':
    | { variant: 'text'; value: string; cell: string }
    | { variant: 'not-applicable'; value: string }
    | { variant: 'empty'; cell: string | null }
    | { variant: 'zero' };
  'target-other-period': { targets: { cell: string; period: string }[]; actual: { cell: string; period: string } | null; period: string };
  'value-unparseable':
    | { variant: 'actual-text'; value: string; cell: string }
    | { variant: 'actual-several'; value: string; cell: string }
    /** A cell under a heading naming two measures (「R5 実績／目標」) that does not hold the two figures (detect/measurePairs.ts). */
    | { variant: 'pair-cell'; value: string; cell: string; heading: string }
    | { variant: 'target-several'; value: string }
    | { variant: 'measures'; target: string; actual: string };
  'unit-mismatch':
    | { variant: 'target-actual'; targetUnit: string | null; actualUnit: string | null; targetCell: string; actualCell: string }
    | { variant: 'column'; unit: string; actualUnit: string };
  'formula-error': { variant: 'actual'; cell: string; value: string; formula: string | null } | { variant: 'target'; cell: string; value: string };
  'rating-mismatch':
    | { variant: 'indicator'; written: string; computed: string; attainment: number | null; notImplemented: boolean }
    | { variant: 'group'; written: string; computed: string; rollup: 'mean' | 'worst' };
  'rating-invalid':
    | { variant: 'indicator'; written: string; scale: GradeName[] }
    | { variant: 'group'; written: string; grades: string[] }
    /** A grade of another well-known scale (◎○△×, S–D, 5–1): kept as written, not compared (`computed` said) nor overwritten. */
    | { variant: 'other-scale'; written: string; grade: string; marks: string[]; scale: GradeName[]; computed: string | null };
  'cumulative-decrease': { from: { period: string; value: number }; to: { period: string; value: number } };
  'outlier-jump': { previous: { period: string; value: number }; actual: number };
  'direction-conflict': { variant: 'settings'; settings: DirectionWord; cell: string; written: string } | { variant: 'words'; written: string };
  'duplicate-indicator': { name: string; first: string; second: string };
  'direction-keyword-invalid': { cell: string; written: string; allowed: string[] };
  'sheet-protected': { sheet: string };
  'no-indicators': Record<string, never>;
  'no-indicators-yet': { tables: { sheet: string; cell: string }[] };
  /** Hidden rows and columns that held something: not read (detect/hiddenCells.ts); the indicators on hidden rows named. */
  'hidden-cells-skipped': { sheet: string; rows: number[]; columns: string[]; indicators: string[] };
  /** A table captioned with another period than the sheet's, its indicators recurring on the sheet: not read (detect/otherPeriodCopies.ts). */
  /** `otherSheet`: the whole sheet is the copy, its indicators on that sheet of the later period (detect/otherPeriodSheets.ts). */
  /** A sheet stated its own grading bands (grading/sheetBands.ts): its indicators were graded by them. */
  /** `gaps`: the sheet grades its ％ / ポイント indicators by the points short of the target (grading/pointGapLegend.ts). */
  'sheet-bands-used': {
    sheet: string;
    cell: string;
    bands: { grade: string; min: number | null }[];
    gaps?: { grade: string; below: number | null; inclusive: boolean }[];
  };
  'other-period-copy-skipped': {
    sheet: string;
    cell: string;
    caption: string;
    period: string;
    sheetPeriod: string;
    indicators: string[];
    otherSheet?: string;
    /** The sheet holds the period's 速報値, `otherSheet` its 確定値 (detect/provisionalSheets.ts). */
    superseded?: true;
  };
  /**
   * A sheet whose indicators all recur with the same figures on the sheets `sheets`: a summary, not read (detect/summarySheets.ts);
   * `kept`, those of a summary's indicators that recur with another figure, read on both sheets, each with a guess.
   */
  'summary-sheet-skipped': { sheet: string; cell: string; sheets: string[]; indicators: string[]; kept?: string[] };
  /**
   * A whole sheet's indicators left out: `example`, a 記入例 sheet beside the reply (detect/exampleSheets.ts); `replaced`, a first
   * reply that the 差替 sheet `otherSheet` replaces (detect/replacedSheets.ts); `deferred`, a sheet whose note (`caption`, at `cell`)
   * says the other sheets' figures are the right ones (「…個票を正とします」), its indicators they hold left out
   * (detect/authoritativeSheets.ts). `caption`: the sheet's title (else its name), for `deferred` the note.
   */
  'sheet-left-out': {
    sheet: string;
    cell: string;
    /** `series`: an earlier report (or a later form not filled) of a series of monthly or quarterly sheets, `otherSheet` the one read (detect/reportSeries.ts). */
    reason: 'example' | 'replaced' | 'deferred' | 'series';
    caption: string;
    indicators: string[];
    otherSheet?: string;
    word?: string;
  };
  /** Rows read and left out, all for one reason: reference figures, a tally of the table, copies of another sheet's rows (`sources`). */
  'rows-left-out': {
    sheet: string;
    reason: 'reference' | 'count' | 'total' | 'breakdown' | 'total-parts' | 'copy';
    cells: string[];
    indicators: string[];
    sources?: string[];
  };
  /** The 備考 or the name says the indicator was discontinued (指標廃止, 休止中): not graded (grading/discontinued.ts). */
  'indicator-discontinued': { cell: string; text: string };
  'period-undetermined': Record<string, never>;
  'period-differs': { sheetPeriod: string; period: string };
  'reading-uncertain': { period: string; sheet: string; label: string; target: string; actual: string } | ReadingGuessParams;
  'period-not-in-sheet': { period: string };
  'progress-undefined': { reason: 'no-baseline' | 'baseline-equals-target' | 'target-against-direction' };
  'progress-backward': { progress: number; baseline: number; actual: number; grade: string };
  'target-maintain': { written: string; baseline: number; baselineCell: string };
  'actual-running-total': { total: number; cells: string[]; target: string };
  /** The period's own target written 「－」, the final target used in its place as a note on the sheet says (detect/finalTargetNote.ts). */
  'target-from-final': { written: string; writtenCell: string; final: string; finalCell: string; noteCell: string };
  /** An actual beyond the far bound of a target range (「80～90％」, actual 92.4): graded as bound ÷ actual (grading/rangeTarget.ts). */
  'range-exceeded': { actual: number; low: number; high: number; unit: string | null; side: 'above'; attainment: number };
  'tolerance-met': { actual: number; target: number; band: number; unit: string | null; maintain: boolean };
  'settings-invalid': SettingsProblem;
  'summary-protected': { sheet: string };
  'roll-past-plan-end': { sheet: string; last: string; next: string };
  'roll-targets-kept': { next: string; current: string };
  'roll-locked': { cell: string; change: RollKind };
  'import-locked': { cell: string; indicator: string; month: number };
  'import-value-unreadable': { line: number; indicator: string; month: number; cell: string; problem: ImportValueProblem };
}

export type FindingCode = keyof FindingParams;

/** Why a month's exported value is not written. */
export type ImportValueProblem =
  | { variant: 'not-a-number'; text: string }
  | { variant: 'several-numbers'; text: string }
  | { variant: 'percent-for-plain'; text: string }
  | { variant: 'fraction-or-percent'; text: string; value: number }
  | { variant: 'row-of-fractions'; text: string; others: number[] };
