/** Layouts that go down the sheet: label/value pairs per indicator, and one project per sheet with 活動指標 / 成果指標 rows. */
import { Grid, type Put } from '../grid';
import { figureCell, periodLabel, statedPeriod, valueCell } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { expectedOf, type BuiltWorkbook, type ExpectedIndicator, type LayoutOptions } from '../model';
import type { Rng } from '../prng';

/** 指標名 | …, 単位 | 人, 目標値 | 30, 実績値 | 25 (方向 | 減少 where lower is better), repeated down the sheet. */
export function labelValue(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const fy = r.pick([2023, 2024]);
  const years = yearsFrom(fy - 2, 3);
  const series = makeSeries(r, { count: o.count ?? 5, years, lastActual: 2, down: o.down, provisional: o.provisional });
  const sheet = r.pick(['成果指標', '指標シート', '評価']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  g.set(0, 0, `${statedPeriod(fy)} 成果指標の達成状況`);
  const style = o.periods ?? 'reiwa';
  let row = 2;
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const pairs: [string, Put][] = [
      [o.headerRows === 1 ? '指標' : '指標名', s.name],
      ['単位', s.unit],
      ['年度', periodLabel(fy, style)],
      ['目標値', valueCell(s.targets[2]!, s.decimals, s.unit, o.values ?? 'number')],
      ['実績値', figureCell(s.actuals[2], s.decimals, s.unit, o.values ?? 'number')],
    ];
    if (o.down) pairs.push(['方向', s.direction === 'down' ? '減少' : '増加']);
    if (i % 2) pairs.push(['備考', s.description]);
    for (const [label, value] of pairs) g.row(row++, 0, [label, value]);
    row++;
    expected.push(expectedOf(s, sheet, 2));
  });
  return { grids: [g], expected: { file: '', fiscalYear: fy, indicators: expected, groups: [], guesses: [] } };
}

const PROJECTS = ['地域おこし協力隊事業', '移住体験ツアー事業', '子育て応援事業', '健康づくり推進事業', '観光プロモーション事業'];

/** One project per sheet: 事業名 at the top, then a small table of 活動指標 and 成果指標 rows with 目標 / 実績 (and a 達成率 never read as an actual). */
export function projectPerSheet(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const fy = r.pick([2023, 2024]);
  const years = yearsFrom(fy, 1);
  const grids: Grid[] = [];
  const expected: ExpectedIndicator[] = [];
  const projects = r.sample(PROJECTS, o.count ?? 3);
  const all = makeSeries(r, { count: projects.length * 2, years, lastActual: 0, provisional: o.provisional });
  projects.forEach((p, k) => {
    const sheet = `事業${k + 1}`;
    const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
    g.merge(0, 0, 1, 6, `${statedPeriod(fy)} 事務事業評価シート`);
    g.row(2, 0, ['事業名', p]);
    g.row(3, 0, ['担当課', r.pick(['企画課', '商工観光課', '健康推進課'])]);
    g.row(5, 0, ['区分', '指標名', '単位', '目標', '実績', '達成率']);
    const pair = all.slice(k * 2, k * 2 + 2);
    pair.forEach((s, j) => {
      const f = s.actuals[0];
      const t = s.targets[0]!;
      const rate = 'value' in f ? Math.round((f.value / t) * 1000) / 1000 : null;
      g.row(6 + j, 0, [
        j === 0 ? '活動指標' : '成果指標',
        s.name,
        s.unit,
        valueCell(t, s.decimals, s.unit, o.values ?? 'number'),
        figureCell(f, s.decimals, s.unit, o.values ?? 'number'),
      ]);
      if (rate !== null) g.set(6 + j, 5, rate, { numFmt: '0.0%' });
      expected.push(expectedOf(s, sheet, 0));
    });
    g.row(9, 0, ['今後の方向性', r.pick(['継続', '拡充', '見直し'])]);
    grids.push(g);
  });
  return { grids, expected: { file: '', fiscalYear: fy, indicators: expected, groups: [], guesses: [] } };
}
