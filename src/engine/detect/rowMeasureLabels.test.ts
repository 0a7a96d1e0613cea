/** 区分 | 目標値 / 実績値 rows under one merged name, quarters beside a 年度計: each row's label decides its measure. */
import { checkWorkbook } from '../actions/check';
import { rowMeasure } from './rowMeasureLabels';
import { snap } from './testing';

const sheet = () =>
  snap(
    'KPI',
    [
      ['2024年度 ＫＰＩ進捗管理表'],
      ['指標', '単位', '区分', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '年度計', '進捗率'],
      ['創業支援件数', '件', '目標値', 7, 8, 7, 8, 30, null],
      [null, null, '実績値', 6, 7, 6, 8, 27, 0.9],
      ['移住相談件数', '件', '目標値', 60, 60, 60, 60, 240, null],
      [null, null, '実績値', 55, 62, 60, 64, 241, 1.004],
    ],
    { merges: ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'] },
  );

test('the 目標値 row gives the target, the 実績値 row the actual, both from the 年度計 column', () => {
  const { report } = checkWorkbook({ sheets: [sheet()] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
    ['創業支援件数', 30, 27, 'H3', 'H4'],
    ['移住相談件数', 240, 241, 'H5', 'H6'],
  ]);
});

test('a 区分 cell names a measure only by a measure word', () => {
  expect(rowMeasure('目標値')).toBe('target');
  expect(rowMeasure('実 績')).toBe('actual');
  expect(rowMeasure('進捗率')).toBeNull();
  expect(rowMeasure('')).toBeNull();
});
