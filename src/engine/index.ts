/** The EvalSheet engine: pure functions from a workbook snapshot to a report and a write plan. */
export * from './model/port';
export * from './model/plan';
export * from './model/report';
export { checkWorkbook, resolveRules, UsageError, SUMMARY_SHEET, RESERVED_SHEETS, type CheckOptions, type CheckResult } from './actions/check';
export { planRating, type BlockedGrade, type RateOptions, type RatingPlan } from './actions/rate';
export { defaultRules, mergeRules, DEFAULT_RULES, type Rules, type Band } from './grading/rules';
export { SETTINGS_SHEET, settingsSheetSpec, readSettingsSheet } from './sheets/settingsSheet';
export { readLayoutSection, mergeLayouts, LAYOUT_SECTION, LAYOUT_COLUMNS } from './sheets/layoutSettings';
export { planLayoutRemoval, sameEntry, type LayoutRemoval } from './sheets/layoutRemoval';
export { layoutFromJson, layoutToJson, checkEntry, type TaughtEntry, type TaughtLayout, type TaughtProblem } from './detect/taughtLayout';
export type { TaughtRollNote } from './actions/rollTaught';
export { parseValue, parseGrade } from './values/values';
export { parsePeriodArg, findPeriod, fiscalYearLabel, type Period } from './values/periods';
export { a1, parseA1, parseRange, columnLetters, qualified } from './model/address';
export { severityCounts } from './model/findings';
export { renderReadProblem, type ReadProblem } from './model/readProblem';
export {
  byJa,
  memoryStore,
  ReviewCollector,
  reviewData,
  parseExpectedList,
  fileStatuses,
  isProvisional,
  STATUS_ORDER,
  type Review,
  type ReviewFinding,
  type ReviewIndicator,
  type SubmissionRow,
  type SubmissionStatus,
  type ExpectedSubmission,
  type ReviewStore,
  type SubmissionResult,
  type UsageProblem,
} from './actions/review';
export { contentHash } from './actions/contentHash';
export { reviewSheetSpecs, reviewPlan, REVIEW_SHEETS } from './sheets/reviewSheets';
export { decodeText, parseCsv } from './values/csv';
export { templateSheetSpecs, templateYears, checkedYears, lastClosedFiscalYear, TEMPLATE_SHEETS, type TemplateOptions } from './sheets/template';
export { shiftYears } from './values/yearMentions';
export { planRoll, RollError, type RollChange, type RollResult, type RollKind } from './actions/roll';
export {
  readMonthly,
  rateMonthly,
  planImport,
  importRows,
  importMonth,
  ImportError,
  monthsUpTo,
  withImported,
  FISCAL_MONTHS,
  type MonthlySheet,
  type MonthlyRating,
  type ImportResult,
  type ImportRow,
  type MonthImport,
} from './actions/monthly';
