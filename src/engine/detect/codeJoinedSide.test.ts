/** A table pasted beside the names' table with codes of its own: its figures are read on the row of each code. */
import { detectWorkbook } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];
const plan = [
  ['E-01', '温室効果ガス排出量', '千t', 1120],
  ['E-02', 'ごみ排出量', 'g', 850],
  ['E-03', 'リサイクル率', '％', 24],
];
const sheet = (right: (string | number)[][]) =>
  snap('進捗', [
    ['環境指標の進捗状況（令和５年度）'],
    [],
    ['指標コード', '指標名', '単位', '令和5年度目標', null, 'コード', '項目名', 'R5実績'],
    ...plan.map((p, i) => [...p, null, ...(right[i] ?? [])]),
  ]);
const read = (right: (string | number)[][]) =>
  detectWorkbook([sheet(right)], scale)[0].indicators.map((i) => [
    i.name,
    i.actuals[0]?.cell ?? null,
    i.actuals[0]?.parsed.value ?? null,
    (i.guesses ?? []).map((g) => g.reason),
  ]);

test('codes in another order: each actual from the row of its code', () => {
  expect(
    read([
      ['E-03', 'リサイクル率', 21.7],
      ['E-01', '温室効果ガス', '集計中'],
      ['E-02', 'ごみ（1人1日）', 871],
    ]),
  ).toEqual([
    ['温室効果ガス排出量', 'H5', null, []],
    ['ごみ排出量', 'H6', 871, []],
    ['リサイクル率', 'H4', 21.7, []],
  ]);
});

test('codes in the same order: read by row, nothing guessed', () => {
  expect(
    read([
      ['E-01', 'a', 1100],
      ['E-02', 'b', 871],
      ['E-03', 'c', 21.7],
    ]).map((r) => [r[1], r[3]]),
  ).toEqual([
    ['H4', []],
    ['H5', []],
    ['H6', []],
  ]);
});

test('codes that are not the names’ codes: read by row and flagged on the rows that disagree', () => {
  expect(
    read([
      ['E-03', 'リサイクル率', 21.7],
      ['E-09', 'x', 5],
      ['E-02', 'ごみ', 871],
    ]).map((r) => [r[0], r[3]]),
  ).toEqual([
    ['温室効果ガス排出量', ['codes-disagree']],
    ['ごみ排出量', ['codes-disagree']],
    ['リサイクル率', ['codes-disagree']],
  ]);
});
