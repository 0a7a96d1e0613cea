/** Hidden rows and columns read through the Excel JavaScript API (fake Excel) as the file reader reads them, with no sync of their own. */
import ExcelJS from 'exceljs';
import type { SheetSnapshot, WorkbookSnapshot } from '../../engine/model/port';
import { checkWorkbook } from '../../engine/actions/check';
import { fastSnapshot } from '../xlsx/fastSnapshot';
import { createFakeExcel, fakeWorkbookFrom } from '../../../test/support/fakeExcel';
import { LINES_MAX } from './hiddenLines';
import { readSnapshot } from './read';

async function fileSnapshot(): Promise<WorkbookSnapshot> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet('成果指標');
  const rows: (string | number | null)[][] = [
    ['指標名', '単位', '目標値', '前年度実績', '実績値', '計算用'],
    ['図書館の貸出冊数', '冊', 500000, 480000, 512000, 32000],
    ['移動図書館の巡回箇所数', '箇所', 30, 28, 0, -28],
    ['読み聞かせ会の参加者数', '人', 1200, 1100, 1150, 50],
  ];
  rows.forEach((r, i) => r.forEach((v, j) => v !== null && (ws.getCell(i + 1, j + 1).value = v)));
  ws.getRow(3).hidden = true;
  ws.getColumn(4).hidden = true;
  ws.getColumn(6).hidden = true;
  const all = wb.addWorksheet('全部非表示の列');
  all.getCell('A1').value = 'メモ';
  all.getColumn(1).hidden = true;
  wb.addWorksheet('表示').getCell('B2').value = 1;
  return fastSnapshot(new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer));
}

async function readInExcel(sheets: SheetSnapshot[], maxPayload?: number) {
  const f = createFakeExcel(fakeWorkbookFrom(sheets));
  if (maxPayload) f.data.maxPayload = maxPayload;
  let read: WorkbookSnapshot | null = null;
  await f.run(async (context) => {
    read = await readSnapshot(context as unknown as Excel.RequestContext);
  });
  return { read: read!, syncs: f.data.syncCount };
}

const lines = (w: WorkbookSnapshot) => w.sheets.map((s) => [s.name, s.hiddenRows, s.hiddenColumns]);

test('the hidden rows and columns read in Excel are the file reader’s, in as many syncs as without them', async () => {
  const file = await fileSnapshot();
  expect(lines(file)).toEqual([
    ['成果指標', [3], [4, 6]],
    ['全部非表示の列', undefined, [1]],
    ['表示', undefined, undefined],
  ]);
  const excel = await readInExcel(file.sheets);
  expect(lines(excel.read)).toEqual(lines(file));
  const plain = await readInExcel(file.sheets.map(({ hiddenRows: _r, hiddenColumns: _c, ...s }) => s));
  expect(lines(plain.read).every(([, r, c]) => r === undefined && c === undefined)).toBe(true);
  expect(excel.syncs).toBe(plain.syncs);
  // The check in Excel reads what the file's check reads, and says the same about what is hidden.
  const inExcel = checkWorkbook(excel.read).report;
  const inFile = checkWorkbook(file).report;
  expect(inExcel.indicators).toEqual(inFile.indicators);
  expect(inExcel.indicators.map((i) => i.name)).not.toContain('移動図書館の巡回箇所数');
  expect(inExcel.findings.filter((f) => f.code === 'hidden-cells-skipped')).toEqual(inFile.findings.filter((f) => f.code === 'hidden-cells-skipped'));
});

test('a read split because it was refused as too large still reads the hidden lines once', async () => {
  const file = await fileSnapshot();
  const { read, syncs } = await readInExcel(file.sheets, 900);
  expect(syncs).toBeGreaterThan(4);
  expect(lines(read)).toEqual(lines(file));
});

test(`a used range taller than ${LINES_MAX} rows with some hidden is not asked row by row`, async () => {
  const values = Array.from({ length: LINES_MAX + 1 }, (_, i) => [i]);
  const { read } = await readInExcel([{ name: '長い', visibility: 'visible', protected: false, top: 1, left: 1, values, merges: [], hiddenRows: [5] }]);
  expect(read.sheets[0].hiddenRows).toBeUndefined();
});
