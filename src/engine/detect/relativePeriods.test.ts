import { checkWorkbook } from '../actions/check';
import { detectWorkbook } from './index';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

const table = (title: (string | number)[][]) =>
  snap('調書', [
    ...title,
    ['事業名', '指標名', '単位', '前年度実績', '今年度目標', '今年度実績'],
    ['健康づくり事業', '教室参加者数', '人', 1320, 1500, 1410],
    ['食育推進事業', '講座参加者数', '人', 410, 400, 455],
  ]);

describe('columns headed 前年度 / 今年度 with no year', () => {
  test("the sheet's own period makes them years: 今年度 is that period, 前年度 the one before", () => {
    const s = table([['令和5年度 事務事業評価調書'], []]);
    const [d] = detectWorkbook([s], scale);
    const ind = d.indicators[0];
    expect(ind.targets.map((t) => [t.cell, t.period?.fiscalYear])).toEqual([['E4', 2023]]);
    expect(ind.actuals.map((a) => [a.cell, a.period?.fiscalYear])).toEqual([
      ['D4', 2022],
      ['F4', 2023],
    ]);
    expect(ind.guesses ?? []).toEqual([]);
    const report = checkWorkbook({ sheets: [s] }, {}).report;
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
      ['教室参加者数', 1500, 1410],
      ['講座参加者数', 400, 455],
    ]);
  });

  test('a period on a line of its own under the title (（令和５年度）) is the sheet’s period', () => {
    const s = table([['事務事業評価調書'], ['（令和５年度）']]);
    const [d] = detectWorkbook([s], scale);
    expect(d.meta.titlePeriod?.fiscalYear).toBe(2023);
    expect(d.indicators[0].actuals.map((a) => a.period?.fiscalYear)).toEqual([2022, 2023]);
    expect(checkWorkbook({ sheets: [s] }, {}).report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
  });

  test('with the period only on another sheet (a cover), that period is used', () => {
    const cover = snap('表紙', [['令和6年度 行政評価調書']]);
    const s = table([]);
    const [, d] = detectWorkbook([cover, s], scale);
    expect(d.indicators[0].actuals.map((a) => a.period?.fiscalYear)).toEqual([2023, 2024]);
  });

  test('with no period anywhere, 今年度 is read undated as the period, 前年度 is left out, and the reading is a guess naming the cells', () => {
    const s = table([]);
    const [d] = detectWorkbook([s], scale);
    const ind = d.indicators[0];
    expect(ind.actuals.map((a) => [a.cell, a.period])).toEqual([['F2', undefined]]);
    expect(ind.guesses).toEqual([{ reason: 'period-inferred', cells: ['F2', 'E2', 'D2'] }]);
    const report = checkWorkbook({ sheets: [s] }, {}).report;
    expect(report.indicators[0].actual).toBe(1410);
    expect(report.findings.some((f) => f.code === 'reading-uncertain' && f.cell === 'F2')).toBe(true);
  });

  test('a relative period over 目標 | 実績 sub-columns (前年度 | 今年度 headings of a two-row header)', () => {
    const s = snap(
      '調書',
      [['令和5年度 評価調書'], [], ['指標名', '単位', '前年度', '今年度', ''], ['', '', '実績', '目標', '実績'], ['教室参加者数', '人', 1320, 1500, 1410]],
      { merges: ['A3:A4', 'B3:B4', 'D3:E3'] },
    );
    const [d] = detectWorkbook([s], scale);
    const ind = d.indicators[0];
    expect(ind.actuals.map((a) => [a.cell, a.period?.fiscalYear])).toEqual([
      ['C5', 2022],
      ['E5', 2023],
    ]);
    expect(ind.targets.map((a) => [a.cell, a.period?.fiscalYear])).toEqual([['D5', 2023]]);
    expect(checkWorkbook({ sheets: [s] }, {}).report.indicators.map((i) => [i.target, i.actual])).toEqual([[1500, 1410]]);
  });

  test('a 前年度実績 column beside dated R5 columns, with no period on the sheet: left out, nothing guessed', () => {
    const s = snap('調書', [
      ['指標名', '単位', '前年度実績', 'R5目標', 'R5実績'],
      ['教室参加者数', '人', 1320, 1500, 1410],
    ]);
    const [d] = detectWorkbook([s], scale);
    expect(d.indicators[0].actuals.map((a) => [a.cell, a.period?.fiscalYear])).toEqual([['E2', 2023]]);
    expect(d.indicators[0].guesses ?? []).toEqual([]);
  });
});
