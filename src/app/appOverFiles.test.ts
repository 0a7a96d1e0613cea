/**
 * Each use case over the real file port, on real .xlsx bytes: what it reads, what it writes (read
 * back from the bytes it produced), what it refuses, and that the bytes it was given never change.
 */
import ExcelJS from 'exceljs';
import { buildWorkbook } from '../adapters/xlsx/applyPlan';
import { filePort } from '../adapters/xlsx/filePort';
import { newFilePort } from '../adapters/xlsx/newFilePort';
import { colouredScale, defaultRules, SETTINGS_SHEET, SUMMARY_SHEET, templateSheetSpecs, type WorkbookSnapshot } from '../engine';
import type { SheetSpec } from '../engine/model/plan';
import { sheet } from '../../test/helpers/workbooks';
import * as app from '.';

async function bytesOf(specs: SheetSpec[], tweak?: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = buildWorkbook(specs);
  tweak?.(wb);
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

/** Two projects with targets and actuals for 令和5年度, grades empty. */
const projects = () =>
  bytesOf([
    sheet('事業', [
      ['事業名', 'R5目標', 'R5実績', '自己評価'],
      ['講座', 10, 10, null],
      ['相談', 100, 40, null],
    ]),
  ]);

/** The standard template with its sample data, for 令和5年度 (plan 令和3〜7年度). */
const sampleBook = () => bytesOf(templateSheetSpecs({ fiscalYear: 2023, planStart: 2021, planEnd: 2025, sample: true }));

const cell = (s: WorkbookSnapshot, sheetName: string, row: number, col: number) => {
  const sh = s.sheets.find((x) => x.name === sheetName)!;
  return sh.values[row - sh.top]?.[col - sh.left] ?? null;
};

const reread = (bytes: Uint8Array) => filePort(bytes, 'out.xlsx').read();

describe('check', () => {
  test("reads the file and reports its indicators and grades, with the read's progress", async () => {
    const progress: app.Progress[] = [];
    const r = await app.check(filePort(await projects(), 'p.xlsx'), { file: 'p.xlsx', onProgress: (p) => progress.push(p) });
    expect(r.report.file).toBe('p.xlsx');
    expect(r.report.indicators.map((i) => [i.name, i.actual, i.target, i.grade])).toEqual([
      ['講座', 10, 10, expect.any(String)],
      ['相談', 40, 100, expect.any(String)],
    ]);
    expect(r.report.indicators[0].grade).not.toBe(r.report.indicators[1].grade);
    expect(progress[0]).toEqual({ stage: 'read', fraction: 0 });
    expect(progress.at(-1)).toEqual({ stage: 'evaluate', fraction: 1 });
  });

  test('bytes that are not a workbook are refused naming the file', async () => {
    await expect(app.check(filePort(new TextEncoder().encode('a,b\n1,2\n'), '実績.xlsx'), { file: '実績.xlsx' })).rejects.toThrow(/実績\.xlsx/);
  });
});

describe('rate', () => {
  test('writes the computed grades and 評価サマリー into new bytes; the given bytes stay as they were', async () => {
    const bytes = await projects();
    const before = Uint8Array.from(bytes);
    const r = await app.rate(filePort(bytes, 'p.xlsx'), { file: 'p.xlsx', overwrite: false });
    expect(Buffer.from(bytes).equals(Buffer.from(before))).toBe(true);
    expect(r.applied).not.toBeNull();
    expect(r.applied!.cells).toBe(2);
    expect(r.applied!.sheets).toEqual([SUMMARY_SHEET]);
    expect(r.applied!.keptEverything).toBe(true);
    expect(r.fill).toBe(2);
    const out = await reread(r.applied!.bytes);
    const grades = r.result.report.indicators.map((i) => i.grade);
    expect([cell(out, '事業', 2, 4), cell(out, '事業', 3, 4)]).toEqual(grades);
    expect(out.sheets.map((s) => s.name)).toContain(SUMMARY_SHEET);
  });

  test('a grade already written that differs is kept and counted, or replaced with overwrite', async () => {
    const first = await app.rate(filePort(await projects(), 'p.xlsx'), { file: 'p.xlsx', overwrite: false });
    const computed = first.result.report.indicators[1].grade!;
    const other = computed === 'A' ? 'D' : 'A';
    const bytes = await bytesOf([
      sheet('事業', [
        ['事業名', 'R5目標', 'R5実績', '自己評価'],
        ['講座', 10, 10, null],
        ['相談', 100, 40, other],
      ]),
    ]);
    const kept = await app.rate(filePort(bytes, 'p.xlsx'), { file: 'p.xlsx', overwrite: false });
    expect(kept.kept).toBe(1);
    expect(cell(await reread(kept.applied!.bytes), '事業', 3, 4)).toBe(other);
    const replaced = await app.rate(filePort(bytes, 'p.xlsx'), { file: 'p.xlsx', overwrite: true });
    expect(replaced.kept).toBe(0);
    expect(replaced.replace).toBe(1);
    expect(cell(await reread(replaced.applied!.bytes), '事業', 3, 4)).toBe(computed);
  });

  test('no indicator: nothing is applied', async () => {
    const r = await app.rate(filePort(await bytesOf([sheet('メモ', [['議事録'], ['出席者', '5名']])]), 'm.xlsx'), { file: 'm.xlsx', overwrite: false });
    expect(r.noIndicators).toBe(true);
    expect(r.applied).toBeNull();
  });

  test("the preview's fingerprint lets the run write; another plan or a cancelled run stops it before anything is applied", async () => {
    const bytes = await projects();
    const port = filePort(bytes, 'p.xlsx');
    const applied: unknown[] = [];
    const watched = { read: port.read, apply: (...a: Parameters<typeof port.apply>) => (applied.push(a[1].action), port.apply(...a)) };
    const preview = await app.previewRate(watched, { file: 'p.xlsx', overwrite: false });
    expect(preview.fill).toBe(2);
    await expect(app.rate(watched, { file: 'p.xlsx', overwrite: true, expected: 'not-this-plan' })).rejects.toMatchObject({ reason: 'stale' });
    const ac = new AbortController();
    ac.abort();
    await expect(app.rate(watched, { file: 'p.xlsx', overwrite: false, signal: ac.signal })).rejects.toBeInstanceOf(app.Stopped);
    expect(applied).toEqual([]);
    const r = await app.rate(watched, { file: 'p.xlsx', overwrite: false, expected: preview.fingerprint });
    expect(r.applied!.cells).toBe(2);
    expect(applied).toEqual([{ name: 'rate' }]);
  });
});

describe('roll', () => {
  test('the next period: the title and the summary move on a year, the file given is unchanged', async () => {
    const bytes = await sampleBook();
    const preview = await app.previewRoll(filePort(bytes, 's.xlsx'), { file: 's.xlsx' });
    expect([preview.from.fiscalYear, preview.to.fiscalYear]).toEqual([2023, 2024]);
    const r = await app.roll(filePort(bytes, 's.xlsx'), { file: 's.xlsx', expected: preview.fingerprint });
    expect(r.applied.cells).toBe(r.plan.cells.length);
    expect(r.changes.length).toBeGreaterThan(0);
    const next = await app.check(filePort(r.applied.bytes, 'n.xlsx'), { file: 'n.xlsx' });
    expect(next.report.period?.fiscalYear).toBe(2024);
    expect((await app.check(filePort(bytes, 's.xlsx'), { file: 's.xlsx' })).report.period?.fiscalYear).toBe(2023);
  });

  test('to a year that is not after the current one: refused before anything is written', async () => {
    await expect(app.roll(filePort(await sampleBook(), 's.xlsx'), { file: 's.xlsx', toFiscalYear: 2023 })).rejects.toThrow(/令和5年度/);
  });
});

describe('import', () => {
  const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const monthly = () =>
    bytesOf([
      sheet('月次実績', [
        ['番号', '指標名', '単位', '年間目標', ...MONTHS],
        ['R-1', '窓口相談件数', '件', 1200, 110],
        ['R-2', '講座の参加者数', '人', 600, 30],
      ]),
    ]);

  test("one month's actuals into their cells; a value already there is kept unless overwrite", async () => {
    const rows = [
      ['番号', '実績'],
      ['R-1', 95],
      ['R-2', 40],
    ];
    const r = await app.importActuals(filePort(await monthly(), 'm.xlsx'), { rows, month: 5, overwrite: false });
    expect(r.applied.cells).toBe(2);
    const out = await reread(r.applied.bytes);
    expect([cell(out, '月次実績', 2, 6), cell(out, '月次実績', 3, 6)]).toEqual([95, 40]);
    const april = await app.importActuals(filePort(await monthly(), 'm.xlsx'), { rows, month: 4, overwrite: false });
    expect(april.result.conflicts.map((c) => [c.cell, c.overwritten])).toEqual([
      ['E2', false],
      ['E3', false],
    ]);
    expect(cell(await reread(april.applied.bytes), '月次実績', 2, 5)).toBe(110);
    const over = await app.importActuals(filePort(await monthly(), 'm.xlsx'), { rows, month: 4, overwrite: true });
    expect(cell(await reread(over.applied.bytes), '月次実績', 2, 5)).toBe(95);
  });

  test('a workbook without a monthly table is refused, saying the workbook is at fault', async () => {
    await expect(app.importActuals(filePort(await projects(), 'p.xlsx'), { rows: [['R-1', 1]], month: 5, overwrite: false })).rejects.toMatchObject({
      source: 'workbook',
    });
  });
});

describe('template, init and settings', () => {
  test('a new workbook with the three sheets, readable and checked for the period given', async () => {
    const r = await app.template(newFilePort('exceljs'), { fiscalYear: 2024, planStart: 2022, planEnd: 2026, sample: true });
    if (r.kind !== 'made') throw new Error(r.kind);
    expect(r.period).toBe('令和6年度');
    const made = await app.check(filePort(r.applied.bytes, 't.xlsx'), { file: 't.xlsx' });
    expect(made.report.period?.fiscalYear).toBe(2024);
    expect(made.report.sheets.map((s) => s.name)).toEqual(expect.arrayContaining(r.sheets.filter((n) => n !== SETTINGS_SHEET)));
    // Into the workbook just made: its names are taken, nothing is applied.
    const again = await app.template(filePort(r.applied.bytes, 't.xlsx'), { fiscalYear: 2024, planStart: 2022, planEnd: 2026, sample: false });
    expect(again).toEqual({ kind: 'taken', sheets: r.sheets });
  });

  test('years that do not fit together are refused before anything is read', async () => {
    const port = { read: jest.fn(), apply: jest.fn() };
    await expect(app.template(port, { fiscalYear: 2030, planStart: 2022, planEnd: 2026, sample: false })).rejects.toThrow(/令和12年度/);
    expect(port.read).not.toHaveBeenCalled();
  });

  test('init adds 評価設定 with the default rules once; readSettings reads them back', async () => {
    const r = await app.init(filePort(await projects(), 'p.xlsx'), { file: 'p.xlsx' });
    if (r.kind !== 'added') throw new Error(r.kind);
    expect(r.applied.sheets).toEqual([SETTINGS_SHEET]);
    const settings = await app.readSettings(filePort(r.applied.bytes, 'p.xlsx'));
    expect(settings.exists).toBe(true);
    expect(settings.findings).toEqual([]);
    expect(settings.rules.scale.map((b) => b.grade)).toEqual(defaultRules().scale.map((b) => b.grade));
    expect(await app.init(filePort(r.applied.bytes, 'p.xlsx'), { file: 'p.xlsx' })).toEqual({ kind: 'exists' });
    expect(await app.readSettings(filePort(await projects(), 'p.xlsx'))).toMatchObject({ exists: false, findings: [] });
  });

  test('writeSettings replaces 評価設定 with the rules given', async () => {
    const rules = defaultRules();
    rules.scale = rules.scale.map((b, i) => (i === 0 ? { ...b, label: '大いに達成' } : b));
    const written = await app.writeSettings(filePort(await projects(), 'p.xlsx'), rules);
    const back = await app.readSettings(filePort(written.bytes, 'p.xlsx'));
    expect(back.rules.scale[0].label).toBe('大いに達成');
    expect(colouredScale(back.rules.scale).length).toBe(rules.scale.length);
  });
});

describe('cancellation', () => {
  test('check, template, init and writeSettings stop (Stopped cancelled) after reading when the signal fired; nothing is applied', async () => {
    const bytes = await projects();
    const port = filePort(bytes, 'p.xlsx');
    const applied: unknown[] = [];
    const watched = { read: port.read, apply: (...a: Parameters<typeof port.apply>) => (applied.push(a[1].action), port.apply(...a)) };
    const ac = new AbortController();
    ac.abort();
    const signal = ac.signal;
    await expect(app.check(watched, { file: 'p.xlsx', signal })).rejects.toMatchObject({ reason: 'cancelled' });
    await expect(app.template(watched, { fiscalYear: 2024, planStart: 2022, planEnd: 2026, sample: false, signal })).rejects.toBeInstanceOf(app.Stopped);
    await expect(app.init(watched, { file: 'p.xlsx', signal })).rejects.toBeInstanceOf(app.Stopped);
    await expect(app.writeSettings(watched, defaultRules(), { signal })).rejects.toBeInstanceOf(app.Stopped);
    expect(applied).toEqual([]);
    // Not fired: the same calls run.
    expect((await app.check(watched, { file: 'p.xlsx', signal: new AbortController().signal })).report.indicators.length).toBe(2);
  });
});
