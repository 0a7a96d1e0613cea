/**
 * A period row whose headings name each column's measure (基準値（R1） | R5目標 | R5実績 | 最終目標（R6）) heads a table, no
 * period axis: 「数値目標」 in its 区分 column is the kind of KPI, no series label, and each row is read by its columns.
 */
import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { headsMeasureColumns, headsMeasureSubColumns } from './measureHeadedRuns';
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

// Years merged over 目標 | 実績 sub-headings, 基本目標 heading rows, 「数値目標」 / 「KPI」 in the 区分 column.
const SUB: (string | number | null)[][] = [
  ['区分', '指標', '単位', 'R4年度', null, 'R5年度', null, '備考'],
  [null, null, null, '目標', '実績', '目標', '実績', null],
  ['基本目標1　雇用を創出する', null, null, null, null, null, null, null],
  ['数値目標', '市内事業所の従業者数', '人', 41400, 41502, 41500, 41276, null],
  ['KPI', '企業立地件数', '件', 3, 4, 3, 3, null],
  ['KPI', '創業件数', '件', 22, 24, 24, 19, null],
  ['基本目標2　人の流れをつくる', null, null, null, null, null, null, null],
  ['数値目標', '転出超過数', '人', 200, 231, 180, 198, '減少を目指す'],
  ['KPI', '移住相談件数', '件', 110, 158, 120, 141, null],
];
const SUB_MERGES = ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1', 'H1:H2', 'A3:H3', 'A7:H7'];

test('years merged over 目標 | 実績 head the columns: every row under 数値目標 / KPI is read by its columns', () => {
  const { report } = checkWorkbook({ sheets: [snap('KPI', [['令和5年度実績'], ...SUB], { merges: SUB_MERGES.map(shiftRow) })] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction])).toEqual([
    ['市内事業所の従業者数', 41500, 41276, 'up'],
    ['企業立地件数', 3, 3, 'up'],
    ['創業件数', 24, 19, 'up'],
    ['転出超過数', 180, 198, 'down'],
    ['移住相談件数', 120, 141, 'up'],
  ]);
});

function shiftRow(a1: string): string {
  return a1.replace(/\d+/g, (n) => String(Number(n) + 1));
}

const subHeads = (lines: (string | number | null)[][], merges: string[]) => headsMeasureSubColumns(new CellIndex(new Grid(snap('s', lines, { merges }))), 1);

test('a merged year over a target and an actual sub-heading heads columns; over parts of the year or one measure it does not', () => {
  expect(subHeads(SUB, SUB_MERGES)).toBe(true);
  expect(
    subHeads(
      [
        ['指標', 'R5年度', null],
        [null, '上半期', '下半期'],
      ],
      ['B1:C1'],
    ),
  ).toBe(false);
  expect(
    subHeads(
      [
        ['指標', 'R4年度', 'R5年度'],
        [null, '目標', '実績'],
      ],
      [],
    ),
  ).toBe(false);
  expect(
    subHeads(
      [
        ['指標', 'R5年度', null],
        [null, '実績', '前年比'],
      ],
      ['B1:C1'],
    ),
  ).toBe(false);
});

test('lines of one 事業名 under years over 計画 | 実績 (①量の見込み / ②確保方策 / ②－①) stay a series block: only the labelled line is read', () => {
  const s = snap(
    '確保方策',
    [
      ['事業名', '単位', '区分', '令和4年度', null, '令和5年度', null],
      [null, null, null, '計画', '実績', '計画', '実績'],
      ['利用者支援事業', 'か所', '①量の見込み', 1, 1, 1, 1],
      ['利用者支援事業', 'か所', '②確保方策', 1, 1, 1, 1],
      ['利用者支援事業', 'か所', '②－①', 0, 0, 0, 0],
      ['一時預かり事業', '人日', '①量の見込み', 300, 188, 300, 212],
      ['一時預かり事業', '人日', '②確保方策', 400, 280, 400, 320],
      ['一時預かり事業', '人日', '②－①', 100, 92, 100, 108],
    ],
    { merges: ['A1:A2', 'B1:B2', 'C1:C2', 'D1:E1', 'F1:G1'] },
  );
  const read = checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.cells.target?.replace(/^[A-Z]+/, '')]);
  expect(read).toEqual([
    ['利用者支援事業', '4'],
    ['一時預かり事業', '7'],
  ]);
});
