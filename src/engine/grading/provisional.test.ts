/**
 * Figures that are not final (見込み, 速報値, 約, 以上) are graded with the grade marked provisional, never
 * silently final; a percentage reads the same stored as a fraction under a % format or as a number in ％;
 * several measures in one cell pair by label, and by order only with a reading-uncertain finding.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import type { CellValue } from '../model/port';
import type { IndicatorReport, Report } from '../model/report';
import { summaryCells } from '../sheets/summary';

function check(rows: CellValue[][], numberFormats?: (string | null)[][]): Report {
  const sheet = snap('成果指標', [['評価対象期間：令和５年度'], ['指標名', '単位', '目標値', '実績値'], ...rows]);
  if (numberFormats) sheet.numberFormats = [[null], [null, null, null, null], ...numberFormats];
  return checkWorkbook({ sheets: [sheet] }).report;
}

const find = (r: Report, name: string): IndicatorReport => {
  const i = r.indicators.find((x) => x.name === name);
  if (!i) throw new Error(`${name} not reported: ${r.indicators.map((x) => x.name).join(', ')}`);
  return i;
};
const findingsOf = (r: Report, code: string) => r.findings.filter((f) => f.code === code);

describe('an actual that is not a final figure', () => {
  const report = check([
    ['相談件数', '件', 100, '90（見込み）'],
    ['参加者数', '人', 50, '約45'],
    ['研修回数', '回', 10, '1,831（速報値）'],
    ['事業所数', '社', 10, 12],
  ]);

  test('is read as its number with its status, graded, the grade marked provisional', () => {
    expect(find(report, '相談件数')).toMatchObject({ actual: 90, actualStatus: 'provisional', attainment: 0.9, grade: 'B', gradeProvisional: true });
    expect(find(report, '参加者数')).toMatchObject({ actual: 45, actualStatus: 'approximate', grade: 'B', gradeProvisional: true });
    expect(find(report, '研修回数')).toMatchObject({ actual: 1831, actualStatus: 'provisional', grade: 'A', gradeProvisional: true });
  });

  test('a final figure is not marked', () => {
    const final = find(report, '事業所数');
    expect(final).toMatchObject({ actual: 12, actualStatus: 'value', grade: 'A' });
    expect(final.gradeProvisional).toBeUndefined();
  });

  test('gives one warning actual-provisional per such actual, naming its cell, value and grade', () => {
    const found = findingsOf(report, 'actual-provisional');
    expect(found.map((f) => [f.indicator, f.cell, f.severity])).toEqual([
      ['相談件数', 'D3', 'warning'],
      ['参加者数', 'D4', 'warning'],
      ['研修回数', 'D5', 'warning'],
    ]);
    expect(found[0].params).toEqual({ qualifier: 'provisional', value: '90（見込み）', cell: 'D3', grade: 'B' });
    expect(found[0].message).toContain('暫定');
    expect(found[1].params).toMatchObject({ qualifier: 'approximate', value: '約45' });
  });

  test('the summary sheet shows the grade as 暫定 and the figure with its word, still a number', () => {
    const cells = summaryCells(find(report, '相談件数'), null, 1);
    expect(cells[10].value).toBe('B（暫定）');
    expect(cells[8]).toMatchObject({ value: 90, numberFormat: '#,##0"（暫定値）"' });
    expect(summaryCells(find(report, '参加者数'), null, 1)[8].numberFormat).toBe('#,##0"（概数）"');
    const final = summaryCells(find(report, '事業所数'), null, 0);
    expect(final[10].value).toBe('A');
    expect(final[8]).toMatchObject({ value: 12, numberFormat: '#,##0' });
  });

  test('without a target it is still not final, and no grade is called provisional', () => {
    const r = check([['相談件数', '件', null, '90（見込み）']]);
    expect(find(r, '相談件数')).toMatchObject({ actual: 90, actualStatus: 'provisional', grade: null });
    expect(find(r, '相談件数').gradeProvisional).toBeUndefined();
    expect(findingsOf(r, 'actual-provisional')[0].params).toMatchObject({ grade: null });
  });
});

test('a percentage stored as a fraction under a % format and one written as a number in ％ give the same attainment', () => {
  const r = check(
    [
      ['満足度（実績が小数）', '%', 80, 0.74],
      ['満足度（目標が小数）', null, 0.8, '74％'],
      ['満足度（数値）', '％', 80, 74],
      ['満足度（文字）', null, '80％', '74％'],
    ],
    [
      [null, null, null, '0.0%'],
      [null, null, '0%', null],
      [null, null, null, null],
      [null, null, null, null],
    ],
  );
  const got = ['満足度（実績が小数）', '満足度（目標が小数）', '満足度（数値）', '満足度（文字）'].map((n) => find(r, n));
  for (const i of got) {
    expect(i.attainment).toBeCloseTo(0.925, 12);
    expect(i).toMatchObject({ target: 80, actual: 74, grade: 'B' });
  }
});

describe('several measures in one cell', () => {
  test('labelled ①② are paired by label; the lowest attainment counts', () => {
    const r = check([['講座参加者数', '人', '①勉強会:30人 ②見学会:18人', '①見学会:9人 ②勉強会:30人']]);
    const i = find(r, '講座参加者数');
    expect(i.measures?.map((m) => [m.label, m.target, m.actual])).toEqual([
      ['勉強会', 30, 30],
      ['見学会', 18, 9],
    ]);
    expect(i).toMatchObject({ attainment: 0.5, grade: 'D' });
    expect(findingsOf(r, 'reading-uncertain')).toEqual([]);
  });

  test('paired by order when their labels differ, with a reading-uncertain finding naming both cells', () => {
    const r = check([['講座参加者数', '人', '勉強会:30人 見学会:18人', '①24人 ②11人']]);
    const i = find(r, '講座参加者数');
    expect(i.measures?.map((m) => [m.target, m.actual])).toEqual([
      [30, 24],
      [18, 11],
    ]);
    expect(i.grade).toBe('C');
    const guess = findingsOf(r, 'reading-uncertain');
    expect(guess.map((f) => [f.cell, f.params])).toEqual([['D3', { variant: 'guess', reason: 'measures-by-order', cells: ['D3', 'C3'], period: null }]]);
    expect(i.guesses).toContainEqual({ reason: 'measures-by-order', cells: ['D3', 'C3'] });
  });

  test('measures of an actual that is not final: graded, provisional, each figure shown with its word', () => {
    const r = check([['講座参加者数', '人', '①勉強会:30人 ②見学会:18人', '①勉強会:30人 ②見学会:18人（見込み）']]);
    const i = find(r, '講座参加者数');
    expect(i).toMatchObject({ actualStatus: 'provisional', grade: 'A', gradeProvisional: true });
    expect(summaryCells(i, null, 1)[8].value).toBe('勉強会 30（暫定値） / 見学会 18（暫定値）');
  });
});
