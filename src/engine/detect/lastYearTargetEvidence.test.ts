/** 「前年度以上」 is last year's actual only on a sheet that writes the arithmetic (a note defining it, or a 「前年度＋N」 target); alone it is no number. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const rows = (note?: string) => [
  ['KPI進捗状況（令和５年度）'],
  ['KPI', '単位', '区分', '2021年度', '2022年度', '2023年度'],
  ['創業件数', '件', '目標値', '前年度以上', '前年度以上', '前年度以上'],
  ['創業件数', '件', '実績値', 30, 34, 31],
  ['就職者数', '人', '目標値', 100, 110, 120],
  ['就職者数', '人', '実績値', 94, 102, 130],
  ...(note ? [[note]] : []),
];
const read = (r: (string | number)[][]) => checkWorkbook({ sheets: [snap('KPI', r)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual, i.grade]);

test('a sheet whose note defines 前年度以上 as last year actual: the target is that actual', () => {
  expect(read(rows('※「前年度以上」は、前年度の実績値以上を目標とするもの。'))).toEqual([
    ['創業件数', 34, 31, 'B'],
    ['就職者数', 120, 130, 'A'],
  ]);
});

test('with no such note nor a 前年度＋N target on the sheet, 前年度以上 stays a target in words: no number, no grade', () => {
  expect(read(rows())).toEqual([
    ['創業件数', null, 31, null],
    ['就職者数', 120, 130, 'A'],
  ]);
  expect(read(rows('※実績値は各年度末時点の数値。'))[0]).toEqual(['創業件数', null, 31, null]);
});

test('a 前年度＋N target written in full-width digits (前年度＋２件) says so too: 前年度以上 is last year actual', () => {
  const r = rows();
  r[4] = ['就職者数', '人', '目標値', '前年度＋２人', '前年度＋２人', '前年度＋２人'];
  expect(read(r)).toEqual([
    ['創業件数', 34, 31, 'B'],
    ['就職者数', 104, 130, 'A'],
  ]);
});

test('a note taking the 前年度以上 rows ratio against last year actual: the target is that actual, a guess naming both cells', () => {
  const r = checkWorkbook({ sheets: [snap('KPI', rows('※「前年度以上」の対計画比は前年度実績に対する比。'))] }, {}).report;
  expect(r.indicators.map((i) => [i.name, i.target, i.grade])).toEqual([
    ['創業件数', 34, 'B'],
    ['就職者数', 120, 'A'],
  ]);
  const guess = r.findings.filter((f) => f.code === 'reading-uncertain');
  expect(guess.map((f) => f.params)).toContainEqual(expect.objectContaining({ reason: 'target-from-last-year', cells: expect.arrayContaining(['F3', 'E4']) }));
});

test('a note about a ratio against last year actual that does not speak of 前年度以上 makes no target of it', () => {
  expect(read(rows('※対前年度比は前年度実績に対する比。'))[0]).toEqual(['創業件数', null, 31, null]);
  expect(read(rows('※「前年度以上」の指標は達成率を算定しない。'))[0]).toEqual(['創業件数', null, 31, null]);
});

describe('a 達成率（実績÷目標） column that divides a 前年度実績以上 row by last year actual', () => {
  const sheet = (ratio: number) => [
    ['令和５年度 目標管理シート'],
    ['成果指標', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率\n（実績÷目標）', '自己評価'],
    ['総合防災訓練参加者数', '人', 6420, '前年度実績以上', 7015, ratio, 'A'],
    ['避難所運営訓練の実施回数', '回', 12, 15, 14, 14 / 15, 'B'],
  ];
  test('the sheet took last year actual as the target: computed, a guess naming both cells', () => {
    const r = checkWorkbook({ sheets: [snap('目標管理', sheet(7015 / 6420))] }, {}).report;
    expect(r.indicators.map((i) => [i.name, i.target, i.grade])).toEqual([
      ['総合防災訓練参加者数', 6420, 'A'],
      ['避難所運営訓練の実施回数', 15, 'B'],
    ]);
    const guess = r.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.params);
    expect(guess).toContainEqual(expect.objectContaining({ reason: 'target-from-last-year', cells: expect.arrayContaining(['D3', 'C3']) }));
  });
  test('a ratio that is not actual ÷ last year actual says nothing: no number', () => {
    const r = checkWorkbook({ sheets: [snap('目標管理', sheet(1.2))] }, {}).report;
    expect(r.indicators[0].target).toBeNull();
  });
});

test('「前年度以上」 defined by last year’s rate (前年度受診率) beside 受診率 | 目標受診率: that figure is the target, a guess naming both cells', () => {
  const sheet = (note: string | null) =>
    snap('歯科健診', [
      ['令和４年度　歯科健康診査の実施状況'],
      ['健診名', '受診者数（人）', '受診率（％）', '目標受診率（％）', '前年度受診率（％）'],
      ['3歳児歯科健康診査', 790, 93.5, 95.0, 94.1],
      ['妊婦歯科健康診査', 221, 28.0, '前年度以上', 30.5],
      [],
      [note],
    ]);
  const { report } = checkWorkbook({ sheets: [sheet('※「前年度以上」は前年度受診率を上回ることを目標とする。')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.grade])).toEqual([
    ['3歳児歯科健康診査', 95, 93.5, 'B'],
    ['妊婦歯科健康診査', 30.5, 28, 'B'],
  ]);
  const guess = report.findings.find((f) => f.indicator === '妊婦歯科健康診査' && f.code === 'reading-uncertain');
  expect(guess?.params).toMatchObject({ reason: 'target-from-last-year', cells: ['D4', 'E4'] });
  // Without the note, 「前年度以上」 stays words: no number.
  const bare = checkWorkbook({ sheets: [sheet(null)] }, {}).report;
  expect(bare.indicators.find((i) => i.name === '妊婦歯科健康診査')?.target).toBeNull();
});
