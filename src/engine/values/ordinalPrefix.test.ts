/** A list mark before a row's kind is decoration: 「③実績」 is 実績, 「(2) 目標」 is 目標. */
import { classifyLabel } from './labels';
import { withoutOrdinalPrefix } from './ordinalPrefix';

test('list marks of every usual form come off, the words after them stay', () => {
  const cases: [string, string | null][] = [
    ['①量の見込み', '量の見込み'],
    ['③実績', '実績'],
    ['(1) 目標', '目標'],
    ['（２）実績値', '実績値'],
    ['1. 実績', '実績'],
    ['１．目標値', '目標値'],
    ['3) 計画値', '計画値'],
    ['ア．計画値', '計画値'],
    ['⑴実績', '実績'],
    ['実績', null],
    ['R5実績', null],
    ['2023.実績', null],
    ['①', null],
  ];
  for (const [text, rest] of cases) expect([text, withoutOrdinalPrefix(text)]).toEqual([text, rest]);
});

test('a marked series word reads as the word itself; a marked other word or name does not turn into a heading', () => {
  expect(classifyLabel('③実績')?.role).toBe('actual');
  expect(classifyLabel('(3) 実績値')?.role).toBe('actual');
  expect(classifyLabel('1. 目標値')?.role).toBe('target');
  expect(classifyLabel('②確保方策（目標）')?.role).toBe('target');
  expect(classifyLabel('２．評価')).toBeNull();
  expect(classifyLabel('３．備考')).toBeNull();
  expect(classifyLabel('①量の見込み')).toBeNull();
  expect(classifyLabel('①延長保育事業')).toBeNull();
});
