import { DEFAULT_RULES } from './rules';
import { gradeByPointGap, readPointGapLegend } from './pointGapLegend';

const scale = DEFAULT_RULES.scale;
const legend =
  '【評価の基準】目標値との差（ポイント）により判定　A：目標値を達成　B：目標値まで5ポイント未満　C：5ポイント以上10ポイント未満　D：10ポイント以上';

describe('readPointGapLegend', () => {
  it('reads a scale of shortfalls in points', () => {
    expect(readPointGapLegend([['A14', legend]], scale)).toEqual({
      cell: 'A14',
      gaps: [
        { grade: 'A', below: 0, inclusive: true },
        { grade: 'B', below: 5, inclusive: false },
        { grade: 'C', below: 10, inclusive: false },
        { grade: 'D', below: null, inclusive: false },
      ],
    });
  });
  it('reads no ratio legend, nor one missing a grade or with bounds not rising', () => {
    expect(readPointGapLegend([['A1', 'A：100％以上　B：80％以上　C：60％以上　D：60％未満']], scale)).toBeNull();
    expect(readPointGapLegend([['A1', '目標値との差　A：目標値を達成　B：5ポイント未満　D：10ポイント以上']], scale)).toBeNull();
    expect(readPointGapLegend([['A1', '目標値との差　A：目標値を達成　B：10ポイント未満　C：5ポイント未満　D：10ポイント以上']], scale)).toBeNull();
  });
});

describe('gradeByPointGap', () => {
  const gaps = readPointGapLegend([['A14', legend]], scale)!.gaps;
  it('grades the shortfall, the way the indicator points', () => {
    expect(gradeByPointGap(48.2, 60, 'up', gaps)).toBe('D');
    expect(gradeByPointGap(54.1, 60, 'up', gaps)).toBe('C');
    expect(gradeByPointGap(57.5, 60, 'up', gaps)).toBe('B');
    expect(gradeByPointGap(61, 60, 'up', gaps)).toBe('A');
    expect(gradeByPointGap(17.9, 15, 'down', gaps)).toBe('B');
    expect(gradeByPointGap(14, 15, 'down', gaps)).toBe('A');
  });
  it('a shortfall of exactly 5 points is C (5ポイント以上)', () => {
    expect(gradeByPointGap(55, 60, 'up', gaps)).toBe('C');
  });
});
