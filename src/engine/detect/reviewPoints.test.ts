/** A plan's review column dated by its heading (中間評価（R4）) holds the values measured then, unless it holds marks. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (values: string[]) =>
  snap('指標一覧', [
    ['健康増進計画　中間評価（令和４年度実施）'],
    ['指標', '対象', '策定時（H28）', '中間評価（R4）', '最終目標（R8）'],
    ['朝食を欠食する人の割合', '20歳代男性', '28.6％', values[0], '15.0％以下'],
    ['1日の平均歩数', '20～64歳男性', '7,210歩', values[1], '8,000歩'],
  ]);
const actuals = (values: string[]) => checkWorkbook({ sheets: [sheet(values)] }, {}).report.indicators.map((i) => [i.actual, i.cells.actual]);

test('figures under the review heading are its actuals, in half- or full-width digits (「２４.１％」)', () => {
  const want = [
    [24.1, 'D3'],
    [7580, 'D4'],
  ];
  expect(actuals(['24.1％', '7,580歩'])).toEqual(want);
  expect(actuals(['２４.１％', '７,５８０歩'])).toEqual(want);
});

test('marks under it are the review’s verdicts, no actual', () => {
  expect(actuals(['Ｂ', 'A'])).toEqual([
    [null, null],
    [null, null],
  ]);
});
