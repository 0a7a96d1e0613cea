/**
 * Another system's export as rows of cell values, for the monthly import: a CSV (Shift_JIS or
 * UTF-8) or the first visible sheet of a workbook. The same in the command line and the task pane.
 * A workbook's number shown as a percentage (0.655 formatted "0.0%") comes as what it shows,
 * "65.5%", as a CSV of the same figures would: the import then reads both alike.
 */
import { decodeText, parseCsv, parseValue, type CellValue } from '../../engine';
import { InputError } from './errors';
import { loadSnapshot } from './openWorkbook';

export async function exportRows(bytes: Uint8Array, name: string): Promise<CellValue[][]> {
  if (/\.(xlsx|xlsm)$/i.test(name)) {
    const snap = await loadSnapshot(bytes, name);
    const sheet = snap.sheets.find((s) => s.visibility === 'visible' && s.values.length) ?? snap.sheets[0];
    if (!sheet) throw new InputError(name, `${name}: シートがありません。`);
    const formats = sheet.numberFormats ?? [];
    return sheet.values.map((row, r) =>
      row.map((v, c) => {
        if (typeof v !== 'number') return v;
        const p = parseValue(v, formats[r]?.[c]);
        return p.unit === '%' && p.value !== undefined ? `${p.value}%` : v;
      }),
    );
  }
  if (/\.xls$/i.test(name)) throw new InputError(name, `${name}: 古い形式（.xls）は読めません。Excel で .xlsx か CSV として保存し直してください。`);
  return parseCsv(decodeText(bytes).text);
}
