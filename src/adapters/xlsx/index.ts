/** The .xlsx adapter: the engine's port over exceljs. */
export { loadWorkbook, sniff, type LoadedWorkbook } from './openWorkbook';
export { applyPlan, buildWorkbook, writeSheet, type ApplyResult } from './applyPlan';
export { workbookSnapshot, sheetSnapshot } from './readSnapshot';
export { InputError } from './errors';
