/**
 * A note defining 「前年度以上」 by a named year's 実績: the target is that year's actual where the year is the one before the
 * target's, flagged as a guess; a note naming another year leaves the words a target with no number.
 */
import { checkWorkbook } from '../actions/check';
import { namedYearOfBoundNote } from './namedYearBoundNote';
import { snap } from './testing';

test('the note names the year 「前年度以上」 stands for; other notes name none', () => {
  expect(namedYearOfBoundNote('※目標欄の「前年度以上」は、令和4年度実績の数値以上を目標とする。')).toBe(2022);
  expect(namedYearOfBoundNote('「前年度以上」とは2022年度の実績値以上を目標とするもの')).toBe(2022);
  expect(namedYearOfBoundNote('※「前年度以上」は、前年度の実績値以上を目標とするもの。')).toBeNull();
  expect(namedYearOfBoundNote('※令和4年度実績は確定値。')).toBeNull();
});

const rows = (note: string) => [
  ['令和5年度　事務事業評価 総括表'],
  ['番号', '事業名', '令和4年度実績', '令和5年度目標', '令和5年度実績', '自己評価'],
  [1, '有害鳥獣捕獲事業', '捕獲頭数 412頭', '前年度以上', '捕獲頭数 388頭', 'B'],
  [2, '新規就農者支援事業', '新規就農者数 3人', '新規就農者数 5人', '新規就農者数 5人', 'A'],
  [note],
];
const read = (note: string) => {
  const { report } = checkWorkbook({ sheets: [snap('事業評価', rows(note))] }, {});
  return { read: report.indicators.map((i) => [i.name, i.target, i.grade]), guesses: report.indicators.flatMap((i) => i.guesses.map((g) => g.reason)) };
};

test('with the note naming last year, 前年度以上 is that year’s actual, a guess naming both cells', () => {
  expect(read('※目標欄の「前年度以上」は、令和4年度実績の数値以上を目標とする。')).toEqual({
    read: [
      ['有害鳥獣捕獲事業', 412, 'B'],
      ['新規就農者支援事業', 5, 'A'],
    ],
    guesses: ['target-from-last-year'],
  });
});

test('a note naming another year than the last leaves 前年度以上 with no number', () => {
  expect(read('※目標欄の「前年度以上」は、令和3年度実績の数値以上を目標とする。').read[0]).toEqual(['有害鳥獣捕獲事業', null, null]);
});
