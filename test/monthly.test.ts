/**
 * Monthly actuals: a 12-month tracking sheet read, one month imported from an export (Shift_JIS
 * and UTF-8 CSV, a workbook), matched / unmatched / conflicting rows reported, and the year to
 * date graded against the pro-rated annual target or the explicit monthly plan.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers/cli';
import { encodeShiftJis } from './helpers/shiftJis';
import { dumpCells, sheet, tempDir, writeXlsx, type Raw } from './helpers/workbooks';

let dir: string;
let book: string;
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const row = (id: string, name: string, unit: string, kind: string, target: Raw, months: Raw[]): Raw[] => [
  id,
  name,
  unit,
  kind,
  target,
  ...months,
  ...Array(12 - months.length).fill(null),
];

beforeAll(async () => {
  dir = await tempDir('evalsheet-monthly-');
  book = await writeXlsx(dir, '月次.xlsx', [
    sheet('月次実績', [
      ['令和6年度　月別実績（市民協働課）'],
      ['番号', '指標名', '単位', '区分', '年間目標', ...MONTHS, '累計'],
      row('K-01', '窓口相談件数', '件', '実績', 1200, [110]),
      row('K-02', '講座の参加者数', '人', '実績', 600, [30]),
      row('', '', '', '計画', null, [20, 60, 60, 60, 60, 60, 50, 50, 50, 40, 30, 30]),
      row('K-03', '施設の利用率', '％', '実績', 80, [72]),
      row('K-04', 'ごみの排出量', 't', '実績', 2400, [190, 205]),
      row('K-05', 'ボランティア登録者数', '人', '実績', 360, [28]),
    ]),
  ]);
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

const csv = [
  '指標ID,指標名,5月',
  'K-01,窓口相談件数,"1,050"',
  ',講座の参加者数,75',
  'K-03,施設の利用率,78.5',
  'K-04,ごみの排出量,199',
  'K-99,存在しない指標,5',
  '',
].join('\r\n');

async function runImport(name: string, bytes: Buffer | string, ...extra: string[]) {
  const data = path.join(dir, name);
  await fs.writeFile(data, bytes);
  const out = path.join(dir, `out-${name}.xlsx`);
  await fs.rm(out, { force: true });
  const r = await cli('import', book, '--actuals', data, '--month', '2024-05', '-o', out, '--json', ...extra);
  return { r, out, json: r.code < 2 ? JSON.parse(r.out) : null };
}

test.each([
  ['UTF-8', 'utf8.csv', () => csv],
  ['Shift_JIS', 'sjis.csv', () => encodeShiftJis(csv)],
])('a %s export: matched by id or name, the unmatched row, the missing indicator and the conflict reported', async (_, name, bytes) => {
  const before = await fs.readFile(book);
  const { r, out, json } = await runImport(name, bytes());
  expect((await fs.readFile(book)).equals(before)).toBe(true);
  expect(r.code).toBe(1); // something to look at: unmatched, missing, a kept conflict
  expect(json.written.map((w: { cell: string; after: unknown }) => [w.cell, w.after])).toEqual([
    ['G3', 1050],
    ['G4', 75],
    ['G6', 78.5],
  ]);
  expect(json.unmatched).toEqual([{ line: 6, id: 'K-99', name: '存在しない指標', value: '5' }]);
  expect(json.missing).toEqual([{ sheet: '月次実績', name: 'ボランティア登録者数', cell: 'G8' }]);
  expect(json.conflicts).toEqual([{ sheet: '月次実績', cell: 'G7', name: 'ごみの排出量', before: 205, after: 199, overwritten: false }]);
  // Only the imported cells changed.
  const a = await dumpCells(book);
  const b = await dumpCells(out);
  for (const key of new Set([...a.keys(), ...b.keys()]))
    if (!['月次実績!G3', '月次実績!G4', '月次実績!G6'].includes(key)) expect([key, b.get(key)]).toEqual([key, a.get(key)]);
});

test('year to date: the pro-rated annual target, the explicit monthly plan, a rate compared as it is', async () => {
  const { json } = await runImport('ytd.csv', csv);
  const g = Object.fromEntries(json.ratings.map((x: { name: string }) => [x.name, x]));
  // 110 + 1050 = 1160 against 1200 × 2/12 = 200.
  expect(g['窓口相談件数']).toMatchObject({ months: 2, yearToDate: 1160, target: 200, targetSource: 'prorated', grade: 'A' });
  // 30 + 75 = 105 against the plan 20 + 60 = 80.
  expect(g['講座の参加者数']).toMatchObject({ yearToDate: 105, target: 80, targetSource: 'plan', grade: 'A' });
  // A rate: May's 78.5 against 80 (98.1 %).
  expect(g['施設の利用率']).toMatchObject({ yearToDate: 78.5, target: 80, targetSource: 'annual', grade: 'B' });
  // The kept figure (205) counts: 190 + 205 = 395 against 400 → B.
  expect(g['ごみの排出量']).toMatchObject({ yearToDate: 395, target: 400, grade: 'B' });
  // No May figure: 28 against 60, the missing month listed.
  expect(g['ボランティア登録者数']).toMatchObject({ yearToDate: 28, target: 60, grade: 'D', missingMonths: [5] });
});

test('--overwrite replaces the figure already there; a workbook export works too', async () => {
  const { json } = await runImport('over.csv', csv, '--overwrite');
  expect(json.conflicts[0].overwritten).toBe(true);
  expect(json.written.map((w: { cell: string }) => w.cell)).toContain('G7');
  const data = await writeXlsx(dir, 'export.xlsx', [
    sheet('出力', [
      ['番号', '実績値'],
      ['K-05', 31],
    ]),
  ]);
  const out = path.join(dir, 'from-xlsx.xlsx');
  const r = await cli('import', book, '--actuals', data, '--month', '5月', '-o', out, '--json');
  expect(JSON.parse(r.out).written).toEqual([{ sheet: '月次実績', cell: 'G8', name: 'ボランティア登録者数', before: null, after: 31, figure: 31 }]);
});

test('clear errors: no month column in the export, a month that cannot be read, the input as output', async () => {
  const bad = path.join(dir, 'bad.csv');
  await fs.writeFile(bad, '指標名,備考\n窓口相談件数,x\n');
  const r = await cli('import', book, '--actuals', bad, '--month', '2024-05', '-o', path.join(dir, 'bad-out.xlsx'));
  expect(r.code).toBe(2);
  expect(r.err).toContain('値の列（「実績値」または「5月」）が見つかりません');
  expect((await cli('import', book, '--actuals', bad, '--month', '13月', '-o', path.join(dir, 'x.xlsx'))).err).toContain('読み取れません');
  expect((await cli('import', book, '--actuals', bad, '--month', '5', '-o', book)).err).toContain('別の名前');
});
