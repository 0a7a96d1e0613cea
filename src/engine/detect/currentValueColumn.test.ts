/** 策定時（R1） | 目標値（R11） | 現状値（R5） with no 実績 column: the later 現状値 is the actual of its year, the 策定時 the baseline. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const header = ['指標', '策定時（R1）', '目標値（R11）', '現状値（R5）'];
const body: (string | number | null)[][] = [
  ['特定健康診査の受診率', 38.2, 60, 44.9],
  ['むし歯のない3歳児の割合', 84.5, 95, 91],
];

test('the later current-value column is the actual, the earlier one the baseline', () => {
  const { report } = checkWorkbook({ sheets: [snap('健康', [['評価年度：令和5年度'], header, ...body])] }, {});
  expect(report.indicators.map((i) => [i.name, i.baseline, i.target, i.actual, i.cells.actual])).toEqual([
    ['特定健康診査の受診率', 38.2, 60, 44.9, 'D3'],
    ['むし歯のない3歳児の割合', 84.5, 95, 91, 'D4'],
  ]);
});

test('beside a 実績 column of its own, a 現状値 column stays a baseline', () => {
  const rows = [['評価年度：令和5年度'], [...header, '実績（R5）'], ...body.map((r) => [...r, 45.5])];
  const { report } = checkWorkbook({ sheets: [snap('健康', rows)] }, {});
  expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([
    [45.5, 'E3'],
    [45.5, 'E4'],
  ]);
});

describe('計画策定時（H30） | 現状値 | 目標値（R8）: a 現状値 naming no year beside the only dated baseline', () => {
  const rows = [
    ['第２次スポーツ推進計画　成果指標の状況'],
    [],
    ['指標', '計画策定時（H30）', '現状値', '目標値（R8）'],
    ['スポーツ実施率（％）', 42.1, 51.3, 65],
    ['体育館の年間利用者数（人）', 182400, 201355, 200000],
  ];

  test('is the actual, the period a guess the reading names', () => {
    const { report } = checkWorkbook({ sheets: [snap('成果指標', rows)] }, {});
    expect(report.indicators.map((i) => [i.baseline, i.target, i.actual, i.cells.actual, i.grade !== null])).toEqual([
      [42.1, 65, 51.3, 'C4', true],
      [182400, 200000, 201355, 'C5', true],
    ]);
    const guess = report.findings.find((f) => f.code === 'reading-uncertain');
    expect(guess?.params).toMatchObject({ reason: 'period-unstated' });
    expect((guess?.params as { cells: string[] }).cells).toContain('C4');
  });

  test('spaced out as forms write it (「現　状　値」), it is the actual too', () => {
    const spaced = rows.map((r) => r.map((v) => (v === '現状値' ? '現　状　値' : v)));
    const { report } = checkWorkbook({ sheets: [snap('成果指標', spaced)] }, {});
    expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([
      [51.3, 'C4'],
      [201355, 'C5'],
    ]);
  });

  test('left of the dated baseline, it stays a baseline (no actual is read)', () => {
    const swapped = rows.map((r) => (r.length === 4 ? [r[0], r[2], r[1], r[3]] : r));
    const { report } = checkWorkbook({ sheets: [snap('成果指標', swapped)] }, {});
    expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([
      [null, null],
      [null, null],
    ]);
  });
});

describe('策定時の値 | 目標値 | 現状値 with no year anywhere', () => {
  const rows = [
    ['食育推進計画　指標の状況'],
    [],
    ['指標', '単位', '目指す方向', '策定時の値', '目標値', '現状値'],
    ['朝食を毎日食べる人の割合', '％', '増加', 80.1, 90, 84.6],
    ['野菜摂取量', 'g', '増加', 262, 350, 248],
  ];

  test('the 現状値 right of the undated baseline is the actual, the period a guess the reading names', () => {
    const { report } = checkWorkbook({ sheets: [snap('食育', rows)] }, {});
    expect(report.indicators.map((i) => [i.baseline, i.target, i.actual, i.cells.baseline, i.cells.actual])).toEqual([
      [80.1, 90, 84.6, 'D4', 'F4'],
      [262, 350, 248, 'D5', 'F5'],
    ]);
    const guess = report.findings.find((f) => f.code === 'reading-uncertain');
    expect(guess?.params).toMatchObject({ reason: 'period-unstated' });
    expect((guess?.params as { cells: string[] }).cells).toEqual(['F4', 'F5']);
  });

  test('left of the other baseline, a 現状値 stays a baseline (no actual is read)', () => {
    const swapped = rows.map((r) => (r.length === 6 ? [r[0], r[1], r[2], r[5], r[4], r[3]] : r));
    const { report } = checkWorkbook({ sheets: [snap('食育', swapped)] }, {});
    expect(report.indicators.map((i) => i.actual)).toEqual([null, null]);
  });
});
