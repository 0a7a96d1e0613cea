import { attainment, gradeFor, rollUp } from './bands';
import { DEFAULT_RULES } from './rules';

const scale = DEFAULT_RULES.scale;

describe('gradeFor: ordered bands, lower bounds inclusive, unrounded', () => {
  test.each([
    [1.5, 'A'],
    [1, 'A'],
    [0.9999, 'B'],
    [0.8, 'B'],
    [0.7999, 'C'],
    [0.6, 'C'],
    [0.5999, 'D'],
    [0, 'D'],
    [-1, 'D'],
  ])('%f → %s', (att, g) => expect(gradeFor(att, scale)).toBe(g));
  test('0.8 reached through float arithmetic still counts', () => {
    expect(gradeFor(0.56 / 0.7, scale)).toBe('B');
  });
});

describe('attainment', () => {
  test('higher is better: actual ÷ target', () => expect(attainment(744, 800, 'up', 'ratio', 0.05)).toEqual({ attainment: 0.93 }));
  test('lower is better: target ÷ actual', () => expect(attainment(262, 270, 'down', 'ratio', 0.05).attainment).toBeCloseTo(1.0305, 3));
  test('lower is better: an actual of 0 is met', () => expect(attainment(0, 5, 'down', 'ratio', 0.05)).toEqual({ attainment: 1 }));
  test('maintain within tolerance', () => {
    expect(attainment(103, 100, 'maintain', 'ratio', 0.05)).toEqual({ attainment: 1 });
    expect(attainment(80, 100, 'maintain', 'ratio', 0.05)).toEqual({ attainment: 0.8 });
  });
  test('progress from the baseline, both directions', () => {
    expect(attainment(120, 150, 'up', 'progress', 0, 100)).toEqual({ attainment: 0.4 });
    expect(attainment(90, 80, 'down', 'progress', 0, 100)).toEqual({ attainment: 0.5 });
    expect(attainment(90, 100, 'up', 'progress', 0, 100)).toEqual({ attainment: null, reason: 'baseline-equals-target' });
    expect(attainment(90, 100, 'up', 'progress', 0)).toEqual({ attainment: null, reason: 'no-baseline' });
  });
  test('a zero target cannot be divided by', () => expect(attainment(3, 0, 'up', 'ratio', 0)).toEqual({ attainment: null, reason: 'target-zero' }));
});

describe('rollUp', () => {
  test('mean of points rounded half up', () => {
    expect(rollUp(['B', 'D', 'B', 'A', 'A'], scale, 'mean')).toBe('B'); // 3.0
    expect(rollUp(['A', 'B'], scale, 'mean')).toBe('A'); // 3.5 → 4
    expect(rollUp(['B', 'C'], scale, 'mean')).toBe('B'); // 2.5 → 3
    expect(rollUp(['C', 'D', 'D'], scale, 'mean')).toBe('D'); // 1.33 → 1
  });
  test('worst of', () => expect(rollUp(['A', 'C', 'B'], scale, 'worst')).toBe('C'));
  test('nothing graded', () => expect(rollUp([], scale, 'mean')).toBeNull());
});
