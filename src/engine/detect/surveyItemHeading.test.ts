/** 「設問項目」 over a survey’s questions: each question’s share is an indicator, 今回調査（R6） its actual, 前回調査（R4） unread. */
import { checkWorkbook } from '../actions/check';
import { isSurveyItemHeading } from './surveyItemHeading';
import { snap } from './testing';

function survey(heading: string) {
  return snap('意識調査結果', [
    ['令和６年度 市民意識調査結果と目標値の比較', null, null, null, null],
    [heading, '目標値\n（R6）', '前回調査\n（R4）', '今回調査\n（R6）', '備考'],
    ['食品ロス問題を知っている市民の割合（％）', 90, 84.2, 87.4, null],
    ['「てまえどり」を実践している市民の割合（％）', 60, 38.8, 45.2, null],
  ]);
}

const read = (heading: string) => checkWorkbook({ sheets: [survey(heading)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]);

test('設問項目 heads the questions: this round’s figure is the actual, never the last round’s (unread)', () => {
  expect(read('設問項目')).toEqual([
    ['食品ロス問題を知っている市民の割合', 90, 87.4, 'B'],
    ['「てまえどり」を実践している市民の割合', 60, 45.2, 'C'],
  ]);
});

test('the question headings, and what is none of them', () => {
  for (const h of ['設問項目', '設問', '質問項目', '調査項目', '設問内容']) expect(isSurveyItemHeading(h)).toBe(true);
  for (const h of ['調査', '設問番号', '回答', '選択肢', '調査方法']) expect(isSurveyItemHeading(h)).toBe(false);
});
