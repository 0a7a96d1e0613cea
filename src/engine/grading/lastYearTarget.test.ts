/** Targets relative to last year's actual (「前年度以上」「前年度以下」「前年度＋2件」): last year's actual, plus the amount, the way from 以上 / 以下 or the sign. */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { relativeToLastYear } from './lastYearTarget';

describe('relativeToLastYear', () => {
  test.each([
    ['前年度以上', { way: 'up', amount: 0, percent: false }],
    ['前年度以下', { way: 'down', amount: 0, percent: false }],
    ['前年度実績以上', { way: 'up', amount: 0, percent: false }],
    ['前年度を上回る', { way: 'up', amount: 0, percent: false }],
    ['前年度＋2件', { way: 'up', amount: 2, percent: false }],
    ['前年度 - 5 %', { way: 'down', amount: -5, percent: true }],
    ['前年度比+3.5%', { way: 'up', amount: 3.5, percent: true }],
  ])('%s', (text, expected) => expect(relativeToLastYear(text)).toEqual(expected));

  test.each(['前年度の取組を継続', '120', '基準値以上', '前年度（120件）', '前年度以上の成果を目指し事業を拡充'])(
    '%s is no target relative to last year',
    (text) => expect(relativeToLastYear(text)).toBeNull(),
  );
});

test('indicators across: the target is last year actual (plus the amount), the way from 以上 / 以下', () => {
  const rows = [
    ['令和５年度 主要指標の状況'],
    ['項目', '新規就農者数', '商品開発件数', '農作物被害額', '交流人口'],
    ['単位', '人', '件', '千円', '人'],
    ['令和4年度実績', 12, 5, 18640, 900],
    ['令和5年度目標', '前年度以上', '前年度＋2件', '前年度以下', '前年度＋2件'],
    ['令和5年度実績', 14, 4, 16920, null],
  ];
  const { report } = checkWorkbook({ sheets: [snap('主要指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.direction, i.actual, i.grade])).toEqual([
    ['新規就農者数', 12, 'up', 14, 'A'],
    ['商品開発件数', 7, 'up', 4, 'D'],
    ['農作物被害額', 18640, 'down', 16920, 'A'],
    ['交流人口', 902, 'up', null, null],
  ]);
});

test('years across: 前年度以上 under a year is the actual of the year before; with none that year, no target (never the amount)', () => {
  const rows = [
    ['KPI進捗状況（令和５年度）'],
    ['KPI', '単位', '区分', '2021年度', '2022年度', '2023年度'],
    ['創業件数', '件', '目標値', '前年度以上', '前年度以上', '前年度以上'],
    ['創業件数', '件', '実績値', 30, 34, 31],
    ['相談件数', '件', '目標値', '－', '－', '前年度＋5件'],
    ['相談件数', '件', '実績値', 94, null, 120],
  ];
  const { report } = checkWorkbook({ sheets: [snap('KPI', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['創業件数', 34, 31],
    ['相談件数', null, 120],
  ]);
});
