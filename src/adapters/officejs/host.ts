/**
 * The operations the task pane offers, on the open workbook: the only place the UI reaches Excel.
 * Grade reuses the snapshot Check read when nothing changed in between (the pane listens for
 * changes), so Check + Grade read the workbook once.
 */
import {
  checkedYears,
  checkWorkbook,
  colouredScale,
  fiscalYearLabel,
  importMonth,
  ImportError,
  planRating,
  planRoll,
  readSettingsSheet,
  defaultRules,
  RollError,
  settingsSheetSpec,
  SETTINGS_SHEET,
  templateSheetSpecs,
  UsageError,
  type CellValue,
  type CheckResult,
  type MonthImport,
  type RollChange,
  type Rules,
  type TemplateOptions,
  type WorkbookSnapshot,
} from '../../engine';
import type { CellWrite, WritePlan } from '../../engine/model/plan';
import type { Finding } from '../../engine/model/report';
import { HostError, hostError } from './errors';
import { readSnapshot } from './read';
import { undoLastRun, readUndoRecord, type UndoResult } from './undo';
import type { UndoRefusal } from './undoRecord';
import { officeSettings, undoSigner, type DocumentSettings, type KeyStore } from './undoSignature';
import { applyPlanExcel, writeOwnSheets } from './write';
import { planFingerprint, summarizeGradePlan, type BlockedGrade, type GradePlanSummary } from './gradeOutcome';
import type { NewWorkbookApi } from './newWorkbook';

export type ExcelRun = <T>(batch: (ctx: Excel.RequestContext) => Promise<T>) => Promise<T>;

export interface Progress {
  stage: 'read' | 'evaluate' | 'write';
  /** 0..1 */
  fraction: number;
}

export interface GradeResult extends CheckResult {
  changes: CellWrite[];
  sheets: string[];
  /** Grades already written that differ from the computed ones and were kept. */
  kept: number;
  /** Grade cells not written: their sheet is protected and the cells locked. */
  blocked: BlockedGrade[];
  /** No indicator was found: nothing was written (no 評価サマリー either). */
  noIndicators: boolean;
  /** 評価サマリー is protected: not remade. */
  summaryProtected: boolean;
}

/** What Grade will do, shown to the clerk before anything is written. */
export interface GradePreview extends GradePlanSummary {
  /** Given back to grade() as `expected`: it refuses to write when the plan changed meanwhile. */
  fingerprint: string;
}

/** What 次の期間へ will do, shown before anything is written. */
export interface RollPreview {
  from: string;
  to: string;
  changes: RollChange[];
  findings: Finding[];
  /** Sheets remade (評価サマリー for the new period). */
  sheets: string[];
  fingerprint: string;
  /** Whether the next period's workbook can be made as a new workbook here, and if not, why. */
  newWorkbook: { available: boolean; reason: string | null };
}

export interface SettingsState {
  rules: Rules;
  /** Problems found in the 評価設定 sheet as it is. */
  findings: Finding[];
  exists: boolean;
}

export interface RollOutcome {
  from: string;
  to: string;
  changes: RollChange[];
  findings: Finding[];
  /** 'new': a new workbook was opened with the changes, the open one is unchanged; 'open': the open one was changed. */
  target: 'new' | 'open';
  sheets: string[];
  /** For a new workbook: false when it was rewritten whole and its charts or drawings were not carried over. */
  keptEverything: boolean;
}

export interface TemplateOutcome {
  sheets: string[];
  period: string;
}

/** Where a month's actuals come from: an export's rows (read by the pane from a file) or the selected cells. */
export type ActualsSource = { kind: 'table'; name: string; rows: CellValue[][] } | { kind: 'selection' };

export interface ImportOutcome extends MonthImport {
  /** The file name, or the selection's address. */
  source: string;
}

export interface WorkbookHost {
  check(options?: { period?: string | null; onProgress?: (p: Progress) => void }): Promise<CheckResult>;
  /** What grade() would write, without writing. */
  previewGrade(options: { overwrite: boolean; period?: string | null; onProgress?: (p: Progress) => void }): Promise<GradePreview>;
  /** `expected`: a preview's fingerprint; nothing is written when the plan is no longer the one previewed. */
  grade(options: {
    overwrite: boolean;
    period?: string | null;
    expected?: string;
    signal?: AbortSignal;
    onProgress?: (p: Progress) => void;
  }): Promise<GradeResult>;
  /** What roll() would change, without changing anything. */
  previewRoll(options?: { onProgress?: (p: Progress) => void }): Promise<RollPreview>;
  /** The next period's workbook: a new workbook from the file with the changes ('new'), or the open one changed with an undo record ('open'). */
  roll(options: { target: 'new' | 'open'; expected?: string; signal?: AbortSignal; onProgress?: (p: Progress) => void }): Promise<RollOutcome>;
  /** Adds the standard template's sheets to this workbook (refused when one of their names is taken). */
  createTemplate(options: Pick<TemplateOptions, 'fiscalYear' | 'planStart' | 'planEnd' | 'sample'>): Promise<TemplateOutcome>;
  /** Fills one month's actual cells of the monthly sheets (with an undo record). */
  importActuals(options: { source: ActualsSource; month: number; overwrite: boolean; onProgress?: (p: Progress) => void }): Promise<ImportOutcome>;
  undo(): Promise<UndoResult>;
  lastRun(): Promise<LastRun | null>;
  select(sheet: string, cell: string): Promise<void>;
  readSettings(): Promise<SettingsState>;
  writeSettings(rules: Rules): Promise<void>;
  /** Writes the review's four sheets into this workbook, replacing an earlier review's. */
  writeReview(plan: WritePlan, options?: { onProgress?: (p: Progress) => void }): Promise<string[]>;
  /** Tells the host that the workbook changed (from a change event): the next action re-reads it. */
  invalidate(): void;
}

/** The run Undo would take back: its cells and the sheets it added or replaced. */
export type LastRun =
  | { action: string; at: string; cells: number; addedSheets: string[]; replacedSheets: string[]; refused: null }
  /** A record EvalSheet cannot trust (not signed for this workbook on this computer): Undo refuses it; nothing of it is shown. */
  | { refused: UndoRefusal };

export interface ExcelHostOptions {
  run: ExcelRun;
  isSetSupported: (name: string, version: string) => boolean;
  fileName?: string;
  /** The pane hears about every change (worksheets.onChanged, ExcelApi 1.9) and calls invalidate(). */
  changeTracking: boolean;
  /** getFileAsync and Excel.createWorkbook, for 次の期間へ as a new workbook (absent: only the open workbook can be changed). */
  newWorkbook?: NewWorkbookApi;
  /** The workbook's add-in settings (`Office.context.document.settings`; default: Office's when present), where the workbook's id for Undo is kept. */
  settings?: DocumentSettings | null;
  /** Where Undo's signing keys are kept (default: localStorage): on this computer, never in the workbook. */
  undoKeys?: KeyStore;
}

export function createExcelHost(opts: ExcelHostOptions): WorkbookHost {
  const supports = (v: string) => opts.isSetSupported('ExcelApi', v);
  if (!supports('1.7')) {
    throw new HostError(
      'unsupported',
      'この Excel では EvalSheet を使えません（ExcelApi 1.7 以上が必要です）。Office 2019 以降、または Microsoft 365 の Excel をお使いください。',
    );
  }
  let cached: WorkbookSnapshot | null = null;
  let busy = false;
  const signer = undoSigner({ settings: opts.settings ?? officeSettings(), keys: opts.undoKeys });

  async function exclusive<T>(f: () => Promise<T>): Promise<T> {
    if (busy) throw new HostError('busy', '前の処理が終わるまでお待ちください。');
    busy = true;
    try {
      return await f();
    } catch (e) {
      if (e instanceof UsageError) throw new HostError('other', e.message);
      throw hostError(e);
    } finally {
      busy = false;
    }
  }

  async function read(ctx: Excel.RequestContext, onProgress?: (p: Progress) => void): Promise<WorkbookSnapshot> {
    onProgress?.({ stage: 'read', fraction: 0 });
    const snap = await readSnapshot(ctx, {
      mergedAreas: supports('1.13'),
      cellLocks: supports('1.9'),
      onProgress: (d, t) => onProgress?.({ stage: 'read', fraction: t ? d / t : 1 }),
    });
    // Without change events a snapshot may be stale a moment later: never reuse it then.
    cached = opts.changeTracking ? snap : null;
    return snap;
  }

  const file = opts.fileName ?? 'このブック';
  const cancelled = () => new HostError('cancelled', '中止しました。ブックは変更していません。');
  const stale = () => new HostError('stale', '確認の後にブックが変更されたため、何も書き込んでいません。もう一度実行して、変更の内容を確かめてください。');

  function planGrade(snap: WorkbookSnapshot, o: { overwrite: boolean; period?: string | null }) {
    const result = checkWorkbook(snap, { file, period: o.period ?? null });
    const plan = planRating(snap, result, { overwrite: o.overwrite });
    return { result, plan, summary: summarizeGradePlan(snap, result, plan) };
  }

  function planNext(snap: WorkbookSnapshot) {
    const result = checkWorkbook(snap, { file });
    try {
      return planRoll(snap, result, (result.report.period?.fiscalYear ?? 0) + 1);
    } catch (e) {
      if (e instanceof RollError) throw new HostError('other', e.message);
      throw e;
    }
  }

  function newWorkbookState(): RollPreview['newWorkbook'] {
    if (!supports('1.8'))
      return {
        available: false,
        reason: 'この Excel では新しいブックを作れません（Excel.createWorkbook には ExcelApi 1.8 以上が必要です。Office 2019 は 1.7 まで）。',
      };
    if (!opts.newWorkbook || !opts.isSetSupported('CompressedFile', '1.1'))
      return {
        available: false,
        reason: 'この Excel では新しいブックを作れません（開いているブックの内容を Excel から受け取れません。CompressedFile 1.1 が必要です）。',
      };
    return { available: true, reason: null };
  }

  return {
    check: (o = {}) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const snap = await read(ctx, o.onProgress);
          o.onProgress?.({ stage: 'evaluate', fraction: 1 });
          return checkWorkbook(snap, { file, period: o.period ?? null });
        }),
      ),

    previewGrade: (o) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          // Nothing is written: the snapshot stays valid for the grade() that follows.
          const snap = cached ?? (await read(ctx, o.onProgress));
          const { plan, summary } = planGrade(snap, o);
          return { ...summary, fingerprint: planFingerprint(plan) };
        }),
      ),

    grade: (o) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const snap = cached ?? (await read(ctx, o.onProgress));
          cached = null; // the workbook is about to change
          if (o.signal?.aborted) throw cancelled();
          o.onProgress?.({ stage: 'evaluate', fraction: 0 });
          const { result, plan, summary } = planGrade(snap, o);
          if (o.expected !== undefined && planFingerprint(plan) !== o.expected) throw stale();
          if (o.signal?.aborted) throw cancelled();
          o.onProgress?.({ stage: 'write', fraction: 0 });
          // Nothing to write: the workbook (and the last run's undo record) stays as it is.
          const applied =
            plan.cells.length || plan.sheets.length
              ? await applyPlanExcel(ctx, plan, snap, { supports, signer, action: '評価の記入', gradeValidation: true })
              : { sheets: [] as string[] };
          o.onProgress?.({ stage: 'write', fraction: 1 });
          const kept = o.overwrite ? 0 : result.report.indicators.filter((i) => i.existingGrade && i.grade && i.existingGrade !== i.grade).length;
          return {
            ...result,
            changes: plan.cells,
            sheets: applied.sheets,
            kept,
            blocked: summary.blocked,
            noIndicators: summary.noIndicators,
            summaryProtected: summary.summaryProtected,
          };
        }),
      ),

    previewRoll: (o = {}) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const snap = cached ?? (await read(ctx, o.onProgress));
          const rolled = planNext(snap);
          return {
            from: rolled.from.label,
            to: rolled.to.label,
            changes: rolled.changes,
            findings: rolled.findings,
            sheets: rolled.plan.sheets.map((s) => s.spec.name),
            fingerprint: planFingerprint(rolled.plan),
            newWorkbook: newWorkbookState(),
          };
        }),
      ),

    roll: (o) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const toNew = o.target === 'new';
          const api = opts.newWorkbook;
          const state = newWorkbookState();
          if (toNew && (!state.available || !api)) throw new HostError('unsupported', `${state.reason} 何も変更していません。`);
          const snap = cached ?? (await read(ctx, o.onProgress));
          if (!toNew) cached = null;
          if (o.signal?.aborted) throw cancelled();
          const rolled = planNext(snap);
          if (o.expected !== undefined && planFingerprint(rolled.plan) !== o.expected) throw stale();
          // A protected sheet's locked cells are not in the plan (they are roll-locked findings).
          if (o.signal?.aborted) throw cancelled();
          o.onProgress?.({ stage: 'write', fraction: 0 });
          let keptEverything = true;
          if (toNew)
            keptEverything = await (
              await import('./newWorkbook')
            ).openAsNewWorkbook(api!, snap, rolled.plan, { fileName: file, aborted: () => !!o.signal?.aborted, cancelled });
          else await applyPlanExcel(ctx, rolled.plan, snap, { supports, signer, action: '次の期間への更新', gradeValidation: false });
          o.onProgress?.({ stage: 'write', fraction: 1 });
          return {
            from: rolled.from.label,
            to: rolled.to.label,
            changes: rolled.changes,
            findings: rolled.findings,
            target: o.target,
            sheets: rolled.plan.sheets.map((s) => s.spec.name),
            keptEverything,
          };
        }),
      ),

    createTemplate: (o) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const years = checkedYears({ fiscalYear: o.fiscalYear, planStart: o.planStart, planEnd: o.planEnd });
          const specs = templateSheetSpecs({ ...years, sample: o.sample });
          const ws = ctx.workbook.worksheets;
          ws.load('items/name,items/protection/protected');
          await ctx.sync();
          cached = null;
          const taken = specs.map((sp) => sp.name).filter((n) => ws.items.some((w) => w.name.toLowerCase() === n.toLowerCase()));
          if (taken.length)
            throw new HostError(
              'other',
              `このブックにはすでに「${taken.join('」「')}」シートがあります。ひな形は新しい空のブック（「ファイル」→「新規」）で作成してください。`,
            );
          const snap: WorkbookSnapshot = {
            sheets: ws.items.map((w) => ({ name: w.name, visibility: 'visible', protected: w.protection.protected, top: 1, left: 1, values: [], merges: [] })),
          };
          const plan = { cells: [], sheets: specs.map((spec) => ({ mode: 'replace' as const, spec })), scale: colouredScale(defaultRules().scale) };
          await applyPlanExcel(ctx, plan, snap, { supports, signer, action: 'ひな形の作成', gradeValidation: false });
          ctx.workbook.worksheets.getItem(specs[0].name).activate();
          await ctx.sync();
          return { sheets: specs.map((sp) => sp.name), period: fiscalYearLabel(years.fiscalYear) };
        }),
      ),

    importActuals: (o) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          let rows: CellValue[][];
          let source: string;
          if (o.source.kind === 'selection') {
            const sel = ctx.workbook.getSelectedRange();
            sel.load('values,address');
            await ctx.sync();
            rows = (sel.values as unknown[][]).map((r) => r.map((v) => (v === '' || v === null || v === undefined ? null : (v as CellValue))));
            source = `選択範囲 ${sel.address.replace(/^'(.*)'!/, (_, n: string) => `${n.replace(/''/g, "'")}!`)}`;
            if (rows.length < 1 || (rows.length === 1 && rows[0].length < 2))
              throw new HostError('other', '取り込む表（番号か指標名と、実績値の列）を選択してから実行してください。');
          } else {
            rows = o.source.rows;
            source = o.source.name;
          }
          const snap = cached ?? (await read(ctx, o.onProgress));
          cached = null;
          let outcome: MonthImport;
          try {
            outcome = importMonth(snap, rows, o.month, { overwrite: o.overwrite });
          } catch (e) {
            if (e instanceof ImportError) throw new HostError('other', `${e.source === 'workbook' ? file : source}: ${e.message}`);
            throw e;
          }
          o.onProgress?.({ stage: 'write', fraction: 0 });
          if (outcome.result.plan.cells.length)
            await applyPlanExcel(ctx, outcome.result.plan, snap, { supports, signer, action: `${o.month}月の実績の取り込み`, gradeValidation: false });
          o.onProgress?.({ stage: 'write', fraction: 1 });
          return { ...outcome, source };
        }),
      ),

    undo: () =>
      exclusive(() =>
        opts.run(async (ctx) => {
          cached = null;
          return undoLastRun(ctx, supports, signer);
        }),
      ),

    lastRun: () =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const read = await readUndoRecord(ctx, signer);
          if (!read) return null;
          const r = read.record;
          if (!r) return { refused: read.refusal };
          return {
            action: r.action,
            at: r.at,
            cells: r.cells.length,
            addedSheets: r.addedSheets,
            replacedSheets: r.replacedSheets.map((x) => x.name),
            refused: null,
          };
        }),
      ),

    select: (sheet, cell) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const ws = ctx.workbook.worksheets.getItem(sheet);
          ws.activate();
          ws.getRange(cell).select();
          await ctx.sync();
        }),
      ),

    readSettings: () =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const snap = cached ?? (await read(ctx));
          const sheet = snap.sheets.find((s) => s.name === SETTINGS_SHEET);
          if (!sheet) return { rules: defaultRules(), findings: [], exists: false };
          const { rules, findings } = readSettingsSheet(sheet, defaultRules());
          return { rules, findings, exists: true };
        }),
      ),

    writeSettings: (rules) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          const snap = cached ?? (await read(ctx));
          cached = null;
          await applyPlanExcel(ctx, { cells: [], sheets: [{ mode: 'replace', spec: settingsSheetSpec(rules) }], scale: [] }, snap, {
            supports,
            signer,
            action: '評価設定の変更',
            gradeValidation: false,
          });
        }),
      ),

    writeReview: (plan, o = {}) =>
      exclusive(() =>
        opts.run(async (ctx) => {
          cached = null;
          const ws = ctx.workbook.worksheets;
          ws.load('items/name,items/protection/protected');
          await ctx.sync();
          const sheets = ws.items.map((w) => ({ name: w.name, protected: w.protection.protected }));
          o.onProgress?.({ stage: 'write', fraction: 0 });
          return writeOwnSheets(ctx, plan, sheets, {
            supports,
            signer,
            action: '提出ブック一括チェック',
            onProgress: (d, t) => o.onProgress?.({ stage: 'write', fraction: t ? d / t : 1 }),
          });
        }),
      ),

    invalidate: () => {
      cached = null;
    },
  };
}
