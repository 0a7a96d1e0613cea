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
