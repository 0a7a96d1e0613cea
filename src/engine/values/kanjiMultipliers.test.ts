import { readMultipliers } from './kanjiMultipliers';

describe('readMultipliers', () => {
  test.each([
    [4, '億1千万円', 410_000_000, 4],
    [1, '億2,345万円', 123_450_000, 7],
    [1, '万2千人', 12_000, 3],
    [3, '億5百万', 305_000_000, 4],
    [2, '億3千5百万円', 235_000_000, 6],
    [1, '億20', 100_000_020, 3],
  ])('%d%s', (first, rest, value, length) => {
    expect(readMultipliers(first, rest)).toEqual({ value, length });
  });

  test.each([['億円'], ['百万円'], ['千人'], ['千万円'], ['件'], ['']])('%s is a scaled unit or no multiplier: not read', (rest) => {
    expect(readMultipliers(30, rest)).toBeNull();
  });
});
