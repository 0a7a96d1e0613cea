/** A 約 in a remark qualifies the number it stands before: the actual only when that number is the actual's figure. */
import { approximatesOnlyOthers } from './approximatedFigure';

test('a 約 before another figure (a length, a change) says nothing of the actual', () => {
  expect(approximatesOnlyOthers('7月の豪雨により約1か月休業', 8930)).toBe(true);
  expect(approximatesOnlyOthers('前年度比約10％増', 1730)).toBe(true);
  expect(approximatesOnlyOthers('改修のため約２週間閉館', 4870)).toBe(true); // full-width digits
});

test('a 約 before the figure as the remark rounds it still speaks of the actual', () => {
  expect(approximatesOnlyOthers('約8,900人（推計）', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約9千人', 8930)).toBe(false);
  expect(approximatesOnlyOthers('利用者は約43万人', 436)).toBe(false); // the figure in 千人
  expect(approximatesOnlyOthers('約85％', 0.852)).toBe(false); // a share stored as a fraction
  expect(approximatesOnlyOthers('約1.5万人', 15210)).toBe(false);
});

test('a number off by more than the remark’s last digit is another figure', () => {
  expect(approximatesOnlyOthers('約8,900人', 8700)).toBe(true);
  expect(approximatesOnlyOthers('約9千人', 7600)).toBe(true);
});

test('another qualifier word, or a mark before the figure beside one before another, keeps the remark qualifying', () => {
  expect(approximatesOnlyOthers('概数（約1か月休業）', 8930)).toBe(false);
  expect(approximatesOnlyOthers('約1か月休業、利用者は約9千人', 8930)).toBe(false);
  expect(approximatesOnlyOthers('概ね順調', 8930)).toBe(false); // no marked number: nothing to set aside
  expect(approximatesOnlyOthers('成約7件', 8930)).toBe(false); // a 約 closing a word is no mark
});
