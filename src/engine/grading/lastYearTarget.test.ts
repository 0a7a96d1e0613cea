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
    ['前年度比10％増', { way: 'up', amount: 10, percent: true }],
    ['前年度実績の5%減', { way: 'down', amount: -5, percent: true }],
    ['前年度から3件増', { way: 'up', amount: 3, percent: false }],
    ['前年度比 20 パーセント以上の増加', { way: 'up', amount: 20, percent: true }],
  ])('%s', (text, expected) => expect(relativeToLastYear(text)).toEqual(expected));

  test.each(['前年度の取組を継続', '120', '基準値以上', '前年度（120件）', '前年度以上の成果を目指し事業を拡充', '前年度比110%', '基準値比10%増'])(
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

describe('「前年度比10％増」 in a table with last year’s actual in its own column', () => {
  const sheet = (withLastYear: boolean) => {
    const last = (v: number) => (withLastYear ? [v] : []);
    const rows = [
      ['令和5年度　主要事業の成果指標'],
      ['事業名', '成果指標', '単位', ...(withLastYear ? ['令和4年度実績'] : []), '令和5年度目標', '令和5年度実績'],
      ['観光振興事業', '観光案内所の利用者数', '人', ...last(1200), '前年度比10％増', 1290],
      ['物産振興事業', '物産展への出展回数', '回', ...last(10), '前年度比20％増', 11],
      ['企業誘致事業', '企業訪問件数', '件', ...last(55), 60, 61],
    ];
    return checkWorkbook({ sheets: [snap('実績評価', rows)] }, {}).report;
  };

  test('the target is last year’s actual times 1.1 (never 10), said as a guess naming both cells', () => {
    const report = sheet(true);
    expect(report.indicators.map((i) => [i.name, i.target, i.direction, i.grade])).toEqual([
      ['観光案内所の利用者数', 1320, 'up', 'B'],
      ['物産展への出展回数', 12, 'up', 'B'],
      ['企業訪問件数', 60, 'up', 'A'],
    ]);
    const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.params);
    expect(guesses).toEqual([
      expect.objectContaining({ reason: 'target-from-last-year', cells: ['E3', 'D3'] }),
      expect.objectContaining({ reason: 'target-from-last-year', cells: ['E4', 'D4'] }),
    ]);
  });

  test('with no actual of last year, the target is not read (a finding says so), never the percentage', () => {
    const report = sheet(false);
    expect(report.indicators.map((i) => [i.target, i.grade])).toEqual([
      [null, null],
      [null, null],
      [60, 'A'],
    ]);
    expect(report.findings.filter((f) => f.code === 'missing-target').map((f) => f.cell)).toEqual(['D3', 'D4']);
  });
});
