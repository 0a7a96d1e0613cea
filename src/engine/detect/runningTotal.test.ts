/**
 * A target over a stated run of years beside one actual per year, with no total column: the years are added up from the
 * run's first year, said by an actual-running-total finding; a gap, a run with no first year's column or a rate leaves
 * the single year flagged (cumulative-single-year).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';
import { statedRun, yearlyReading } from './runningTotal';

const sheet = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('住宅', [['住生活基本計画　成果指標（令和5年度）'], [], ...rows])] }, { period: '令和5年度' }).report;
const head = [
  ['指標', '単位', '目標の区分', '目標値', '実績'],
  [null, null, null, null, 'R3', 'R4', 'R5', 'R6', 'R7'],
];

test('the run a 区分 or heading states', () => {
  expect(statedRun('累計（R3〜R7）')).toEqual([2021, 2025]);
  expect(statedRun('令和3年度～令和7年度の合計')).toEqual([2021, 2025]);
  expect(statedRun('累計')).toBeNull();
  expect(statedRun('累計（R7〜R3）')).toBeNull();
});

test('a 累計（R3〜R7） target is compared with R3–R5 added up, the cells named; a 単年度 row keeps its year', () => {
  const r = sheet([...head, ['住宅リフォーム補助件数', '件', '累計（R3〜R7）', 500, 95, 105, 105], ['耐震診断件数', '件', '単年度', 40, 30, 35, 38]]);
  const sum = r.indicators.find((i) => i.name === '住宅リフォーム補助件数')!;
  expect([sum.actual, sum.grade, sum.guesses]).toEqual([305, 'C', []]);
  expect(r.findings.find((f) => f.code === 'actual-running-total')).toMatchObject({ cell: 'G5', params: { total: 305, cells: ['E5', 'F5', 'G5'] } });
  expect(r.indicators.find((i) => i.name === '耐震診断件数')!.actual).toBe(38);
});

test('a blank year inside the run: no sum, the single year flagged', () => {
  const r = sheet([...head, ['住宅リフォーム補助件数', '件', '累計（R3〜R7）', 500, 95, null, 105]]);
  const ind = r.indicators[0];
  expect(ind.actual).toBe(105);
  expect(ind.guesses.map((g) => g.reason)).toEqual(['cumulative-single-year']);
});

test('a run starting before the first year column, or a rate: no sum', () => {
  const early = sheet([...head, ['住宅リフォーム補助件数', '件', '累計（R2〜R7）', 500, 95, 105, 105]]);
  expect(early.indicators[0].actual).toBe(105);
  const rate = sheet([...head, ['耐震化率', '％', '累計（R3〜R7）', 95, 88, 89, 90]]);
  expect(rate.indicators[0].actual).toBe(90);
});

test('yearly figures that are running totals already: by their name, or by never falling, the latest of the target’s size', () => {
  expect(yearlyReading(true, [8, 17, 27, 36, 45], 50)).toBe('totals');
  expect(yearlyReading(false, [8, 17, 27, 36, 45], 50)).toBe('totals');
  expect(yearlyReading(false, [95, 105, 105], 500)).toBe('parts');
  expect(yearlyReading(false, [12, 9, 11], 50)).toBe('parts');
  // Either reading fits (10 + 20 + 30 is near the target, and so is 30), or a 累計 name over falling figures: a guess.
  expect(yearlyReading(false, [20, 30], 50)).toBe('unclear');
  expect(yearlyReading(true, [20, 18, 25], 50)).toBe('unclear');
});

test('a 累計 name: its yearly figures are not added up again, the latest is the total, no guess', () => {
  const r = sheet([...head, ['新規就農者数（累計）', '人', '累計（R3〜R7）', 50, 15, 32, 45]]);
  expect([r.indicators[0].actual, r.indicators[0].grade, r.indicators[0].guesses]).toEqual([45, 'B', []]);
  expect(r.findings.filter((f) => f.code === 'actual-running-total')).toEqual([]);
});

test('rising figures already near the target with no 累計 word: read as running totals; where a sum fits too, flagged', () => {
  const totals = sheet([...head, ['新規就農者数', '人', '累計（R3〜R7）', 50, 15, 32, 45]]);
  expect([totals.indicators[0].actual, totals.indicators[0].guesses]).toEqual([45, []]);
  const either = sheet([...head, ['新規就農者数', '人', '累計（R3〜R7）', 50, 10, 20, 30]]);
  expect(either.indicators[0].actual).toBe(30);
  expect(either.indicators[0].guesses.map((g) => g.reason)).toEqual(['cumulative-single-year']);
});
