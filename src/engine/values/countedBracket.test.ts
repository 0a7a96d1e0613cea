import { countsItsBracket } from './countedBracket';
import { classifyLabel } from './labels';

describe('countsItsBracket', () => {
  test.each(['活用事業数（事業）', '提供言語数(言語)', '開設コース数（コース）', '事業数（事業）'])('「%s」 is a name with its counter', (t) => {
    expect(countsItsBracket(t)).toBe(true);
  });
  test.each(['項目（事業）', '実施事業（事業）', '事業（事業）', '活用事業数'])('「%s」 is none', (t) => {
    expect(countsItsBracket(t)).toBe(false);
  });
});

describe('in classifyLabel', () => {
  test('「活用事業数（事業）」 over 目標 | 実績 is a name, no name heading', () => {
    expect(classifyLabel('活用事業数（事業）')).toBeNull();
  });
  test('counter-example: 「（事業）」 and 「実施事業（事業）」 still head the names', () => {
    expect(classifyLabel('（事業）')?.role).toBe('name');
    expect(classifyLabel('実施事業（事業）')?.role).toBe('name');
  });
});
