/**
 * The operations the task pane offers, on the open workbook: the only place the UI reaches Excel.
 * Each is a use case of src/app over the Excel port (excelPort.ts), one at a time, in one
 * Excel.run; what is Excel's own (the selection, activating a sheet, Undo, a new workbook) stays here.
 * Grade reuses the snapshot Check read when nothing changed in between (the pane listens for
 * changes), so Check + Grade read the workbook once.
 */
import * as app from '../../app';
import type { Progress } from '../../app';
import {
  ImportError,
  UsageError,
  type CellValue,
  type CheckResult,
  type MonthImport,
  type Review,
  type RollChange,
  type Rules,
  type TaughtEntry,
  type TemplateOptions,
  type UsageProblem,
} from '../../engine';
import type { Finding } from '../../engine/model/report';
import { HostError, hostError } from './errors';
import { selectedRange, type SelectedRange } from './selection';
import { excelPort, newWorkbookPort, SnapshotCache, type ExcelPort, type ExcelPortEnv, type Supports } from './excelPort';
import { undoLastRun, readUndoRecord, type UndoResult } from './undo';
import type { UndoRefusal } from './undoRecord';
import { officeSettings, undoSigner, type DocumentSettings, type KeyStore } from './undoSignature';
import type { NewWorkbookApi } from './newWorkbook';
import { mergedUndoGroup, NeedsOwnUndo, type UndoMode } from './excelUndo';
import { grade, type GradeOptions, type GradeResult } from './grade';

export type { Progress, GradeResult };
export type BlockedGrade = app.BlockedGrade;

/** `Excel.run`, with or without its options (`{ mergeUndoGroup: true }`, ExcelApi 1.20). */
export type ExcelRun = {
  <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
  <T>(options: Excel.RunOptions, batch: (context: Excel.RequestContext) => Promise<T>): Promise<T>;
};

/** What Grade will do, shown to the clerk before anything is written. */
export type GradePreview = app.RatePreview;

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

export type SettingsState = app.SettingsState;

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
  previewGrade(options: { overwrite: boolean; period?: string | null; notes?: boolean; onProgress?: (p: Progress) => void }): Promise<GradePreview>;
  /** `expected`: a preview's fingerprint; nothing is written when the plan is no longer the one previewed. `notes`: the findings at their cells too. */
  grade(options: GradeOptions): Promise<GradeResult>;
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
  /** Selects several cells of one sheet at once (the cells an indicator was read from); the first alone below ExcelApi 1.18 (Office 2021, LTSC 2024). */
  selectCells(sheet: string, cells: string[]): Promise<void>;
  readSettings(): Promise<SettingsState>;
  writeSettings(rules: Rules): Promise<void>;
  /**
   * 読み取りを修正: the selected cells; the taught entries saved in 評価設定 (the sheet replaced, with an undo record);
   * the entries saved there (each with its row, `source`); one of them taken out (its row's cells only, with an undo record).
   */
  teach: {
    selection(): Promise<SelectedRange>;
    save(entries: TaughtEntry[]): Promise<app.SaveLayoutOutcome>;
    list(): Promise<TaughtEntry[]>;
    remove(entry: TaughtEntry): Promise<app.RemoveLayoutOutcome>;
  };
  /** Writes the review's four sheets into this workbook, replacing an earlier review's. */
  writeReview(review: Review, options?: { onProgress?: (p: Progress) => void }): Promise<string[]>;
  /** 公開用ページを作成: the open workbook's part of the site for residents (src/app/publish.ts); nothing is written. */
  readForSite(options?: { period?: string | null; onProgress?: (p: Progress) => void }): ReturnType<typeof app.readForSite>;
  /** Tells the host that the workbook changed (from a change event): the next action re-reads it. */
  invalidate(): void;
  /**
   * How an action is taken back here: 'excel' (ExcelApi 1.20) Ctrl+Z, one entry per action, the pane's
   * 元に戻す only for the actions Excel cannot undo (the template, the review); 'record' the pane's 元に戻す.
   */
  readonly undoMode?: UndoMode;
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
  /** The pane hears about every change (worksheets.onChanged) and calls invalidate(). */
  changeTracking: boolean;
  /** getFileAsync and Excel.createWorkbook, for 次の期間へ as a new workbook (absent: only the open workbook can be changed). */
  newWorkbook?: NewWorkbookApi;
  /** The workbook's add-in settings (`Office.context.document.settings`; default: Office's when present), where the workbook's id for Undo is kept. */
  settings?: DocumentSettings | null;
  /** Where Undo's signing keys are kept (default: localStorage): on this computer, never in the workbook. */
  undoKeys?: KeyStore;
}

/** The manifest's minimum requirement set (manifest.xml, Requirements): Office 2021, LTSC 2024, Microsoft 365, Excel on the web. */
export const MIN_EXCEL_API = '1.13';

/** Shown by the pane before anything else, whatever Office's language: Japanese with English after it, as taskpane.html's webview message. */
export const UNSUPPORTED_EXCEL =
  'この Excel では EvalSheet を使えません（ExcelApi 1.13 以上が必要です）。Office 2021 以降、Microsoft 365 の Excel、または Excel on the web をお使いください（Office 2016・2019 では使えません）。' +
  ' / EvalSheet needs ExcelApi 1.13 or later: Excel in Office 2021 or later, Microsoft 365 or Excel on the web (not Office 2016 or 2019).';

export function createExcelHost(opts: ExcelHostOptions): WorkbookHost {
  const supports = (v: string) => opts.isSetSupported('ExcelApi', v);
  // The manifest's minimum: everything of ExcelApi 1.13 and below is used without asking again (test/apiSetGuard.test.ts).
  if (!supports(MIN_EXCEL_API)) throw new HostError('unsupported', UNSUPPORTED_EXCEL);
  const env: ExcelPortEnv = {
    supports,
    signer: undoSigner({ settings: opts.settings ?? officeSettings(), keys: opts.undoKeys }),
    cache: new SnapshotCache(opts.changeTracking),
  };
  const file = opts.fileName ?? 'このブック';
  // ExcelApi 1.20: each action one entry on Excel's undo stack (excelUndo.ts, docs/undo.md).
  const merged = supports('1.20') && mergedUndoGroup();
  const { run, write } = exclusiveRunner(opts.run, env, merged);
  const newWorkbook = () => newWorkbookState(opts);
  return {
    check: (o = {}) =>
      run((port) => {
        env.cache.clear(); // Check always reads the workbook as it is now
        return app.check(port, { file, period: o.period, onProgress: o.onProgress });
      }),
    // Nothing is written: the snapshot stays valid for the grade() that follows.
    previewGrade: (o) =>
      run((port) => app.previewRate(port, { file, period: o.period, overwrite: o.overwrite, findings: o.notes, notes: o.notes, onProgress: o.onProgress })),
    grade: (o) => write((port, context) => grade(port, context, supports, file, o)),
    previewRoll: (o = {}) => run(async (port) => rollPreview(await app.previewRoll(port, { file, onProgress: o.onProgress }), newWorkbook())),
    roll: (o) => write((port) => roll(port, { ...o, file, api: opts.newWorkbook, state: newWorkbook() })),
    createTemplate: (o) => write((port, context) => createTemplate(port, context, o)),
    importActuals: (o) => write((port, context) => importActuals(port, context, file, o)),
    undo: () =>
      run((_, context) => {
        env.cache.clear();
        return undoLastRun(context, env.signer);
      }),
    lastRun: () => run((_, context) => lastRun(context, env)),
    select: (sheet, cell) => run((_, context) => select(context, sheet, cell)),
    selectCells: (sheet, cells) => run((_, context) => selectCells(context, supports, sheet, cells)),
    readSettings: () => run((port) => app.readSettings(port)),
    writeSettings: (rules) => write(async (port) => void (await app.writeSettings(port, rules))),
    teach: {
      selection: () => run((_, context) => selectedRange(context)),
      save: (entries) => write((port) => app.saveLayout(port, entries)),
      list: () => run(async (port) => (await app.readLayout(port))?.entries ?? []),
      remove: (entry) => write((port) => app.removeLayoutEntry(port, entry)),
    },
    writeReview: (review, o = {}) => write(async (port) => (await app.writeReview(port, review, o)).sheets),
    readForSite: (o = {}) => run((port) => app.readForSite(port, { file, period: o.period, onProgress: o.onProgress })),
    invalidate: () => env.cache.clear(),
    undoMode: merged ? 'excel' : 'record',
  };
}

/**
 * A usage error (the period, the rules, the table to import) kept as data to the pane, which shows
 * it in its language (`t.usage`); `message` is the Japanese, `subject` what it is about (the file
 * or the selection imported from), shown before it.
 */
export class HostUsageError extends HostError {
  constructor(
    readonly usage: UsageProblem,
    readonly subject: string | null = null,
    japanese = usageJapanese(usage),
  ) {
    super('other', subject ? `${subject}: ${japanese}` : japanese);
    this.name = 'HostUsageError';
  }
}

const usageJapanese = (u: UsageProblem) => new UsageError(u.code, u.params).message;
const usageOf = (e: UsageError): UsageProblem => ({ code: e.code, params: e.params }) as UsageProblem;

const CANCELLED = '中止しました。ブックは変更していません。';
const STALE = '確認の後にブックが変更されたため、何も書き込んでいません。もう一度実行して、変更の内容を確かめてください。';
const cancelled = () => new HostError('cancelled', CANCELLED);

/** The errors of a run as HostErrors with a message a clerk can act on. */
function asHostError(e: unknown): HostError {
  if (e instanceof app.Stopped) return e.reason === 'cancelled' ? cancelled() : new HostError('stale', STALE);
  if (e instanceof UsageError) return new HostUsageError(usageOf(e), null, e.message);
  return hostError(e);
}

type PortBatch<T> = (port: ExcelPort, context: Excel.RequestContext) => Promise<T>;

/**
 * One action at a time, in one Excel.run, over the Excel port: `run` for reading (and the pane's own
 * Undo); `write` for an action that changes the workbook: with `merged` (ExcelApi 1.20) one run merged
 * into one entry of Excel's undo stack, run again with the add-in's undo record when the port finds
 * that its plan needs a call Excel cannot undo (NeedsOwnUndo, thrown before anything was queued).
 */
function exclusiveRunner(excel: ExcelRun, env: ExcelPortEnv, merged: Excel.RunOptions | false) {
  let busy = false;
  const once = <T>(f: PortBatch<T>, undo: UndoMode): Promise<T> =>
    undo === 'excel' && merged
      ? excel(merged, (context) => f(excelPort(context, env, 'excel'), context))
      : excel((context) => f(excelPort(context, env, 'record'), context));
  const runner =
    (writes: boolean) =>
    async <T>(f: PortBatch<T>): Promise<T> => {
      if (busy) throw new HostError('busy', '前の処理が終わるまでお待ちください。');
      busy = true;
      try {
        if (!writes || !merged) return await once(f, 'record');
        try {
          return await once(f, 'excel');
        } catch (e) {
          if (!(e instanceof NeedsOwnUndo)) throw e;
          return await once(f, 'record');
        }
      } catch (e) {
        throw asHostError(e);
      } finally {
        busy = false;
      }
    };
  return { run: runner(false), write: runner(true) };
}

/** Whether the next period's workbook can be made as a new workbook here, and if not, why. */
function newWorkbookState(opts: ExcelHostOptions): RollPreview['newWorkbook'] {
  if (!opts.newWorkbook || !opts.isSetSupported('CompressedFile', '1.1'))
    return {
      available: false,
      reason: 'この Excel では新しいブックを作れません（開いているブックの内容を Excel から受け取れません。CompressedFile 1.1 が必要です）。',
    };
  return { available: true, reason: null };
}

function rollPreview(r: app.RollPlanned, newWorkbook: RollPreview['newWorkbook']): RollPreview {
  return { from: r.from.label, to: r.to.label, changes: r.changes, findings: r.findings, sheets: r.sheets, fingerprint: r.fingerprint, newWorkbook };
}

type RollRequest = Parameters<WorkbookHost['roll']>[0] & { file: string; api?: NewWorkbookApi; state: RollPreview['newWorkbook'] };

/** 次の期間へ: into a new workbook made from the open file ('new'), or into the open one with an undo record ('open'). */
async function roll(port: ExcelPort, o: RollRequest): Promise<RollOutcome> {
  if (o.target === 'new' && (!o.state.available || !o.api)) throw new HostError('unsupported', `${o.state.reason} 何も変更していません。`);
  const into = o.target === 'new' ? newWorkbookPort(port, o.api!, { fileName: o.file, cancelled }) : port;
  const r = await app.roll(into, { file: o.file, expected: o.expected, signal: o.signal, onProgress: o.onProgress });
  return {
    from: r.from.label,
    to: r.to.label,
    changes: r.changes,
    findings: r.findings,
    target: o.target,
    sheets: r.sheets,
    keptEverything: r.applied.keptEverything,
  };
}

async function createTemplate(port: ExcelPort, context: Excel.RequestContext, o: Parameters<WorkbookHost['createTemplate']>[0]): Promise<TemplateOutcome> {
  const r = await app.template(port, o);
  if (r.kind === 'taken')
    throw new HostError(
      'other',
      `このブックにはすでに「${r.sheets.join('」「')}」シートがあります。ひな形は新しい空のブック（「ファイル」→「新規」）で作成してください。`,
    );
  context.workbook.worksheets.getItem(r.sheets[0]).activate();
  await context.sync();
  return { sheets: r.sheets, period: r.period };
}

/** The selected cells as an export's rows, and the selection's address to name it. */
async function selectedRows(context: Excel.RequestContext): Promise<{ rows: CellValue[][]; source: string }> {
  const sel = context.workbook.getSelectedRange();
  sel.load('values,address');
  await context.sync();
  const rows = (sel.values as unknown[][]).map((r) => r.map((v) => (v === '' || v === null || v === undefined ? null : (v as CellValue))));
  if (rows.length < 1 || (rows.length === 1 && rows[0].length < 2))
    throw new HostError('other', '取り込む表（番号か指標名と、実績値の列）を選択してから実行してください。');
  return { rows, source: `選択範囲 ${sel.address.replace(/^'(.*)'!/, (_, n: string) => `${n.replace(/''/g, "'")}!`)}` };
}

async function importActuals(
  port: ExcelPort,
  context: Excel.RequestContext,
  file: string,
  o: Parameters<WorkbookHost['importActuals']>[0],
): Promise<ImportOutcome> {
  const { rows, source } = o.source.kind === 'selection' ? await selectedRows(context) : { rows: o.source.rows, source: o.source.name };
  try {
    const r = await app.importActuals(port, { rows, month: o.month, overwrite: o.overwrite, onProgress: o.onProgress });
    return { result: r.result, ratings: r.ratings, source };
  } catch (e) {
    if (e instanceof ImportError) throw new HostUsageError(usageOf(e), e.source === 'workbook' ? file : source, e.message);
    throw e;
  }
}

async function lastRun(context: Excel.RequestContext, env: ExcelPortEnv): Promise<LastRun | null> {
  const read = await readUndoRecord(context, env.signer);
  if (!read) return null;
  const r = read.record;
  if (!r) return { refused: read.refusal };
  return { action: r.action, at: r.at, cells: r.cells.length, addedSheets: r.addedSheets, replacedSheets: r.replacedSheets.map((x) => x.name), refused: null };
}

async function select(context: Excel.RequestContext, sheet: string, cell: string): Promise<void> {
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  ws.getRange(cell).select();
  await context.sync();
}

async function selectCells(context: Excel.RequestContext, supports: Supports, sheet: string, cells: string[]): Promise<void> {
  if (!cells.length) return;
  const ws = context.workbook.worksheets.getItem(sheet);
  ws.activate();
  // Selecting several areas at once (RangeAreas.select) is ExcelApi 1.18: Microsoft 365, not Office 2021 (1.14) or LTSC 2024 (1.17).
  if (cells.length > 1 && supports('1.18')) ws.getRanges(cells.join(',')).select();
  else ws.getRange(cells[0]).select();
  await context.sync();
}
