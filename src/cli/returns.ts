/**
 * `evalsheet review … --return OUTDIR`: the returned copies, one per submitted workbook with an
 * error or a warning, in OUTDIR/<department>/<file name>, each with its findings at its cells (the
 * 指摘事項 sheet and EvalSheet's notes). The submissions are only read; each copy is written through
 * a temporary file. A copy that cannot be made is said on the cover and in the output, never fatal.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { returnedCopy, returnOutcome, filesToReturn, type FileToReturn, type ReturnOutcome } from '../app/returns';
import { departmentFolder } from '../engine/actions/returns';
import type { Review } from '../engine/actions/reviewModel';
import { InputError } from '../adapters/xlsx/errors';
import { filePort } from '../adapters/xlsx/filePort';
import { readFileBytes, writeBytesFile } from '../adapters/xlsx/files';
import { openZipNative } from '../adapters/xlsx/zipReader';
import { ExitError } from './io';
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

/** One returned copy written; the outcome says where, or why not. */
async function writeOne(r: FileToReturn, sub: Submission | undefined, target: string, o: { period: string | null; force: boolean; root: string }) {
  const relative = path.relative(o.root, target).split(path.sep).join('/');
  if (!sub) return returnOutcome(r, null, '提出ブックの場所が分かりません（EvalSheet の誤りです。報告してください）');
  try {
    const port = filePort(await readFileBytes(sub.path), r.file, { openZip: openZipNative });
    const copy = await returnedCopy(port, r, { period: o.period });
    await writeBytesFile(copy.applied.bytes, target, { replace: o.force, createFolder: true });
    return returnOutcome(r, relative, null);
  } catch (e) {
    if (e instanceof InputError) return returnOutcome(r, null, e.message);
    return returnOutcome(r, null, `予期しないエラーのため書き出せませんでした（${e instanceof Error ? e.name : '不明'}）`);
  }
}

/** Writes the returned copies into `root` (checked by checkReturnFolder); a submission's own path is never a target. */
export async function writeReturns(
  review: Review,
  submissions: Submission[],
  root: string,
  o: { force: boolean; onLine?: (line: string) => void },
): Promise<ReturnOutcome[]> {
  const originals = new Set(submissions.map((s) => path.resolve(s.path)));
  const used = new Set<string>(originals);
  const out: ReturnOutcome[] = [];
  const period = review.period?.label ?? null;
  for (const r of filesToReturn(review)) {
    const target = unusedPath(path.join(root, departmentFolder(r.department)), path.basename(r.file), used);
    used.add(target);
    const sub = submissions.find((s) => s.display === r.file);
    const outcome = await writeOne(r, sub, target, { period, force: o.force, root });
    o.onLine?.(outcome.output ? `返却用のコピー：${r.file} → ${outcome.output}` : `返却用のコピーを作れませんでした：${r.file}（${outcome.problem}）`);
    out.push(outcome);
  }
  return out;
}

/** The returns in lines for the terminal: how many copies for how many departments, and those not made. */
export function returnsLines(returns: ReturnOutcome[], folder: string): string {
  const written = returns.filter((r) => r.output);
  const departments = new Set(written.map((r) => r.department));
  const lines = [
    returns.length
      ? `返却用のコピー：${written.length}件を ${folder} に担当部署ごとに書き出しました（${departments.size}部署。結果のブックのシート「差戻し」に一覧）。`
      : `返却用のコピー：エラーか警告のあるブックがないため、${folder} には何も書き出していません。`,
  ];
  for (const r of returns.filter((x) => !x.output)) lines.push(`  作れなかったもの：${r.file}（${r.problem}）`);
  return lines.join('\n');
}
