import { detectSheet } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

test('a KPI matrix whose name is written again on the 実績値 row (not merged) is one indicator per name', () => {
  const s = snap('KPI', [
    ['KPI', '区分', '平成29年3月末', '平成30年3月末'],
    ['認定農業者数', '目標値', 459, 495],
    ['認定農業者数', '実績値', 373, 352],
    ['創業支援件数', '目標値', 20, 28],
    [null, '実績値', 24, 24],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => [i.name, i.targets.length, i.actuals.length])).toEqual([
    ['認定農業者数', 2, 2],
    ['創業支援件数', 2, 2],
  ]);
});

test('a 合計 row under a KPI matrix is not an indicator; a merged name over two 実績値 lines stays one', () => {
  const s = snap(
    'KPI',
    [
      ['指標', '区分', 'R3', 'R4'],
      ['相談件数', '目標', 10, 12],
      [null, '実績', 9, 13],
      ['合計', '実績', 9, 13],
    ],
    { merges: ['A2:A3'] },
  );
  expect(detectSheet(s, scale).indicators.map((i) => i.name)).toEqual(['相談件数']);
});
