/** Layouts of several tables: targets and actuals on two sheets joined by id or name, 累計 rows and 達成率 columns, tables side by side. */
import { Grid } from '../grid';
import { figureCell, periodLabel, valueCell } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { expectedOf, type BuiltWorkbook, type LayoutOptions, type Series } from '../model';
import type { Rng } from '../prng';

/** A 目標値 sheet and a 実績値 sheet, the rows in another order, joined by the indicator's id or its name. */
export function splitSheets(r: Rng, o: LayoutOptions, given?: { series: Series[]; evalIndex: number }): BuiltWorkbook {
  const years = given?.series[0].years ?? yearsFrom(2021, 4);
  const evalIndex = given?.evalIndex ?? 2;
  const series = given?.series ?? makeSeries(r, { count: o.count ?? 6, years, lastActual: evalIndex });
  const style = o.periods ?? 'ad';
  const byId = o.joinBy !== 'name';
  const t = new Grid('目標値', 1, 1);
  t.set(0, 0, '指標の目標値');
  t.row(1, 0, ['ID', '指標名', '単位', ...years.map((y) => periodLabel(y, style))]);
  series.forEach((s, i) =>
    t.row(2 + i, 0, [`K-${s.id.padStart(2, '0')}`, s.name, s.unit, ...s.targets.map((v) => valueCell(v!, s.decimals, s.unit, 'number'))]),
  );
  const a = new Grid('実績値', (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  a.set(0, 0, '指標の実績値');
  a.row(1, 0, [byId ? 'ID' : '指標名', ...years.slice(0, evalIndex + 1).map((y) => periodLabel(y, style)), '備考']);
  r.shuffle(series).forEach((s, i) =>
    a.row(2 + i, 0, [
      byId ? `K-${s.id.padStart(2, '0')}` : s.name,
      ...s.actuals.slice(0, evalIndex + 1).map((f) => figureCell(f, s.decimals, s.unit, 'number')),
    ]),
  );
  const expected = series.map((s) => expectedOf(s, '目標値', evalIndex));
  return { grids: [t, a], expected: { file: '', fiscalYear: years[evalIndex], indicators: expected, groups: [], guesses: ['period'] } };
}

/** A KPI table with a 累計 column and a 達成率 column, and a 累計 row under each indicator: derived, never an indicator or an actual. */
export function cumulativeAndRates(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const years = yearsFrom(r.pick([2020, 2021]), 3);
  const series = makeSeries(r, { count: o.count ?? 4, years, lastActual: 2 });
  const sheet = r.pick(['KPI', '数値目標']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  const style = o.periods ?? 'reiwa';
  g.set(0, 0, '数値目標の達成状況');
  g.row(1, 0, ['指標', '単位', '区分', ...years.map((y) => periodLabel(y, style)), '累計', '達成率']);
  let row = 2;
  for (const s of series) {
    const values = s.actuals.map((f) => ('value' in f ? f.value : 0));
    const sum = (xs: number[]) => Number(xs.reduce((x, y) => x + y, 0).toFixed(s.decimals));
    const tSum = sum(s.targets.map((v) => v!));
    const aSum = sum(values);
    g.merge(row, 0, o.headerRows === 3 ? 3 : 2, 1, s.name).merge(row, 1, o.headerRows === 3 ? 3 : 2, 1, s.unit);
    g.row(row, 2, ['目標', ...s.targets.map((v) => valueCell(v!, s.decimals, s.unit, 'number')), tSum]);
    g.row(row + 1, 2, ['実績', ...s.actuals.map((f) => figureCell(f, s.decimals, s.unit, 'number')), aSum]);
    g.set(row + 1, 3 + years.length + 1, Math.round((aSum / tSum) * 1000) / 1000, { numFmt: '0.0%' });
    if (o.headerRows === 3) g.row(row + 2, 2, ['累計実績', ...values.map((_, k) => sum(values.slice(0, k + 1)))]);
    row += o.headerRows === 3 ? 3 : 2;
  }
  g.row(row, 0, [
    '合計',
    null,
    '実績',
    ...years.map((_, k) => series.reduce((x, s) => x + ('value' in s.actuals[k] ? (s.actuals[k] as { value: number }).value : 0), 0)),
  ]);
  const expected = series.map((s) => expectedOf(s, sheet, 2));
  return { grids: [g], expected: { file: '', fiscalYear: years[2], indicators: expected, groups: [], guesses: ['period'] } };
}

/** Two tables on one sheet side by side (sharing rows) or stacked down, each with its own title and 目標（R5）/実績（R5） headings. */
export function sideBySide(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const fy = r.pick([2023, 2024]);
  const years = yearsFrom(fy, 1);
  const series = makeSeries(r, { count: o.count ?? 8, years, lastActual: 0, percent: o.percent });
  const sheet = r.pick(['施策別指標', '指標まとめ']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  const style = o.periods ?? 'R';
  const half = Math.ceil(series.length / 2);
  const gap = r.int(1, 2);
  [series.slice(0, half), series.slice(half)].forEach((part, k) => {
    const left = o.stackedTables ? 0 : k * (5 + gap);
    const top = o.stackedTables ? k * (half + 2 + gap) : 0;
    g.set(top, left, `施策${k + 1}　${k ? '暮らしの安心' : '産業の振興'}`);
    g.row(top + 1, left, ['No.', '指標', '単位', `目標（${periodLabel(fy, style)}）`, `実績（${periodLabel(fy, style)}）`]);
    part.forEach((s, i) =>
      g.row(top + 2 + i, left, [
        i + 1,
        s.name,
        s.unit,
        valueCell(s.targets[0]!, s.decimals, s.unit, o.values ?? 'number'),
        figureCell(s.actuals[0], s.decimals, s.unit, o.values ?? 'number'),
      ]),
    );
  });
  const expected = series.map((s) => expectedOf(s, sheet, 0));
  return { grids: [g], expected: { file: '', fiscalYear: fy, indicators: expected, groups: [], guesses: [] } };
}
