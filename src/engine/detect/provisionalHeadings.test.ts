/** An actual column whose heading says its figures are not final (実績（見込）, 速報値, 暫定) gives provisional actuals. */
import { checkWorkbook } from '../actions/check';
import { parsePeriodArg } from '../values/periods';
import { headingSaysNotFinal, markedProvisional } from './provisionalHeadings';
import { snap } from './testing';
import type { Point } from './types';

const table = (actualHeading: string) =>
  checkWorkbook(
    {
      sheets: [
        snap('進捗状況', [
          ['環境指標', '単位', '令和4年度実績', '令和5年度目標', actualHeading, '目標の方向'],
          ['ごみの1人1日当たり排出量', 'g', 878, 860, 866, '減少'],
          ['環境学習講座の参加者数', '人', 702, 750, '815', '増加'],
          ['住宅用太陽光発電設備の設置補助件数', '件', 55, 60, '約41', '増加'],
        ]),
      ],
    },
    {},
  ).report;

test.each(['令和5年度実績（見込）', '令和5年度実績見込み', 'R5実績（速報値）', '令和5年度実績（暫定値）'])(
  'every figure under 「%s」 is a provisional actual, graded and said so',
  (heading) => {
    const report = table(heading);
    expect(report.indicators.map((i) => [i.actual, i.actualStatus, i.grade])).toEqual([
      [866, 'provisional', 'B'],
      [815, 'provisional', 'A'],
      [41, 'approximate', 'C'],
    ]);
    expect(report.findings.filter((f) => f.code === 'actual-provisional').map((f) => f.cell)).toEqual(['E2', 'E3', 'E4']);
  },
);

test('under a plain 実績 heading the same figures are final', () => {
  expect(table('令和5年度実績').indicators.map((i) => i.actualStatus)).toEqual(['value', 'value', 'approximate']);
});

test('見込量 (a plan’s quantity) and a denial say nothing of the figures', () => {
  expect(headingSaysNotFinal('実績（見込量比）')).toBe(false);
  expect(headingSaysNotFinal('確定値（速報値ではない）')).toBe(false);
  expect(headingSaysNotFinal('令和5年度実績（見込）')).toBe(true);
  expect(headingSaysNotFinal('R5 実績 見 込')).toBe(true);
});

test('indicators across: the figures on a 実績見込 line with no plain 実績 line are provisional', () => {
  const rows = [
    ['項目', '新規就農者数', '農地集積率'],
    ['単位', '人', '％'],
    ['令和5年度目標', 12, 62],
    ['令和5年度実績見込', 14, 60.5],
  ];
  const { report } = checkWorkbook({ sheets: [snap('主要指標', rows)] }, {});
  expect(report.indicators.map((i) => [i.name, i.actual, i.actualStatus])).toEqual([
    ['新規就農者数', 14, 'provisional'],
    ['農地集積率', 60.5, 'provisional'],
  ]);
});

test('a heading naming the year it speaks of (「実績値（R5は見込み）」) makes only that year’s figures provisional', () => {
  const at = (period: string): Point => ({
    row: 3,
    col: 4,
    cell: 'D3',
    raw: 702,
    formula: null,
    parsed: { status: 'value', value: 702, text: '702' },
    period: parsePeriodArg(period)!,
  });
  const status = (period: string, headings: string[]) => markedProvisional(at(period), headings).parsed.qualifier ?? 'final';
  expect(status('令和5年度', ['実績値（R5は見込み）', 'R5'])).toBe('provisional');
  expect(status('令和4年度', ['実績値（R5は見込み）', 'R4'])).toBe('final');
  expect(status('令和4年度', ['実績値（見込み）', 'R4'])).toBe('provisional');
});

test('a period column headed 「令和6年3月末（見込）」 over 目標値 / 実績値 lines: its actuals are provisional, the earlier ones final', () => {
  const sheet = snap('KPI', [
    ['KPI進捗状況', null, null, null, null, null],
    ['KPI', '単位', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末（見込）'],
    ['転入者数', '人', '目標値', 420, 420, 420],
    ['転入者数', '人', '実績値', 402, 415, 398],
  ]);
  const report = checkWorkbook({ sheets: [sheet] }, { period: '2023' }).report;
  expect(report.indicators.map((i) => [i.actual, i.actualStatus, i.grade])).toEqual([[398, 'provisional', 'B']]);
  const early = checkWorkbook({ sheets: [sheet] }, { period: '2022' }).report;
  expect(early.indicators.map((i) => [i.actual, i.actualStatus])).toEqual([[415, 'value']]);
});
