/** 「回収拠点」「実施会場」: a heading naming the place each row is heads the rows' names where no name heading stands. */
import { checkWorkbook } from '../actions/check';
import { isPlaceHeading } from './placeHeading';
import { snap } from './testing';

function points(heading: string) {
  return snap('拠点別', [
    ['フードドライブ回収拠点別実績（令和５年度）', null, null, null, null, null],
    [null, null, null, null, null, '（単位：kg）'],
    ['No.', heading, '種別', '目標値', '実績値', '備考'],
    [1, '市役所本庁舎 市民ホール', '常設', 1800, 1925, null],
    [2, '北部支所', '常設', 900, 742, null],
    [3, '中央公民館', '常設', 600, '－', '改修工事のため通年休止'],
  ]);
}

const read = (heading: string) =>
  checkWorkbook({ sheets: [points(heading)] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.actualStatus]);

test('回収拠点 over the places: each place is an indicator, never its No.', () => {
  expect(read('回収拠点')).toEqual([
    ['市役所本庁舎 市民ホール', 'kg', 1800, 1925, 'value'],
    ['北部支所', 'kg', 900, 742, 'value'],
    ['中央公民館', 'kg', 600, null, 'not-applicable'],
  ]);
});

test('a place heading, bare or compound, with brackets aside', () => {
  for (const h of ['回収拠点', '拠点', '設置場所', '実施会場', '協力店舗', '相談窓口', '施設', '対象施設（公共施設）']) expect(isPlaceHeading(h)).toBe(true);
});

test('an area, who answers for the place, a kind of place or a count of places is none', () => {
  for (const h of ['地区', '地域', '担当施設', '施設種別', '施設区分', '設置箇所数', '拠点数', '施設名称の備考欄']) expect(isPlaceHeading(h)).toBe(false);
});

test('beside a name heading the place heads no names', () => {
  const s = snap('拠点別', [
    ['指標名', '実施会場', '目標値', '実績値'],
    ['講座の参加者数', '中央公民館', 300, 280],
  ]);
  const names = checkWorkbook({ sheets: [s] }, { period: '令和5年度' }).report.indicators.map((i) => i.name);
  expect(names).toEqual(['講座の参加者数']);
});

test('a place over a run of months, or a breakdown with no target beside it, heads no names (review: rv71 and repeatedHeader tests)', () => {
  const rows = (head: string[], a: (string | number)[], b: (string | number)[]) =>
    checkWorkbook({ sheets: [snap('利用実績', [['令和６年度　施設別利用実績'], head, a, b])] }, {}).report.indicators.map((i) => i.name);
  const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
  const run = (n: number) => months.map((_, i) => n + i);
  expect(rows(['施設', ...months, '年度計', '目標（月）'], ['中央児童館', ...run(800), 10260, 900], ['東児童館', ...run(500), 6660, 500])).toEqual([]);
  expect(rows(['施設', '上期', '下期', '実績値'], ['駅前施設', 800, 700, 1500], ['温泉街施設', 500, 500, 1000])).toEqual([]);
  expect(rows(['施設', '目標', '実績'], ['駅前施設', 1400, 1500], ['温泉街施設', 1200, 1000])).toEqual(['駅前施設', '温泉街施設']);
});
