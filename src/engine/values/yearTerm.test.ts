import { termHeading, yearTerm } from './yearTerm';

describe('a term of fiscal years written in a heading', () => {
  test.each([
    ['前期（R3〜R5）', 2021, 2023],
    ['後期(R6～R8)', 2024, 2026],
    ['目標値（令和3年度～令和5年度）', 2021, 2023],
    ['令和３～５年度', 2021, 2023],
    ['2021～2023年度', 2021, 2023],
    ['R3年度からR5年度まで', 2021, 2023],
  ])('%s', (text, from, to) => {
    const t = yearTerm(text);
    expect(t?.from.fiscalYear).toBe(from);
    expect(t?.to.fiscalYear).toBe(to);
  });
  test('one year, a range within a year, a range running back or over ten years: no term', () => {
    expect(yearTerm('R5')).toBeNull();
    expect(yearTerm('令和5年4月～令和6年3月')).toBeNull();
    expect(yearTerm('R5～R3')).toBeNull();
    expect(yearTerm('R1～R12')).toBeNull();
  });
});

describe('a heading that is a term and nothing else: its last year', () => {
  test('term words and brackets only', () => {
    expect(termHeading('前期（R3〜R5）')?.fiscalYear).toBe(2023);
    expect(termHeading('（R6～R8）')?.fiscalYear).toBe(2026);
    expect(termHeading('第2期（令和6～8年度）')?.fiscalYear).toBe(2026);
  });
  test('anything else beside the term: none (a sum or a mean over the term is no target)', () => {
    expect(termHeading('R3～R5累計')).toBeNull();
    expect(termHeading('R3～R5の平均')).toBeNull();
    expect(termHeading('R5')).toBeNull();
  });
});
