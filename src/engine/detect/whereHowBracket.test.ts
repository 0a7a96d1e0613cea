import { cleanName } from './names';
import { namesWhereOrHow } from './whereHowBracket';

test.each(['重点地区', '定点', 'モデル区域', '抽出調査', '定点観測', '駅周辺地区'])('%s says where or how the figure is taken', (t) =>
  expect(namesWhereOrHow(t)).toBe(true),
);

test.each(['重点', '重点事業', '新規', '人', '地点', '累計', '市内・市外地区'])('%s does not', (t) => expect(namesWhereOrHow(t)).toBe(false));

test.each([
  ['ポイ捨てごみ散乱数（重点地区）', 'ポイ捨てごみ散乱数（重点地区）', undefined],
  ['禁止地区内の路上喫煙者数（定点）', '禁止地区内の路上喫煙者数（定点）', undefined],
  ['路上喫煙者数（定点）（人）', '路上喫煙者数（定点）', '人'],
  // Counter-examples: a bare standing mark still comes off, and a counter of points stays a unit.
  ['健診受診者数（重点）（人）', '健診受診者数', '人'],
  ['相談件数（重点事業）', '相談件数', undefined],
  ['観測地点数（地点）', '観測地点数', '地点'],
])('cleanName(%j) keeps a where-or-how bracket', (raw, name, unit) => {
  const out = cleanName(raw);
  expect(out.name).toBe(name);
  expect(out.unit).toBe(unit);
});
