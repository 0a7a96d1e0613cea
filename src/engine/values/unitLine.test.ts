import { pointsToUnits, unitLine, unitOfLine } from './unitLine';

test.each([
  ['単位：件', '件'],
  ['単位: 人', '人'],
  ['単位（件）', '件'],
  ['単位(千円)', '千円'],
  ['【単位：人】', '人'],
  ['単位 （ha）', 'ha'],
  ['（単位：人）', '人'],
  ['(単位:件)', '件'],
  ['（単位：か所）', 'か所'],
])('%s is a unit line for %s', (text, unit) => expect(unitOfLine(text)).toBe(unit));

test.each(['単位', '単位当たりの費用', '単位（）', '単位：', '（単位）', '（単位当たり）', '（単位：件）の内訳'])('%s is no unit line', (text) =>
  expect(unitOfLine(text)).toBeNull(),
);

test.each([
  ['単位：分　※数値が低いほど良い指標', '分', '※数値が低いほど良い指標'],
  ['単位：件 ※延べ件数', '件', '※延べ件数'],
  ['単位：人（注1）', '人', '（注1）'],
  ['（単位：件）　※減少を目指す指標', '件', '※減少を目指す指標'],
])('%s is a unit line for %s with the note %s apart', (text, unit, note) => {
  expect(unitLine(text)).toEqual({ unit, note });
  expect(unitOfLine(text)).toBe(unit);
});

test('a unit line without a note has none', () => {
  expect(unitLine('単位：千t-CO2')).toEqual({ unit: '千t-CO2' });
  expect(unitLine('単位：※')).toBeNull();
});

test('a unit line pointing to where the units are written names none', () => {
  for (const u of ['各欄記載', '各欄に記載', '指標ごとに記載', '別記', '各項目参照']) expect(pointsToUnits(u)).toBe(true);
  for (const u of ['人', '千人', '件', '記載件数']) expect(pointsToUnits(u)).toBe(false);
});
