/** The direct XML reader gives the same snapshot as exceljs, on every kind of cell the engine reads. */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbook } from './applyPlan';
import { fastSnapshot } from './fastSnapshot';
import { loadSnapshot, loadWorkbook } from './openWorkbook';
import { demoWorkbookSpecs } from '../../../test/support/samples/demoWorkbook';
import { reviewTestSubmissions } from '../../../test/support/samples/submissions';
import { UnsupportedPart } from './xml';
import { openZipNative } from './zipReader';

const norm = (x: unknown) => JSON.parse(JSON.stringify(x));

async function bytesOf(wb: ExcelJS.Workbook): Promise<Uint8Array> {
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

async function same(bytes: Uint8Array, name: string) {
  const viaExceljs = (await loadWorkbook(bytes, name)).snapshot;
  expect(norm(await fastSnapshot(bytes))).toEqual(norm(viaExceljs));
  // The command line's native zip reader reads the same parts.
  expect(norm(await fastSnapshot(bytes, openZipNative))).toEqual(norm(viaExceljs));
}

test('every kind of cell: shared and plain formulas, rich text, booleans, errors, dates, percents, merges, hidden and protected sheets', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('指標');
  ws.getCell('A1').value = '令和5年度　施策評価 & "確認"';
  ws.getCell('A2').value = 10;
  ws.getCell('A3').value = 20;
  ws.getCell('B2').value = { formula: 'A2*2', result: 20, shareType: 'shared', ref: 'B2:B3' } as ExcelJS.CellValue;
  ws.getCell('B3').value = { sharedFormula: 'B2', result: 40 } as ExcelJS.CellValue;
  ws.getCell('C2').value = { formula: 'A2/0', result: { error: '#DIV/0!' } } as ExcelJS.CellValue;
  ws.getCell('C3').value = { formula: 'SUM(A2:A3)' } as ExcelJS.CellValue;
  ws.getCell('D2').value = { richText: [{ text: '実績' }, { font: { bold: true }, text: '値' }] };
  ws.getCell('D3').value = true;
  ws.getCell('E2').value = 0.934;
  ws.getCell('E2').numFmt = '0.0%';
  ws.getCell('E3').value = new Date(Date.UTC(2024, 2, 31));
  ws.getCell('F2').value = '  前後に空白  ';
  ws.mergeCells('G2:H3');
  ws.getCell('G2').value = '結合';
  wb.addWorksheet('隠し', { state: 'hidden' }).getCell('A1').value = 1;
  const p = wb.addWorksheet('保護');
  p.getCell('B4').value = 'x';
  await p.protect('', {});
  await same(await bytesOf(wb), 'cells.xlsx');
  const snap = await fastSnapshot(await bytesOf(wb));
  expect(snap.sheets[0].formulas?.[2]?.[1]).toBe('=A3*2');
  expect(snap.sheets.map((s) => [s.name, s.visibility, s.protected])).toEqual([
    ['指標', 'visible', false],
    ['隠し', 'hidden', false],
    ['保護', 'visible', true],
  ]);
});

test('phonetic guides (furigana) in shared strings are not part of the text', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = '担当課';
  const zip = await JSZip.loadAsync(await bytesOf(wb));
  const sst = await zip.file('xl/sharedStrings.xml')!.async('string');
  zip.file('xl/sharedStrings.xml', sst.replace('<t>担当課</t>', '<t>担当課</t><rPh sb="0" eb="2"><t>タントウカ</t></rPh>'));
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  await same(bytes, 'rph.xlsx');
  expect((await fastSnapshot(bytes)).sheets[0].values[0][0]).toBe('担当課');
});

test("the project's own workbooks", async () => {
  await same(await bytesOf(buildWorkbook(demoWorkbookSpecs())), 'demo.xlsx');
  for (const s of reviewTestSubmissions()) await same(await bytesOf(buildWorkbook(s.specs)), s.path);
});

const SAMPLES = path.resolve(__dirname, '../../../../shared/samples');
(existsSync(SAMPLES) ? test : test.skip)('the shared sample workbooks (skipped without ../shared)', async () => {
  for (const f of readdirSync(SAMPLES).filter((n) => n.endsWith('.xlsx'))) await same(new Uint8Array(readFileSync(path.join(SAMPLES, f))), f);
});

test('a part it does not read falls back to exceljs', async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet('S').getCell('A1').value = 5;
  const zip = await JSZip.loadAsync(await bytesOf(wb));
  const xml = await zip.file('xl/workbook.xml')!.async('string');
  zip.file('xl/workbook.xml', xml.replace('<workbookPr', '<workbookPr date1904="1"'));
  const bytes = await zip.generateAsync({ type: 'uint8array' });
  await expect(fastSnapshot(bytes)).rejects.toBeInstanceOf(UnsupportedPart);
  expect((await loadSnapshot(bytes, 'x.xlsx')).sheets[0].values[0][0]).toBe(5);
});

test('hidden rows and columns, within the used range, as exceljs gives them', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('隠し行列');
  for (let r = 1; r <= 6; r++) for (let c = 1; c <= 5; c++) ws.getCell(r, c).value = r * 10 + c;
  ws.getRow(3).hidden = true;
  ws.getRow(5).hidden = true;
  ws.getRow(40).hidden = true; // past the last cell: not in the snapshot
  ws.getColumn(2).hidden = true;
  ws.getColumn(4).hidden = true;
  ws.getColumn(9).hidden = true; // past the last cell
  wb.addWorksheet('表示').getCell('A1').value = 1;
  const bytes = await bytesOf(wb);
  await same(bytes, 'hidden.xlsx');
  const [hidden, shown] = (await fastSnapshot(bytes)).sheets;
  expect([hidden.hiddenRows, hidden.hiddenColumns]).toEqual([
    [3, 5],
    [2, 4],
  ]);
  expect([shown.hiddenRows, shown.hiddenColumns]).toEqual([undefined, undefined]);
});

test('a column range hidden to the sheet’s end is cut at the last used column; rows without r count on', async () => {
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>');
  zip.file(
    'xl/workbook.xml',
    '<workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>',
  );
  zip.file(
    'xl/_rels/workbook.xml.rels',
    '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/></Relationships>',
  );
  zip.file(
    'xl/worksheets/sheet1.xml',
    '<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><cols><col min="3" max="16384" hidden="true" width="0"/></cols><sheetData>' +
      '<row><c r="A1" t="inlineStr"><is><t>a</t></is></c></row><row hidden="1"><c r="A2"><v>1</v></c><c r="D2"><v>2</v></c></row><row r="3" hidden="0"><c r="A3"><v>3</v></c></row>' +
      '</sheetData></worksheet>',
  );
  const snap = (await fastSnapshot(new Uint8Array(await zip.generateAsync({ type: 'uint8array' })))).sheets[0];
  expect([snap.hiddenRows, snap.hiddenColumns]).toEqual([[2], [3, 4]]);
});

test('cells struck through (取り消し線), filled ones only, as exceljs gives them; a strike turned off is none', async () => {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('取消線');
  for (let c = 1; c <= 4; c++) ws.getCell(2, c).value = c === 1 ? '旧指標' : c * 10;
  for (let c = 1; c <= 5; c++) ws.getCell(2, c).font = { strike: true }; // E2 is empty: not listed
  ws.getCell('A3').value = '現行指標';
  ws.getCell('A3').font = { strike: false, bold: true };
  wb.addWorksheet('なし').getCell('A1').value = 1;
  const bytes = await bytesOf(wb);
  await same(bytes, 'struck.xlsx');
  const [struck, none] = (await fastSnapshot(bytes)).sheets;
  expect(struck.struck).toEqual(['A2', 'B2', 'C2', 'D2']);
  expect(none.struck).toBeUndefined();
});
