/** A ranged target (「45～60%」): the lower bound for an indicator that should go up, the upper bound for one that should go down. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { rangeOf } from './rangeTarget';

describe('rangeOf', () => {
  test.each([
    ['45～60%', { low: 45, high: 60, unit: '%' }],
    ['45%～60%', { low: 45, high: 60, unit: '%' }],
    ['1,200〜1,500人', { low: 1200, high: 1500, unit: '人' }],
    ['3~5', { low: 3, high: 5 }],
  ])('%s', (text, expected) => expect(rangeOf(text)).toEqual(expected));

  test.each(['60～45%', '45%～60人', '40～74歳以上', '60%', 'R5～R7', '2023年～2025年', '45～60%程度の維持'])('%s is no range target', (text) =>
    expect(rangeOf(text)).toBeNull(),
  );
});

test('a table: the range is the lower bound going up, the upper bound going down; the actual beside it is read', () => {
  const rows = [
    ['評価年度：令和5年度'],
    ['指標', '指標の説明', '目標（R7）', '実績'],
    ['特定保健指導実施率', '指導を終了した人の割合', '45～60%', '52.3%\n（令和5年度）'],
    ['成人の喫煙率', '喫煙している人の割合（減少を目指す）', '10～12%', '14.1%'],
  ];
  const { report } = checkWorkbook({ sheets: [snap('計画の指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.actualStatus, i.grade])).toEqual([
    ['特定保健指導実施率', 45, 52.3, 'value', 'A'],
    ['成人の喫煙率', 12, 14.1, 'value', 'B'],
  ]);
  expect(report.findings.filter((f) => f.code === 'value-unparseable')).toEqual([]);
});

test('a band written with its bound words (「40％以上60％以下」) is a range, stating no way: graded against its floor going up', () => {
  expect(rangeOf('40％以上60％以下')).toEqual({ low: 40, high: 60, unit: '%' });
  expect(rangeOf('40以上、60未満')).toEqual({ low: 40, high: 60 });
  expect(rangeOf('60％以上40％以下')).toBeNull();
  const rows = [
    ['数値目標の進捗状況（令和5年度）'],
    ['指標', '単位', '令和5年度目標', '令和5年度実績'],
    ['審議会等における女性委員の割合', '％', '40％以上60％以下', 37.8],
  ];
  const { report } = checkWorkbook({ sheets: [snap('数値目標', rows)] }, {});
  expect(report.indicators.map((i) => [i.direction, i.target, i.actual, i.grade])).toEqual([['up', 40, 37.8, 'B']]);
});

test('a band from 0 (「0％以上2％以下」) is no range to reach: left unread', () => {
  expect(rangeOf('0％以上2％以下')).toBeNull();
});

test('an actual above a range with no way stated is no full attainment: upper bound ÷ actual, with a finding naming the range', () => {
  const rows = [
    ['令和5年度 経営指標'],
    ['指標', '単位', '目標値', '実績値'],
    ['病床利用率', '％', '80～90', 92.4],
    ['経常収支比率', '％', '100～110', 104.2],
    ['観光入込客数', '人', '1.2～1.5千人', 1350],
  ];
  const { report } = checkWorkbook({ sheets: [snap('経営', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.direction, i.target, i.actual, i.grade])).toEqual([
    ['病床利用率', 'up', 80, 92.4, 'B'],
    ['経常収支比率', 'up', 100, 104.2, 'A'],
    ['観光入込客数', 'up', 1200, 1350, 'A'],
  ]);
  const beyond = report.findings.filter((f) => f.code === 'range-exceeded');
  expect(beyond.map((f) => [f.cell, f.message])).toEqual([['D3', expect.stringContaining('上限 ÷ 実績 = 97.4%')]]);
});

test('a range beside a stated way only hedges the target: above it going up, or below it going down, is attained', () => {
  const rows = [
    ['令和5年度 施策評価'],
    ['指標', '方向', '目標値', '実績値'],
    ['がん検診受診率', '増加', '50～60', 68],
    ['救急現場到着所要時間', '短縮', '8.0～8.5', 7.2],
    ['市民1人1日当たりごみ排出量', null, '850～900', 820],
  ];
  const { report } = checkWorkbook({ sheets: [snap('施策', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.direction, i.grade])).toEqual([
    ['がん検診受診率', 'up', 'A'],
    ['救急現場到着所要時間', 'down', 'A'],
    ['市民1人1日当たりごみ排出量', 'down', 'A'],
  ]);
  expect(report.findings.filter((f) => f.code === 'range-exceeded')).toEqual([]);
});
