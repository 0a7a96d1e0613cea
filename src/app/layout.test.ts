/** saveLayout and writeSettings over the real file port: the taught entries in 評価設定, kept by a rules edit, refused when 評価設定 has a value it cannot read. */
import { buildWorkbook } from '../adapters/xlsx/applyPlan';
import { filePort } from '../adapters/xlsx/filePort';
import { defaultRules, settingsSheetSpec, type TaughtEntry } from '../engine';
import type { CellValue } from '../engine/model/port';
import type { SheetSpec } from '../engine/model/plan';
import { scatteredSheet } from '../../test/support/samples/scatteredLayout';
import { sheet } from '../../test/helpers/workbooks';
import * as app from '.';

async function bytesOf(specs: SheetSpec[]): Promise<Uint8Array> {
  return new Uint8Array((await buildWorkbook(specs).xlsx.writeBuffer()) as ArrayBuffer);
}

const memo = () => sheet('事業メモ', scatteredSheet().values as (string | number | null)[][]);
const NAMES: TaughtEntry = { sheet: '事業メモ', names: 'J4:J6', targets: 'B4:B6', actuals: 'D4:D6' };

test('saved entries are read back, replace an entry on the same names, and survive a rules edit', async () => {
  const first = await app.saveLayout(filePort(await bytesOf([memo()]), 'memo.xlsx'), [NAMES]);
  if (first.kind !== 'saved') throw new Error(JSON.stringify(first));
  const again = await app.saveLayout(filePort(first.applied.bytes, 'memo.xlsx'), [
    { ...NAMES, period: 'D2' },
    { sheet: '事業メモ', names: 'J4', targets: 'F4' },
  ]);
  if (again.kind !== 'saved') throw new Error(JSON.stringify(again));
  expect(again.layout.entries).toEqual([
    { ...NAMES, period: 'D2' },
    { sheet: '事業メモ', names: 'J4', targets: 'F4' },
  ]);
  const rules = { ...defaultRules(), tolerance: 0.1 };
  const edited = await app.writeSettings(filePort(again.applied.bytes, 'memo.xlsx'), rules);
  const port = filePort(edited.bytes, 'memo.xlsx');
  expect((await app.readLayout(port))?.entries.map(({ sheet: s, names }) => [s, names])).toEqual([
    ['事業メモ', 'J4:J6'],
    ['事業メモ', 'J4'],
  ]);
  expect((await app.readSettings(port)).rules.tolerance).toBe(0.1);
  const checked = await app.check(port, { file: 'memo.xlsx' });
  // The one-indicator entry corrects 相談件数's target and keeps the actual the range entry gave it.
  expect(checked.report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['相談件数', 130, 100],
    ['講座の参加者数', 40, 46],
    ['見守り訪問の回数', 300, 240],
  ]);
});

test('refused, nothing written: entries that cannot be read, or 評価設定 holding a value it cannot read (it would be rewritten)', async () => {
  const bytes = await bytesOf([memo()]);
  const bad = await app.saveLayout(filePort(bytes, 'memo.xlsx'), [{ ...NAMES, actuals: 'D4:D9' }]);
  expect(bad.kind === 'refused' && bad.problems.map((p) => p.ja)).toEqual([
    expect.stringContaining('実績のセル D4:D9（6個）と指標名のセル J4:J6（3個）の数が合いません'),
  ]);
  const settings = settingsSheetSpec(defaultRules());
  const rows = settings.rows.map((r) => r.map((c) => (c && c.value === '達成率' ? { ...c, value: '達成度' as CellValue } : c)));
  const withBadSetting = await bytesOf([memo(), { ...settings, rows } as SheetSpec]);
  const refused = await app.saveLayout(filePort(withBadSetting, 'memo.xlsx'), [NAMES]);
  expect(refused.kind).toBe('refused');
  expect(refused.kind === 'refused' && refused.problems[0].ja).toMatch(/^評価設定のセル B\d+ の値を読み取れないため、読み取りの指定を保存していません/);
});

/** The 評価設定 sheet's cells as rows of plain values (from the port's snapshot). */
async function settingsRows(port: ReturnType<typeof filePort>): Promise<string[][]> {
  const s = (await port.read()).sheets.find((x) => x.name === '評価設定')!;
  return s.values.map((r) => r.map((v) => (v === null ? '' : String(v))));
}

/** Rows without their trailing empty cells, and without trailing empty rows. */
function trimmed(rows: string[][]): string[][] {
  const out = rows.map((r) => {
    const a = [...r];
    while (a.length && a[a.length - 1] === '') a.pop();
    return a;
  });
  while (out.length && !out[out.length - 1].length) out.pop();
  return out;
}

const SINGLE: TaughtEntry = { sheet: '事業メモ', names: 'J4', targets: 'F4', unit: '件' };

test('an entry taken out: its row goes, the rows below move up, every other cell of 評価設定 stays; the check reads without it', async () => {
  const saved = await app.saveLayout(filePort(await bytesOf([memo()]), 'memo.xlsx'), [NAMES, SINGLE]);
  if (saved.kind !== 'saved') throw new Error(JSON.stringify(saved));
  const before = filePort(saved.applied.bytes, 'memo.xlsx');
  const rowsBefore = await settingsRows(before);
  const listed = (await app.readLayout(before))!.entries;
  expect(listed.map((e) => e.names)).toEqual(['J4:J6', 'J4']);

  const removed = await app.removeLayoutEntry(before, listed[0]);
  if (removed.kind !== 'removed') throw new Error(JSON.stringify(removed));
  expect(removed.entry.source).toBe(listed[0].source);
  expect(removed.layout.entries.map((e) => e.names)).toEqual(['J4']);
  // 評価設定 is what it was with that one row deleted: every other row as it was, the one below moved up.
  const row = Number(/\d+$/.exec(listed[0].source!)![0]);
  const after = filePort(removed.applied.bytes, 'memo.xlsx');
  const top = (await before.read()).sheets.find((x) => x.name === '評価設定')!.top;
  expect(trimmed(await settingsRows(after))).toEqual(trimmed([...rowsBefore.slice(0, row - top), ...rowsBefore.slice(row - top + 1)]));
  expect(removed.applied.cells).toBeLessThanOrEqual(2 * 8);
  expect((await app.readLayout(after))!.entries).toEqual([{ ...SINGLE, source: `評価設定!A${row}`, cells: expect.any(Object) }]);
  expect((await app.readSettings(after)).findings).toEqual([]);
  const checked = await app.check(after, { file: 'memo.xlsx' });
  expect(checked.report.indicators.map((i) => [i.name, i.target, i.actual, i.unit])).toEqual([['相談件数', 130, null, '件']]);
});

test('taking out: an entry no longer there is missing, a protected 評価設定 is refused; nothing written either way', async () => {
  const saved = await app.saveLayout(filePort(await bytesOf([memo()]), 'memo.xlsx'), [NAMES]);
  if (saved.kind !== 'saved') throw new Error(JSON.stringify(saved));
  const port = filePort(saved.applied.bytes, 'memo.xlsx');
  const [entry] = (await app.readLayout(port))!.entries;
  const apply = jest.spyOn(port, 'apply');
  expect(await app.removeLayoutEntry(port, { ...entry, actuals: 'D4:D5' })).toEqual({ kind: 'missing' });
  expect(apply).not.toHaveBeenCalled();

  const settings = { ...settingsSheetSpec(defaultRules(), { entries: [NAMES] }), protect: true };
  const locked = filePort(await bytesOf([memo(), settings]), 'memo.xlsx');
  const lockedApply = jest.spyOn(locked, 'apply');
  const [lockedEntry] = (await app.readLayout(locked))!.entries;
  expect(await app.removeLayoutEntry(locked, lockedEntry)).toEqual({ kind: 'protected' });
  expect(lockedApply).not.toHaveBeenCalled();
});
