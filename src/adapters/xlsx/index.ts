/** The .xlsx adapter: the port over the bytes of a workbook file (filePort), its reader and its writers. */
export { loadWorkbook, sniff, type LoadedWorkbook } from './openWorkbook';
export { applyPlan, buildWorkbook, writeSheet, type ApplyResult } from './applyPlan';
export { workbookSnapshot, sheetSnapshot } from './readSnapshot';
export { InputError } from './errors';
export { filePort, type FilePort, type FileOutcome, type FilePortOptions } from './filePort';
