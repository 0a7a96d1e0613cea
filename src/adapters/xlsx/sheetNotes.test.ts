/** Cell notes reach the snapshot, the same through the direct XML reader and through exceljs. */
import ExcelJS from 'exceljs';
import { fastSnapshot } from './fastSnapshot';
import { loadWorkbook } from './openWorkbook';
import { notesOf } from './sheetNotes';

test('a note on a cell, a rich-text note and a note on an empty cell are read by address; a sheet without notes has none', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指標');
  ws.getCell('B5').value = '待機児童数';
  ws.getCell('B5').note = '少ないほど良い';
  ws.getCell('C6').value = '件';
  ws.getCell('C6').note = { texts: [{ text: '減少を' }, { font: { bold: true }, text: '目指す指標' }] } as ExcelJS.Comment;
  ws.getCell('D9').note = '空欄 & 注記';
  wb.addWorksheet('その他').getCell('A1').value = 1;
  const bytes = new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
  const expected = { B5: '少ないほど良い', C6: '減少を目指す指標', D9: '空欄 & 注記' };
  const fast = await fastSnapshot(bytes);
  expect(fast.sheets[0].notes).toEqual(expected);
  expect(fast.sheets[1].notes).toBeUndefined();
  const viaExceljs = (await loadWorkbook(bytes, 'notes.xlsx')).snapshot;
  expect(viaExceljs.sheets[0].notes).toEqual(expected);
  expect(viaExceljs.sheets[1].notes).toBeUndefined();
});

test('notesOf: the text runs of each comment without phonetic guides; empty comments are left out', () => {
  const xml =
    '<comments><commentList><comment ref="$A$1"><text><r><t>低い</t></r><r><t xml:space="preserve">ほうが望ましい</t></r><rPh><t>ヒクイ</t></rPh></text></comment>' +
    '<comment ref="B2"><text><t> </t></text></comment></commentList></comments>';
  expect(notesOf(xml)).toEqual({ A1: '低いほうが望ましい' });
});
