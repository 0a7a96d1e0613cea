/** A dash or blank-like mark in a 単位 cell (－ ― ー -) means the indicator has no unit; a unit named there is kept. */
import { detectSheet } from './index';
import { snap } from './testing';
import { isNoUnitMark } from '../values/units';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

test.each(['－', '―', 'ー', '-', '‐', '・', 'なし', '　'])('the mark %s is no unit', (mark) => {
  expect(isNoUnitMark(mark)).toBe(true);
});

test.each(['人', '千t-CO2', '％', 'ー件'])('%s names a unit', (unit) => {
  expect(isNoUnitMark(unit)).toBe(false);
});

test('a plain table whose 単位 column writes a dash reads that indicator with no unit, the others with theirs', () => {
  const s = snap('成果指標', [
    ['成果指標一覧（令和6年度）'],
    [],
    ['指標名', '単位', '目標値', '実績値', '評価'],
    ['健康寿命（男性）', '―', 80.5, 80.1, 'B'],
    ['図書館貸出冊数', '冊', 250000, 261000, 'A'],
    ['人口の社会増減', 'ー', 0, -120, 'D'],
  ]);
  const read = detectSheet(s, scale).indicators.map((i) => [i.name, i.unit ?? null]);
  expect(read).toEqual([
    ['健康寿命（男性）', null],
    ['図書館貸出冊数', '冊'],
    ['人口の社会増減', null],
  ]);
});
