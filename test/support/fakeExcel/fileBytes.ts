/**
 * The fake's workbook as .xlsx bytes, written by exceljs (loaded on first use) from the fake's
 * cells: values, formulas, number formats, merges, sheet visibility, protection, cell locks and
 * list validations.
 */
import type { FakeWorkbookData } from './workbookData';

export async function fakeWorkbookBytes(data: FakeWorkbookData): Promise<Uint8Array> {
  const { Workbook } = await import('exceljs');
  const wb = new Workbook();
  // A fixed date: the file of an unchanged workbook is the same length each time it is asked for
  // (a new date each second changed the compressed length by a byte now and then).
  wb.created = wb.modified = new Date(Date.UTC(2024, 3, 1));
  for (const s of data.sheets) {
    const ws = wb.addWorksheet(s.name, { state: s.visibility === 'Visible' ? 'visible' : s.visibility === 'Hidden' ? 'hidden' : 'veryHidden' });
    for (const m of s.merges) ws.mergeCells(m);
    for (const [address, c] of s.cells) {
      const cell = ws.getCell(address);
      if (c.formula) cell.value = { formula: c.formula.replace(/^=/, ''), result: c.value } as never;
      else if (c.value !== '') cell.value = c.value;
      if (c.numberFormat) cell.numFmt = c.numberFormat;
      if (c.locked === false) cell.protection = { locked: false };
      if (c.validation) cell.dataValidation = { type: 'list', allowBlank: true, formulae: [`"${c.validation.join(',')}"`] };
    }
    if (s.protected) await ws.protect('', { formatColumns: true, formatRows: true });
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}
