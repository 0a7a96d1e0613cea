import { saysMadeFinal, withoutFinalLaterNote } from './madeFinal';

test('a remark saying the figure was made final, quoting the early one', () => {
  expect(saysMadeFinal('確定値に更新（速報値 296）')).toBe(true);
  expect(saysMadeFinal('確定値へ修正')).toBe(true);
  expect(saysMadeFinal('確定値に差替え（6/10）')).toBe(true);
  expect(saysMadeFinal('確定済み')).toBe(true);
});

test('a remark about making it final later, or calling it early, says no such thing', () => {
  expect(saysMadeFinal('確定値に更新予定')).toBe(false);
  expect(saysMadeFinal('確定次第更新')).toBe(false);
  expect(saysMadeFinal('速報値')).toBe(false);
  expect(saysMadeFinal('未確定')).toBe(false);
});

test.each([
  '速報値（確定値に更新要）',
  '速報値のため確定値へ差替えが必要',
  '速報値。9月に確定値に更新',
  '速報値→確定値に更新すること',
  '速報値（確定値に修正後再評価）',
])('%j: still to be made final, the figure stays early', (remark) => expect(saysMadeFinal(remark)).toBe(false));

test('a remark saying the figure was updated keeps saying so', () => {
  expect(saysMadeFinal('確定値に更新後の数値')).toBe(true);
  expect(saysMadeFinal('6月10日に確定値に更新済')).toBe(true);
});

test('withoutFinalLaterNote: a bracket saying when the figure will be made final is taken off; one saying it was, or a date, stays', () => {
  expect(withoutFinalLaterNote('令和5年度実績は速報値（9月に確定値に更新）')).toBe('令和5年度実績は速報値');
  expect(withoutFinalLaterNote('速報値（確定値は11月公表予定）')).toBe('速報値');
  expect(withoutFinalLaterNote('確定値に更新（確定済）')).toBe('確定値に更新（確定済）');
  expect(withoutFinalLaterNote('速報値（令和6年5月時点）')).toBe('速報値（令和6年5月時点）');
});
