/** 算定値 heads the actual alone; beside a 実績値 column it is a working figure, unread (review rv53). */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (header: string[], row: (string | number)[]) =>
  checkWorkbook({ sheets: [snap('PI', [['令和５年度　業務指標'], header, row])] }, {}).report.indicators.map((i) => [i.actual, i.cells.actual]);

test('a 算定値 column alone is the actual', () => {
  expect(read(['指標名', '単位', '目標値', '算定値'], ['有収率', '％', 90, 88.7])).toEqual([[88.7, 'D3']]);
});

test('beside a 実績値 column, wherever it stands, the 実績値 is the actual', () => {
  expect(read(['指標名', '単位', '目標値', '算定値', '実績値'], ['有収率', '％', 90, 91, 88.7])).toEqual([[88.7, 'E3']]);
  expect(read(['指標名', '単位', '目標値', '実績値', '算定値'], ['有収率', '％', 90, 88.7, 91])).toEqual([[88.7, 'D3']]);
});
