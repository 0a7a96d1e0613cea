/** The Excel JavaScript API adapter: the engine's port and plan inside Excel. */
export { readSnapshot, CELLS_PER_SYNC, MAX_CELLS } from './read';
export { applyPlanExcel, queueSheet } from './write';
export { undoLastRun, readUndoRecord, UndoRefused, type UndoResult } from './undo';
export { UNDO_SHEET, refusalMessage, type UndoRecord, type UndoRefusal } from './undoRecord';
export { undoSigner, type DocumentSettings, type KeyStore } from './undoSignature';
export { HostError, hostError } from './errors';
export {
  createExcelHost,
  type WorkbookHost,
  type GradeResult,
  type Progress,
  type SettingsState,
  type ExcelRun,
  type GradePreview,
  type RollPreview,
  type RollOutcome,
  type LastRun,
} from './host';
export type { NewWorkbookApi, OfficeDocumentLike } from './newWorkbook';
export type { BlockedGrade } from './host';
export { excelPort, newWorkbookPort, actionLabel, SnapshotCache, type ExcelPort, type ExcelPortEnv } from './excelPort';
