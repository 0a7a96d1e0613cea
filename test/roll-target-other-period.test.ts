/**
 * Defect (issue 13, "nothing misleading"; issue 16, "no silent guesses"): after `evalsheet roll` of a
 * project-results table (R4年度実績値 | 自己評価 | R5年度数値目標 | R5年度実績値 → R5年度実績値 | 自己評価 |
 * R6年度数値目標 | R6年度実績値 with the R6 actuals empty), check inferred the period R5 from the latest
 * actuals, compared last year's R5 actuals with the R6 targets (as a 最終目標), and rate wrote grades
 * into this year's blank 自己評価 cells. A per-year target of another year is not this period's target.
 */
import { existsSync, promises as fs } from 'node:fs';
import path from 'node:path';
import { cli } from './helpers/cli';
import { checkFile, dumpCells, tempDir } from './helpers/workbooks';

const SAMPLES = path.resolve(__dirname, '../../shared/samples');
const haveSamples = existsSync(SAMPLES);
let dir: string;
beforeAll(async () => {
  dir = await tempDir('evalsheet-roll-other-period-');
});
afterAll(async () => {
  await fs.rm(dir, { recursive: true, force: true });
});

async function rolledProjectResults(): Promise<string> {
  const input = path.join(dir, 'project-results.xlsx');
  await fs.copyFile(path.join(SAMPLES, 'ichinoseki-style-project-results.xlsx'), input);
  const rolled = path.join(dir, 'rolled.xlsx');
  await fs.rm(rolled, { force: true });
  expect((await cli('roll', input, '-o', rolled)).code).toBeLessThan(2);
  return rolled;
}

(haveSamples ? describe : describe.skip)('a rolled project-results table (R5年度実績値 | 自己評価 | R6年度数値目標 | R6年度実績値, R6 empty)', () => {
  test("check grades no indicator from last year's actuals against next year's targets; a finding names the cells", async () => {
    const rolled = await rolledProjectResults();
    const cells = await dumpCells(rolled);
    expect(JSON.parse(cells.get('事業実績!E4')!.value)).toBe('R6年度数値目標');
    expect(JSON.parse(cells.get('事業実績!C4')!.value)).toBe('R5年度実績値');
    const report = await checkFile(rolled);
    const table = report.indicators.filter((i) => i.sheet === '事業実績');
    expect(table.length).toBeGreaterThan(5);
    for (const i of table) {
      // Never an R5 actual (column C) compared with an R6 target (column E).
      const mixed = i.cells.actual?.startsWith('C') && i.cells.target?.startsWith('E');
      expect([i.name, !!mixed && i.attainment !== null]).toEqual([i.name, false]);
      if (report.period?.fiscalYear === 2023) expect([i.name, i.grade]).toEqual([i.name, null]);
    }
    if (report.period?.fiscalYear === 2023) {
      // The period was inferred from last year's actuals: said once, naming the blank R6 columns.
      const guess = report.findings.filter((f) => f.code === 'reading-uncertain');
      expect(guess.map((f) => [f.sheet, f.cell, f.severity])).toEqual([['事業実績', 'E5', 'warning']]);
      expect(guess[0].message).toContain('R6年度の目標（E5など）と実績（F5など、すべて空欄）');
      // Each target of another year is named.
      const named = report.findings.filter((f) => f.code === 'target-other-period');
      expect(named.length).toBeGreaterThan(0);
      for (const f of named) {
        expect(f.severity).toBe('warning');
        expect(f.cell).toMatch(/^E\d+$/);
        expect(f.message).toContain(`${f.cell}（R6年度の目標）`);
        expect(f.message).toMatch(/実績 C\d+/);
      }
    }
  });

  test("rate writes no grade into this year's blank 自己評価 cells", async () => {
    const rolled = await rolledProjectResults();
    const rated = path.join(dir, 'rated.xlsx');
    await fs.rm(rated, { force: true });
    const r = await cli('rate', rolled, '-o', rated);
    expect(r.code).toBeLessThan(2);
    const before = await dumpCells(rolled);
    const after = await dumpCells(rated);
    const grades = [...after].filter(([k]) => /^事業実績!D([5-9]|\d\d)$/.test(k));
    // Only what was there before the rating, nothing new written (not even D for a 未実施 of last year).
    for (const [k, v] of grades) expect([k, v.value]).toEqual([k, before.get(k)?.value]);
  });
});

test("a per-year target of another year in a made table: no grade, a warning naming the cells; a plan table's 目標（R8） still grades", async () => {
  const { sheet, writeXlsx } = await import('./helpers/workbooks');
  const file = await writeXlsx(dir, 'made.xlsx', [
    sheet('事業実績', [
      ['No.', '推進事業', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値'],
      [1, '相談会開催事業', 30, null, 40, null],
    ]),
    sheet('計画の指標', [
      ['No.', '指標', '現況（計画策定時）', '目標（R8）', '実績'],
      [1, '誘致企業数（社）', '29\n（令和4年3月末現在）', 39, '31\n（令和5年度）'],
    ]),
  ]);
  const report = await checkFile(file, { period: 'R5' });
  const project = report.indicators.find((i) => i.name === '相談会開催事業')!;
  expect([project.grade, project.attainment, project.target, project.targetSource]).toEqual([null, null, null, null]);
  const f = report.findings.find((x) => x.code === 'target-other-period')!;
  expect([f.sheet, f.cell, f.indicator, f.severity]).toEqual(['事業実績', 'E2', '相談会開催事業', 'warning']);
  expect(f.message).toContain('実績 C2');
  const plan = report.indicators.find((i) => i.name === '誘致企業数')!;
  expect([plan.target, plan.targetSource, plan.actual, plan.grade]).toEqual([39, 'final', 31, 'C']);
  // Its own period still grades against its own target.
  const r6 = await checkFile(file, { period: 'R6' });
  expect(r6.indicators.find((i) => i.name === '相談会開催事業')!.targetSource).toBe('expected');
});

test("roll pins the new period in a 評価設定 whose 評価対象期間 was blank: the rolled workbook is checked for 令和6年度, not for last year's actuals", async () => {
  const { sheet, writeXlsx } = await import('./helpers/workbooks');
  const { settingsSheetSpec } = await import('../src/engine/sheets/settingsSheet');
  const { defaultRules } = await import('../src/engine/grading/rules');
  const file = await writeXlsx(dir, 'with-settings.xlsx', [
    sheet('事業実績', [
      ['令和5年度事業実績'],
      [],
      ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値'],
      [1, '相談会開催事業', 25, null, 30, 33],
      [2, '講座開催事業', 12, null, 10, 8],
    ]),
    settingsSheetSpec(defaultRules()),
  ]);
  const before = await checkFile(file);
  expect([before.period?.label, before.period?.source]).toEqual(['R5年度', 'latest-actual']);
  const rolled = path.join(dir, 'with-settings-r6.xlsx');
  const r = await cli('roll', file, '-o', rolled, '--json');
  expect(r.code).toBeLessThan(2);
  const pinned = JSON.parse(r.out).changes.filter((c: { sheet: string }) => c.sheet === '評価設定');
  expect(pinned.map((c: { kind: string; before: unknown; after: unknown }) => [c.kind, c.before ?? null, c.after])).toEqual([['period', null, '令和6年度']]);
  const after = await checkFile(rolled);
  expect([after.period?.label, after.period?.source]).toEqual(['令和6年度', 'settings']);
  expect(after.indicators.map((i) => [i.name, i.grade, i.actualStatus])).toEqual([
    ['相談会開催事業', null, 'missing'],
    ['講座開催事業', null, 'missing'],
  ]);
  expect(after.findings.some((f) => f.code === 'target-other-period')).toBe(false);
});

test('a plan table with actual columns R3 … R7 and 目標（R7） keeps grading against the final target; only the inferred period is a guess finding', async () => {
  const { sheet, writeXlsx } = await import('./helpers/workbooks');
  const file = await writeXlsx(dir, 'plan-years.xlsx', [
    sheet('指標', [
      ['No.', '指標', '単位', 'R3', 'R4', 'R5', 'R6', 'R7', '目標（R7）'],
      [1, '相談件数', '件', 10, 12, 15, null, null, 20],
    ]),
    sheet('指標2', [
      ['No.', '指標', '単位', 'R3実績', 'R4実績', 'R5実績', 'R6実績', 'R7実績', '目標（R7）'],
      [1, '利用者数', '人', 10, 12, 18, null, null, 20],
    ]),
  ]);
  for (const options of [{ period: 'R5' }, {}]) {
    const report = await checkFile(file, options);
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.target, i.targetSource, i.actual, i.grade, i.cells.target])).toEqual([
      ['相談件数', 20, 'final', 15, 'C', 'I2'],
      ['利用者数', 20, 'final', 18, 'B', 'I2'],
    ]);
    expect(report.findings.filter((f) => f.code === 'target-other-period')).toEqual([]);
    // Issue 16: a period taken from the latest of several actual columns is a guess, said once (naming the
    // R5 cells used); with the period given there is none.
    const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => [f.cell, f.indicator]);
    expect(guesses).toEqual(options.period ? [] : [['F2', null]]);
  }
});

test("a table with a target for each year (R5目標 | R5実績 | R6目標 | R6実績): R5 with its target blank is not graded against R6's", async () => {
  const { sheet, writeXlsx } = await import('./helpers/workbooks');
  const file = await writeXlsx(dir, 'paired.xlsx', [
    sheet('事業', [
      ['No.', '事業名', 'R5目標', 'R5実績', 'R6目標', 'R6実績'],
      [1, '講座開催事業', null, 8, 10, null],
      [2, '相談会開催事業', 30, 33, 40, null],
    ]),
  ]);
  const report = await checkFile(file, { period: 'R5' });
  expect(report.indicators.map((i) => [i.name, i.target, i.targetSource, i.grade, i.cells.target])).toEqual([
    ['講座開催事業', null, null, null, 'C2'],
    ['相談会開催事業', 30, 'expected', 'A', 'C3'],
  ]);
  expect(report.findings.find((f) => f.indicator === '講座開催事業' && f.code === 'missing-target')?.cell).toBe('C2');
});
