import type { SheetSnapshot } from '../model/port';
import { detectSheet } from './index';

const scale = ['A', 'B', 'C', 'D'].map((g) => ({ grade: g, label: g }));

function sheet(hiddenRows?: number[], hiddenColumns?: number[]): SheetSnapshot {
  const s: SheetSnapshot = {
    name: '指標',
    visibility: 'visible',
    protected: false,
    top: 1,
    left: 1,
    merges: [],
    values: [
      ['指標名', '単位', '目標値', '実績値', '実績値（旧）', '評価'],
      ['相談件数', '件', 100, 90, 80, 'B'],
      ['旧指標', '件', 50, 10, null, null],
      ['利用者数', '人', 200, 210, 150, 'A'],
    ],
  };
  if (hiddenRows) s.hiddenRows = hiddenRows;
  if (hiddenColumns) s.hiddenColumns = hiddenColumns;
  return s;
}

test('nothing hidden: every row and column is read and nothing is said', () => {
  const d = detectSheet(sheet(), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['相談件数', '旧指標', '利用者数']);
  expect(d.hidden).toBeUndefined();
});

test('an indicator on a hidden row is not read; figures and grades in hidden columns are not; what held something is listed', () => {
  const d = detectSheet(sheet([3], [5, 6]), scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['相談件数', '利用者数']);
  for (const i of d.indicators) {
    expect(i.actuals.map((p) => p.cell)).not.toContain(`E${i.row}`);
    expect(i.gradeCell).toBeUndefined();
  }
  expect(d.hidden).toEqual({ rows: [3], columns: [5, 6], first: 'E1', indicators: ['旧指標'] });
});

test('hidden rows and columns with nothing in them say nothing', () => {
  const s = sheet();
  s.values.push([], []);
  s.hiddenRows = [5, 6];
  s.hiddenColumns = [7];
  expect(detectSheet(s, scale).hidden).toBeUndefined();
});

test('a merged name whose first column is hidden still shows in the others: it is read', () => {
  const s = sheet(undefined, [1]);
  s.values = s.values.map((row) => [row[0], null, ...row.slice(1)]);
  s.merges = ['A2:B2', 'A3:B3', 'A4:B4', 'A1:B1'];
  const d = detectSheet(s, scale);
  expect(d.indicators.map((i) => i.name)).toEqual(['相談件数', '旧指標', '利用者数']);
  expect(d.hidden).toBeUndefined();
});

test("last year's hidden copy of the 数値目標 / 実績値 / 自己評価 columns leaves this year's 自己評価 as the written grade", async () => {
  const { checkWorkbook } = await import('../actions/check');
  const { snap } = await import('./testing');
  const s = snap('事業実績', [
    ['令和5年度　推進事業の実績'],
    ['No.', '推進事業', '令和4年度', '令和4年度', '令和4年度', '令和5年度', '令和5年度', '令和5年度'],
    ['No.', '推進事業', '数値目標', '実績値', '自己評価', '数値目標', '実績値', '自己評価'],
    [1, '創業支援事業', '10件', '8件', 'B', '12件', '14件', 'A'],
    [2, 'インターンシップ推進事業', '100人', '86人', 'B', '120人', '未実施', 'D'],
  ]);
  s.hiddenColumns = [3, 4, 5];
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.cells.grade])).toEqual([
    ['創業支援事業', 'A', 'H4'],
    ['インターンシップ推進事業', 'D', 'H5'],
  ]);
});
