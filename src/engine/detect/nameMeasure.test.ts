/** What a name measures: its words after its last particle, compared on kanji and katakana, 割合 as 率. */
import { contentOf, measureOf } from './nameMeasure';

test.each([
  ['不登校児童生徒への支援件数', '支援件数'],
  ['生涯学習講座の参加者数', '参加者数'],
  ['朝食を欠食する中学生の割合', '率'],
  ['市域の温室効果ガス排出量', '温室効果ガス排出量'],
  ['講座参加者数（延べ）', '講座参加者数'],
  ['CO2排出量', '排出量'],
])('%s measures %s', (name, measure) => expect(measureOf(name)).toBe(measure));

test('content characters leave hiragana, digits and marks out', () => {
  expect(contentOf('※不登校児童生徒数は')).toBe('不登校児童生徒数');
});
