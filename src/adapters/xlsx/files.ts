/** Node-only file access: read a workbook file, write one through a temporary file. */
import { promises as fs, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import type ExcelJS from 'exceljs';
import { InputError } from './errors';
import { loadWorkbook, type LoadedWorkbook } from './openWorkbook';

export async function readWorkbookFile(file: string): Promise<LoadedWorkbook> {
  return loadWorkbook(await readFileBytes(file), file);
}

/** The bytes of a file, with a message naming it when it cannot be read. */
export async function readFileBytes(file: string): Promise<Uint8Array> {
  let bytes: Buffer;
  try {
    const st = await fs.stat(file);
    if (st.isDirectory()) throw folder(file);
    bytes = await fs.readFile(file);
  } catch (e) {
    throw readError(file, e);
  }
  return workbookBytes(file, bytes);
}

/**
 * The same, read synchronously: for a review's worker thread, which reads one file after another
 * and has nothing else to do meanwhile (an asynchronous read is several round trips to the thread pool).
 */
export function readFileBytesSync(file: string): Uint8Array {
  let bytes: Buffer;
  try {
    if (statSync(file).isDirectory()) throw folder(file);
    bytes = readFileSync(file);
  } catch (e) {
    throw readError(file, e);
  }
  return workbookBytes(file, bytes);
}

const folder = (file: string) => new InputError(file, `${file}: フォルダーです。ブック（.xlsx）を指定してください。`);

function readError(file: string, e: unknown): InputError {
  if (e instanceof InputError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return new InputError(file, `${file}: ファイルが見つかりません。パスを確認してください。`);
  if (code === 'EACCES' || code === 'EPERM') return new InputError(file, `${file}: 読み取る権限がありません。`);
  if (code === 'EBUSY') return new InputError(file, `${file}: 他のプログラムが使用中です。Excelで開いている場合は閉じてください。`);
  return new InputError(file, `${file}: 読み取れません（${(e as Error).message}）。`);
}

function workbookBytes(file: string, bytes: Buffer): Uint8Array {
  if (/\.xls$/i.test(file) && !bytes.subarray(0, 4).equals(Buffer.from([0x50, 0x4b, 0x03, 0x04]))) {
    throw new InputError(file, `${file}: 古い形式（.xls）のブックです。Excelで開き「名前を付けて保存」で「Excel ブック (*.xlsx)」を選んで保存し直してください。`);
  }
  return new Uint8Array(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/**
 * Writes a file through a temporary file in the same folder, renamed at the end: a failure
 * leaves no half-written file, and an existing `out` stays as it was.
 */
export async function writeFileAtomic(out: string, write: (tmp: string) => Promise<void>): Promise<void> {
  const dir = path.dirname(path.resolve(out));
  const tmp = path.join(dir, `.${path.basename(out)}.tmp-${process.pid}-${Date.now()}`);
  try {
    await fs.mkdir(dir, { recursive: true });
    await write(tmp);
    await fs.rename(tmp, out);
  } catch (e) {
    await fs.rm(tmp, { force: true });
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EBUSY' || code === 'EPERM' || code === 'EACCES') throw new InputError(out, `${out}: 書き込めません。Excelで開いている場合は閉じてから実行してください。`);
    throw e;
  }
}

export async function writeWorkbookFile(wb: ExcelJS.Workbook, out: string): Promise<void> {
  await writeFileAtomic(out, (tmp) => wb.xlsx.writeFile(tmp));
}

export async function writeBytesFile(bytes: Uint8Array, out: string): Promise<void> {
  await writeFileAtomic(out, (tmp) => fs.writeFile(tmp, bytes));
}
