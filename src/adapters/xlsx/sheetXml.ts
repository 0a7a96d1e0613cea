/**
 * Worksheet XML, written directly: EvalSheet's own sheets rendered from a SheetSpec, and cell
 * patches to a department's sheet that leave every other byte of it as it was.
 */
import { a1, columnNumber, parseRange } from '../../engine/model/address';
import { formulaText, hyperlinkFormula, looksLikeFormula, MAX_FORMULA_CHARS, type PlanValue, type SheetSpec, type WritePlan } from '../../engine/model/plan';
import { isOn } from './fastSnapshot';
import { checkCellText } from './packageChecks';
import type { StyleBook } from './styleBook';
import { attrs, esc, UnsupportedPart } from './xml';

export const MAIN_NS = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL_NS = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';

/** Escaped for element content (quotes need no escaping there: formulas keep their look). */
const escText = (s: string) => esc(s).replace(/&quot;/g, '"');

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

export interface RenderedSheet {
  xml: PartText;
  table?: { name: string; ref: string; columns: string[] };
}

/** Rows per chunk of a rendered sheet's cells. */
const CHUNK_ROWS = 500;

/**
 * The worksheet part for a spec. `tableRelId` is the relationship id the caller gives the table
 * part; the table itself is returned so the caller can write it. The cells are rendered when the
 * part is written, a chunk of rows at a time; their styles are registered now, so that the
 * styles part written before them is complete.
 */
export function renderSheet(spec: SheetSpec, styles: StyleBook, scale: WritePlan['scale'], tableRelId: string): RenderedSheet {
  let maxCol = 1;
  let anyRow = false;
  const styleOf = (pc: NonNullable<SheetSpec['rows'][number][number]>) =>
    styles.xf(pc.style, looksLikeFormula(pc.value) ? '@' : pc.numberFormat, pc.unlocked, pc.wrap);
  for (const row of spec.rows) {
    row.forEach((pc, ci) => {
      if (!pc) return;
      const s = styleOf(pc); // registered now, before the styles part is written
      if (pc.value === null && !s) return;
      maxCol = Math.max(maxCol, ci + 1);
      anyRow = true;
    });
  }
  // Streamed rows: their styles now, the rows themselves only as the part is written.
  // (A text that Excel would read as a formula is written with the text format '@'.)
  for (const pc of spec.more?.styles ?? []) {
    styles.xf(pc.style, pc.numberFormat, pc.unlocked, pc.wrap);
    styles.xf(pc.style, '@', pc.unlocked, pc.wrap);
  }
  if (spec.more?.count) anyRow = true;
  const heights = spec.rowHeights;
  if (heights && Object.keys(heights).length) anyRow = true;
  const rowXml = (row: SheetSpec['rows'][number], ri: number, streamedHeight?: number | null): string => {
    let cells = '';
    row.forEach((pc, ci) => {
      if (!pc) return;
      const s = styleOf(pc);
      if (pc.value === null && !s) return;
      cells += cellXml(a1(ri + 1, ci + 1), pc.value, s, pc.link ? linkFormula(pc.link, pc.value) : undefined);
    });
    const ht = streamedHeight || heights?.[ri + 1];
    const rowAttrs = ht ? ` ht="${ht}" customHeight="1"` : '';
    return cells || ht ? `<row r="${ri + 1}"${rowAttrs}>${cells}</row>` : '';
  };
  const rows = spec.rows;
  const more = spec.more;
  const rowCount = rows.length + (more?.count ?? 0);
  function* sheetData(): Iterable<string> {
    yield '<sheetData>';
    let chunk = '';
    let n = 0;
    let ri = 0;
    const all = more ? [rows, more.rows()] : [rows];
    for (const [k, list] of all.entries()) {
      const height = k === 1 ? more?.rowHeight : undefined;
      for (const row of list) {
        chunk += rowXml(row, ri++, height?.(row));
        if (++n === CHUNK_ROWS) {
          yield chunk;
          chunk = '';
          n = 0;
        }
      }
    }
    if (more && ri !== rowCount) throw new Error(`${spec.name}: ${rowCount - rows.length} rows announced, ${ri - rows.length} made`);
    if (chunk) yield chunk;
    yield '</sheetData>';
  }
  const dim = `A1:${a1(Math.max(1, rowCount), maxCol)}`;
  const parts: string[] = [];
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (spec.print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${dim}"/>`);
  if (spec.freeze && (spec.freeze.rows || spec.freeze.columns)) {
    const { rows, columns } = spec.freeze;
    const pane = rows && columns ? 'bottomRight' : rows ? 'bottomLeft' : 'topRight';
    parts.push(
      `<sheetViews><sheetView workbookViewId="0"><pane${columns ? ` xSplit="${columns}"` : ''}${rows ? ` ySplit="${rows}"` : ''} topLeftCell="${a1(rows + 1, columns + 1)}" activePane="${pane}" state="frozen"/><selection pane="${pane}" activeCell="${a1(rows + 1, columns + 1)}" sqref="${a1(rows + 1, columns + 1)}"/></sheetView></sheetViews>`,
    );
  } else parts.push('<sheetViews><sheetView workbookViewId="0"/></sheetViews>');
  parts.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (spec.columnWidths?.length)
    parts.push(`<cols>${spec.columnWidths.map((w, i) => `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>`).join('')}</cols>`);
  const head = parts.join('');
  parts.length = 0;
  if (spec.protect) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (spec.merges?.length) parts.push(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  let priority = 1;
  if (spec.gradeColours?.length && scale.length) {
    const dxfs = styles.gradeDxfs(scale);
    for (const g of spec.gradeColours) {
      const rules = scale.flatMap((s, i) =>
        valueRule(s.grade)
          ? [`<cfRule type="cellIs" dxfId="${dxfs[i]}" priority="${priority++}" operator="equal"><formula>${escText(valueRule(s.grade)!)}</formula></cfRule>`]
          : [],
      );
      parts.push(`<conditionalFormatting sqref="${g.ref}">${rules.join('')}</conditionalFormatting>`);
    }
  }
  for (const v of spec.valueColours ?? []) {
    const rules = v.colours.flatMap((c) =>
      valueRule(c.value)
        ? [
            `<cfRule type="cellIs" dxfId="${styles.colourDxf(c.fill, c.font)}" priority="${priority++}" operator="equal"><formula>${escText(valueRule(c.value)!)}</formula></cfRule>`,
          ]
        : [],
    );
    parts.push(`<conditionalFormatting sqref="${v.ref}">${rules.join('')}</conditionalFormatting>`);
  }
  const dv = (spec.validations ?? []).flatMap((v) => {
    const list = listValidation(v.list);
    return list
      ? [
          `<dataValidation type="list" allowBlank="1" showErrorMessage="1" errorTitle="入力値" error="${esc(list.error)}" sqref="${v.ref}"><formula1>${escText(list.formula)}</formula1></dataValidation>`,
        ]
      : [];
  });
  if (dv.length) parts.push(`<dataValidations count="${dv.length}">${dv.join('')}</dataValidations>`);
  parts.push('<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>');
  if (spec.print)
    parts.push(
      `<pageSetup paperSize="9" orientation="${spec.print.landscape ? 'landscape' : 'portrait'}"${spec.print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : ''}/>`,
    );
  let table: RenderedSheet['table'];
  const range = spec.table ? parseRange(spec.table.ref) : null;
  if (spec.table && range) {
    const header = spec.rows[range.top - 1] ?? [];
    const columns = Array.from({ length: range.right - range.left + 1 }, (_, i) => String(header[range.left - 1 + i]?.value ?? `列${i + 1}`));
    table = { name: spec.table.name, ref: spec.table.ref, columns };
    parts.push(`<tableParts count="1"><tablePart r:id="${tableRelId}"/></tableParts>`);
  }
  parts.push('</worksheet>');
  const tail = parts.join('');
  if (!anyRow) return { xml: `${head}<sheetData/>${tail}`, table };
  if (rowCount <= CHUNK_ROWS) return { xml: `${head}${[...sheetData()].join('')}${tail}`, table };
  return {
    xml: {
      *chunks() {
        yield head;
        yield* sheetData();
        yield tail;
      },
    },
    table,
  };
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
