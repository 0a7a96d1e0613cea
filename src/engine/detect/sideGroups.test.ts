import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import { planRoll } from '../actions/roll';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** Two policies side by side (A–D and F–I), each with its rating beside 施策の達成度 and its own table. */
const sheet = (rightName: string | null = '1-2 交通安全') =>
  snap('施策評価', [
    ['令和5年度 施策評価'],
    ['施策', '1-1 防災', null, null, null, rightName ? '施策' : null, rightName],
    ['施策の達成度', null, null, null, null, '施策の達成度', null],
    ['指標名', '単位', 'R5目標', 'R5実績', null, '指標名', '単位', 'R5目標', 'R5実績'],
    ['防災訓練参加者数', '人', 1000, 1100, null, '交通事故件数（減少）', '件', 100, 120],
    ['自主防災組織数', '団体', 50, 30, null, '免許返納者数', '人', 200, 210],
  ]);

test('two rating labels on one row, each under its own 施策: each owns the columns up to the next', () => {
  const meta = detectSheet(sheet(), scale).meta;
  expect(meta.groupGrades?.map((g) => [g.cell, g.left, g.right, g.name])).toEqual([
    ['B3', 1, 5, '1-1 防災'],
    ['G3', 6, 9, '1-2 交通安全'],
  ]);
  expect(meta.groupGrade?.cell).toBe('B3');
  expect(detectSheet(sheet(), scale).indicators.map((i) => [i.name, i.group])).toEqual([
    ['防災訓練参加者数', '1-1 防災'],
    ['交通事故件数（減少）', '1-2 交通安全'],
    ['自主防災組織数', '1-1 防災'],
    ['免許返納者数', '1-2 交通安全'],
  ]);
});

test('a rating label without a policy named on its side: not side by side, one rating as before', () => {
  const meta = detectSheet(sheet(null), scale).meta;
  expect(meta.groupGrades).toBeUndefined();
  expect(meta.groupGrade?.cell).toBe('B3');
});

test('each side is rated from its own indicators (B: A and C; A: B and A rounded up), and rate writes both cells', () => {
  const s = sheet();
  const result = checkWorkbook({ sheets: [s] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B3', '1-1 防災', 'B'],
    ['G3', '1-2 交通安全', 'A'],
  ]);
  const grades = result.report.indicators.map((i) => [i.name, i.grade]);
  expect(grades).toEqual([
    ['防災訓練参加者数', 'A'],
    ['交通事故件数（減少）', 'B'],
    ['自主防災組織数', 'C'],
    ['免許返納者数', 'A'],
  ]);
  const writes = planRating({ sheets: [s] }, result).cells.filter((c) => c.kind === 'group-grade');
  expect(writes.map((c) => [c.cell, c.value])).toEqual([
    ['B3', 'B'],
    ['G3', 'A'],
  ]);
});

test('roll clears the rating written on each side', () => {
  const s = sheet();
  s.values[2][1] = 'B';
  s.values[2][6] = 'A';
  const roll = planRoll({ sheets: [s] }, checkWorkbook({ sheets: [s] }), 2024);
  expect(roll.changes.filter((c) => c.kind === 'grade-cleared').map((c) => [c.cell, c.before, c.subject])).toEqual([
    ['B3', 'B', '1-1 防災'],
    ['G3', 'A', '1-2 交通安全'],
  ]);
});

test('last year grade 「（B）」 beside the right side rating is not the left side one', () => {
  const s = sheet();
  s.values[2][7] = '（B）';
  expect(detectSheet(s, scale).meta.groupGrades?.map((g) => [g.cell, g.previousGrade, g.previousCell ?? null])).toEqual([
    ['B3', null, null],
    ['G3', 'B', 'H3'],
  ]);
});

test('policies stacked down one sheet: each 施策 section has its rating, rating the indicators of its rows', () => {
  const s = snap('施策評価', [
    ['施策', '1-1 防災'],
    ['施策の達成度', null],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['防災訓練参加者数', '人', 1000, 1100],
    ['自主防災組織数', '団体', 50, 30],
    [],
    ['施策', '1-2 交通安全'],
    ['施策の達成度', null],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['免許返納者数', '人', 200, 210],
  ]);
  const result = checkWorkbook({ sheets: [s] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B2', '1-1 防災', 'B'],
    ['B8', '1-2 交通安全', 'A'],
  ]);
  expect(result.detections[0].indicators.map((i) => [i.name, i.group])).toEqual([
    ['防災訓練参加者数', '1-1 防災'],
    ['自主防災組織数', '1-1 防災'],
    ['免許返納者数', '1-2 交通安全'],
  ]);
});

test('two 施策 sections, only the first with a rating: one rating for the sheet, as before', () => {
  const s = snap('施策評価', [
    ['施策', '1-1 防災'],
    ['施策の達成度', null],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['防災訓練参加者数', '人', 1000, 1100],
    ['施策', '1-2 交通安全'],
    ['指標名', '単位', 'R5目標', 'R5実績'],
    ['免許返納者数', '人', 200, 210],
  ]);
  const meta = detectSheet(s, scale).meta;
  expect([meta.groupGrade?.cell, meta.groupGrades]).toEqual(['B2', undefined]);
});

/** Two policies side by side with no 施策 label: each named in one cell (「施策1-1　防災」) over its own repeated 施策の評価 label. */
const titled = (rightTitle: string | null) =>
  snap('施策評価', [
    ['令和5年度 施策評価シート'],
    [],
    ['施策1-1　防災', null, null, null, null, rightTitle],
    ['施策の評価', null, null, null, null, '施策の評価', null],
    [],
    ['成果指標', '単位', 'R5目標', 'R5実績', null, '成果指標', '単位', 'R5目標', 'R5実績'],
    ['防災訓練参加者数', '人', 1000, 1100, null, '交通安全教室受講者数', '人', 100, 120],
    ['自主防災組織数', '団体', 50, 30, null, '免許返納者数', '人', 200, 210],
  ]);

test('the same rating label repeated on one row, a policy line above each in its columns: each side rates its own columns', () => {
  const result = checkWorkbook({ sheets: [titled('施策1-2　交通安全')] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B4', '施策1-1 防災', 'B'],
    ['G4', '施策1-2 交通安全', 'A'],
  ]);
  expect(result.detections[0].meta.groupGrades?.map((g) => [g.left, g.right])).toEqual([
    [1, 5],
    [6, 9],
  ]);
});

test('a repeated rating label with no line above one side: not side by side, one rating as before', () => {
  const meta = detectSheet(titled(null), scale).meta;
  expect([meta.groupGrade?.cell, meta.groupGrades]).toEqual(['B4', undefined]);
});

test('a policy line in two cells (施策1-1 | 防災) names its side; a 施策の評価 label says the sheet is about a policy whatever its title', () => {
  const s = { ...titled('施策1-2　交通安全'), name: '安全なまち' };
  s.values[0] = ['令和5年度 評価シート'];
  s.values[2] = ['施策1-1', '防災', null, null, null, '施策1-2', '交通安全'];
  const result = checkWorkbook({ sheets: [s] });
  expect(result.report.groups.map((g) => [g.cell, g.name, g.grade])).toEqual([
    ['B4', '施策1-1 防災', 'B'],
    ['G4', '施策1-2 交通安全', 'A'],
  ]);
});
