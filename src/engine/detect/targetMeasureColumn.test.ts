/** 目標金額（円） | 寄附金額（円） with no actual heading: the column naming the target's measure is its actual. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

type Row = CellValue[];

const sheet = (headings: string[], ratio = true) =>
  snap('GCF実績', [
    ['令和５年度　ガバメントクラウドファンディング　実施プロジェクト一覧'],
    ['No.', 'プロジェクト名', ...headings, ...(ratio ? ['達成率'] : [])],
    [1, '保護猫譲渡推進プロジェクト', 3000000, 3482000, 214, ...(ratio ? [1.16] : [])],
    [2, '博物館 収蔵品修復プロジェクト', 5000000, 4105500, 188, ...(ratio ? [0.82] : [])],
  ]);
const read = (headings: string[], ratio = true) =>
  checkWorkbook({ sheets: [sheet(headings, ratio)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]);

test('寄附金額（円） beside 目標金額（円）: each project’s actual, not 寄附件数（件）', () => {
  expect(read(['目標金額（円）', '寄附金額（円）', '寄附件数（件）'])).toEqual([
    ['保護猫譲渡推進プロジェクト', 3000000, 3482000, 'D3'],
    ['博物館 収蔵品修復プロジェクト', 5000000, 4105500, 'D4'],
  ]);
  expect(read(['目標金額（円）', '寄附金額（円）', '寄附件数（件）'], false).map((r) => r[2])).toEqual([3482000, 4105500]);
});

test('counter-example: another unit (寄附金額（千円）) is no figure of the target’s measure: no actual read', () => {
  expect(read(['目標金額（円）', '寄附金額（千円）', '寄附件数（件）']).map((r) => r[2])).toEqual([null, null]);
});

/* Review rv73: the column is read only when the row confirms it; otherwise the row keeps its finding naming the figures. */

const check = (headings: string[], r1: Row, r2: Row, title = '令和５年度　実施事業一覧') =>
  checkWorkbook({ sheets: [snap('S', [[title], ['No.', '名称', ...headings], [1, 'A事業', ...r1], [2, 'B事業', ...r2]])] }, {}).report;
const actuals = (r: ReturnType<typeof check>) => r.indicators.map((i) => [i.actual, i.cells.actual]);
const unreadCells = (r: ReturnType<typeof check>) =>
  r.findings.flatMap((f) => (f.params && 'reason' in f.params && f.params.reason === 'figures-unread' ? [f.params.cells] : []));

test('counter-example: two columns naming the measure reached (個人寄附金額 | 企業寄附金額), no ratio written: none read', () => {
  const r = check(['目標金額（円）', '個人寄附金額（円）', '企業寄附金額（円）'], [3000000, 3482000, 500000], [5000000, 4105500, 0]);
  expect(actuals(r).map((a) => a[0])).toEqual([null, null]);
});

test('a cost column (事業費金額) beside 寄附金額 is no candidate: the 寄附金額 is read', () => {
  const r = check(['目標金額（円）', '寄附金額（円）', '事業費金額（円）'], [3000000, 3482000, 8000000], [5000000, 4105500, 9000000]);
  expect(actuals(r).map((a) => a[0])).toEqual([3482000, 4105500]);
});

test('a written 達成率 equal to a column over the target confirms that column, even named 寄附総額 beside a 基金充当金額', () => {
  const r = check(['目標金額（円）', '寄附総額（円）', '基金充当金額（円）', '達成率'], [3000000, 3482000, 2500000, 1.16], [5000000, 4105500, 4000000, 0.82]);
  expect(actuals(r)).toEqual([
    [3482000, 'D3'],
    [4105500, 'D4'],
  ]);
});

test('counter-example: a 達成率 agreeing with no column reads none, though 寄附金額 names the measure', () => {
  const r = check(['目標金額（円）', '寄附金額（円）', '達成率'], [3000000, 3482000, 0.5], [5000000, 4105500, 0.6]);
  expect(actuals(r)).toEqual([
    [null, null],
    [null, null],
  ]);
});

test('counter-example: a bare measure (値, 件数, 人数, 額) with no word of reaching it is no actual: comparisons, capacities, costs', () => {
  const cases: [string[], Row, Row][] = [
    [
      ['目標値', '全国平均値'],
      [80, 72.5],
      [50, 61.2],
    ],
    [
      ['現状値', '目標値', '県平均値'],
      [70, 80, 72.5],
      [40, 50, 61.2],
    ],
    [
      ['目標値', '推計値'],
      [80, 76],
      [50, 61],
    ],
    [
      ['目標値（％）', '上限値（％）'],
      [80, 100],
      [50, 100],
    ],
    [
      ['目標値', '評価値'],
      [80, 3],
      [50, 2],
    ],
    [
      ['目標件数', '昨年度件数'],
      [30, 25],
      [40, 30],
    ],
    [
      ['目標件数', '過去最高件数'],
      [30, 25],
      [40, 30],
    ],
    [
      ['対象人数', '目標人数'],
      [3000, 1800],
      [400, 300],
    ],
    [
      ['募集人数（人）', '目標人数（人）', '受講者数（人）'],
      [30, 25, 22],
      [40, 30, 35],
    ],
    [
      ['総事業費金額（円）', '目標金額（円）', '寄附額（円）'],
      [8000000, 3000000, 3482000],
      [9000000, 5000000, 4105500],
    ],
    [
      ['目標額', '補助額'],
      [3000, 1800],
      [400, 300],
    ],
  ];
  for (const [headings, r1, r2] of cases) {
    const r = check(headings, r1, r2);
    expect([headings, actuals(r)]).toEqual([
      headings,
      [
        [null, null],
        [null, null],
      ],
    ]);
    expect([headings, unreadCells(r).length]).toEqual([headings, 2]);
  }
});

test('a bare measure after a word of reaching it (到達値, 参加人数) is the actual', () => {
  expect(actuals(check(['目標値', '到達値'], [80, 76], [50, 61]))).toEqual([
    [76, 'D3'],
    [61, 'D4'],
  ]);
  expect(actuals(check(['目標人数（人）', '参加人数（人）'], [80, 76], [50, 61])).map((a) => a[0])).toEqual([76, 61]);
});

test('counter-example: a plan sheet of 現状値 | 目標値 | 全国平均値 has no actual yet', () => {
  const r = checkWorkbook(
    {
      sheets: [
        snap('計画', [
          ['第2期計画　成果指標'],
          ['指標名', '単位', '現状値（令和4年度）', '目標値', '全国平均値'],
          ['特定健診受診率', '％', 38.2, 60, 37.6],
          ['がん検診受診率', '％', 15.1, 50, 16.0],
        ]),
      ],
    },
    {},
  ).report;
  expect(r.indicators.map((i) => [i.actual, i.grade])).toEqual([
    [null, null],
    [null, null],
  ]);
});

test('review rv76: a 累計, a peak or a part of the measure (累計 / 1日最大 / 市外来場者数) beside 目標来場者数 is no year’s actual', () => {
  for (const heading of ['累計来場者数（人）', '1日最大来場者数（人）', '市外来場者数（人）']) {
    const report = check(['目標来場者数（人）', heading], [3000, 800], [5000, 1200]);
    expect([heading, ...report.indicators.map((i) => i.actual ?? null)]).toEqual([heading, null, null]);
  }
  expect(actuals(check(['目標来場者数（人）', '来場者数（人）'], [3000, 2800], [5000, 5200]))).toEqual([
    [2800, 'D3'],
    [5200, 'D4'],
  ]);
});
