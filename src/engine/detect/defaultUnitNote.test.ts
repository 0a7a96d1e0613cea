/** A note naming the unit of the indicators written without one gives it to them. */
import { checkWorkbook } from '../actions/check';
import type { CellValue } from '../model/port';
import { defaultUnitOf } from './defaultUnitNote';
import { snap } from './testing';

test.each([
  ['※ 運行年度は10月から翌年9月まで。単位の記載のない指標は人。', '人'],
  ['単位の記載がないものは「件」', '件'],
  ['※単位のない項目はか所です。', 'か所'],
  ['特に記載のない場合、単位は人', '人'],
])('「%s」 names the unit %s', (text, unit) => {
  expect(defaultUnitOf(text)).toBe(unit);
});

test.each(['単位の記載のない指標は人又は件', '単位：人', '記載のない指標は参考値'])('「%s」 names no unit of the rows without one', (text) => {
  expect(defaultUnitOf(text)).toBeNull();
});

test('the note gives its unit to each indicator without one; a unit of the row’s own stays', () => {
  const values: CellValue[][] = [
    ['地域公共交通計画　評価指標（令和６年度）'],
    ['指標', '目標値', '実績値'],
    ['コミュニティバス年間利用者数', 98000, 95640],
    ['コミュニティバス収支率（％）', 25, 21.3],
    [],
    ['※単位の記載のない指標は人。'],
  ];
  const units = (rows: CellValue[][]) => checkWorkbook({ sheets: [snap('評価', rows)] }, {}).report.indicators.map((i) => i.unit ?? null);
  expect(units(values)).toEqual(['人', '%']);
  expect(units(values.slice(0, 4))).toEqual([null, '%']);
});

test('a note under a cost table gives its money unit to no indicator (review rv45)', () => {
  const values: CellValue[][] = [
    ['指標', '目標値', '実績値'],
    ['相談件数', 120, 105],
    ['待機児童数', 0, 3],
    [],
    ['事業費の推移'],
    ['区分', '令和4年度', '令和5年度'],
    ['事業費', 12000, 11500],
    ['※単位の記載のない項目は千円'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('評価', values)] }, {});
  expect(report.indicators.filter((i) => i.unit === '千円')).toEqual([]);
});
