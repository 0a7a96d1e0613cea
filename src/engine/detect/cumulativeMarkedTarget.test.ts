/**
 * A target cell closing with its own 累計 mark (「60（3か年累計）」) makes the row's actual the table's 累計 column, as a 区分 cell
 * marking the row would; beside no total column the single year graded against it is flagged; other brackets mark nothing.
 */
import { cumulativeMarkedTarget } from './cumulativeMarkedTarget';
import { detectSheet } from './index';
import { snap } from './testing';
import type { TargetPoint } from './types';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test('only a target with a figure counts', () => {
  const t = (text: string, status: 'value' | 'text') => ({ parsed: { text, status } }) as unknown as TargetPoint;
  expect(cumulativeMarkedTarget([t('－（累計）', 'text'), t('60（3か年累計）', 'value')])?.parsed.text).toBe('60（3か年累計）');
  expect(cumulativeMarkedTarget([t('60（R5）', 'value')])).toBeNull();
});

const rows = (first: string) => [
  ['第８期計画　自己評価シート（令和５年度）'],
  ['指標', '単位', '目標（R3～R5）', '令和3年度', '令和4年度', '令和5年度', '累計'],
  ['通いの場の新規立ち上げ数', 'か所', first, 18, 21, 19, 58],
  ['後期高齢者歯科健診受診率', '％', '15.0（R5）', 10.8, 12.1, 13.2, '－'],
];

const read = (first: string, withTotal = true) =>
  detectSheet(snap('フレイル対策', withTotal ? rows(first) : rows(first).map((r) => r.slice(0, 6))), scale).indicators.map((i) => [
    i.name,
    i.actuals.filter((a) => a.parsed.status === 'value').map((a) => a.cell),
    (i.guesses ?? []).map((g) => g.reason),
  ]);

test('the marked row reads the 累計 column; the rate dated R5 keeps its year', () => {
  const [marked, rate] = read('60（3か年累計）');
  expect(marked[1]).toContain('G3'); // the 令和5年度 figure is the total, the years before stay as they were
  expect(marked[1]).not.toContain('F3');
  expect(marked[2]).toEqual([]);
  expect(rate[1]).toContain('F4');
  expect(rate[1]).not.toContain('G4');
});

test('a plain target keeps the year’s column as before (no mark, no total read)', () => {
  expect(read('60')[0][1]).not.toContain('G3');
});

test('beside no total column the single year against the marked target is flagged, never silent', () => {
  expect(read('60（3か年累計）', false)[0][2]).toContain('cumulative-single-year');
});

test('an actual written as the running total itself (「6社（累計）」) against 「10社（R3～R7累計）」: no cumulative-single-year guess', () => {
  const sheet = (actual: string) =>
    snap('効果検証', [
      ['令和５年度　総合戦略　効果検証シート'],
      ['KPI', '基準値', '目標値', '実績値'],
      ['企業誘致件数', '2社（R1）', '10社（R3～R7累計）', actual],
    ]);
  const reasons = (actual: string) => detectSheet(sheet(actual), scale).indicators.map((i) => (i.guesses ?? []).map((g) => g.reason));
  expect(reasons('6社（累計）')).toEqual([[]]);
  expect(reasons('6社')).toEqual([['cumulative-single-year']]);
});

test('a final target 「12（累計）」 beside the latest year’s own 目標 | 実績 (3 | 2): the year is graded on its own pair, no guess', () => {
  const s = snap('ＫＰＩ', [
    ['ＫＰＩ達成状況報告書'],
    ['報告対象：令和５年度'],
    ['ＫＰＩ', '単位', '令和４年度', null, '令和５年度', null, '最終目標（令和６年度）'],
    [null, null, '目標', '実績', '目標', '実績', null],
    ['新規起業者数', '人', 3, 3, 3, 2, '12（累計）'],
  ]);
  const [ind] = detectSheet(s, scale).indicators;
  expect((ind.guesses ?? []).map((g) => g.reason)).toEqual([]);
});

test('a target adding up the months of its own year (「30,000（4～3月累計）」「1,200（月別累計）」) is the year’s: no guess (review rv75)', () => {
  const s = snap('自己評価', [
    ['令和５年度　自己評価シート'],
    ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
    ['来館者数', '人', '30,000（4～3月累計）', 29000, 29500, 31000, 89500],
    ['相談件数', '件', '1,200（月別累計）', 1100, 1150, 1180, 3430],
  ]);
  const inds = detectSheet(s, scale).indicators;
  expect(inds.map((i) => (i.guesses ?? []).map((g) => g.reason))).toEqual([[], []]);
  expect(inds.map((i) => i.actuals.filter((a) => a.parsed.status === 'value').map((a) => a.cell))).toEqual([
    ['D3', 'E3', 'F3'],
    ['D4', 'E4', 'F4'],
  ]);
});
