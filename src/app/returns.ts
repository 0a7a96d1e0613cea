/**
 * Returns to departments (review --return; the pane's 一括チェック download): a submitted workbook's
 * returned copy, with its findings at its cells — the 指摘事項 sheet and EvalSheet's notes, nothing
 * else — written through a port over the workbook's bytes (the original is never written).
 */
import { planFindings, type NoteCounts } from '../engine/actions/findingNotes';
import { filesToReturn, type FileToReturn, type ReturnOutcome } from '../engine/actions/returns';
import { severityCounts } from '../engine/model/findings';
import type { ApplyOutcome, WorkbookPort } from '../engine/model/port';
import type { WritePlan } from '../engine/model/plan';
import { FINDINGS_SHEET, findingsSheetState } from '../engine/sheets/findingsSheet';
import { applyPlan, readWorkbook } from './steps';

export { filesToReturn, type FileToReturn, type ReturnOutcome };

export interface ReturnedCopy<O extends ApplyOutcome> {
  applied: O;
  notes: NoteCounts;
  /** The submission's 指摘事項 sheet is protected or not EvalSheet's: the notes are written, the sheet left as it is. */
  sheetKept: boolean;
}

/** The returned copy of one submission: its findings as a 指摘事項 sheet and as notes on their cells. */
export async function returnedCopy<O extends ApplyOutcome>(port: WorkbookPort<O>, r: FileToReturn, o: { period: string | null }): Promise<ReturnedCopy<O>> {
  const snapshot = await readWorkbook(port);
  const state = findingsSheetState(snapshot);
  const sheetKept = state === 'protected' || state === 'foreign';
  const name = r.file.split('/').pop() ?? r.file;
  const f = planFindings(snapshot, r.findings, { file: name, period: o.period, notes: true, ownSheets: [FINDINGS_SHEET] });
  const plan: WritePlan = { cells: [], sheets: sheetKept ? [] : [{ mode: 'replace', spec: f.sheet }], notes: f.notes, scale: [] };
  return { applied: await applyPlan(port, plan, { name: 'rate' }), notes: f.counts, sheetKept };
}

/** A return's outcome for the cover: the copy written at `output`, or why not (`problem`). */
export function returnOutcome(r: FileToReturn, output: string | null, problem: string | null): ReturnOutcome {
  return {
    file: r.file,
    department: r.department,
    counts: severityCounts(r.findings),
    codes: r.findings.map((f) => ({ code: f.code, severity: f.severity })),
    output,
    problem,
  };
}
