/**
 * The port inside Excel: read is the batched reader (read.ts), apply writes the plan with its
 * signed undo record (write.ts). The snapshot read is kept while the pane hears about every change
 * (so Check then Grade read the workbook once) and dropped as soon as anything is written.
 */
import type { ApplyAction, ApplyOutcome, WorkbookPort, WorkbookSnapshot } from '../../engine/model/port';
import { readSnapshot } from './read';
import type { NewWorkbookApi } from './newWorkbook';
import type { UndoSigner } from './undoSignature';
import { applyPlanExcel, writeOwnSheets } from './write';
import { excelUndoBlocker, NeedsOwnUndo, type UndoMode } from './excelUndo';

/** `Office.context.requirements.isSetSupported('ExcelApi', version)`. */
export type Supports = (version: string) => boolean;

/** The undo record's name of each action (shown by the pane's 元に戻す). */
export function actionLabel(a: ApplyAction): string {
  switch (a.name) {
    case 'rate':
      return '評価の記入';
    case 'roll':
      return '次の期間への更新';
    case 'template':
      return 'ひな形の作成';
    case 'settings':
      return '評価設定の変更';
    case 'review':
      return '提出ブック一括チェック';
    case 'import':
      return `${a.month}月の実績の取り込み`;
  }
}

/** The snapshot kept between runs; `keep`: false without change events (a snapshot may be stale a moment later). */
export class SnapshotCache {
  snapshot: WorkbookSnapshot | null = null;
  constructor(readonly keep: boolean) {}
  set(s: WorkbookSnapshot): void {
    this.snapshot = this.keep ? s : null;
  }
  clear(): void {
    this.snapshot = null;
  }
}

export interface ExcelPortEnv {
  /** isSetSupported('ExcelApi', v): for what is above the manifest's minimum (1.13); everything up to it is there. */
  supports: Supports;
  signer: UndoSigner;
  cache: SnapshotCache;
}

export interface ExcelPort extends WorkbookPort {
  /** The snapshot this port read (or took from the cache), which its plans are made from. */
  readonly snapshot: WorkbookSnapshot | null;
  /** How this run is taken back: 'excel' (a run merged into one entry of Excel's undo) or 'record'. */
  readonly undo: UndoMode;
}

const unchanged = (): ApplyOutcome => ({ cells: 0, sheets: [], keptEverything: true, lost: [] });

/**
 * The port over one Excel.run batch. `undo` 'excel': the run is merged into one entry of Excel's undo
 * (ExcelApi 1.20), so apply makes only calls Excel can undo and throws NeedsOwnUndo (before anything
 * is queued) for a plan that needs others; 'record': the add-in's own undo record.
 */
export function excelPort(context: Excel.RequestContext, env: ExcelPortEnv, undo: UndoMode = 'record'): ExcelPort {
  let read: WorkbookSnapshot | null = null;
  const port: ExcelPort = {
    get snapshot() {
      return read;
    },
    undo,
    async read(progress) {
      if (env.cache.snapshot) return (read = env.cache.snapshot);
      progress?.(0);
      read = await readSnapshot(context, { onProgress: (d, t) => progress?.(t ? d / t : 1) });
      env.cache.set(read);
      return read;
    },
    async apply(plan, o) {
      // Nothing to write: the workbook (and the last run's undo record) stays as it is.
      if (!plan.cells.length && !plan.sheets.length) return unchanged();
      if (undo === 'excel') {
        // The review replaces its sheets (deleted and added: no undo) in many syncs.
        const blocker = o.action.name === 'review' ? 'the review replaces its sheets' : excelUndoBlocker(plan);
        if (blocker) throw new NeedsOwnUndo(blocker);
      }
      if (o.action.name === 'review') return applyOwnSheets(context, env, plan, o);
      const snapshot = read ?? (await port.read());
      env.cache.clear(); // the workbook is about to change
      const applied = await applyPlanExcel(context, plan, snapshot, {
        signer: env.signer,
        action: actionLabel(o.action),
        gradeValidation: o.action.name === 'rate',
        excelUndo: undo === 'excel',
      });
      return { cells: applied.cells, sheets: applied.sheets, keptEverything: true, lost: [] };
    },
  };
  return port;
}

/** The review's sheets, EvalSheet's own: written in blocks with progress, an earlier review's replaced whole. */
async function applyOwnSheets(
  context: Excel.RequestContext,
  env: ExcelPortEnv,
  plan: Parameters<WorkbookPort['apply']>[0],
  o: Parameters<WorkbookPort['apply']>[1],
) {
  env.cache.clear();
  const ws = context.workbook.worksheets;
  ws.load('items/name,items/protection/protected');
  await context.sync();
  const sheets = await writeOwnSheets(
    context,
    plan,
    ws.items.map((w) => ({ name: w.name, protected: w.protection.protected })),
    { signer: env.signer, action: actionLabel(o.action), onProgress: (d, t) => o.onProgress?.(t ? d / t : 1) },
  );
  return { cells: 0, sheets, keptEverything: true, lost: [] };
}

/**
 * For 次の期間へ as a new workbook: reads the open workbook through `open`, applies into a new
 * workbook made from the open file's bytes with the plan (the open one is not touched).
 */
export function newWorkbookPort(open: ExcelPort, api: NewWorkbookApi, o: { fileName: string; cancelled: () => Error }): WorkbookPort {
  return {
    read: (progress) => open.read(progress),
    async apply(plan, options) {
      const snapshot = open.snapshot ?? (await open.read());
      const keptEverything = await (
        await import('./newWorkbook')
      ).openAsNewWorkbook(api, snapshot, plan, { fileName: o.fileName, aborted: () => !!options.signal?.aborted, cancelled: o.cancelled });
      return { cells: plan.cells.length, sheets: plan.sheets.map((s) => s.spec.name), keptEverything, lost: [] };
    },
  };
}
