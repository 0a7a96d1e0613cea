/**
 * `evalsheet review`: every submitted workbook of a folder, one at a time (only one workbook is in
 * memory at once), into the four review sheets. The submitted files are only read.
 */
import { existsSync, promises as fs } from 'node:fs';
import { Worker } from 'node:worker_threads';
import path from 'node:path';
import { byJa, decodeText, isProvisional, parseCsv, parseExpectedList, ReviewCollector, UsageError, type ExpectedSubmission, type Review, type ReviewStore } from '../engine';
import { InputError } from '../adapters/xlsx/errors';
import { readFileBytesSync } from '../adapters/xlsx/files';
import { checkSubmission, failure, type SubmissionResult } from '../adapters/xlsx/submission';
import { openZipNative } from '../adapters/xlsx/zipReader';

export interface Submission {
  /** Absolute path. */
  path: string;
  /** As listed in the review: relative to the folder given, or the file name. */
  display: string;
}

const WORKBOOK = /\.(xlsx|xlsm|xls)$/i;

/** Office's lock files (~$…) and hidden or temporary files are not submissions. */
function skipped(name: string): boolean {
  return name.startsWith('~$') || name.startsWith('.');
}

async function walk(dir: string, root: string, out: Submission[]): Promise<void> {
  const entries = await fs.readdir(dir, { withFileTypes: true });
  for (const e of entries) {
    if (skipped(e.name)) continue;
    const p = path.join(dir, e.name);
    if (e.isDirectory()) await walk(p, root, out);
    else if (e.isFile() && WORKBOOK.test(e.name)) out.push({ path: p, display: path.relative(root, p).split(path.sep).join('/') });
  }
}

/** The workbooks named or found under the folders named, sorted, without `exclude` (the output file). */
export async function listSubmissions(inputs: string[], exclude: string | null): Promise<Submission[]> {
  const out: Submission[] = [];
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (!st) throw new InputError(input, `${input}: ファイルまたはフォルダーが見つかりません。パスを確認してください。`);
    if (st.isDirectory()) {
      const found: Submission[] = [];
      await walk(path.resolve(input), path.resolve(input), found);
      out.push(...found.sort((a, b) => byJa(a.display, b.display)));
    } else if (!skipped(path.basename(input))) out.push({ path: path.resolve(input), display: path.basename(input) });
  }
  const seen = new Set<string>();
  return out.filter((s) => {
    if (seen.has(s.path) || (exclude && s.path === path.resolve(exclude))) return false;
    seen.add(s.path);
    return true;
  });
}

export async function readExpectedList(file: string): Promise<ExpectedSubmission[]> {
  let bytes: Buffer;
  try {
    bytes = await fs.readFile(file);
  } catch {
    throw new InputError(file, `${file}: 提出予定一覧（--expect）が読み取れません。パスを確認してください。`);
  }
  const { expected, problems } = parseExpectedList(parseCsv(decodeText(bytes).text));
  if (problems.length) throw new InputError(file, `${file}: 提出予定一覧に誤りがあります：\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  if (!expected.length) throw new InputError(file, `${file}: 提出予定一覧が空です。1列目に担当部署、2列目にファイル名またはシート名を書いてください。`);
  return expected;
}

export interface ReviewOptions {
  period?: string | null;
  rules?: unknown;
  expected?: ExpectedSubmission[];
  /** Where each file's findings and indicators are kept until the sheets are written (default: in memory). */
  store?: ReviewStore;
  onProgress?: (line: string) => void;
  /** Worker threads reading files in parallel (1 = in this thread). */
  jobs?: number;
  /** Each worker's heap (old generation) in MB; a file that needs more is read in this thread. */
  workerHeapMb?: number;
}

export interface CheckOneRequest {
  path: string;
  display: string;
  period: string | null;
  rules: unknown;
}

/** Reads and checks one file; every failure becomes a result, never an exception. */
export async function checkOne(req: CheckOneRequest): Promise<SubmissionResult> {
  let bytes: Uint8Array;
  try {
    bytes = readFileBytesSync(req.path);
  } catch (e) {
    return failure(e, req.display);
  }
  return checkSubmission(bytes, req.display, { period: req.period, rules: req.rules, openZip: openZipNative });
}

/** The compiled worker script: beside this file once built, or under lib/ when running from the sources (tests). */
function workerScript(): string | null {
  for (const p of [path.join(__dirname, 'reviewWorker.js'), path.resolve(__dirname, '../../lib/cli/reviewWorker.js')]) if (existsSync(p)) return p;
  return null;
}

/** A worker's heap: some ten times what one ordinary submission needs. */
const WORKER_HEAP_MB = 96;

/** Runs `checkOne` over the files with up to `jobs` worker threads, results in completion order. */
async function checkAll(files: Submission[], reqOf: (f: Submission) => CheckOneRequest, jobs: number, workerHeapMb: number, onResult: (f: Submission, r: SubmissionResult) => void): Promise<void> {
  const script = jobs > 1 && files.length > 1 ? workerScript() : null;
  if (!script) {
    for (const f of files) onResult(f, await checkOne(reqOf(f)));
    return;
  }
  let next = 0;
  const retry: number[] = [];
  const take = () => (retry.length ? retry.shift()! : next < files.length ? next++ : -1);
  const workers: Worker[] = [];
  // One worker's loop, with two files handed over ahead so that it never waits for this thread.
  // A worker that dies (out of memory on one huge file) costs only the file it was reading (the
  // first it was handed: read in this thread instead; the other goes to the next worker). Once it
  // is dead, nothing more is sent to it and a late result from it is ignored, so that no file is
  // lost or counted twice; a worker that dies holding nothing is not replaced.
  const loop = (): Promise<void> =>
    new Promise<void>((resolve) => {
      // A bounded heap: a worker reads one file at a time and needs little, and without a bound
      // V8 lets each worker's heap grow with the number of files it has read.
      const w = new Worker(script, { resourceLimits: { maxOldGenerationSizeMb: workerHeapMb } });
      workers.push(w);
      const held = new Set<number>();
      let dead = false;
      const send = () => {
        while (!dead && held.size < 2) {
          const id = take();
          if (id < 0) break;
          held.add(id);
          w.postMessage({ id, ...reqOf(files[id]) });
        }
        if (!held.size) resolve();
      };
      w.on('message', (m: SubmissionResult & { id: number }) => {
        if (dead || !held.delete(m.id)) return;
        onResult(files[m.id], m);
        send();
      });
      const died = async (e: Error & { code?: string }) => {
        if (dead) return;
        dead = true;
        const [current, ...rest] = [...held];
        held.clear();
        if (current === undefined) return resolve();
        retry.push(...rest);
        // Too big for a worker's heap: read in this thread, which has the whole of it.
        if (e.code === 'ERR_WORKER_OUT_OF_MEMORY') onResult(files[current], await checkOne(reqOf(files[current])));
        else onResult(files[current], { kind: 'unreadable', message: `読み取り中にエラーが発生しました（${e.message}）。` });
        loop().then(resolve);
      };
      w.on('error', died);
      w.on('exit', (code) => died(new Error(`終了コード ${code}`)));
      send();
    });
  try {
    await Promise.all(Array.from({ length: Math.min(jobs, files.length) }, loop));
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

/** Reads and checks every file, one at a time per thread. A file that cannot be read is listed, never fatal. */
export async function reviewFiles(files: Submission[], opts: ReviewOptions = {}): Promise<Review> {
  const collector = new ReviewCollector(opts.expected ?? [], opts.store);
  let done = 0;
  let usage: string | null = null;
  await checkAll(files, (f) => ({ path: f.path, display: f.display, period: opts.period ?? null, rules: opts.rules }), opts.jobs ?? 1, opts.workerHeapMb ?? WORKER_HEAP_MB, (f, r) => {
    const prefix = `[${++done}/${files.length}] ${f.display}`;
    if (r.kind === 'report') {
      // The status rows' rule; 暫定 where the comparison with the other files can still change it.
      const status = collector.addReport(f.display, r.report, r.contentHash ?? null);
      const counts = `指標 ${r.report.indicators.length}件、指摘 ${r.report.findings.filter((x) => x.severity !== 'info').length}件`;
      opts.onProgress?.(`${prefix} … ${status}（${isProvisional(status) ? `暫定：ほかのブックとの照合前。${counts}` : counts}）`);
    } else if (r.kind === 'skipped') opts.onProgress?.(`${prefix} … 一括チェックの結果のブックのため読み飛ばしました`);
    else if (r.kind === 'unreadable') {
      collector.addUnreadable(f.display, r.message);
      opts.onProgress?.(`${prefix} … 読込不可：${r.message}`);
    } else usage ??= r.message;
  });
  if (usage) throw new UsageError(usage);
  return collector.finish();
}
