import { checkWorkbook } from '../actions/check';
import { markOverWords } from './gradeOwner';
import { snap } from './testing';

test('a progress in words (取組の進捗 「計画どおり実施」) gives way to the letter another grade column holds (進捗評価 「A」)', () => {
  const rows = [
    ['No.', '取組項目', '取組の進捗', '効果額（千円）', null, '進捗評価'],
    [null, null, null, '計画', '実績', null],
    [1, '町税等の収納率向上', '計画どおり実施', 12000, 14350, 'A'],
    [2, '指定管理者制度の導入', '令和6年度に延期', 6000, 0, 'D'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('実績', rows, { merges: ['D1:E1', 'A1:A2', 'B1:B2', 'C1:C2', 'F1:F2'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade])).toEqual([
    ['町税等の収納率向上', 'A'],
    ['指定管理者制度の導入', 'D'],
  ]);
});

test('markOverWords: words of a sentence give way, only to a letter or mark', () => {
  expect(markOverWords('計画どおり実施', '◎')).toBe(true);
  // Status words (達成 / 未達成 / 概ね達成 / －) are a column statusWordColumns.ts settles as a whole.
  expect(markOverWords('未達成', 'C')).toBe(false);
  expect(markOverWords('－', 'D')).toBe(false);
  expect(markOverWords('－', '')).toBe(false);
  expect(markOverWords('B', 'A')).toBe(false);
  expect(markOverWords('概ね順調', '順調')).toBe(false);
  expect(markOverWords(80, 'A')).toBe(false);
});
