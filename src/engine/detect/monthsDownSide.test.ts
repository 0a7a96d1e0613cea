/** Names across, the fiscal year's months down: the unit line under the names and 前年度計 do not end the side. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { isBracketedUnitLine, isLastYearTotal } from './monthsDownSide';
import { snap } from './testing';
import { CellIndex } from './cells';
import { Grid } from './grid';

const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const sheet = snap('R5利用者数', [
  ['路線別利用者数（月別）'],
  [],
  ['月', 'さくら線', 'ひまわり線'],
  [null, '（人）', '（人）'],
  ...months.map((m, i) => [m, 8000 + i, 4000 + i]),
  ['年度計', 96510, 52590],
  ['前年度計', 94200, 55100],
  ['前年度比', '102.5%', '95.4%'],
  ['目標（年間）', 96000, 60000],
]);

test('a blank-labelled line of bracketed units, and 前年度計, are lines to pass over', () => {
  const grid = new Grid(sheet);
  const index = new CellIndex(grid);
  expect(isBracketedUnitLine(index, 4, 1)).toBe(true);
  expect(isBracketedUnitLine(index, 3, 1)).toBe(false);
  expect(isBracketedUnitLine(index, 5, 1)).toBe(false);
  expect(['前年度計', '前年度 合計', '昨年度実績'].map(isLastYearTotal)).toEqual([true, true, true]);
  expect(['年度計', '前年度比', '目標（年間）'].map(isLastYearTotal)).toEqual([false, false, false]);
});

test('each name across reads its unit, its 年度計 as the actual and its 目標（年間） as the target', () => {
  const read = detectSheet(sheet, [{ grade: 'A', label: '' }]).indicators.map((i) => [
    i.name,
    i.unit,
    i.targets.map((t) => t.cell),
    i.actuals.map((a) => a.cell),
  ]);
  expect(read).toEqual([
    ['さくら線', '人', ['B20'], ['B17']],
    ['ひまわり線', '人', ['C20'], ['C17']],
  ]);
});

test('month-end lines 「令和６年４月末」〜「３月末」 under names below a group heading: passed over, their year dating 年度実績 / 年度目標', () => {
  const ends = ['令和６年４月末', '５月末', '６月末', '７月末', '８月末', '９月末', '10月末', '11月末', '12月末', '令和７年１月末', '２月末', '３月末'];
  const s = snap(
    '月別推移',
    [
      ['保育所等の利用状況（月別推移）'],
      ['区分', '月末現在', null, '当月実績', null],
      ['項目', '利用定員', '待機児童数', '一時預かり延べ利用者数', '相談件数'],
      ['単位', '人', '人', '人', '件'],
      ...ends.map((e, i) => [e, 3400 + i * 10, i, 500 + i, 20 + i]),
      ['年度実績', 3510, 11, 6066, 306],
      ['年度目標', 3520, 10, 6000, 300],
    ],
    { merges: ['B2:C2', 'D2:E2'] },
  );
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.cells.actual])).toEqual([
    ['利用定員', 3520, 3510, 'B17'],
    ['待機児童数', 10, 11, 'C17'],
    ['一時預かり延べ利用者数', 6000, 6066, 'D17'],
    ['相談件数', 300, 306, 'E17'],
  ]);
  expect(report.period?.fiscalYear).toBe(2024);
});
