/**
 * A block's 実績値（単年度）, 実績値（累計） and 期待値（累計） lines are one indicator's: the 累計 line is no repeated measure
 * starting a nameless indicator, and with 累計 targets the 累計 actual is the one read (no guess: the choice is the sheet's).
 */
import { detectSheet } from './index';
import { isCumulativeTwinLine } from './cumulativeTwins';
import { snap } from './testing';

test('a 累計 line and the plain or 単年度 line of the same measure are twins; other pairs are not', () => {
  expect(isCumulativeTwinLine('実績値（単年度）', '実績値（累計）')).toBe(true);
  expect(isCumulativeTwinLine('実績値', '実績値（累計）')).toBe(true);
  expect(isCumulativeTwinLine('実績値', '実績値')).toBe(false);
  expect(isCumulativeTwinLine('実績値（単年度）', '期待値（累計）')).toBe(false);
});

test('the 累計 lines of a block are its own indicator’s, the 累計 actual compared with the 累計 target', () => {
  const s = snap('施策', [
    ['施策評価シート（評価対象期間：令和５年度）'],
    [],
    ['指標①', '防災士の養成数', null, null, null, '単位', '人'],
    ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'],
    ['実績値（単年度）', null, 12, 15, 9],
    ['実績値（累計）', 48, 60, 75, 84, null, null, 'R3からの累計'],
    ['期待値（累計）', null, 60, 75, 90, 105, 120],
  ]);
  const read = detectSheet(s, [{ grade: 'A', label: '' }]).indicators;
  expect(read.map((i) => [i.name, i.actuals.map((a) => a.cell), i.guesses ?? []])).toEqual([['防災士の養成数', expect.arrayContaining(['E6']), []]]);
  expect(read[0].actuals.map((a) => a.cell)).not.toContain('E5');
});
