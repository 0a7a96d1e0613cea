import { checkWorkbook } from '../actions/check';
import { detectSheet } from './index';
import { readLongHeader } from './longTable';
import { Grid } from './grid';
import { snap } from './testing';

const scale = [{ grade: 'A', label: '' }];

describe('long tables (a database export)', () => {
  const byKind = snap('データ', [
    ['指標名', '単位', '方向', '年度', '区分', '値'],
    ['相談件数', '件', '増加', 2022, '目標', 100],
    ['相談件数', '件', '増加', 2022, '実績', 90],
    ['ごみ排出量', 'g', '減少', 2022, '目標', 870],
    ['ごみ排出量', 'g', '減少', 2022, '実績', 880],
    ['相談件数', '件', '増加', 2023, '目標', 110],
    ['相談件数', '件', '増加', 2023, '実績', 120],
    ['ごみ排出量', 'g', '減少', 2023, '目標', 860],
    ['ごみ排出量', 'g', '減少', 2023, '実績', 850],
    ['相談件数', '件', '増加', 2024, '目標', 120],
  ]);

  test('one row per indicator, year and 区分: one indicator per name, each figure with its row’s year', () => {
    const { indicators } = detectSheet(byKind, scale);
    expect(indicators.map((i) => [i.name, i.nameCell, i.unit, i.statedDirection?.value])).toEqual([
      ['相談件数', 'A2', '件', 'up'],
      ['ごみ排出量', 'A4', 'g', 'down'],
    ]);
    const [a] = indicators;
    expect(a.targets.map((t) => [t.cell, t.period?.fiscalYear])).toEqual([
      ['F2', 2022],
      ['F6', 2023],
      ['F10', 2024],
    ]);
    expect(a.actuals.map((t) => [t.cell, t.period?.fiscalYear])).toEqual([
      ['F3', 2022],
      ['F7', 2023],
    ]);
  });

  test('the check takes the latest year with actuals, says it guessed it, and grades each indicator for it', () => {
    const { report } = checkWorkbook({ sheets: [byKind] }, {});
    expect(report.period?.fiscalYear).toBe(2023);
    expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.direction])).toEqual([
      ['相談件数', 110, 120, 'up'],
      ['ごみ排出量', 860, 850, 'down'],
    ]);
    expect(report.findings.some((f) => f.code === 'reading-uncertain')).toBe(true);
  });

  test('one row per indicator and year with 目標 | 実績 columns, years written 令和4年度', () => {
    const s = snap('推移', [
      ['指標ID', '指標名', '年度', '目標値', '実績値'],
      ['K1', '相談件数', '令和4年度', 100, 90],
      ['K1', '相談件数', '令和5年度', 110, 120],
      ['K2', '講座回数', '令和4年度', 10, 12],
      ['K2', '講座回数', '令和5年度', 12, 11],
    ]);
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => [i.id, i.name, i.actuals.map((p) => `${p.cell}:${p.period?.fiscalYear}`)])).toEqual([
      ['K1', '相談件数', ['E2:2022', 'E3:2023']],
      ['K2', '講座回数', ['E4:2022', 'E5:2023']],
    ]);
  });

  test('a table with a 年度 column where no indicator recurs is not long (the table reader keeps it)', () => {
    const s = snap('一覧', [
      ['指標名', '年度', '目標値', '実績値'],
      ['相談件数', 2023, 110, 120],
      ['講座回数', 2023, 12, 11],
    ]);
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => [i.name, i.actuals.map((p) => p.cell)])).toEqual([
      ['相談件数', ['D2']],
      ['講座回数', ['D3']],
    ]);
  });

  test('an export’s 施策名 beside its 指標名: the finest name column names the indicators, the coarser one groups them', () => {
    const s = snap('データ', [
      ['対象年度', '施策名', '指標名', '単位', '目標方向', '区分', '値'],
      [2022, '農業の振興', '区画利用率', '％', '上昇', '目標値', 88],
      [2022, '農業の振興', '新規就農者数', '人', '上昇', '目標値', 10],
      [2022, '商業の振興', '空き店舗数', '件', '低下', '目標値', 28],
      [2022, '農業の振興', '区画利用率', '％', '上昇', '実績値', 86],
      [2022, '農業の振興', '新規就農者数', '人', '上昇', '実績値', 11],
      [2022, '商業の振興', '空き店舗数', '件', '低下', '実績値', 30],
      [2023, '農業の振興', '区画利用率', '％', '上昇', '目標値', 90],
      [2023, '農業の振興', '新規就農者数', '人', '上昇', '目標値', 12],
      [2023, '商業の振興', '空き店舗数', '件', '低下', '目標値', 25],
    ]);
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => [i.name, i.nameCell, i.unit, i.statedDirection?.value, i.targets.length, i.actuals.length])).toEqual([
      ['区画利用率', 'C2', '%', 'up', 2, 1],
      ['新規就農者数', 'C3', '人', 'up', 2, 1],
      ['空き店舗数', 'C4', '件', 'down', 2, 1],
    ]);
  });

  test('with one indicator per policy the name columns tie: the rightmost (the finer of a hierarchy) names the indicator', () => {
    const s = snap('推移', [
      ['事業名', '指標名', '年度', '目標値', '実績値'],
      ['相談事業', '相談件数', 2022, 100, 90],
      ['相談事業', '相談件数', 2023, 110, 120],
      ['講座事業', '講座回数', 2022, 10, 12],
      ['講座事業', '講座回数', 2023, 12, 11],
    ]);
    const { indicators } = detectSheet(s, scale);
    expect(indicators.map((i) => [i.name, i.actuals.map((p) => `${p.cell}:${p.period?.fiscalYear}`)])).toEqual([
      ['相談件数', ['E2:2022', 'E3:2023']],
      ['講座回数', ['E4:2022', 'E5:2023']],
    ]);
  });

  test('a 評価 column: each year’s grade cell (the filled one of its 目標 and 実績 rows), the evaluation period’s is the indicator’s', () => {
    const s = snap('データ', [
      ['年度', '指標名', '区分', '値', '評価'],
      [2022, '相談件数', '目標', 100, null],
      [2022, '相談件数', '実績', 90, 'B'],
      [2023, '相談件数', '目標', 110, null],
      [2023, '相談件数', '実績', 120, 'A'],
      [2024, '相談件数', '目標', 120, null],
    ]);
    const [ind] = detectSheet(s, scale).indicators;
    expect(ind.gradeCells?.map((c) => [c.cell, c.period.fiscalYear])).toEqual([
      ['E3', 2022],
      ['E5', 2023],
      ['E6', 2024],
    ]);
    const { report } = checkWorkbook({ sheets: [s] }, { period: '2023' });
    expect(report.indicators.map((i) => [i.cells.grade, i.existingGrade, i.actual])).toEqual([['E5', 'A', 120]]);
  });

  test('a 区分 of 見込み / 速報値 is an actual not final: read provisional, and a year’s final 実績 takes its place', () => {
    const s = snap('データ', [
      ['指標名', '年度', '区分', '値'],
      ['相談件数', 2022, '目標値', 100],
      ['相談件数', 2022, '見込み', 95],
      ['相談件数', 2022, '実績値', 90],
      ['相談件数', 2023, '目標値', 110],
      ['相談件数', 2023, '速報値', 120],
    ]);
    const [ind] = detectSheet(s, scale).indicators;
    expect(ind.actuals.map((p) => [p.cell, p.period?.fiscalYear, p.parsed.status === 'value' ? (p.parsed.qualifier ?? 'final') : null])).toEqual([
      ['D4', 2022, 'final'],
      ['D6', 2023, 'provisional'],
    ]);
    const { report } = checkWorkbook({ sheets: [s] }, { period: '2023' });
    expect(report.indicators.map((i) => [i.actual, i.actualStatus])).toEqual([[120, 'provisional']]);
  });

  test('a header needs a name, a year and either 区分 + 値 or measure columns', () => {
    const grid = (row: string[]) => new Grid(snap('x', [row]));
    expect(readLongHeader(grid(['指標名', '年度', '区分', '値']), 1)).not.toBeNull();
    expect(readLongHeader(grid(['指標名', '年度（西暦）', '区分（目標/実績）', '値（人・件等）']), 1)).toMatchObject({ name: 1, year: 2, kind: 3, value: 4 });
    expect(readLongHeader(grid(['指標名', '年度', '値']), 1)).toBeNull();
    expect(readLongHeader(grid(['指標名', '区分', '値']), 1)).toBeNull();
    expect(readLongHeader(grid(['年度', '目標', '実績']), 1)).toBeNull();
  });
});

test('a long table’s 備考 that tells a circumstance (「定員縮小」) does not turn the indicator’s direction; one stating the aim does', () => {
  const sheet = (note: string) =>
    snap('データ', [
      ['指標名', '単位', '年度', '区分', '値', '備考'],
      ['教室参加者数', '人', 2022, '目標', 1200, ''],
      ['教室参加者数', '人', 2022, '実績', 1000, ''],
      ['教室参加者数', '人', 2023, '目標', 1200, ''],
      ['教室参加者数', '人', 2023, '実績', 650, note],
    ]);
  const direction = (note: string) =>
    checkWorkbook({ sheets: [sheet(note)] }, { file: 'x.xlsx', period: '2023', rules: undefined }).report.indicators[0].direction;
  expect(direction('感染症対策で定員縮小')).toBe('up');
  expect(direction('参加者数を減らすことを目指す')).toBe('down');
  // An aim at another quantity (the waiting list) says nothing of the participants' way (review rv40, nameMeasure.ts aimSpeaksOf).
  expect(direction('待機者を減らすことを目指す')).toBe('up');
});
