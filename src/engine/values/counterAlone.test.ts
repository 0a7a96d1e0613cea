import { unitFromName } from './units';

describe('個 in a bracket holding nothing else', () => {
  test('is the unit of the name it closes', () => {
    expect(unitFromName('節水コマ配布数（個）')).toBe('個');
  });

  test('is no unit inside words (個人)', () => {
    expect(unitFromName('支援件数（個人）')).toBeUndefined();
  });
});
