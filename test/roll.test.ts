/**
 * `evalsheet roll`: a workbook turned into the next period's. Every change asserted, every other
 * cell compared unchanged, the input never modified; past the plan's last year a finding.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import ExcelJS from 'exceljs';
import { cli } from './helpers/cli';
import { checkFile, dumpCells, tempDir } from './helpers/workbooks';

let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-roll-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

interface Change {
  sheet: string;
  cell: string;
  kind: string;
  before: unknown;
  after: unknown;
}

/** Rolls `file` and checks that the output differs from the input in exactly the listed cells. */
async function rollAndCompare(
  file: string,
  ...args: string[]
): Promise<{ code: number; changes: Change[]; sheets: string[]; findings: { code: string; message: string }[]; out: string }> {
  const out = path.join(dir, `rolled-${path.basename(file)}`);
  await fs.rm(out, { force: true });
  const inputBytes = await fs.readFile(file);
  const r = await cli('roll', file, '-o', out, '--json', ...args);
  expect((await fs.readFile(file)).equals(inputBytes)).toBe(true); // the input is never modified
  expect(r.code).toBeLessThan(2);
  const json = JSON.parse(r.out);
  const before = await dumpCells(file);
  const after = await dumpCells(out);
  const changed = new Set(json.changes.map((c: Change) => `${c.sheet}!${c.cell}`));
  const remade = new Set<string>(json.sheets); // EvalSheet's own sheets, made again for the new period
  for (const key of new Set([...before.keys(), ...after.keys()])) {
    if (changed.has(key) || remade.has(key.slice(0, key.lastIndexOf('!')))) continue;
    expect([key, after.get(key)]).toEqual([key, before.get(key)]);
  }
  for (const c of json.changes as Change[]) {
    const v = after.get(`${c.sheet}!${c.cell}`);
    expect([c.cell, v ? JSON.parse(v.value) : null]).toEqual([c.cell, c.after]);
  }
  return { code: r.code, changes: json.changes, sheets: json.sheets, findings: json.findings, out };
}

test('the standard template, rated and with narratives written, rolled one year', async () => {
  const made = path.join(dir, 'made.xlsx');
  const rated = path.join(dir, 'r5.xlsx');
  expect((await cli('template', '-o', made, '--sample', '--period', 'R5', '--plan', 'R3-R7')).code).toBe(0);
  expect((await cli('rate', made, '-o', rated)).code).toBe(0);
  const narrativeRows = [26, 27, 28, 29]; // 成果・効果, 課題, 内部要因, 外部要因 under the indicator rows
  // The department writes its narratives: the project table's columns, a block under the indicators.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(rated);
  const projects = wb.getWorksheet('事業実績')!;
  projects.getCell('H5').value = '参加者が目標を上回った';
  projects.getCell('I6').value = '申請が伸びなかった';
  await wb.xlsx.writeFile(rated);

  const { code, changes, sheets, findings, out } = await rollAndCompare(rated, '--to', '令和6年度');
  expect(code).toBe(0);
  // Last year's summary is not carried over: it is made again for 令和6年度, without grades.
  expect(sheets).toEqual(['評価サマリー']);
  const summary = await dumpCells(out);
  expect(JSON.parse(summary.get('評価サマリー!A1')!.value)).toBe('評価サマリー（評価対象期間：令和6年度）');
  const col = (c: string) =>
    [...summary].filter(([k]) => new RegExp(`^評価サマリー!${c}(\\d+)$`).test(k) && Number(k.slice(k.indexOf(c) + 1)) > 4).map(([, v]) => JSON.parse(v.value));
  expect(col('D').length).toBeGreaterThan(0); // the indicators are listed
  expect(col('K').filter((v) => v !== null)).toEqual([]); // no grade computed: no 令和6年度 actual yet
  expect(col('L').filter((v) => v !== null)).toEqual([]); // none written
  expect(col('M').filter((v) => /^[ABCD]$/.test(String(v))).length).toBeGreaterThan(0); // last year's, as 前年度
  const list = changes.map((c) => `${c.sheet}!${c.cell} ${c.kind} ${JSON.stringify(c.before)}→${JSON.stringify(c.after)}`);
  expect(list).toEqual([
    '事業実績!A1 period "令和5年度　事業実績"→"令和6年度　事業実績"',
    '事業実績!C4 period "R5年度数値目標"→"R6年度数値目標"',
    '事業実績!D4 period "R5年度実績値"→"R6年度実績値"',
    '事業実績!D5 actual-cleared 22→null',
    '事業実績!F5 grade-cleared "A"→null',
    '事業実績!H5 narrative-cleared "参加者が目標を上回った"→null',
    '事業実績!D6 actual-cleared 31→null',
    '事業実績!F6 grade-cleared "C"→null',
    '事業実績!I6 narrative-cleared "申請が伸びなかった"→null',
    '事業実績!D7 actual-cleared 186→null',
    '事業実績!F7 grade-cleared "C"→null',
    '施策評価!A1 period "令和6年度　施策評価シート（評価対象期間：令和5年度）"→"令和7年度　施策評価シート（評価対象期間：令和6年度）"',
    '施策評価!B6 grade-cleared "B"→null',
    '施策評価!S10 grade-cleared "A"→null',
    '施策評価!S11 grade-cleared "B"→null',
    '施策評価!S12 grade-cleared "B"→null',
    '施策評価!S13 grade-cleared "B"→null',
    '施策評価!T13 grade-moved "A"→"B"',
    ...narrativeRows.map((r) => expect.stringMatching(new RegExp(`^施策評価!B${r} narrative-cleared ".+"→null$`))),
    '評価設定!B5 period "令和5年度"→"令和6年度"',
  ]);
  expect(findings.map((f) => f.code)).toEqual(['roll-targets-kept']);
  // Next year's workbook: period 令和6年度, last year's grades where the layout keeps them, only actuals missing.
  const report = await checkFile(out);
  expect(report.period?.label).toBe('令和6年度');
  expect(report.indicators.filter((i) => i.sheet === '施策評価').map((i) => i.previousGrade)).toEqual(['A', 'B', 'B', 'B']);
  expect(report.groups[0].previousGrade).toBe('B');
  expect(new Set(report.findings.filter((f) => f.severity !== 'info').map((f) => f.code))).toEqual(new Set(['missing-actual']));
  // The sheets stay protected.
  const rolled = new ExcelJS.Workbook();
  await rolled.xlsx.readFile(out);
  expect((rolled.getWorksheet('施策評価') as unknown as { sheetProtection?: { sheet?: boolean } }).sheetProtection?.sheet).toBe(true);
});

test('past the plan end: a finding, not a crash; the year mentions still move', async () => {
  const made = path.join(dir, 'r7.xlsx');
  expect((await cli('template', '-o', made, '--sample', '--period', 'R7', '--plan', 'R3-R7')).code).toBe(0);
  const { code, changes, findings } = await rollAndCompare(made);
  expect(code).toBe(1);
  expect(findings.map((f) => f.code)).toContain('roll-past-plan-end');
  expect(findings.find((f) => f.code === 'roll-past-plan-end')!.message).toContain('令和7年度までで、令和8年度の列がありません');
  expect(changes.find((c) => c.sheet === '評価設定')?.after).toBe('令和8年度');
});

test('refuses to write over the input or an existing file, and a period before the current one', async () => {
  const made = path.join(dir, 'refuse.xlsx');
  expect((await cli('template', '-o', made, '--period', 'R5')).code).toBe(0);
  expect((await cli('roll', made, '-o', made)).err).toContain('元のファイルとは別の名前');
  expect((await cli('roll', made, '-o', path.join(dir, 'made.xlsx'))).err).toContain('すでにあります');
  const back = await cli('roll', made, '--to', 'R4', '-o', path.join(dir, 'back.xlsx'));
  expect(back.code).toBe(2);
  expect(back.err).toContain('より後にしてください');
  expect(existsSync(path.join(dir, 'back.xlsx'))).toBe(false);
});

const SAMPLES = path.resolve(__dirname, '../../shared/samples');
const haveSamples = existsSync(SAMPLES);
if (!haveSamples) console.warn(`../shared/samples がないため、見本ブックの roll のテストを飛ばします（${SAMPLES}）。`);
(haveSamples ? describe : describe.skip)('the shared sample layouts, each rolled one period', () => {
  const sample = async (name: string) => {
    const copy = path.join(dir, name);
    await fs.copyFile(path.join(SAMPLES, name), copy);
    return copy;
  };

  test('policy sheet: the title years move; the plan year columns stay', async () => {
    const { changes, findings } = await rollAndCompare(await sample('kitakami-style-policy-sheet.xlsx'));
    expect(changes.map((c) => [c.cell, c.kind])).toEqual([['A1', 'period']]);
    expect(changes[0].after).toContain('令和７年度基本施策事後評価シート');
    expect(changes[0].after).toContain('評価対象期間：令和６年度');
    expect(findings).toEqual([]);
  });

  test('project table: headers move a year, actuals into the previous year column, grades and narratives emptied', async () => {
    const { changes } = await rollAndCompare(await sample('ichinoseki-style-project-results.xlsx'));
    const kinds = new Map<string, number>();
    for (const c of changes) kinds.set(c.kind, (kinds.get(c.kind) ?? 0) + 1);
    expect(changes.filter((c) => c.kind === 'period').map((c) => `${c.cell}:${c.after}`)).toEqual([
      'A1:令和6年度事業実績',
      'C4:R5年度実績値',
      'E4:R6年度数値目標',
      'F4:R6年度実績値',
    ]);
    const row5 = changes.filter((c) => /^[A-Z]5$/.test(c.cell)).map((c) => [c.cell, c.kind, c.after]);
    expect(row5).toEqual([
      ['C5', 'actual-moved', '交付決定事業所数 32社'],
      ['D5', 'grade-cleared', null],
      ['F5', 'actual-cleared', null],
      ['H5', 'narrative-cleared', null],
    ]);
    expect(kinds.get('grade-cleared')).toBe(kinds.get('actual-cleared'));
  });

  test('KPI table past its last year column: a finding, nothing changed', async () => {
    const { code, changes, findings } = await rollAndCompare(await sample('kitami-style-kpi.xlsx'));
    expect(code).toBe(1);
    expect(changes).toEqual([]);
    expect(findings.map((f) => f.code)).toEqual(['roll-past-plan-end']);
  });

  test('plan indicator table: dated figures stay as they are', async () => {
    const { changes } = await rollAndCompare(await sample('ichinoseki-style-plan-indicators.xlsx'));
    expect(changes).toEqual([]);
  });
});
