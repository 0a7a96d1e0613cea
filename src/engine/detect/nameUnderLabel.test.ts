/**
 * Policy blocks tiled across whose 指標① label stands alone on its row: the block's name is the line under the label
 * (merged across the block), above its 「単位：…」 line. A unit line is never a name, and a note after the unit
 * (「※数値が低いほど良い指標」) is no part of the unit but says the direction.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

type Block = [label: string | null, name: string, unitLine: string, target: number, actual: number];

/** Two blocks side by side, 6 columns each with a blank column between: label / name / unit line / years / 目標値 / 実績値. */
function tiled(blocks: [Block, Block]) {
  const width = 13;
  const rows: (string | number | null)[][] = [['施策評価シート　評価対象年度：令和5年度', ...Array<null>(width - 1).fill(null)]];
  const merges: string[] = [];
  for (let r = 0; r < 6; r++) rows.push(Array<string | number | null>(width).fill(null));
  blocks.forEach(([label, name, unitLine, target, actual], i) => {
    const c = i * 7;
    const col = (k: number) => String.fromCharCode(65 + c + k);
    rows[1][c] = label;
    rows[2][c] = name;
    rows[3][c] = unitLine;
    merges.push(`${col(0)}3:${col(4)}3`, `${col(0)}4:${col(4)}4`);
    ['区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度'].forEach((h, k) => (rows[4][c + k] = h));
    ['目標値', target - 2, target - 1, target, target + 1].forEach((v, k) => (rows[5][c + k] = v));
    ['実績値', actual - 2, actual - 1, actual, null].forEach((v, k) => (rows[6][c + k] = v));
  });
  return snap('施策1-2', rows, { merges });
}

const blocks: [Block, Block] = [
  ['成果指標１', '相談窓口の対応件数', '単位：件', 120, 130],
  ['成果指標２', '窓口の平均対応時間', '単位：分　※数値が低いほど良い指標', 15, 17],
];

test('the name is the line under a lone 指標 label, never the unit line under it; the check reads it with no guess', () => {
  const found = detectSheet(tiled(blocks), scale).indicators.map((i) => [i.name, i.nameCell, i.unit, i.unitCell]);
  expect(found).toEqual([
    ['相談窓口の対応件数', 'A3', '件', 'A4'],
    ['窓口の平均対応時間', 'H3', '分', 'H4'],
  ]);
  const { report } = checkWorkbook({ sheets: [tiled(blocks)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['相談窓口の対応件数', 120, 130],
    ['窓口の平均対応時間', 15, 17],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a note after the unit on the unit line says which way the indicator points', () => {
  const { report } = checkWorkbook({ sheets: [tiled(blocks)] }, {});
  expect(report.indicators.map((i) => i.direction)).toEqual(['up', 'down']);
});

test('with no 指標 label, the name is still the text above the unit line, read as a guess and said so', () => {
  const unlabelled = blocks.map(([, ...rest]) => [null, ...rest]) as [Block, Block];
  const { report } = checkWorkbook({ sheets: [tiled(unlabelled)] }, {});
  expect(report.indicators.map((i) => i.name)).toEqual(['相談窓口の対応件数', '窓口の平均対応時間']);
  const guessed = report.findings.filter((f) => f.code === 'reading-uncertain').flatMap((f) => (f.params as { cells?: string[] }).cells ?? []);
  expect(guessed).toEqual(expect.arrayContaining(['A3', 'H3']));
});
