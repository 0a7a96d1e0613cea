/** A 「数値目標」 heading merged down the header band, left of year bands over 目標 | 実績, heads the names column. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (head: string, firstName: string | number) =>
  snap(
    '数値目標',
    [
      ['農業振興計画　数値目標の進捗', null, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null, null],
      [head, '単位', '方向', 'R4年度', null, 'R5年度', null, 'R6年度', null],
      [null, null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      [firstName, '百万円', '増加', 500, 505, 520, 498, 540, null],
      ['耕作放棄地面積', 'ha', '減少', 50, 49, 45, 47, 40, null],
    ],
    { merges: ['D3:E3', 'F3:G3', 'H3:I3', 'A3:A4', 'B3:B4', 'C3:C4'] },
  );
const read = (head: string, firstName: string | number = '農産物直売所販売額') =>
  checkWorkbook({ sheets: [sheet(head, firstName)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction, i.grade]);

test('数値目標 merged down over two header rows is read as 指標名 is', () => {
  expect(read('数値目標')).toEqual(read('指標名'));
  expect(read('数値目標')).toEqual([
    ['農産物直売所販売額', '百万円', 520, 498, 'up', 'B'],
    ['耕作放棄地面積', 'ha', 45, 47, 'down', 'B'],
  ]);
});

test('the title above is never taken for an indicator', () => {
  expect(read('数値目標').map((r) => r[0])).not.toContain('農業振興計画　数値目標の進捗');
});
