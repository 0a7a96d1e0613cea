/**
 * A layout the reader cannot read (figures first, names last, headings that name no measure),
 * taught with --layout and with 評価設定 rows, then checked, rated and rolled to the next year
 * through the command line on real .xlsx files.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { dumpCells, sheet, tempDir, writeXlsx, type Raw } from './helpers/workbooks';
import { scatteredSheet, singleSheet } from './support/samples/scatteredLayout';
import { defaultRules, settingsSheetSpec, type Report, type TaughtLayout } from '../src/engine';
import { checkSubmission } from '../src/adapters/xlsx/submission';

const LAYOUT: TaughtLayout = {
  entries: [
    { sheet: '事業メモ', names: 'J4:J6', targets: 'B4:B6', actuals: 'D4:D6', unit: 'K4:K6', period: 'D2', grade: 'L4:L6' },
    { sheet: '補足', names: 'B2', targets: 'E3', actuals: 'F3', period: 'E2', unit: '人' },
  ],
};

const EXPECTED = [
  ['事業メモ', '相談件数', '件', 120, 100, 'R5', 'B'],
  ['事業メモ', '講座の参加者数', '人', 40, 46, 'R5', 'A'],
  ['事業メモ', '見守り訪問の回数', '回', 300, 240, 'R5', 'B'],
  ['補足', 'ボランティア登録者', '人', 80, 92, '令和5年度', 'A'],
];

const facts = (r: Report) => r.indicators.map((i) => [i.sheet, i.name, i.unit, i.target, i.actual, i.actualPeriod, i.grade]);

let dir: string;
const specs = () => [sheet('事業メモ', scatteredSheet().values as Raw[][]), sheet('補足', singleSheet().values as Raw[][])];

beforeAll(async () => {
  dir = await tempDir('evalsheet-taught-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function checkJson(...args: string[]): Promise<Report> {
  const r = await cli('check', ...args, '--json');
  return JSON.parse(r.out) as Report;
}

/** Enters a value in a cell of a workbook file (what a clerk does in Excel next year). */
async function enter(file: string, sheetName: string, cell: string, value: number): Promise<void> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(file);
  wb.getWorksheet(sheetName)!.getCell(cell).value = value;
  await wb.xlsx.writeFile(file);
}

test('--layout: checked, rated and rolled to the next year, whose layout points at the next columns', async () => {
  const file = await writeXlsx(dir, 'memo.xlsx', specs());
  expect((await checkJson(file)).indicators).toEqual([]);
  const layoutFile = path.join(dir, 'layout.json');
  await fs.writeFile(layoutFile, JSON.stringify(LAYOUT));
  expect(facts(await checkJson(file, '--layout', layoutFile))).toEqual(EXPECTED);

  const rated = path.join(dir, 'memo_rated.xlsx');
  const rate = await cli('rate', file, '--layout', layoutFile, '-o', rated);
  expect(rate.err).toBe('');
  const cells = await dumpCells(rated);
  expect(['L4', 'L5', 'L6'].map((c) => JSON.parse(cells.get(`事業メモ!${c}`)!.value))).toEqual(['B', 'A', 'B']);

  const next = path.join(dir, 'memo_R6.xlsx');
  const nextLayout = path.join(dir, 'layout_R6.json');
  const roll = await cli('roll', rated, '--layout', layoutFile, '--layout-out', nextLayout, '-o', next);
  expect(roll.out).toContain('実績のセルを D4:D6 から次の年度の H4:H6 に移しました');
  expect(roll.out).toContain('令和6年度の見出しがないため、指定はそのままです');
  const moved = JSON.parse(await fs.readFile(nextLayout, 'utf8')) as TaughtLayout;
  expect(moved.entries[0]).toEqual({ ...LAYOUT.entries[0], targets: 'F4:F6', actuals: 'H4:H6', period: 'H2' });
  // Last year's grades were cleared for the new year; the year headings stay.
  const after = await dumpCells(next);
  expect(after.get('事業メモ!L4')).toBeUndefined();
  expect(JSON.parse(after.get('事業メモ!D2')!.value)).toBe('R5結果');

  await enter(next, '事業メモ', 'H4', 125);
  const r6 = await checkJson(next, '--layout', nextLayout);
  expect(r6.period?.fiscalYear).toBe(2024);
  expect(facts(r6).filter((f) => f[0] === '事業メモ')).toEqual([
    ['事業メモ', '相談件数', '件', 130, 125, 'R6', 'B'],
    ['事業メモ', '講座の参加者数', '人', 45, null, 'R6', null],
    ['事業メモ', '見守り訪問の回数', '回', 320, null, 'R6', null],
  ]);
});

test('評価設定 rows: the same facts without a flag, and the roll rewrites the rows to the next columns', async () => {
  const file = await writeXlsx(dir, 'memo_settings.xlsx', [...specs(), settingsSheetSpec(defaultRules(), LAYOUT)]);
  expect(facts(await checkJson(file))).toEqual(EXPECTED);
  const next = path.join(dir, 'memo_settings_R6.xlsx');
  const roll = await cli('roll', file, '-o', next);
  expect(roll.out).toContain('H4:H6');
  await enter(next, '事業メモ', 'H5', 50);
  const r6 = await checkJson(next);
  expect(
    facts(r6)
      .filter((f) => f[0] === '事業メモ')
      .map((f) => [f[1], f[3], f[4], f[5]]),
  ).toEqual([
    ['相談件数', 130, null, 'R6'],
    ['講座の参加者数', 45, 50, 'R6'],
    ['見守り訪問の回数', 320, null, 'R6'],
  ]);
});

test('a --layout file that cannot be used says so, naming the file and the cells', async () => {
  const file = await writeXlsx(dir, 'memo_bad.xlsx', specs());
  const bad = path.join(dir, 'bad.json');
  await fs.writeFile(bad, '{ "entries": 3 }');
  const r = await cli('check', file, '--layout', bad);
  expect(r.code).toBe(2);
  expect(r.err).toContain(`読み取りの指定（${bad}）：「entries」の配列がありません`);
  await fs.writeFile(bad, JSON.stringify({ entries: [{ sheet: '事業メモ', names: 'J4:J6', actuals: 'D4:D5' }] }));
  const c = await cli('check', file, '--layout', bad);
  expect(c.code).toBe(1);
  expect(c.out).toContain('実績のセル D4:D5（2個）と指標名のセル J4:J6（3個）の数が合いません');
  const missing = await cli('check', file, '--layout', path.join(dir, 'none.json'));
  expect(missing.err).toContain('読み取りの指定のファイルが読み取れません');
});

test('review reads a submission through its own 評価設定 rows', async () => {
  const file = await writeXlsx(dir, 'submitted.xlsx', [...specs(), settingsSheetSpec(defaultRules(), LAYOUT)]);
  const r = await checkSubmission(new Uint8Array(await fs.readFile(file)), 'submitted.xlsx', { period: null });
  expect(r.kind === 'report' && facts(r.report)).toEqual(EXPECTED);
});

test('review --layout: every submission read with the given layout (the workers get it)', async () => {
  const sub = path.join(dir, 'submissions');
  await fs.mkdir(sub);
  await writeXlsx(sub, '福祉課.xlsx', specs());
  const layoutFile = path.join(dir, 'review-layout.json');
  await fs.writeFile(layoutFile, JSON.stringify(LAYOUT));
  const without = JSON.parse((await cli('review', sub, '--json', '--jobs', '1')).out) as { indicators: { name: string }[] };
  expect(without.indicators).toEqual([]);
  const r = await cli('review', sub, '--layout', layoutFile, '--json', '--jobs', '1');
  const data = JSON.parse(r.out) as { indicators: { name: string; actual: number | null; grade: string | null }[] };
  expect(data.indicators.map((i) => [i.name, i.actual, i.grade])).toEqual(EXPECTED.map((e) => [e[1], e[4], e[6]]));
});
