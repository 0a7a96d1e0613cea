import { checkWorkbook } from '../actions/check';
import { saysYearPending } from './copiedActuals';
import { snap } from './testing';

/** A block whose R6 actual repeats R5's, under a 備考 line. */
const block = (r6: number, note: string) => [
  ['施策評価シート（令和6年度評価）'],
  [],
  ['指標1', '救急出動件数'],
  ['単位', '件'],
  ['区分', 'R4', 'R5', 'R6'],
  ['実績値', 5120, 5310, r6],
  ['目標値', 5000, 5200, 5400],
  ['備考', note],
];

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('施策', rows, { merges: ['B8:D8'] })] }, { period: '令和6年度' }).report.indicators.map((i) => [
    i.name,
    i.actual,
    i.actualStatus,
  ]);

test('the year before’s figure written again while the 備考 says the year’s own is still counted: pending', () => {
  expect(read(block(5310, '令和6年度の実績は消防本部の統計が未公表のため集計中。R6欄には令和5年度の値を記載。'))).toEqual([['救急出動件数', null, 'pending']]);
});

test('a figure of its own, or a remark naming another year, is read as written', () => {
  expect(read(block(5390, '令和6年度の実績は速報値であり集計中。'))).toEqual([['救急出動件数', 5390, 'value']]);
  expect(read(block(5310, '令和5年度の実績は集計中であった。'))).toEqual([['救急出動件数', 5310, 'value']]);
  expect(read(block(5310, '前年度と同数であった。'))).toEqual([['救急出動件数', 5310, 'value']]);
});

test('the remark must say, in one sentence naming the year, that the figure is still being counted', () => {
  expect(saysYearPending('R6実績は集計中。', 2024)).toBe(true);
  expect(saysYearPending('R6実績を記載。R5実績は集計中。', 2024)).toBe(false);
  expect(saysYearPending('R6実績は確定値。', 2024)).toBe(false);
});
