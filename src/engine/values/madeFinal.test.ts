import { saysMadeFinal } from './madeFinal';

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
