/** 「数値の減少を目指す」 aims at the indicator's own figure: no other object, so it speaks of any indicator. */
import { aimedObject } from './remarkAims';
import { isOwnFigure } from './ownFigureWords';

test('数値 / 値 / 指標値 are the figure itself', () => {
  expect(isOwnFigure('数値')).toBe(true);
  expect(isOwnFigure('指標の数値')).toBe(true);
  expect(aimedObject('数値の減少を目指す指標')).toBeNull();
  expect(aimedObject('値の低下を目指す')).toBeNull();
});

test('guards: a target, a count or a 数値目標 is another thing', () => {
  expect(isOwnFigure('目標値')).toBe(false);
  expect(aimedObject('相談件数の減少を目指す')).toBe('相談件数');
  expect(aimedObject('目標値の削減を目指す')).toBe('目標値');
});
