/** A row whose name cell is a sentence and that has no figure in the value columns is a remark, never an indicator. */
import { checkWorkbook } from '../actions/check';
import { isSentence } from './sentenceRows';
import { snap } from './testing';

const names = (values: (string | number | null)[][]) => checkWorkbook({ sheets: [snap('指標', values)] }, {}).report.indicators.map((i) => i.name);

const table = (remark: string, remarkFigure: number | null = null) => [
  ['番号', '指標名', '単位', '目標値（R5）', '実績値（R5）'],
  [1, '市民農園の利用区画数', '区画', 120, 126],
  [2, '農産物直売所の来客数', '千人', 85, 79],
  [null, null, null, null, null],
  ['所見', remark, null, remarkFigure, null],
];

test('a sentence ending in 。 under the table, beside a label in the number column, is not an indicator', () => {
  expect(names(table('利用区画数は目標を超えた。'))).toEqual(['市民農園の利用区画数', '農産物直売所の来客数']);
});

test('a long sentence without 。 running through clauses is not an indicator either', () => {
  expect(names(table('来客数は天候不順のため目標に届かなかったが、利用区画数は順調に増えており全体として概ね計画どおり'))).toEqual([
    '市民農園の利用区画数',
    '農産物直売所の来客数',
  ]);
});

test('a sentence-like name with a figure beside it is still read', () => {
  expect(names(table('来客数は天候不順のため目標に届かなかったが、利用区画数は順調に増えた件数', 12))).toHaveLength(3);
});

test('isSentence: names are not sentences, comments are', () => {
  expect(isSentence('市民1人1日当たりのごみ排出量（家庭系、事業系）')).toBe(false);
  expect(isSentence('健康寿命')).toBe(false);
  expect(isSentence('概ね順調。')).toBe(true);
  expect(isSentence('目標は達成したものの、参加者の固定化が課題であり、新規層の開拓が必要')).toBe(true);
});

test('rows under the indicators whose value columns hold sentences and no figure (an assessment table) are not indicators', () => {
  const rows = [
    ['成果指標', '目標値', '実績値', '所見'],
    ['年間利用者数', '98,000人', '101,352人', '大会誘致が奏功'],
    [null, null, null, null],
    ['２　管理運営の状況', null, null, null],
    ['施設の維持管理', '適正に実施されている。', null, null],
    ['利用者への対応', '概ね良好。苦情への対応記録も整備されている。', null, null],
  ];
  expect(names(rows)).toEqual(['年間利用者数']);
});

test('a row with a text target and no actual yet that is not a sentence is still an indicator', () => {
  const rows = [
    ['成果指標', '目標値', '実績値', '所見'],
    ['年間利用者数', '98,000人', '101,352人', null],
    ['施設の稼働日数', '現状維持', null, null],
  ];
  expect(names(rows)).toEqual(['年間利用者数', '施設の稼働日数']);
});

test('a label with one text merged across every value column (a block’s 概要 line) is not an indicator; a merged status word is', () => {
  const rows = [
    ['方針1　利用の促進', null, null, null, null],
    ['概要', '施設の周知、利用しやすい予約方法への見直し', null, null, null],
    ['成果指標', '単位', '目標値', '実績値', '評価'],
    ['年間利用者数', '人', 9800, 10135, 'A'],
    ['予約の電子化件数', '件', 300, 240, 'B'],
    ['方針2　施設の更新', null, null, null, null],
    ['概要', '老朽化した設備の計画的な更新', null, null, null],
    ['設備更新の実施箇所数', '未実施', null, null, null],
  ];
  const got = checkWorkbook({ sheets: [snap('指標', rows, { merges: ['A1:E1', 'B2:E2', 'A6:E6', 'B7:E7', 'B8:E8'] })] }, {});
  expect(got.report.indicators.map((i) => i.name)).toEqual(['年間利用者数', '予約の電子化件数', '設備更新の実施箇所数']);
});

test('a row whose only number stands in a sentence merged across the target and actual columns is not an indicator', () => {
  const rows = [
    ['区分', '指標名', '単位', '目標値（R5）', '実績値（R5）', '達成率'],
    ['成果指標', '市民農園の利用区画数', '区画', 180, 176, '97.8%'],
    [null, null, null, null, null, null],
    ['今後の方向性', '継続', '課題', '空き区画の待機者が12人いるため、区画の再配分を検討する。', null, null],
  ];
  const got = checkWorkbook({ sheets: [snap('指標', rows, { merges: ['D4:F4'] })] }, {});
  expect(got.report.indicators.map((i) => i.name)).toEqual(['市民農園の利用区画数']);
});
