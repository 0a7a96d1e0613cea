/** A 総括表 that only copies the figures of the sheets after it is a summary: its rows are no indicators of their own. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];

const policy = (name: string, rows: [string, number, number][]) =>
  snap(name, [['令和５年度　施策評価シート'], ['指標名', '目標値（R5）', '実績値（R5）'], ...rows.map((r): Row => [...r])]);

const a: [string, number, number][] = [
  ['相談件数', 120, 131],
  ['登録者数', 300, 280],
];
const b: [string, number, number][] = [
  ['空き家活用件数', 12, 9],
  ['移住者数', 80, 84],
];

function summary(rows: Row[]) {
  return snap('総括表', [['令和５年度　施策評価　総括表'], ['施策', '成果指標', '目標（R5）', '実績（R5）', '達成率'], ...rows]);
}

test('a sheet whose indicators all recur with the same figures on two other sheets is a summary, said in a finding', () => {
  const sum = summary([
    ['施策1', '相談件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家活用件数', 12, 9, '75%'],
    [null, '移住者数', 80, 84, '105%'],
  ]);
  const report = checkWorkbook({ sheets: [sum, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(report.indicators.map((i) => [i.sheet, i.name])).toEqual([
    ['施策1', '相談件数'],
    ['施策1', '登録者数'],
    ['施策2', '空き家活用件数'],
    ['施策2', '移住者数'],
  ]);
  const f = report.findings.find((x) => x.code === 'summary-sheet-skipped');
  expect(f).toMatchObject({ sheet: '総括表', params: { sheets: ['施策1', '施策2'], indicators: ['相談件数', '登録者数', '空き家活用件数', '移住者数'] } });
});

test('a summary sheet (総括表) with one slip in four: the agreeing rows left out, the differing one read on both sheets, each a guess', () => {
  const sum = summary([
    ['施策1', '相談件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家活用件数', 12, 10, '83%'],
    [null, '移住者数', 80, 84, '105%'],
  ]);
  const report = checkWorkbook({ sheets: [sum, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(report.indicators.filter((i) => i.sheet === '総括表').map((i) => [i.name, i.actual])).toEqual([['空き家活用件数', 10]]);
  expect(report.indicators.filter((i) => i.name === '空き家活用件数').map((i) => [i.sheet, i.guesses])).toEqual([
    ['総括表', [{ reason: 'figures-differ', cells: ['D5', '施策2!C3'] }]],
    ['施策2', [{ reason: 'figures-differ', cells: ['C3', '総括表!D5'] }]],
  ]);
  const f = report.findings.find((x) => x.code === 'summary-sheet-skipped');
  expect(f).toMatchObject({ params: { indicators: ['相談件数', '登録者数', '移住者数'], kept: ['空き家活用件数'] } });
});

test('a slip in the target alone is named by its targets (targets-differ)', () => {
  const sum = summary([
    ['施策1', '相談件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家活用件数', 10, 9, '90%'],
    [null, '移住者数', 80, 84, '105%'],
  ]);
  const report = checkWorkbook({ sheets: [sum, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(report.indicators.filter((i) => i.name === '空き家活用件数').map((i) => [i.sheet, i.target, i.guesses])).toEqual([
    ['総括表', 10, [{ reason: 'targets-differ', cells: ['C5', '施策2!B3'] }]],
    ['施策2', 12, [{ reason: 'targets-differ', cells: ['B3', '総括表!C5'] }]],
  ]);
});

test('no summary: a sheet not named as one with a figure of its own, or a summary with more than a quarter of its rows differing', () => {
  const rows: Row[] = [
    ['施策1', '相談件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家活用件数', 12, 10, '83%'],
    [null, '移住者数', 80, 84, '105%'],
  ];
  const named = snap('施策別', [['令和５年度　施策評価'], ['施策', '成果指標', '目標（R5）', '実績（R5）', '達成率'], ...rows]);
  const report = checkWorkbook({ sheets: [named, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(report.indicators.filter((i) => i.sheet === '施策別')).toHaveLength(4);
  expect(report.findings.some((x) => x.code === 'summary-sheet-skipped')).toBe(false);
  const two = summary([...rows.slice(0, 3), [null, '移住者数', 80, 70, '88%']]);
  const again = checkWorkbook({ sheets: [two, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(again.indicators.filter((i) => i.sheet === '総括表')).toHaveLength(4);
  expect(again.findings.some((x) => x.code === 'summary-sheet-skipped')).toBe(false);
});

test('each name is looked for on the other sheets by its folded key (spaces and full-width aside), the twin the first sheet with its figures', () => {
  // 施策0 names 相談件数 too, with other figures: no twin. The summary writes 「相談　件数」「空き家 活用件数」 with spaces the sheets do not.
  const sum = summary([
    ['施策1', '相談　件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家 活用件数', 12, 9, '75%'],
    [null, '移住者数', 80, 84, '105%'],
  ]);
  const other = policy('施策0', [
    ['相談件数', 100, 95],
    ['来館者数', 500, 520],
  ]);
  const report = checkWorkbook({ sheets: [sum, other, policy('施策1', a), policy('施策2', b)] }, {}).report;
  const f = report.findings.find((x) => x.code === 'summary-sheet-skipped');
  expect(f).toMatchObject({ sheet: '総括表', params: { sheets: ['施策1', '施策2'] } });
  expect(report.indicators.filter((i) => i.sheet === '総括表')).toHaveLength(0);
  expect(report.indicators.filter((i) => i.sheet === '施策0').map((i) => i.name)).toEqual(['相談件数', '来館者数']);
});
