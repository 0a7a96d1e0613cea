/** One measure under a merged name over 単年度 | 累計 rows: the row carrying the target is the indicator, the other none. */
import { checkWorkbook } from '../actions/check';
import { countsTwoWays } from './countingBasisRows';
import { snap } from './testing';

const sheet = (rows: (string | number | null)[][]) =>
  snap(
    '実施状況',
    [
      ['令和４年度　総合事業　実施状況報告'],
      ['指標', '単位', '区分', '目標（R4）', 'R3実績', 'R4実績'],
      ['認知症サポーター養成者数', '人', ...rows[0]],
      [null, null, ...rows[1]],
      ['担い手養成研修修了者数', '人', ...rows[2]],
      [null, null, ...rows[3]],
    ],
    { merges: ['A3:A4', 'B3:B4', 'A5:A6', 'B5:B6'] },
  );
const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [sheet(rows)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]);

test('the target on the 累計 row makes it the indicator; on the 単年度 row, that one; the other row is none', () => {
  expect(
    read([
      ['単年度', '－', 655, 820],
      ['累計', 15000, 13560, 14380],
      ['単年度', 40, 31, 26],
      ['累計', '－', 186, 212],
    ]),
  ).toEqual([
    ['認知症サポーター養成者数', 15000, 14380, 'F4'],
    ['担い手養成研修修了者数', 40, 26, 'F5'],
  ]);
});

test('targets on both rows (each way graded): both rows are read, as sub-rows are', () => {
  const names = read([
    ['単年度', 900, 655, 820],
    ['累計', 15000, 13560, 14380],
    ['単年度', 40, 31, 26],
    ['累計', '－', 186, 212],
  ]).map(([name]) => name);
  expect(names).toHaveLength(3);
  expect(names[2]).toBe('担い手養成研修修了者数');
});

test.each([
  ['単年度', '累計', true],
  ['累計', '年間', true],
  ['単年度', '累計（H18〜）', true],
  ['男性', '女性', false],
  ['累計', '累計', false],
])('%j | %j count one measure two ways: %j', (a, b, yes) => expect(countsTwoWays(a, b)).toBe(yes));

test('a target in words on the other row (「前年度以上」) is a target too: both rows are read, none dropped (rv61)', () => {
  const names = read([
    ['単年度', '前年度以上', 655, 820],
    ['累計', 15000, 13560, 14380],
    ['単年度', 40, 31, 26],
    ['累計', '－', 186, 212],
  ]).map((r) => r[0]);
  expect(names.filter((n) => String(n).startsWith('認知症サポーター養成者数'))).toHaveLength(2);
});

test('one target merged down over both rows singles out neither: the rows are read as sub-rows (rv61)', () => {
  const merged = snap(
    '実施状況',
    [
      ['指標', '単位', '区分', '目標（R5）', 'R4実績', 'R5実績'],
      ['認知症サポーター養成者数', '人', '単年度', 15000, 655, 820],
      [null, null, '累計', null, 13560, 14380],
    ],
    { merges: ['A2:A3', 'B2:B3', 'D2:D3'] },
  );
  const { indicators: inds, findings } = checkWorkbook({ sheets: [merged] }, {}).report;
  expect(inds.map((i) => i.cells.actual)).not.toEqual(['F2']);
  // Both rows graded against the one target: each said to be a guess naming the target and both qualifier cells.
  expect(inds.map((i) => [i.name, i.target])).toEqual([
    ['認知症サポーター養成者数（単年度）', 15000],
    ['認知症サポーター養成者数（累計）', 15000],
  ]);
  const shared = findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'target-shared-basis');
  expect(shared.map((f) => ('cells' in f.params ? f.params.cells : null))).toEqual([
    ['D2', 'C2', 'C3'],
    ['D2', 'C2', 'C3'],
  ]);
  expect(shared[0]!.message).toContain('D2');
});

test('a target merged over two rows that are no single-year and running-total pair (男性 | 女性) is no shared-basis guess', () => {
  const merged = snap(
    '実施状況',
    [
      ['指標', '単位', '区分', '目標（R5）', 'R4実績', 'R5実績'],
      ['健診受診率', '％', '男性', 50, 41, 43],
      [null, null, '女性', null, 47, 49],
    ],
    { merges: ['A2:A3', 'B2:B3', 'D2:D3'] },
  );
  const { findings } = checkWorkbook({ sheets: [merged] }, {}).report;
  expect(findings.some((f) => 'reason' in f.params && f.params.reason === 'target-shared-basis')).toBe(false);
});

describe('a target merged over both rows that names its way of counting is that row’s (rv62)', () => {
  const rows = (heading: string, target: string | number, qualifier = '累計') =>
    snap(
      '実施状況',
      [
        ['指標', '単位', '区分', heading, 'R4実績', 'R5実績'],
        ['認知症サポーター養成者数', '人', '単年度', target, 655, 820],
        [null, null, qualifier, null, 13560, 14380],
      ],
      { merges: ['A2:A3', 'B2:B3', 'D2:D3'] },
    );
  const read = (sheet: ReturnType<typeof snap>) => {
    const { indicators, findings } = checkWorkbook({ sheets: [sheet] }, {}).report;
    const shared = findings.filter((f) => 'reason' in f.params && f.params.reason === 'target-shared-basis');
    return [indicators.map((i) => [i.name, i.target, i.actual]), shared.length];
  };

  test.each([
    ['its words (「累計15,000人」)', '目標（R5）', '累計15,000人', [['認知症サポーター養成者数', 15000, 14380]]],
    ['its heading (目標値（R7累計）)', '目標値（R7累計）', 15000, [['認知症サポーター養成者数', 15000, 14380]]],
    ['its heading (目標値（単年度）)', '目標値（単年度）', 800, [['認知症サポーター養成者数', 800, 820]]],
  ])('%s: the one row read, no guess', (_, heading, target, expected) => {
    expect(read(rows(heading, target))).toEqual([expected, 0]);
  });

  test('a 累計 qualifier bracketing its start (「累計（H30～）」) is still the running-total row: both read, each a guess', () => {
    const [inds, guesses] = read(rows('目標（R5）', 15000, '累計（H30～）'));
    expect((inds as unknown[][]).map((i) => i[2])).toEqual([820, 14380]);
    expect(guesses).toBe(2);
  });

  test('a heading naming both (「5年間累計」) names neither row by itself: both rows stay read', () => {
    const [inds] = read(rows('目標（5年間累計）', 15000));
    expect((inds as unknown[][]).map((i) => i[2])).toHaveLength(2);
  });
});

/** A name saying it is a running total, over 単年度 | 累計 rows that each carry a target. */
const namedTotal = (name: string) =>
  checkWorkbook(
    {
      sheets: [
        snap(
          '取組指標',
          [
            ['取組指標の進捗（令和３年度）'],
            ['指標', '区分', '単位', '目標（R3）', '実績（R3）'],
            [name, '単年度', 'か所', 2, 1],
            [null, '累計', 'か所', 6, 5],
          ],
          { merges: ['A3:A4'] },
        ),
      ],
    },
    {},
  ).report.indicators.map((i) => [i.name, i.target, i.actual]);

test('targets on both rows under a name that is a running total (「（累計）」): the 累計 row is the indicator, named as written', () => {
  expect(namedTotal('指定喫煙所の整備数（累計）')).toEqual([['指定喫煙所の整備数（累計）', 6, 5]]);
  expect(namedTotal('登録者数（R1からの累計）')).toEqual([['登録者数（R1からの累計）', 6, 5]]);
});

test('the same rows under a plain name are still both read (each way graded)', () => {
  expect(namedTotal('指定喫煙所の整備数')).toHaveLength(2);
});

test('review rv78: a name bracket naming both ways (「（単年度・累計）」) keeps both rows as indicators', () => {
  const rows = (name: string) => [
    ['取組指標の進捗（令和３年度）'],
    ['指標', '区分', '単位', '目標（R3）', '実績（R3）'],
    [name, '単年度', 'か所', 2, 1],
    [null, '累計', 'か所', 6, 5],
  ];
  const read = (name: string) =>
    checkWorkbook({ sheets: [snap('S', rows(name), { merges: ['A3:A4'] })] }, {}).report.indicators.map((i) => [i.target, i.actual]);
  expect(read('指定喫煙所の整備数（単年度・累計）')).toEqual([
    [2, 1],
    [6, 5],
  ]);
  expect(read('指定喫煙所の整備数（累計）')).toEqual([[6, 5]]);
});

test('review rv79 item 4: only a year word and 累計 as alternatives name both ways; a run of years (「5年間累計」) is a running total', () => {
  const rows = (name: string) => [
    ['取組指標（令和５年度）'],
    ['指標', '区分', '単位', '目標（R5）', '実績（R5）'],
    [name, '単年度', 'か所', 2, 1],
    [null, '累計', 'か所', 10, 9],
  ];
  const read = (name: string) =>
    checkWorkbook({ sheets: [snap('S', rows(name), { merges: ['A3:A4'] })] }, {}).report.indicators.map((i) => [i.target, i.actual]);
  expect(read('指定喫煙所の整備数（R3～R7の5年間累計）')).toEqual([[10, 9]]);
  expect(read('指定喫煙所の整備数（3か年の累計）')).toEqual([[10, 9]]);
  for (const both of ['（年度別・累計）', '（累計／単年度）', '（単年度及び累計）', '（各年度と累計）'])
    expect(read(`指定喫煙所の整備数${both}`)).toEqual([
      [2, 1],
      [10, 9],
    ]);
});
