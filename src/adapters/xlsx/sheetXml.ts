/**
 * Worksheet XML, written directly: a cell, a table part, and cell patches to a department's sheet
 * that leave every other byte of it as it was (EvalSheet's own sheets are rendered in renderSheet.ts).
 */
import { a1, columnNumber } from '../../engine/model/address';
import { formulaText, hyperlinkFormula, MAX_FORMULA_CHARS, type PlanValue } from '../../engine/model/plan';
import { isOn } from './fastSnapshot';
import { checkCellText } from './packageChecks';
import { attrs, esc, UnsupportedPart } from './xml';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
export const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Escaped for element content (quotes need no escaping there: formulas keep their look). */
export const escText = (s: string) => esc(s).replace(/&quot;/g, '"');

function inlineString(text: string): string {
  // xml:space only where white space at either end must be kept.
  return /^\s|\s$/.test(text) ? `<is><t xml:space="preserve">${esc(text)}</t></is>` : `<is><t>${esc(text)}</t></is>`;
}

/** One `<c>` element; `s` is the cellXfs index (0 = none). @throws CellTooLong past Excel's 32,767 characters */
export function cellXml(ref: string, value: PlanValue, s: number, formula?: string): string {
  checkCellText(ref, value);
  const sAttr = s ? ` s="${s}"` : '';
  if (formula !== undefined) return `<c r="${ref}"${sAttr} t="str"><f>${esc(formula)}</f><v>${esc(String(value ?? ''))}</v></c>`;
  if (value === null || value === undefined || value === '') return `<c r="${ref}"${sAttr}/>`;
  if (typeof value === 'number') return Number.isFinite(value) ? `<c r="${ref}"${sAttr}><v>${value}</v></c>` : `<c r="${ref}"${sAttr} t="e"><v>#NUM!</v></c>`;
  return `<c r="${ref}"${sAttr} t="inlineStr">${inlineString(value)}</c>`;
}

/** A link cell's formula; none (the text alone) when it would be longer than Excel reads. */
export function linkFormula(link: { sheet: string; cell: string }, value: PlanValue): string | undefined {
  const f = hyperlinkFormula(link, String(value ?? ''));
  return f.length <= MAX_FORMULA_CHARS ? f : undefined;
}

/** A conditional format's formula for cells equal to a text; none when no formula Excel reads can hold it. */
export function valueRule(text: string): string | undefined {
  const f = formulaText(text);
  return f.length <= MAX_FORMULA_CHARS ? f : undefined;
}

/**
 * A drop-down list's source and error message as Excel reads them: the list literal at most 255
 * characters, no item with a comma (the separator) or a quote, the message at most 225 characters.
 * null when the list cannot be written so (the cells then get no drop-down; their values stay).
 */
export function listValidation(list: string[]): { formula: string; error: string } | null {
  const joined = list.join(',');
  if (!list.length || joined.length > 255 || list.some((x) => !x || /[,"]/.test(x))) return null;
  const error = `${list.join('・')} から選んでください。`;
  return { formula: `"${joined}"`, error: error.length <= 225 ? error : '一覧から選んでください。' };
}

/** A part's text, whole or (a large sheet) in chunks made on demand, so that it is never in memory whole. */
export type PartText = string | { chunks(): Iterable<string> };

export function wholeText(t: PartText): string {
  return typeof t === 'string' ? t : [...t.chunks()].join('');
}

export function tableXml(id: number, name: string, ref: string, columns: string[]): string {
  const cols = columns.map((c, i) => `<tableColumn id="${i + 1}" name="${esc(c)}"/>`).join('');
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<table xmlns="${MAIN_NS}" id="${id}" name="${esc(name)}" displayName="${esc(name)}" ref="${ref}" totalsRowShown="0">` +
    `<autoFilter ref="${ref}"/><tableColumns count="${columns.length}">${cols}</tableColumns>` +
    '<tableStyleInfo name="TableStyleLight9" showFirstColumn="0" showLastColumn="0" showRowStripes="1" showColumnStripes="0"/></table>'
  );
}

export interface CellPatch {
  row: number;
  col: number;
  value: PlanValue;
  /** The cell's new cellXfs index from its current one (0 for a new cell); absent: the style is kept. */
  restyle?: (s: number) => number;
}

/** A planned cell that the sheet's protection keeps locked: the patcher never writes it. */
export class LockedCell extends Error {
  constructor(readonly cell: string) {
    super(`locked cell ${cell}`);
  }
}

/**
 * Whether the sheet is protected: its <sheetProtection> (outside sheetData) has sheet on, written
 * by any writer's spelling ("1", "true", "on"), as the readers read it.
 */
export function isProtectedSheet(xml: string): boolean {
  const open = /<sheetData\b[^>]*?(\/?)>/.exec(xml);
  const end = open && !open[1] ? xml.indexOf('</sheetData>', open.index) : -1;
  const outside = open ? xml.slice(0, open.index) + (end >= 0 ? xml.slice(end) : xml.slice(open.index + open[0].length)) : xml;
  const m = /<sheetProtection\b([^<>]*?)\/?>/.exec(outside);
  return !!m && isOn(attrs(m[1]).sheet);
}

export interface PatchOptions {
  /**
   * Set for a protected sheet: whether a cellXfs index is unlocked. Every patched cell must then be
   * an existing cell whose style is unlocked (the readers list only those as writable); any other
   * throws LockedCell, and nothing is written.
   */
  isUnlocked?: (s: number) => boolean;
}

/**
 * Sets cells in a worksheet part, keeping each cell's style and every other byte. Throws
 * UnsupportedPart for shapes it will not edit safely (cells without addresses, a shared or array
 * formula's master cell); the caller then writes the workbook another way.
 * @returns the new XML, and whether a formula cell was replaced (the calc chain must then go).
 */
export function patchCells(xml: string, patches: CellPatch[], options: PatchOptions = {}): { xml: string; replacedFormula: boolean } {
  const open = /<sheetData\s*\/>|<sheetData\b[^>]*>/.exec(xml);
  if (!open) throw new UnsupportedPart('シートにセルの並び（sheetData）がありません');
  const selfClosing = open[0].endsWith('/>');
  const start = open.index + open[0].length;
  const end = selfClosing ? start : xml.indexOf('</sheetData>', start);
  if (end < 0) throw new UnsupportedPart('シートのセルの並び（sheetData）が閉じていません');
  const body = xml.slice(start, end);
  const byRow = new Map<number, CellPatch[]>();
  for (const p of patches) {
    const list = byRow.get(p.row) ?? [];
    const same = list.findIndex((q) => q.col === p.col);
    if (same >= 0) list[same] = p;
    else list.push(p);
    byRow.set(p.row, list);
  }
  const pending = [...byRow.keys()].sort((a, b) => a - b);
  let replacedFormula = false;
  const out: string[] = [];
  if (options.isUnlocked) {
    // A new row or cell of a protected sheet would be locked: refused before anything is built.
    const rowsWithCells = new Set([...body.matchAll(/<row\b[^>]*?\br="(\d+)"/g)].map((m) => Number(m[1])));
    const missing = pending.find((r) => !rowsWithCells.has(r));
    if (missing !== undefined) throw new LockedCell(a1(missing, byRow.get(missing)![0].col));
  }
  const newRow = (r: number) =>
    `<row r="${r}">${byRow
      .get(r)!
      .sort((a, b) => a.col - b.col)
      .map((p) => cellXml(a1(r, p.col), p.value, p.restyle ? p.restyle(0) : 0))
      .join('')}</row>`;
  let last = 0;
  for (const m of body.matchAll(/<row\b([^>]*?)(\/>|>([\s\S]*?)<\/row>)/g)) {
    const a = attrs(m[1]);
    const r = Number(a.r);
    if (!a.r || !Number.isInteger(r)) throw new UnsupportedPart('行に番号（r属性）がありません');
    while (pending.length && pending[0] < r) {
      const p = pending.shift()!;
      out.push(body.slice(last, m.index), newRow(p));
      last = m.index!;
    }
    if (pending[0] !== r) continue;
    pending.shift();
    const rowPatch = patchRow(r, m[3] ?? '', byRow.get(r)!, options.isUnlocked);
    replacedFormula ||= rowPatch.replacedFormula;
    out.push(body.slice(last, m.index), `<row${m[1].replace(/\s+spans="[^"]*"/, '')}>${rowPatch.xml}</row>`);
    last = m.index! + m[0].length;
  }
  out.push(body.slice(last));
  for (const p of pending) out.push(newRow(p));
  const newBody = out.join('');
  const head = selfClosing ? xml.slice(0, open.index) + '<sheetData>' : xml.slice(0, start);
  const tail = selfClosing ? '</sheetData>' + xml.slice(start) : xml.slice(end);
  return { xml: head + newBody + tail, replacedFormula };
}

function patchRow(r: number, content: string, patches: CellPatch[], isUnlocked?: (s: number) => boolean): { xml: string; replacedFormula: boolean } {
  const cells: { col: number; start: number; end: number; s: number; formula: boolean }[] = [];
  for (const m of content.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
    const a = attrs(m[1]);
    const ref = /^([A-Z]+)(\d+)$/.exec(a.r ?? '');
    if (!ref) throw new UnsupportedPart('セルに番地（r属性）がありません');
    const inner = m[2] ?? '';
    const f = /<f\b([^>]*)/.exec(inner);
    if (f) {
      const fa = attrs(f[1]);
      if (fa.t === 'array' || (fa.t === 'shared' && fa.ref))
        cells.push({ col: columnNumber(ref[1]), start: m.index!, end: m.index! + m[0].length, s: -1, formula: true });
      else cells.push({ col: columnNumber(ref[1]), start: m.index!, end: m.index! + m[0].length, s: Number(a.s ?? 0), formula: true });
    } else cells.push({ col: columnNumber(ref[1]), start: m.index!, end: m.index! + m[0].length, s: Number(a.s ?? 0), formula: false });
  }
  if (isUnlocked) {
    for (const p of patches) {
      const hit = cells.find((c) => c.col === p.col);
      if (hit?.s === -1) continue; // a formula's master cell: refused below, whatever its lock
      if (!hit || !isUnlocked(hit.s)) throw new LockedCell(a1(r, p.col));
    }
  }
  let xml = content;
  let replacedFormula = false;
  // From the right, so that earlier offsets stay valid.
  for (const p of [...patches].sort((a, b) => b.col - a.col)) {
    const hit = cells.find((c) => c.col === p.col);
    if (hit) {
      if (hit.s < 0) throw new UnsupportedPart(`セル ${a1(r, p.col)} が共有数式・配列数式の元のセルです`);
      replacedFormula ||= hit.formula;
      xml = xml.slice(0, hit.start) + cellXml(a1(r, p.col), p.value, p.restyle ? p.restyle(hit.s) : hit.s) + xml.slice(hit.end);
    } else {
      const next = cells.find((c) => c.col > p.col);
      const at = next ? next.start : cells.length ? cells[cells.length - 1].end : 0;
      xml = xml.slice(0, at) + cellXml(a1(r, p.col), p.value, p.restyle ? p.restyle(0) : 0) + xml.slice(at);
    }
  }
  return { xml, replacedFormula };
}
