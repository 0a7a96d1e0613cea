/**
 * `evalsheet review`: every submitted workbook of a folder, one at a time (only one workbook is in
 * memory at once), into the four review sheets. The submitted files are only read.
 */
import { constants as fsConstants, existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import {
  byJa,
  decodeText,
  parseCsv,
  renderReadProblem,
  parseExpectedList,
  type ExpectedSubmission,
  type Review,
  type ReviewStore,
  type TaughtLayout,
} from '../engine';
import { JA_CLI } from '../engine/model/renderOptions';
import { renderExpectedListProblem, renderStatus } from '../engine/model/reviewText';
import { InputError } from '../adapters/xlsx/errors';
import { readFileBytesSync } from '../adapters/xlsx/files';
import { checkSubmission, failure, type SubmissionResult } from '../adapters/xlsx/submission';
import { openZipNative } from '../adapters/xlsx/zipReader';
import { readIsolated, type PoolOptions } from './reviewPool';
import { reviewSubmissions, type FileEvent } from '../app';

export interface Submission {
  /** Absolute path. */
  path: string;
  /** As listed in the review: relative to the folder given, or the file name. */
  display: string;
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** The copy `--in-place` leaves beside a workbook: 評価.bak-20240520-153000.xlsx (or …-153000-2.xlsx). */
const BACKUP = /\.bak-\d{8}-\d{6}(-\d+)?\.(xlsx|xlsm|xls)$/i;

/** Office's lock files (~$…) and hidden or temporary files are not submissions. */
function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

/** The submissions found, and the backups of `rate --in-place` skipped on the way (listed in the progress). */
export type SubmissionList = Submission[] & { backups?: string[] };

const backupsOf = (files: Submission[]): string[] => (files as SubmissionList).backups ?? [];

async function walk(dir: string, root: string, out: Submission[], backups: string[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, root, out, backups);
    else if (e.isFile() && BACKUP.test(e.name)) backups.push(path.relative(root, p).split(path.sep).join('/'));
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push({ path: p, display: path.relative(root, p).split(path.sep).join('/') });
  }
}

/** The workbooks named or found under the folders named, sorted, without `exclude` (the output file). */
export async function listSubmissions(inputs: string[], exclude: string | null): Promise<SubmissionList> {
  const out: Submission[] = [];
  const backups: string[] = [];
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (!st) throw new InputError(input, `${input}: ファイルまたはフォルダーが見つかりません。パスを確認してください。`);
    if (st.isDirectory()) {
      const found: Submission[] = [];
      await walk(path.resolve(input), path.resolve(input), found, backups);
      out.push(...found.sort((a, b) => byJa(a.display, b.display)));
    } else if (!skipped(path.basename(input))) out.push({ path: path.resolve(input), display: path.basename(input) });
  }
  const seen = new Set<string>();
  const list: SubmissionList = out.filter((s) => {
    if (seen.has(s.path) || (exclude && s.path === path.resolve(exclude))) return false;
    seen.add(s.path);
    return true;
  });
  list.backups = backups;
  return list;
}

/** An expected list is a few KB; the bound keeps /dev/zero or a huge file from filling memory. */
const EXPECTED_LIST_BYTES = 10 << 20;

/** The expected list's bytes: a regular file (opened without blocking, so that a FIFO is refused at once) within the bound. */
async function readExpectedBytes(file: string): Promise<Buffer> {
  let handle: fs.FileHandle;
  try {
    handle = await fs.open(file, fsConstants.O_RDONLY | (fsConstants.O_NONBLOCK ?? 0));
  } catch {
    throw new InputError(file, `${file}: 提出予定一覧（--expect）が読み取れません。パスを確認してください。`);
  }
  try {
    const st = await handle.stat();
    if (!st.isFile()) throw new InputError(file, `${file}: 提出予定一覧（--expect）が通常のファイルではありません。CSVファイルを指定してください。`);
    if (st.size > EXPECTED_LIST_BYTES)
      throw new InputError(file, `${file}: 提出予定一覧（--expect）が大きすぎます（上限 10 MB）。CSVファイルを確認してください。`);
    return await handle.readFile();
  } catch (e) {
    if (e instanceof InputError) throw e;
    throw new InputError(file, `${file}: 提出予定一覧（--expect）が読み取れません。パスを確認してください。`);
  } finally {
    await handle.close();
  }
}

export async function readExpectedList(file: string): Promise<ExpectedSubmission[]> {
  const bytes = await readExpectedBytes(file);
  const { expected, problems } = parseExpectedList(parseCsv(decodeText(bytes).text));
  if (problems.length)
    throw new InputError(file, `${file}: 提出予定一覧に誤りがあります：\n${problems.map((p) => `  - ${renderExpectedListProblem(p, JA_CLI)}`).join('\n')}`);
  if (!expected.length) throw new InputError(file, `${file}: 提出予定一覧が空です。1列目に担当部署、2列目にファイル名またはシート名を書いてください。`);
  return expected;
}

export interface ReviewOptions {
  period?: string | null;
  rules?: unknown;
  /** --layout: a taught layout for every submission (instead of each one's 評価設定 rows). */
  layout?: TaughtLayout;
  expected?: ExpectedSubmission[];
  /** Where each file's findings and indicators are kept until the sheets are written (default: in memory). */
  store?: ReviewStore;
  onProgress?: (line: string) => void;
  /** Worker threads reading files in parallel (each file is read in a worker, never in this thread). */
  jobs?: number;
  /** Each worker's heap (old generation) in MB; a file that needs more is read again, alone, with `retryHeapMb`. */
  workerHeapMb?: number;
  /** The heap of that second try (MB); a file that needs more still is 読込不可. */
  retryHeapMb?: number;
  /** How long one file may take (ms) before its worker is ended and the file is 読込不可. */
  fileTimeoutMs?: number;
  /** The worker script (tests: one that misbehaves on purpose). */
  workerScript?: string;
}

export interface CheckOneRequest {
  path: string;
  display: string;
  period: string | null;
  rules: unknown;
  layout?: TaughtLayout;
}

/** Reads and checks one file; every failure becomes a result, never an exception. */
export async function checkOne(req: CheckOneRequest): Promise<SubmissionResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytesSync(req.path);
  } catch (e) {
    return failure(e, req.display);
  }
  return checkSubmission(bytes, req.display, { period: req.period, rules: req.rules, layout: req.layout, openZip: openZipNative });
}

/** The compiled worker script: beside this file once built, or under lib/ when running from the sources (tests). */
function workerScript(): string {
  for (const p of [path.join(__dirname, 'reviewWorker.js'), path.resolve(__dirname, '../../lib/cli/reviewWorker.js')]) if (existsSync(p)) return p;
  // Never read a submitted file in this thread instead: one hostile file would cost every result.
  throw new Error('reviewWorker.js is missing: run npm run build:lib');
}

/** A worker's heap: some ten times what one ordinary submission needs. */
const WORKER_HEAP_MB = 96;
/** The heap of the second try, alone, of a file that needed more: what every part within the reader's limits needs. */
const RETRY_HEAP_MB = 1536;
/** How long one file may take: an ordinary submission takes well under a second. */
const FILE_TIMEOUT_MS = 60_000;

/** The progress line of one file: `[3/10] 総務課/評価.xlsx … 確認済（指標 12件、指摘 0件）`. */
function progressLine(display: string, e: FileEvent, done: number, total: number): string | null {
  const prefix = `[${done}/${total}] ${display}`;
  if (e.kind === 'report') {
    // The status rows' rule; 暫定 where the comparison with the other files can still change it.
    const counts = `指標 ${e.report.indicators.length}件、指摘 ${e.report.findings.filter((x) => x.severity !== 'info').length}件`;
    return `${prefix} … ${renderStatus(e.status)}（${e.provisional ? `暫定：ほかのブックとの照合前。${counts}` : counts}）`;
  }
  if (e.kind === 'skipped') return `${prefix} … 一括チェックの結果のブックのため読み飛ばしました`;
  if (e.kind === 'unreadable') return `${prefix} … ${renderStatus('unreadable')}：${renderReadProblem(e.problem, JA_CLI)}`;
  return null;
}

/**
 * Reads and checks every file, in worker threads (never in this thread: a file can only cost its own row),
 * collected by the review use case. A file that cannot be read is listed, never fatal.
 * @throws ReviewUsageError when the rules given are not usable.
 */
export async function reviewFiles(files: Submission[], opts: ReviewOptions = {}): Promise<Review> {
  if (backupsOf(files).length)
    opts.onProgress?.(
      `--in-place のバックアップ（名前が「.bak-日付-時刻」で終わるブック）${backupsOf(files).length}件は提出ブックではないため読み飛ばします。`,
    );
  const requests: CheckOneRequest[] = files.map((f) => ({
    path: f.path,
    display: f.display,
    period: opts.period ?? null,
    rules: opts.rules,
    layout: opts.layout,
  }));
  const pool: PoolOptions = {
    script: opts.workerScript ?? workerScript(),
    jobs: Math.max(1, Math.min(opts.jobs ?? 1, files.length)),
    heapMb: opts.workerHeapMb ?? WORKER_HEAP_MB,
    retryHeapMb: opts.retryHeapMb ?? RETRY_HEAP_MB,
    timeoutMs: opts.fileTimeoutMs ?? FILE_TIMEOUT_MS,
  };
  const names = files.map((f) => f.display);
  return reviewSubmissions(names, (onResult) => readIsolated(requests, pool, onResult), {
    expected: opts.expected,
    store: opts.store,
    onFile: (i, e, done, total) => {
      const line = progressLine(names[i], e, done, total);
      if (line) opts.onProgress?.(line);
    },
  });
}
