/** New layouts of one table: a measure over period sub-columns, a period over 目標/実績 sub-columns, years as rows. */
import { Grid } from '../grid';
import { figureCell, periodLabel, statedPeriod, valueCell } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { expectedOf, type BuiltWorkbook, type ExpectedIndicator, type LayoutOptions, type Series } from '../model';
import type { Rng } from '../prng';

function origin(name: string, o: LayoutOptions): Grid {
  return new Grid(name, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
}

/**
 * 実績値 spanning period sub-columns (Ｒ３ Ｒ４ Ｒ５ Ｒ６). With a stated period, that period's column;
 * without one, the latest period with actuals (never the first column). Targets: one final 目標値 column or per year.
 */
export function measureOverPeriods(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const years = yearsFrom(2021, 4);
  const fixed = o.stated || o.settingsPeriod;
  const lastActual = fixed ? (o.laterActuals || o.settingsPeriod ? 3 : 2) : r.pick([2, 3]);
  const evalIndex = fixed ? 2 : lastActual;
  const series = makeSeries(r, { count: o.count ?? 8, years, lastActual, provisional: o.provisional, down: o.down, percent: o.percent });
  const sheet = r.pick(['成果指標', '指標一覧', '施策指標']);
  const g = origin(sheet, o);
  const style = o.periods ?? 'Rfw';
  g.set(0, 0, o.stated ? `施策評価指標一覧（評価対象年度：${statedPeriod(years[evalIndex])}）` : '施策評価指標一覧');
  const three = o.headerRows === 3;
  const h = three ? 3 : 2;
  const dirCol = o.down ? 1 : 0;
  g.merge(h, 0, 2, 1, '指標名').merge(h, 1, 2, 1, '単位');
  if (o.down) g.merge(h, 2, 2, 1, '方向');
  let col = 2 + dirCol;
  const targetCol = col;
  if (o.perYearTargets) {
    g.merge(h, col, 1, 4, '目標値');
    years.forEach((y, k) => g.set(h + 1, col + k, periodLabel(y, style)));
    col += 4;
  } else {
    g.merge(h, col, 2, 1, `目標値\n（${periodLabel(2026, style)}）`);
    col += 1;
  }
  const actualCol = col;
  g.merge(h, col, 1, 4, three ? '実　績　値\n（各年度末現在）' : '実績値');
  if (three) g.merge(2, 0, 1, col + 4, '成果指標の状況');
  years.forEach((y, k) => g.set(h + 1, col + k, periodLabel(y, style)));
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const row = h + 2 + i;
    const unitInCell = o.values === 'unitText';
    g.row(row, 0, [s.name, unitInCell ? null : s.unit]);
    if (o.down) g.set(row, 2, s.direction === 'down' ? '減少' : '増加');
    const finalTarget = s.targets[3]! + (s.direction === 'down' ? -1 : 1) * (s.decimals ? 0.5 : 2);
    if (o.perYearTargets) s.targets.forEach((t, k) => g.set(row, targetCol + k, valueCell(t!, s.decimals, s.unit, o.values ?? 'number')));
    else g.set(row, targetCol, valueCell(finalTarget, s.decimals, s.unit, o.values ?? 'number'));
    s.actuals.forEach((f, k) => g.set(row, actualCol + k, figureCell(f, s.decimals, s.unit, o.values ?? 'number')));
    const x = expectedOf(s, sheet, evalIndex, o.perYearTargets ? s.targets[evalIndex] : finalTarget);
    if (!o.perYearTargets) x.targetSource = 'final';
    expected.push(x);
  });
  const grids = [g];
  if (o.settingsPeriod) grids.push(new Grid('評価設定').row(0, 0, ['項目', '値']).row(1, 0, ['評価対象期間', `令和${years[evalIndex] - 2018}年度`]));
  return { grids, expected: { file: '', fiscalYear: years[evalIndex], indicators: expected, groups: [], guesses: fixed ? [] : ['period'] } };
}

/** Periods as the outer heading (R4 | R5 | R6), each over 目標 / 実績 sub-columns. */
export function periodOverMeasures(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const years = yearsFrom(r.pick([2021, 2022]), 3);
  const series = makeSeries(r, { count: o.count ?? 6, years, lastActual: 2, provisional: o.provisional });
  const sheet = r.pick(['進捗管理', 'KPI進捗', '評価表']);
  const g = origin(sheet, o);
  const style = o.periods ?? 'reiwa';
  const h = 1;
  g.set(0, 0, '重点施策の進捗状況');
  g.merge(h, 0, 2, 1, 'No.').merge(h, 1, 2, 1, '指標');
  if (!o.unitInHeader) g.merge(h, 2, 2, 1, '単位');
  const first = o.unitInHeader ? 2 : 3;
  years.forEach((y, k) => {
    g.merge(h, first + k * 2, 1, 2, periodLabel(y, style));
    g.row(h + 1, first + k * 2, ['目標', '実績']);
  });
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const row = h + 2 + i;
    g.row(row, 0, [i + 1, o.unitInHeader ? `${s.name}（${s.unit}）` : s.name]);
    if (!o.unitInHeader) g.set(row, 2, s.unit);
    years.forEach((_, k) => {
      g.set(row, first + k * 2, valueCell(s.targets[k]!, s.decimals, s.unit, o.values ?? 'number'));
      g.set(row, first + k * 2 + 1, figureCell(s.actuals[k], s.decimals, s.unit, o.values ?? 'number'));
    });
    expected.push(expectedOf(s, sheet, 2));
  });
  return { grids: [g], expected: { file: '', fiscalYear: years[2], indicators: expected, groups: [], guesses: ['period'] } };
}

/** A KPI 推移 table: 年度 down the rows, each indicator a pair of columns (目標 / 実績), the unit in its heading. */
export function yearsAsRows(r: Rng, o: LayoutOptions, given?: { series: Series[]; evalIndex: number; sheet: string }): BuiltWorkbook {
  const years = given?.series[0].years ?? yearsFrom(r.pick([2019, 2020]), 5);
  const lastActual = given ? given.evalIndex : r.pick([3, 4]);
  const series = given?.series ?? makeSeries(r, { count: o.count ?? 4, years, lastActual });
  const sheet = given?.sheet ?? r.pick(['KPI推移', '指標の推移']);
  const g = origin(sheet, o);
  const style = o.periods ?? 'ad';
  const two = (o.headerRows ?? 2) >= 2;
  const h = 1;
  g.set(0, 0, 'KPIの推移');
  g.merge(h, 0, two ? 2 : 1, 1, '年度');
  series.forEach((s, i) => {
    const c = 1 + i * 2;
    if (two) {
      g.merge(h, c, 1, 2, `${s.name}（${s.unit}）`);
      g.row(h + 1, c, ['目標', '実績']);
    } else g.row(h, c, [`${s.name} 目標（${s.unit}）`, `${s.name} 実績（${s.unit}）`]);
  });
  const body = h + (two ? 2 : 1);
  years.forEach((y, k) => {
    g.set(body + k, 0, periodLabel(y, style));
    series.forEach((s, i) => {
      g.set(body + k, 1 + i * 2, valueCell(s.targets[k]!, s.decimals, s.unit, o.values ?? 'number'));
      g.set(body + k, 2 + i * 2, figureCell(s.actuals[k], s.decimals, s.unit, o.values ?? 'number'));
    });
  });
  const expected = series.map((s) => expectedOf(s, sheet, lastActual));
  return { grids: [g], expected: { file: '', fiscalYear: years[lastActual], indicators: expected, groups: [], guesses: ['period'] } };
}

/** The same indicators as a plain table with period columns per measure (the base of the transposition property). */
export function periodColumns(o: LayoutOptions, given: { series: Series[]; evalIndex: number; sheet: string }): BuiltWorkbook {
  const { series, evalIndex, sheet } = given;
  const years = series[0].years;
  const g = origin(sheet, o);
  const style = o.periods ?? 'ad';
  g.set(0, 0, 'KPIの推移');
  g.row(1, 0, ['指標', '単位', '区分', ...years.map((y) => periodLabel(y, style))]);
  series.forEach((s, i) => {
    const row = 2 + i * 2;
    g.merge(row, 0, 2, 1, s.name).merge(row, 1, 2, 1, s.unit);
    g.row(row, 2, ['目標', ...s.targets.map((t) => valueCell(t!, s.decimals, s.unit, 'number'))]);
    g.row(row + 1, 2, ['実績', ...s.actuals.map((f) => figureCell(f, s.decimals, s.unit, 'number'))]);
  });
  const expected = series.map((s) => expectedOf(s, sheet, evalIndex));
  return { grids: [g], expected: { file: '', fiscalYear: years[evalIndex], indicators: expected, groups: [], guesses: ['period'] } };
}
