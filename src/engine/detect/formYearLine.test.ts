import { checkWorkbook } from '../actions/check';
import { CellIndex } from './cells';
import { formYearLines } from './formYearLine';
import { Grid } from './grid';
import { snap } from './testing';

// A card: 指標名 / 単位 / 目標値 lines, then 年度別実績 merged over the years and the figures under them.
const card = (figures: (number | string | null)[], label = '年度別実績') => [
  ['評価対象年度：令和5年度'],
  [],
  ['指標名', '企業立地件数'],
  ['単位', '件'],
  ['目標値', 20],
  [label, '令和3年度', '令和4年度', '令和5年度', '令和6年度'],
  [null, ...figures],
];

test('a figure label beside year headings reads the figures on the row under them, each its year', () => {
  const { report } = checkWorkbook({ sheets: [snap('カード', card([14, 15, 17, null]), { merges: ['A6:A7'] })] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualPeriod, i.cells?.actual, i.grade])).toEqual([['企業立地件数', 17, '令和5年度', 'D7', 'B']]);
});

test('no year line where the headings are not all years, or where the row under is another line', () => {
  const lines = (rows: (string | number | null)[][], merges: string[] = []) => {
    const grid = new Grid(snap('S', rows, { merges }));
    return formYearLines(grid, new CellIndex(grid), [1], 1, 5).map((y) => [y.role, y.cells.map((c) => c.col)]);
  };
  expect(
    lines([
      ['実績値', '令和3年度', '令和4年度'],
      [null, 14, 15],
    ]),
  ).toEqual([['actual', [2, 3]]]);
  expect(
    lines([
      ['実績値', '令和3年度', '備考'],
      [null, 14, 15],
    ]),
  ).toEqual([]);
  expect(
    lines([
      ['実績値', '令和3年度', '令和4年度'],
      ['目標値', 14, 15],
    ]),
  ).toEqual([]);
  // A row of notes under the years holds no figures: not the line's figures.
  expect(
    lines([
      ['実績値', '令和3年度', '令和4年度'],
      [null, '（参考）', '（参考）'],
      [null, 2500, 2700],
    ]),
  ).toEqual([]);
});
