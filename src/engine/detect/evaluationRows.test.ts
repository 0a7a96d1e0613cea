/** A row labelled as a grade or an evaluation under a table of indicators is the project's rating, never an indicator. */
import { isEvaluationName } from './evaluationRows';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each(['一次評価（担当課）', '二次評価', '総合評価', '担当課評価', '評価結果', '最終評価', '自己評価'])('%s is an evaluation, not a name', (t) =>
  expect(isEvaluationName(t)).toBe(true),
);

test.each(['事業評価対象施設数', '評価指標数', '中間評価（R4）', '一次産業就業者数'])('%s is no evaluation label', (t) =>
  expect(isEvaluationName(t)).toBe(false),
);

test.each(['一次評価（担当課）', '二次評価', '総合評価'])('a %s row under the indicator table is not read as an indicator', (label) => {
  const sheet = snap('調書', [
    ['令和5年度　事務事業評価調書'],
    [],
    ['指標名', '単位', '令和4年度目標', '令和4年度実績', '備考'],
    ['相談件数', '件', 120, 131],
    ['研修参加者数', '人', 80, 64],
    [],
    [label, 'B', '今後の方向性', '継続'],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '研修参加者数']);
});

test('a row named like an evaluation that holds figures stays an indicator', () => {
  const sheet = snap('調書', [
    ['令和5年度　事務事業評価調書'],
    [],
    ['指標名', '単位', '令和4年度目標', '令和4年度実績'],
    ['相談件数', '件', 120, 131],
    ['総合評価', '点', 4, 4.2],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '総合評価']);
});

const sheetWith = (...rows: (string | number | null)[][]) =>
  snap('シート', [['令和5年度　事務事業評価シート'], [], ['指標名', '単位', '令和5年度目標', '令和5年度実績'], ['教室の開催回数', '回', 100, 98], ...rows]);

test.each([
  ['今後の方向性', '継続'],
  ['今後の方針', '拡充'],
  ['事業の方向', '見直し（補助率の検討）'],
  ['次年度の対応', '廃止'],
])('a %s | %s line under the indicators is the project’s future, not an indicator', (label, verdict) => {
  const sheet = sheetWith([], [label, verdict]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['教室の開催回数']);
});

test('a verdict word in a target column, or a row with a figure, keeps the row an indicator', () => {
  const target = snap('シート', [
    ['指標名', '令和5年度目標', '令和5年度実績'],
    ['講演会の開催', '継続', null],
  ]);
  expect(detectSheet(target, scale).indicators.map((i) => i.name)).toEqual(['講演会の開催']);
  const counted = sheetWith(['今後の方向性', '件', 3, 4]);
  expect(detectSheet(counted, scale).indicators.map((i) => i.name)).toContain('今後の方向性');
  const kept = sheetWith(['施設の維持管理', '維持']);
  expect(detectSheet(kept, scale).indicators.map((i) => i.name)).toContain('施設の維持管理');
});

test('a verdict word in a column the table heads 方向性 is the row’s own, not a verdict line', () => {
  const sheet = snap('シート', [
    ['令和5年度　施策評価シート'],
    [],
    ['No.', '指標名', '方向性', '目標値', '実績値', '評価'],
    [1, '放課後子ども教室の開設', '継続', '実施', '実施', 'A'],
    [2, '学校図書館の蔵書充足率', '増加', 100, 96, 'B'],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toContain('放課後子ども教室の開設');
});

test('評価の視点 rows under the indicators, each viewpoint with its judgement beside it, are no indicators', () => {
  const sheet = snap('事務事業評価シート', [
    ['事務事業評価シート'],
    ['評価対象年度', '令和２年度'],
    [],
    ['区分', '指標名', '単位', '方向', '令和２年度目標', '令和２年度実績'],
    ['活動指標', '交通安全教室の開催回数', '回', '↑', 120, 58],
    ['成果指標', '交通事故発生件数', '件', '↓', 350, 298],
    ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い'],
    [],
    ['評価の視点', '必要性', '妥当である'],
    [null, '有効性', '教室の開催を縮小した。'],
    [null, '効率性', '概ね効率的'],
    ['今後の方向性', '継続'],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['交通安全教室の開催回数', '交通事故発生件数']);
});

test('a measure holding a viewpoint word, or a viewpoint scored with figures, stays an indicator', () => {
  const sheet = snap('調書', [
    ['令和5年度　事務事業評価調書'],
    [],
    ['指標名', '単位', '令和5年度目標', '令和5年度実績'],
    ['相談件数', '件', 120, 131],
    ['安全性を感じる市民の割合', '％', null, null],
    ['必要性', '点', 4, 3.5],
  ]);
  expect(detectSheet(sheet, scale).indicators.map((i) => i.name)).toEqual(['相談件数', '安全性を感じる市民の割合', '必要性']);
});
