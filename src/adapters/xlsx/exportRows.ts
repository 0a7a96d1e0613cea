/**
 * Another system's export as rows of cell values, for the monthly import: a CSV (Shift_JIS or
 * UTF-8) or the first visible sheet of a workbook. The same in the command line and the task pane.
 */
import { decodeText, parseCsv, type CellValue } from '../../engine';
import { InputError } from './errors';
import { loadSnapshot } from './openWorkbook';

export async function exportRows(bytes: Uint8Array, name: string): Promise<CellValue[][]> {
  if (/\.(xlsx|xlsm)$/i.test(name)) {
    const snap = await loadSnapshot(bytes, name);
    const sheet = snap.sheets.find((s) => s.visibility === 'visible' && s.values.length) ?? snap.sheets[0];
    if (!sheet) throw new InputError(name, `${name}: シートがありません。`);
    return sheet.values;
  }
  if (/\.xls$/i.test(name)) throw new InputError(name, `${name}: 古い形式（.xls）は読めません。Excel で .xlsx か CSV として保存し直してください。`);
  return parseCsv(decodeText(bytes).text);
}
