/** A （参考） line shows a figure to compare with: never the period the sheet evaluates, never a form's actual. */
import { checkWorkbook } from '../actions/check';
import { resultsYear } from './periodStatements';
import { isReferenceLabel } from './referenceLabel';
import { snap } from './testing';

test.each(['（参考）令和５年度実績', '【参考】前年度実績', '参考：R5実績', '参考値（令和4年度）', '■（参考）R5実績'])('%s is a reference label', (t) => {
  expect(isReferenceLabel(t)).toBe(true);
});

test.each(['令和６年度実績値', '参考指標の実績', '実績値（参考値を含む）', '実績（R5）'])('%s is no reference label', (t) => {
  expect(isReferenceLabel(t)).toBe(false);
});

test('a reference line names no results year; the same words without 参考 do', () => {
  expect(resultsYear('（参考）令和５年度実績')).toBeNull();
  expect(resultsYear('令和５年度実績')?.fiscalYear).toBe(2023);
});

/** One card: the last year's actual for reference above this year's target and actual. */
const card = (reference: string) => [
  ['令和６年度　事務事業評価表', null, null],
  [null, null, null],
  ['成果指標', null, '窓口満足度'],
  ['単位', null, '%'],
  [reference, null, 70],
  ['令和６年度目標値', null, 80],
  ['令和６年度実績値', null, 76],
];

test('a form reads its own year: the （参考） line is neither the actual nor the year evaluated', () => {
  const { report } = checkWorkbook({ sheets: [snap('窓口', card('（参考）令和５年度実績'))] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.target, i.cells.actual])).toEqual([['窓口満足度', 76, 80, 'C7']]);
  expect(report.period?.fiscalYear).toBe(2024);
});

test('a policy block reads its 実績値 line: a （参考）実績 line under it is no series of the block', () => {
  const rows = [
    ['指標①', '特定健診受診率', null, null],
    ['単位', '%', null, null],
    ['区分', 'R4', 'R5', 'R6'],
    ['目標値', 40, 42, 44],
    ['実績値', 39, 41, 45],
    ['（参考）実績値（全国平均）', 38, 40, 41],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策1', [['令和６年度　施策評価シート', null, null, null], [null, null, null, null], ...rows])] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.target, i.cells.actual])).toEqual([['特定健診受診率', 45, 44, 'D7']]);
});

test('a table column headed （参考）令和５年度実績 beside 実績 is neither the actual nor the year evaluated', () => {
  const rows = [
    ['令和６年度　重点目標の達成状況', null, null, null, null],
    [null, null, null, null, null],
    ['重点目標', '指標', '目標値', '実績', '（参考）\n令和５年度実績', '達成状況'],
    ['救急体制', '現場到着時間', '7.5分以内', '7.9分', '8.1分', '△'],
    ['火災予防', '火災件数', '30件以下', '28件', '33件', '◎'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('消防', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.actual, i.cells.actual])).toEqual([
    ['現場到着時間', '分', 7.9, 'D4'],
    ['火災件数', '件', 28, 'D5'],
  ]);
  expect(report.period?.fiscalYear).toBe(2024);
});
