/**
 * The undo record: what the last run changed, kept in the workbook itself (a very hidden sheet),
 * so that Undo still works after the task pane or Excel was closed. Anyone who has the file can
 * edit that sheet, so the record is signed (undoSignature.ts) and read back strictly: a record of
 * any other shape is refused, never half-used.
 */
import { REVIEW_SHEETS, SETTINGS_SHEET, SUMMARY_SHEET, TEMPLATE_SHEETS, type CellValue } from '../../engine';

export const UNDO_SHEET = '_EvalSheet取消記録';
/** A cell holds at most 32,767 characters; the record is split over column A. */
export const CHUNK = 30_000;

/** The only sheets EvalSheet adds or replaces: Undo deletes or puts back no other sheet. */
export const OWN_SHEETS: ReadonlySet<string> = new Set([SUMMARY_SHEET, SETTINGS_SHEET, ...Object.values(REVIEW_SHEETS), ...Object.values(TEMPLATE_SHEETS)]);

export interface UndoCell {
  sheet: string;
  cell: string;
  /** What the cell held before the run. */
  value: CellValue;
  /** The formula the run replaced (restored only into a cell that still holds what the run wrote). */
  formula: string | null;
  numberFormat: string | null;
  /** What the run wrote; a cell changed since is left alone. */
  written: CellValue;
  validationAdded: boolean;
}

export interface ReplacedSheet {
  name: string;
  top: number;
  left: number;
  formulas: (string | number | boolean)[][];
}

/** The record as the run makes it, before it is signed. */
export interface UnsignedUndoRecord {
  at: string;
  action: string;
  cells: UndoCell[];
  /** Sheets the run added (deleted by Undo). */
  addedSheets: string[];
  /** Sheets the run replaced: their previous cells (values or formulas), restored by Undo. */
  replacedSheets: ReplacedSheet[];
}

export interface UndoRecord extends UnsignedUndoRecord {
  version: 2;
  /** The workbook's random id (also in the add-in's settings of the workbook): a record copied into another workbook does not match. */
  workbookId: string;
  /** HMAC-SHA-256 of the canonical JSON of everything else, hex. */
  sig: string;
}

/** Why Undo refuses a record: nothing is written or deleted then. */
export type UndoRefusal = 'malformed' | 'unsigned' | 'other-workbook' | 'no-key' | 'bad-signature' | 'foreign-sheet';

export const REFUSAL_REASON_JA: Record<UndoRefusal, string> = {
  malformed: '記録の形が EvalSheet の書くものと違います',
  unsigned: '記録に署名がありません（手で書き換えられたか、古い版の EvalSheet の記録です）',
  'other-workbook': '記録が別のブックのものです（記録のシートがほかのブックから写された可能性があります）',
  'no-key': 'このパソコンの EvalSheet が書いた記録ではありません（ほかのパソコンで記入したブックか、ブラウザーの保存データが消去されています）',
  'bad-signature': '記録の署名が一致しません（記録が書き換えられています）',
  'foreign-sheet': '記録が EvalSheet の作るシート以外のシートの削除や置き換えを求めています',
};

/** The Japanese message for a refused record. */
export function refusalMessage(reason: UndoRefusal): string {
  return `「元に戻す」の記録を信頼できないため、元に戻しません：${REFUSAL_REASON_JA[reason]}。ブックは何も変更していません（セルへの書き込みもシートの削除もしていません）。`;
}

export function recordToCells(record: UndoRecord): string[][] {
  const json = JSON.stringify(record);
  const out: string[][] = [];
  for (let i = 0; i < json.length; i += CHUNK) out.push([json.slice(i, i + CHUNK)]);
  return out.length ? out : [['']];
}

/** The record in the sheet's cells: null when there is none, else the record or why it cannot be used. */
export function recordFromCells(values: unknown[][]): { record: UndoRecord } | { refusal: UndoRefusal } | null {
  const json = values.map((r) => String(r?.[0] ?? '')).join('');
  if (!json.trim()) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(json);
  } catch {
    return { refusal: 'malformed' };
  }
  const o = parsed as Record<string, unknown> | null;
  if (o && typeof o === 'object' && (o.version === 1 || (o.version === 2 && o.sig === undefined))) return { refusal: 'unsigned' };
  if (!isRecord(parsed)) return { refusal: 'malformed' };
  // EvalSheet adds and replaces only its own sheets; a record naming any other is not one it wrote.
  if ([...parsed.addedSheets, ...parsed.replacedSheets.map((s) => s.name)].some((n) => !OWN_SHEETS.has(n))) return { refusal: 'foreign-sheet' };
  return { record: parsed };
}

const isObj = (x: unknown): x is Record<string, unknown> => !!x && typeof x === 'object' && !Array.isArray(x);
const isCellValue = (x: unknown) => x === null || typeof x === 'string' || typeof x === 'boolean' || (typeof x === 'number' && Number.isFinite(x));
const isText = (x: unknown, max = 32_767) => typeof x === 'string' && x.length <= max;
const isName = (x: unknown) => isText(x, 31) && (x as string).length > 0 && x !== UNDO_SHEET;
const CELL = /^[A-Z]{1,3}[1-9][0-9]{0,6}$/;
const exactKeys = (o: Record<string, unknown>, keys: string[]) => Object.keys(o).length === keys.length && keys.every((k) => k in o);

function isCell(x: unknown): x is UndoCell {
  if (!isObj(x) || !exactKeys(x, ['sheet', 'cell', 'value', 'formula', 'numberFormat', 'written', 'validationAdded'])) return false;
  return (
    isName(x.sheet) &&
    typeof x.cell === 'string' &&
    CELL.test(x.cell) &&
    isCellValue(x.value) &&
    isCellValue(x.written) &&
    typeof x.validationAdded === 'boolean' &&
    (x.formula === null || (isText(x.formula, 8192) && (x.formula as string).startsWith('='))) &&
    (x.numberFormat === null || isText(x.numberFormat, 255))
  );
}

function isReplaced(x: unknown): x is ReplacedSheet {
  if (!isObj(x) || !exactKeys(x, ['name', 'top', 'left', 'formulas'])) return false;
  const int = (n: unknown) => Number.isInteger(n) && (n as number) >= 1 && (n as number) <= 1_048_576;
  return (
    isName(x.name) &&
    int(x.top) &&
    int(x.left) &&
    Array.isArray(x.formulas) &&
    x.formulas.every((r) => Array.isArray(r) && r.every((v) => v !== null && isCellValue(v)))
  );
}

/** The exact shape EvalSheet writes, nothing more. */
export function isRecord(x: unknown): x is UndoRecord {
  if (!isObj(x) || !exactKeys(x, ['version', 'workbookId', 'sig', 'at', 'action', 'cells', 'addedSheets', 'replacedSheets'])) return false;
  return (
    x.version === 2 &&
    typeof x.workbookId === 'string' &&
    /^[0-9a-f]{32}$/.test(x.workbookId) &&
    typeof x.sig === 'string' &&
    /^[0-9a-f]{64}$/.test(x.sig) &&
    isText(x.at, 40) &&
    isText(x.action, 200) &&
    Array.isArray(x.cells) &&
    x.cells.every(isCell) &&
    Array.isArray(x.addedSheets) &&
    x.addedSheets.every(isName) &&
    Array.isArray(x.replacedSheets) &&
    x.replacedSheets.every(isReplaced)
  );
}

/** JSON with object keys sorted at every level: the same record always gives the same bytes to sign. */
export function canonicalJson(v: unknown): string {
  if (Array.isArray(v)) return `[${v.map((x) => canonicalJson(x === undefined ? null : x)).join(',')}]`;
  if (isObj(v)) {
    const keys = Object.keys(v)
      .filter((k) => v[k] !== undefined)
      .sort();
    return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(v[k])}`).join(',')}}`;
  }
  return JSON.stringify(v) ?? 'null';
}

/** What is signed: the record without its signature. */
export function signedText(record: Omit<UndoRecord, 'sig'> & { sig?: string }): string {
  const { sig: _sig, ...rest } = record;
  return `EvalSheet undo record\n${canonicalJson(rest)}`;
}
