/** A closed facility written instead of a figure is not applicable, never an unreadable figure. */
import { parseValue } from './values';

test('a closure, its cause before it, is not applicable', () => {
  for (const text of ['改修工事のため休館', '耐震工事により全面休館', '休園中', '閉館', '（改修工事のため休館）', '工事のため休館しました。'])
    expect([text, parseValue(text).status]).toEqual([text, 'not-applicable']);
});

test('guards: words that do not end in the closure stay words, a figure is read, a pending word stays pending', () => {
  for (const text of ['休館日の見直しを検討', '休館に伴う利用者の減少', '休館日']) expect([text, parseValue(text).status]).toEqual([text, 'text']);
  expect(parseValue('休館のため 1,200人')).toMatchObject({ status: 'value', value: 1200 });
  expect(parseValue('休館期間中のため集計中').status).toBe('pending');
});

test('near spellings of a whole closure are not applicable; a partial or routine closure is not: review rv80 item 14', () => {
  for (const text of ['改修工事のため利用休止', '老朽化により閉鎖', '休業中', '指定管理者の撤退により休業'])
    expect([text, parseValue(text).status]).toEqual([text, 'not-applicable']);
  for (const text of ['一部休館', '夜間休館', '毎週月曜休館', '年末年始のみ休館', '冬期休館', '臨時休館'])
    expect([text, parseValue(text).status]).not.toEqual([text, 'not-applicable']);
});

test('a figure inside the closure bracket is a date (its reopening), never the actual: review rv81 item 3', () => {
  for (const text of ['休館（10月再開）', '改修工事のため休館（R6.10再開予定）', '休館（令和6年10月再開）', '休園中（4月再開予定）'])
    expect([text, parseValue(text).status]).toEqual([text, 'not-applicable']);
  // A count in the bracket is still the figure; a partial closure stays out.
  expect(parseValue('休館（利用者 1,200人）')).toMatchObject({ status: 'value', value: 1200 });
  expect(parseValue('一部休館（10月再開）').status).not.toBe('not-applicable');
});

test('a closure’s bracket of a span, a quarter or a slash date is no figure: review rv82a item 3', () => {
  for (const text of [
    '耐震工事のため休館（4か月間）',
    '休園（2ヶ月）',
    '設備更新のため休止（第2四半期）',
    '休館（11/1再開）',
    '休館（2/28まで）',
    '閉館（10日間）',
  ])
    expect([text, parseValue(text).status]).toEqual([text, 'not-applicable']);
  // A count beside the span is still read; a span in a bracket of no closure stays as it was.
  expect(parseValue('休館（3か月間、利用者 850人）').status).not.toBe('not-applicable');
  expect(parseValue('研修（3か月間）').status).not.toBe('not-applicable');
});
