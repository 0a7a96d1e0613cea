import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { isHeadingRow, isMoneyNameRow, isPeriodHeadingRow } from './headingRows';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('公民館', rows)] }, {}).report.indicators.map((i) => [i.name, i.target ?? null, i.actual ?? null]);

test('a table of quarters under the indicators, headed 区分 | 第1四半期 … | 計 in the same columns, adds no indicator', () => {
  const rows = [
    ['令和6年度 公民館運営評価'],
    ['成果指標'],
    ['指標', '単位', '目標', '実績', '評価'],
    ['講座参加者数', '人', 4000, 4210, 'A'],
    ['貸館利用件数', '件', 1500, 1320, 'B'],
    [],
    ['四半期別の利用'],
    ['区分', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '計'],
    ['講座参加者数（人）', 1000, 1100, 1050, 1060, 4210],
    ['貸館利用件数（件）', 300, 340, 330, 350, 1320],
  ];
  expect(read(rows)).toEqual([
    ['講座参加者数', 4000, 4210],
    ['貸館利用件数', 1500, 1320],
  ]);
});

test('a cost block under the indicators, its years of 決算 / 予算 over the value columns, adds no indicator', () => {
  const rows = [
    ['令和6年度 事務事業評価シート'],
    ['区分', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '令和6年度目標'],
    ['活動指標', '見守り協力事業者数', '事業者', 320, 350, 362, 380],
    ['成果指標', '見守られていると感じる高齢者の割合', '％', 61.8, 70, 64.5, 72],
    [],
    ['コスト（単位：千円）', null, null, '令和4年度決算', '令和5年度決算', '令和6年度予算'],
    ['事業費', null, null, 12480, 13215, 14000],
    ['人件費', null, null, 8200, 8350, 8400],
    ['トータルコスト', null, null, 20680, 21565, 22400],
  ];
  expect(read(rows)).toEqual([
    ['見守り協力事業者数', 350, 362],
    ['見守られていると感じる高齢者の割合', 70, 64.5],
  ]);
});

describe('isHeadingRow', () => {
  const grid = new Grid(
    snap('表', [
      ['区分', '4月', '5月', '計'],
      ['参加者数', 120, 130, 250],
      ['策定', 'R7', 'R6', null],
      ['参加者数', '4月', 300, null],
      ['満足度', '集計中', '実績', null],
      ['コスト', '令和4年度決算', '令和5年度決算', '令和6年度予算'],
      ['事業費', '令和4年度決算', 12480, null],
    ]),
  );
  const index = new CellIndex(grid);
  test.each([
    [1, true], // months and their total: headings
    [2, false], // figures
    [3, false], // a milestone's years alone
    [4, false], // a figure beside a heading
    [5, false], // a status word is no heading
    [6, true], // years of settled and budgeted amounts: a cost block's headings
    [7, false], // a figure beside a year's 決算
  ])('row %i: %s', (row, expected) => expect(isHeadingRow(index, row, [2, 3, 4])).toBe(expected));
});

test('a row naming an indicator with its unit cell filled, its target and actual in words (計画 | 実績), goes on with the table', () => {
  const rows = [
    ['令和6年度 地域福祉の評価'],
    [],
    ['指標名', '単位', '目標値', '実績値'],
    ['見守り訪問件数', '件', 1200, 1100],
    ['地域福祉計画の見直し', '－', '計画', '実績'],
    ['ボランティア登録者数', '人', 300, 320],
  ];
  expect(read(rows).filter(([, t]) => t !== null)).toEqual([
    ['見守り訪問件数', 1200, 1100],
    ['ボランティア登録者数', 300, 320],
  ]);
});

test('a cost block under the indicators headed 区分 in the name column over years alone (事業費（千円） | 区分 | H30 | R1) adds no indicator', () => {
  const rows = [
    ['令和２年度　事務事業評価シート（令和元年度実施事業）'],
    ['区分', '指標名', '単位', '平成30年度', '令和元年度', null, '令和２年度'],
    [null, null, null, '実績', '目標', '実績', '目標'],
    ['活動指標', '支援対象者数', '人', 142, 150, 161, 160],
    ['成果指標', '就労開始者数', '人', 98, 110, 93, 115],
    [],
    ['事業費（千円）', '区分', null, '平成30年度', '令和元年度'],
    [null, '決算額', null, 14820, 15306],
  ];
  expect(read(rows)).toEqual([
    ['支援対象者数', 150, 161],
    ['就労開始者数', 110, 93],
  ]);
});

test('review rv66: the cost block headed 項目, 内訳 or 費目 adds no indicator either; a name of the same length does not stop the table', () => {
  const rows = (word: string) => [
    ['令和２年度　事務事業評価シート（令和元年度実施事業）'],
    ['区分', '指標名', '単位', '平成30年度', '令和元年度', null, '令和２年度'],
    [null, null, null, '実績', '目標', '実績', '目標'],
    ['活動指標', '支援対象者数', '人', 142, 150, 161, 160],
    [],
    ['事業費（千円）', word, null, '平成30年度', '令和元年度'],
    [null, '決算額', null, 14820, 15306],
  ];
  for (const word of ['項目', '内訳', '費目']) expect(read(rows(word)).map(([name]) => name)).toEqual(['支援対象者数']);
  expect(isPeriodHeadingRow(new CellIndex(new Grid(snap('表', [[null, '講座', 'R4', 'R5']]))), 1, 2, [3, 4])).toBe(false);
});

test('a milestone named in the name column with years as its target and actual (計画の策定 | R3 | R3) goes on with the table', () => {
  const rows = [
    ['令和5年度 施策評価'],
    ['指標名', '単位', '令和4年度', '令和5年度'],
    ['見守り訪問件数', '件', 1100, 1200],
    ['計画の策定', '－', '令和4年度', '令和5年度'],
    ['ボランティア登録者数', '人', 300, 320],
  ];
  expect(read(rows).map(([name]) => name)).toContain('ボランティア登録者数');
});

describe('isPeriodHeadingRow', () => {
  const grid = new Grid(
    snap('表', [
      ['事業費（千円）', '区分', '平成30年度', '令和元年度'],
      [null, '指標名', 'R4', 'R5'],
      [null, '計画の策定', 'R4', 'R5'],
      [null, '区分', '令和元年度', null],
      [null, '区分', '令和元年度', 1200],
      [null, '区分', '令和元年度', '決算額'],
    ]),
  );
  const index = new CellIndex(grid);
  test.each([
    [1, true], // years alone under 区分
    [2, true], // under 指標名
    [3, false], // a milestone named with its years: a body row
    [4, false], // one year alone
    [5, false], // a figure beside the year
    [6, false], // another word beside the year
  ])('row %i: %s', (row, expected) => expect(isPeriodHeadingRow(index, row, 2, [3, 4])).toBe(expected));
});

test('a cost block whose first year of 決算 stands in the name column (事業費（千円） | 令和5年度決算 | | 令和6年度決算) adds no indicator', () => {
  const rows = [
    ['事務事業評価シート（令和６年度）'],
    ['区分', '指標名', '単位', '令和5年度実績', '令和6年度目標', '令和6年度実績', '達成率'],
    ['活動指標', '補助金交付件数', '件', 47, 50, 43, '86.0％'],
    ['成果指標', '普及率', '％', 87.5, 89, 88.2, '99.1％'],
    [],
    ['事業費（千円）', '令和5年度決算', null, '令和6年度決算'],
    [null, 17820, null, 18540],
  ];
  expect(read(rows)).toEqual([
    ['補助金交付件数', 50, 43],
    ['普及率', 89, 88.2],
  ]);
});

describe('isMoneyNameRow', () => {
  const grid = new Grid(
    snap('表', [
      ['事業費（千円）', '令和5年度決算', null, '令和6年度決算', null],
      [null, '令和5年度決算', null, 17820, null],
      [null, '令和5年度決算', null, null, null],
      [null, '令和5年度決算', '千円', '令和6年度予算', null],
      [null, '令和5年度決算', null, '令和6年度予算', '実績'],
      [null, '決算額', null, '令和6年度予算', null],
    ]),
  );
  const index = new CellIndex(grid);
  test.each([
    [1, true], // two years' 決算 from the name column on
    [2, false], // a figure beside the year's 決算: an amount, not a heading
    [3, false], // one year's 決算 alone
    [4, false], // a unit beside it: a body row's cell
    [5, true], // a heading word beside the years
    [6, false], // no year in the name column
  ])('row %i: %s', (row, expected) => expect(isMoneyNameRow(index, row, 2, 5)).toBe(expected));
});
