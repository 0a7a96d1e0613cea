import { colOf } from './index';

test('colOf ranks columns by their whole letters: AA before AB before BA before AAA (AA and BA were ranked alike)', () => {
  const cols = ['BA7', 'AA7', 'Z7', 'AB7', 'AAA7', 'B7'].map((nameCell) => ({ nameCell, col: colOf({ nameCell }) }));
  expect(cols.sort((a, b) => a.col - b.col).map((c) => c.nameCell)).toEqual(['B7', 'Z7', 'AA7', 'AB7', 'BA7', 'AAA7']);
  expect(colOf({ nameCell: 'AA1' })).not.toBe(colOf({ nameCell: 'BA1' }));
});
