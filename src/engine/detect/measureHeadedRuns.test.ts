/**
 * A period row whose headings name each column's measure (基準値（R1） | R5目標 | R5実績 | 最終目標（R6）) heads a table, no
 * period axis: 「数値目標」 in its 区分 column is the kind of KPI, no series label, and each row is read by its columns.
 */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { headsMeasureColumns } from './measureHeadedRuns';
import { snap } from './testing';

const HEAD = ['区分', '指標', '単位', '基準値（R1）', 'R5目標', 'R5実績', '最終目標（R6）', '評価'];
const rows: (string | number | null)[][] = [
  ['総合戦略　令和5年度 効果検証シート', null, null, null, null, null, null, null],
  HEAD,
  ['基本目標1　安定した雇用を創出する', null, null, null, null, null, null, null],
  ['数値目標', '市内事業所の従業者数', '人', 21300, 21800, 21540, 22000, 'B'],
  ['1-1 企業立地の推進', '企業立地件数', '件', 2, 8, 9, 10, 'A'],
  ['基本目標2　新しいひとの流れをつくる', null, null, null, null, null, null, null],
  ['数値目標', '転入者数', '人', 2850, 3000, 2912, 3100, 'B'],
];

test('every KPI is read by its columns, 数値目標 rows as the others', () => {
  const { report } = checkWorkbook({ sheets: [snap('効果検証', rows, { merges: ['A3:H3', 'A6:H6'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade, i.grade])).toEqual([
    ['市内事業所の従業者数', 21800, 21540, 'B', 'B'],
    ['企業立地件数', 8, 9, 'A', 'A'],
    ['転入者数', 3000, 2912, 'B', 'B'],
  ]);
});

const heads = (line: (string | number)[]) => headsMeasureColumns(new CellIndex(new Grid(snap('s', [line]))), 1);

test('a target and an actual heading of one year name the columns; bare periods or other years do not', () => {
  expect(heads(HEAD)).toBe(true);
  expect(heads(['指標', '区分', 'R3', 'R4', 'R5', '目標値（R7）'])).toBe(false);
  expect(heads(['指標', 'R4実績', 'R5目標', '最終目標（R7）'])).toBe(false);
  expect(heads(['指標', '令和5年度計画値', '令和5年度実績値'])).toBe(true);
});
