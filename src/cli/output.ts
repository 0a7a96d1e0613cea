/**
 * Where a command may write. An existing file is never replaced unless the command line says so:
 * `--force` replaces another existing file; writing over the input itself needs `--in-place`, and
 * the input is first copied beside it (`評価.bak-20240520-153000.xlsx`, never over an older copy).
 * A missing folder is not created. Checked before any work, and again when the file is put in place.
 */
import { constants as fsConstants, promises as fs } from 'node:fs';
import path from 'node:path';
import { InputError } from '../adapters/xlsx/errors';
import { checkOutputFolder, rewriteFile, writeBytesFile, writeError } from '../adapters/xlsx/files';

export class OutputRefused extends Error {}

export interface OutputFlags {
  output?: string;
  force?: boolean;
  inPlace?: boolean;
}

export interface Target {
  out: string;
  /** The input itself (`--in-place`): backed up before it is replaced. */
  inPlace: boolean;
  /** An existing other file replaced with `--force`. */
  replaces: boolean;
}

async function statOf(file: string) {
  return fs.stat(file).catch(() => null);
}

/** The same file: the same path, or (a link, another spelling) the same file on disk. */
async function sameFile(a: string, b: string): Promise<boolean> {
  if (path.resolve(a) === path.resolve(b)) return true;
  const [x, y] = await Promise.all([statOf(a), statOf(b)]);
  return !!x && !!y && x.dev === y.dev && x.ino === y.ino;
}

/**
 * The output of a command that reads `input` (null: one that makes a new file), or an
 * OutputRefused saying why not and what to type instead. `inPlace` false: a "make the next file"
 * command (roll, import) that never writes over its input.
 */
export async function chooseOutput(input: string | null, flags: OutputFlags, opts: { inPlace: boolean; sameAsInput?: string }): Promise<Target | null> {
  const out = flags.output ?? (flags.inPlace ? (input ?? undefined) : undefined);
  if (!out) return null;
  const same = input !== null && (await sameFile(out, input));
  if (same && !opts.inPlace) throw new OutputRefused(opts.sameAsInput ?? `${out}: 元のファイルとは別の名前を -o に指定してください。`);
  if (same && !flags.inPlace) {
    throw new OutputRefused(
      `${out}: 元のファイルと同じです。元のファイルに書き込むには --in-place を付けてください（元の内容は同じフォルダーにバックアップとして残します）。別のファイルに書き出すなら、-o に別の名前を指定してください。`,
    );
  }
  if (!same && flags.inPlace) {
    throw new OutputRefused(`--in-place は元のファイル（${input}）に書き込む指定です。別のファイル（${out}）に書き出すなら --in-place を外してください。`);
  }
  if (!same) {
    const st = await statOf(out);
    if (st?.isDirectory()) throw new OutputRefused(`${out}: 同じ名前のフォルダーがあります。書き出すファイルの名前を指定してください。`);
    if (st && !flags.force)
      throw new OutputRefused(
        `${out}: すでにあります。上書きしないため、何も書き込んでいません。別の名前を -o に指定するか、置き換えてよければ --force を付けてください。`,
      );
    await checkOutputFolder(out);
    return { out, inPlace: false, replaces: !!st };
  }
  // A link to the workbook: the workbook itself is written (renaming over the link would leave it as it was).
  const link = await fs.lstat(out).catch(() => null);
  return { out: link?.isSymbolicLink() ? await fs.realpath(out) : out, inPlace: true, replaces: true };
}

function stamp(d: Date): string {
  const p = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}${p(d.getMonth() + 1)}${p(d.getDate())}-${p(d.getHours())}${p(d.getMinutes())}${p(d.getSeconds())}`;
}

/** Copies `file` beside itself under a name no file has yet; returns that name. */
export async function backupBeside(file: string, now = new Date()): Promise<string> {
  const ext = path.extname(file);
  const base = path.join(path.dirname(file), `${path.basename(file, ext)}.bak-${stamp(now)}`);
  for (let n = 1; n <= 100; n++) {
    const name = `${base}${n === 1 ? '' : `-${n}`}${ext}`;
    try {
      await fs.copyFile(file, name, fsConstants.COPYFILE_EXCL);
      return name;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code === 'EEXIST') continue;
      const reason = writeError(name, e).message.replace(/^[^\n]*?: /, '');
      throw new InputError(file, `${file}: バックアップ（${name}）を作れなかったため、元のファイルには書き込んでいません。${reason}`);
    }
  }
  throw new InputError(
    file,
    `${file}: バックアップの名前（${base}…）が100個とも使われているため、元のファイルには書き込んでいません。古いバックアップを整理してください。`,
  );
}

/** Writes the bytes to the target; returns the backup's name when the input was replaced. */
export async function writeTarget(target: Target, bytes: Uint8Array): Promise<string | null> {
  if (!target.inPlace) {
    await writeBytesFile(bytes, target.out, { replace: target.replaces });
    return null;
  }
  const backup = await backupBeside(target.out);
  // A workbook with other names (hard links) is written into itself, so that every name sees the result.
  const links = (await statOf(target.out))?.nlink ?? 1;
  if (links > 1) {
    try {
      await rewriteFile(target.out, bytes);
    } catch (e) {
      await rewriteFile(target.out, new Uint8Array(await fs.readFile(backup))).catch(() => undefined);
      throw e;
    }
    return backup;
  }
  try {
    await writeBytesFile(bytes, target.out, { replace: true });
  } catch (e) {
    // The input is as it was: the copy is not needed.
    await fs.rm(backup, { force: true }).catch(() => undefined);
    throw e;
  }
  return backup;
}

/** The line that says where the result went and what was kept. */
export function writtenLine(target: Target, backup: string | null): string {
  if (backup) return `書き込み先：${target.out}（元のファイルに書き込みました。元の内容は ${backup} に残しています）`;
  return `書き込み先：${target.out}${target.replaces ? '（--force により既存のファイルを置き換えました）' : ''}`;
}
