/**
 * 成果目標 / 成果実績 lines naming a measure in words pair only when the words and units name the same measure: a ratio
 * (前年度比) or another measure is never graded against the target, and of several figures the matching one is the actual.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const block = (name: string, target: string, actual: string) => [['事業名', name], ['成果目標', target], ['成果実績', actual], []];

const check = (...blocks: string[][]) =>
  checkWorkbook({ sheets: [snap('成果', [['令和5年度　補助金評価シート'], [], ...blocks.flatMap(([n, t, a]) => block(n, t, a))])] }, {}).report;

const guesses = (report: ReturnType<typeof check>) =>
  report.findings.flatMap((f) => (f.code === 'reading-uncertain' && 'reason' in f.params ? [[f.indicator, f.params.reason, f.params.cells]] : []));

test('a 前年度比 figure is never the actual of a 満足度 target: not graded, a guess naming both cells, the mismatch said', () => {
  const report = check(['子育てサロン事業', '満足度 80％以上', '前年度比 120％']);
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([['子育てサロン事業', 80, null, null]]);
  expect(guesses(report)).toEqual([['子育てサロン事業', 'measure-differs', ['B5', 'B4']]]);
  const said = report.findings.find((f) => f.code === 'value-unparseable');
  expect(said?.params).toEqual({ variant: 'measures', target: '満足度 80％以上', actual: '前年度比 120％' });
});

test('other measure words (利用者満足度 / 利用者数 前年度比) or units that do not convert (人 / 回) are not paired', () => {
  const report = check(['子育てサロン事業', '利用者満足度 80％', '利用者数 前年度比 95％'], ['防災訓練事業', '訓練参加者 500人', '訓練 3回実施']);
  expect(report.indicators.map((i) => [i.actual, i.grade])).toEqual([
    [null, null],
    [null, null],
  ]);
  expect(guesses(report).map((g) => g[1])).toEqual(['measure-differs', 'measure-differs']);
});

test('of several figures in the actual the one whose unit and words match the target’s is taken (延べ参加者 180人, not 12回)', () => {
  const report = check(['健康教室事業', '参加者 200人', '12回開催（延べ参加者 180人）']);
  expect(report.indicators.map((i) => [i.unit, i.target, i.actual, i.grade !== null])).toEqual([['人', 200, 180, true]]);
  expect(guesses(report)).toEqual([]);
});

test('the same measure in both lines is graded as before, and a 達成率 target takes a 達成率 actual', () => {
  const report = check(['子ども食堂運営支援事業', '利用者 120人', '利用者 131人'], ['啓発事業', '達成率 100％', '達成率 95％']);
  expect(report.indicators.map((i) => [i.target, i.actual, i.grade !== null])).toEqual([
    [120, 131, true],
    [100, 95, true],
  ]);
  expect(guesses(report)).toEqual([]);
});

test('a table’s worded cells are not checked here: 交付件数 10件 against 交付事業所数 8社 is graded as before', () => {
  const rows = [['令和5年度　事業評価一覧'], ['事業名', '目標', '実績'], ['補助金交付事業', '交付件数 10件', '交付事業所数 8社']];
  const report = checkWorkbook({ sheets: [snap('一覧', rows)] }, {}).report;
  expect(report.indicators.map((i) => [i.target, i.actual, i.grade])).toEqual([[10, 8, 'B']]);
});
