/** 進捗指標 / 数値指標 / 主要指標 head the names only with no 指標名-like heading beside them and words under them (review rv49). */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));
const names = (rows: (string | number | null)[][]) => detectSheet(snap('S', rows), scale).indicators.map((i) => i.name);

test('a 進捗指標 column of status words beside 指標名 heads no names: the 指標名 column does', () => {
  expect(
    names([
      ['施策', '指標名', '進捗指標', '単位', '目標値（令和5年度）', '実績値（令和5年度）'],
      ['住宅', '空き家バンク登録件数', '順調', '件', 30, 25],
      ['住宅', '耐震診断件数', 'やや遅れ', '件', 50, 30],
    ]),
  ).toEqual(['空き家バンク登録件数', '耐震診断件数']);
});

test('a 数値指標 column of figures beside 指標名 holds no names', () => {
  expect(
    names([
      ['指標名', '単位', '数値指標', '目標値（令和5年度）', '実績値（令和5年度）'],
      ['空き家バンク登録件数', '件', 20, 30, 25],
      ['耐震診断件数', '件', 40, 50, 30],
    ]),
  ).toEqual(['空き家バンク登録件数', '耐震診断件数']);
});

test('事業名 | 主要指標 of words: the 主要指標 names the rows', () => {
  expect(
    names([
      ['事業名', '主要指標', '単位', '目標値（令和5年度）', '実績値（令和5年度）'],
      ['空き家対策事業', '空き家バンク登録件数', '件', 30, 25],
      ['耐震化促進事業', '耐震診断件数', '件', 50, 30],
    ]),
  ).toEqual(['空き家バンク登録件数', '耐震診断件数']);
});
