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
  test('progress: a target on the wrong side of the baseline for the direction is undefined, not a grade', () => {
    // 従業者数: more is better, yet the plan's target (10,100) is below the baseline (10,796).
    expect(attainment(10_900, 10_100, 'up', 'progress', 0, 10_796)).toEqual({ attainment: null, reason: 'target-against-direction' });
    expect(attainment(90, 120, 'down', 'progress', 0, 100)).toEqual({ attainment: null, reason: 'target-against-direction' });
  });
  test('progress: an actual that moved back past the baseline is below zero', () => {
    expect(attainment(90, 150, 'up', 'progress', 0, 100)).toEqual({ attainment: -0.2 });
    expect(gradeFor(-0.2, scale)).toBe('D');
  });
  test('progress: 維持 is judged within the tolerance of the target, even when the target equals the baseline', () => {
    expect(attainment(98, 100, 'maintain', 'progress', 0.05, 100)).toEqual({ attainment: 1 });
    expect(attainment(90, 100, 'maintain', 'progress', 0.05, 100)).toEqual({ attainment: 0.9 });
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
  test('rounding down or up', () => {
    expect(rollUp(['A', 'B'], scale, 'mean', 'down')).toBe('B'); // 3.5 → 3
    expect(rollUp(['B', 'C', 'C'], scale, 'mean', 'up')).toBe('B'); // 2.33 → 3
    expect(rollUp(['B', 'B'], scale, 'mean', 'up')).toBe('B'); // 3 stays 3
    expect(rollUp(['B', 'B'], scale, 'mean', 'down')).toBe('B');
  });
  test('points with gaps: the band with those points, else the nearest below', () => {
    const s = [
      { grade: '◎', label: '', min: 1, points: 10 },
      { grade: '○', label: '', min: 0.8, points: 5 },
      { grade: '×', label: '', min: null, points: 0 },
    ];
    expect(rollUp(['◎', '○'], s, 'mean')).toBe('○'); // 7.5 → 8 → ○ (5)
    expect(rollUp(['◎', '◎', '×'], s, 'mean')).toBe('○'); // 6.67 → 7
    expect(rollUp(['○', '×'], s, 'mean')).toBe('×'); // 2.5 → 3
  });
  test('nothing graded', () => expect(rollUp([], scale, 'mean')).toBeNull());
});
