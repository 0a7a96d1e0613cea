/** `--layout FILE.json`: a taught layout read from a file (docs/layout.md), and the next year's written by `roll --layout-out`. */
import fs from 'node:fs/promises';
import { layoutFromJson, layoutToJson, type TaughtLayout } from '../engine';
import { writeFileAtomic } from '../adapters/xlsx/files';
import { ExitError } from './shared';

/** The layout in `file`, or undefined without one. @throws ExitError (2) naming the file and what is wrong. */
export async function readLayoutFile(file: string | undefined): Promise<TaughtLayout | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await fs.readFile(file, 'utf8');
  } catch {
    throw new ExitError(2, `${file}: 読み取りの指定のファイルが読み取れません。パスを確認してください。`);
  }
  let value: unknown;
  try {
    value = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (e) {
    throw new ExitError(2, `${file}: 読み取りの指定のJSONに誤りがあります（${(e as Error).message}）。`);
  }
  const { layout, problems } = layoutFromJson(value, file);
  if (problems.length) throw new ExitError(2, problems.map((p) => p.ja).join('\n'));
  return layout;
}

/** Writes the layout as JSON through a temporary file; refuses to replace a file without `force`. */
export async function writeLayoutFile(file: string, layout: TaughtLayout, force: boolean): Promise<void> {
  const bytes = new TextEncoder().encode(JSON.stringify(layoutToJson(layout), null, 2) + '\n');
  try {
    await writeFileAtomic(file, bytes, { replace: force });
  } catch (e) {
    throw new ExitError(2, `${file}: 次の年度の読み取りの指定を書き出せませんでした（${(e as Error).message}）。`);
  }
}
