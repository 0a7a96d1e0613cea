/**
 * A 時点 column right of a table's 実績値 column dates each row's own figure: never a years axis of a table whose years
 * are rows, even where two rows' dates happen to rise; a 時点 column heading a table's years (left of its measures) still is one.
 */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { namesRowDate } from './rowDateColumns';
import { snap } from './testing';

const SCALE = [{ grade: 'A', label: '' }];

test('時点 and 数値の時点 name a row’s as-of date; 基準時点, 年度 and 目標時点 do not', () => {
  expect(['時点', '数値の時点', '把握時点', '実績の時点', '基準日'].map(namesRowDate)).toEqual([true, true, true, true, true]);
  expect(['基準時点', '年度', '目標時点', '実績値'].map(namesRowDate)).toEqual([false, false, false, false]);
});

const planRows = (dates: [string, string, string]) =>
  snap('成果指標', [
    ['第６次総合計画 後期基本計画　令和５年度　成果指標の達成状況'],
    [],
    ['No.', '成果指標', '単位', '基準値（令和元年度）', '目標値（令和７年度）', '実績値', '時点', '備考'],
    [1, '特定健診の受診率', '％', 40.1, 50, 44.2, dates[0], '健診実績'],
    [2, '待機児童数', '人', 6, 0, 2, dates[1], '国基準'],
    [3, '図書館の貸出冊数', '冊', 98000, 110000, 101500, dates[2], '図書館統計'],
  ]);

test('rising dates under 時点 right of 実績値 are each row’s date: the rows are indicators, none a year', () => {
  const read = detectSheet(planRows(['令和5年度', '令和5年4月1日', '令和5年度']), SCALE).indicators;
  expect(read.map((i) => [i.name, i.layout, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)])).toEqual([
    ['特定健診の受診率', 'table', ['E4'], ['F4']],
    ['待機児童数', 'table', ['E5'], ['F5']],
    ['図書館の貸出冊数', 'table', ['E6'], ['F6']],
  ]);
});

test('a row dated another year than the evaluation is read and named in a guess; the others are not', () => {
  const { report } = checkWorkbook({ sheets: [planRows(['令和5年度', '令和5年4月1日', '令和4年度'])] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['特定健診の受診率', 50, 44.2],
    ['待機児童数', 0, 2],
    ['図書館の貸出冊数', 110000, 101500],
  ]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell)).toEqual(['F6']);
});

test('a 時点 column heading the years of a table whose years are rows (left of its measures) is still its axis', () => {
  const s = snap('推移', [
    ['子育て支援センター 利用状況'],
    ['時点', '利用者数 目標', '利用者数 実績'],
    ['令和3年3月末', 9000, 8420],
    ['令和4年3月末', 9500, 9115],
    ['令和5年3月末', 10000, 9870],
  ]);
  const read = detectSheet(s, SCALE).indicators;
  expect(read.map((i) => [i.name, i.layout, i.actuals.map((a) => a.cell)])).toEqual([['利用者数', 'year-rows', ['C3', 'C4', 'C5']]]);
});
