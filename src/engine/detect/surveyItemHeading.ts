/**
 * A survey's question heading (「設問項目」「設問」「質問項目」「調査項目」) over a table of a 市民意識調査's results: each row is one
 * question's share (「食品ロス問題を知っている市民の割合」), the indicator, so the heading heads the rows' names as 指標名 would.
 * Ranked with 「…名」 where no name heading stands (measureNameHeading.ts, which still asks that the cells under it hold names
 * and stand left of the figures). Not the answer's heading (回答, 選択肢: the choices of one question, its parts) nor the
 * question's number (設問番号, 問: an id).
 */
import { memo } from '../values/text';

const QUESTION = /^(?:設問|質問|調査)(?:項目|内容)?(?:名)?$/;

/** Whether a heading (brackets and white space taken out) names the survey's questions over the rows. */
export const isSurveyItemHeading = memo((text: string): boolean => {
  const t = text
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/\s+/g, '');
  return QUESTION.test(t) && t !== '調査';
});
