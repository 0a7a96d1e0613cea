/** Node-only file access: read a workbook file, write one through a temporary file. */
import { promises as fs } from 'node:fs';
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
    if (st.isDirectory()) throw new InputError(file, `${file}: フォルダーです。ブック（.xlsx）を指定してください。`);
    bytes = await fs.readFile(file);
  } catch (e) {
    if (e instanceof InputError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') throw new InputError(file, `${file}: ファイルが見つかりません。パスを確認してください。`);
    if (code === 'EACCES' || code === 'EPERM') throw new InputError(file, `${file}: 読み取る権限がありません。`);
    if (code === 'EBUSY') throw new InputError(file, `${file}: 他のプログラムが使用中です。Excelで開いている場合は閉じてください。`);
    throw new InputError(file, `${file}: 読み取れません（${(e as Error).message}）。`);
  }
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
