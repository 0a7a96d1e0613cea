/** 「目標工賃 | 工賃実績」: 目標 before the words in one heading and 実績 after them in the other are a target and its actual. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (heads: string[]) =>
  checkWorkbook(
    {
      sheets: [
        snap('工賃', [
          ['令和４年度　就労継続支援Ｂ型事業所　工賃実績'],
          ['No.', '事業所名', ...heads],
          [1, 'ワークハウスひまわり', 18000, 18420, 17650],
          [2, 'あおば作業所', 16000, 14230, 14870],
        ]),
      ],
    },
    {},
  ).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual]);

test('目標工賃 | 工賃実績 | 前年度工賃実績: one indicator per row, its target and actual, last year’s figure no actual', () => {
  expect(read(['目標工賃\n（月額・円）', '工賃実績\n（月額・円）', '前年度工賃実績\n（月額・円）'])).toEqual([
    ['ワークハウスひまわり', 18000, 18420, 'C3', 'D3'],
    ['あおば作業所', 16000, 14230, 'C4', 'D4'],
  ]);
});

test('counter-examples: words that differ, or a change or a plan year after 目標, pair nothing (the table stays unread)', () => {
  expect(read(['目標工賃', '販売実績', '前年度工賃実績'])).toEqual([]);
  expect(read(['目標削減量', '削減量実績', '備考'])).toEqual([]);
  expect(read(['目標年度工賃', '年度工賃実績', '備考'])).toEqual([]);
});
