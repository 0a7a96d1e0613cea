/**
 * The use cases: one function per action over the port ({read, apply}), used by the command line
 * and the task pane alike. Each takes plain options (period, rules, overwrite, progress, an
 * AbortSignal) and returns plain data. Imports the engine only (see docs/architecture.md).
 */
export { check, type CheckOptions } from './check';
export { rate, previewRate, planRate, type RateOptions, type RatePreview, type RateOutcome } from './rate';
export { planFingerprint, summarizeGradePlan, type GradePlanSummary, type BlockedGrade } from './ratePlan';
export { roll, previewRoll, planNextPeriod, type RollOptions, type RollPlanned, type RollOutcome } from './roll';
export { importActuals, type ImportOptions, type ImportOutcome } from './importActuals';
export { template, templatePlan, type TemplateOutcome, type TemplateYears } from './template';
export { init, readSettings, writeSettings, type InitOutcome, type SettingsState } from './settings';
export { readLayout, removeLayoutEntry, saveLayout, type RemoveLayoutOutcome, type SaveLayoutOutcome } from './layout';
export {
  oneAtATime,
  reviewSubmissions,
  ReviewUsageError,
  writeReview,
  type FileEvent,
  type ReadSubmission,
  type ReviewOptions,
  type SubmissionResult,
  type SubmissionSource,
} from './review';
export { readForSite, siteFiles, type PublishReadOptions } from './publish';
export { Stopped, type OnProgress, type Progress, type StopReason } from './steps';
