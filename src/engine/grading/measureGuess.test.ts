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

test('measures numbered with the same marks in both cells pair by their numbers: no guess', () => {
  const m = (value: number, label: string, mark: string) => ({ value, label, mark });
  expect(pairedByOrder([m(18000, '利用者数', '①'), m(1200, '相談件数', '②')], [m(16254, '①', '①'), m(1310, '②', '②')])).toBe(false);
  // Marked in another order, or on one side only: still paired by order, a guess.
  expect(pairedByOrder([m(18000, '利用者数', '②'), m(1200, '相談件数', '①')], [m(16254, '①', '①'), m(1310, '②', '②')])).toBe(true);
  expect(pairedByOrder([q(18000, '利用者数'), q(1200, '相談件数')], [m(16254, '①', '①'), m(1310, '②', '②')])).toBe(true);
});

test('marks that agree while the words on both sides do not (①来所相談 / ①電話): a guess', () => {
  const m = (value: number, label: string, mark: string) => ({ value, label, mark });
  expect(pairedByOrder([m(1200, '来所相談', '①'), m(800, '電話相談', '②')], [m(760, '電話', '①'), m(1310, '来所', '②')])).toBe(true);
});
