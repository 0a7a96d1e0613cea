/**
 * A row marked 累計 reads the total column beside the latest year's whole actual: a later year's actual headed as the year so
 * far (令和6年度 over 実績（9月末現在）, inYearActualHeading.ts) is no whole year's, never the latest (markedRowTotal.ts).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = (laterActual: string) => [
  ['成果指標の進捗状況（令和５年度評価）'],
  ['指標', '単位', '区分', '令和4年度', null, '令和5年度', null, null, '令和6年度', null],
  [null, null, null, '目標', '実績', '目標', '実績\n（単年度）', '実績\n（累計）', '目標', laterActual],
  ['伝統工芸士認定者数（累計）', '人', '累計', 41, 40, 45, 3, 43, 48, 43],
  ['後継者育成研修 新規受講者数', '人', '単年度', 15, 12, 15, 11, 23, 15, 14],
];
const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:H2', 'I2:J2'];

const read = (laterActual: string) =>
  checkWorkbook({ sheets: [snap('成果指標', rows(laterActual), { merges })] }, { period: '2023' }).report.indicators.map((i) => [
    i.name,
    i.actual,
    i.cells?.actual,
  ]);

test('a 累計 row reads the 累計 column of the year evaluated though a later year stands so far (実績（9月末現在）)', () => {
  expect(read('実績\n（9月末現在）')).toEqual([
    ['伝統工芸士認定者数（累計）', 43, 'H4'],
    ['後継者育成研修 新規受講者数', 11, 'G5'],
  ]);
});

test('a total column dated at a later year so far (累計実績（R6.9月末現在）) is no total of the year evaluated: review rv80 item 1', () => {
  const rows = [
    ['伝統産業振興計画　成果指標の進捗状況（令和５年度評価）'],
    ['指標', '単位', '区分', '令和4年度', null, '令和5年度', null, '令和6年度', null, '累計実績\n（R6.9月末現在）'],
    [null, null, null, '目標', '実績', '目標', '実績', '目標', '実績\n（9月末現在）', null],
    ['伝統工芸士認定者数', '人', '累計', 41, 40, 45, 43, 48, 46, 46],
    ['後継者育成研修 受講者数', '人', '単年度', 15, 12, 15, 11, 15, 6, 29],
  ];
  const merges = ['A2:A3', 'B2:B3', 'C2:C3', 'D2:E2', 'F2:G2', 'H2:I2', 'J2:J3'];
  const report = checkWorkbook({ sheets: [snap('成果指標', rows, { merges })] }, { period: '2023' }).report;
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells?.actual])).toEqual([
    ['伝統工芸士認定者数', 43, 'G4'],
    ['後継者育成研修 受講者数', 11, 'G5'],
  ]);
});
