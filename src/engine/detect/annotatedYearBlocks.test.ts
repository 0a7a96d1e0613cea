import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

/**
 * Year blocks side by side, each heading a year with a bracketed note of which year it is to the
 * evaluation (「R5年度（前年度）」 | 「R6年度（今年度）」) over 目標 | 実績 | 評価, a blank spacer between:
 * the note is decoration, the year written is each block's period, and the latest year with actuals is read.
 */
const sheet = (title: string) =>
  snap(
    '指標',
    [
      [title],
      [],
      ['No', '指標名', '単位', 'R5年度（前年度）', '', '', '', 'R6年度（今年度）', '', ''],
      ['', '', '', '目標', '実績', '評価', '', '目標', '実績', '評価'],
      [1, '相談件数', '件', 300, 280, 'B', '', 320, 330, 'A'],
      [2, '講座受講者数', '人', 50, 52, 'A', '', 60, 41, 'C'],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'H3:J3'] },
  );

describe('year headings with a bracketed (前年度)/(今年度) note over side-by-side blocks', () => {
  const read = (title: string) => checkWorkbook({ sheets: [sheet(title)] }, {}).report;
  const facts = (title: string) => read(title).indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.cells.actual]);
  const thisYear = [
    ['相談件数', 320, 330, 'A', 'I5'],
    ['講座受講者数', 60, 41, 'C', 'I6'],
  ];

  test('with the period in the title, this year’s block is read and nothing is guessed', () => {
    expect(read('令和6年度 福祉課 指標一覧').period?.fiscalYear).toBe(2024);
    expect(facts('令和6年度 福祉課 指標一覧')).toEqual(thisYear);
    expect(read('令和6年度 福祉課 指標一覧').findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  test('with no period stated, the latest year with actuals is read, a period guess naming its cells', () => {
    expect(facts('福祉課 指標一覧')).toEqual(thisYear);
    const guesses = read('福祉課 指標一覧').findings.filter((f) => f.code === 'reading-uncertain');
    expect(guesses.map((f) => f.params)).toEqual([expect.objectContaining({ reason: 'period-inferred', cells: ['I5', 'I6'] })]);
  });
});
