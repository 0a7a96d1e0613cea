import { withoutBandWords } from './legendBandWords';
import { legendEntries } from './markLegend';

const AD = [
  { grade: 'A', min: 1 },
  { grade: 'B', min: 0.8 },
  { grade: 'C', min: 0.6 },
  { grade: 'D', min: null },
];

describe('withoutBandWords: what a legend entry says besides its band', () => {
  test.each([
    ['目標値の80％以上', ''],
    ['目標の60％未満', ''],
    ['中間目標に対して90％以上', ''],
    ['達成率80％以上100％未満', ''],
    ['概ね達成（目標の80％以上）', '概ね達成（）'],
    ['目標値の達成', '目標値の達成'],
  ])('%s → %s', (text, left) => expect(withoutBandWords(text)).toBe(left));
});

describe('a legend of bands of the target (「○ 目標値の80％以上」) gives no letter', () => {
  test('bands of the target alone map no mark', () => {
    expect(legendEntries('評価（令和6年3月末）：◎ 目標値以上　○ 目標値の80％以上　△ 目標値の60％以上　× 目標値の60％未満', AD)).toEqual([]);
  });

  test('a mark named by its meaning beside the target band still maps (counter-example)', () => {
    expect(legendEntries('◎：目標達成（100％以上）　○：概ね達成（目標の80％以上）　△：やや遅れ（目標の60％以上）', AD)).toEqual([
      ['◎', 'A'],
      ['○', 'B'],
      ['△', 'C'],
    ]);
  });
});
