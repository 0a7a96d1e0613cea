/**
 * Blocks whose years are rows, tiled two across, each titled 「指標①-1 | name」 over 年度 | 目標値 | 実績値 | 単位: the name
 * beside the number (no guess), the unit each year's row writes, a bracketed aim under the name (「（減少を目指す）」) as
 * the block's direction, and nothing of one block taken by the other.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = [
  ['施策評価シート　評価対象年度：令和5年度'],
  [],
  ['指標①-1', '農地の集積率', null, null, null, '指標①-2', '農業被害額'],
  [null, null, null, null, null, null, '（減少を目指す）'],
  ['年度', '目標値', '実績値', '単位', null, '年度', '目標値', '実績値', '単位'],
  ['R4(2022)', 52, 51.3, '%', null, 'R4(2022)', 9500, 10820, '千円'],
  ['R5(2023)', 54, 55.1, '%', null, 'R5(2023)', 9000, 8640, '千円'],
  ['R6(2024)', 56, null, '%', null, 'R6(2024)', 8500, null, '千円'],
];

test('tiled year-row blocks are named beside their numbers, with the unit column’s unit and the aim under the name', () => {
  const report = checkWorkbook({ sheets: [snap('施策5-2', rows, { merges: ['B3:D3', 'G3:I3'] })] }, {}).report;
  const read = report.indicators.map((i) => [i.name, i.cells?.name, i.unit, i.target, i.actual, i.direction, i.guesses]);
  expect(read.sort((a, b) => String(a[1]).localeCompare(String(b[1])))).toEqual([
    ['農地の集積率', 'B3', '%', 54, 55.1, 'up', []],
    ['農業被害額', 'G3', '千円', 9000, 8640, 'down', []],
  ]);
});

test('rows writing different units give the block none from its 単位 column', () => {
  const mixed = rows.map((r, i) => (i === 6 ? ['R5(2023)', 54, 55.1, 'ha', null, 'R5(2023)', 9000, 8640, '千円'] : r));
  const report = checkWorkbook({ sheets: [snap('施策5-2', mixed, { merges: ['B3:D3', 'G3:I3'] })] }, {}).report;
  expect(report.indicators.find((i) => i.name === '農地の集積率')?.cells?.unit).not.toBe('D6');
});

test('years as rows under a 「（単位：％）」 note over the last column: the note is no heading, each column’s unit; 「（速報値）」 years early', () => {
  const sheet = snap('受診率', [
    ['がん検診受診率の推移'],
    [null, null, null, '（単位：％）'],
    ['年度', '胃がん検診受診率', '肺がん検診受診率', '乳がん検診受診率'],
    ['令和4年度', 9.5, 7.0, 16.9],
    ['令和5年度（速報値）', 9.8, 7.1, 17.2],
    ['目標値（令和5年度）', 12, 10, 18],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualStatus])).toEqual([
    ['胃がん検診受診率', '%', 12, 9.8, 'provisional'],
    ['肺がん検診受診率', '%', 10, 7.1, 'provisional'],
    ['乳がん検診受診率', '%', 18, 17.2, 'provisional'],
  ]);
});
