/**
 * `evalsheet review`: every submitted workbook of a folder, one at a time (only one workbook is in
 * memory at once), into the four review sheets. The submitted files are only read.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { checkWorkbook, decodeText, parseCsv, parseExpectedList, ReviewCollector, REVIEW_SHEETS, UsageError, type ExpectedSubmission, type Review } from '../engine';
import { InputError } from '../adapters/xlsx';
import { readWorkbookFile } from '../adapters/xlsx/files';

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
      out.push(...found.sort((a, b) => a.display.localeCompare(b.display, 'ja')));
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
  onProgress?: (line: string) => void;
}

const isReviewWorkbook = (names: string[]) => names.includes(REVIEW_SHEETS.status) && names.includes(REVIEW_SHEETS.findings);

/** Reads and checks each file in turn. A file that cannot be read is listed, never fatal. */
export async function reviewFiles(files: Submission[], opts: ReviewOptions = {}): Promise<Review> {
  const collector = new ReviewCollector(opts.expected ?? []);
  for (const [i, f] of files.entries()) {
    const prefix = `[${i + 1}/${files.length}] ${f.display}`;
    try {
      const loaded = await readWorkbookFile(f.path);
      if (isReviewWorkbook(loaded.snapshot.sheets.map((s) => s.name))) {
        opts.onProgress?.(`${prefix} … 一括チェックの結果のブックのため読み飛ばしました`);
        continue;
      }
      const { report } = checkWorkbook(loaded.snapshot, { file: f.display, period: opts.period ?? null, rules: opts.rules });
      const status = collector.addReport(f.display, report);
      opts.onProgress?.(`${prefix} … ${status}（指標 ${report.indicators.length}件、指摘 ${report.findings.filter((x) => x.severity !== 'info').length}件）`);
    } catch (e) {
      if (e instanceof UsageError) throw e;
      const message = e instanceof InputError ? e.message.replace(`${f.path}: `, '') : `読み取り中にエラーが発生しました（${(e as Error).message}）。`;
      collector.addUnreadable(f.display, message);
      opts.onProgress?.(`${prefix} … 読込不可：${message}`);
    }
  }
  return collector.finish();
}
