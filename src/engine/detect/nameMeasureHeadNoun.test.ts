/** An aimed object with modifiers before it names the counted thing by its head noun (「…が対応する困難事例」 of 困難事例の件数). */
import { aimSpeaksOf, headNounInName } from './nameMeasure';

test('the head noun after the modifiers stands in the name', () => {
  expect(headNounInName('地域包括支援センターが対応する困難事例', '認知症に関する困難事例の件数')).toBe(true);
  expect(aimSpeaksOf('地域包括支援センターが対応する困難事例', '認知症に関する困難事例の件数')).toBe(true);
});

test('guards: a bare counter head, or a head the name lacks, says nothing', () => {
  expect(headNounInName('支援を受けた件数', '相談件数')).toBe(false);
  expect(headNounInName('健診を受けていない未受診者', '特定健診受診率')).toBe(false);
  expect(aimSpeaksOf('健診を受けていない未受診者', '特定健診受診率')).toBe(false);
});
