/**
 * Writing the published site into its folder safely. The folder is marked by a small manifest
 * (.evalsheet-publish.json: the files publish wrote); a folder that holds anything and no manifest is
 * refused unless --force. Every file is first written to a temporary file beside it, and only when all
 * are written are they put in place; the files an earlier publish wrote that the new site no longer has
 * are removed (only names the manifest lists, never anything else); the manifest is written last.
 */
import { randomBytes } from 'node:crypto';
import { promises as fs } from 'node:fs';
import path from 'node:path';
import type { SiteFile } from '../engine/publish';
import { ExitError } from './io';

export const MANIFEST = '.evalsheet-publish.json';

/** How many of the site's files are written at once. */
const WRITES_AT_ONCE = 16;

/** A name publish may write or remove: a plain file name inside the site. */
const SITE_NAME = /^[\w-]+\.(html|css)$/;
/** A temporary file of an earlier publish that was stopped before it put its files in place (Ctrl+C, a power cut). */
const LEFTOVER = /^\.(?:[\w-]+\.(?:html|css)|evalsheet-publish\.json)\.tmp-[0-9a-f]{12}$/;

export interface SiteFolder {
  dir: string;
  /** The files the earlier publish listed (null: the folder is new, or was not written by publish). */
  previous: string[] | null;
  /** Whether the folder is new (made by this run). */
  created: boolean;
  /** Files that were there without a manifest, kept (--force). */
  foreign: number;
}

async function readManifest(dir: string): Promise<string[] | null> {
  try {
    const m = JSON.parse(await fs.readFile(path.join(dir, MANIFEST), 'utf8')) as { generator?: unknown; files?: unknown };
    if (m.generator !== 'evalsheet publish' || !Array.isArray(m.files)) return null;
    return m.files.filter((f): f is string => typeof f === 'string' && SITE_NAME.test(f));
  } catch {
    return null;
  }
}

/**
 * The site folder, checked before anything is read: made when missing (its parent must exist), refused when it
 * is a file, or a folder holding files that publish did not write (unless `force`).
 * @throws ExitError(2)
 */
export async function siteFolder(out: string, force: boolean): Promise<SiteFolder> {
  const dir = path.resolve(out);
  const st = await fs.stat(dir).catch(() => null);
  if (st && !st.isDirectory())
    throw new ExitError(2, `${out}: ファイルがあります。サイトはフォルダーに書き出します。別の名前のフォルダーを -o で指定してください。`);
  if (!st) {
    const parent = await fs.stat(path.dirname(dir)).catch(() => null);
    if (!parent?.isDirectory())
      throw new ExitError(2, `${out}: 親フォルダー ${path.dirname(out) || '.'} がありません。フォルダーは作りません。パスを確認してください。`);
    return { dir, previous: null, created: true, foreign: 0 };
  }
  const names = await fs.readdir(dir);
  // The temporary files of an earlier publish stopped half-way count for nothing; removed once the folder is to be written.
  const leftovers = names.filter((n) => LEFTOVER.test(n));
  const clear = async () => {
    for (const n of leftovers) await removeQuietly(path.join(dir, n));
  };
  const entries = names.filter((n) => n !== MANIFEST && !LEFTOVER.test(n));
  const previous = await readManifest(dir);
  if (previous || !entries.length) {
    await clear();
    return { dir, previous, created: false, foreign: 0 };
  }
  if (!force)
    throw new ExitError(
      2,
      `${out}: 空でないフォルダーで、publish で書き出したサイトではありません（${entries.length}件のファイル・フォルダーがあります）。何も書き込んでいません。新しいフォルダーを指定するか、このフォルダーに書き込んでよければ --force を付けてください（同じ名前のファイルは置き換え、ほかのファイルは残します）。`,
    );
  await clear();
  return { dir, previous: null, created: false, foreign: entries.length };
}

/** The files `size` at a time, each batch taken when the one before is written. */
function* batches<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const item of items) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
}

async function removeQuietly(file: string): Promise<void> {
  await fs.rm(file, { force: true }).catch(() => undefined);
}

/**
 * Writes the site: all files to temporary files, then each put in place, the earlier site's leftovers removed,
 * the manifest last. A failure while writing leaves the folder as it was (the temporary files removed).
 * @returns the names of the files removed (an earlier site's pages this one no longer has).
 */
export async function writeSite(folder: SiteFolder, files: Iterable<SiteFile>): Promise<{ removed: string[] }> {
  if (folder.created) await fs.mkdir(folder.dir);
  const tag = randomBytes(6).toString('hex');
  const staged: { tmp: string; final: string }[] = [];
  try {
    // A few files at a time: one after the other, the run waits on the disk for each page.
    for (const chunk of batches(files, WRITES_AT_ONCE)) {
      const batch = chunk.map((f) => {
        if (!SITE_NAME.test(f.path)) throw new Error(`not a site file name: ${f.path}`);
        const s = { tmp: path.join(folder.dir, `.${f.path}.tmp-${tag}`), final: path.join(folder.dir, f.path) };
        staged.push(s);
        return fs.writeFile(s.tmp, f.content, { flag: 'wx' });
      });
      const failed = (await Promise.allSettled(batch)).find((r) => r.status === 'rejected');
      if (failed) throw failed.reason;
    }
  } catch (e) {
    for (const s of staged) await removeQuietly(s.tmp);
    if (folder.created) await fs.rmdir(folder.dir).catch(() => undefined);
    const code = (e as NodeJS.ErrnoException).code;
    throw new ExitError(
      2,
      `${folder.dir}: サイトのファイルを書き込めませんでした（${code ?? '書き込みエラー'}）。フォルダーは元のままです。空き容量と書き込みの権限を確認してください。`,
    );
  }
  for (const s of staged) await fs.rename(s.tmp, s.final);
  const names = new Set(staged.map((s) => path.basename(s.final)));
  const removed = (folder.previous ?? []).filter((n) => !names.has(n));
  for (const n of removed) await removeQuietly(path.join(folder.dir, n));
  const manifest = { generator: 'evalsheet publish', written: new Date().toISOString(), files: [...names] };
  const tmp = path.join(folder.dir, `${MANIFEST}.tmp-${tag}`);
  await fs.writeFile(tmp, JSON.stringify(manifest, null, 2) + '\n');
  await fs.rename(tmp, path.join(folder.dir, MANIFEST));
  return { removed };
}
