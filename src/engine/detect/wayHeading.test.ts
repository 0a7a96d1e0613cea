import { detectSheet } from './index';
import { snap } from './testing';
import { isBareWayHeading, wayUnderHeading } from './wayHeading';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** A policy block stacked down a sheet: 単位 | … | 方向性 | mark above the year row. */
const stacked = (mark: string) =>
  snap('基本施策1-1', [
    ['成果指標', '中心市街地の空き店舗数'],
    ['単位', '店舗', '方向性', mark],
    ['年度', '令和3年度', '令和4年度', '令和5年度'],
    ['目標値', 24, 22, 20],
    ['実績値', 27, 26, 25],
  ]);

const stated = (mark: string) => detectSheet(stacked(mark), scale).indicators.map((i) => i.statedDirection?.value ?? null);

describe('a bare 方向性 heading', () => {
  test('only 方向性 itself, not 今後の方向性', () => {
    expect(isBareWayHeading('方 向 性')).toBe(true);
    expect(isBareWayHeading('今後の方向性')).toBe(false);
    expect(wayUnderHeading('今後の方向性', '↓')).toBeNull();
    expect(wayUnderHeading('方向性', '➘')).toBe('down');
    expect(wayUnderHeading('方向性', '拡充')).toBeNull();
  });

  test.each([
    ['↓', 'down'],
    ['➘', 'down'],
    ['↓減少', 'down'],
    ['低減', 'down'],
    ['↑', 'up'],
  ])('a block line 方向性 | %s states the direction %s', (mark, way) => {
    expect(stated(mark)).toEqual([way]);
  });

  test('a project future under 方向性 (拡充) states none', () => {
    expect(stated('拡充')).toEqual([null]);
  });
});

describe('a 方向性 column of a table', () => {
  const table = (marks: string[]) =>
    snap('指標一覧', [
      ['指標名', '単位', '方向性', '目標値', '実績値'],
      ['公害苦情件数', '件', marks[0], 35, 30],
      ['リサイクル率', '％', marks[1], 25, 21.4],
    ]);
  const read = (marks: string[]) => detectSheet(table(marks), scale).indicators.map((i) => [i.statedDirection?.value ?? null, i.futureDirection?.text ?? null]);

  test('arrows are each indicator stated direction', () => {
    expect(read(['↓', '↑'])).toEqual([
      ['down', null],
      ['up', null],
    ]);
  });

  test("words of a project's future stay its future direction", () => {
    expect(read(['拡充', '継続'])).toEqual([
      [null, '拡充'],
      [null, '継続'],
    ]);
  });
});
