/** The EvalSheet engine: pure functions from a workbook snapshot to a report and a write plan. */
export * from './port';
export * from './plan';
export * from './report';
export { checkWorkbook, resolveRules, UsageError, SUMMARY_SHEET, RESERVED_SHEETS, type CheckOptions, type CheckResult } from './check';
export { planRating, type BlockedGrade, type RateOptions, type RatingPlan } from './rate';
export { defaultRules, mergeRules, DEFAULT_RULES, type Rules, type Band } from './rules';
export { SETTINGS_SHEET, settingsSheetSpec, readSettingsSheet } from './settingsSheet';
export { parseValue, parseGrade } from './values';
export { parsePeriodArg, findPeriod, fiscalYearLabel, type Period } from './periods';
export { a1, parseA1, parseRange, columnLetters, qualified } from './address';
export { severityCounts } from './findings';
export { byJa, memoryStore, ReviewCollector, reviewData, parseExpectedList, fileStatuses, isProvisional, STATUS_ORDER, type Review, type ReviewFinding, type ReviewIndicator, type SubmissionRow, type SubmissionStatus, type ExpectedSubmission, type ReviewStore } from './review';
export { contentHash } from './contentHash';
export { reviewSheetSpecs, reviewPlan, REVIEW_SHEETS } from './reviewSheets';
export { decodeText, parseCsv } from './csv';
export { templateSheetSpecs, templateYears, checkedYears, lastClosedFiscalYear, TEMPLATE_SHEETS, type TemplateOptions } from './template';
export { planRoll, shiftYears, RollError, type RollChange, type RollResult, type RollKind } from './roll';
export { readMonthly, rateMonthly, planImport, importRows, importMonth, ImportError, monthsUpTo, withImported, FISCAL_MONTHS, type MonthlySheet, type MonthlyRating, type ImportResult, type ImportRow, type MonthImport } from './monthly';
