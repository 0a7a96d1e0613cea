/** Names across, 4月 … 3月 down, then a bare 合計: the year's total is each column's actual, with guards on rates and odd sums. */
import { detectSheet } from './index';
import { isBareTotalLine, monthLine, MonthRun } from './monthsTotalLine';
import { snap } from './testing';

const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const bands = [{ grade: 'A', label: '' }];

function sheet(
  total: string,
  rows: string[] = months,
  figures: (i: number) => (number | string)[] = (i) => [10 + i, 2],
  foot: (number | string)[] = [186, 24],
) {
  return snap('月別実績', [
    ['令和６年度　月別実績表'],
    [],
    ['月', '窓口相談件数\n（件）', '出張講座開催回数\n（回）', '備考'],
    ...rows.map((m, i) => [m, ...figures(i)]),
    [],
    [total, ...foot],
    ['年間目標', 180, 20],
    ['達成率', 0.967, 1.2],
  ]);
}

const read = (s: ReturnType<typeof snap>) =>
  detectSheet(s, bands).indicators.map((i) => [
    i.name,
    i.unit,
    i.targets.map((t) => t.cell),
    i.actuals.map((a) => a.cell),
    (i.guesses ?? []).map((g) => g.reason),
  ]);

test('month and total labels', () => {
  expect(['4月', '１０月', '3月分', '4月末', '令和6年4月'].map(monthLine)).toEqual([4, 10, 3, null, null]);
  expect(['合計', '計', '総計', '累計', '年度計', '合計額'].map(isBareTotalLine)).toEqual([true, true, true, false, false, false]);
  const run = new MonthRun();
  months.forEach((m, i) => run.see(10 + i, m));
  expect(run.wholeYear()).toHaveLength(12);
  run.see(30, '5月');
  expect(run.wholeYear()).toBeNull();
});

test('a bare 合計 after 4月 … 3月 (a blank line between) is each column’s actual, 年間目標 its target', () => {
  expect(read(sheet('合計'))).toEqual([
    ['窓口相談件数', '件', ['B18'], ['B17'], []],
    ['出張講座開催回数', '回', ['C18'], ['C17'], []],
  ]);
});

test('after part of the year (4月 … 9月 | 計) or as 累計, the line is no year’s total', () => {
  const half = read(sheet('計', months.slice(0, 6), (i) => [10 + i, 2], [75, 12]));
  expect(half.flatMap((r) => r[3])).toEqual([]);
  expect(read(sheet('累計')).flatMap((r) => r[3])).toEqual([]);
});

test('a total that is not its months’ sum, or a rate’s, is read with a guess naming the total and the months (a rate’s even when it is the sum)', () => {
  const odd = read(sheet('合計', months, (i) => [10 + i, 2], [186, 2]));
  expect(odd.map((r) => r[4])).toEqual([[], ['column-chosen']]);
  const rate = snap('月別実績', [
    ['月', '相談件数\n（件）', '解決率\n（％）'],
    ...months.map((m, i) => [m, 10 + i, i === 11 ? 80 : null]),
    ['合計', 186, 80],
    ['年間目標', 180, 85],
  ]);
  const got = detectSheet(rate, bands).indicators.map((i) => [i.name, i.guesses?.map((g) => [g.reason, g.cells])]);
  expect(got).toEqual([
    ['相談件数', undefined],
    ['解決率', [['column-chosen', ['C14', 'C2', 'C13']]]],
  ]);
});

test('review rv83: a month-end count’s sum, or a total short of a month (集計中), is read with a guess, never silently', () => {
  const stock = snap('月別実績', [
    ['月', '会員登録者数\n（月末現在・人）', '援助活動件数\n（件）'],
    ...months.map((m, i) => [m, 812 + i * 10, 20 + i]),
    ['合計', 10404, 306],
    ['年間目標', 900, 300],
  ]);
  expect(detectSheet(stock, bands).indicators.map((i) => (i.guesses ?? []).map((g) => g.reason))).toEqual([['column-chosen'], []]);
  const pending = read(sheet('合計', months, (i) => [i === 11 ? '集計中' : 10 + i, 2], [165, 24]));
  expect(pending.map((r) => r[4])).toEqual([['column-chosen'], []]);
});
