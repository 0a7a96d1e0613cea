/**
 * A table as offices really fill it: section rows between the indicators, a 基準値 column with its
 * year, the heading words varied (指標名 / 成果指標 / KPI, 目標値 / 目標 / 計画値, 実績値 / 実績),
 * 達成率 and a written 評価 beside the actuals, 担当課 and 備考 with numbers in the text, a blank
 * row, and footnotes under the table. Only the indicator rows are indicators.
 */
import { Grid, type Put } from '../grid';
import { figureCell, periodCell, periodLabel, statedPeriod, valueCell } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { attainmentOf, expectedOf, type BuiltWorkbook, type ExpectedIndicator, type LayoutOptions, type Series } from '../model';
import type { Rng } from '../prng';

const NAME = ['指標名', '成果指標', 'KPI', '評価指標'];
const TARGET = ['目標値', '目標', '計画値'];
const ACTUAL = ['実績値', '実績', '実績（値）'];
const SECTIONS = ['■基本目標1　しごとをつくる', '■基本目標2　ひとの流れをつくる', '■基本目標3　暮らしを守る'];

function headings(r: Rng, g: Grid, h: number, years: number[], o: LayoutOptions): number {
  const style = o.periods ?? 'R';
  g.merge(h, 0, 2, 1, 'No.').merge(h, 1, 2, 1, r.pick(NAME)).merge(h, 2, 2, 1, '単位');
  g.merge(h, 3, 2, 1, `基準値\n（${periodLabel(2020, style === 'date' ? 'R' : style)}）`);
  g.merge(h, 4, 2, 1, `${r.pick(TARGET)}\n（${periodLabel(2026, style === 'date' ? 'R' : style)}）`);
  g.merge(h, 5, 1, years.length, r.pick(ACTUAL));
  years.forEach((y, k) => g.set(h + 1, 5 + k, periodCell(y, style)));
  const after = 5 + years.length;
  ['達成率', '評価', '担当課', '備考'].forEach((t, k) => g.merge(h, after + k, 2, 1, t));
  return after;
}

function indicatorRow(r: Rng, s: Series, row: number, n: number, at: { after: number; evalIndex: number; final: number }, o: LayoutOptions): Put[] {
  const f = s.actuals[at.evalIndex];
  const rate = 'value' in f ? attainmentOf(at.final, f.value, s.direction) : null;
  return [
    n,
    s.name,
    s.unit,
    valueCell(s.baseline, s.decimals, s.unit, o.values ?? 'number'),
    valueCell(at.final, s.decimals, s.unit, o.values ?? 'number'),
    ...s.actuals.map((x) => figureCell(x, s.decimals, s.unit, o.values ?? 'number')),
    rate === null || !Number.isFinite(rate) ? '－' : { value: Math.round(rate * 1000) / 1000, numFmt: '0.0%' },
    r.pick(['A', 'B', 'C', 'D']),
    r.pick(['商工課', '企画課', '農政課', '子育て支援課']),
    r.pick(['前年比 94％', '', `${r.int(2, 9)}件増`, 'R2はコロナ禍の影響あり']),
  ];
}

export function clutteredTable(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const years = yearsFrom(2021, 4);
  const lastActual = o.stated ? 3 : r.pick([2, 3]);
  const evalIndex = o.stated ? 2 : lastActual;
  const series = makeSeries(r, { count: o.count ?? 9, years, lastActual, provisional: o.provisional, statuses: true });
  const sheet = r.pick(['成果指標', 'KPI一覧', '指標']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  g.set(
    0,
    0,
    `${r.pick(['第2次総合計画', 'まち・ひと・しごと創生総合戦略'])}　成果指標の達成状況${o.stated ? `（評価対象：${statedPeriod(years[evalIndex])}）` : ''}`,
  );
  g.set(1, 0, '（単位：件、人ほか）');
  const h = 3;
  const after = headings(r, g, h, years, o);
  let row = h + 2;
  const expected: ExpectedIndicator[] = [];
  const perSection = Math.ceil(series.length / 3);
  series.forEach((s, i) => {
    if (i % perSection === 0) {
      if (i) row++;
      g.merge(row++, 0, 1, after + 4, SECTIONS[i / perSection]);
    }
    const final = s.targets[3]! + (s.direction === 'down' ? -1 : 1) * (s.decimals ? 0.5 : 3);
    const cells = indicatorRow(r, s, row, i + 1, { after, evalIndex, final }, o);
    g.row(row++, 0, cells);
    const x = expectedOf(s, sheet, evalIndex, final);
    x.targetSource = 'final';
    x.existing = cells[after + 1] as string;
    expected.push(x);
  });
  g.set(row + 1, 0, '※達成率＝実績値÷目標値（令和8年度）。評価：A 100％以上、B 80％以上、C 60％以上、D 60％未満');
  g.set(row + 2, 0, `※${periodLabel(years[3], 'R')}の実績値は2024年5月31日時点の速報値を含む。`);
  return { grids: [g], expected: { file: '', fiscalYear: years[evalIndex], indicators: expected, groups: [], guesses: o.stated ? [] : ['period'] } };
}
