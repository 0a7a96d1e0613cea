/**
 * `evalsheet review … --return OUTDIR`: the returned copies, one per submitted workbook with an
 * error or a warning, in OUTDIR/<department>/<file name>, each with its findings at its cells (the
 * 指摘事項 sheet and EvalSheet's notes), each made in a reader process (returnWorker.ts) as the review
 * reads. The submissions are only read; each copy is written through a temporary file. A copy that
 * cannot be made is said on the cover and in the output, never fatal.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { returnedCopy, returnOutcome, filesToReturn, type FileToReturn, type ReturnOutcome } from '../app/returns';
import { departmentFolder } from '../engine/actions/returns';
import type { Review } from '../engine/actions/reviewModel';
import { InputError } from '../adapters/xlsx/errors';
import { filePort } from '../adapters/xlsx/filePort';
import { readFileBytes, writeBytesFile } from '../adapters/xlsx/files';
import type { SubmissionResult } from '../adapters/xlsx/submission';
import { openZipNative } from '../adapters/xlsx/zipReader';
import { renderReadProblem } from '../engine/model/readProblem';
import { JA_CLI } from '../engine/model/renderOptions';
import { ExitError } from './io';
import { readIsolated } from './reviewPool';
import type { Submission } from './review';

const inside = (child: string, parent: string) => child === parent || child.startsWith(parent.endsWith(path.sep) ? parent : parent + path.sep);

/**
 * The returns folder, checked before anything is read: not a file, its parent there, not inside a
 * folder reviewed (the next review would read the copies as submissions), and empty unless --force.
 * @throws ExitError (2) saying why nothing was written
 */
export async function checkReturnFolder(dir: string, inputs: string[], force: boolean): Promise<string> {
  const out = path.resolve(dir);
  for (const input of inputs) {
    const st = await fs.stat(input).catch(() => null);
    if (st?.isDirectory() && inside(out, path.resolve(input)))
      throw new ExitError(
        2,
        `${dir}: 返却用のフォルダーが確認する提出フォルダー（${input}）の中にあります。何も書き込んでいません。次の一括チェックで返却用のコピーを提出ブックとして読んでしまうため、提出フォルダーの外を --return に指定してください。`,
      );
  }
  const st = await fs.stat(out).catch(() => null);
  if (st && !st.isDirectory())
    throw new ExitError(2, `${dir}: フォルダーではなくファイルです。何も書き込んでいません。--return には返却用のフォルダーを指定してください。`);
  if (!st) {
    const parent = await fs.stat(path.dirname(out)).catch(() => null);
    if (!parent?.isDirectory())
      throw new ExitError(
        2,
        `${dir}: 返却用のフォルダーを作る場所「${path.dirname(dir)}」がありません。何も書き込んでいません。ある場所を指定してください（途中のフォルダーは自動では作りません）。`,
      );
    return out;
  }
  const entries = (await fs.readdir(out)).filter((e) => !e.startsWith('.'));
  if (entries.length && !force)
    throw new ExitError(
      2,
      `${dir}: 返却用のフォルダーにすでにファイルやフォルダーがあります（${entries.slice(0, 3).join('、')}${entries.length > 3 ? ' ほか' : ''}）。何も書き込んでいません。書き込んでよいときは --force を付けてください（同じ名前のファイルは置き換え、ほかのファイルは残します）。`,
    );
  return out;
}

/** `name.xlsx`, else `name-2.xlsx`, `name-3.xlsx` … not yet used in this run. */
function unusedPath(dir: string, name: string, used: Set<string>): string {
  const ext = path.extname(name);
  const stem = name.slice(0, name.length - ext.length);
  for (let k = 1; ; k++) {
    const p = path.join(dir, k === 1 ? name : `${stem}-${k}${ext}`);
    if (!used.has(p)) return p;
  }
}

/** One returned copy to make, as a reader process receives it (plain data). */
export interface ReturnRequest {
  /** The submission (absolute path), read only. */
  path: string;
  file: FileToReturn;
  period: string | null;
  /** Where the copy goes (absolute), and the same under the returns folder ("商工部/評価.xlsx"). */
  target: string;
  relative: string;
  force: boolean;
}

/** What a reader process answers: the copy written (`output`), or why not (`problem`). */
export interface ReturnAnswer {
  kind: 'returned';
  output: string | null;
  problem: string | null;
}

/** Makes one returned copy (in a reader process: returnWorker.ts); every failure is an answer, never an exception. */
export async function makeReturnedCopy(req: ReturnRequest): Promise<ReturnAnswer> {
  try {
    const port = filePort(await readFileBytes(req.path), req.file.file, { openZip: openZipNative });
    const copy = await returnedCopy(port, req.file, { period: req.period });
    await writeBytesFile(copy.applied.bytes, req.target, { replace: req.force, createFolder: true });
    return { kind: 'returned', output: req.relative, problem: null };
  } catch (e) {
    const problem = e instanceof InputError ? e.message : `予期しないエラーのため書き出せませんでした（${e instanceof Error ? e.name : '不明'}）`;
    return { kind: 'returned', output: null, problem };
  }
}

/** The compiled reader script: beside this file once built, or under lib/ when running from the sources (tests). */
function returnWorkerScript(): string {
  for (const p of [path.join(__dirname, 'returnWorker.js'), path.resolve(__dirname, '../../lib/cli/returnWorker.js')]) if (existsSync(p)) return p;
  // Never made in this process instead: a submission is opened only in a reader process.
  throw new Error('returnWorker.js is missing: run npm run build:lib');
}

/** A reader's answer, or the pool's word for a reader that ran out of memory or time or died, as the return's outcome. */
function outcomeOf(r: FileToReturn, answer: ReturnAnswer | SubmissionResult): ReturnOutcome {
  if (answer.kind === 'returned') return returnOutcome(r, answer.output, answer.problem);
  const why = answer.kind === 'unreadable' ? renderReadProblem(answer.problem, JA_CLI) : '理由不明';
  return returnOutcome(r, null, `返却用のコピーを作る途中で止めました（${why}）`);
}

/**
 * Writes the returned copies into `root` (checked by checkReturnFolder), each made in a reader process
 * with a bounded heap and a time limit, as the review reads (never in this process); a submission's
 * own path is never a target.
 */
export async function writeReturns(
  review: Review,
  submissions: Submission[],
  root: string,
  o: { force: boolean; jobs?: number; onLine?: (line: string) => void },
): Promise<ReturnOutcome[]> {
  const used = new Set<string>(submissions.map((s) => path.resolve(s.path)));
  const period = review.period?.label ?? null;
  const files = filesToReturn(review);
  const outcomes: (ReturnOutcome | null)[] = files.map(() => null);
  const requests: { index: number; req: ReturnRequest }[] = [];
  for (const [index, r] of files.entries()) {
    const target = unusedPath(path.join(root, departmentFolder(r.department)), path.basename(r.file), used);
    used.add(target);
    const sub = submissions.find((s) => s.display === r.file);
    if (!sub) outcomes[index] = returnOutcome(r, null, '提出ブックの場所が分かりません（EvalSheet の誤りです。報告してください）');
    else
      requests.push({
        index,
        req: { path: sub.path, file: r, period, target, relative: path.relative(root, target).split(path.sep).join('/'), force: o.force },
      });
  }
  const pool = { script: returnWorkerScript(), jobs: Math.max(1, Math.min(o.jobs ?? 1, requests.length)), heapMb: 256, retryHeapMb: 1536, timeoutMs: 120_000 };
  await readIsolated(
    requests.map((x) => x.req),
    pool,
    (i, answer) => {
      const { index, req } = requests[i];
      const outcome = outcomeOf(req.file, answer as ReturnAnswer | SubmissionResult);
      outcomes[index] = outcome;
      o.onLine?.(
        outcome.output ? `返却用のコピー：${req.file.file} → ${outcome.output}` : `返却用のコピーを作れませんでした：${req.file.file}（${outcome.problem}）`,
      );
    },
  );
  return outcomes.map((x, i) => x ?? returnOutcome(files[i], null, '返却用のコピーを作れませんでした（理由不明）'));
}

/** The returns in lines for the terminal: how many copies for how many departments, and those not made. */
export function returnsLines(returns: ReturnOutcome[], folder: string): string {
  const written = returns.filter((r) => r.output);
  const departments = new Set(written.map((r) => r.department));
  const lines = [
    returns.length
      ? `返却用のコピー：${written.length}件を ${folder} に担当部署ごとに書き出しました（${departments.size}部署。状況が「要確認」のものも含め、エラーか警告のあるブックすべてです。結果のブックのシート「差戻し」に一覧）。`
      : `返却用のコピー：エラーか警告のあるブックがないため、${folder} には何も書き出していません。`,
  ];
  for (const r of returns.filter((x) => !x.output)) lines.push(`  作れなかったもの：${r.file}（${r.problem}）`);
  return lines.join('\n');
}
