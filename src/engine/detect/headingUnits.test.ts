import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

const read = (s: ReturnType<typeof snap>) => checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.unit ?? null, i.target, i.actual]);

describe('a unit in the value columns’ headings', () => {
  test('計画値（人）/ 実績値（人） under a merged 令和5年度 band give every row the unit 人', () => {
    const s = snap(
      '事業',
      [
        ['No.', '事業名', '令和5年度', null],
        [null, null, '計画値（人）', '実績値（人）'],
        ['1', '健康診査', 100, 90],
        ['2', '介護予防教室', 1200, 650],
      ],
      { merges: ['C1:D1', 'A1:A2', 'B1:B2'] },
    );
    expect(read(s)).toEqual([
      ['健康診査', '人', 100, 90],
      ['介護予防教室', '人', 1200, 650],
    ]);
  });

  test('headings that write two units say none, and a 単位 column wins', () => {
    const two = snap('事業', [
      ['事業名', '目標値（人）', '実績値（件）'],
      ['健康診査', 100, 90],
    ]);
    expect(read(two)[0][1]).toBeNull();
    const withColumn = snap('事業', [
      ['事業名', '単位', '目標値（人）', '実績値（人）'],
      ['健康診査', '件', 100, 90],
    ]);
    expect(read(withColumn)[0][1]).toBe('件');
  });
});

describe('value headings that write different units', () => {
  const grade = (s: ReturnType<typeof snap>) =>
    checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.name, i.unit ?? null, i.target, i.actual, i.grade ?? null]);

  test('目標値（千人） beside 実績値（人）: the actual converts into the target’s unit, which is the row’s', () => {
    const s = snap('観光', [
      ['令和5年度 数値目標の進捗'],
      ['数値目標', '目標値（万人）', '実績値（人）'],
      ['観光入込客数', 120, 90000],
      ['宿泊客数', 30, 310000],
    ]);
    expect(grade(s)).toEqual([
      ['観光入込客数', '万人', 120, 9, expect.any(String)],
      ['宿泊客数', '万人', 30, 31, 'A'],
    ]);
    expect(grade(s)[0][4]).not.toBe('A');
  });
});

test('a money figure’s basis before the unit in the heading’s bracket (「目標（月額・円）」) leaves the unit 円; a bracket of two units none', () => {
  const s = (target: string, actual: string) => snap('工賃', [['令和４年度　工賃実績'], ['事業所名', target, actual], ['ワークハウスひまわり', 18000, 18420]]);
  expect(read(s('目標（月額・円）', '実績（月額・円）'))).toEqual([['ワークハウスひまわり', '円', 18000, 18420]]);
  // Counter-example: two units side by side in the bracket say neither.
  expect(read(s('目標（人・円）', '実績（人・円）'))[0][1]).toBeNull();
});
