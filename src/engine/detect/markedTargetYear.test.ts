/**
 * A target marked 累計 in its own cell under a heading dating it alone (目標値（令和4年度） | 「300（累計）」) beside an undated
 * 単年度 | 累計（R2～R4） pair under 実績値 is set against the 累計; a 単年度 target heading or a run ending in another year keeps the
 * single year.
 */
import { detectSheet } from './index';
import { markedTargetYear, twinOverRun } from './markedTargetYear';
import { snap } from './testing';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

const sheet = (targetHeading: string, total = '累計（R2～R4）', target = '300（累計）') =>
  snap(
    '進捗',
    [
      ['奨学金施策の進捗状況（令和４年度）'],
      [],
      ['指標名', '単位', targetHeading, '実績値', ''],
      ['', '', '', '単年度', total],
      ['奨学金返還支援補助の新規認定者数', '人', '40（単年度）', 37, 101],
      ['育英奨学金の延べ貸与者数', '人', target, 45, 312],
    ],
    { merges: ['A3:A4', 'B3:B4', 'C3:C4', 'D3:E3'] },
  );

const actuals = (targetHeading: string, total?: string, target?: string) =>
  detectSheet(sheet(targetHeading, total, target), scale).indicators.map((i) =>
    i.actuals.filter((a) => a.parsed.status === 'value').map((a) => a.parsed.value),
  );

test("the marked row reads the 累計 to the target's year; the 単年度 row keeps its year", () => {
  expect(actuals('目標値（令和4年度）')).toEqual([[37], [312]]);
});

test('a target heading naming the single year (単年度目標) keeps the single year', () => {
  expect(actuals('単年度目標（令和4年度）')).toEqual([[37], [45]]);
});

test("a total whose run ends in another year (累計（R2～R3）) is no total to the target's year", () => {
  expect(actuals('目標値（令和4年度）', '累計（R2～R3）')).toEqual([[37], [45]]);
});

test('a target with no 累計 mark keeps the single year', () => {
  expect(actuals('目標値（令和4年度）', '累計（R2～R4）', '300')).toEqual([[37], [45]]);
});

test("twinOverRun: the run must end in the year, and the rest of the heading be the actual's", () => {
  expect(twinOverRun('実績値 単年度', '実績値 累計（R2～R4）', 2022)).toBe(true);
  expect(twinOverRun('実績値 単年度', '実績値 累計（R2～R4）', 2023)).toBe(false);
  expect(twinOverRun('実績値 単年度', '見込値 累計（R2～R4）', 2022)).toBe(false);
});

test('markedTargetYear: none without a marked target', () => {
  expect(markedTargetYear(null as never, [], null)).toBeNull();
});
