import { checkWorkbook } from '../actions/check';
import { cumulativeTwins } from './cumulativeTwins';
import { snap } from './testing';

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('施策1', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells?.actual]);

test('a 累計 item is left unread only where a plain one has the same key', () => {
  const items = [
    { k: 'actual|2023', t: '実績' },
    { k: 'actual|2023', t: '実績（累計）' },
    { k: 'target|', t: '目標（累計）' },
  ];
  expect(
    [
      ...cumulativeTwins(
        items,
        (i) => i.k,
        (i) => i.t,
      ),
    ].map((i) => i.t),
  ).toEqual(['実績（累計）']);
});

test("a 実績（累計） column beside the year's 実績 column is never the actual", () => {
  const rows = [['令和5年度評価'], ['指標名', '単位', 'R5', null, null], [null, null, '目標', '実績', '実績（累計）'], ['相談件数', '件', 60, 58, 148]];
  expect(read(rows, ['C2:E2'])).toEqual([['相談件数', 60, 58, 'D4']]);
});

test('a 実績（累計） row under the 実績 row of a block over the years is never the actual', () => {
  const rows = [
    ['令和5年度評価'],
    ['指標名', '単位', '区分', 'R3', 'R4', 'R5'],
    ['相談件数', '件', '目標', 50, 55, 60],
    [null, null, '実績', 40, 50, 58],
    [null, null, '実績（累計）', 40, 90, 148],
  ];
  expect(read(rows, ['A3:A5', 'B3:B5'])).toEqual([['相談件数', 60, 58, 'F4']]);
});

test("a measure standing only as 累計 is the indicator's own figure", () => {
  const rows = [['令和5年度評価'], ['指標名', '単位', '目標値（R5）', '実績値（累計）'], ['相談件数', '件', 160, 148]];
  expect(read(rows)).toEqual([['相談件数', 160, 148, 'D3']]);
});

test("years as rows: an indicator's 実績（累計） column beside its 実績 column is never the actual", () => {
  const rows = [
    ['KPI推移（令和5年度評価）'],
    ['年度', '相談件数（件）', null, null],
    [null, '目標', '実績', '実績（累計）'],
    ['令和3年度', 50, 40, 40],
    ['令和4年度', 55, 50, 90],
    ['令和5年度', 60, 58, 148],
  ];
  expect(read(rows, ['A2:A3', 'B2:D2'])).toEqual([['相談件数', 60, 58, 'C6']]);
});

test('where every target is 累計, the plain item of a shared key is the one left unread', () => {
  const items = [
    { k: 'target', t: '目標値（累計）' },
    { k: 'actual', t: '実績値（単年度）' },
    { k: 'actual', t: '実績値（累計）' },
  ];
  const target = (i: { k: string }) => i.k === 'target';
  expect(
    [
      ...cumulativeTwins(
        items,
        (i) => i.k,
        (i) => i.t,
        target,
      ),
    ].map((i) => i.t),
  ).toEqual(['実績値（単年度）']);
  // A plain target beside it: the 累計 actual is derived, as always.
  const mixed = [{ k: 'target', t: '目標値' }, ...items.slice(1)];
  expect(
    [
      ...cumulativeTwins(
        mixed,
        (i) => i.k,
        (i) => i.t,
        target,
      ),
    ].map((i) => i.t),
  ).toEqual(['実績値（累計）']);
});

test('a block whose target row is 目標値（累計） over 単年度 and 累計 actual rows compares the 累計 actual', () => {
  const rows = [
    ['令和5年度評価'],
    ['指標名', '区分', 'R3', 'R4', 'R5'],
    ['相談件数', '目標値（累計）', 50, 100, 150],
    [null, '実績値（単年度）', 40, 50, 45],
    [null, '実績値（累計）', 40, 90, 135],
  ];
  expect(read(rows, ['A3:A5'])).toEqual([['相談件数', 150, 135, 'E5']]);
});

test('a table whose target column is 目標（累計） beside 実績 and 実績（累計） of the year compares the 累計 column', () => {
  const rows = [
    ['令和5年度評価'],
    ['指標名', '単位', 'R5', null, null],
    [null, null, '目標（累計）', '実績', '実績（累計）'],
    ['相談件数', '件', 160, 58, 148],
  ];
  expect(read(rows, ['C2:E2'])).toEqual([['相談件数', 160, 148, 'E4']]);
});
