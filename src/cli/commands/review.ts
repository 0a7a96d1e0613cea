/** `evalsheet review`: the evaluation office's review of many submissions: every file read in a worker, results spooled, four sheets written. */
import os from 'node:os';
import path from 'node:path';
import * as app from '../../app';
import { parsePeriodArg, reviewData, REVIEW_SHEETS, UsageError } from '../../engine';
import { newFilePort } from '../../adapters/xlsx/newFilePort';
import { readFileBytes } from '../../adapters/xlsx/files';
import { loadSnapshot } from '../../adapters/xlsx/openWorkbook';
import { formatReview, usageText } from '../format';
import { listSubmissions, readExpectedList, reviewFiles } from '../review';
import { Spool } from '../spool';
import { stopReading } from '../reviewPool';
import { writeTarget, type OutputFlags } from '../output';
import { type Io, ExitError, readRules, outputFor } from '../shared';
import { readLayoutFile } from '../layoutFile';
import { checkReturnFolder, returnsLines, writeReturns } from '../returns';
import { departmentCovers } from '../../engine/actions/returns';
import { returnsSheetSpec } from '../../engine/sheets/returnsSheet';

/**
 * How long a signal waits for the review's workers to end before the process exits all the same.
 * Ending a worker takes milliseconds on a quiet machine. It was 2 s; one CI run on a loaded machine
 * (two test processes on two cores) saw the review abort on SIGHUP (SIGABRT instead of exit 129),
 * which is what process.exit does while a worker is still there. Not reproduced since (70 runs
 * under load); the longer wait costs nothing when the workers end at once.
 */
const STOP_LIMIT_MS = 15_000;

/** --jobs: how many files are read at once; by default one per processor core, at most 4. */
function jobsOf(option: string | undefined): number {
  if (option === undefined) return Math.max(1, Math.min(4, os.availableParallelism?.() ?? os.cpus().length));
  const n = Number(option);
  if (!Number.isInteger(n) || n < 1 || n > 32) throw new ExitError(2, `--jobs には 1〜32 の整数を指定してください（「${option}」）。`);
  return n;
}

/**
 * Whether an existing output is one of the submissions the review reads (a workbook in an input
 * folder that is not an earlier review result): `--force` replaces an earlier result, never a submission.
 */
async function isSubmission(inputs: string[], out: string): Promise<boolean> {
  const listed = await listSubmissions(inputs, null);
  if (!listed.some((s) => s.path === path.resolve(out))) return false;
  try {
    const snapshot = await loadSnapshot(await readFileBytes(out), out);
    return !snapshot.sheets.some((s) => s.name === REVIEW_SHEETS.status);
  } catch {
    return true; // unreadable: not known to be an earlier result, so kept
  }
}

export async function review(
  inputs: string[],
  opts: OutputFlags & { period?: string; rules?: string; layout?: string; expect?: string; json?: boolean; jobs?: string; return?: string },
  io: Io,
): Promise<number> {
  if (!opts.output && !opts.json)
    throw new ExitError(2, '結果の書き込み先を -o で指定してください（例：evalsheet review 提出フォルダ -o 一括チェック.xlsx）。');
  if (opts.period && !parsePeriodArg(opts.period))
    throw new ExitError(2, `評価対象期間「${opts.period}」を読み取れません。「令和5年度」「R5」「2023」のように指定してください。`);
  if (opts.output && inputs.some((i) => path.resolve(i) === path.resolve(opts.output!)))
    throw new ExitError(2, `${opts.output}: 提出ブックと同じファイルには書き込めません。別の名前を -o に指定してください。`);
  const target = await outputFor(null, opts, { inPlace: false });
  const rules = await readRules(opts.rules);
  const layout = await readLayoutFile(opts.layout);
  const expected = opts.expect ? await readExpectedList(opts.expect) : [];
  if (target?.replaces && (await isSubmission(inputs, target.out))) {
    throw new ExitError(
      2,
      `${target.out}: 確認する提出ブックの一つです。--force があっても提出ブックは置き換えません。何も書き込んでいません。結果は提出フォルダーの外か、別の名前に書き出してください。`,
    );
  }
  const returnDir = opts.return ? await checkReturnFolder(opts.return, inputs, !!opts.force) : null;
  const files = await listSubmissions(inputs, opts.output ?? null);
  if (!files.length) throw new ExitError(2, `${inputs.join('、')}: 提出ブック（.xlsx）が見つかりません。`);
  // Each file's findings and indicators wait on disk until the sheets are written. On a signal the
  // workers are ended before the spool is removed and the process exits (see Spool); from the
  // first line on, a signal stops the review that way.
  const spool = Spool.open(undefined, () => stopReading(STOP_LIMIT_MS));
  io.err(`${files.length}件のブックを確認します。`);
  try {
    let result;
    try {
      result = await reviewFiles(files, {
        period: opts.period ?? null,
        rules,
        layout,
        expected,
        store: spool,
        jobs: jobsOf(opts.jobs),
        onProgress: (line) => io.err(line),
      });
    } catch (e) {
      // The readers' usage problem too (app.ReviewUsageError is a UsageError): in the command line's words, naming --rules.
      if (e instanceof UsageError) throw new ExitError(2, usageText(e));
      throw e;
    }
    const returns = returnDir
      ? await writeReturns(result, files, returnDir, { force: !!opts.force, jobs: jobsOf(opts.jobs), onLine: (line) => io.err(line) })
      : null;
    const extra = returns ? [returnsSheetSpec(departmentCovers(returns), { period: result.period?.label ?? null, folder: opts.return! })] : [];
    if (target) await writeTarget(target, (await app.writeReview(newFilePort('package'), result, { extra })).bytes);
    if (opts.json) io.out(JSON.stringify({ ...reviewData(result), output: opts.output ?? null, ...(returns ? { returns } : {}) }, null, 2));
    else io.out(formatReview(result, opts.output ?? null) + (returns ? `\n${returnsLines(returns, opts.return!)}` : ''));
    return result.size.errors > 0 ? 1 : 0;
  } finally {
    spool.close();
  }
}
