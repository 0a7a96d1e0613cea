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

test('a sheet with one figure of its own (another actual) is no summary: all its indicators are read', () => {
  const sum = summary([
    ['施策1', '相談件数', 120, 131, '109%'],
    [null, '登録者数', 300, 280, '93%'],
    ['施策2', '空き家活用件数', 12, 10, '83%'],
    [null, '移住者数', 80, 84, '105%'],
  ]);
  const report = checkWorkbook({ sheets: [sum, policy('施策1', a), policy('施策2', b)] }, {}).report;
  expect(report.indicators.filter((i) => i.sheet === '総括表')).toHaveLength(4);
  expect(report.findings.some((x) => x.code === 'summary-sheet-skipped')).toBe(false);
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
