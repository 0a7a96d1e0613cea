/** One indicator of a period axis: the columns right of the run. */
import { detectSheet } from './index';
import { yearFirstHeading } from './periodBlock';
import { snap } from './testing';

test.each([
  ['R7\n（目標値）', true],
  ['令和7年度（目標年度）', true],
  ['目標値（R7）', false],
  ['最終目標（R7）', false],
  ['R7目標', false],
])('「%s」 is a year with its measure noted after it: %s', (text, yes) => {
  expect(yearFirstHeading(text)).toBe(yes);
});

test('a block’s last year headed R7（目標値）: the 実績 row’s figure under it is R7’s actual, the 期待値 row’s its target', () => {
  const rows = [
    ['後期基本計画 施策評価シート（評価対象期間：令和７年度）'],
    [null],
    ['指　標 ①', '特定健康診査受診率', null, null, '指標の説明', '受診した人の割合'],
    ['単位', null, 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', 'R12\n（第3次計画目標）'],
    ['％', '実績値', 38.2, 40.1, 42.3, 43.0, 44.8, 46.5],
    [null, '期待値\n※R7は目標値', null, 42, 45, 48, 51, 54, 60],
    ['備　考', '第3次計画でも継続'],
  ];
  const [ind] = detectSheet(snap('3-1', rows, { merges: ['A5:A6'] }), [{ grade: 'A', label: '' }]).indicators;
  expect(ind.actuals.find((p) => p.period?.fiscalYear === 2025)).toMatchObject({ cell: 'H5', parsed: { value: 46.5 } });
  expect(ind.targets.filter((t) => t.period?.fiscalYear === 2025).map((t) => [t.cell, t.parsed.value])).toEqual([['H6', 54]]);
});

test('a R7（目標値） cell merged down over the 実績 and 期待値 rows is the target written once, no actual', () => {
  const rows = [
    ['施策評価シート（評価対象期間：令和５年度）'],
    [null],
    ['指　標 ①', '特定健康診査受診率'],
    ['単位', null, 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'],
    ['％', '実績値', 38.2, 40.1, 42.3, 43.0, null, 54],
    [null, '期待値', null, 42, 45, 48, 51, null],
  ];
  const [ind] = detectSheet(snap('3-1', rows, { merges: ['A5:A6', 'H5:H6'] }), [{ grade: 'A', label: '' }]).indicators;
  expect(ind.actuals.some((p) => p.period?.fiscalYear === 2025)).toBe(false);
  expect(ind.targets.filter((t) => t.period?.fiscalYear === 2025).map((t) => [t.cell, t.parsed.value])).toEqual([['H5', 54]]);
});

test('a R7（目標値） figure on the 実績 row with that year’s 期待値 blank, or no 期待値 row, is the target written once (review rv41a)', () => {
  const head = [['施策評価シート（評価対象期間：令和７年度）'], [null], ['指　標 ①', '特定健康診査受診率']];
  const years = ['単位', null, 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];
  const read = (rows: (string | number | null)[][]) => {
    const [ind] = detectSheet(snap('3-1', [...head, years, ...rows], { merges: [] }), [{ grade: 'A', label: '' }]).indicators;
    return {
      actual: ind.actuals.find((p) => p.period?.fiscalYear === 2025 && p.parsed.status !== 'missing')?.cell ?? null,
      targets: ind.targets.filter((t) => t.period?.fiscalYear === 2025).map((t) => [t.cell, t.parsed.value]),
    };
  };
  expect(
    read([
      ['％', '実績値', 38.2, 40.1, 42.3, 43.0, 44.8, 54],
      [null, '期待値', null, 42, 45, 48, 51, null],
    ]),
  ).toEqual({ actual: null, targets: [['H5', 54]] });
  expect(read([['％', '実績値', 38.2, 40.1, 42.3, 43.0, 44.8, 54]])).toEqual({ actual: null, targets: [['H5', 54]] });
});
