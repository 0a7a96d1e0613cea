/** A table of actuals and a table of targets side by side, sharing rows, the names only at the left. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const N = null;
const HEAD: CellValue[][] = [
  ['第3次総合計画　まちづくり指標の状況（令和4年度評価）', N, N, N, N, N, N, N, N, N, N],
  [N, N, N, N, N, N, N, N, N, N, N],
  ['まちづくり指標', '単位', '実績', N, N, N, N, '目標', N, N, N],
  [N, N, '令和2年度', '令和3年度', '令和4年度', N, N, '令和3年度', '令和4年度', '令和5年度', '令和6年度'],
];
const BODY: CellValue[][] = [
  ['公園の年間利用者数', '人', 52000, 55400, 61000, N, N, 54000, 58000, 62000, 66000],
  ['森林ボランティア登録者数', '人', 140, 151, 149, N, N, 150, 160, 170, 180],
  ['河川の水質基準達成率', '％', 88.5, 90.1, 92.3, N, N, 90, 92, 94, 96],
];

const check = (rows: CellValue[][]) => checkWorkbook({ sheets: [snap('指標', [...HEAD, ...rows])] }, {}).report;
const facts = (rows: CellValue[][]) => check(rows).indicators.map((i) => [i.name, i.target, i.actual, i.grade, i.cells.target, i.cells.actual]);

test('each figure of the nameless table on the right belongs to the name on its row: no guess when every row has a name', () => {
  const report = check(BODY);
  expect(facts(BODY)).toEqual([
    ['公園の年間利用者数', 58000, 61000, 'A', 'I5', 'E5'],
    ['森林ボランティア登録者数', 160, 149, 'B', 'I6', 'E6'],
    ['河川の水質基準達成率', 92, 92.3, 'A', 'I7', 'E7'],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('figures on a row of the right table without a name: the pairing by row is a guess naming the cells', () => {
  const rows = [...BODY, [N, N, N, N, N, N, N, 10, 20, 30, 40]];
  const report = check(rows);
  expect(report.indicators.map((i) => i.guesses)).toEqual([5, 6, 7].map((r) => [{ reason: 'rows-by-position', cells: [`H${r}`, `A${r}`, 'H8'] }]));
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['H5', 'H6', 'H7']);
});

test('a note under the right table, a total row (named at the left or on the right), or one table with no gap is no reason to doubt the rows', () => {
  const noted = check([...BODY, [N, N, N, N, N, N, N, '※令和5年度以降は計画値', N, N, N]]);
  const total = check([...BODY, ['合計', N, 52228.5, 55641.1, 61241.3, N, N, 54240, 58252, 62264, 66276]]);
  const rightTotal = check([...BODY, [N, N, N, N, N, N, '計', 54240, 58252, 62264, 66276]]);
  expect(rightTotal.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  expect(noted.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  expect(total.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  const joined = checkWorkbook(
    {
      sheets: [
        snap('指標', [
          ['指標名', '単位', '令和4年度目標', '令和4年度実績'],
          ['公園の年間利用者数', '人', 58000, 61000],
          [N, N, 100, 90],
        ]),
      ],
    },
    {},
  ).report;
  expect(joined.indicators.map((i) => i.guesses)).toEqual([[]]);
});
