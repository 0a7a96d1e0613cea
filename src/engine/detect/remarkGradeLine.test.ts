/** A form's 評価・分析 line holding a sentence is the analysis, no grade cell; one opening with a grade keeps it. */
import { detectSheet } from './index';
import { isAnalysisNotGrade } from './remarkGradeLine';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const form = (judged: string) =>
  snap('評価', [
    ['評価指標①', 'バス利用者数'],
    ['単位', '千人'],
    ['目標値（令和7年度）', 1200],
    ['実績値（令和5年度）', 1100],
    ['評価・分析', judged],
  ]);

test('a sentence on the 評価 line is no grade cell', () => {
  const [ind] = detectSheet(form('新路線の開設により利用者が増加した。'), scale).indicators;
  expect([ind.name, ind.targets.map((t) => t.cell), ind.actuals.map((a) => a.cell), ind.gradeCell?.cell]).toEqual(['バス利用者数', ['B3'], ['B4'], undefined]);
});

test('counter-example: a grade opening the line (「B：…。」), or a grade alone, is still the grade cell', () => {
  expect(detectSheet(form('B：目標には届かなかった。'), scale).indicators[0].gradeCell?.cell).toBe('B5');
  expect(detectSheet(form('B'), scale).indicators[0].gradeCell?.cell).toBe('B5');
  expect(isAnalysisNotGrade('概ね順調')).toBe(false);
});

test('review rv65: a sentence opening with a word of the scale (「概ね順調である。」) keeps the grade cell; a leading letter needs a mark', () => {
  expect(detectSheet(form('概ね順調である。'), scale).indicators[0].gradeCell?.cell).toBe('B5');
  expect(isAnalysisNotGrade('やや遅れている。')).toBe(false);
  expect(isAnalysisNotGrade('B 目標には届かなかった。')).toBe(false);
  // A letter running on into the words is no grade: 「A地区」「SNS」.
  expect(isAnalysisNotGrade('A地区での新路線開設により利用者が増加した。')).toBe(true);
  expect(isAnalysisNotGrade('SNSでの周知により利用者が増加した。')).toBe(true);
});
