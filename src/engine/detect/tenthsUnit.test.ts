/** A target in 割 beside an actual in ％ is one rate written two ways: read in ％. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('成果', rows)] }, {}).report.indicators.map((i) => [i.name, i.unit ?? null, i.target ?? null, i.actual ?? null, i.grade]);

test('「７割」 against 「63.0％」 is 70 ％ against 63 ％, never 7 against 63', () => {
  const rows = [['令和5年度　事業の成果'], ['成果指標', '目標（令和5年度）', '実績（令和5年度）'], ['相談の解決率', '７割', '63.0％']];
  expect(read(rows)).toEqual([['相談の解決率', '%', 70, 63, 'B']]);
});

test('a target in 割 under a ％ unit column is read in ％', () => {
  const rows = [['令和5年度　事業の成果'], ['成果指標', '単位', '目標', '実績'], ['相談の解決率', '％', '8割', 81.5]];
  expect(read(rows)).toEqual([['相談の解決率', '%', 80, 81.5, 'A']]);
});

test('figures all in 割 stay in 割, as written', () => {
  const rows = [['令和5年度　事業の成果'], ['成果指標', '目標', '実績'], ['相談の解決率', '7割', '6.5割']];
  expect(read(rows).map((r) => r.slice(1, 4))).toEqual([['割', 7, 6.5]]);
});
