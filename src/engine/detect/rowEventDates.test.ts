/** Years as rows beside a column of days inside each row's year (実施日): the row's date, never a second block's years. */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const read = (rows: (string | number | null)[][]) =>
  detectSheet(snap('実施状況', rows, { merges: ['A1:A2', 'B1:B2', 'C1:D1'] }), scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);

test('年度 | 実施日 over each year’s day of the drill: the 年度 column is the axis, every year’s 目標 | 実績 read', () => {
  const found = read([
    ['年度', '実施日', '参加者数（人）', null],
    [null, null, '目標', '実績'],
    ['平成30年度', '平成30年11月10日', 500, 421],
    ['令和元年度', '令和元年11月9日', 550, 498],
    ['令和2年度', '（中止）', 550, '－'],
    ['令和3年度', '令和3年11月20日', 300, 186],
    ['令和4年度', '令和4年11月12日', 500, 402],
  ]);
  expect(found).toEqual([['参加者数', ['D3', 'D4', 'D5', 'D6', 'D7']]]);
});

test('counter-example: a column of year-end as-of days (令和4年3月31日) beside the years still starts a block of its own', () => {
  const s = snap('推移', [
    ['年度', '相談件数', null, '時点', '登録者数', null],
    [null, '目標', '実績', null, '目標', '実績'],
    ['令和3年度', 120, 118, '令和4年3月31日', 300, 310],
    ['令和4年度', 130, 125, '令和5年3月31日', 320, 305],
  ]);
  const found = detectSheet(s, scale).indicators.map((i) => [i.name, i.actuals.map((a) => a.cell)]);
  expect(found).toEqual([
    ['相談件数', ['C3', 'C4']],
    ['登録者数', ['F3', 'F4']],
  ]);
});
