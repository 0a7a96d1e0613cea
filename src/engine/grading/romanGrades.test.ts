import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { renderFinding } from '../model/findingText';
import { otherScaleGrade } from './otherScales';
import { romanGrade } from './romanGrades';

const AD = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }];

test('one Roman numeral is a grade as written, its scale Ⅳ～Ⅰ at least', () => {
  expect(romanGrade('Ⅲ')).toEqual({ grade: 'Ⅲ', marks: ['Ⅳ', 'Ⅲ', 'Ⅱ', 'Ⅰ'] });
  expect(romanGrade(' Ⅰ　')).toEqual({ grade: 'Ⅰ', marks: ['Ⅳ', 'Ⅲ', 'Ⅱ', 'Ⅰ'] });
  expect(romanGrade('Ⅴ')).toEqual({ grade: 'Ⅴ', marks: ['Ⅴ', 'Ⅳ', 'Ⅲ', 'Ⅱ', 'Ⅰ'] });
});

test('letters typed for numerals, a numeral inside a text, and a number are none', () => {
  for (const t of ['III', 'IV', 'I', 'Ⅲ-1', '第Ⅱ期', 'ⅢⅡ', 'Ⅵ', '']) expect(romanGrade(t)).toBeNull();
  expect(romanGrade(3)).toBeNull();
  // Before this scale, 「III」 was no other scale's grade either (NFKC makes 「Ⅲ」 the same letters): it stays so.
  expect(otherScaleGrade('III', AD)).toBeNull();
});

test('under the default A–D a numeral is another scale’s grade; under a city’s own scale it is not', () => {
  expect(otherScaleGrade('Ⅱ', AD)?.grade).toBe('Ⅱ');
  expect(otherScaleGrade('Ⅱ', [{ grade: 'S' }, ...AD])).toBeNull();
});

// A 公立大学法人's 業務実績報告書: its own Ⅳ～Ⅰ self-evaluation, the department's grade as written and never compared.
test('a 自己評価 column of Ⅳ～Ⅰ is read as the written grade with its other-scale finding', () => {
  const rows = [
    ['令和５事業年度　業務実績報告書'],
    ['自己評価　Ⅳ：年度計画を上回って実施している　Ⅲ：年度計画を順調に実施している　Ⅱ：十分に実施できていない　Ⅰ：実施していない'],
    ['評価指標', '単位', '目標値', '実績値', '自己評価'],
    ['県内就職率', '％', 40, 33.1, 'Ⅱ'],
    ['公開講座の開催数', '講座', 25, 25, 'Ⅲ'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('項目別実績', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.grade])).toEqual([
    ['県内就職率', 'Ⅱ', 'B'],
    ['公開講座の開催数', 'Ⅲ', 'A'],
  ]);
  const other = report.findings.filter((f) => f.code === 'rating-invalid' && (f.params as { variant?: string }).variant === 'other-scale');
  expect(other.map((f) => f.cell)).toEqual(['E4', 'E5']);
  expect(report.findings.some((f) => f.code === 'rating-mismatch')).toBe(false);
});

// Review rv72: an office whose legend makes Ⅰ the best grade must not be told to set Ⅳ・Ⅲ・Ⅱ・Ⅰ, best first.
test('the other-scale advice names the numerals as a range and leaves their order to the sheet’s legend', () => {
  const rows = [
    ['令和５事業年度　業務実績報告書'],
    ['評価　Ⅰ：計画を上回って実施　Ⅱ：計画どおり実施　Ⅲ：十分に実施できていない　Ⅳ：実施していない'],
    ['評価指標', '単位', '目標値', '実績値', '評価'],
    ['県内就職率', '％', 40, 33.1, 'Ⅲ'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('項目別実績', rows)] }, {});
  const other = report.findings.find((f) => f.code === 'rating-invalid' && (f.params as { variant?: string }).variant === 'other-scale')!;
  expect(report.indicators[0].existingGrade).toBe('Ⅲ');
  expect(other.message).not.toMatch(/Ⅳ・Ⅲ・Ⅱ・Ⅰ|ⅣⅢⅡⅠ/);
  expect(other.message).toContain('Ⅰ～Ⅳの評価として');
  expect(other.message).toContain('評価区分（Ⅰ～Ⅳ、シートの凡例のとおり上位から順に）');
  expect(renderFinding(other, { lang: 'en', surface: 'excel' })).not.toMatch(/Ⅳ, Ⅲ, Ⅱ, Ⅰ|Ⅳ Ⅲ Ⅱ Ⅰ/);
});
