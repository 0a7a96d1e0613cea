/** 「令和5年度決算」 columns are the years' actuals in a table of indicators with targets; in a cost table they stay unread. */
import { checkWorkbook } from '../actions/check';
import { settledYear } from './settledYears';
import { snap } from './testing';

test.each([
  ['令和5年度決算', 2023],
  ['R4決算', 2022],
  ['2023年度決算', 2023],
  ['決算（令和5年度）', 2023],
  ['令和５年度の決算', 2023],
])('%s is the settled year %i', (text, year) => {
  expect(settledYear(text)?.fiscalYear).toBe(year);
});

test.each(['令和5年度決算額', '決算', '令和5年度決算見込', '令和5年度予算', '決算（千円）', '令和6年4月1日決算'])('%s is no settled year', (text) => {
  expect(settledYear(text)).toBeNull();
});

const read = (header: (string | null)[], rows: (string | number | null)[][]) =>
  checkWorkbook(
    { sheets: [snap('財政', [['令和5年度　財政指標の状況', null, null, null, null], [null, null, null, null, null], header, ...rows])] },
    {},
  ).report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.cells.actual]);

test('beside a target column, each 決算 year is that year actual; 「－」 under it is not-applicable', () => {
  const header = ['指標', '単位', '令和4年度決算', '令和5年度決算', '目標値（令和5年度）'];
  expect(
    read(header, [
      ['財政力指数', null, 0.63, 0.64, 0.65],
      ['実質赤字比率', '％', '－', '－', '－'],
    ]),
  ).toEqual([
    ['財政力指数', 0.65, 0.64, 'value', 'D4'],
    ['実質赤字比率', null, null, 'not-applicable', 'D5'],
  ]);
});

test('another year column (令和6年度見込) beside them is no rival', () => {
  const header = ['指標', '単位', '目標値', '令和4年度決算', '令和5年度決算', '令和6年度見込'];
  expect(read(header, [['財政調整基金残高', '百万円', 3000, 3350, 3412, 2900]])).toEqual([['財政調整基金残高', 3000, 3412, 'value', 'E4']]);
});

test("one 決算 column alone beside a project's target may be its cost: not read as the actual", () => {
  const header = ['事業名', '成果指標', '単位', '目標値', '令和5年度決算'];
  expect(read(header, [['地域公共交通確保事業', 'コミュニティバス利用者数', '人', 60000, 52300]])).toEqual([
    ['コミュニティバス利用者数', 60000, null, 'missing', null],
  ]);
});

test('beside a 実績 column of the year, a budget heading, or no target, 決算 is not the actual', () => {
  const withActual = read(['指標', '目標値', '実績値', '令和5年度決算', null], [['財政力指数', 0.65, 0.64, 0.7, null]]);
  expect(withActual).toEqual([['財政力指数', 0.65, 0.64, 'value', 'C4']]);
  const budget = read(['事業名', '計画', '令和5年度予算', '令和5年度決算', null], [['道路維持事業', 100, 120, 118, null]]);
  expect(budget).toEqual([['道路維持事業', 100, null, 'missing', null]]);
  const noTarget = read(['事業名', '令和4年度決算', '令和5年度決算', null, null], [['道路維持事業', 120, 118, null, null]]);
  expect(noTarget).toEqual([]);
});

test('「令和５年度」 merged over 目標 | 決算 after two 決算 years: the bare 決算 is that year actual', () => {
  const s = snap(
    '経営指標',
    [
      ['経営指標', '単位', '令和３年度\n決算', '令和４年度\n決算', '令和５年度', null, '目指す\n方向'],
      [null, null, null, null, '目標', '決算', null],
      ['有収率', '％', 83.9, 84.4, 85, 82.7, '↑'],
      ['給水原価', '円/㎥', 238.4, 247.9, 245, 252.3, '↓'],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:D2', 'E1:F1', 'G1:G2'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual, i.direction]);
  expect(read).toEqual([
    ['有収率', 85, 82.7, 'F3', 'up'],
    ['給水原価', 245, 252.3, 'F4', 'down'],
  ]);
});

test('years merged over 計画 | 決算 of costs in 千円: a budget and its settlement, never a target and an actual', () => {
  const s = snap(
    '事業費',
    [
      ['区分', '単位', '令和4年度', null, '令和5年度', null],
      [null, null, '計画', '決算', '計画', '決算'],
      ['事業費', '千円', 12000, 11500, 13000, 9800],
      ['うち一般財源', '千円', 8000, 7900, 8200, 6000],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:D1', 'E1:F1'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.actual, i.grade]);
  expect(read.filter(([, actual]) => actual !== null)).toEqual([]);
});

test('years over 計画 | 決算 of a 単位 column naming ％, 人, 日 and no money: each year its plan and its settled figure', () => {
  const s = snap(
    '経営指標',
    [
      ['指標', '単位', '令和3年度', '令和4年度', '令和5年度', null, '令和6年度'],
      [null, null, '決算', '決算', '計画', '決算', '計画'],
      ['【収支改善】', null, null, null, null, null, null],
      ['経常収支比率', '％', 102.4, 99.1, 98.5, 96.8, 99.2],
      ['1日平均外来患者数', '人', 502, 511, 520, 538, 520],
      ['平均在院日数（一般病床）', '日', 14.6, 14.1, 13.5, 14.2, 13.2],
    ],
    { merges: ['A1:A2', 'B1:B2', 'E1:F1', 'A3:G3'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual]);
  expect(read).toEqual([
    ['経常収支比率', 98.5, 96.8, 'F4'],
    ['1日平均外来患者数', 520, 538, 'F5'],
    ['平均在院日数（一般病床）', 13.5, 14.2, 'F6'],
  ]);
});

test('計画 | 決算 with a 単位 column naming one money unit among them stays a budget', () => {
  const s = snap(
    '経営指標',
    [
      ['指標', '単位', '令和4年度', '令和5年度', null],
      [null, null, '決算', '計画', '決算'],
      ['医業収益', '千円', 4200000, 4500000, 4310000],
      ['経常収支比率', '％', 99.1, 98.5, 96.8],
    ],
    { merges: ['A1:A2', 'B1:B2', 'D1:E1'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.actual]);
  expect(read.filter(([, actual]) => actual !== null)).toEqual([]);
});
