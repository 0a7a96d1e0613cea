/** A period heading over parts and their whole (上半期 | 下半期 | 年間): the whole's column is the period's figure. */
import { checkWorkbook } from '../actions/check';
import { Grid } from './grid';
import { wholeColumnUnder } from './periodWholeColumn';
import { snap } from './testing';

/** A heading in B1 merged over B1:D1 (or B1:C1), the sub-headings on row 2. */
const under = (subs: (string | null)[]) => {
  const right = String.fromCharCode(65 + subs.length);
  const grid = new Grid(
    snap(
      'S',
      [
        ['区分', '令和5年度', ...subs.slice(1).map(() => null)],
        [null, ...subs],
      ],
      { merges: [`B1:${right}1`] },
    ),
  );
  return wholeColumnUnder(grid, 1, 2, 1 + subs.length);
};

test.each([
  [['上半期', '下半期', '年間'], 4],
  [['第1四半期', '第2四半期', '第3四半期', '第4四半期', '通期'], 6],
  [['9月末', '3月末'], 3],
  [['年度計', '上期実績', '下期実績'], 2],
  [['上半期', null, '年間（平均）'], 4],
])('under %j the whole is column %i', (subs, col) => expect(under(subs)).toBe(col));

test.each([[['目標', '実績']], [['上半期', '下半期']], [['年間', '通期']], [['上半期', '備考', '年間']], [['年間']]])('no whole column under %j', (subs) =>
  expect(under(subs)).toBeNull(),
);

/** A whole that is no actual result (a forecast, a plan) or may count from the plan's start (a bare 累計) is no year's whole. */
test.each([
  [['上半期実績', '年間（見込み）']],
  [['上半期', '下半期', '年間（速報値）']],
  [['第1四半期', '第2四半期', '通期（予定）']],
  [['上半期', '年間（推計）']],
  [['上半期', '累計']],
])('no actual whole under %j', (subs) => expect(under(subs)).toBeNull());

test('a year merged over 上半期実績 | 年間（見込み）: the forecast is never read silently as the year’s actual', () => {
  const rows = [
    ['成果指標の状況', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['指標名', '単位', '目標値（R6）', '令和5年度', '令和6年度', null],
    [null, null, null, '実績', '上半期実績', '年間（見込み）'],
    ['図書館来館者数', '人', 95000, 90000, 47000, 96000],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows, { merges: ['E3:F3', 'A3:A4', 'B3:B4', 'C3:C4'] })] }, {});
  const ind = report.indicators[0];
  const guessed = report.findings.some((f) => f.code === 'reading-uncertain' && f.indicator === ind.name);
  // The year's split is not read: its column is chosen among the heading's, and a finding says so.
  expect(guessed).toBe(true);
});

/**
 * A KPI matrix: 区分 rows 目標 / 実績 per KPI, each year merged over 上半期 | 下半期 | 年間, targets only in 年間,
 * the next year's 上半期 already filled while its 年間 is blank.
 */
const matrix = (nextFirstHalf: number | null) =>
  snap(
    'KPI',
    [
      ['KPI進捗状況', null, null, null, null, null, null, null, null],
      ['KPI', '単位', '区分', '令和4年度', null, null, '令和5年度', null, null, '令和6年度', null, null],
      [null, null, null, '上半期', '下半期', '年間', '上半期', '下半期', '年間', '上半期', '下半期', '年間'],
      ['図書館来館者数', '人', '目標', '－', '－', 90000, '－', '－', 95000, '－', '－', 100000],
      [null, null, '実績', 41000, 45000, 86000, 47000, 50000, 97000, nextFirstHalf, null, null],
      ['市民講座の受講者数', '人', '目標', '－', '－', 1200, '－', '－', 1300, '－', '－', 1400],
      [null, null, '実績', 500, 600, 1100, 560, 640, 1200, nextFirstHalf === null ? null : 610, null, null],
    ],
    { merges: ['D2:F2', 'G2:I2', 'J2:L2', 'A2:A3', 'B2:B3', 'C2:C3', 'A4:A5', 'B4:B5', 'A6:A7', 'B6:B7'] },
  );

test.each([[49000], [null]])('the year’s 年間 is its figure; a next 上半期 (%p) filled alone does not make that year the period', (next) => {
  const { report } = checkWorkbook({ sheets: [matrix(next)] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.target, i.cells.actual])).toEqual([
    ['図書館来館者数', 95000, 97000, 'I4', 'I5'],
    ['市民講座の受講者数', 1300, 1200, 'I6', 'I7'],
  ]);
  expect(report.indicators.every((i) => i.grade !== null)).toBe(true);
});

test('in a table under a name heading, the halves under a year are parts: the 年間 is the actual, a blank 年間 is no actual', () => {
  const rows = [
    ['成果指標の状況', null, null, null, null, null, null, null, null],
    ['指標名', '単位', '目標値', '令和4年度', null, null, '令和5年度', null, null],
    [null, null, null, '上半期', '下半期', '年間', '上半期', '下半期', '年間'],
    ['図書館来館者数', '人', 95000, 41000, 45000, 86000, 47000, 50000, 97000],
    ['市民講座の受講者数', '人', 1300, 500, 600, 1100, 560, null, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows, { merges: ['D2:F2', 'G2:I2', 'A2:A3', 'B2:B3', 'C2:C3'] })] }, {});
  expect(report.period?.fiscalYear).toBe(2023);
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['図書館来館者数', 97000, 'I4'],
    ['市民講座の受講者数', null, 'I5'],
  ]);
  // Neither half is taken as the year's figure, and no column had to be chosen among the year's three.
  expect(report.findings.some((f) => f.params && (f.params as { reason?: string }).reason === 'column-chosen')).toBe(false);
});

test('上半期 | 下半期 | 年度計 each over 目標 | 実績: the 年度計 target and actual are the year’s, an open 年度計 pending', () => {
  const rows = [
    ['評価対象年度：令和５年度', null, null, null, null, null, null],
    ['指標', '上半期（4～9月）', null, '下半期（10～3月）', null, '年度計', null],
    [null, '目標', '実績', '目標', '実績', '目標', '実績'],
    ['相談件数', 100, 90, 100, 130, 200, 220],
    ['講座の開催回数', 6, 6, 6, '集計中', 12, '集計中'],
  ];
  const merges = ['B2:C2', 'D2:E2', 'F2:G2', 'A2:A3'];
  const { report } = checkWorkbook({ sheets: [snap('実施状況', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus])).toEqual([
    ['相談件数', 200, 220, 'value'],
    ['講座の開催回数', 12, null, 'pending'],
  ]);
});

test('施設の種類 | 上半期 | 下半期 | 年間 each over 計画 | 実施: the 年間 plan is the target, its 実施 the actual', () => {
  const rows = [
    ['令和５年度　立入検査実施状況', null, null, null, null, null, null, null],
    ['施設の種類', '上半期', null, '下半期', null, '年間', null, null],
    [null, '計画', '実施', '計画', '実施', '計画', '実施', '実施率（％）'],
    ['旅館・ホテル', 20, 18, 20, 19, 40, 37, 92.5],
    ['公衆浴場', 11, 11, 11, 11, 22, 22, 100],
  ];
  const merges = ['B2:C2', 'D2:E2', 'F2:H2', 'A2:A3'];
  const { report } = checkWorkbook({ sheets: [snap('立入検査', rows, { merges })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['旅館・ホテル', 40, 37, 'B'],
    ['公衆浴場', 22, 22, 'A'],
  ]);
});

test('an undated 実績 over 第1〜第4四半期 and a 年度計・平均 column: the year’s figure is the whole’s, the quarters its parts', () => {
  const s = snap(
    '業務目標',
    [
      ['令和5年度 業務目標と実績'],
      ['業務指標', '単位', '年間目標', '実績', null, null, null, null],
      [null, null, null, '第1四半期', '第2四半期', '第3四半期', '第4四半期', '年度計・平均'],
      ['建築確認の平均処理日数', '日', 7, 6.8, 7.5, 8.1, 7.2, 7.4],
      ['違反建築物の是正指導件数', '件', 40, 8, 12, 9, 13, 42],
    ],
    { merges: ['D2:H2', 'A2:A3', 'B2:B3', 'C2:C3'] },
  );
  expect(checkWorkbook({ sheets: [s] }).report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['建築確認の平均処理日数', 7, 7.4],
    ['違反建築物の是正指導件数', 40, 42],
  ]);
});

describe('a bare 平均 is the year’s figure only over levels or means (review rv49)', () => {
  const read = (whole: string, rows: (string | number)[][]) =>
    checkWorkbook({
      sheets: [
        snap(
          '業務目標',
          [
            ['令和5年度 業務目標と実績'],
            ['業務指標', '単位', '年間目標', '実績', null, null, null, null],
            [null, null, null, '第1四半期', '第2四半期', '第3四半期', '第4四半期', whole],
            ...rows,
          ],
          { merges: ['D2:H2', 'A2:A3', 'B2:B3', 'C2:C3'] },
        ),
      ],
    }).report.indicators.map((i) => i.cells.actual);

  test('over counts against a yearly target, the mean (10.5 of 40) is not taken: the quarters are summed, a guess naming them', () => {
    expect(read('平均', [['違反建築物の是正指導件数', '件', 40, 8, 12, 9, 13, 10.5]])).not.toContain('H4');
    expect(read('年度平均', [['違反建築物の是正指導件数', '件', 40, 8, 12, 9, 13, 10.5]])).not.toContain('H4');
    const report = checkWorkbook({
      sheets: [
        snap(
          '業務目標',
          [
            ['令和5年度 業務目標と実績'],
            ['業務指標', '単位', '年間目標', '実績', null, null, null, null],
            [null, null, null, '4〜6月', '7〜9月', '10〜12月', '1〜3月', '平均'],
            ['違反建築物の是正指導件数', '件', 40, 8, 12, 9, 13, 10.5],
          ],
          { merges: ['D2:H2', 'A2:A3', 'B2:B3', 'C2:C3'] },
        ),
      ],
    }).report;
    expect(report.indicators.map((i) => [i.actual, i.grade])).toEqual([[42, 'A']]);
    expect(report.indicators[0]?.guesses?.[0]?.cells).toEqual(['D4', 'E4', 'F4', 'G4']);
  });

  test('実績 over 上半期 | 下半期 alone: neither half is the year’s; they are summed, a guess', () => {
    const report = checkWorkbook({
      sheets: [
        snap(
          '業務目標',
          [
            ['令和5年度 業務目標と実績'],
            ['指標名', '単位', '年間目標', '実績', null],
            [null, null, null, '上半期', '下半期'],
            ['空き家相談件数', '件', 100, 50, 60],
          ],
          { merges: ['D2:E2', 'A2:A3', 'B2:B3', 'C2:C3'] },
        ),
      ],
    }).report;
    expect(report.indicators.map((i) => [i.actual, i.grade, i.guesses?.map((g) => g.reason)])).toEqual([[110, 'A', ['parts-summed']]]);
  });

  test('over days or a mean named so, it is', () => {
    expect(read('平均', [['建築確認の平均処理日数', '日', 7, 6.8, 7.5, 8.1, 7.2, 7.4]])).toEqual(['H4']);
    expect(read('年度平均', [['窓口の待ち時間', '分', 15, 14, 16, 13, 15, 14.5]])).toEqual(['H4']);
  });
});
