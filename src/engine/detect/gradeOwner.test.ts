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

describe('of the department’s grade and the office’s review, a note on the sheet naming the final grade', () => {
  const table = (note: string | null, heads: [string, string] = ['所管課', '企画課\n（二次評価）']) => {
    const rows = [
      ['No.', '事業名', '令和5年度', null, '評価', null],
      [null, null, '目標値', '実績値', ...heads],
      [1, '病児保育事業', 1200, 985, 'A', 'B'],
      [2, '家庭児童相談事業', 500, 618, 'A', null],
      [3, '産後ケア事業', 60, 40, 'C', '－'],
      [],
      ...(note ? [[note]] : []),
    ];
    const merges = ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'];
    const { report } = checkWorkbook({ sheets: [snap('回答', rows, { merges })] }, {});
    return report.indicators.map((i) => [i.existingGrade, i.cells?.grade]);
  };

  test('「企画課（二次評価）欄に記入のある事業は、二次評価を最終評価とします」: the office’s grade where written, else the department’s', () => {
    expect(table('※企画課（二次評価）欄に記入のある事業は、二次評価を最終評価とします。')).toEqual([
      ['B', 'F3'],
      ['A', 'E4'],
      ['C', 'E5'],
    ]);
  });

  test('the note may name the office, the review, or both, in either order of the columns', () => {
    const both = '※二次評価欄に記入のある指標は、二次評価（企画課）を最終評価とする。';
    expect(table(both, ['一次評価\n（所管課）', '二次評価\n（企画課）']).map((x) => x[0])).toEqual(['B', 'A', 'C']);
    expect(table('※企画課欄に記入がある場合は、企画課の評価を最終評価とします。', ['所管課', '企画課']).map((x) => x[0])).toEqual(['B', 'A', 'C']);
    // The office's column first: its grade where written; without the note, the department's (set 62's committee-first rule).
    const officeFirst: [string, string] = ['二次評価\n（企画課）', '一次評価\n（所管課）'];
    expect(table(both, officeFirst)).toEqual([
      ['A', 'E3'],
      ['A', 'E4'],
      ['C', 'E5'],
    ]);
    expect(table(null, officeFirst).map((x) => x[1])).toEqual(['F3', 'F4', 'F5']);
  });

  test('without such a note, or one denying it or naming both columns, the department’s grade stays', () => {
    expect(table(null).map((x) => x[0])).toEqual(['A', 'A', 'C']);
    expect(table('※一次評価は所管課による自己評価、二次評価は企画課による評価。').map((x) => x[0])).toEqual(['A', 'A', 'C']);
    expect(table('※二次評価は最終評価とはしない。').map((x) => x[0])).toEqual(['A', 'A', 'C']);
    expect(table('※所管課と企画課の評価を最終評価とする。').map((x) => x[0])).toEqual(['A', 'A', 'C']);
  });
});

test('a grade column under a （参考） heading (last year’s copy) is not the row’s grade while another grade column stands', () => {
  const rows = [
    ['No.', '指標名', '令和4年度（参考）', null, null, '令和5年度', null, '評価'],
    [null, null, '目標値', '実績値', '評価', '目標値', '実績値', '所管課'],
    [1, '市営住宅入居率', 90, 86.1, 'A', 90, 84.3, 'B'],
    [2, '都市計画道路整備率', 71, 70.8, 'B', 72.5, 72.5, 'A'],
  ];
  const merges = ['A1:A2', 'B1:B2', 'C1:E1', 'F1:G1'];
  const { report } = checkWorkbook({ sheets: [snap('回答様式', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade, i.cells?.grade])).toEqual([
    ['市営住宅入居率', 'B', 'H3'],
    ['都市計画道路整備率', 'A', 'H4'],
  ]);
});
