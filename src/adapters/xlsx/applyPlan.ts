/** Applies an engine write plan to an exceljs workbook. */
import type ExcelJS from 'exceljs';
import { looksLikeFormula, withAllRows, type CellStyle, type PlanCell, type SheetSpec, type WritePlan } from '../../engine/model/plan';
import { a1, parseRange } from '../../engine/model/address';
import { checkCellText, WriteRefused } from './packageChecks';
import { isEvalSheetNote } from '../../engine/model/cellNotes';
import { linkFormula, listValidation, valueRule } from './sheetXml';

const THIN = { style: 'thin' as const, color: { argb: 'FFBFBFBF' } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };
const PLAIN = new Set<CellStyle>(['text', 'number', 'percent', 'grade']);
const LINK_FONT = { color: { argb: 'FF0563C1' }, underline: true };

/**
 * Body cells (text, number, percent, grade) get no style of their own: the Excel table's style
 * draws them and conditional formats colour the grades; thousands of per-cell style objects
 * would make writing the workbook markedly slower.
 */
function styleCell(cell: ExcelJS.Cell, style: CellStyle | undefined): void {
  switch (style) {
    case 'title':
      cell.font = { bold: true, size: 14 };
      break;
    case 'subtitle':
      cell.font = { bold: true, size: 12 };
      break;
    case 'header':
      cell.font = { bold: true };
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFD9E1F2' } };
      cell.alignment = { vertical: 'middle', horizontal: 'center', wrapText: true };
      cell.border = BORDER;
      break;
    case 'number':
    case 'percent':
    case 'grade':
    case 'text':
      break;
    case 'link':
      cell.font = LINK_FONT;
      break;
    case 'total':
      cell.font = { bold: true };
      cell.border = { ...BORDER, top: { style: 'medium' } };
      break;
    case 'input':
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.border = BORDER;
      cell.protection = { locked: false };
      break;
    case 'note':
      cell.font = { italic: true, color: { argb: 'FF595959' } };
      break;
    default:
      break;
  }
}

function writeCell(cell: ExcelJS.Cell, pc: PlanCell): void {
  if (pc.numberFormat) cell.numFmt = pc.numberFormat;
  if (looksLikeFormula(pc.value)) cell.numFmt = '@';
  const formula = pc.link ? linkFormula(pc.link, pc.value) : undefined;
  if (formula) cell.value = { formula, result: String(pc.value ?? '') };
  else cell.value = pc.value;
  styleCell(cell, pc.style);
  if (pc.unlocked) cell.protection = { locked: false };
  if (pc.wrap && pc.style !== 'header') cell.alignment = { ...cell.alignment, wrapText: true };
}

/** Adds (or replaces, keeping its place) a sheet built from a spec. */
export function writeSheet(wb: ExcelJS.Workbook, given: SheetSpec, scale: WritePlan['scale']): ExcelJS.Worksheet {
  const spec = withAllRows(given);
  spec.rows.forEach((row, ri) => row.forEach((pc, ci) => checkCellText(`${spec.name}!${a1(ri + 1, ci + 1)}`, pc?.value)));
  const ws = replaceSheet(wb, spec);
  spec.columnWidths?.forEach((w, i) => {
    ws.getColumn(i + 1).width = w;
  });
  writeCells(ws, spec, addTable(ws, spec));
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRow(Number(row)).height = height;
  for (const m of spec.merges ?? []) ws.mergeCells(m);
  if (spec.freeze) ws.views = [{ state: 'frozen', ySplit: spec.freeze.rows, xSplit: spec.freeze.columns }];
  addColours(ws, spec, scale);
  addValidations(ws, spec);
  if (spec.print) setPrint(ws, spec.print);
  if (spec.protect) void ws.protect('', { selectLockedCells: true, selectUnlockedCells: true, formatColumns: true, formatRows: true });
  return ws;
}

/** A new sheet of the spec's name, in the place of the sheet of that name if there was one. */
function replaceSheet(wb: ExcelJS.Workbook, spec: SheetSpec): ExcelJS.Worksheet {
  const old = wb.getWorksheet(spec.name);
  const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(spec.name, { state: spec.visibility ?? 'visible' });
  if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
  return ws;
}

/** The spec's table with its values; the table's range (null: none). */
function addTable(ws: ExcelJS.Worksheet, spec: SheetSpec): ReturnType<typeof parseRange> {
  const tableRange = spec.table ? parseRange(spec.table.ref) : null;
  if (!spec.table || !tableRange) return tableRange;
  const header = spec.rows[tableRange.top - 1] ?? [];
  const body = spec.rows.slice(tableRange.top, tableRange.bottom);
  ws.addTable({
    name: spec.table.name,
    ref: spec.table.ref.split(':')[0],
    headerRow: true,
    style: { theme: 'TableStyleLight9', showRowStripes: true },
    columns: header.slice(0, tableRange.right).map((h) => ({ name: String(h?.value ?? ''), filterButton: true })),
    rows: body.map((r) => Array.from({ length: tableRange.right }, (_, i) => (r[i]?.value ?? null) as ExcelJS.CellValue)),
  });
  return tableRange;
}

/** Every planned cell, but the plain ones of the table's body (addTable stored their values already). */
function writeCells(ws: ExcelJS.Worksheet, spec: SheetSpec, tableRange: ReturnType<typeof parseRange>): void {
  const inTableBody = (r: number, c: number) => !!tableRange && r > tableRange.top && r <= tableRange.bottom && c >= tableRange.left && c <= tableRange.right;
  spec.rows.forEach((row, ri) => {
    row.forEach((pc, ci) => {
      if (!pc) return;
      // addTable stored the table's values already; only formats, links and text-as-text remain.
      if (
        inTableBody(ri + 1, ci + 1) &&
        !pc.link &&
        !pc.numberFormat &&
        !pc.wrap &&
        !looksLikeFormula(pc.value) &&
        (pc.style === undefined || PLAIN.has(pc.style))
      )
        return;
      writeCell(ws.getCell(ri + 1, ci + 1), pc);
    });
  });
}

/** The grade colours and the value colours, as conditional formats. */
function addColours(ws: ExcelJS.Worksheet, spec: SheetSpec, scale: WritePlan['scale']): void {
  const rules = (colours: { value: string; fill: string; font: string }[]): ExcelJS.ConditionalFormattingRule[] =>
    colours
      .filter((c) => valueRule(c.value))
      .map((c, i) => ({
        type: 'cellIs',
        operator: 'equal',
        formulae: [valueRule(c.value)!],
        priority: i + 1,
        style: { fill: { type: 'pattern', pattern: 'solid', bgColor: { argb: `FF${c.fill}` } }, font: { color: { argb: `FF${c.font}` } } },
      }));
  for (const g of spec.gradeColours ?? [])
    ws.addConditionalFormatting({ ref: g.ref, rules: rules(scale.map((s) => ({ value: s.grade, fill: s.fill, font: s.font }))) });
  for (const v of spec.valueColours ?? []) ws.addConditionalFormatting({ ref: v.ref, rules: rules(v.colours) });
}

/** The drop-down lists, cell by cell (exceljs has no range validation). */
function addValidations(ws: ExcelJS.Worksheet, spec: SheetSpec): void {
  for (const v of spec.validations ?? []) {
    const r = parseRange(v.ref);
    const list = listValidation(v.list);
    if (!r || !list) continue;
    for (let row = r.top; row <= r.bottom; row++)
      for (let col = r.left; col <= r.right; col++)
        ws.getCell(row, col).dataValidation = {
          type: 'list',
          allowBlank: true,
          formulae: [list.formula],
          showErrorMessage: true,
          errorTitle: '入力値',
          error: list.error,
        };
  }
}

function setPrint(ws: ExcelJS.Worksheet, print: NonNullable<SheetSpec['print']>): void {
  ws.pageSetup = {
    ...ws.pageSetup,
    orientation: print.landscape ? 'landscape' : 'portrait',
    paperSize: 9,
    fitToPage: print.fitToWidth,
    fitToWidth: 1,
    fitToHeight: 0,
  };
  if (print.titleRows) ws.pageSetup.printTitlesRow = print.titleRows;
  if (print.areas?.length) ws.pageSetup.printArea = print.areas.join('&&');
}

/** EvalSheet's notes (exceljs writes them as legacy notes); a cell holding a person's note is left as it is. */
function applyNotes(wb: ExcelJS.Workbook, notes: NonNullable<WritePlan['notes']>): void {
  for (const n of notes) {
    const cell = wb.getWorksheet(n.sheet)?.getCell(n.cell);
    const had = cell?.note;
    const text = typeof had === 'string' ? had : (had?.texts ?? []).map((t) => t.text).join('');
    if (!cell || (had && !isEvalSheetNote(text))) continue;
    // exceljs 4.4 keeps a cell's note as `_comment` and has no way to remove one.
    if (n.text === null) (cell as unknown as { _comment?: unknown })._comment = undefined;
    else cell.note = n.text;
  }
}

export interface ApplyResult {
  cellsWritten: number;
  sheetsWritten: string[];
}

/** Applies the plan. Refuses (throws) to touch a locked cell of a protected sheet: the engine never plans that. */
export function applyPlan(wb: ExcelJS.Workbook, plan: WritePlan): ApplyResult {
  for (const w of plan.cells) {
    const ws = wb.getWorksheet(w.sheet);
    if (!ws) throw new Error(`sheet not found: ${w.sheet}`);
    if ((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet && ws.getCell(w.cell).protection?.locked !== false)
      throw new WriteRefused(
        `${w.sheet}!${w.cell}`,
        `シート「${w.sheet}」は保護されていて、セル ${w.cell} はロックされているため書き込めません（EvalSheet の誤りです。報告してください）`,
      );
    checkCellText(`${w.sheet}!${w.cell}`, w.value);
    const cell = ws.getCell(w.cell);
    if (w.numberFormat) cell.numFmt = w.numberFormat;
    if (looksLikeFormula(w.value)) cell.numFmt = '@';
    cell.value = w.value;
  }
  for (const s of plan.sheets) writeSheet(wb, s.spec, plan.scale);
  applyNotes(wb, plan.notes ?? []);
  return { cellsWritten: plan.cells.length, sheetsWritten: plan.sheets.map((s) => s.spec.name) };
}

/** A new workbook made of the given sheets (the demo, the template, the settings sheet). */
export function buildWorkbook(specs: SheetSpec[], scale: WritePlan['scale'] = []): ExcelJS.Workbook {
  // exceljs is loaded on first use (a third of a second): the command line's review and check never need it.
  const { Workbook } = require('exceljs') as typeof import('exceljs');
  const wb = new Workbook();
  wb.creator = 'EvalSheet';
  for (const s of specs) writeSheet(wb, s, scale);
  return wb;
}
