/** A campaign's title quoted in a name (「…暴力をなくす運動」パネル展) says no way; other quotes do. */
import { directionFromText } from './directionWords';
import { withoutQuotedTitles } from './quotedTitle';

test('a quoted campaign title before more words says nothing of the way', () => {
  expect(withoutQuotedTitles('「女性に対する暴力をなくす運動」パネル展')).toBe('「」パネル展');
  expect(directionFromText('「女性に対する暴力をなくす運動」パネル展')).toBeNull();
  expect(directionFromText('『ごみを減らそう週間』の啓発回数')).toBeNull();
});

test('guards: the words outside the quote, a quote of other words, or a quote closing the text still speak', () => {
  expect(directionFromText('「暴力をなくす運動」の実施による相談件数の減少を目指す')).toBe('down');
  expect(withoutQuotedTitles('※印は「減少を目指す」指標')).toBe('※印は「減少を目指す」指標');
  expect(withoutQuotedTitles('取組は「ごみを減らす運動」')).toBe('取組は「ごみを減らす運動」');
});
