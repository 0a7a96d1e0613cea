/**
 * Loads an .xlsx from bytes (Node or browser), telling apart the files people mistake for one:
 * an old .xls, a password-protected workbook, a CSV renamed to .xlsx, an empty, cut or broken file.
 */
import type ExcelJS from 'exceljs';
import type { WorkbookSnapshot } from '../../engine/model/port';
import { compoundKind, isCompoundFile } from './compoundFile';
import type { ReadProblem } from '../../engine/model/readProblem';
import { unreadable, type InputError } from './errors';
import { fastSnapshot, packageFits } from './fastSnapshot';
import { DamagedPart, PackageTooLarge } from './limits';
import type { PartReader } from './zipReader';
import { workbookSnapshot } from './readSnapshot';
import { UnsupportedPart } from './xml';

export interface LoadedWorkbook {
  snapshot: WorkbookSnapshot;
  /** exceljs's model of the workbook, built on first use (only the fallback writer needs it). @throws InputError */
  exceljs(): Promise<ExcelJS.Workbook>;
  /** The file as read: plans are written into a copy of it, so that nothing else changes. */
  bytes: Uint8Array;
  /** The file has charts or drawings, which exceljs drops when it writes the workbook back. */
  hasCharts: boolean;
}

function startsWith(bytes: Uint8Array, sig: number[]): boolean {
  return sig.every((b, i) => bytes[i] === b);
}

/** Says what kind of file the bytes are, for a message when they are not an .xlsx ('xls': any OLE compound file). */
export function sniff(bytes: Uint8Array): 'zip' | 'xls' | 'empty' | 'text' | 'other' {
  if (bytes.length === 0) return 'empty';
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) return 'zip';
  if (isCompoundFile(bytes)) return 'xls';
  const head = bytes.subarray(0, Math.min(bytes.length, 512));
  let printable = 0;
  for (const b of head) if (b === 9 || b === 10 || b === 13 || b >= 32) printable++;
  return printable / head.length > 0.95 ? 'text' : 'other';
}

/** What an OLE compound file is, by what its directory holds. */
function compoundProblem(bytes: Uint8Array): ReadProblem {
  switch (compoundKind(bytes)) {
    case 'encrypted-ooxml':
      return { variant: 'encrypted' };
    case 'xls':
      return { variant: 'xls' };
    case 'doc':
      return { variant: 'not-a-workbook', kind: 'old-word' };
    case 'ppt':
      return { variant: 'not-a-workbook', kind: 'old-powerpoint' };
    default:
      return { variant: 'compound-unknown' };
  }
}

/** A zip ends with its end-of-central-directory record (22 bytes plus a comment of up to 65,535). */
function hasZipEnd(bytes: Uint8Array): boolean {
  for (let i = bytes.length - 22; i >= 0 && i >= bytes.length - 22 - 0xffff; i--) {
    if (bytes[i] === 0x50 && bytes[i + 1] === 0x4b && bytes[i + 2] === 0x05 && bytes[i + 3] === 0x06) return true;
  }
  return false;
}

/**
 * Refuses, with a message naming the file, bytes that are not an .xlsx: an old .xls, a
 * password-protected workbook, a CSV renamed to .xlsx, an empty file, a file cut short, a Word or
 * PowerPoint document. Says whether it has charts.
 */
export function checkWorkbookBytes(bytes: Uint8Array, fileName: string): { hasCharts: boolean } {
  const kind = sniff(bytes);
  if (kind === 'empty') throw unreadable(fileName, { variant: 'empty' });
  if (kind === 'xls') throw unreadable(fileName, compoundProblem(bytes));
  if (kind === 'text') throw unreadable(fileName, { variant: 'text' });
  if (kind !== 'zip') throw unreadable(fileName, { variant: 'not-xlsx' });
  if (!hasZipEnd(bytes)) throw broken(fileName);
  // The zip's file names are stored uncompressed: look for the parts without unzipping twice.
  // latin1 maps every byte to one character, so ASCII part names are found as they are (Node and browser).
  const names = new TextDecoder('latin1').decode(bytes);
  const has = (part: string) => names.includes(part);
  if (!has('xl/workbook.xml')) {
    throw unreadable(fileName, { variant: 'not-a-workbook', kind: has('word/document.xml') ? 'word' : has('ppt/presentation.xml') ? 'powerpoint' : null });
  }
  return { hasCharts: has('xl/charts/') || has('xl/drawings/') };
}

/** exceljs could not read the package: its own (English) message is not shown. */
const broken = (fileName: string) => unreadable(fileName, { variant: 'damaged' });

/** A reader's refusal (a damaged part, a package past the limits) as the message that names the file. */
export function readRefusal(e: unknown, fileName: string): InputError | null {
  if (e instanceof DamagedPart) return unreadable(fileName, { variant: 'damaged-part', part: e.part, damage: e.damage });
  if (e instanceof PackageTooLarge) return unreadable(fileName, { variant: 'too-large', what: e.what, part: e.part, size: e.size, limit: e.limit });
  return null;
}

/**
 * Reads an .xlsx from bytes (Node or browser): the snapshot from the package's XML by the direct
 * reader, the same one everywhere (check, rate, roll, import, review), so that a file gets one
 * verdict. A part the direct reader does not read (a 1904 date system, ISO date cells) is read by
 * exceljs, only after the whole package was inflated within the limits. Refusals name the file.
 * @throws InputError for anything that is not a readable .xlsx.
 */
export async function loadWorkbook(bytes: Uint8Array, fileName: string, openZip?: (bytes: Uint8Array) => Promise<PartReader>): Promise<LoadedWorkbook> {
  const { hasCharts } = checkWorkbookBytes(bytes, fileName);
  let model: Promise<ExcelJS.Workbook> | null = null;
  const exceljs = () => (model ??= exceljsModel(bytes, fileName, openZip));
  let snapshot: WorkbookSnapshot;
  try {
    snapshot = await fastSnapshot(bytes, openZip);
  } catch (e) {
    if (!(e instanceof UnsupportedPart)) throw readRefusal(e, fileName) ?? broken(fileName);
    snapshot = workbookSnapshot(await exceljs());
  }
  return { snapshot, bytes, hasCharts, exceljs };
}

/**
 * exceljs's model of the package, which it builds by inflating every part without a limit and
 * making an object of every cell of every merged area: given only a package whose parts were all
 * inflated within the limits, and whose merged areas are not past them.
 */
async function exceljsModel(bytes: Uint8Array, fileName: string, openZip?: (bytes: Uint8Array) => Promise<PartReader>): Promise<ExcelJS.Workbook> {
  try {
    await packageFits(bytes, openZip);
  } catch (e) {
    throw readRefusal(e, fileName) ?? broken(fileName);
  }
  // exceljs is loaded on first use: most files never need it.
  const { Workbook } = await import('exceljs');
  const workbook = new Workbook();
  try {
    await workbook.xlsx.load(bytes as unknown as ArrayBuffer);
  } catch {
    throw broken(fileName);
  }
  return workbook;
}

/**
 * Only the snapshot, for reading many workbooks (the review): the same reading as loadWorkbook.
 * @throws InputError naming the file.
 */
export async function loadSnapshot(bytes: Uint8Array, fileName: string, openZip?: (bytes: Uint8Array) => Promise<PartReader>): Promise<WorkbookSnapshot> {
  return (await loadWorkbook(bytes, fileName, openZip)).snapshot;
}
