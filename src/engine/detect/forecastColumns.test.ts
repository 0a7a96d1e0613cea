/** A 実績見込 column or line beside the plain 実績 of the same year is a forecast: it never stands in for a pending or blank actual. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const table = (rows: (string | number | null)[][]) =>
  checkWorkbook({ sheets: [snap('事業', [['評価年度：令和5年度'], ['事業名', '目標（R5）', '実績（R5）', '実績見込（R5）'], ...rows])] }, {}).report;

test('a table: the 実績見込 column is no actual where 実績 is 集計中 or blank, and the filled 実績 is the actual', () => {
  const report = table([
    ['相談会開催事業', 150, 182, null],
    ['空き家バンク事業', 24, '集計中', 20],
    ['お試し住宅事業', 30, null, 22],
  ]);
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.grade, i.cells.actual])).toEqual([
    ['相談会開催事業', 182, 'value', 'A', 'C3'],
    ['空き家バンク事業', null, 'pending', null, 'C4'],
    ['お試し住宅事業', null, 'missing', null, 'C5'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('a 実績見込 column alone for its year (no plain 実績 of that year) is still read as the actual', () => {
  const rows = [['評価年度：令和5年度'], ['事業名', '目標（R5）', '実績（R4）', '実績見込（R5）'], ['空き家バンク事業', 24, 19, 20]];
  const { report } = checkWorkbook({ sheets: [snap('事業', rows)] }, {});
  expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([[20, 'D3']]);
});

test('indicators across: a 実績見込 line under a 集計中 実績 line leaves the actual pending', () => {
  const rows = [
    ['令和５年度 主要指標の状況'],
    ['項目', '新規就農者数', '農地集積率'],
    ['単位', '人', '％'],
    ['令和5年度目標', 12, 62],
    ['令和5年度実績', 14, '集計中'],
    ['令和5年度実績見込', null, 60.5],
  ];
  const { report } = checkWorkbook({ sheets: [snap('主要指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualStatus, i.grade])).toEqual([
    ['新規就農者数', 14, 'value', 'A'],
    ['農地集積率', null, 'pending', null],
  ]);
});
