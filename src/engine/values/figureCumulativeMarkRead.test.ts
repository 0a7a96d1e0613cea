/**
 * A target marked as a total over years in kanji (「60（三年間累計）」) is read against the table's 累計 column, as 「60（3か年累計）」
 * is; one naming a start month (「60（R3.4月からの累計）」) is no within-year 累計: the single year is flagged (review rv77).
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

type Row = (string | number | null)[];
const read = (target: string, years: number[]) => {
  const total = years.reduce((a, b) => a + b, 0);
  const rows: Row[] = [
    ['令和５年度　施策評価シート'],
    ['指標', '単位', '目標', '令和3年度', '令和4年度', '令和5年度', '累計'],
    ['通いの場の新規立ち上げ数', 'か所', target, ...years, total],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] });
  return { inds: report.indicators.map((i) => [i.actual, i.grade]), findings: report.findings.map((f) => `${f.code}:${f.cell}`) };
};

test.each([
  ['60（三年間累計）', [18, 21, 19], [58, 'B']],
  ['1,500（五年間累計）', [320, 290, 310], [920, 'C']],
])('%s is read against the 累計 column', (target, years, expected) => {
  expect(read(target, years).inds).toEqual([expected]);
});

test.each(['60（R3.4月からの累計）', '60（R3年4月～R6年3月累計）'])('%s: the single year is flagged, never silent', (target) => {
  expect(read(target, [18, 21, 19]).findings).toContain('reading-uncertain:C3');
});

/** A single-year table on a 令和5年度 sheet: 令和4年度実績 | 令和5年度目標 | 令和5年度実績 (review rv79 item 8). */
const singleYear = (target: string) => {
  const rows: Row[] = [
    ['令和５年度　施策評価シート'],
    ['指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績'],
    ['子育て相談の受付件数', '件', 1080, target, 1150],
  ];
  const { report } = checkWorkbook({ sheets: [snap('S', rows)] });
  return report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.cell);
};

test.each(['1,200（4月からの累計）', '1,200（4月から3月までの累計）', '1,200（R5.4月からの累計）', '1,200（2023年4月～2024年3月累計）'])(
  '%s on a 令和5年度 sheet is the year’s own running total: no cumulative-single-year flag',
  (target) => {
    expect(singleYear(target)).toEqual([]);
  },
);

test('「R3.4月からの累計」 on a 令和5年度 sheet runs over years: still flagged (session 54)', () => {
  expect(singleYear('1,200（R3.4月からの累計）')).toContain('D3');
});
