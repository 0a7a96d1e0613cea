import { unitOfLine } from './unitLine';

test.each([
  ['単位：件', '件'],
  ['単位: 人', '人'],
  ['単位（件）', '件'],
  ['単位(千円)', '千円'],
  ['【単位：人】', '人'],
  ['単位 （ha）', 'ha'],
])('%s is a unit line for %s', (text, unit) => expect(unitOfLine(text)).toBe(unit));

test.each(['単位', '単位当たりの費用', '単位（）', '単位：'])('%s is no unit line', (text) => expect(unitOfLine(text)).toBeNull());
