import { bandsText, bandUnit } from './bandsText';

describe('bandsText', () => {
  const bands = [
    { grade: 'A', min: 1 },
    { grade: 'B', min: 0.9 },
    { grade: 'C', min: 0.7 },
    { grade: 'D', min: null },
  ];

  test('writes each band with its lower bound, the last one below the lowest bound', () => {
    expect(bandsText(bands, 'ja')).toBe('A：100%以上、B：90%以上、C：70%以上、D：70%未満');
    expect(bandsText(bands, 'en')).toBe('A: 100% or more, B: 90% or more, C: 70% or more, D: below 70%');
  });

  test('a scale with no bound at all says the rest', () => {
    expect(bandsText([{ grade: 'S', min: null }], 'ja')).toBe('S：それ以外');
  });
});

describe('bandUnit', () => {
  test('a percentage band is in points; any other unit is its own', () => {
    expect(bandUnit('％')).toBe('ポイント');
    expect(bandUnit('%', 'en')).toBe(' points');
    expect(bandUnit('人')).toBe('人');
    expect(bandUnit(null)).toBe('');
  });
});
