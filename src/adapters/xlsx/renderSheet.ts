/**
 * EvalSheet's own sheets as worksheet XML, rendered from a SheetSpec: the head (dimension, panes,
 * column widths), the cells (a chunk of rows at a time for a large sheet), and the tail
 * (protection, merges, conditional formats, drop-down lists, page set-up, the table).
 */
import { a1, parseRange } from '../../engine/model/address';
import { looksLikeFormula, type SheetSpec, type WritePlan } from '../../engine/model/plan';
import { cellXml, escText, linkFormula, listValidation, MAIN_NS, REL_NS, valueRule, type PartText } from './sheetXml';
import type { StyleBook } from './styleBook';
import { esc } from './xml';

export interface RenderedSheet {
  xml: PartText;
  table?: { name: string; ref: string; columns: string[] };
}

/** Rows per chunk of a rendered sheet's cells. */
const CHUNK_ROWS = 500;

type PlannedCell = NonNullable<SheetSpec['rows'][number][number]>;

/**
 * The worksheet part for a spec. `tableRelId` is the relationship id the caller gives the table
 * part; the table itself is returned so the caller can write it. The cells are rendered when the
 * part is written, a chunk of rows at a time; their styles are registered now, so that the
 * styles part written before them is complete.
 */
export function renderSheet(spec: SheetSpec, styles: StyleBook, scale: WritePlan['scale'], tableRelId: string): RenderedSheet {
  const styleOf = (pc: PlannedCell) => styles.xf(pc.style, looksLikeFormula(pc.value) ? '@' : pc.numberFormat, pc.unlocked, pc.wrap);
  const { maxCol, anyRow } = registerStyles(spec, styles, styleOf);
  const rowCount = spec.rows.length + (spec.more?.count ?? 0);
  const head = sheetHead(spec, `A1:${a1(Math.max(1, rowCount), maxCol)}`);
  const { xml: tail, table } = sheetTail(spec, styles, scale, tableRelId);
  if (!anyRow) return { xml: `${head}<sheetData/>${tail}`, table };
  const cells = () => sheetData(spec, rowCount, styleOf);
  if (rowCount <= CHUNK_ROWS) return { xml: `${head}${[...cells()].join('')}${tail}`, table };
  return {
    xml: {
      *chunks() {
        yield head;
        yield* cells();
        yield tail;
      },
    },
    table,
  };
}

/**
 * Registers every cell's style (before the styles part is written) and measures the sheet: its
 * last column, and whether it has any row to write.
 */
function registerStyles(spec: SheetSpec, styles: StyleBook, styleOf: (pc: PlannedCell) => number): { maxCol: number; anyRow: boolean } {
  let maxCol = 1;
  let anyRow = false;
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
  if (spec.rowHeights && Object.keys(spec.rowHeights).length) anyRow = true;
  return { maxCol, anyRow };
}

/** One `<row>`; '' for a row with no cell to write and no height. */
function rowXml(row: SheetSpec['rows'][number], ri: number, styleOf: (pc: PlannedCell) => number, height: number | null | undefined): string {
  let cells = '';
  row.forEach((pc, ci) => {
    if (!pc) return;
    const s = styleOf(pc);
    if (pc.value === null && !s) return;
    cells += cellXml(a1(ri + 1, ci + 1), pc.value, s, pc.link ? linkFormula(pc.link, pc.value) : undefined);
  });
  const rowAttrs = height ? ` ht="${height}" customHeight="1"` : '';
  return cells || height ? `<row r="${ri + 1}"${rowAttrs}>${cells}</row>` : '';
}

/** The `<sheetData>` element in chunks of CHUNK_ROWS rows: the spec's rows, then the streamed ones. */
function* sheetData(spec: SheetSpec, rowCount: number, styleOf: (pc: PlannedCell) => number): Iterable<string> {
  const { rows, more, rowHeights } = spec;
  yield '<sheetData>';
  let chunk = '';
  let n = 0;
  let ri = 0;
  const all = more ? [rows, more.rows()] : [rows];
  for (const [k, list] of all.entries()) {
    const height = k === 1 ? more?.rowHeight : undefined;
    for (const row of list) {
      chunk += rowXml(row, ri, styleOf, height?.(row) || rowHeights?.[ri + 1]);
      ri++;
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

/** Everything before `<sheetData>`. */
function sheetHead(spec: SheetSpec, dimension: string): string {
  const parts: string[] = [];
  parts.push(`<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}" xmlns:r="${REL_NS}">`);
  if (spec.print?.fitToWidth) parts.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  parts.push(`<dimension ref="${dimension}"/>`);
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
  return parts.join('');
}

/** Everything after `</sheetData>`, and the table the caller writes as its own part. */
function sheetTail(spec: SheetSpec, styles: StyleBook, scale: WritePlan['scale'], tableRelId: string): { xml: string; table?: RenderedSheet['table'] } {
  const parts: string[] = [];
  if (spec.protect) parts.push('<sheetProtection sheet="1" objects="1" scenarios="1" formatColumns="0" formatRows="0"/>');
  if (spec.merges?.length) parts.push(`<mergeCells count="${spec.merges.length}">${spec.merges.map((m) => `<mergeCell ref="${m}"/>`).join('')}</mergeCells>`);
  parts.push(...conditionalFormats(spec, styles, scale));
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
  return { xml: parts.join(''), table };
}

/** The grade colours, then the value colours, as `<conditionalFormatting>` elements with priorities in that order. */
function conditionalFormats(spec: SheetSpec, styles: StyleBook, scale: WritePlan['scale']): string[] {
  const parts: string[] = [];
  let priority = 1;
  // The format (dxf) is registered only for a rule that is written.
  const rule = (dxfId: () => number, text: string) => {
    const f = valueRule(text);
    return f ? [`<cfRule type="cellIs" dxfId="${dxfId()}" priority="${priority++}" operator="equal"><formula>${escText(f)}</formula></cfRule>`] : [];
  };
  if (spec.gradeColours?.length && scale.length) {
    const dxfs = styles.gradeDxfs(scale);
    for (const g of spec.gradeColours)
      parts.push(`<conditionalFormatting sqref="${g.ref}">${scale.flatMap((s, i) => rule(() => dxfs[i], s.grade)).join('')}</conditionalFormatting>`);
  }
  for (const v of spec.valueColours ?? [])
    parts.push(
      `<conditionalFormatting sqref="${v.ref}">${v.colours.flatMap((c) => rule(() => styles.colourDxf(c.fill, c.font), c.value)).join('')}</conditionalFormatting>`,
    );
  return parts;
}
