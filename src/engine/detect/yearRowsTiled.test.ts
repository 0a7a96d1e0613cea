/**
 * Blocks whose years are rows, tiled across one sheet: each block is bounded by its own columns, takes the
 * name and unit above it, a direction statement beside its unit (never its name) and the 評価 line under it.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const block = (name: string, unit: string, dir: string, figures: [number, number | null][], grade: string | null) => [
  ['成果指標', name, null],
  ['単位', unit, dir],
  ['年度', '目標値', '実績値'],
  ...figures.map(([t, a], i) => [`R${4 + i}`, t, a]),
  ...(grade === null ? [] : [['自己評価', grade, null]]),
];

/** Three blocks side by side, one blank column between them. */
function tiled(blocks: unknown[][][]): unknown[][] {
  const rows: unknown[][] = [['観光振興施策　成果指標（令和5年度）'], []];
  const height = Math.max(...blocks.map((b) => b.length));
  for (let r = 0; r < height; r++) rows.push(blocks.flatMap((b) => [...(b[r] ?? [null, null, null]), null]));
  return rows;
}

const sheet = snap(
  '観光',
  tiled([
    block(
      '観光入込客数',
      '千人',
      '',
      [
        [1200, 1180],
        [1250, 1301],
      ],
      'A',
    ),
    block(
      '宿泊施設の苦情件数',
      '件',
      '少ない方がよい',
      [
        [40, 38],
        [35, 41],
      ],
      'C',
    ),
    block(
      '観光案内所利用者数',
      '人',
      '↑',
      [
        [5000, 4800],
        [5200, null],
      ],
      null,
    ),
  ]) as never,
);

test('each block is read within its own columns, with its name and unit above it', () => {
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.name, i.unit ?? null, i.actuals.map((a) => a.cell), i.targets.map((t) => t.cell)]);
  expect(read).toEqual([
    ['観光入込客数', '千人', ['C6', 'C7'], ['B6', 'B7']],
    ['宿泊施設の苦情件数', '件', ['G6', 'G7'], ['F6', 'F7']],
    ['観光案内所利用者数', '人', ['K6', 'K7'], ['J6', 'J7']],
  ]);
});

test('a direction statement beside a block unit is its direction, and the 評価 line under a block its grade cell', () => {
  const read = detectSheet(sheet, scale).indicators.map((i) => [i.statedDirection?.value ?? null, i.gradeCell?.cell ?? null]);
  expect(read).toEqual([
    [null, 'B8'],
    ['down', 'F8'],
    ['up', null],
  ]);
});

/** Years-as-rows tables side by side on the same rows, each titled on one line above its own columns (merged across or not). */
function titledSideBySide(merged: boolean) {
  const titles = ['ごみ排出量（g/人日）', 'リサイクル率（％）', '最終処分量（t）'];
  const rows: unknown[][] = [
    ['進行管理表（2023年度評価）'],
    titles.flatMap((t) => [t, null, null, null]),
    titles.flatMap(() => ['年度', '目標', '実績', null]),
  ];
  for (const [i, fy] of [2021, 2022, 2023].entries()) rows.push(titles.flatMap((_, k) => [`${fy}年度`, 100 * (k + 1) + i, 100 * (k + 1) + i + 1, null]));
  return snap('進行管理', rows as never, { merges: merged ? ['A2:C2', 'E2:G2', 'I2:K2'] : [] });
}

test.each([false, true])('three titled tables side by side: each takes the title over its own columns (merged: %s)', (merged) => {
  const read = detectSheet(titledSideBySide(merged), scale).indicators.map((i) => [i.name, i.unit ?? null, i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['ごみ排出量', 'g/人日', ['C4', 'C5', 'C6']],
    ['リサイクル率', '%', ['G4', 'G5', 'G6']],
    ['最終処分量', 't', ['K4', 'K5', 'K6']],
  ]);
});

/** Years-as-rows tables side by side, each under its own 指標名 / 単位 lines (one cell 「指標名：…」 or label | value). */
function linedSideBySide(oneCell: boolean) {
  const heads = [
    ['ごみ排出量', '件'],
    ['リサイクル率', '％'],
    ['最終処分量', 't'],
  ];
  const line = (label: string, value: string) => (oneCell ? [`${label}：${value}`, null, null, null] : [label, value, null, null]);
  const rows: unknown[][] = [['進行管理表（2023年度評価）'], heads.flatMap(([n]) => line('指標名', n)), heads.flatMap(([, u]) => line('単位', u))];
  rows.push(heads.flatMap(() => ['年度', '目標', '実績', null]));
  for (const [i, fy] of [2021, 2022, 2023].entries()) rows.push(heads.flatMap((_, k) => [`${fy}年度`, 100 * (k + 1) + i, 100 * (k + 1) + i + 1, null]));
  return snap('進行管理', rows as never);
}

test.each([true, false])('tables side by side each take the 指標名 / 単位 lines over their own columns (one cell: %s)', (oneCell) => {
  const read = detectSheet(linedSideBySide(oneCell), scale).indicators.map((i) => [i.name, i.unit ?? null, i.unitCell ?? null, i.targets.map((t) => t.cell)]);
  const [a, b, c] = oneCell ? ['A3', 'E3', 'I3'] : ['B3', 'F3', 'J3'];
  expect(read).toEqual([
    ['ごみ排出量', '件', a, ['B5', 'B6', 'B7']],
    ['リサイクル率', '%', b, ['F5', 'F6', 'F7']],
    ['最終処分量', 't', c, ['J5', 'J6', 'J7']],
  ]);
});
