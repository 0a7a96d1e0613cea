/**
 * The 評価サマリー as a person reads and prints it: figures with thousands separators, header
 * rows tall enough, several measures on lines of their own, the grade counts in columns of their
 * own and printed on their own page, A4 landscape fitted to the width. Read back with exceljs
 * from the file `rate` writes.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import JSZip from 'jszip';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { SUMMARY_HEADERS } from '../src/engine/sheets/summary';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { cli } from './helpers/cli';
import { tempDir } from './helpers/workbooks';

let dir: string;
let out: string;
let ws: ExcelJS.Worksheet;
let workbookXml: string;
const HEADER = 4;

beforeAll(async () => {
  dir = await tempDir('evalsheet-summary-');
  const file = path.join(dir, 'demo.xlsx');
  out = path.join(dir, 'rated.xlsx');
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), file);
  expect((await cli('rate', file, '-o', out)).code).not.toBe(2);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  ws = wb.getWorksheet('評価サマリー')!;
  workbookXml = await (await JSZip.loadAsync(await fs.readFile(out))).file('xl/workbook.xml')!.async('string');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const column = (name: string) => SUMMARY_HEADERS.indexOf(name as (typeof SUMMARY_HEADERS)[number]) + 1;
const bodyRows = () => {
  const rows: ExcelJS.Row[] = [];
  for (let r = HEADER + 1; ws.getCell(r, column('指標名')).value !== null; r++) rows.push(ws.getRow(r));
  return rows;
};

test('figures were shown without thousands separators (1100): now #,##0, with their decimals kept (70.1 → #,##0.0)', () => {
  const formats = new Map<string, string>();
  for (const row of bodyRows())
    for (const name of ['基準値', '目標値', '実績値']) {
      const c = row.getCell(column(name));
      if (typeof c.value === 'number') formats.set(String(c.value), c.numFmt);
    }
  expect(formats.get('1100')).toBe('#,##0');
  expect(formats.get('70.1')).toBe('#,##0.0');
  expect(formats.get('88.2')).toBe('#,##0.0');
  expect([...formats.values()].every((f) => /^#,##0(\.0+)?$/.test(f))).toBe(true);
  expect(bodyRows().every((r) => r.getCell(column('達成率')).value === null || r.getCell(column('達成率')).numFmt === '0.0%')).toBe(true);
});

test('the header row was one line high and 評価（計算）/（記入） spilled: now it wraps in a row two lines high', () => {
  expect(ws.getCell(HEADER, column('評価（計算）')).alignment?.wrapText).toBe(true);
  expect(ws.getRow(HEADER).height).toBeGreaterThanOrEqual(30);
});

test('several measures were run together on one line: now one a line, wrapped, in a row tall enough', () => {
  const row = bodyRows().find((r) => String(r.getCell(column('目標値')).value ?? '').includes('\n'))!;
  expect(row).toBeDefined();
  const lines = String(row.getCell(column('目標値')).value).split('\n').length;
  expect(lines).toBeGreaterThan(1);
  expect(row.getCell(column('目標値')).alignment?.wrapText).toBe(true);
  expect(row.height).toBeGreaterThanOrEqual(lines * 15);
});

test('the grade counts were squeezed into the indicator columns under the table: now in columns of their own, after a gap', () => {
  const right = SUMMARY_HEADERS.length;
  // Nothing under the indicator table in its columns.
  const last = HEADER + bodyRows().length;
  for (let r = last + 1; r <= last + 10; r++) for (let c = 1; c <= right; c++) expect([r, c, ws.getCell(r, c).value]).toEqual([r, c, null]);
  // The gap column is empty; the counts start after it, with their own header in the header row.
  for (let r = 1; r <= last; r++) expect(ws.getCell(r, right + 1).value).toBeNull();
  expect(ws.getCell(HEADER - 1, right + 2).value).toBe('評価の集計（令和5年度）');
  expect(ws.getCell(HEADER, right + 2).value).toBe('グループ');
  expect(ws.getCell(HEADER, right + 3).value).toBe('A 順調');
  let total = HEADER + 1;
  while (ws.getCell(total, right + 2).value !== '合計') total++;
  expect(ws.getCell(total, right + 3 + 4 + 1).value).toBe(bodyRows().length); // 計 = every indicator
  expect(ws.getCell(total, right + 3).numFmt).toBe('#,##0');
});

test('the counts were printed under the repeated header row: the print area is the counts, then the indicators (each from a new page), A4 landscape fitted to the width', () => {
  const m = /<definedName name="_xlnm.Print_Area" localSheetId="\d+">([^<]*)<\/definedName>/.exec(workbookXml);
  expect(m).not.toBeNull();
  const areas = m![1].split(',').map((a) => a.replace(/^'評価サマリー'!/, ''));
  const last = HEADER + bodyRows().length;
  expect(areas).toHaveLength(2);
  expect(areas[0]).toMatch(/^\$R\$3:\$[A-Z]+\$\d+$/);
  expect(areas[1]).toBe(`$A$1:$P$${last}`);
  expect(workbookXml).toMatch(/<definedName name="_xlnm.Print_Titles" localSheetId="\d+">'評価サマリー'!\$4:\$4<\/definedName>/);
  expect(ws.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
});

test('the task pane (Office.js) writes the same print area, the counts first', async () => {
  const { createExcelHost } = await import('../src/adapters/officejs');
  const { createFakeExcel, fakeWorkbookFrom } = await import('./support/fakeExcel');
  const { workbookSnapshot } = await import('../src/adapters/xlsx/readSnapshot');
  const f = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(buildWorkbook(demoWorkbookSpecs())).sheets));
  const host = createExcelHost({ run: f.run as never, isSetSupported: f.isSetSupported, changeTracking: true, fileName: 'demo.xlsx' });
  await host.check();
  await host.grade({ overwrite: false });
  const layout = f.data.sheet('評価サマリー')!.pageLayout as { printArea?: string; printTitleRows?: string };
  const last = HEADER + bodyRows().length;
  expect(layout.printArea).toMatch(new RegExp(`^R3:[A-Z]+\\d+,A1:P${last}$`));
  expect(layout.printTitleRows).toBe('$4:$4');
});
