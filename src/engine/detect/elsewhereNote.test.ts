/** A footnote sentence saying its indicators stand in another table (別表, 別紙) names none of the rows beside it. */
import { checkWorkbook } from '../actions/check';
import { speaksOfAnotherTable, withoutElsewhereSentences } from './elsewhereNote';
import { snap } from './testing';

test('別表 / 別紙 with 掲載, 参照, 記載: another table; 別表 as a sheet name alone is not', () => {
  expect(speaksOfAnotherTable('減少を目指す指標2件は別表に掲載。')).toBe(true);
  expect(speaksOfAnotherTable('少ないほど良い指標は別紙2参照')).toBe(true);
  expect(speaksOfAnotherTable('別表1の指標は少ないほど良い')).toBe(false);
  expect(withoutElsewhereSentences('指標①は少ないほど良い。減少を目指す指標は別表に掲載。')).toBe('指標①は少ないほど良い。');
});

test('「全指標のうち、減少を目指す指標2件は別表に掲載」 under a table turns none of its rows down', () => {
  const rows = [
    ['No', '指標名', '単位', '基準値（R1）', '目標値（R5）', '実績値（R5）'],
    [1, '保育所定員数', '人', 1000, 1100, 1080],
    [2, '放課後児童クラブ登録児童数', '人', 800, 900, 850],
    [3, '子育て支援センター利用者数', '人', 5000, 5400, 5000],
    [],
    ['※全指標のうち、減少を目指す指標2件は別表に掲載。'],
  ];
  const r = checkWorkbook({ sheets: [snap('成果指標', rows)] }, {}).report;
  expect(r.indicators.map((i) => i.direction)).toEqual(['up', 'up', 'up']);
});
