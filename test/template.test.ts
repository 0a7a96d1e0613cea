/**
 * `evalsheet template`: the standard workbook, read back by the engine with every sample
 * indicator found; input cells unlocked, sheets protected, drop-down lists present.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { checkFile, tempDir } from './helpers/workbooks';
import { displayWidth } from '../src/engine/sheets/layout';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-template-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

test('with --sample: every indicator and project is found with its figures, with no finding (every actual is in)', async () => {
  const file = path.join(dir, 'sample.xlsx');
  const r = await cli('template', '-o', file, '--sample', '--period', 'R5', '--plan', 'R3-R7');
  expect(r.code).toBe(0);
  expect(r.out).toContain('評価対象期間：令和5年度、計画期間：令和3年度〜令和7年度、サンプル入り');
  const report = await checkFile(file);
  expect(report.period).toEqual({ label: '令和5年度', fiscalYear: 2023, source: 'settings' });
  expect(report.indicators.map((i) => [i.sheet, i.name, i.unit, i.direction, i.targetSource, i.actualStatus])).toEqual([
    ['施策評価', '交通事故発生件数', '件', 'down', 'expected', 'value'],
    ['施策評価', '防犯教室の参加者数', '人', 'up', 'expected', 'value'],
    ['施策評価', '自主防犯団体の登録数', '団体', 'up', 'expected', 'value'],
    ['施策評価', 'ＬＥＤ防犯灯の設置率', '%', 'up', 'expected', 'value'],
    ['事業実績', '交通安全教室開催事業', '回', 'up', 'expected', 'value'],
    ['事業実績', '防犯灯ＬＥＤ化事業費補助金', '件', 'up', 'expected', 'value'],
    ['事業実績', '自転車ヘルメット購入費助成事業', '件', 'up', 'expected', 'value'],
  ]);
  const first = report.indicators[0];
  expect([first.baseline, first.target, first.actual, first.cells.actual, first.cells.grade, first.previousGrade]).toEqual([298, 274, 271, 'M10', 'S10', 'A']);
  expect(report.findings).toEqual([]);
});

test('rate writes the grades into the unlocked grade cells of the protected sheets, which stay protected', async () => {
  const file = path.join(dir, 'to-rate.xlsx');
  const out = path.join(dir, 'rated.xlsx');
  expect((await cli('template', '-o', file, '--sample', '--period', 'R5', '--plan', 'R3-R7')).code).toBe(0);
  const r = await cli('rate', file, '-o', out);
  expect(r.code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(out);
  const ws = wb.getWorksheet('施策評価')!;
  const report = await checkFile(out);
  const grades = report.indicators.filter((i) => i.sheet === '施策評価').map((i) => [i.cells.grade, i.grade]);
  expect(grades.every(([, g]) => g)).toBe(true);
  for (const [cell, grade] of grades) expect(ws.getCell(cell!).value).toBe(grade);
  expect((ws as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
  expect(ws.getCell('S10').protection?.locked).toBe(false);
  expect(wb.getWorksheet('評価サマリー')).toBeDefined();
  expect(report.findings).toEqual([]);
});

test('without the actual of the evaluated year, the only findings are the missing actuals', async () => {
  // The sample has the actuals up to R5; evaluated as R6 every indicator lacks its actual.
  const file = path.join(dir, 'r6.xlsx');
  expect((await cli('template', '-o', file, '--sample', '--period', 'R5', '--plan', 'R3-R7')).code).toBe(0);
  const report = await checkFile(file, { period: 'R6' });
  const raised = report.findings.filter((f) => f.severity !== 'info'); // info: the sheet states R5, R6 was asked
  expect(new Set(raised.map((f) => f.code))).toEqual(new Set(['missing-actual']));
  expect(raised).toHaveLength(report.indicators.length);
});

test('input cells unlocked, sheets protected without a password, lists on grade, unit, direction and 今後の方向性 cells; never overwrites', async () => {
  const file = path.join(dir, 'blank.xlsx');
  expect((await cli('template', '-o', file, '--period', '令和6年度')).code).toBe(0);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  expect(wb.worksheets.map((w) => w.name)).toEqual(['施策評価', '事業実績', '評価設定']);
  const ws = wb.getWorksheet('施策評価')!;
  expect(String(ws.getCell('A1').value)).toBe('令和7年度　施策評価シート（評価対象期間：令和6年度）');
  const model = ws as unknown as { sheetProtection?: { sheet?: boolean; password?: string } };
  expect(model.sheetProtection?.sheet).toBe(true);
  expect(model.sheetProtection?.password).toBeUndefined();
  expect(ws.getCell('B10').protection?.locked).toBe(false);
  expect(ws.getCell('A8').protection?.locked).not.toBe(false);
  expect(ws.getCell('S10').dataValidation).toMatchObject({ type: 'list', formulae: ['"A,B,C,D"'] });
  expect(ws.getCell('E10').dataValidation).toMatchObject({ type: 'list', formulae: ['"増加,減少,維持"'] });
  expect(String(ws.getCell('D10').dataValidation.formulae?.[0])).toContain('件,人,回');
  expect(wb.getWorksheet('事業実績')!.getCell('G5').dataValidation).toMatchObject({ type: 'list', formulae: ['"拡充,継続,見直し,縮小,廃止,終了"'] });
  const report = await checkFile(file);
  expect(report.period?.label).toBe('令和6年度');
  const again = await cli('template', '-o', file);
  expect(again.code).toBe(2);
  expect(again.err).toContain('すでにあります');
});

describe('as a person reads and prints it (issue 13)', () => {
  let wb: ExcelJS.Workbook;
  let file: string;
  beforeAll(async () => {
    file = path.join(dir, 'look.xlsx');
    expect((await cli('template', '-o', file, '--period', 'R6')).code).toBe(0);
    wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(file);
  });

  test('the labels of column A (基本方針 … 達成状況評価, 成果・効果 …) overlapped: the column was 6 wide; now each fits', () => {
    const ws = wb.getWorksheet('施策評価')!;
    const labels: string[] = [];
    ws.getColumn(1).eachCell((c) => {
      // The header-styled labels (bold, not the title); numbers, notes and the title may spill.
      if (typeof c.value === 'string' && c.font?.bold && c.font.size !== 14) labels.push(c.value);
    });
    expect(labels).toEqual(expect.arrayContaining(['基本方針', '施策', '担当部等', '達成状況評価', '成果・効果', '外部要因']));
    for (const l of labels) expect([l, displayWidth(l) + 1 <= ws.getColumn(1).width!]).toEqual([l, true]);
  });

  test('評価設定 did not print on A4 (no page setup; the 説明 column 70 wide): now A4 portrait fitted to the width, the explanations wrapped', () => {
    const ws = wb.getWorksheet('評価設定')!;
    expect(ws.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9, fitToWidth: 1, fitToHeight: 0 });
    expect(ws.getCell('C5').alignment?.wrapText).toBe(true);
    expect(ws.getColumn(3).width).toBeLessThanOrEqual(50);
    // A wrapped explanation gets a row tall enough for its lines.
    const long = ws.getCell('C6');
    expect(ws.getRow(6).height).toBeGreaterThanOrEqual(Math.ceil(displayWidth(String(long.value)) / (ws.getColumn(3).width! - 1)) * 15);
  });

  test('check on a blank template warned "no indicators found": now one information, naming the empty tables', async () => {
    const r = await cli('check', file, '--json');
    expect(r.code).toBe(0);
    const report = JSON.parse(r.out);
    expect(report.findings.map((f: { code: string; severity: string; sheet: string; cell: string }) => [f.code, f.severity, f.sheet, f.cell])).toEqual([
      ['no-indicators-yet', 'info', '施策評価', 'B8'],
    ]);
    expect(report.findings[0].message).toContain('シート「事業実績」のB4からの表');
    // A workbook without any indicator table still gets the warning.
    const memo = path.join(dir, 'memo.xlsx');
    const wbMemo = new ExcelJS.Workbook();
    wbMemo.addWorksheet('メモ').getCell('A1').value = '議事録';
    await wbMemo.xlsx.writeFile(memo);
    expect(JSON.parse((await cli('check', memo, '--json')).out).findings.map((f: { code: string; severity: string }) => [f.code, f.severity])).toEqual([
      ['no-indicators', 'warning'],
    ]);
  });
});
