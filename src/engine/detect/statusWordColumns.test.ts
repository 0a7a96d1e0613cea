/**
 * A 達成状況-like column of words that are no grade (達成 / 未達成) before the grade column (自己評価): the
 * grades are read from the column that holds them, not the first grade-headed one.
 */
import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import { snap } from './testing';

const HEADER = ['番号', '指標名', '単位', '目標値', '実績値', '達成状況', '所管課評価', '備考'];

test('the grade cells are the grade column’s, for every row, a dash in the words column included', () => {
  const values: (string | number | null)[][] = [
    ['令和5年度　指標の達成状況'],
    [],
    HEADER,
    [1, '窓口相談件数', '件', 400, 420, '達成', 'A', null],
    [2, '講座参加者数', '人', 250, 190, '未達成', 'C', null],
    [3, '施設稼働率', '％', 60, null, '－', 'D', '改修で休館'],
    [4, '相談満足度', '％', 80, 78, '概ね達成', null, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.cells.grade])).toEqual([
    ['窓口相談件数', 'A', 'G4'],
    ['講座参加者数', 'C', 'G5'],
    ['施設稼働率', 'D', 'G6'],
    ['相談満足度', null, 'G7'],
  ]);
});

test('rating, even with overwrite, writes grades in the grade column only: the status words stay as written', () => {
  const values: (string | number | null)[][] = [
    HEADER,
    [1, '窓口相談件数', '件', 400, 420, '達成', 'B', null],
    [2, '相談満足度', '％', 80, 78, '概ね達成', null, null],
  ];
  const snapshot = { sheets: [snap('指標', values)] };
  const plan = planRating(snapshot, checkWorkbook(snapshot, {}), { overwrite: true });
  expect(plan.cells.filter((c) => c.kind === 'grade').map((c) => [c.cell, c.value])).toEqual([
    ['G2', 'A'],
    ['G3', 'B'],
  ]);
});

test('a first grade column holding grades stays the grade column, whatever a later one holds', () => {
  const values: (string | number | null)[][] = [
    ['番号', '指標名', '単位', '目標値', '実績値', '評価', '二次評価'],
    [1, '窓口相談件数', '件', 400, 420, 'A', '達成'],
    [2, '講座参加者数', '人', 250, 190, 'C', '未達成'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  expect(report.indicators.map((i) => [i.existingGrade, i.cells.grade])).toEqual([
    ['A', 'F2'],
    ['C', 'F3'],
  ]);
});

test('with no other grade column holding grades, the words column stays as read (nothing moved on a guess)', () => {
  const values: (string | number | null)[][] = [
    ['番号', '指標名', '単位', '目標値', '実績値', '達成状況', '備考'],
    [1, '窓口相談件数', '件', 400, 420, '達成', 'A'],
    [2, '講座参加者数', '人', 250, 190, '未達成', 'C'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  expect(report.indicators.map((i) => i.cells.grade)).toEqual(['F2', 'F3']);
});

test('of two 評価 columns, a narrative one (sentences quoting figures) gives the grade cells to the one holding the scale’s grades', () => {
  const values: (string | number | null)[][] = [
    ['番号', '指標名', '単位', '目標値', '実績値', '評価（取組状況）', '評価（A～D）'],
    [1, '窓口相談件数', '件', 400, 420, '相談は420件（前年度比＋35件）となり、目標を上回った。', 'A'],
    [2, '講座参加者数', '人', 250, 190, '参加者190人。周知不足で目標の76%にとどまった。', 'C'],
    [3, '施設稼働率', '％', 60, 52, '改修工事で2か月休館した。', 'C'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  expect(report.indicators.map((i) => [i.existingGrade, i.cells.grade])).toEqual([
    ['A', 'G2'],
    ['C', 'G3'],
    ['C', 'G4'],
  ]);
});

test('a 部局評価 column over the scale’s letters is the indicators’ written grade', () => {
  const values: (string | number | null)[][] = [
    ['No.', '成果指標名', '単位', 'R5目標値', 'R5実績値', '達成率', '部局評価', '備考'],
    [1, '窓口相談件数', '件', 400, 420, '105.0%', 'A', null],
    [2, '講座参加者数', '人', 250, 190, '76.0%', 'C', null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  expect(report.indicators.map((i) => [i.existingGrade, i.cells.grade])).toEqual([
    ['A', 'G2'],
    ['C', 'G3'],
  ]);
});
