/**
 * Figures that are not final, end to end: `evalsheet rate` on a workbook with 見込み / 約 / ①② actuals, the
 * JSON report and the 評価サマリー sheet as LibreOffice shows it: the grade 「B（暫定）」, the actual with
 * （暫定値） / （概数） after it, a final figure and its grade unmarked.
 */
import { promises as fs } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers/cli';
import { cleanUp, convert, readCsv, sheetCsv, type Converted } from './helpers/libreoffice';
import { sheet, tempDir, writeXlsx } from './helpers/workbooks';

jest.setTimeout(180_000);

let dir: string;
let rated: string;
let csv: Converted | undefined;
let json: {
  indicators: { name: string; actual: number | null; actualStatus: string; grade: string | null; gradeProvisional?: boolean }[];
  findings: { code: string; cell: string }[];
};

beforeAll(async () => {
  dir = await tempDir('evalsheet-provisional-');
  const file = await writeXlsx(dir, 'kpi.xlsx', [
    sheet('成果指標', [
      ['評価対象期間：令和５年度'],
      ['指標名', '単位', '目標値', '実績値'],
      ['相談件数', '件', 1000, '900（見込み）'],
      ['参加者数', '人', 50, '約45'],
      ['事業所数', '社', 10, 12],
      ['講座参加者数', '人', '①勉強会:30人 ②見学会:18人', '①勉強会:24人 ②見学会:11人'],
    ]),
  ]);
  rated = path.join(dir, 'rated.xlsx');
  const r = await cli('rate', file, '-o', rated, '--json');
  if (r.code === 2) throw new Error(r.err);
  json = JSON.parse(r.out);
  csv = await convert([rated], 'csv');
});

afterAll(async () => {
  if (csv) await cleanUp(csv);
  if (dir) await fs.rm(dir, { recursive: true, force: true });
});

test('the JSON report: numbers with their status, the grades computed and marked provisional', () => {
  const by = (n: string) => json.indicators.find((i) => i.name === n)!;
  expect(by('相談件数')).toMatchObject({ actual: 900, actualStatus: 'provisional', grade: 'B', gradeProvisional: true });
  expect(by('参加者数')).toMatchObject({ actual: 45, actualStatus: 'approximate', grade: 'B', gradeProvisional: true });
  expect(by('事業所数')).toMatchObject({ actual: 12, actualStatus: 'value', grade: 'A' });
  expect(by('事業所数').gradeProvisional).toBeUndefined();
  expect(by('講座参加者数')).toMatchObject({ actualStatus: 'value', grade: 'C' }); // 24/30 = 80 %, 11/18 = 61 %: the lowest counts
  expect(json.findings.filter((f) => f.code === 'actual-provisional').map((f) => f.cell)).toEqual(['D3', 'D4']);
});

test('the 評価サマリー sheet as LibreOffice shows it: 「B（暫定）」 and the figure with its word', async () => {
  const rows = await readCsv(sheetCsv(csv!, rated, '評価サマリー'));
  const header = rows.findIndex((r) => r[0] === 'グループ' && r[3] === '指標名');
  const col = (name: string) => rows[header].indexOf(name);
  const row = (name: string) => rows.find((r) => r[col('指標名')] === name)!;
  expect([row('相談件数')[col('実績値')], row('相談件数')[col('評価（計算）')]]).toEqual(['900（暫定値）', 'B（暫定）']);
  expect([row('参加者数')[col('実績値')], row('参加者数')[col('評価（計算）')]]).toEqual(['45（概数）', 'B（暫定）']);
  expect([row('事業所数')[col('実績値')], row('事業所数')[col('評価（計算）')]]).toEqual(['12', 'A']);
  expect(row('講座参加者数')[col('評価（計算）')]).toBe('C');
});
