import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { metaLine, oneCellLine, pairedLines, statedValuePeriod } from './metaLines';
import { CellIndex } from './cells';
import { Grid } from './grid';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

/** One indicator per sheet: its name, unit and the evaluation year as lines above 年度 | 目標値 | 実績値 rows. */
function yearsSheet(lines: (string | null)[][]) {
  return snap('指標1', [
    ...lines,
    [null],
    ['年度', '目標値', '実績値', '達成率', '備考'],
    ['令和3年度', 1100, 810, '73.6%'],
    ['令和4年度', 1200, 1010, '84.2%'],
    ['令和5年度', 1300, 1105, '85.0%'],
    ['令和6年度', 1350, null],
  ]);
}

test('a 「label：value」 cell is a line; a heading with a period or a number before the colon is not', () => {
  expect(oneCellLine('評価年度：令和5年度', 'A3')).toMatchObject({ label: '評価年度', value: '令和5年度', cell: 'A3' });
  expect(oneCellLine('指標名: 観光入込客数', 'A1')).toMatchObject({ label: '指標名', value: '観光入込客数', role: 'name' });
  expect(oneCellLine('令和5年度：実績', 'A1')).toBeNull();
  expect(oneCellLine('基本目標1：安定した雇用', 'A1')).toBeNull();
  expect(oneCellLine('観光入込客数', 'A1')).toBeNull();
});

test('指標名：… / 単位：… / 評価年度：… lines above years as rows: one indicator with that name and unit, the year the stated period', () => {
  const s = yearsSheet([['指標名：観光入込客数'], ['単位：千人'], ['評価年度：令和5年度']]);
  const { meta, indicators } = detectSheet(s, scale);
  expect(meta.statedPeriod).toMatchObject({ cell: 'A3', text: '評価年度：令和5年度', period: { fiscalYear: 2023 } });
  expect(indicators.map((i) => [i.name, i.nameCell, i.unit, i.unitCell, i.guesses ?? []])).toEqual([['観光入込客数', 'A1', '千人', 'A2', []]]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([['観光入込客数', 1300, 1105]]);
  expect(report.findings.filter((f) => f.code === 'reading-uncertain')).toEqual([]);
});

test('the same lines as label | value pairs in two cells', () => {
  const s = yearsSheet([
    ['指標名', '外国人宿泊者数'],
    ['単位', '人'],
    ['評価年度', '令和5年度'],
  ]);
  const grid = new Grid(s);
  expect(metaLine(grid, new CellIndex(grid), 3)).toMatchObject({ label: '評価年度', value: '令和5年度', cell: 'B3' });
  const { meta, indicators } = detectSheet(s, scale);
  expect(meta.statedPeriod).toMatchObject({ cell: 'B3', period: { fiscalYear: 2023 } });
  expect(indicators.map((i) => [i.name, i.unit])).toEqual([['外国人宿泊者数', '人']]);
});

test('a label closed by a colon with its value in the next cell (評価年度： | 令和5年度) states the period', () => {
  const s = yearsSheet([
    ['指標名', '外国人宿泊者数'],
    ['単位', '人'],
    [null, null, null, '評価年度：', '令和5年度'],
  ]);
  const { meta } = detectSheet(s, scale);
  expect(meta.statedPeriod).toMatchObject({ cell: 'E3', period: { fiscalYear: 2023 } });
});

test('a card line of two label | value pairs (指標番号 | 01 | 指標名 | …, 単位 | … | 目指す方向 | ↓) is two lines', () => {
  const s = snap('指標01', [
    ['第3次環境基本計画　指標カルテ（令和5年度実績）'],
    [],
    ['指標番号', '01', '指標名', '温室効果ガス排出量（市域）'],
    ['基本目標', '1 脱炭素社会の実現'],
    ['単位', '千t-CO2', '目指す方向', '↓（減らす）'],
    ['指標の定義', '市域から排出される温室効果ガスの総量'],
    [],
    ['年度', '目標値', '実績値', '達成率', '備考'],
    ['2022（令和4）年度', 1120, 1131, 0.9903],
    ['2023（令和5）年度', 1090, 1104, 0.9873],
    ['2024（令和6）年度', 1060, null],
  ]);
  const grid = new Grid(s);
  expect(pairedLines(grid, new CellIndex(grid), 3).map((l) => [l.label, l.value, l.role, l.cell])).toEqual([
    ['指標番号', '01', 'id', 'B3'],
    ['指標名', '温室効果ガス排出量（市域）', 'name', 'D3'],
  ]);
  expect(pairedLines(grid, new CellIndex(grid), 8)).toEqual([]);
  const { report } = checkWorkbook({ sheets: [s] }, {});
  expect(report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.direction])).toEqual([
    ['温室効果ガス排出量（市域）', '千t-CO2', 1090, 1104, 'down'],
  ]);
});

test('a 評価年度 line alone above the rows is never the indicator: the title line above it names it', () => {
  const s = yearsSheet([['① 公民館利用者数（人）'], ['評価年度：令和5年度']]);
  const { indicators } = detectSheet(s, scale);
  expect(indicators.map((i) => [i.name, i.unit, i.id])).toEqual([['公民館利用者数', '人', '1']]);
});

test('a line in brackets (「（単位：t）」) is a line like any other; a bracket that closes inside is not stripped', () => {
  expect(oneCellLine('（単位：t）', 'A2')).toMatchObject({ label: '単位', value: 't', role: 'unit' });
  expect(oneCellLine('(単位: 件)', 'A2')).toMatchObject({ label: '単位', value: '件', role: 'unit' });
  expect(oneCellLine('（単位）ごみ排出量（t）', 'A2')).toBeNull();
  const s = yearsSheet([['ごみ最終処分量'], ['（単位：t）']]);
  expect(detectSheet(s, scale).indicators.map((i) => [i.name, i.unit, i.unitCell])).toEqual([['ごみ最終処分量', 't', 'A2']]);
});

// A 評価対象期間 line whose value is a range of years (the plan's term) states no one evaluation year: read as its first year,
// the R3 actuals were graded as the evaluation with no warning.
describe('a stated-period line holding a range of years', () => {
  test.each(['令和3年度～令和7年度', '令和３年度から７年度まで', 'R3～R7', '令和3年度 ～ 7年度', '2021年度-2025年度'])('「%s」 is no one year', (value) => {
    expect(statedValuePeriod(value)).toBeNull();
  });

  test('a range within one fiscal year states that year; a single year still does', () => {
    expect(statedValuePeriod('令和5年4月1日～令和6年3月31日')?.fiscalYear).toBe(2023);
    expect(statedValuePeriod('令和5年度（2023年度）')?.fiscalYear).toBe(2023);
  });

  const kpi = (line: (string | null)[]) =>
    snap('KPI', [
      ['総合戦略 KPI一覧'],
      line,
      ['指標名', '単位', '令和3年度実績', '令和4年度実績', '令和5年度実績', '目標値（令和7年度）'],
      ['相談件数', '件', 58, 45, 30, 60],
    ]);

  test.each([[['評価対象期間：令和3年度～令和7年度']], [['評価対象期間', '令和3年度～令和7年度']], [['対象期間：令和3年度～7年度']]])(
    '%j on its own line: no stated period, the latest actual graded with a period-inferred guess',
    (line) => {
      const s = kpi(line);
      expect(detectSheet(s, scale).meta.statedPeriod).toBeUndefined();
      const { report } = checkWorkbook({ sheets: [s] }, {});
      expect([report.period?.fiscalYear, report.period?.source]).toEqual([2023, 'latest-actual']);
      expect(report.indicators.map((i) => [i.actual, i.cells.actual])).toEqual([[30, 'E4']]);
      const guesses = report.findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'period-inferred');
      expect(guesses).toHaveLength(1);
    },
  );

  test('評価対象期間：令和5年4月1日～令和6年3月31日 on its own line states 令和5年度', () => {
    const s = kpi(['評価対象期間：令和5年4月1日～令和6年3月31日']);
    expect(detectSheet(s, scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
    expect(checkWorkbook({ sheets: [s] }, {}).report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  });

  test('a stated-period label with an English gloss (「評価年度 Fiscal Year：FY2023（令和5年度）」) states that year', () => {
    const s = kpi(['評価年度 Fiscal Year：FY2023（令和5年度）']);
    expect(detectSheet(s, scale).meta.statedPeriod).toMatchObject({ cell: 'A2', period: { fiscalYear: 2023 } });
    expect(oneCellLine('単位 Unit：千人', 'A1')).toMatchObject({ label: '単位 Unit', value: '千人' });
  });
});

describe('a stated-period line naming the plan year with its fiscal year', () => {
  test('「今回の評価対象：3年目（令和5年度）」 states 令和5年度; a plan year with no fiscal year states none', () => {
    const read = (text: string) => {
      const grid = new Grid(snap('S', [['施策の進捗'], [text], [null], ['指標', '単位']]));
      return detectSheet(grid['snap' as never], scale, grid).meta.statedPeriod?.period.fiscalYear;
    };
    expect(read('今回の評価対象：3年目（令和5年度）')).toBe(2023);
    expect(read('評価対象年度：第2年目 R4')).toBe(2022);
    expect(read('今回の評価対象：3年目')).toBeUndefined();
    expect(read('今回の対象者：令和5年度の新規参加者')).toBeUndefined();
  });

  test('statedValuePeriod takes the year after the plan year', () => {
    expect(statedValuePeriod('3年目（令和5年度）')?.fiscalYear).toBe(2023);
    expect(statedValuePeriod('3年目')).toBeNull();
  });
});

const FY = '[$-411]ggge"年度"';
// 評価対象年度 | 45017 and year headings as dates, all shown 「令和N年度」 by their format; 45017 = 2023-04-01.
const sheet = (fmt: string) => {
  const s = snap('KPI', [
    ['KPIの状況'],
    ['評価対象年度', 45017, null, null, '企画政策課'],
    [],
    ['KPI', '区分', 44652, 45017, 45383],
    ['新規就農者数', '目標', 8, 9, 9],
    [null, '実績', 9, 6, null],
  ]);
  const f = Array.from({ length: 6 }, () => Array<string | null>(5).fill(null));
  f[1][1] = fmt;
  for (const c of [2, 3, 4]) f[3][c] = fmt;
  return { ...s, numberFormats: f, merges: ['A5:A6'] };
};

test('a date shown as a fiscal year beside 評価対象年度 states the period; its year headings are those fiscal years', () => {
  const { report } = checkWorkbook({ sheets: [sheet(FY)] }, {});
  expect(report.period).toMatchObject({ fiscalYear: 2023, source: 'sheet' });
  expect(report.indicators.map((i) => [i.actual, i.target, i.actualPeriod])).toEqual([[6, 9, '令和5年度']]);
});

test('a date shown as a date states no fiscal year by itself', () => {
  const { report } = checkWorkbook({ sheets: [sheet('yyyy/m/d')] }, {});
  expect(report.period?.source).not.toBe('sheet');
});

test('a date that is another label’s value on the 評価対象年度 row (作成 | 令和6年7月) leaves the row one statement', () => {
  const at = (row: (string | null)[]) => detectSheet(yearsSheet([['施策評価シート'], row]), scale).meta.statedPeriod;
  expect(at(['評価対象年度', '令和5年度', null, '作成', '令和6年7月'])).toMatchObject({ cell: 'B2', period: { fiscalYear: 2023 } });
  // A second period with no label of its own, or under a heading that dates figures, is still a second period: no statement.
  expect(at(['評価対象年度', '令和5年度', '令和4年度'])).toBeUndefined();
  expect(at(['評価対象年度', '令和5年度', null, '実績', '令和4年度'])).toBeUndefined();
  // A line of its own in one cell (「作成：令和6年10月」) is no second period either.
  expect(at(['評価対象年度', '令和5年度', null, null, null, null, '作成：令和6年10月'])).toMatchObject({ cell: 'B2', period: { fiscalYear: 2023 } });
});

test('報告対象年度 | 令和６年度（計画4年目）: what the report covers is the stated period; 報告対象期間 | a plan’s term states none', () => {
  const covered = yearsSheet([
    ['指標名', '外国人宿泊者数'],
    ['単位', '人'],
    ['報告対象年度', '令和６年度（計画4年目）'],
  ]);
  expect(detectSheet(covered, scale).meta.statedPeriod).toMatchObject({ cell: 'B3', period: { fiscalYear: 2024 } });
  const term = yearsSheet([
    ['指標名', '外国人宿泊者数'],
    ['単位', '人'],
    ['報告対象期間', '令和３年度～令和７年度（５年間）'],
  ]);
  expect(detectSheet(term, scale).meta.statedPeriod).toBeUndefined();
});

test('報告対象期間 / 報告対象 / a part of a year under 報告対象年度 state no period: the period-unstated guess names the actual (rv70)', () => {
  const report = (label: string, value: string) =>
    snap('S', [['事業進捗報告'], [label, value], ['指標名', '目標値', '実績値', '評価'], ['相談件数', 140, 131, 'B']]);
  const probes: [string, string][] = [
    ['報告対象期間', '令和６年４月～令和６年９月'],
    ['報告対象期間', '令和６年４月１日～令和６年９月３０日'],
    ['報告対象年度', '令和６年度（９月末時点）'],
    ['報告対象', '令和６年９月末現在'],
    ['報告対象期間', '令和６年度上半期'],
    ['報告対象年度', '令和６年度上半期'],
  ];
  for (const [label, value] of probes) {
    const s = report(label, value);
    expect([label, value, detectSheet(s, scale).meta.statedPeriod]).toEqual([label, value, undefined]);
    const { report: r } = checkWorkbook({ sheets: [s] }, {});
    expect(r.findings.filter((f) => f.code === 'reading-uncertain').map((f) => f.params)).toEqual([
      expect.objectContaining({ reason: 'period-unstated', cells: ['C4'] }),
    ]);
  }
  // One whole fiscal year under 報告対象年度 states it.
  expect(detectSheet(report('報告対象年度', '令和６年度'), scale).meta.statedPeriod).toMatchObject({ cell: 'B2', period: { fiscalYear: 2024 } });
});

test('事業実施年度 | 令和５年度 (a 実績報告書, its list number in front): the year the project was done in is the stated period', () => {
  const report = (cells: string[]) => snap('S', [['農福連携推進事業　実績報告書'], cells, ['指標名', '目標値', '実績値'], ['相談件数', 140, 131]]);
  expect(detectSheet(report(['１', '事業実施年度', '令和５年度']), scale).meta.statedPeriod).toMatchObject({ cell: 'C2', period: { fiscalYear: 2023 } });
  expect(detectSheet(report(['実施年度：令和５年度']), scale).meta.statedPeriod).toMatchObject({ period: { fiscalYear: 2023 } });
  // Counter-examples: the project's term (a range) or a part of the year states none; nor does the year a project began.
  expect(detectSheet(report(['１', '事業実施年度', '令和３年度～令和７年度']), scale).meta.statedPeriod).toBeUndefined();
  expect(detectSheet(report(['１', '事業実施年度', '令和５年度（９月末時点）']), scale).meta.statedPeriod).toBeUndefined();
  expect(detectSheet(report(['１', '事業開始年度', '令和５年度']), scale).meta.statedPeriod).toBeUndefined();
  // Review rv78: an open-ended start (平成28年度～, …から, …以降) is since when the project runs, no year reported.
  for (const since of ['平成28年度～', '平成28年度から', '平成28年度以降'])
    expect(detectSheet(report(['１', '事業実施年度', since]), scale).meta.statedPeriod).toBeUndefined();
});

test('review rv79 item 3: only a mark right after the year closing the value is open-ended; a note about another year is no start', () => {
  const report = (cells: string[]) => snap('S', [['農福連携推進事業　実績報告書'], cells, ['指標名', '目標値', '実績値'], ['相談件数', 140, 131]]);
  const stated = (value: string) => detectSheet(report(['１', '事業実施年度', value]), scale).meta.statedPeriod;
  for (const whole of ['令和５年度（前年度より継続）', '令和５年度（令和３年度から継続）', '令和５年度（R3以降の事業）'])
    expect(stated(whole)).toMatchObject({ period: { fiscalYear: 2023 } });
  for (const since of ['平成28年度－', '平成28年度-', '平成28年度開始', '平成28年度（開始）', '平成28年度創設', '平成28年度～（継続中）', '平成28年度 から'])
    expect(stated(since)).toBeUndefined();
});
