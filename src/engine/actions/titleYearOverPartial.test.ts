/** A title's fiscal year wins over a later year's column only partly filled; a later year as filled as it stays the period. */
import { snap } from '../detect/testing';
import { checkWorkbook } from './check';

const sheet = (title: string, later: (number | null)[]) =>
  snap(
    '数値目標',
    [
      [title, null, null, null, null, null, null],
      [null, null, null, null, null, null, null],
      ['指標', '2022年度', null, '2023年度', null, '2024年度', null],
      [null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['総合体育館の利用者数（人）', 150000, 143200, 155000, 158900, 160000, later[0]],
      ['市民プールの利用者数（人）', 60000, 52300, 62000, 55800, 64000, later[1]],
      ['スポーツ教室の開催数（回）', 90, 88, 95, 97, 100, later[2]],
    ],
    { merges: ['B3:C3', 'D3:E3', 'F3:G3', 'A3:A4'] },
  );
const period = (title: string, later: (number | null)[]) => checkWorkbook({ sheets: [sheet(title, later)] }, {}).report.period;

test.each(['2023年度　スポーツ推進計画　数値目標の進捗', '2023年度（令和5年度）　数値目標の進捗', '令和5年度　数値目標の進捗'])(
  'the title’s year (%s) wins over a later column filled on some rows only',
  (title) => {
    expect(period(title, [41200, 12100, null])).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  },
);

test('a later year filled as fully as the title’s: the workbook has moved on, the latest actual is the period', () => {
  expect(period('2023年度　数値目標の進捗', [161000, 63000, 99])).toMatchObject({ fiscalYear: 2024, source: 'latest-actual' });
});

test('with no year in the title the latest actual stays the period', () => {
  expect(period('スポーツ推進計画　数値目標の進捗', [41200, 12100, null])).toMatchObject({ fiscalYear: 2024, source: 'latest-actual' });
});

test('the title year wins only when the year ahead is filled on fewer rows than the title’s', () => {
  // One row of the title year blank and one of the later year: as filled, no longer partly filled.
  const s = sheet('2023年度　数値目標の進捗', [41200, 12100, null]);
  s.values[6][4] = null;
  expect(checkWorkbook({ sheets: [s] }, {}).report.period).toMatchObject({ fiscalYear: 2024, source: 'latest-actual' });
});
