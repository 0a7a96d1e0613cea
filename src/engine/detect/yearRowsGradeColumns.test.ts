/**
 * Years as rows with several indicators, each a name merged over 目標 | 実績 | 評価 (spacer columns between): the 評価
 * column under an indicator's merged name holds that indicator's grade of each year, the stated period picking its own.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

function sheet(merged = true) {
  return snap(
    '推移',
    [
      ['スポーツ振興　指標の推移'],
      ['評価対象：令和4年度'],
      [],
      ['年度', '体育館利用者数（人）', null, null, null, 'スポーツ教室参加者数（人）', null, null],
      [null, '目標', '実績', '評価', null, '目標', '実績', '評価'],
      ['令和2年度', 50000, 41000, 'C', null, 900, 950, 'A'],
      ['令和3年度', 50000, 47000, 'B', null, 900, 700, 'C'],
      ['令和4年度', 52000, 53000, 'A', null, 950, 800, 'B'],
      ['令和5年度', 52000, null, null, null, 950, null, null],
    ] as never,
    merged ? { merges: ['A4:A5', 'B4:D4', 'F4:H4'] } : { merges: ['A4:A5'] },
  );
}

test('each indicator takes the 評価 column under its merged name, one cell per year', () => {
  const inds = detectSheet(sheet(), scale).indicators;
  expect(inds.map((i) => [i.name, i.gradeCells?.map((g) => g.cell)])).toEqual([
    ['体育館利用者数', ['D6', 'D7', 'D8', 'D9']],
    ['スポーツ教室参加者数', ['H6', 'H7', 'H8', 'H9']],
  ]);
});

test('the stated year picks each indicator its own written grade, with no guess', () => {
  const { report } = checkWorkbook({ sheets: [sheet()] }, {});
  expect(report.period?.fiscalYear).toBe(2022);
  expect(report.indicators.map((i) => [i.name, i.actual, i.existingGrade])).toEqual([
    ['体育館利用者数', 53000, 'A'],
    ['スポーツ教室参加者数', 800, 'B'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('without merged names over them the 評価 columns are no one indicator’s', () => {
  const inds = detectSheet(sheet(false), scale).indicators;
  expect(inds.every((i) => !i.gradeCells)).toBe(true);
});

test('a group heading merged over every indicator (成果指標) above the names does not hide the names’ own 評価 columns', () => {
  const grouped = snap(
    '推移',
    [
      ['スポーツ振興　指標の推移'],
      ['評価対象：令和4年度'],
      ['年度', '成果指標', null, null, null, null, null, null],
      [null, '体育館利用者数（人）', null, null, null, 'スポーツ教室参加者数（人）', null, null],
      [null, '目標', '実績', '評価', null, '目標', '実績', '評価'],
      ['令和3年度', 50000, 47000, 'B', null, 900, 700, 'C'],
      ['令和4年度', 52000, 53000, 'A', null, 950, 800, 'B'],
    ] as never,
    { merges: ['A3:A5', 'B3:H3', 'B4:D4', 'F4:H4'] },
  );
  const inds = detectSheet(grouped, scale).indicators;
  expect(inds.map((i) => [i.name, i.gradeCells?.map((g) => g.cell)])).toEqual([
    ['体育館利用者数', ['D6', 'D7']],
    ['スポーツ教室参加者数', ['H6', 'H7']],
  ]);
  const { report } = checkWorkbook({ sheets: [grouped] }, {});
  expect(report.indicators.map((i) => [i.name, i.existingGrade])).toEqual([
    ['体育館利用者数', 'A'],
    ['スポーツ教室参加者数', 'B'],
  ]);
});
