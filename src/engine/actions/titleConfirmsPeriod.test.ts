/** The period inferred from the latest actuals, with a later year's blank columns: a title naming the inferred year settles it. */
import { snap } from '../detect/testing';
import { checkWorkbook } from './check';

const sheet = (title: string) =>
  snap(
    '数値目標',
    [
      [title, null, null, null, null, null, null, null],
      [null, null, null, null, null, null, null, null],
      ['指標名', '単位', 'R4年度', null, 'R5年度', null, 'R6年度', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績'],
      ['新規就農者数', '人', 8, 9, 8, 5, 8, null],
      ['農産物直売所販売額', '百万円', 500, 505, 520, 498, 540, null],
    ],
    { merges: ['C3:D3', 'E3:F3', 'G3:H3', 'A3:A4', 'B3:B4'] },
  );
const uncertain = (title: string) => checkWorkbook({ sheets: [sheet(title)] }, {}).report.findings.filter((f) => f.code === 'reading-uncertain');

test('a title naming the year of the latest actuals leaves no doubt about the blank R6 columns', () => {
  expect(uncertain('農業振興計画　数値目標の進捗（R5年度）')).toEqual([]);
});

test('without such a title (or with the later year in it) the blank R6 columns are still worth a look', () => {
  expect(uncertain('農業振興計画　数値目標の進捗').map((f) => f.cell)).toEqual(['G5']);
  expect(uncertain('農業振興計画　数値目標の進捗（R6年度）').length).toBeGreaterThan(0);
});
