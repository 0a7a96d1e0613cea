/** A bare 区分 on a one-row header over 目標 | 実績 heads the names only when every row under it names a measure. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const sheet = (names: string[], heads = ['区分', '目標', '実績', '前年度実績', '備考']) =>
  snap('収納率', [
    ['■ 収納率目標と実績（令和元年度）', null, null, null, null],
    heads,
    [names[0], '95.50％', '95.12％', '94.88％', '出納閉鎖後の確定値'],
    [names[1], '22.00％', '24.35％', '21.40％', null],
    [names[2], '50.0％', '47.6％', '46.9％', '納税義務者数に対する割合'],
  ]);
const read = (names: string[], heads?: string[]) =>
  checkWorkbook({ sheets: [sheet(names, heads)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

const RATES = ['現年課税分収納率', '滞納繰越分収納率', '口座振替率'];

test('区分 | 目標 | 実績 over rates: each row an indicator, the 前年度実績 no actual, as under 指標名', () => {
  expect(read(RATES)).toEqual([
    ['現年課税分収納率', '%', 95.5, 95.12, 'B'],
    ['滞納繰越分収納率', '%', 22, 24.35, 'A'],
    ['口座振替率', '%', 50, 47.6, 'B'],
  ]);
  expect(read(RATES)).toEqual(read(RATES, ['指標名', '目標', '実績', '前年度実績', '備考']));
});

test('a count among the rates is a measure too', () => {
  expect(read(['特定健診受診者数', '口座振替率', '滞納繰越分収納率']).map((r) => r[0])).toEqual(['特定健診受診者数', '口座振替率', '滞納繰越分収納率']);
});

test('rows naming no measure (the kinds of an account) stay unread: 区分 is their kind, as before', () => {
  expect(read(['一般会計', '特別会計', '企業会計'])).toEqual([]);
  // One row that names no measure is enough to keep the old reading.
  expect(read(['現年課税分収納率', '特別会計', '口座振替率'])).toEqual([]);
});

test('with no actual heading beside the target (区分 | 基準値 | 目標値) 区分 stays the kind of the figures', () => {
  expect(read(RATES, ['区分', '基準値', '目標値', '備考', null as unknown as string])).toEqual([]);
});
