/** A table's caption stating the aim of all its rows: each row is read lower-is-better unless it says otherwise. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

function read(caption: string, rows: (string | number | null)[][]) {
  const sheet = snap('取組状況', [['令和5年度 温暖化対策実行計画の取組状況'], [], [caption], ['項目', '単位', '2023年度 目標', '2023年度 実績'], ...rows]);
  return checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.direction, i.grade]);
}

const ROWS = [
  ['電気使用量', '千kWh', 18300, 18650],
  ['都市ガス使用量', '千m3', 1080, 1012],
];

test('「（いずれも削減を目指す）」 in the caption: every row lower-is-better', () => {
  expect(read('２　エネルギー使用量等（いずれも削減を目指す）', ROWS)).toEqual([
    ['電気使用量', 'down', 'B'],
    ['都市ガス使用量', 'down', 'A'],
  ]);
});

test('a caption naming a subject alone, or with an exception, says nothing of its rows', () => {
  expect(read('２　エネルギー使用量等', ROWS).map((r) => r[1])).toEqual(['up', 'up']);
  expect(read('２　エネルギー使用量等（都市ガスを除き、いずれも削減を目指す）', ROWS).map((r) => r[1])).toEqual(['up', 'up']);
});

test('a caption between two tables speaks of the lower one only: the upper table’s rows keep their way', () => {
  const sheet = snap('取組状況', [
    ['令和5年度 温暖化対策実行計画の取組状況'],
    [],
    ['１　再生可能エネルギーの導入'],
    ['項目', '単位', '2023年度 目標', '2023年度 実績'],
    ['太陽光発電設備を設置した公共施設数', '施設', 22, 21],
    [],
    [],
    ['２　光熱水の使用状況（いずれも削減を目指す）'],
    ['項目', '単位', '2023年度 目標', '2023年度 実績'],
    ['電気使用量', '千kWh', 18300, 18650],
    ['都市ガス使用量', '千m3', 1080, 1012],
  ]);
  const read = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.map((i) => [i.name, i.direction]);
  expect(read).toEqual([
    ['太陽光発電設備を設置した公共施設数', 'up'],
    ['電気使用量', 'down'],
    ['都市ガス使用量', 'down'],
  ]);
});

test('a note right under the upper table’s last row is its footnote, no caption of the table below', () => {
  const rows = (line: string) => [
    ['令和5年度 温暖化対策実行計画の取組状況'],
    [],
    ['１　エネルギー使用量'],
    ['項目', '単位', '2023年度 目標', '2023年度 実績'],
    ['電気使用量', '千kWh', 18300, 18650],
    [line],
    ['項目', '単位', '2023年度 目標', '2023年度 実績'],
    ['環境学習講座の参加者数', '人', 400, 380],
  ];
  const read = (line: string) => checkWorkbook({ sheets: [snap('取組状況', rows(line))] }, {}).report.indicators.map((i) => [i.name, i.direction]);
  expect(read('※いずれも削減を目指す指標')).toEqual([
    ['電気使用量', 'down'],
    ['環境学習講座の参加者数', 'up'],
  ]);
  // Numbered as a caption, it heads the table below even with no blank line over it.
  expect(read('２　光熱水の使用状況（いずれも削減を目指す）')[1]).toEqual(['環境学習講座の参加者数', 'down']);
});
