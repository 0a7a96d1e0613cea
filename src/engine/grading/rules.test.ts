import { defaultRules, mergeRules } from './rules';
import { gradeFor, rollUp } from './bands';

const merged = (patch: unknown) => mergeRules(defaultRules(), patch);

describe('mergeRules: the scales cities use, from --rules', () => {
  test('S/A/B/C/D with A ≥ 110 % … : points derived from the order (5 … 1)', () => {
    const { rules, problems } = merged({
      scale: [
        { grade: 'S', label: '目標を大きく上回る', min: 1.2 },
        { grade: 'A', label: '目標達成', min: 1.1 },
        { grade: 'B', label: '概ね達成', min: 0.8 },
        { grade: 'C', label: 'やや遅れ', min: 0.5 },
        { grade: 'D', label: '遅れ' },
      ],
    });
    expect(problems).toEqual([]);
    expect(rules.scale.map((b) => [b.grade, b.min, b.points])).toEqual([
      ['S', 1.2, 5],
      ['A', 1.1, 4],
      ['B', 0.8, 3],
      ['C', 0.5, 2],
      ['D', null, 1],
    ]);
    expect(gradeFor(1.05, rules.scale)).toBe('B');
    expect(gradeFor(1.1, rules.scale)).toBe('A');
    expect(rollUp(['S', 'B'], rules.scale, 'mean')).toBe('A'); // 4
  });

  test('◎○△× with stated points', () => {
    const { rules, problems } = merged({
      scale: [
        { grade: '◎', label: '達成', min: 1, points: 3 },
        { grade: '○', label: '概ね達成', min: 0.8, points: 2 },
        { grade: '△', label: '未達成', min: 0.5, points: 1 },
        { grade: '×', label: '大きく未達成', points: 0 },
      ],
    });
    expect(problems).toEqual([]);
    expect(gradeFor(0.79, rules.scale)).toBe('△');
    expect(rollUp(['◎', '×'], rules.scale, 'mean')).toBe('○'); // 1.5 → 2
    expect(rollUp(['◎', '×'], rules.scale, 'mean', 'down')).toBe('△'); // 1.5 → 1
  });

  test('five levels without labels or points', () => {
    const { rules, problems } = merged({ scale: [1, 0.9, 0.7, 0.5, null].map((min, i) => ({ grade: String(5 - i), min: min ?? undefined })) });
    expect(problems).toEqual([]);
    expect(rules.scale.map((b) => b.points)).toEqual([5, 4, 3, 2, 1]);
    expect(gradeFor(0.69, rules.scale)).toBe('2');
  });

  test('points that do not decrease, a repeated grade and an upside-down bound are refused, the default scale kept', () => {
    const a = merged({
      scale: [
        { grade: 'A', min: 1, points: 3 },
        { grade: 'B', points: 3 },
      ],
    });
    expect(a.problems).toEqual([{ field: 'scale', variant: 'scale', scale: { variant: 'band-points-order', upper: 'A', lower: 'B' } }]);
    expect(a.rules.scale).toEqual(defaultRules().scale);
    expect(merged({ scale: [{ grade: 'A', min: 1 }, { grade: 'A' }] }).problems[0]).toMatchObject({ scale: { variant: 'grades-repeat' } });
    expect(merged({ scale: [{ grade: 'A', min: 0.8 }, { grade: 'B', min: 0.9 }, { grade: 'C' }] }).problems[0]).toMatchObject({
      scale: { variant: 'band-order', upper: 'A', lower: 'B' },
    });
  });

  test('the notImplementedGrade is checked against the new scale', () => {
    const scale = [{ grade: '◎', min: 1 }, { grade: '○', min: 0.5 }, { grade: '×' }];
    expect(merged({ scale, notImplementedGrade: '×' }).rules.notImplementedGrade).toBe('×');
    expect(merged({ scale, notImplementedGrade: 'D' }).problems).toEqual([
      { field: 'notImplementedGrade', variant: 'not-implemented-grade', grades: ['◎', '○', '×'] },
    ]);
  });
});

describe('mergeRules: tolerance bands and rounding', () => {
  test('a survey band in points and bands per indicator', () => {
    const { rules, problems } = merged({ surveyTolerance: 2, tolerances: { 市民満足度: 3, 転出超過数: 50 }, rollupRounding: 'down' });
    expect(problems).toEqual([]);
    expect(rules.surveyTolerance).toBe(2);
    expect(rules.tolerances).toEqual({ 市民満足度: 3, 転出超過数: 50 });
    expect(rules.rollupRounding).toBe('down');
    expect(merged({ surveyTolerance: null }).rules.surveyTolerance).toBeNull();
  });

  test('a negative or textual band, a band list that is not an object and an unknown rounding are problems', () => {
    const { rules, problems } = merged({ surveyTolerance: -1, tolerances: { 満足度: '2pt' }, rollupRounding: '四捨五入' });
    expect(problems).toEqual([
      { field: 'rollupRounding', variant: 'one-of', allowed: ['half-up', 'down', 'up'], value: '"四捨五入"' },
      { field: 'surveyTolerance', variant: 'not-negative', value: '-1' },
      { field: 'tolerances.満足度', variant: 'not-negative', value: '"2pt"' },
    ]);
    expect(rules.surveyTolerance).toBeNull();
    expect(merged({ tolerances: [2] }).problems).toEqual([{ field: 'tolerances', variant: 'tolerances' }]);
  });
});
