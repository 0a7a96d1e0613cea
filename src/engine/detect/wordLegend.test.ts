import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { wordLegendEntries } from './wordLegend';

const AD = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }];

describe('wordLegendEntries: which grade each status word of a legend stands for', () => {
  test.each([
    [
      '【達成状況】達成＝A（100％以上）／概ね達成＝B（80％以上）／やや未達成＝C（60％以上）／未達成＝D（60％未満）',
      [
        ['達成', 'A'],
        ['概ね達成', 'B'],
        ['やや未達成', 'C'],
        ['未達成', 'D'],
      ],
    ],
    [
      '評価　A：順調　B：概ね順調　C：遅れ',
      [
        ['順調', 'A'],
        ['概ね順調', 'B'],
        ['遅れ', 'C'],
      ],
    ],
  ])('%s', (text, entries) => expect(wordLegendEntries(text, AD)).toEqual(entries));

  test.each([['評価　A：100％以上　B：80％以上　C：60％以上'], ['達成＝A'], ['達成＝E　未達成＝F']])('%s states no word legend', (text) =>
    expect(wordLegendEntries(text, AD)).toEqual([]),
  );
});

/** A KPI table whose 達成状況 column holds status words; `legend`: the sheet's lines under the table. */
const sheet = (legend: string[][]) =>
  snap('KPI', [
    ['令和6年度 業績評価'],
    [],
    ['KPI', '単位', '目標', '実績', '達成状況'],
    ['宿泊者数', '人', 100, 104, '達成'],
    ['寄港回数', '回', 10, 7, 'やや未達成'],
    ['消費額', '億円', 330, 298, '概ね達成'],
    [],
    ...legend,
  ]);

const read = (legend: string[][]) => checkWorkbook({ sheets: [sheet(legend)] }, {}).report;

describe('a status word in a grade cell is the grade the sheet’s legend of words gives it', () => {
  test('with the legend: read as its letters, no rating-invalid and no guess', () => {
    const report = read([['【達成状況】達成＝A（100％以上）／概ね達成＝B（80％以上）／やや未達成＝C（60％以上）／未達成＝D（60％未満）']]);
    expect(report.indicators.map((i) => i.existingGrade)).toEqual(['A', 'C', 'B']);
    const codes = report.findings.map((f) => f.code);
    expect(codes).not.toContain('rating-invalid');
    expect(codes).not.toContain('reading-uncertain');
  });

  test('with no legend, or one out of the scale’s order, the words stay what they are', () => {
    const without = read([]).indicators.map((i) => i.existingGrade);
    expect(without).not.toContain('A');
    expect(read([['達成＝C　未達成＝A']]).indicators.map((i) => i.existingGrade)).toEqual(without);
  });
});
