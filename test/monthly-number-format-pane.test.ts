/**
 * The same defect in the task pane (issue 13, item 7): only D3 formatted 0.0%, 「65.5%」 imported
 * into E3 through the Office.js writer gets the row's % format.
 */
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { workbookSnapshot } from '../src/adapters/xlsx/readSnapshot';
import { applyPlanExcel, readSnapshot, type ExcelRun } from '../src/adapters/officejs';
import { createFakeExcel, fakeWorkbookFrom } from './support/fakeExcel';
import { importMonth } from '../src/engine';
import { sheet } from './helpers/workbooks';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

test('only D3 formatted 0.0%: the pane writes 0.655 into E3 with the 0.0% format', async () => {
  const wb = buildWorkbook([
    sheet('月次実績', [
      ['番号', '指標名', '年間目標', ...MONTHS],
      ['R-2', '窓口相談件数', 1200, 110],
      ['R-1', '施設の利用率', 0.8, 0.71],
    ]),
  ]);
  wb.getWorksheet('月次実績')!.getCell('D3').numFmt = '0.0%';
  const f = createFakeExcel(fakeWorkbookFrom(workbookSnapshot(wb).sheets));
  const run = f.run as unknown as ExcelRun;
  const snap = await run((ctx) => readSnapshot(ctx));
  const { result } = importMonth(
    snap,
    [
      ['番号', '5月'],
      ['R-1', '65.5%'],
      ['R-2', 120],
    ],
    5,
  );
  expect(result.plan.cells.map((c) => [c.cell, c.value, c.numberFormat ?? null])).toEqual([
    ['E3', 0.655, '0.0%'],
    ['E2', 120, null],
  ]);
  await run((ctx) => applyPlanExcel(ctx, result.plan, snap, { action: '5月の実績の取り込み', gradeValidation: false }));
  expect([f.data.value('月次実績', 'E3'), f.data.cell('月次実績', 'E3')?.numberFormat]).toEqual([0.655, '0.0%']);
  expect(f.data.cell('月次実績', 'E2')?.numberFormat ?? 'General').toBe('General');
});
