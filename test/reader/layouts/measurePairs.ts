/**
 * A policy table whose cells each hold two measures under a heading naming both in that order: 「R5 実績／目標」 over
 * 「52,300／60,000」, 「目標/実績」 over 「60,000/52,300」, or 「実績（目標）」 over 「52,300（60,000）」, one such column per year,
 * then a 達成率 column (derived) and 備考. Statuses (集計中, －, 未実施) and provisional notes stand in the cell's actual part.
 */
import { Grid, type Put } from '../grid';
import { figureCell, formatNumber, periodLabel, statedPeriod } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { expectedOf, type BuiltWorkbook, type LayoutOptions, type Series } from '../model';
import type { Rng } from '../prng';

type Order = 'actual-target' | 'target-actual' | 'bracket';

const HEADING: Record<Order, string> = { 'actual-target': '実績／目標', 'target-actual': '目標/実績', bracket: '実績（目標）' };

/** The cell's text: the two figures in the heading's order; an actual left blank leaves its part empty. */
function pairCell(s: Series, k: number, order: Order): Put {
  const f = figureCell(s.actuals[k], s.decimals, s.unit, 'comma');
  const actual = f === null ? '' : typeof f === 'number' ? formatNumber(f, s.decimals) : String(f);
  const target = formatNumber(s.targets[k]!, s.decimals);
  if (order === 'bracket') return actual ? `${actual}（${target}）` : null;
  return order === 'actual-target' ? `${actual}／${target}` : `${target}/${actual}`;
}

export function measurePairTable(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const years = yearsFrom(2021, 3);
  const series = makeSeries(r, { count: o.count ?? 6, years, lastActual: 2, provisional: o.provisional, statuses: true });
  const order = r.pick<Order>(['actual-target', 'target-actual', 'bracket']);
  const sheet = r.pick(['施策2-1', '成果指標']);
  const style = o.periods ?? 'R';
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  g.set(0, 0, `施策評価調書${o.stated ? `（評価対象：${statedPeriod(years[2])}）` : ''}`);
  g.row(2, 0, ['No.', '成果指標', '単位', ...years.map((y) => `${periodLabel(y, style)} ${HEADING[order]}`), '達成率', '備考']);
  series.forEach((s, i) => g.row(3 + i, 0, [i + 1, s.name, s.unit, ...years.map((_, k) => pairCell(s, k, order)), null, '']));
  const expected = series.map((s) => expectedOf(s, sheet, 2));
  return { grids: [g], expected: { file: '', fiscalYear: years[2], indicators: expected, groups: [], guesses: o.stated ? [] : ['period'] } };
}
