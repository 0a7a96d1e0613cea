/**
 * Brackets after a name that are no unit: an aim stated as a remark (「（少ないほど良い）」「（減少を目指す）」), taken out of the
 * name as its stated way, and a period qualifier (「（年間）」), kept in the name and never read as the unit.
 */
import { cleanName } from './names';
import { parseValue } from '../values/values';

test.each([
  ['ごみ排出量（少ないほど良い）', 'ごみ排出量', 'down'],
  ['荒廃農地面積（減少を目指す）', '荒廃農地面積', 'down'],
  ['不法投棄件数（減少が目標）', '不法投棄件数', 'down'],
  ['利用者数（多いほど良い）', '利用者数', 'up'],
])('%s: the aim is a remark, not part of the name', (raw, name, way) => {
  const c = cleanName(raw);
  expect(c.name).toBe(name);
  expect(c.direction?.value).toBe(way);
});

test.each(['相談件数（目標値）', '参加者数（仮称）'])('%s: no aim, the brackets stay', (raw) => {
  expect(cleanName(raw).direction).toBeUndefined();
});

test.each(['新規就農者数（年間）', '来館者数（月間）'])('%s: a period qualifier is no unit and stays in the name', (raw) => {
  const c = cleanName(raw);
  expect(c.unit).toBeUndefined();
  expect(c.name).toBe(raw);
});

test('a counter of two characters is read whole (36組織 is 組織, not 組)', () => {
  expect(parseValue('36組織')).toMatchObject({ status: 'value', value: 36, unit: '組織' });
});

test.each([
  ['創業支援事業\n（創業塾の開催・創業者への家賃補助）', '創業支援事業'],
  ['自殺死亡率\n（人口10万人当たり）', '自殺死亡率(人口10万人当たり)'],
  ['学力調査正答率\n（小学校・中学校）', '学力調査正答率(小学校・中学校)'],
])('%j: a bracketed line listing what is done is the 概要, a short qualifier stays', (raw, name) => {
  expect(cleanName(raw).name.normalize('NFKC')).toBe(name);
});
