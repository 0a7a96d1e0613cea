import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
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

describe('rating a sheet whose grades are status words by its legend writes the legend’s words', () => {
  const LEGEND = '【達成状況】達成＝A（100％以上）／概ね達成＝B（80％以上）／やや未達成＝C（60％以上）／未達成＝D（60％未満）';
  const table = (grades: (string | null)[], legend = LEGEND) => ({
    sheets: [
      snap('KPI', [
        ['令和6年度 業績評価'],
        [],
        ['KPI', '単位', '目標', '実績', '達成状況'],
        ['宿泊者数', '人', 100, 104, grades[0]],
        ['寄港回数', '回', 10, 7, grades[1]],
        ['消費額', '億円', 330, 298, grades[2]],
        [],
        [legend],
      ]),
    ],
  });
  const writes = (snapshot: ReturnType<typeof table>, overwrite = false) =>
    planRating(snapshot, checkWorkbook(snapshot, {}), { overwrite, summary: false }).cells.map((c) => [c.cell, c.value]);

  test('empty grade cells beside a written word get the words, not letters', () => {
    expect(writes(table(['達成', null, null]))).toEqual([
      ['E5', 'やや未達成'],
      ['E6', '概ね達成'],
    ]);
  });

  test('with no grade written yet the legend may only explain letters: letters', () => {
    expect(writes(table([null, null, null]))).toEqual([
      ['E4', 'A'],
      ['E5', 'C'],
      ['E6', 'B'],
    ]);
    expect(writes(table([null, null, null], '評価　A：順調　B：概ね順調　C：やや遅れ　D：遅れ'))).toEqual([
      ['E4', 'A'],
      ['E5', 'C'],
      ['E6', 'B'],
    ]);
  });

  test('with overwrite a word that disagrees is replaced by the right word; without, it is kept', () => {
    expect(writes(table(['未達成', 'やや未達成', '概ね達成']), true)).toEqual([['E4', '達成']]);
    expect(writes(table(['未達成', 'やや未達成', '概ね達成']))).toEqual([]);
  });

  test('letters written beside the legend stay letters; a legend naming only some grades, or none, gives letters', () => {
    expect(writes(table(['A', null, null]))).toEqual([
      ['E5', 'C'],
      ['E6', 'B'],
    ]);
    expect(writes(table([null, null, null], '達成＝A／未達成＝D'))).toEqual([
      ['E4', 'A'],
      ['E5', 'C'],
      ['E6', 'B'],
    ]);
    expect(writes(table([null, null, null], '備考'))).toEqual([
      ['E4', 'A'],
      ['E5', 'C'],
      ['E6', 'B'],
    ]);
  });
});
