/** A 差替 sheet sent in place of the first reply: its figures are the reply's, the first sheet's left out and said. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = [string, string, number, number | string];

const sheet = (tab: string, title: string, rows: Row[], note?: string) =>
  snap(tab, [[title], [note ?? null], [], ['指標名', '単位', '令和5年度\n目標', '令和5年度\n実績'], ...rows]);

const first: Row[] = [
  ['総合体育館利用者数', '人', 130000, 128400],
  ['市民文化祭来場者数', '人', 8000, '集計中'],
  ['スポーツ教室参加者数', '人', 2400, 2210],
];
const second: Row[] = [
  ['総合体育館利用者数', '人', 130000, 131250],
  ['市民文化祭来場者数', '人', 8000, 6912],
  ['スポーツ教室参加者数', '人', 2400, 2210],
];

const actuals = (sheets: ReturnType<typeof sheet>[]) => checkWorkbook({ sheets }, {}).report.indicators.map((i) => [i.sheet, i.name, i.actual]);

test('the sheet titled 【差替版】 replaces the first reply: its figures read, the first sheet’s left out and said', () => {
  const t = '令和5年度 指標実績報告';
  const report = checkWorkbook({ sheets: [sheet('指標実績', t, first), sheet('指標実績（差替）', `${t}【差替版】`, second)] }, {}).report;
  expect(report.indicators.map((i) => [i.sheet, i.name, i.actual])).toEqual([
    ['指標実績（差替）', '総合体育館利用者数', 131250],
    ['指標実績（差替）', '市民文化祭来場者数', 6912],
    ['指標実績（差替）', 'スポーツ教室参加者数', 2210],
  ]);
  const f = report.findings.find((x) => x.code === 'sheet-left-out');
  expect(f).toMatchObject({ sheet: '指標実績', params: { reason: 'replaced', otherSheet: '指標実績（差替）' } });
  expect(f?.params).toMatchObject({ indicators: ['総合体育館利用者数', '市民文化祭来場者数', 'スポーツ教室参加者数'] });
});

test('the tab alone may say it (修正版); an indicator the replacement lacks keeps the first reading', () => {
  const t = '令和5年度 指標実績報告';
  const more: Row[] = [...first, ['美術展覧会入場者数', '人', 5000, 5210]];
  expect(actuals([sheet('当初', t, more), sheet('修正版', t, second)])).toEqual([
    ['当初', '美術展覧会入場者数', 5210],
    ['修正版', '総合体育館利用者数', 131250],
    ['修正版', '市民文化祭来場者数', 6912],
    ['修正版', 'スポーツ教室参加者数', 2210],
  ]);
});

test('a sheet named as the one before the replacement (差替前), or of another year, replaces nothing', () => {
  const both = actuals([sheet('指標実績', '令和5年度 指標実績報告', first), sheet('差替前', '令和5年度 指標実績報告', second)]);
  expect(both).toHaveLength(6);
  // Another year's sheet is no first reply of this one (otherPeriodSheets.ts speaks of it, if anything does).
  const sheets = [sheet('指標実績', '令和4年度 指標実績報告', first), sheet('指標実績（差替）', '令和5年度 指標実績報告【差替版】', second)];
  expect(checkWorkbook({ sheets }, {}).report.findings.some((x) => x.code === 'sheet-left-out')).toBe(false);
});

test('a sheet revising targets alone replaces no sheet of actuals; a line asking for a corrected copy names no replacement (review rv41b)', () => {
  const t = '令和5年度 指標実績報告';
  const targetsOnly = snap('目標値修正版', [
    ['令和5年度 目標値の修正'],
    [],
    [],
    ['指標名', '単位', '令和5年度\n当初目標', '令和5年度\n修正後目標', '修正理由'],
    ['総合体育館利用者数', '人', 130000, 125000, '改修工事'],
    ['市民文化祭来場者数', '人', 8000, 7500, '会場変更'],
    ['スポーツ教室参加者数', '人', 2400, 2400, ''],
  ]);
  const read = actuals([sheet('実績報告', t, first), targetsOnly]);
  expect(read.filter((r) => r[0] === '実績報告').map((r) => r[2])).toEqual([128400, null, 2210]);
  const asked = actuals([sheet('中間報告', t, first, '※誤りがあった場合は、修正のうえ再提出してください。'), sheet('確定報告', t, second)]);
  expect(asked.filter((r) => r[0] === '中間報告').length).toBe(3);
});
