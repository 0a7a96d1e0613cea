import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { otherScaleGrade } from './otherScales';
import { starGrade } from './starGrades';

const AD = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }];

test('a cell of filled stars is a star grade as written, its scale three stars at least', () => {
  expect(starGrade('★★★')).toEqual({ grade: '★★★', marks: ['★★★', '★★', '★'] });
  expect(starGrade(' ★ ')).toEqual({ grade: '★', marks: ['★★★', '★★', '★'] });
  expect(starGrade('★★★★')).toEqual({ grade: '★★★★', marks: ['★★★★', '★★★', '★★', '★'] });
});

test('stars written out with white ones give the scale’s length', () => {
  expect(starGrade('★★☆')).toEqual({ grade: '★★☆', marks: ['★★★', '★★☆', '★☆☆'] });
});

test('anything else is no star grade', () => {
  for (const t of ['☆☆☆', '☆★', '★重点', '★★★★★★', 'A', '']) expect(starGrade(t)).toBeNull();
  expect(starGrade(3)).toBeNull();
});

test('under the default A–D a star grade is another scale’s grade; under a city’s own scale it is not', () => {
  expect(otherScaleGrade('★★', AD)?.grade).toBe('★★');
  expect(otherScaleGrade('★★', [{ grade: 'S' }, ...AD])).toBeNull();
});

// A KPI table graded in stars: the written ★ is the department's grade, reported as written and never compared.
test('a KPI table’s ★★★ / ★ column is read as the written grade with its other-scale finding', () => {
  const rows = [
    ['KPI進捗状況（令和5年度実績）'],
    ['KPI', '単位', '目標値（R5）', '実績値（R5）', '評価'],
    ['移住相談件数', '件', 120, 130, '★★★'],
    ['空き家バンク成約件数', '件', 20, 9, '★'],
    ['※評価　★★★：目標達成　★★：達成率70％以上　★：達成率70％未満'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('KPI', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.grade])).toEqual([
    ['移住相談件数', '★★★', 'A'],
    ['空き家バンク成約件数', '★', 'D'],
  ]);
  const other = report.findings.filter((f) => f.code === 'rating-invalid' && (f.params as { variant?: string }).variant === 'other-scale');
  expect(other.map((f) => f.cell)).toEqual(['E3', 'E4']);
  expect(report.findings.some((f) => f.code === 'rating-mismatch')).toBe(false);
});
