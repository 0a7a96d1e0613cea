/** Node-only file access: read a workbook file, write one through a temporary file without replacing what is there. */
import { randomBytes } from 'node:crypto';
import { closeSync, constants as fsConstants, fstatSync, openSync, promises as fs, readFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { CFB_SIGNATURE } from './compoundFile';
import { InputError, unreadable } from './errors';
import { LIMITS } from './limits';
import { loadWorkbook, type LoadedWorkbook } from './openWorkbook';
import { openZipNative } from './zipReader';

export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  return loadWorkbook(await readFileBytes(file), file, openZipNative);
}

/**
 * The bytes of a file, with a message naming it when it cannot be read. Only a regular file is
 * read, and only up to LIMITS.fileBytes: a FIFO would block forever and /dev/zero never end. The
 * file is opened without blocking and checked on the opened handle (no race with a rename).
 * @throws InputError
 */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const handle = await fs.open(file, fsConstants.O_RDONLY | NONBLOCK);
    try {
      const st = await handle.stat();
      regularAndFits(file, st);
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw readError(file, e);
  }
  return workbookBytes(file, bytes);
}

/**
 * The same, read synchronously: for a review's worker thread, which reads one file after another
 * and has nothing else to do meanwhile (an asynchronous read is several round trips to the thread pool).
 * @throws InputError
 */
export function readFileBytesSync(file: string): Uint8Array {
  let bytes: Buffer;
  try {
    const fd = openSync(file, fsConstants.O_RDONLY | NONBLOCK);
    try {
      regularAndFits(file, fstatSync(fd));
      bytes = readFileSync(fd);
    } finally {
      closeSync(fd);
    }
  } catch (e) {
    throw readError(file, e);
  }
  return workbookBytes(file, bytes);
}

/** O_NONBLOCK where the platform has it: opening a FIFO then returns at once instead of waiting for a writer. */
const NONBLOCK = fsConstants.O_NONBLOCK ?? 0;

function regularAndFits(file: string, st: Stats): void {
  if (st.isDirectory()) throw unreadable(file, { variant: 'folder' });
  if (!st.isFile())
    throw unreadable(file, {
      variant: 'not-regular',
      kind: st.isFIFO() ? 'fifo' : st.isCharacterDevice() || st.isBlockDevice() ? 'device' : st.isSocket() ? 'socket' : 'other',
    });
  if (st.size > LIMITS.fileBytes) throw unreadable(file, { variant: 'file-too-large', size: st.size, limit: LIMITS.fileBytes });
}

function readError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return unreadable(file, { variant: 'not-found' });
  if (code === 'EACCES' || code === 'EPERM') return unreadable(file, { variant: 'no-permission' });
  if (code === 'EBUSY') return unreadable(file, { variant: 'busy' });
  return unreadable(file, { variant: 'io', code: code ?? null });
}

function workbookBytes(file: string, bytes: Buffer): Uint8Array {
  const head = bytes.subarray(0, 8);
  // A compound file (.xls or password-protected) is told apart by checkWorkbookBytes; here only an
  // .xls that is neither (an HTML or XML spreadsheet some systems export under that name).
  if (/\.xls$/i.test(file) && !head.subarray(0, 4).equals(ZIP) && !head.equals(CFB)) throw unreadable(file, { variant: 'xls-not-binary' });
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

const ZIP = Buffer.from([0x50, 0x4b, 0x03, 0x04]);
const CFB = Buffer.from(CFB_SIGNATURE);

export interface WriteOptions {
  /** Replace a file already at the output (default: refuse it, even one created while writing). */
  replace?: boolean;
  /** Create the output's folder when missing (default: refuse: a mistyped path would make folders). */
  createFolder?: boolean;
}

/**
 * Writes a file through a temporary file in the same folder (an unpredictable name, created
 * exclusively), put in place at the end: a failure leaves no half-written file and the output as it
 * was. Without `replace`, the output is created with a hard link (or an exclusive copy where links
 * are not supported), so that a file that appeared meanwhile is not replaced either. Failures are
 * InputErrors naming the output, not the temporary file.
 */
export async function writeFileAtomic(out: string, bytes: Uint8Array, opts: WriteOptions = {}): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  let tmp: string | null = null;
  try {
    if (opts.createFolder) await fs.mkdir(dir, { recursive: true });
    else await checkOutputFolder(out);
    const name = path.join(dir, `.${path.basename(out)}.tmp-${randomBytes(8).toString('hex')}`);
    const handle = await fs.open(name, 'wx');
    tmp = name;
    try {
      await handle.writeFile(bytes);
      // On disk before it takes the output's name: a power cut cannot leave a named but empty file.
      await handle.sync();
    } finally {
      await handle.close();
    }
    if (opts.replace) {
      // The replaced file's permissions stay (a file shared read-only with a group stays so).
      const before = await fs.stat(out).catch(() => null);
      if (before?.isFile()) await fs.chmod(tmp, before.mode & 0o7777).catch(() => undefined);
      await fs.rename(tmp, out);
    } else await placeNew(tmp, out);
  } catch (e) {
    if (tmp) await fs.rm(tmp, { force: true }).catch(() => undefined);
    throw writeError(out, e);
  }
}

/**
 * Writes the bytes into the file itself (the same inode), for a workbook with other hard links:
 * renaming a new file over it would leave the other names on the old content. Not atomic: the
 * caller keeps a backup and puts it back on failure (rewriteFile(out, backupBytes)).
 * @throws InputError naming the file
 */
export async function rewriteFile(out: string, bytes: Uint8Array): Promise<void> {
  try {
    const handle = await fs.open(out, 'r+');
    try {
      await handle.truncate(0);
      await handle.write(bytes, 0, bytes.length, 0);
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch (e) {
    throw writeError(out, e);
  }
}

/** Links (or copies exclusively) the temporary file to a new output, then removes it. */
async function placeNew(tmp: string, out: string): Promise<void> {
  try {
    await fs.link(tmp, out);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    // FAT/exFAT drives and some network shares have no hard links.
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP' && code !== 'ENOSYS' && code !== 'EXDEV') throw e;
    try {
      await fs.copyFile(tmp, out, fsConstants.COPYFILE_EXCL);
    } catch (copy) {
      const c = (copy as NodeJS.ErrnoException).code;
      // The copy created the output and failed while filling it: remove the half-written copy.
      if (c === 'ENOSPC' || c === 'EDQUOT' || c === 'EIO') await fs.rm(out, { force: true }).catch(() => undefined);
      throw copy;
    }
  }
  await fs.rm(tmp, { force: true }).catch(() => undefined);
}

/** The output's folder must exist: none is created silently. */
export async function checkOutputFolder(out: string): Promise<void> {
  const shown = path.dirname(out);
  let st;
  try {
    st = await fs.stat(path.dirname(path.resolve(out)));
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT')
      throw new InputError(
        out,
        `${out}: 書き込み先のフォルダー「${shown}」がありません。何も書き込んでいません。フォルダーを作ってから実行するか、ある場所を指定してください（フォルダーは自動では作りません）。`,
      );
    throw writeError(out, e);
  }
  if (!st.isDirectory())
    throw new InputError(out, `${out}: 「${shown}」はフォルダーではなくファイルです。何も書き込んでいません。書き込み先のパスを確認してください。`);
}

/** A write failure as a message naming the output and saying what to do. */
export function writeError(out: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const not = `${out}: 書き込めませんでした`;
  const dir = path.dirname(out);
  switch (code) {
    case 'EEXIST':
      return new InputError(
        out,
        `${out}: 書き込みの途中で同じ名前のファイルが作られたため、置き換えずに止めました。何も書き込んでいません。別の名前を指定してください。`,
      );
    case 'EISDIR':
      return new InputError(out, `${not}。同じ名前のフォルダーがあります。ファイル名を指定してください。`);
    case 'ENOTDIR':
    case 'ENOENT':
      return new InputError(out, `${not}。書き込み先のフォルダー「${dir}」が見つからないか、パスの途中がフォルダーではありません。パスを確認してください。`);
    case 'EROFS':
      return new InputError(out, `${not}。「${dir}」は読み取り専用の場所です。書き込める場所（ドキュメントなど）を指定してください。`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new InputError(
        out,
        `${not}。ディスクの空き容量が足りません（書きかけのファイルは残していません）。不要なファイルを削除して空きを作るか、別のドライブを指定してください。`,
      );
    case 'EACCES':
    case 'EPERM':
      return new InputError(
        out,
        `${not}。書き込む権限がありません。フォルダー「${dir}」に書き込めるか、ファイルが読み取り専用でないか確認してください。Excelで開いている場合は閉じてから実行してください。`,
      );
    case 'EBUSY':
      return new InputError(out, `${not}。他のプログラムが使用中です。Excelで開いている場合は閉じてから実行してください。`);
    case 'ENAMETOOLONG':
      return new InputError(out, `${not}。ファイル名またはパスが長すぎます。短い名前か浅いフォルダーを指定してください。`);
    default:
      return new InputError(out, `${not}（${code ?? '原因不明のエラー'}）。書き込み先と空き容量を確認してください。`);
  }
}

/** For tests, samples and benchmarks: replaces an existing file and creates the folder. Not for a user's output. */
export async function writeWorkbookFile(wb: ExcelJS.Workbook, out: string): Promise<void> {
  const buffer = await wb.xlsx.writeBuffer();
  await writeFileAtomic(out, new Uint8Array(buffer as ArrayBuffer), { replace: true, createFolder: true });
}

/** A user's output: by default a new file in an existing folder (see WriteOptions). */
export async function writeBytesFile(bytes: Uint8Array, out: string, opts: WriteOptions = {}): Promise<void> {
  await writeFileAtomic(out, bytes, opts);
}
