/** The report's `cells` (where each fact was read, the period heading included) and `guesses`, on the layouts the reader knows. */
import { snap } from '../detect/testing';
import { cellsBySheet, sheetCell } from '../model/cellRef';
import { checkWorkbook } from './check';

test('a table: name, unit, baseline, target, actual, the period column heading and the grade cell', () => {
  const s = snap('KPI', [
    ['指標名', '単位', '基準値', '目標値', 'R4', 'R5', '評価'],
    ['相談件数', '件', 10, 30, 20, 25, null],
    ['登録者数（人）', null, 50, 100, 70, 80, null],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, { period: 'R5' });
  expect(report.indicators.map((i) => i.cells)).toEqual([
    { name: 'A2', unit: 'B2', baseline: 'C2', target: 'D2', actual: 'F2', period: 'F1', grade: 'G2', direction: null },
    { name: 'A3', unit: 'A3', baseline: 'C3', target: 'D3', actual: 'F3', period: 'F1', grade: 'G3', direction: null },
  ]);
  expect(report.indicators.map((i) => i.guesses)).toEqual([[], []]);
});

test('a period merged over 目標 | 実績 sub-columns: the heading is the merged cell', () => {
  const s = snap(
    '施策',
    [
      ['指標名', 'R4', null, 'R5', null],
      [null, '目標', '実績', '目標', '実績'],
      ['相談件数', 20, 18, 25, 26],
    ],
    { merges: ['B1:C1', 'D1:E1'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, { period: 'R5' });
  expect(report.indicators[0].cells).toMatchObject({ name: 'A3', target: 'D3', actual: 'E3', period: 'D1' });
});

test('years as rows: the period heading is the year cell of the actual row', () => {
  const s = snap(
    'KPI推移',
    [
      ['年度', '相談件数（件）', null],
      [null, '目標', '実績'],
      ['R4', 20, 18],
      ['R5', 25, 26],
    ],
    { merges: ['B1:C1', 'A1:A2'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, { period: 'R5' });
  expect(report.indicators[0].cells).toMatchObject({ name: 'B1', target: 'B4', actual: 'C4', period: 'A4' });
});

test('actuals joined from another sheet name that sheet, their period heading too; a fuzzy join is a guess with its cells', () => {
  const targets = snap('目標値', [
    ['ID', '指標名', '単位', 'R5'],
    ['K-01', '観光入込客数', '千人', 1330],
  ]);
  const actuals = snap('実績値', [
    ['指標名', 'R4', 'R5'],
    ['観光入込客数（延べ）', 1039, 1221],
  ]);
  const { report } = checkWorkbook({ sheets: [targets, actuals] }, { period: 'R5' });
  const [ind] = report.indicators;
  expect(ind.cells).toMatchObject({ name: 'B2', unit: 'C2', target: 'D2', actual: '実績値!C2', period: '実績値!C1' });
  expect(ind.guesses).toEqual([{ reason: 'join-fuzzy', cells: ['B2', '実績値!A2'] }]);
  expect(cellsBySheet([ind.cells.name, ind.cells.target, ind.cells.actual, ind.cells.period], ind.sheet)).toEqual([
    { sheet: '目標値', cells: ['B2', 'D2'] },
    { sheet: '実績値', cells: ['C2', 'C1'] },
  ]);
});

test('a year note in the actual cell is its own period heading', () => {
  const s = snap('KPI', [
    ['指標名', '目標値', '実績値'],
    ['相談件数', 30, '25（令和5年度）'],
  ]);
  const { report } = checkWorkbook({ sheets: [s] }, { period: 'R5' });
  expect(report.indicators[0].cells).toMatchObject({ actual: 'C2', period: 'C2' });
});

test('a reference on another sheet is split, quoted names unquoted', () => {
  expect(sheetCell('C4', 'KPI')).toEqual({ sheet: 'KPI', cell: 'C4' });
  expect(sheetCell('実績値!C4', 'KPI')).toEqual({ sheet: '実績値', cell: 'C4' });
  expect(sheetCell("'KPI 実績''s'!C4", 'KPI')).toEqual({ sheet: "KPI 実績's", cell: 'C4' });
});

test('a period heading written as a date (2024/3/31 in a date format) is found', () => {
  const s = {
    ...snap('KPI', [
      ['指標名', '目標値', 45016, 45382],
      ['相談件数', 30, 20, 25],
    ]),
    numberFormats: [[null, null, 'yyyy/m/d', 'yyyy/m/d']],
  };
  const { report } = checkWorkbook({ sheets: [s] });
  expect(report.indicators[0].cells).toMatchObject({ target: 'B2', actual: 'D2', period: 'D1' });
});
