import { checkWorkbook } from '../actions/check';
import { remarkSaysCopied } from './copiedActuals';
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
  // The 備考 line names the year's 実績 a 速報値: the figure is provisional, never pending (blockRemarkLine.ts).
  expect(read(block(5390, '令和6年度の実績は速報値であり集計中。'))).toEqual([['救急出動件数', 5390, 'provisional']]);
  expect(read(block(5310, '令和5年度の実績は集計中であった。'))).toEqual([['救急出動件数', 5310, 'value']]);
  expect(read(block(5310, '前年度と同数であった。'))).toEqual([['救急出動件数', 5310, 'value']]);
});

test('a 速報値, an unknown attribute (不詳) or another measure counted is the year’s own figure, never pending', () => {
  expect(read(block(5310, '令和6年度の実績は速報値（確定値は集計中）'))).toEqual([['救急出動件数', 5310, 'provisional']]);
  expect(read(block(5310, '令和6年度は件数のうち住所不詳分を除いて算出'))).toEqual([['救急出動件数', 5310, 'value']]);
});

test('a remark saying the year’s figure is counted, not that the year before’s was written in: read as written, a guess', () => {
  const rows = block(5310, '令和6年度の搬送人員は集計中のため出動件数のみ記載');
  const { report } = checkWorkbook({ sheets: [snap('施策', rows, { merges: ['B8:D8'] })] }, { period: '令和6年度' });
  expect(report.indicators.map((i) => [i.actual, i.actualStatus, i.guesses])).toEqual([
    [5310, 'value', [{ reason: 'actual-maybe-copied', cells: ['B8', 'D6', 'C6'] }]],
  ]);
});

test('the remark must say the year’s figure is still counted and the year before’s was written in', () => {
  expect(remarkSaysCopied('R6実績は集計中。R6欄には令和5年度の値を記載。', 2024)).toBe('copied');
  expect(remarkSaysCopied('R6実績は集計中のため前年度の数値を転記', 2024)).toBe('copied');
  expect(remarkSaysCopied('R6実績は集計中。', 2024)).toBe('counting');
  expect(remarkSaysCopied('R6実績を記載。R5実績は集計中。', 2024)).toBeNull();
  expect(remarkSaysCopied('R6実績は確定値。', 2024)).toBeNull();
  expect(remarkSaysCopied('R6実績は暫定値で集計中。令和5年度の値を記載。', 2024)).toBeNull();
});
