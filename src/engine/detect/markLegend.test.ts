import { checkWorkbook } from '../actions/check';
import { planRating } from '../actions/rate';
import { planRoll } from '../actions/roll';
import { legendEntries } from './markLegend';
import { snap } from './testing';

const AD = [{ grade: 'A' }, { grade: 'B' }, { grade: 'C' }, { grade: 'D' }];

describe('legendEntries: which grade each mark of a legend stands for', () => {
  test.each([
    [
      '評価：◎ 順調(A)　○ 概ね順調(B)　△ やや遅れ(C)　× 遅れ(D)',
      [
        ['◎', 'A'],
        ['○', 'B'],
        ['△', 'C'],
        ['×', 'D'],
      ],
    ],
    [
      '◎＝A、〇＝B、△＝C',
      [
        ['◎', 'A'],
        ['○', 'B'],
        ['△', 'C'],
      ],
    ],
    [
      '◎:A ○:B',
      [
        ['◎', 'A'],
        ['○', 'B'],
      ],
    ],
    [
      'A（◎）達成　B（○）概ね達成　C（△）未達成',
      [
        ['◎', 'A'],
        ['○', 'B'],
        ['△', 'C'],
      ],
    ],
  ])('%s', (text, entries) => expect(legendEntries(text, AD)).toEqual(entries));

  test.each([['◎ 順調　○ 概ね順調　△ 遅れ'], ['○○地区(E)'], ['◎']])('%s states no grade', (text) => expect(legendEntries(text, AD)).toEqual([]));
});

/** The default bands: A from 100 %, B from 80 %, C from 60 %, D below. */
const AD_BANDS = [
  { grade: 'A', min: 1 },
  { grade: 'B', min: 0.8 },
  { grade: 'C', min: 0.6 },
  { grade: 'D', min: null },
];

describe('legendEntries: a mark defined by its attainment band is the grade whose band it states', () => {
  test.each([
    [
      '◎＝達成（100％以上）　○＝概ね達成（80％以上）　△＝やや遅れ（60％以上）　×＝遅れ（60％未満）',
      AD_BANDS,
      [
        ['◎', 'A'],
        ['○', 'B'],
        ['△', 'C'],
        ['×', 'D'],
      ],
    ],
    [
      '〇 概ね達成：80%以上100%未満、× 未達成：60%未満',
      AD_BANDS,
      [
        ['○', 'B'],
        ['×', 'D'],
      ],
    ],
    [
      '◎ 順調（90％以上）　○ 概ね順調（70％以上）　× 遅れ（70％未満）',
      [
        { grade: 'S', min: 0.9 },
        { grade: 'A', min: 0.7 },
        { grade: 'B', min: null },
      ],
      [
        ['◎', 'S'],
        ['○', 'A'],
        ['×', 'B'],
      ],
    ],
  ])('%s', (text, scale, entries) => expect(legendEntries(text, scale)).toEqual(entries));

  test.each([
    ['◎ 達成（90％以上）　○ 概ね達成（70％以上）', AD_BANDS],
    ['【達成度の基準】　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満', AD_BANDS],
    ['○ 概ね達成：80%以上90%未満', AD_BANDS],
    ['△ 遅れ：50%未満', AD_BANDS],
    ['◎（100％以上）○（80％以上）', AD],
  ])('%s states no band of the scale', (text, scale) => expect(legendEntries(text, scale)).toEqual([]));
});

/** A project table whose self-evaluation column holds marks; `legend`: the sheet's lines under the title. */
const sheet = (legend: (string | number)[][]) =>
  snap('事業評価', [
    ['令和5年度 事務事業評価'],
    ...legend,
    [],
    ['事業名', '単位', 'R5目標', 'R5実績', '自己評価'],
    ['健康教室事業', '人', 100, 104, '◎'],
    ['食育推進事業', '回', 20, 17, '〇'],
    ['介護予防事業', '人', 50, 20, '×'],
  ]);

const existing = (legend: (string | number)[][]) => checkWorkbook({ sheets: [sheet(legend)] }, {}).report.indicators.map((i) => i.existingGrade);

describe('a mark in a grade cell is the grade the sheet’s legend gives it', () => {
  test('a legend in one cell (◎ 順調(A) …): the marks are read as its letters, with no guess and no other-scale finding', () => {
    const legend = [['自己評価：◎ 順調(A)　○ 概ね順調(B)　△ やや遅れている(C)　× 遅れている(D)']];
    expect(existing(legend)).toEqual(['A', 'B', 'D']);
    const codes = checkWorkbook({ sheets: [sheet(legend)] }, {}).report.findings.map((f) => f.code);
    expect(codes).not.toContain('reading-uncertain');
    expect(codes).not.toContain('rating-invalid');
  });

  test('a legend one entry a cell', () => expect(existing([['凡例', '◎＝A', '○＝B', '△＝C', '×＝D']])).toEqual(['A', 'B', 'D']));

  test('with no legend, or one that does not hold (marks out of order, one mark only), the marks stay marks', () => {
    expect(existing([])).toEqual(['◎', '○', '×']);
    expect(existing([['◎ 順調(C)　○ 概ね順調(A)']])).toEqual(['◎', '○', '×']);
    expect(existing([['◎＝A']])).toEqual(['◎', '○', '×']);
  });

  test('a legend of attainment bands equal to the bands in force: the marks are read as those letters', () => {
    expect(existing([['評価の凡例：◎＝達成（100％以上）　○＝概ね達成（80％以上）　△＝やや遅れ（60％以上）　×＝遅れ（60％未満）']])).toEqual(['A', 'B', 'D']);
    expect(existing([['評価：◎＝達成（90％以上）　○＝概ね達成（70％以上）　×＝遅れ（70％未満）']])).toEqual(['◎', '○', '×']);
    // A criterion stating only the bands grades attainment in marks of its own.
    expect(existing([['【達成度の基準】　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']])).toEqual(['◎', '○', '×']);
  });

  test('bare bands with no status words stay marks, whatever the legend is labelled (sets 12, 71, 86, 96)', () => {
    expect(existing([['Rating：◎ 100%以上　○ 80%以上100%未満　△ 60%以上80%未満　× 60%未満']])).toEqual(['◎', '○', '×']);
  });
  test('rating with overwrite never writes a letter over a mark the legend reads', () => {
    const snapshot = { sheets: [sheet([['◎ 順調(A)　○ 概ね順調(B)　△ やや遅れている(C)　× 遅れている(D)']])] };
    const plan = planRating(snapshot, checkWorkbook(snapshot, {}), { overwrite: true });
    expect(plan.cells.filter((c) => c.kind === 'grade')).toEqual([]);
  });
});

test("a policy's own rating written as a mark is the grade the legend gives it, and rating never writes a letter over it", () => {
  const policy = {
    sheets: [
      snap('基本施策2-3', [
        ['令和5年度 基本施策評価シート', null, null, null],
        ['基本施策', '2-3 生涯学習の推進', null, null],
        ['達成状況評価', '○', null, null],
        ['成果指標', '公民館の利用者数', null, null],
        ['単位', '人', null, null],
        ['年度', '令和3年度', '令和4年度', '令和5年度'],
        ['目標', 30000, 32000, 34000],
        ['実績', 20000, 21000, 22000],
        [],
        ['評価：◎＝A　○＝B　△＝C　×＝D', null, null, null],
      ]),
    ],
  };
  const result = checkWorkbook(policy, {});
  expect(result.report.groups.map((g) => [g.cell, g.existingGrade, g.grade])).toEqual([['B3', 'B', 'C']]);
  expect(result.report.findings.filter((f) => f.code === 'rating-mismatch').map((f) => f.cell)).toEqual(['B3']);
  // With overwrite, the written ○ (B) is replaced by the legend's mark for the computed C, never by the letter.
  expect(planRating(policy, result, { overwrite: true, summary: false }).cells.map((c) => [c.cell, c.value])).toEqual([['B3', '△']]);
  expect(planRating(policy, result, { summary: false }).cells).toEqual([]);
});

describe('rating a sheet whose grades are marks by its legend writes the legend’s marks', () => {
  const table = (grades: (string | null)[], legend = '自己評価：◎ 順調(A)　○ 概ね順調(B)　△ やや遅れている(C)　× 遅れている(D)') => ({
    sheets: [
      snap('事業評価', [
        ['令和5年度 事務事業評価'],
        [legend],
        [],
        ['事業名', '単位', 'R5目標', 'R5実績', '自己評価', '前年度評価'],
        ['健康教室事業', '人', 100, 104, grades[0], '○'],
        ['食育推進事業', '回', 20, 17, grades[1], '◎'],
        ['介護予防事業', '人', 50, 20, grades[2], '△'],
      ]),
    ],
  });
  const writes = (snapshot: ReturnType<typeof table>, overwrite = false) =>
    planRating(snapshot, checkWorkbook(snapshot, {}), { overwrite, summary: false }).cells.map((c) => [c.cell, c.value]);

  test('empty grade cells get the marks, not letters', () => {
    expect(writes(table([null, null, null]))).toEqual([
      ['E5', '◎'],
      ['E6', '○'],
      ['E7', '×'],
    ]);
  });

  test('a sheet whose written grades are letters keeps letters, the legend only explaining them', () => {
    expect(writes(table(['A', null, null]))).toEqual([
      ['E6', 'B'],
      ['E7', 'D'],
    ]);
  });

  test('with overwrite a mark that disagrees is replaced by the right mark; without, it is kept', () => {
    expect(writes(table(['◎', '◎', '×']), true)).toEqual([['E6', '○']]);
    expect(writes(table(['◎', '◎', '×']))).toEqual([]);
  });

  test('without a legend that holds, empty grade cells get letters', () => {
    expect(writes(table([null, null, null], '備考'))).toEqual([
      ['E5', 'A'],
      ['E6', 'B'],
      ['E7', 'D'],
    ]);
  });

  test('rolling to the next year moves a computed grade into last year’s column as the legend’s mark', () => {
    const wb = table(['◎', null, null]);
    const moved = planRoll(wb, checkWorkbook(wb, {}), 2024).changes.filter((c) => c.kind === 'grade-moved');
    expect(moved.map((c) => [c.cell, c.after])).toEqual([
      ['F5', '◎'],
      ['F6', '○'],
      ['F7', '×'],
    ]);
  });

  test('last year’s grade written as a mark is the grade the legend gives it', () => {
    const report = checkWorkbook(table([null, null, null]), {}).report;
    expect(report.indicators.map((i) => i.previousGrade)).toEqual(['B', 'A', 'C']);
  });
});
