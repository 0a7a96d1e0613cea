import { pairedByOrder } from './measureGuess';

const q = (value: number, label?: string) => (label ? { value, label } : { value });

test('measures whose labels all match are paired by label: no guess', () => {
  expect(pairedByOrder([q(30, '勉強会'), q(18, '見学会')], [q(9, '見学会'), q(24, '勉強会')])).toBe(false);
  expect(pairedByOrder([q(30, '①'), q(18, '②')], [q(24, '①'), q(11, '②')])).toBe(false);
});

test('several measures on both sides with labels that differ (or none) are paired by order: a guess', () => {
  expect(pairedByOrder([q(30, '勉強会'), q(18, '見学会')], [q(24, '①'), q(11, '②')])).toBe(true);
  expect(pairedByOrder([q(30), q(18)], [q(24), q(11)])).toBe(true);
  expect(pairedByOrder([q(30, '勉強会'), q(18, '見学会')], [q(24, '勉強会'), q(11, '講習会')])).toBe(true);
});

test('one number on either side is not a pairing of measures', () => {
  expect(pairedByOrder([q(30)], [q(24), q(11)])).toBe(false);
  expect(pairedByOrder([q(30, 'a'), q(18, 'b')], [q(24)])).toBe(false);
});
