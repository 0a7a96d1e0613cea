/** A 方向 line under a block's rows that is the next block's title line gives the block above no way. */
import { detectSheet } from './index';
import { snap } from './testing';

type Cell = string | number | null;
const block = (no: string, name: string, way: Cell[], gap: Cell[][]): Cell[][] => [
  [no, name, null, null, '単位', '件', ...way],
  ['区分', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度'],
  ['実績値', 22, 25, 31],
  ['期待値', 20, 23, 26, 28],
  ...gap,
];

const ways = (rows: Cell[][]) =>
  detectSheet(snap('施策', [['施策評価シート（2023年度実績評価）'], [], ...rows]), [{ grade: 'A', label: '' }]).indicators.map((i) => [
    i.name,
    i.statedDirection?.value ?? null,
  ]);

test.each([
  ['in one cell', ['方向 ↓'], [[]]],
  ['label and arrow', ['方向', '↓'], [[]]],
  ['two blank lines over it', ['方向 ↓'], [[], []]],
])('the next block’s title line holding its way (%s) is no way of the block above', (_, way, gap) => {
  expect(ways([...block('指標1', '自主防災組織の結成数', [], gap), ...block('指標2', '火災発生件数', way, [])])).toEqual([
    ['自主防災組織の結成数', null],
    ['火災発生件数', 'down'],
  ]);
});

test('a 方向 line with no name, right over the next period row past a blank line, is the next block’s', () => {
  const rows: Cell[][] = [
    ['自主防災組織の結成数'],
    ['区分', '2021年度', '2022年度', '2023年度'],
    ['実績値', 22, 25, 31],
    ['期待値', 20, 23, 26],
    [],
    ['火災発生件数', null, null, '方向', '↓'],
    ['区分', '2021年度', '2022年度', '2023年度'],
    ['実績値', 30, 28, 26],
    ['期待値', 29, 28, 27],
  ];
  expect(ways(rows).map((w) => w[1])).toEqual([null, 'down']);
});

test('a 方向 line right under the rows, a blank line before the next block, is the block’s own', () => {
  const rows: Cell[][] = [
    ['指標1', '火災発生件数', null, null, '単位', '件'],
    ['区分', '2021年度', '2022年度', '2023年度'],
    ['実績値', 30, 28, 26],
    ['期待値', 29, 28, 27],
    ['方向', '↓'],
    [],
    ['指標2', '自主防災組織の結成数', null, null, '単位', '組織'],
    ['区分', '2021年度', '2022年度', '2023年度'],
    ['実績値', 22, 25, 31],
    ['期待値', 20, 23, 26],
  ];
  expect(ways(rows)).toEqual([
    ['火災発生件数', 'down'],
    ['自主防災組織の結成数', null],
  ]);
});
