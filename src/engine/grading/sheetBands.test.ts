import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { DEFAULT_RULES } from './rules';
import { bandEntries, readSheetBands } from './sheetBands';

const AD = DEFAULT_RULES.scale;
const cells = (...texts: string[]): [string, string][] => texts.map((t, i) => [`A${i + 20}`, t]);
const mins = (texts: string[]) => {
  const b = readSheetBands(cells(...texts), AD);
  return b ? Object.fromEntries(b.mins) : null;
};

describe('bandEntries and readSheetBands: the bands a sheet states for its grades', () => {
  test('one cell or one entry a cell, with words between the grade and its bound', () => {
    expect(bandEntries('【評価基準】A：100％以上　B：90％以上　C：70％以上　D：70％未満')).toEqual([
      ['A', 1, '以上'],
      ['B', 0.9, '以上'],
      ['C', 0.7, '以上'],
      ['D', 0.7, '未満'],
    ]);
    expect(mins(['評価基準　A：達成率90%以上', 'B：達成率70%以上90%未満', 'C：達成率50%以上', 'D：50%未満'])).toEqual({ A: 0.9, B: 0.7, C: 0.5, D: null });
    expect(mins(['A（100％以上）　B（85％以上）　C（60％以上）　D（それ以外）'])).toEqual({ A: 1, B: 0.85, C: 0.6, D: null });
  });

  test('a grade whose words are the target reached (「A：目標達成」「A：目標値以上」) states 100 ％', () => {
    expect(mins(['評価基準　A：目標達成　B：達成率90％以上　C：達成率70％以上90％未満　D：達成率70％未満'])).toEqual({ A: 1, B: 0.9, C: 0.7, D: null });
    expect(mins(['A：目標値以上　B：90％以上　C：70％以上　D：70％未満'])).toEqual({ A: 1, B: 0.9, C: 0.7, D: null });
    expect(mins(['A：目標達成率120％以上　B：90％以上　C：70％以上　D：70％未満'])).toEqual({ A: 1.2, B: 0.9, C: 0.7, D: null });
  });

  test('no bands when they do not hold: the bands in force restated, a grade missing, bounds rising, a grade given two bounds, marks', () => {
    expect(mins(['A：100％以上　B：80％以上　C：60％以上　D：60％未満'])).toBeNull();
    expect(mins(['A：100％以上　B：90％以上　D：70％未満'])).toBeNull();
    expect(mins(['A：70％以上　B：90％以上　C：100％以上'])).toBeNull();
    expect(mins(['A：100％以上　B：90％以上　C：70％以上', 'B：85％以上'])).toBeNull();
    expect(mins(['◎：100％以上　○：90％以上　△：70％以上　×：70％未満'])).toBeNull();
  });

  test('no bands when the legend grades another ratio (the base year, the year before), unless it names the attainment too', () => {
    expect(mins(['※評価は前年度比（今年度÷前年度）による　A：105％以上　B：95％以上　C：85％以上　D：85％未満'])).toBeNull();
    expect(mins(['判定（実績÷基準値）　A：120％以上　B：100％以上　C：80％以上　D：80％未満'])).toBeNull();
    expect(mins(['※評価は目標値に対する実績値の割合による。A：95％以上　B：80％以上　C：60％以上　D：60％未満（前年度比は参考）'])).toEqual({
      A: 0.95,
      B: 0.8,
      C: 0.6,
      D: null,
    });
    expect(mins(['A：110％以上　B：95％以上　C：80％以上　D：80％未満（前年度比は参考表示）'])).toEqual({ A: 1.1, B: 0.95, C: 0.8, D: null });
    expect(mins(['評価基準：前年度比　A：110％以上　B：100％以上　C：90％以上　D：90％未満'])).toBeNull();
    expect(mins(['達成率（実績÷目標）、参考に基準値比も併記　A：95％以上　B：75％以上　C：55％以上　D：55％未満'])).toEqual({
      A: 0.95,
      B: 0.75,
      C: 0.55,
      D: null,
    });
  });
});

/** A KPI table graded 95 % / 75 % / 55 % attainment, with the sheet's legend under it. */
const sheet = (legend: string) =>
  snap('KPI', [
    ['令和5年度 KPI評価'],
    [],
    ['指標名', '単位', '目標', '実績', '評価'],
    ['相談件数', '件', 100, 95, null],
    ['講座参加者数', '人', 200, 150, null],
    ['訪問件数', '件', 100, 55, null],
    [],
    [legend],
  ]);

describe('a sheet that states its own bands is graded by them', () => {
  const LEGEND = '【評価基準】A：90％以上　B：70％以上　C：50％以上　D：50％未満';

  test('graded by the sheet’s bands, with an info finding naming the legend', () => {
    const report = checkWorkbook({ sheets: [sheet(LEGEND)] }, {}).report;
    expect(report.indicators.map((i) => i.grade)).toEqual(['A', 'B', 'C']);
    const f = report.findings.find((x) => x.code === 'sheet-bands-used');
    expect(f).toMatchObject({ severity: 'info', sheet: 'KPI', cell: 'A8' });
    expect(f?.message).toContain('A：90%以上');
  });

  test('without a legend, or with the bands of --rules / 評価設定, the bands in force grade', () => {
    expect(checkWorkbook({ sheets: [sheet('備考')] }, {}).report.indicators.map((i) => i.grade)).toEqual(['B', 'C', 'D']);
    const scale = [{ grade: 'A', min: 0.95 }, { grade: 'B', min: 0.75 }, { grade: 'C', min: 0.55 }, { grade: 'D' }];
    const report = checkWorkbook({ sheets: [sheet(LEGEND)] }, { rules: { scale } }).report;
    expect(report.indicators.map((i) => i.grade)).toEqual(['A', 'B', 'C']);
    expect(
      checkWorkbook({ sheets: [sheet(LEGEND)] }, { rules: { scale: scale.map((b) => ({ ...b, min: b.min && b.min + 0.01 })) } }).report.indicators.map(
        (i) => i.grade,
      ),
    ).toEqual(['B', 'C', 'D']);
    expect(report.findings.map((x) => x.code)).not.toContain('sheet-bands-used');
  });

  test('bands on a sheet of their own (no indicators) grade the sheets that state none; two such sheets that differ state nothing', () => {
    const criteria = (legend: string, name = '評価基準') => snap(name, [['評価基準'], [legend]]);
    const report = checkWorkbook({ sheets: [criteria(LEGEND), sheet('備考')] }, {}).report;
    expect(report.indicators.map((i) => i.grade)).toEqual(['A', 'B', 'C']);
    expect(report.findings.find((x) => x.code === 'sheet-bands-used')).toMatchObject({ sheet: '評価基準', cell: 'A2' });
    const other = '【評価基準】A：95％以上　B：75％以上　C：55％以上　D：55％未満';
    const two = checkWorkbook({ sheets: [criteria(LEGEND), criteria(other, '評価基準2'), sheet('備考')] }, {}).report;
    expect(two.indicators.map((i) => i.grade)).toEqual(['B', 'C', 'D']);
  });

  test('a table of bands, one grade a row (評価 | 区分 | 達成率), states them too', () => {
    const table = snap('評価基準', [
      ['評価基準'],
      ['評価', '区分', '達成率'],
      ['A', '順調', '90％以上'],
      ['B', '概ね順調', '70％以上90％未満'],
      ['C', 'やや遅れている', '50％以上70％未満'],
      ['D', '遅れている', '50％未満'],
    ]);
    const report = checkWorkbook({ sheets: [table, sheet('備考')] }, {}).report;
    expect(report.indicators.map((i) => i.grade)).toEqual(['A', 'B', 'C']);
  });
});
