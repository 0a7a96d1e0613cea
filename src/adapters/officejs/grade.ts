/**
 * The pane's Grade (評価を記入) over the Excel port: the use case's outcome as the pane shows it;
 * with `notes` (「指摘をセルにメモとして書く」) the 指摘事項 sheet and EvalSheet's notes on the
 * findings' cells too (cellNotes.ts).
 */
import * as app from '../../app';
import type { FindingsOutcome } from '../../app/rate';
import type { CheckResult } from '../../engine';
import type { CellWrite } from '../../engine/model/plan';
import { notesPort } from './cellNotes';
import type { ExcelPort, Supports } from './excelPort';

export interface GradeResult extends CheckResult {
  changes: CellWrite[];
  sheets: string[];
  /** Grades already written that differ from the computed ones and were kept. */
  kept: number;
  /** Grade cells not written: their sheet is protected and the cells locked. */
  blocked: app.BlockedGrade[];
  /** No indicator was found: nothing was written (no 評価サマリー either). */
  noIndicators: boolean;
  /** 評価サマリー is protected: not remade. */
  summaryProtected: boolean;
  /** With `notes`: the 指摘事項 sheet and the notes written, removed, or not written and why; else null. */
  findings: FindingsOutcome | null;
  /** With `notes`: what Excel refused to write of the notes (Japanese), else null. */
  notesProblem: string | null;
}

export interface GradeOptions {
  overwrite: boolean;
  period?: string | null;
  /** Write the 指摘事項 sheet and a note on each cell a finding names (EvalSheet's earlier ones replaced or removed). */
  notes?: boolean;
  expected?: string;
  signal?: AbortSignal;
  onProgress?: (p: app.Progress) => void;
}

export async function grade(given: ExcelPort, context: Excel.RequestContext, supports: Supports, file: string, o: GradeOptions): Promise<GradeResult> {
  const port = o.notes ? notesPort(given, context, supports) : null;
  const r = await app.rate(port ?? given, { file, ...o, findings: !!o.notes, notes: !!o.notes });
  return {
    ...r.result,
    changes: r.plan.cells,
    sheets: r.applied?.sheets ?? [],
    kept: r.kept,
    blocked: r.blocked,
    noIndicators: r.noIndicators,
    summaryProtected: r.summaryProtected,
    findings: r.findings,
    notesProblem: port?.notesProblem() ?? null,
  };
}
