/** A long cell text is cut when a message quotes it; a short one is quoted whole. */
import { clipText, QUOTED_CHARS } from './clipText';

test('a short text is quoted whole', () => {
  expect(clipText('窓口相談件数')).toBe('窓口相談件数');
  expect(clipText('あ'.repeat(QUOTED_CHARS))).toBe('あ'.repeat(QUOTED_CHARS));
});

test('a long text is cut, ending with … and the length of the whole', () => {
  expect(clipText('長'.repeat(32767))).toBe(`${'長'.repeat(QUOTED_CHARS)}…（全32,767文字）`);
  expect(clipText('abcdef', 3)).toBe('abc…（全6文字）');
});

test('characters outside the basic plane are not split', () => {
  expect(clipText('𠮷'.repeat(5), 2)).toBe('𠮷𠮷…（全5文字）');
});
