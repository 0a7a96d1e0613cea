/**
 * One EvalSheet sheet queued on a new worksheet of Excel: values and number formats, links, style
 * runs, widths, merges, the table, conditional colours, drop-down lists, charts, page layout,
 * visibility and protection (all within ExcelApi 1.13, the manifest's minimum).
 */
import { hyperlinkFormula, looksLikeFormula, type PlanCell, type SheetSpec, type WritePlan } from '../../engine/model/plan';

const STYLE_RUNS: Record<string, (f: Excel.RangeFormat) => void> = {
  title: (f) => {
    f.font.bold = true;
    f.font.size = 14;
  },
  subtitle: (f) => {
    f.font.bold = true;
    f.font.size = 12;
  },
  header: (f) => {
    f.font.bold = true;
    f.fill.color = '#D9E1F2';
    f.wrapText = true;
    f.horizontalAlignment = 'Center';
    f.verticalAlignment = 'Center';
  },
  link: (f) => {
    f.font.color = '#0563C1';
    f.font.underline = 'Single';
  },
  total: (f) => {
    f.font.bold = true;
  },
  input: (f) => {
    f.fill.color = '#FFF2CC';
  },
  note: (f) => {
    f.font.italic = true;
    f.font.color = '#595959';
  },
};

/**
 * A text Excel would turn into something else when written as a value: a formula (= + - @), a number
 * ("1", "1,200", "50%") or a date ("1-1", "2024/5"). Written into a "@" (text) cell instead.
 */
export function mustStayText(v: PlanCell['value']): boolean {
  return typeof v === 'string' && (looksLikeFormula(v) || /^\s*[+-]?[\d,]*\.?\d+\s*%?\s*$/.test(v) || /^\s*\d{1,4}[-/]\d{1,2}([-/]\d{1,4})?\s*$/.test(v));
}

const isUnlocked = (pc: PlanCell | null | undefined) => !!pc && (pc.style === 'input' || !!pc.unlocked);

function cellText(pc: PlanCell | null): string | number {
  if (!pc || pc.value === null) return '';
  return pc.value;
}

/** The columns a spec's values are written over. */
export function sheetWidth(spec: SheetSpec): number {
  return Math.max(1, ...spec.rows.map((r) => r.length), spec.columnWidths?.length ?? 0);
}

/** Queues the values (and their number formats) of rows [from, to) of a spec. */
export function queueValues(ws: Excel.Worksheet, spec: SheetSpec, from: number, to: number, width: number): void {
  const range = ws.getRangeByIndexes(from, 0, to - from, width);
  const grid = <T>(f: (pc: PlanCell | null) => T): T[][] =>
    Array.from({ length: to - from }, (_, r) => Array.from({ length: width }, (_, c) => f(spec.rows[from + r]?.[c] ?? null)));
  // Number formats first: a text starting with = + - @ stays text in a "@" cell.
  range.numberFormat = grid((pc) => (pc && mustStayText(pc.value) ? '@' : (pc?.numberFormat ?? 'General')));
  range.values = grid((pc) => (pc?.link ? '' : cellText(pc)));
}

/**
 * Queues a whole EvalSheet sheet (values, formats, table, colours, charts) on a new worksheet.
 * `values: false` when the caller wrote the values already (in blocks, for a large sheet).
 */
export function queueSheet(ws: Excel.Worksheet, spec: SheetSpec, scale: WritePlan['scale'], opts: { values: boolean } = { values: true }): void {
  const width = sheetWidth(spec);
  if (opts.values) queueValues(ws, spec, 0, Math.max(1, spec.rows.length), width);
  spec.rows.forEach((row, r) =>
    row.forEach((pc, c) => {
      if (pc?.link) ws.getRangeByIndexes(r, c, 1, 1).formulas = [[`=${hyperlinkFormula(pc.link, String(pc.value ?? ''))}`]];
    }),
  );
  queueFormats(ws, spec);
  for (const [row, height] of Object.entries(spec.rowHeights ?? {})) ws.getRangeByIndexes(Number(row) - 1, 0, 1, 1).format.rowHeight = height;
  for (const m of spec.merges ?? []) ws.getRange(m).merge();
  if (spec.freeze?.rows) ws.freezePanes.freezeRows(spec.freeze.rows);
  if (spec.table) {
    const t = ws.tables.add(spec.table.ref, true);
    t.name = spec.table.name;
    t.style = 'TableStyleLight9';
  }
  queueColours(ws, spec, scale);
  for (const v of spec.validations ?? []) ws.getRange(v.ref).dataValidation.rule = { list: { inCellDropDown: true, source: v.list.join(',') } };
  for (const ch of spec.charts ?? []) queueChart(ws, ch);
  if (spec.print) queuePrint(ws, spec.print);
  if (spec.visibility === 'veryHidden') ws.visibility = 'VeryHidden';
  else if (spec.visibility === 'hidden') ws.visibility = 'Hidden';
  if (spec.protect) queueProtection(ws, spec);
}

/** In runs of equal format along each row, so that the whole sheet takes few commands: the styles, the column widths, the wrapped texts. */
function queueFormats(ws: Excel.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const style = row[c]?.style;
      let end = c + 1;
      while (end < row.length && row[end]?.style === style) end++;
      if (style && STYLE_RUNS[style]) STYLE_RUNS[style](ws.getRangeByIndexes(r, c, 1, end - c).format);
      c = end;
    }
  });
  spec.columnWidths?.forEach((w, i) => {
    ws.getRangeByIndexes(0, i, 1, 1).format.columnWidth = Math.round(w * 6.5);
  });
  // Wrapped texts (headers wrap already), in runs along each row, and the rows they need tall enough.
  spec.rows.forEach((row, r) => {
    const wraps = (c: number) => !!row[c]?.wrap && row[c]?.style !== 'header';
    for (let c = 0; c < row.length; c++) {
      if (!wraps(c)) continue;
      let end = c + 1;
      while (end < row.length && wraps(end)) end++;
      ws.getRangeByIndexes(r, c, 1, end - c).format.wrapText = true;
      c = end;
    }
  });
}

/** The grade colours, then the value colours, as conditional formats. */
function queueColours(ws: Excel.Worksheet, spec: SheetSpec, scale: WritePlan['scale']): void {
  const add = (ref: string, fill: string, font: string, value: string) => {
    const cf = ws.getRange(ref).conditionalFormats.add('CellValue');
    cf.cellValue.format.fill.color = `#${fill}`;
    cf.cellValue.format.font.color = `#${font}`;
    cf.cellValue.rule = { formula1: `="${value}"`, operator: 'EqualTo' };
  };
  for (const g of spec.gradeColours ?? []) for (const s of scale) add(g.ref, s.fill, s.font, s.grade);
  for (const v of spec.valueColours ?? []) for (const c of v.colours) add(v.ref, c.fill, c.font, c.value.replace(/"/g, '""'));
}

function queueChart(ws: Excel.Worksheet, ch: NonNullable<SheetSpec['charts']>[number]): void {
  const first = ch.series[0];
  const chart = ws.charts.add(first.type === 'line' ? 'Line' : 'ColumnClustered', ws.getRange(first.ref), 'Columns');
  chart.title.text = ch.title;
  const s0 = chart.series.getItemAt(0);
  s0.name = first.name;
  s0.setXAxisValues(ws.getRange(ch.categories));
  for (const s of ch.series.slice(1)) {
    const added = chart.series.add(s.name);
    added.setValues(ws.getRange(s.ref));
    added.setXAxisValues(ws.getRange(ch.categories));
    added.chartType = s.type === 'line' ? 'Line' : 'ColumnClustered';
  }
  chart.setPosition(ch.from, ch.to);
}

function queuePrint(ws: Excel.Worksheet, print: NonNullable<SheetSpec['print']>): void {
  ws.pageLayout.orientation = print.landscape ? 'Landscape' : 'Portrait';
  ws.pageLayout.paperSize = 'A4';
  if (print.fitToWidth) ws.pageLayout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
  if (print.titleRows) ws.pageLayout.setPrintTitleRows(`$${print.titleRows.replace(':', ':$')}`);
  if (print.areas?.length) ws.pageLayout.setPrintArea(print.areas.join(','));
}

/** Input cells stay editable on the protected sheet, in runs along each row; then the sheet is protected. */
function queueProtection(ws: Excel.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, r) => {
    let c = 0;
    while (c < row.length) {
      const open = isUnlocked(row[c]);
      let end = c + 1;
      while (end < row.length && isUnlocked(row[end]) === open) end++;
      if (open) ws.getRangeByIndexes(r, c, 1, end - c).format.protection.locked = false;
      c = end;
    }
  });
  ws.protection.protect({ allowFormatColumns: true, allowFormatRows: true });
}
