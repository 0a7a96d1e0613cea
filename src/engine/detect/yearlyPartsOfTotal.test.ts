/** 新規加盟店数（単年度） whose actuals are the yearly increases of 加盟店数（累計）: its falling targets state no way down. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { snap } from './testing';

const sheet = (total: CellValue[]) =>
  snap(
    '進捗管理',
    [
      ['地域通貨事業　進捗管理表'],
      ['評価対象年度：令和5年度'],
      [null],
      ['指標名', '単位', '令和3年度', null, '令和4年度', null, '令和5年度', null, '令和6年度', null],
      [null, null, '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績'],
      ['新規加盟店数（単年度）', '店', 150, 162, 100, 113, 80, 64, 60, 38],
      total,
    ],
    { merges: ['C4:D4', 'E4:F4', 'G4:H4', 'I4:J4', 'A4:A5', 'B4:B5'] },
  );

const guesses = (s: ReturnType<typeof sheet>) =>
  checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.direction, i.guesses.map((g) => g.reason)]);

test('yearly figures that add up into the 累計 beside them: no targets-falling guess', () => {
  expect(guesses(sheet(['加盟店数（累計）', '店', 150, 162, 250, 275, 330, 339, 390, 377]))).toEqual([
    ['新規加盟店数（単年度）', 'up', []],
    ['加盟店数（累計）', 'up', []],
  ]);
});

test('kept: a total that is not their running sum, or no cumulative line beside them', () => {
  expect(guesses(sheet(['加盟店数（累計）', '店', 150, 162, 250, 275, 330, 350, 390, 377]))[0][2]).toEqual(['targets-falling']);
  expect(guesses(sheet(['加盟店数', '店', 150, 162, 250, 275, 330, 339, 390, 377]))[0][2]).toEqual(['targets-falling']);
});
