import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** 現況 / 目標 / 実績 each merged over a 年度 and a 値 sub-column. */
const sheet = (rows: (string | number | null)[][]) =>
  snap('数値目標', [['指標名', '単位', '現況', null, '目標', null, '実績', null, '備考'], [null, null, '年度', '値', '年度', '値', '年度', '値'], ...rows], {
    merges: ['A1:A2', 'B1:B2', 'I1:I2', 'C1:D1', 'E1:F1', 'G1:H1'],
  });

test('a 年度 sub-column under a measure heading dates the figure beside it and is no figure of its own', () => {
  const s = sheet([
    ['市内就職率', '％', '平成30年度', 42, 'R7', 50, 'R5', 47.5],
    ['交通利用者数', '千人', '平成30年度', 412, 'R7', 450, 'R5', '集計中'],
  ]);
  const read = detectSheet(s, scale).indicators.map((i) => ({
    name: i.name,
    baselines: i.baselines.map((p) => [p.cell, p.parsed.status, p.parsed.notePeriod?.fiscalYear]),
    targets: i.targets.map((p) => [p.cell, p.parsed.status, p.parsed.notePeriod?.fiscalYear]),
    actuals: i.actuals.map((p) => [p.cell, p.parsed.status, p.parsed.notePeriod?.fiscalYear]),
  }));
  expect(read).toEqual([
    { name: '市内就職率', baselines: [['D3', 'value', 2018]], targets: [['F3', 'value', 2025]], actuals: [['H3', 'value', 2023]] },
    { name: '交通利用者数', baselines: [['D4', 'value', 2018]], targets: [['F4', 'value', 2025]], actuals: [['H4', 'pending', 2023]] },
  ]);
});

test('the figures are graded: the actual beside R5, the target beside R7; 集計中 is pending', () => {
  const s = sheet([
    ['市内就職率', '％', '平成30年度', 42, 'R7', 50, 'R5', 47.5],
    ['交通利用者数', '千人', '平成30年度', 412, 'R7', 450, 'R5', '集計中'],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus])).toEqual([
    ['市内就職率', 50, 47.5, 'value'],
    ['交通利用者数', 450, null, 'pending'],
  ]);
});

test('a figure that names its own period keeps it; a text cell that is more than a period is not folded', () => {
  const s = sheet([['市内就職率', '％', '平成30年度', 42, 'R7', 50, 'R5', '47.5（R4）']]);
  const [ind] = detectSheet(s, scale).indicators;
  expect(ind.actuals.map((p) => [p.cell, p.parsed.notePeriod?.fiscalYear])).toEqual([['H3', 2022]]);
});
