/** A level's 「－」 in the 累計 column of a table graded on 累計 targets gives way to its 単年度 figure of the same year. */
import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (rows: (string | number | null)[][]) =>
  snap('整備状況', [
    ['公園の整備状況（令和５年度）'],
    ['指標', '単位', '令和５年度目標（累計）', '令和５年度実績（単年度）', '令和５年度末実績（累計）'],
    ...rows,
  ]);

const actuals = (rows: (string | number | null)[][]) =>
  detectSheet(sheet(rows), scale).indicators.map((i) => [i.name, i.actuals.map((a) => [a.cell, a.parsed.status, a.parsed.value ?? null])]);

test('a rate (％, 率) with 「－」 as its 累計 takes the single year’s figure; a count keeps the 累計', () => {
  expect(
    actuals([
      ['公園の整備箇所数（累計）', '箇所', 48, 5, 46],
      ['公園利用者の満足度', '％', 80, 76.5, '－'],
      ['遊具の点検実施率', '％', 100, 98, '―'],
    ]),
  ).toEqual([
    ['公園の整備箇所数（累計）', [['E3', 'value', 46]]],
    ['公園利用者の満足度', [['D4', 'value', 76.5]]],
    ['遊具の点検実施率', [['D5', 'value', 98]]],
  ]);
});

test('a count whose 累計 is 「－」 keeps it: its single year is no total to set against a 累計 target', () => {
  expect(actuals([['公園の整備箇所数（累計）', '箇所', 48, 5, '－']])).toEqual([['公園の整備箇所数（累計）', [['E3', 'not-applicable', null]]]]);
});

test('a rate whose 累計 is blank or 集計中, or whose single year is a dash too, keeps the 累計 cell', () => {
  expect(
    actuals([
      ['公園利用者の満足度', '％', 80, 76.5, null],
      ['遊具の点検実施率', '％', 100, 98, '集計中'],
      ['樹木の活着率', '％', 95, '－', '－'],
    ]).map(([name, a]) => [name, (a as unknown[][]).map((p) => p[0])]),
  ).toEqual([
    ['公園利用者の満足度', ['E3']],
    ['遊具の点検実施率', ['E4']],
    ['樹木の活着率', ['E5']],
  ]);
});

test('a stock’s progress rate (整備率 2.1 against 60: the year’s added points) keeps the dash, no grade; a survey’s rate takes its figure (rv75)', () => {
  const report = checkWorkbook(
    {
      sheets: [
        sheet([
          ['公園の整備率', '％', 60, 2.1, '－'],
          ['公園利用者の満足度', '％', 80, 76.5, '－'],
          ['特定健診受診率', '％', 60, 24.5, '－'],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.name, i.actual, i.grade])).toEqual([
    ['公園の整備率', null, null],
    ['公園利用者の満足度', 76.5, 'B'],
    ['特定健診受診率', 24.5, 'D'],
  ]);
});

test('a stock’s share or use rate (割合, 利用率: 3.0 against 80) keeps the dash; a share respondents give takes its figure (rv77)', () => {
  const report = checkWorkbook(
    {
      sheets: [
        sheet([
          ['長寿命化計画策定済み施設の割合', '％', 80, 3.0, '－'],
          ['公共施設のLED化割合', '％', 100, 5.0, '－'],
          ['公共下水道利用率', '％', 90, 1.5, '－'],
          ['満足と回答した市民の割合', '％', 80, 30.5, '－'],
        ]),
      ],
    },
    {},
  ).report;
  expect(report.indicators.map((i) => [i.actual, i.grade])).toEqual([
    [null, null],
    [null, null],
    [null, null],
    [30.5, 'D'],
  ]);
});

const graded = (rows: (string | number | null)[][]) => {
  const report = checkWorkbook({ sheets: [sheet(rows)] }, {}).report;
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell);
  return { read: report.indicators.map((i) => [i.actual, i.grade]), guesses };
};

test('a share of people (市民の割合, …と答えた) and a facility’s use rate take the single year’s figure (rv79 item 4)', () => {
  expect(
    graded([
      ['地域活動に参加している市民の割合', '％', 40, 18.5, '－'],
      ['市民活動センター会議室の利用率', '％', 70, 32.0, '－'],
      ['住み続けたいと答えた市民の割合', '％', 85, 41.0, '－'],
    ]).read,
  ).toEqual([
    [18.5, 'D'],
    [32, 'D'],
    [41, 'D'],
  ]);
});

test('works on a stock (改修実施率), 認知症 (no 認知度) and sewer use keep the dash, each flagged, never a silent no-grade (rv79 item 5)', () => {
  expect(
    graded([
      ['小中学校の長寿命化改修実施率', '％', 80, 3.0, '－'],
      ['日常生活圏域の認知症カフェ設置率', '％', 100, 12.5, '－'],
      ['公共下水道利用率', '％', 90, 1.5, '－'],
      ['公共施設のLED化割合', '％', 100, 5.0, '－'],
    ]),
  ).toEqual({
    read: [
      [null, null],
      [null, null],
      [null, null],
      [null, null],
    ],
    guesses: ['E3', 'E4', 'E5', 'E6'],
  });
});
