/**
 * Every workbook the command writes opens in LibreOffice Calc: rate (and rate again), roll, import,
 * review, init and template, from the project's own fixtures. Each file is converted by soffice to
 * CSV (every sheet, values as shown) and to PDF (the print setup); a file it cannot load gives no
 * output and fails here. A few values of the converted sheets are compared with what EvalSheet wrote.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { buildWorkbook } from '../src/adapters/xlsx/applyPlan';
import { writeWorkbookFile } from '../src/adapters/xlsx/files';
import { newWorkbookBytes } from '../src/adapters/xlsx/newWorkbook';
import { defaultRules } from '../src/engine/grading/rules';
import { settingsSheetSpec } from '../src/engine/sheets/settingsSheet';
import { demoWorkbookSpecs } from './support/samples/demoWorkbook';
import { reviewTestSubmissions } from './support/samples/submissions';
import { cli } from './helpers/cli';
import { cleanUp, convert, readCsv, sheetCsv, type Converted } from './helpers/libreoffice';
import { sheet, tempDir, writeXlsx, type Raw } from './helpers/workbooks';

jest.setTimeout(180_000);

let dir: string;
const files: Record<string, string> = {};
let rateJson: { indicators: { sheet: string; name: string; grade: string | null; target: number | null }[] };
let csv: Converted;
let pdf: Converted;

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const monthRow = (id: string, name: string, unit: string, kind: string, target: Raw, months: Raw[]): Raw[] => [
  id,
  name,
  unit,
  kind,
  target,
  ...months,
  ...Array(12 - months.length).fill(null),
];

async function ok(...args: string[]): Promise<string> {
  const r = await cli(...args);
  if (r.code === 2) throw new Error(`evalsheet ${args.join(' ')} → 2\n${r.err}`);
  return r.out;
}

beforeAll(async () => {
  dir = await tempDir('evalsheet-lo-test-');
  const at = (name: string) => (files[name] = path.join(dir, `${name}.xlsx`));
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs()), at('demo'));
  rateJson = JSON.parse(await ok('rate', files.demo, '-o', at('rated'), '--json'));
  await ok('rate', files.rated, '-o', at('rated-again'));
  await ok('roll', files.rated, '-o', at('rolled'), '--to', '令和6年度');
  await ok('template', '-o', at('template'), '--period', 'R6');
  await ok('template', '-o', at('sample'), '--sample', '--period', 'R5', '--plan', 'R3-R7');
  await ok('rate', files.sample, '-o', at('sample-rated'));
  await writeWorkbookFile(buildWorkbook(demoWorkbookSpecs().filter((s) => s.name !== '評価設定')), path.join(dir, 'no-settings.xlsx'));
  await ok('init', path.join(dir, 'no-settings.xlsx'), '-o', at('init'));
  // A review of three submissions (in this thread: --jobs 1).
  const folder = path.join(dir, 'submissions');
  for (const s of reviewTestSubmissions().slice(0, 3)) await writeWorkbookFile(buildWorkbook(s.specs), path.join(folder, s.path));
  await ok('review', folder, '-o', at('review'), '--jobs', '1');
  // One month of actuals into a monthly tracking sheet.
  const monthly = await writeXlsx(dir, 'monthly.xlsx', [
    sheet('月次実績', [
      ['令和6年度　月別実績（市民協働課）'],
      ['番号', '指標名', '単位', '区分', '年間目標', ...MONTHS, '累計'],
      monthRow('K-01', '窓口相談件数', '件', '実績', 1200, [110]),
      monthRow('K-02', '講座の参加者数', '人', '実績', 600, [30]),
    ]),
  ]);
  const actuals = path.join(dir, 'actuals.csv');
  await fs.writeFile(actuals, '指標ID,指標名,5月\r\nK-01,窓口相談件数,"1,050"\r\nK-02,講座の参加者数,75\r\n');
  await ok('import', monthly, '--actuals', actuals, '--month', '2024-05', '-o', at('imported'));
  // The 評価設定 sheet alone (as template and init write it), to count its printed pages.
  await fs.writeFile(at('settings'), await newWorkbookBytes([settingsSheetSpec(defaultRules())]));
  // One soffice run per format, every file at once.
  const written = Object.values(files);
  csv = await convert(written, 'csv');
  pdf = await convert(written, 'pdf');
});

afterAll(async () => {
  if (csv) await cleanUp(csv);
  if (pdf) await cleanUp(pdf);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('every file written by rate, roll, import, review, init and template loads in LibreOffice (CSV of every sheet, a PDF)', () => {
  expect(Object.keys(files).sort()).toEqual(
    ['demo', 'imported', 'init', 'rated', 'rated-again', 'review', 'rolled', 'sample', 'sample-rated', 'settings', 'template'].sort(),
  );
  for (const f of Object.values(files)) {
    expect(csv.outputs.get(f)!.length).toBeGreaterThan(0);
    expect(pdf.outputs.get(f)).toHaveLength(1);
  }
  expect(
    csv.outputs
      .get(files.review)!
      .map((p) => path.basename(p))
      .sort(),
  ).toEqual(['review-指摘事項.csv', 'review-提出状況一覧.csv', 'review-評価一覧.csv', 'review-集計.csv'].sort());
});

test('the summary sheet as LibreOffice shows it: every indicator with its grade, figures with thousands separators', async () => {
  const rows = await readCsv(sheetCsv(csv, files.rated, '評価サマリー'));
  const header = rows.findIndex((r) => r[0] === 'グループ' && r[3] === '指標名');
  expect(header).toBeGreaterThanOrEqual(0);
  const col = (name: string) => rows[header].indexOf(name);
  const body = rows.slice(header + 1, header + 1 + rateJson.indicators.length);
  expect(body.map((r) => [r[col('シート')], r[col('指標名')], r[col('評価（計算）')] || null])).toEqual(
    rateJson.indicators.map((i) => [i.sheet, i.name, i.grade]),
  );
  // A target of 1100 reads 1,100.
  const big = rateJson.indicators.find((i) => typeof i.target === 'number' && i.target >= 1000)!;
  expect(body.find((r) => r[col('指標名')] === big.name)![col('目標値')]).toBe(big.target!.toLocaleString('en-US'));
  // Rated again: the same summary.
  expect(await readCsv(sheetCsv(csv, files['rated-again'], '評価サマリー'))).toEqual(rows);
});

test('the other files as LibreOffice shows them: the template, the rolled workbook, the import and the review', async () => {
  expect((await readCsv(sheetCsv(csv, files.template, '施策評価')))[0][0]).toBe('令和7年度　施策評価シート（評価対象期間：令和6年度）');
  expect((await readCsv(sheetCsv(csv, files.rolled, '評価サマリー')))[0][0]).toBe('評価サマリー（評価対象期間：令和6年度）');
  const monthly = await readCsv(sheetCsv(csv, files.imported, '月次実績'));
  const may = monthly[1].indexOf('5月');
  expect(monthly.slice(2).map((r) => [r[1], r[may]])).toEqual([
    ['窓口相談件数', '1050'],
    ['講座の参加者数', '75'],
  ]);
  const listed = await readCsv(sheetCsv(csv, files.review, '提出状況一覧'));
  for (const s of reviewTestSubmissions().slice(0, 3)) expect(listed.some((r) => r.some((v) => v.includes(path.basename(s.path, '.xlsx'))))).toBe(true);
  expect((await readCsv(sheetCsv(csv, files.init, '評価設定')))[0][0]).toBe('EvalSheet 評価設定');
});

/** Pages of a PDF LibreOffice wrote (its page objects are not compressed). */
async function pdfPages(file: string): Promise<number> {
  return ((await fs.readFile(file)).toString('latin1').match(/\/Type\s*\/Page(?![s\w])/g) ?? []).length;
}

test('the 評価設定 sheet printed on three pages (its 説明 column ran off the page): now on one A4 page', async () => {
  expect(await pdfPages(pdf.outputs.get(files.settings)![0])).toBe(1);
});

test('the summary prints the counts on a page of their own, then the indicators, not one beside or under the other', async () => {
  const rated = await pdfPages(pdf.outputs.get(files.rated)![0]);
  const demo = await pdfPages(pdf.outputs.get(files.demo)![0]);
  // The rated workbook's pages are the demo's and the summary's two (the counts; the 12 indicators).
  expect(rated - demo).toBe(2);
});
