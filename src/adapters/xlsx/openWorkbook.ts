/**
 * Loads an .xlsx from bytes (Node or browser), telling apart the files people mistake for one:
 * an old .xls, a CSV renamed to .xlsx, an empty or broken file.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../engine/port';
import { InputError } from './errors';
import { fastSnapshot } from './fastSnapshot';
import type { PartReader } from './zipReader';
import { workbookSnapshot } from './readSnapshot';

export interface LoadedWorkbook {
  workbook: ExcelJS.Workbook;
  snapshot: WorkbookSnapshot;
  /** The file as read: plans are written into a copy of it, so that nothing else changes. */
  bytes: Uint8Array;
  /** The file has charts or drawings, which exceljs drops when it writes the workbook back. */
  hasCharts: boolean;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Says what kind of file the bytes are, for a message when they are not an .xlsx. */
export function sniff(bytes: Uint8Array): 'zip' | 'xls' | 'empty' | 'text' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return 'xls';
  const head = bytes.subarray(0, Math.min(bytes.length, 512));
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95 ? 'text' : 'other';
}

/**
 * Refuses, with a message naming the file, bytes that are not an .xlsx: an old .xls, a CSV
 * renamed to .xlsx, an empty file, a Word or PowerPoint document. Says whether it has charts.
 */
export function checkWorkbookBytes(bytes: Uint8Array, fileName: string): { hasCharts: boolean } {
  const kind = sniff(bytes);
  if (kind === 'empty') throw new InputError(fileName, `${fileName}: ファイルが空です（0バイト）。保存し直したブックを指定してください。`);
  if (kind === 'xls') throw new InputError(fileName, `${fileName}: 古い形式（.xls）のブックか、パスワードで保護されたブックです。Excelで開き、パスワードを解除して「Excel ブック (*.xlsx)」形式で保存し直してください。`);
  if (kind === 'text') throw new InputError(fileName, `${fileName}: 中身がテキスト（CSVなど）で、Excelブック（.xlsx）ではありません。Excelで開いて .xlsx 形式で保存し直してください。`);
  if (kind !== 'zip') throw new InputError(fileName, `${fileName}: Excelブック（.xlsx）として読み取れません。ファイルが壊れていないか確認してください。`);
  // The zip's file names are stored uncompressed: look for the parts without unzipping twice.
  // latin1 maps every byte to one character, so ASCII part names are found as they are (Node and browser).
  const names = new TextDecoder('latin1').decode(bytes);
  const has = (part: string) => names.includes(part);
  if (!has('xl/workbook.xml')) {
    const what = has('word/document.xml') ? '（Wordの文書です）' : has('ppt/presentation.xml') ? '（PowerPointの資料です）' : '';
    throw new InputError(fileName, `${fileName}: Excelブックではありません${what}。`);
  }
  return { hasCharts: has('xl/charts/') || has('xl/drawings/') };
}

const broken = (fileName: string, e: unknown) => new InputError(fileName, `${fileName}: ファイルが壊れているため読み取れません（${(e as Error).message}）。Excelで開いて保存し直すと読める場合があります。`);

export async function loadWorkbook(bytes: Uint8Array, fileName: string): Promise<LoadedWorkbook> {
  const { hasCharts } = checkWorkbookBytes(bytes, fileName);
  // exceljs is loaded on first use: the review's threads mostly never need it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch (e) {
    throw broken(fileName, e);
  }
  return { workbook, snapshot: workbookSnapshot(workbook), bytes, hasCharts };
}

/**
 * Only the snapshot, for reading many workbooks (the review): read from the XML directly, or by
 * exceljs when the package has a part the direct reader does not read.
 */
export async function loadSnapshot(bytes: Uint8Array, fileName: string, openZip?: (bytes: Uint8Array) => Promise<PartReader>): Promise<WorkbookSnapshot> {
  checkWorkbookBytes(bytes, fileName);
  try {
    return await fastSnapshot(bytes, openZip);
  } catch {
    // A part it does not read (UnsupportedPart) or a damaged zip: exceljs reads it, or says why it cannot.
    return (await loadWorkbook(bytes, fileName)).snapshot;
  }
}
