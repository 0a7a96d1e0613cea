/** What the commands share: where they print, how they stop with an exit code, the rules file, the output to write. */
import { promises as fs } from 'node:fs';
import type { Report } from '../engine';
import { filePort, type FilePort } from '../adapters/xlsx/filePort';
import { readFileBytes } from '../adapters/xlsx/files';
import { openZipNative } from '../adapters/xlsx/zipReader';
import { chooseOutput, OutputRefused, type OutputFlags, type Target } from './output';
import { ExitError } from './io';

export { defaultIo, ExitError, type Io } from './io';

export async function readRules(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new ExitError(2, `${file}: 評価ルールのファイルが読み取れません。パスを確認してください。`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ExitError(2, `${file}: 評価ルールのJSONに誤りがあります（${(e as Error).message}）。`);
  }
}

/**
 * Said when the writer had to rewrite the whole workbook (the patcher could not write into it as it is):
 * what was lost, or that nothing was (the writer refuses a rewrite that would lose charts, notes or protection).
 */
export function rewrittenNote(saved: { keptEverything: boolean; lost: string[] }): string | null {
  if (saved.keptEverything) return null;
  return `注意：このブックは元の形のままでは書き込めなかったため、ブック全体を書き直しました。${saved.lost.length ? `書き出したブックには ${saved.lost.join('、')} が残っていません。` : 'グラフ・図形・メモ・シートの保護など、失われたものはありません。'}`;
}

export function exitCodeFor(reports: Report[]): number {
  return reports.some((r) => r.findings.some((f) => f.severity === 'error')) ? 1 : 0;
}

/** The output a command may write (see ./output), or exit 2 saying why not. */
export async function outputFor(input: string | null, flags: OutputFlags, opts: { inPlace: boolean; sameAsInput?: string }): Promise<Target | null> {
  try {
    return await chooseOutput(input, flags, opts);
  } catch (e) {
    if (e instanceof OutputRefused) throw new ExitError(2, e.message);
    throw e;
  }
}

export const NOTHING_WRITTEN = (t: Target) => (t.inPlace ? `${t.out} は変更していません` : `${t.out} は作っていません`);

/** A workbook file as the port the use cases read and apply through (its bytes read now; refused with an InputError naming it on the first read). */
export async function openFile(file: string): Promise<FilePort> {
  return filePort(await readFileBytes(file), file, { openZip: openZipNative });
}
