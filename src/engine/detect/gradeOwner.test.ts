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

test('markOverWords: words give way, only to a letter or mark (a 達成状況 「達成」 or 「－」 beside 自己評価 「A」)', () => {
  expect(markOverWords('計画どおり実施', '◎')).toBe(true);
  expect(markOverWords('達成', 'A')).toBe(true);
  expect(markOverWords('－', 'D')).toBe(true);
  expect(markOverWords('－', '')).toBe(false);
  expect(markOverWords('B', 'A')).toBe(false);
  expect(markOverWords('概ね順調', '順調')).toBe(false);
  expect(markOverWords(80, 'A')).toBe(false);
});
