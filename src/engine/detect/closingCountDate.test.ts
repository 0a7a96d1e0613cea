/**
 * A sheet stating its count at a date is the result of the fiscal year before it (「評価時点：令和7年4月1日現在の職員数（令和6年度
 * の…結果）」): its 4月1日 columns are each the year before's figure; without the statement a 4月1日 count opens its year.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function sheet(statement: string) {
  return snap(
    '定員管理',
    [
      ['令和6年度　定員管理計画　進行管理表'],
      [statement],
      ['部門', '区分', 'R5.4.1', 'R6.4.1', 'R7.4.1', 'R8.4.1'],
      ['一般行政部門', '目標職員数', 625, 610, 600, 590],
      [null, '職員数（実績）', 641, 630, 618],
      ['教育部門', '目標職員数', 183, 180, 178, 175],
      [null, '職員数（実績）', 187, 181, 176],
      ['※職員数が目標職員数以下であれば達成（減少を目指す）。'],
    ] as never,
    { merges: ['A4:A5', 'A6:A7'] },
  );
}

test('the R7.4.1 count is 令和6年度’s result when the sheet says so, every 部門 lower-is-better by the 職員数 note', () => {
  const report = checkWorkbook({ sheets: [sheet('評価時点：令和7年4月1日現在の職員数（令和6年度の定員管理の結果）')] }, {}).report;
  expect(report.period?.fiscalYear ?? null).toBe(2024);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction])).toEqual([
    ['一般行政部門', 600, 618, 'down'],
    ['教育部門', 178, 176, 'down'],
  ]);
});

test('a statement naming no year before its date leaves each 4月1日 count in the year it opens', () => {
  const report = checkWorkbook({ sheets: [sheet('（令和6年度の定員管理の結果）')] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['一般行政部門', 610, 630],
    ['教育部門', 180, 181],
  ]);
});

test('a count at the stated date among 10月1日 columns is one point of the year, not its closing count: no column moved (review rv50)', () => {
  const s = snap(
    '定員管理',
    [
      ['令和6年度　定員管理計画　進行管理表'],
      ['評価時点：令和7年4月1日現在の職員数（令和6年度の定員管理の結果）'],
      ['部門', '区分', 'R6.4.1', 'R6.10.1', 'R7.4.1', 'R7.10.1'],
      ['一般行政部門', '目標職員数', 610, 605, 600, 595],
      [null, '職員数（実績）', 630, 622, 618, null],
    ] as never,
    { merges: ['A4:A5'] },
  );
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  // Before: R7.4.1 (E5) moved into 令和6年度 and read as its actual; it opens 令和7年度.
  expect(report.indicators.map((i) => i.cells.actual)).not.toContain('E5');
});

test('a note naming the 令和6年4月1日 count 令和5年度’s 実績 reads that column, not the 10月1日 one beside it', () => {
  const s = snap('待機児童', [
    ['令和５年度　保育所等の待機児童等の状況'],
    ['※各年度の実績は翌年４月１日時点の数値とします（令和５年度の実績＝令和６年４月１日時点）。10月１日時点は参考値です。'],
    [],
    ['指標', '単位', '目指す方向', '令和５年度\n目標', '令和５年\n４月１日', '令和５年\n10月１日', '令和６年\n４月１日'],
    ['保育所等待機児童数', '人', '減少', 0, 7, 38, 0],
    ['保育所等利用定員', '人', '増加', 3450, 3330, 3330, 3420],
  ] as never);
  const report = checkWorkbook({ sheets: [s] }, {}).report;
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['保育所等待機児童数', 0, 'G5'],
    ['保育所等利用定員', 3420, 'G6'],
  ]);
});

test('a note in one row’s 備考 dates that row’s counts alone: the next row’s 4月1日 counts keep their own years (review rv55)', () => {
  const sheet = snap('子育て', [
    ['令和５年度　子育て支援施策評価'],
    ['指標', '単位', '令和５年度\n目標', '令和５年\n４月１日', '令和６年\n４月１日', '備考'],
    ['保育所等待機児童数', '人', 0, 7, 0, '令和５年度の実績は令和６年４月１日現在'],
    ['放課後児童クラブ登録児童数', '人', 1200, 1150, 1230, '各年4月1日現在の登録数'],
  ]);
  const { report } = checkWorkbook({ sheets: [sheet] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.cells.actual])).toEqual([
    ['保育所等待機児童数', 0, 'E3'],
    ['放課後児童クラブ登録児童数', 1150, 'D4'],
  ]);
});
