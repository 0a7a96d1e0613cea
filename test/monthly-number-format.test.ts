/**
 * Defect (issue 13, item 7, as a reviewer found it): when only April's cell of a ％ row has the
 * 0.0% number format and May's cell has none, importing 「65.5%」 wrote 0.655 into May with no
 * number format, so the sheet showed 0.655 beside 71.0%. The written cell gets the row's format.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { importActuals, formatImport } from '../src/cli/importActuals';
import { dumpCells, sheet, tempDir, writeXlsx } from './helpers/workbooks';

let dir: string;
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

beforeAll(async () => {
  dir = await tempDir('evalsheet-monthly-format-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('only D3 formatted 0.0%: 「65.5%」 imported into E3 is 0.655 shown as a percentage, not 0.655 beside 71.0%', async () => {
  const book = await writeXlsx(
    dir,
    '月次.xlsx',
    [
      sheet('月次実績', [
        ['番号', '指標名', '年間目標', ...MONTHS],
        ['R-2', '窓口相談件数', 1200, 110],
        ['R-1', '施設の利用率', 0.8, 0.71],
      ]),
    ],
    (wb) => {
      wb.getWorksheet('月次実績')!.getCell('D3').numFmt = '0.0%';
    },
  );
  const csv = path.join(dir, 'pct.csv');
  await fs.writeFile(csv, '番号,5月\nR-1,65.5%\nR-2,120\n');
  const out = path.join(dir, 'out.xlsx');
  const outcome = await importActuals(book, csv, 5, out, false);
  expect(outcome.result.written.map((w) => [w.cell, w.after])).toEqual([
    ['E3', 0.655],
    ['E2', 120],
  ]);
  // The plan says which format the written cell gets: the row's, where the cell had none.
  expect(outcome.result.plan.cells.map((c) => [c.cell, c.numberFormat ?? null])).toEqual([
    ['E3', '0.0%'],
    ['E2', null],
  ]);
  const cells = await dumpCells(out);
  expect(cells.get('月次実績!E3')).toEqual({ value: '0.655', formula: null, numFmt: '0.0%' });
  expect(cells.get('月次実績!D3')).toEqual({ value: '0.71', formula: null, numFmt: '0.0%' });
  // A count row is written as it is, without a format it never had.
  expect(cells.get('月次実績!E2')).toEqual({ value: '120', formula: null, numFmt: '' });
  // Nothing else changed.
  const before = await dumpCells(book);
  for (const [k, v] of before) expect([k, cells.get(k)]).toEqual([k, v]);
  expect(formatImport(outcome, book, csv, out)).toContain('月次実績!E3 施設の利用率：（空欄） → 「0.655」（65.5%）');
});

test("the May cell with a look of its own (bold, a border) keeps it and gets the row's % format", async () => {
  const book = await writeXlsx(
    dir,
    '月次-styled.xlsx',
    [
      sheet('月次実績', [
        ['番号', '指標名', '年間目標', ...MONTHS],
        ['R-1', '施設の利用率', 0.8, 0.71],
      ]),
    ],
    (wb) => {
      const ws = wb.getWorksheet('月次実績')!;
      ws.getCell('D2').numFmt = '0.0%';
      ws.getCell('E2').font = { bold: true };
      ws.getCell('E2').border = { bottom: { style: 'thin' } };
    },
  );
  const csv = path.join(dir, 'pct2.csv');
  await fs.writeFile(csv, '番号,5月\nR-1,65.5%\n');
  const out = path.join(dir, 'out-styled.xlsx');
  await importActuals(book, csv, 5, out, false);
  const ExcelJS = (await import('exceljs')).default;
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const e2 = wb.getWorksheet('月次実績')!.getCell('E2');
  expect([e2.value, e2.numFmt, e2.font?.bold, e2.border?.bottom?.style]).toEqual([0.655, '0.0%', true, 'thin']);
});
