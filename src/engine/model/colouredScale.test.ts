import { colouredScale, GRADE_COLOURS } from './plan';

const fills = (grades: string[]) => colouredScale(grades.map((grade) => ({ grade, label: '' }))).map((g) => g.fill);
const [green, blue, yellow, red] = GRADE_COLOURS.map((c) => c.fill);

describe('colouredScale: the best grade green, the worst red, on any scale', () => {
  test('A–D keeps its colours', () => expect(fills(['A', 'B', 'C', 'D'])).toEqual([green, blue, yellow, red]));
  test('S–D: five colours, D red', () => {
    const f = fills(['S', 'A', 'B', 'C', 'D']);
    expect([f[0], f[4]]).toEqual([green, red]);
    expect(new Set(f).size).toBe(5);
  });
  test('three and two levels', () => {
    expect(fills(['◎', '○', '×'])).toEqual([green, yellow, red]);
    expect(fills(['達成', '未達成'])).toEqual([green, red]);
  });
  test('seven levels still end in red', () => expect(fills(['1', '2', '3', '4', '5', '6', '7'])[6]).toBe(red));
});
