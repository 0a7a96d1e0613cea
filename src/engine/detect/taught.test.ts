import { checkWorkbook } from '../actions/check';
import { planRoll } from '../actions/roll';
import type { CellValue, SheetSnapshot, WorkbookSnapshot } from '../model/port';
import { settingsSheetSpec, readSettingsSheet } from '../sheets/settingsSheet';
import { defaultRules } from '../grading/rules';
import { readLayoutSection } from '../sheets/layoutSettings';
import { scatteredSheet, scatteredWorkbook } from '../../../test/support/samples/scatteredLayout';
import { checkEntry, layoutFromJson, layoutToJson, type TaughtLayout } from './taughtLayout';
import { snap } from './testing';

const LAYOUT: TaughtLayout = {
  entries: [
    { sheet: '事業メモ', names: 'J4:J6', targets: 'B4:B6', actuals: 'D4:D6', unit: 'K4:K6', period: 'D2', grade: 'L4:L6' },
    { sheet: '補足', names: 'B2', targets: 'E3', actuals: 'F3', period: 'E2', unit: '人' },
  ],
};

const facts = (wb: WorkbookSnapshot, layout?: TaughtLayout) =>
  checkWorkbook(wb, { layout }).report.indicators.map((i) => [i.sheet, i.name, i.unit, i.target, i.actual, i.actualPeriod, i.grade]);

/** The 評価設定 sheet as the engine writes it, turned back into a snapshot. */
function settingsSnapshot(layout: TaughtLayout): SheetSnapshot {
  const spec = settingsSheetSpec(defaultRules(), layout);
  return snap(
    '評価設定',
    spec.rows.map((r) => r.map((c) => (c ? (c.value as CellValue) : null))),
  );
}

test('the reader alone finds nothing on the scattered layout', () => {
  expect(facts(scatteredWorkbook())).toEqual([]);
});

test('a taught layout reads every indicator it names, with its cells', () => {
  expect(facts(scatteredWorkbook(), LAYOUT)).toEqual([
    ['事業メモ', '相談件数', '件', 120, 100, 'R5', 'B'],
    ['事業メモ', '講座の参加者数', '人', 40, 46, 'R5', 'A'],
    ['事業メモ', '見守り訪問の回数', '回', 300, 240, 'R5', 'B'],
    ['補足', 'ボランティア登録者', '人', 80, 92, '令和5年度', 'A'],
  ]);
  const r = checkWorkbook(scatteredWorkbook(), { layout: LAYOUT });
  expect(r.report.period?.fiscalYear).toBe(2023);
  expect(r.layoutProblems).toEqual([]);
  const first = r.report.indicators[0];
  expect([first.cells.name, first.cells.target, first.cells.actual]).toEqual(['J4', 'B4', 'D4']);
});

test('the same layout written in 評価設定 rows is read back and used', () => {
  const settings = settingsSnapshot(LAYOUT);
  const read = readLayoutSection(settings)!;
  expect(layoutToJson(read)).toEqual(layoutToJson(LAYOUT));
  expect(read.entries[0].source).toMatch(/^評価設定!A\d+$/);
  // The rules reader skips the section: no settings-invalid findings from it.
  expect(readSettingsSheet(settings, defaultRules()).findings).toEqual([]);
  expect(facts(scatteredWorkbook([settings]))).toEqual(facts(scatteredWorkbook(), LAYOUT));
});

test('a taught layout replaces only what it names: the reader still reads the rest', () => {
  const table = snap('一覧', [
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['相談件数', '件', 999, 1],
    ['図書貸出冊数', '冊', 5000, 5200],
  ]);
  const before = facts({ sheets: [table] });
  expect(before.map((f) => f[1])).toEqual(['相談件数', '図書貸出冊数']);
  const after = facts({ sheets: [table] }, { entries: [{ sheet: '一覧', names: 'A2', targets: 'D2', actuals: 'C2' }] });
  expect(after).toEqual([
    ['一覧', '相談件数', null, 1, 999, null, 'A'],
    ['一覧', '図書貸出冊数', '冊', 5000, 5200, 'R5', 'A'],
  ]);
});

test.each([
  [{ sheet: 'なし', names: 'A1:A3', actuals: 'B1:B3' }, 'シート「なし」がありません'],
  [{ sheet: '事業メモ', names: 'J4:K6', actuals: 'D4:D6' }, '指標名のセル J4:K6 は1列か1行の範囲にしてください'],
  [{ sheet: '事業メモ', names: 'J4:J6', actuals: 'D4:D5' }, '実績のセル D4:D5（2個）と指標名のセル J4:J6（3個）の数が合いません'],
  [{ sheet: '事業メモ', names: 'J4:J6' }, '目標のセルも実績のセルもありません'],
  [{ sheet: '事業メモ', names: 'ここ', actuals: 'D4:D6' }, '指標名のセル「ここ」を読み取れません'],
  [{ sheet: '事業メモ', names: 'J4:J6', targets: '目標', actuals: 'D4:D6' }, '目標のセル「目標」を読み取れません'],
])('a problem names the cells: %j', (entry, message) => {
  const r = checkWorkbook(scatteredWorkbook(), { layout: { entries: [entry] } });
  expect(r.layoutProblems.map((p) => p.ja).join('\n')).toContain(message);
  // Each is a settings-invalid finding (an error) with the same text.
  expect(r.report.findings.filter((f) => f.code === 'settings-invalid').map((f) => f.message)).toEqual(r.layoutProblems.map((p) => p.ja));
  expect(r.report.indicators).toEqual([]);
});

test("one indicator's cells corrected by a later entry: the facts it gives replace the earlier entry's, the rest stay", () => {
  const corrected = { entries: [LAYOUT.entries[0], { sheet: '事業メモ', names: 'J5', actuals: 'H5', period: 'D2' }] };
  const sheet = scatteredSheet();
  sheet.values[4][7] = 44;
  expect(facts({ sheets: [sheet] }, corrected).map((f) => f.slice(1, 6))).toEqual([
    ['相談件数', '件', 120, 100, 'R5'],
    ['講座の参加者数', '人', 40, 44, 'R5'],
    ['見守り訪問の回数', '回', 300, 240, 'R5'],
  ]);
});

test('an empty name cell is a problem naming it; the other names are read', () => {
  const sheet = scatteredSheet();
  sheet.values[4] = [null, 40, null, 46];
  const r = checkWorkbook({ sheets: [sheet] }, { layout: { entries: [LAYOUT.entries[0]] } });
  expect(r.layoutProblems.map((p) => [p.cell, p.ja])).toEqual([['J5', expect.stringContaining('指標名のセル J5 が空欄')]]);
  expect(r.report.indicators.map((i) => i.name)).toEqual(['相談件数', '見守り訪問の回数']);
});

test('layout JSON: entries or a bare array; problems name the file and the position', () => {
  expect(layoutFromJson({ entries: LAYOUT.entries }, 'a.json').layout.entries).toHaveLength(2);
  expect(layoutFromJson(LAYOUT.entries, 'a.json').layout.entries[1].source).toBe('a.json 2番目');
  expect(layoutFromJson({ foo: 1 }, 'a.json').problems[0].ja).toContain('a.json');
  expect(layoutFromJson([1], 'a.json').problems[0].ja).toContain('a.json 1番目');
  expect(checkEntry({ sheet: 's', names: 'B2:B4', period: 'C1', unit: '人', actuals: 'C2:C4' }, true).problems).toEqual([]);
});

describe('roll', () => {
  test('moves the year-bound columns to the next year and keeps last year where it was', () => {
    const wb = scatteredWorkbook();
    const result = checkWorkbook(wb, { layout: LAYOUT });
    const rolled = planRoll(wb, result, 2024);
    const moved = rolled.taught.layout!.entries;
    expect(moved[0]).toMatchObject({ names: 'J4:J6', targets: 'F4:F6', actuals: 'H4:H6', period: 'H2', grade: 'L4:L6', unit: 'K4:K6' });
    // 補足 has no 令和6年度 heading: its target and period stay, with a note naming the heading.
    expect(moved[1]).toMatchObject({ targets: 'E3', actuals: 'F3', period: 'E2' });
    const kept = rolled.taught.notes.filter((n) => n.kind === 'kept');
    expect(kept.map((n) => [n.sheet, n.cell])).toEqual([
      ['補足', 'E2'],
      ['補足', 'E2'],
    ]);
    expect(kept[0].ja).toContain('令和6年度の見出しがない');
    // The headings of the year stay (R5計画 is not relabelled R6計画).
    expect(rolled.changes.filter((c) => c.sheet === '事業メモ' && ['B2', 'D2'].includes(c.cell))).toEqual([]);
  });

  test('rolled with 評価設定 rows: the rows are rewritten, and the next year reads the new columns', () => {
    const settings = settingsSnapshot({ entries: [...LAYOUT.entries, { sheet: '補足', names: 'B2', actuals: 'F3', grade: 'R5' }] });
    const wb = scatteredWorkbook([settings]);
    const rolled = planRoll(wb, checkWorkbook(wb), 2024);
    const settingsChanges = rolled.changes.filter((c) => c.sheet === '評価設定').map((c) => [c.before, c.after]);
    expect(settingsChanges).toEqual(
      expect.arrayContaining([
        ['B4:B6', 'F4:F6'],
        ['D4:D6', 'H4:H6'],
        ['D2', 'H2'],
      ]),
    );
    // A cell address that reads like a year (R5: column R) is never moved as a year mention.
    expect(rolled.changes.filter((c) => c.sheet === '評価設定' && c.before === 'R5')).toEqual([]);
    // The next year: the clerk enters the R6 actuals; the check reads them through the rewritten rows.
    const next = apply(wb, rolled.plan.cells);
    const sheet = next.sheets.find((s) => s.name === '事業メモ')!;
    sheet.values[3][7] = 125;
    const after = checkWorkbook(next);
    expect(after.report.period?.fiscalYear).toBe(2024);
    expect(after.report.indicators.filter((i) => i.sheet === '事業メモ').map((i) => [i.name, i.target, i.actual, i.actualPeriod])).toEqual([
      ['相談件数', 130, 125, 'R6'],
      ['講座の参加者数', 45, null, 'R6'],
      ['見守り訪問の回数', 320, null, 'R6'],
    ]);
  });
});

function apply(wb: WorkbookSnapshot, cells: { sheet: string; cell: string; value: CellValue }[]): WorkbookSnapshot {
  const copy: WorkbookSnapshot = JSON.parse(JSON.stringify(wb)) as WorkbookSnapshot;
  for (const w of cells) {
    const s = copy.sheets.find((x) => x.name === w.sheet)!;
    const m = /^([A-Z]+)(\d+)$/.exec(w.cell)!;
    const col = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    const r = Number(m[2]) - s.top;
    while (s.values.length <= r) s.values.push([]);
    s.values[r][col - s.left] = w.value;
  }
  return copy;
}
