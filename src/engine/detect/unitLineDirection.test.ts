/**
 * Policy blocks stacked down a sheet, each with its 単位 and 方向 on one line above the period row: the direction on the
 * block's own unit line is the block's, never the next block's line that follows its rows.
 */
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

type Block = [name: string, unitCell: string, wayLabel: string, way: string];

function stackedSheet(blocks: Block[]) {
  const rows: (string | number | null)[][] = [['基本施策評価表（令和5年度）', null, null, null, null]];
  blocks.forEach(([name, unitCell, wayLabel, way], i) => {
    rows.push([`指標${i + 1}`, name, null, null, null]);
    rows.push([unitCell, unitCell.startsWith('単位：') ? null : '件', wayLabel, way, null]);
    rows.push(['年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    rows.push(['目標', 30 - i, 28 - i, 26 - i, 24 - i]);
    rows.push(['実績', 31, 29, 27, null]);
    rows.push([null, null, null, null, null]);
  });
  return snap('施策3-2', rows);
}

const ways = (blocks: Block[]) =>
  detectSheet(stackedSheet(blocks), scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null, i.statedDirection?.cell ?? null]);

test('each block takes the direction written on its own 単位 line', () => {
  expect(
    ways([
      ['消費生活相談の件数', '単位', '方向', '増加'],
      ['交通事故の発生件数', '単位', '方向', '減少（少ない方がよい）'],
      ['防犯講習会の開催回数', '単位', '方向', '増加'],
    ]),
  ).toEqual([
    ['消費生活相談の件数', 'up', 'D3'],
    ['交通事故の発生件数', 'down', 'D9'],
    ['防犯講習会の開催回数', 'up', 'D15'],
  ]);
});

test('a unit written in the label cell (単位：件) with the direction beside it', () => {
  expect(
    ways([
      ['不法投棄の件数', '単位：件', '指標の方向', '↓ 少ないほど良い'],
      ['環境学習の参加者数', '単位：人', '指標の方向', '↑'],
    ]).map((r) => r[1]),
  ).toEqual(['down', 'up']);
});

test('a 方向 line of its own between the 単位 line and the period row, blocks with no blank row between them', () => {
  const rows: (string | number | null)[][] = [['施策評価（令和5年度）', null, null, null]];
  const blocks: [string, string][] = [
    ['ごみの最終処分量', '減少'],
    ['資源回収量', '増加'],
  ];
  blocks.forEach(([name, way]) => {
    rows.push(['指標名', name, null, null]);
    rows.push(['単位', 't', null, null]);
    rows.push(['目指す方向', way, null, null]);
    rows.push(['区分', 'R3', 'R4', 'R5']);
    rows.push(['目標値', 900, 880, 860]);
    rows.push(['実績値', 910, 890, 870]);
  });
  const read = detectSheet(snap('施策4-1', rows), scale).indicators.map((i) => [i.name, i.statedDirection?.value ?? null]);
  expect(read).toEqual([
    ['ごみの最終処分量', 'down'],
    ['資源回収量', 'up'],
  ]);
});
