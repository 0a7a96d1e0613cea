/** A 総括表 of names and grades with no figures: each grade is the written grade of that indicator on its figure sheet. */
import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import { snap } from './testing';

type Row = (string | number | null)[];

const figures = (name: string, rows: [string, string, number, number][]) =>
  snap(name, [[`令和５年度　成果指標の実績（${name}）`], [], ['成果指標', '単位', '目標値', '実績値'], ...rows.map((r): Row => [...r])]);

const kaikei = figures('会計課', [
  ['口座振替の件数', '件', 10, 12],
  ['電子決裁の利用率', '％', 70, 61.8],
]);
const kansa = figures('監査', [
  ['定期監査の実施率', '％', 100, 100],
  ['指摘事項の措置完了率', '％', 90, 60],
]);

const summary = (rows: Row[], header: Row = ['施策', '成果指標', '評価', '参照']) => snap('総括表', [['令和５年度　行政評価　総括表'], [], header, ...rows]);

const GRADES: Row[] = [
  ['会計事務の適正化', '口座振替の件数', 'A', 'シート「会計課」'],
  [null, '電子決裁の利用率', 'B', 'シート「会計課」'],
  ['監査機能の充実', '定期監査の実施率', 'A', 'シート「監査」'],
  [null, '指摘事項の措置完了率', 'B', 'シート「監査」'],
];

const read = (sum: ReturnType<typeof snap>) => checkWorkbook({ sheets: [sum, kaikei, kansa] }, {});

test('each grade of the 総括表 is the written grade of the indicator of its name, its cell named on the 総括表', () => {
  const { report } = read(summary(GRADES));
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.grade, i.cells.grade])).toEqual([
    ['口座振替の件数', 'A', 'A', '総括表!C4'],
    ['電子決裁の利用率', 'B', 'B', '総括表!C5'],
    ['定期監査の実施率', 'A', 'A', '総括表!C6'],
    ['指摘事項の措置完了率', 'B', 'C', '総括表!C7'],
  ]);
  // The written B differs from the computed C (60 / 90 = 66.7 %): the finding names the 総括表's cell.
  expect(report.findings.find((f) => f.code === 'rating-mismatch')).toMatchObject({ sheet: '総括表', cell: 'C7' });
});

test('blank grades of the 総括表 are filled there by rate, nothing written on the figure sheets', () => {
  const sum = summary(GRADES.map((r) => [r[0], r[1], null, r[3]]));
  const result = read(sum);
  const plan = planRating({ sheets: [sum, kaikei, kansa] }, result);
  expect(plan.cells.map((c) => [c.sheet, c.cell, c.value])).toEqual([
    ['総括表', 'C4', 'A'],
    ['総括表', 'C5', 'B'],
    ['総括表', 'C6', 'A'],
    ['総括表', 'C7', 'C'],
  ]);
});

test('a list whose names do not all recur on the other sheets joins no grade (a list of other indicators)', () => {
  const { report } = read(summary([...GRADES, [null, '住民監査請求の処理日数', 'A', 'シート「監査」']]));
  expect(report.indicators.map((i) => i.existingGrade)).toEqual([null, null, null, null]);
});

test('a name read on two sheets joins no grade: which row the grade is of is not told', () => {
  const twice = figures('監査', [
    ['定期監査の実施率', '％', 100, 100],
    ['口座振替の件数', '件', 10, 8],
  ]);
  const { report } = checkWorkbook({ sheets: [summary(GRADES.slice(0, 3)), kaikei, twice] }, {});
  expect(report.indicators.every((i) => i.existingGrade === null)).toBe(true);
});

test('a header with a figure heading (目標値) is a table, not a 総括表 of grades', () => {
  const { report } = read(summary(GRADES, ['施策', '成果指標', '評価', '目標値']));
  expect(report.indicators.filter((i) => i.sheet !== '総括表').every((i) => i.existingGrade === null)).toBe(true);
});

test('an indicator with a grade cell of its own keeps it: the 総括表 grades nothing graded already', () => {
  const graded = snap('会計課', [
    ['令和５年度　成果指標の実績（会計課）'],
    [],
    ['成果指標', '単位', '目標値', '実績値', '評価'],
    ['口座振替の件数', '件', 10, 6, 'A'],
    ['電子決裁の利用率', '％', 70, 61.8, 'C'],
  ]);
  const { report } = checkWorkbook({ sheets: [summary(GRADES.slice(0, 2)), graded, kansa] }, {});
  expect(report.indicators.slice(0, 2).map((i) => [i.existingGrade, i.cells.grade])).toEqual([
    ['A', 'E4'],
    ['C', 'E5'],
  ]);
});
