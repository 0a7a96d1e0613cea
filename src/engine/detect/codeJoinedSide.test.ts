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

/** No. | 指標名 | 単位 | R5目標 | (gap) | R5実績 | RIGHT: a column of numbers-as-text right of the figures (review rv40). */
const beside = (first: string, right: string, codes: string[]) =>
  detectWorkbook(
    [
      snap('進捗', [
        ['令和5年度 成果指標の状況'],
        [],
        [first, '指標名', '単位', 'R5目標', null, 'R5実績', right],
        [first === 'No.' ? '1' : '1-1', '講座参加者数', '人', 120, null, 100, codes[0]],
        [first === 'No.' ? '2' : '1-2', '相談件数', '件', 100, null, 130, codes[1]],
        [first === 'No.' ? '3' : '1-3', '登録団体数', '団体', 30, null, 28, codes[2]],
      ]),
    ],
    scale,
  )[0].indicators.map((i) => [i.name, i.actuals[0]?.cell ?? null, (i.guesses ?? []).map((g) => g.reason)]);

test('a 順位 or 関連施策 column right of the figures is no code column: every actual read on its own row, nothing guessed', () => {
  const byRow = [
    ['講座参加者数', 'F4', []],
    ['相談件数', 'F5', []],
    ['登録団体数', 'F6', []],
  ];
  expect(beside('No.', '達成順位', ['3', '1', '2'])).toEqual(byRow);
  expect(beside('施策番号', '関連施策', ['1-2', '1-1', '1-3'])).toEqual(byRow);
  expect(beside('施策番号', '関連施策', ['1-2', null as unknown as string, '1-3'])).toEqual(byRow);
});
