/**
 * The monthly import writes numbers that mean what the other months of their row mean, in real
 * .xlsx files: a % formatted row keeps its format and gets the fraction, from a CSV's "65.5%"
 * or from a workbook export's 0.655 shown as 65.5 %. What is not a number is listed, not written.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { importActuals, formatImport } from '../src/cli/importActuals';
import { dumpCells, sheet, tempDir, writeXlsx } from './helpers/workbooks';

let dir: string;
let book: string;
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

beforeAll(async () => {
  dir = await tempDir('evalsheet-monthly-values-');
  book = await writeXlsx(
    dir,
    '月次.xlsx',
    [
      sheet('月次実績', [
        ['番号', '指標名', '単位', '年間目標', ...MONTHS],
        ['R-1', '施設の利用率', null, 0.8, 0.72],
        ['R-2', '窓口相談件数', '件', 1200, 110],
        [null, '計画', null, null, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100, 100],
        ['R-3', '講座の参加者数', '人', 600, 30],
        ['R-4', '窓口の満足度', '％', 80, 72],
      ]),
    ],
    (wb) => {
      const ws = wb.getWorksheet('月次実績')!;
      for (const c of ['D2', ...'EFGHIJKLMNOP'.split('').map((l) => `${l}2`)]) ws.getCell(c).numFmt = '0.0%';
    },
  );
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function run(name: string, data: string | (() => Promise<string>)) {
  const actuals = typeof data === 'string' ? path.join(dir, name) : await data();
  if (typeof data === 'string') await fs.writeFile(actuals, data);
  const out = path.join(dir, `out-${name}.xlsx`);
  const outcome = await importActuals(book, actuals, 5, out, false);
  return { outcome, cells: await dumpCells(out), text: formatImport(outcome, book, actuals, out) };
}

test("a CSV's 「65.5%」 was written as text into a % month cell: written as the number 0.655, the % format kept", async () => {
  const { outcome, cells, text } = await run('pct.csv', '番号,5月\nR-1,65.5%\nR-2,"1,050"\nR-3,35\n');
  expect(outcome.result.written.map((w) => [w.cell, w.after])).toEqual([
    ['F2', 0.655],
    ['F3', 1050],
    ['F5', 35],
  ]);
  expect(cells.get('月次実績!F2')).toEqual({ value: '0.655', formula: null, numFmt: '0.0%' });
  expect(cells.get('月次実績!F3')!.value).toBe('1050');
  expect(text).toContain('月次実績!F2 施設の利用率：（空欄） → 「0.655」（65.5%）');
  // The 計画 row in the name column is the plan of 窓口相談件数, not an indicator of its own.
  expect(outcome.ratings.map((r) => r.name)).toEqual(['施設の利用率', '窓口相談件数', '講座の参加者数', '窓口の満足度']);
  expect(outcome.ratings[1]).toMatchObject({ yearToDate: 1160, target: 200, targetSource: 'plan' });
  // The rate is compared as it is: 65.5 against 80.
  expect(outcome.ratings[0]).toMatchObject({ yearToDate: 65.5, target: 80 });
});

test("a workbook export's 0.655 shown as 65.5 % means 65.5 %: the fraction into a % cell, 65.5 into a ％ row of plain numbers", async () => {
  const { outcome } = await run('export.xlsx', () =>
    writeXlsx(
      dir,
      'export.xlsx',
      [
        sheet('出力', [
          ['番号', '実績値'],
          ['R-1', 0.655],
          ['R-4', 0.655],
        ]),
      ],
      (wb) => {
        for (const c of ['B2', 'B3']) wb.getWorksheet('出力')!.getCell(c).numFmt = '0.0%';
      },
    ),
  );
  expect(outcome.result.written.map((w) => [w.cell, w.after])).toEqual([
    ['F2', 0.655],
    ['F6', 65.5],
  ]);
  expect(
    outcome.ratings.filter((r) => r.yearToDate !== null && r.name !== '窓口相談件数' && r.name !== '講座の参加者数').map((r) => [r.name, r.yearToDate]),
  ).toEqual([
    ['施設の利用率', 65.5],
    ['窓口の満足度', 65.5],
  ]);
});

test('values that are not a number, and empty values, are listed and not written', async () => {
  const { outcome, cells, text } = await run('bad.csv', '番号,5月\nR-1,集計中\nR-2,\nR-3,12人 30人\n');
  expect(outcome.result.written).toEqual([]);
  expect(cells.get('月次実績!F2')).toBeUndefined();
  expect(outcome.result.unreadable.map((u) => u.cell)).toEqual(['F2', 'F5']);
  expect(outcome.result.missing.map((m) => m.cell)).toEqual(['F3', 'F6']);
  expect(text).toContain('取り込むデータの2行目（施設の利用率の5月）：「集計中」は数値ではありません。セル F2 には書き込んでいません。');
  expect(text).toContain('値がありません：月次実績!F3 窓口相談件数');
});
