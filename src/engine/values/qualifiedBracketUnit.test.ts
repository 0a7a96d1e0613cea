/** 「（単年度・人）」「（延べ・人）」: the unit after the count's qualifier is the heading's unit. */
import { qualifiedUnitPart } from './qualifiedBracketUnit';
import { unitFromName } from './units';

test('the unit after 単年度 / 延べ / 年間 and a list mark', () => {
  expect(unitFromName('認知症サポーター養成数\n（単年度・人）')).toBe('人');
  expect(unitFromName('認知症カフェ参加者数（延べ・人）')).toBe('人');
  expect(unitFromName('相談件数（年間、件）')).toBe('件');
});

test('guards: another qualifier, or words after the mark that are no unit, give none of it', () => {
  expect(qualifiedUnitPart('累計・人')).toBeNull();
  expect(qualifiedUnitPart('市内・市外')).toBeNull();
  expect(unitFromName('参加者数（延べ・市内在住者）')).toBeUndefined();
});

test('review rv83: a moment or a way of counting before the unit — 年度末, 月末現在, 実人数', () => {
  expect(unitFromName('ファミリー・サポート会員数（年度末・人）')).toBe('人');
  expect(unitFromName('会員登録者数（月末現在・人）')).toBe('人');
  expect(unitFromName('一時預かり利用児童数（実人数・人）')).toBe('人');
});
