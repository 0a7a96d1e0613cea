/** The four known layout families (samples A–D), varied: positions, period forms, value forms, directions. */
import { Grid } from '../grid';
import { circled, figureCell, periodLabel, statedPeriod, valueCell } from '../forms';
import { makeSeries, yearsFrom } from '../indicatorPool';
import { expectedOf, gradeOf, rollUpGrade, type BuiltWorkbook, type ExpectedIndicator, type LayoutOptions, type Series } from '../model';
import type { Rng } from '../prng';

/** Family A: 基本施策 sheets (one, or `o.sheets`) of indicator blocks, tiled across or stacked down, each with its own rating cell. */
export function policyBlocks(r: Rng, o: LayoutOptions, arrangement: 'tiled' | 'stacked'): BuiltWorkbook {
  const years = yearsFrom(2019, 7);
  const count = o.count ?? 5;
  const n = o.sheets ?? 1;
  const all = makeSeries(r, { count: count * n, years, lastActual: o.laterActuals ? 5 : 4, down: o.down, percent: o.percent });
  const first = r.int(1, 5);
  const built = Array.from({ length: n }, (_, k) => policySheet(r, o, arrangement, all.slice(k * count, (k + 1) * count), `${first}-${k + 1}`));
  return {
    grids: built.flatMap((b) => b.grids),
    expected: { ...built[0].expected, indicators: built.flatMap((b) => b.expected.indicators), groups: built.flatMap((b) => b.expected.groups) },
  };
}

function policySheet(r: Rng, o: LayoutOptions, arrangement: 'tiled' | 'stacked', series: Series[], sheet: string): BuiltWorkbook {
  const years = series[0].years;
  const evalIndex = 4;
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  const style = o.periods ?? 'R';
  g.merge(0, 0, 1, 12, `総合計画 令和${r.int(5, 6)}年度基本施策事後評価シート　（評価対象期間：${statedPeriod(years[evalIndex])}）`);
  g.row(2, 0, ['基本方針', `${sheet[0]}.活力ある地域経済の創出`]);
  g.row(3, 0, ['基本施策', `${sheet}.産業の連携による相乗効果の創出`]);
  g.row(4, 0, ['担当部等', r.pick(['商工部', '農林部', 'まちづくり部'])]);
  const ratingAt = arrangement === 'tiled' ? { row: 2, col: 10, cell: 13 } : { row: 4, col: 5, cell: 7 };
  g.merge(ratingAt.row, ratingAt.col, 1, ratingAt.cell - ratingAt.col, '達成状況評価');
  g.set(ratingAt.row, ratingAt.cell + 1, `（${r.pick(['A', 'B', 'C'])}）`);
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const across = o.altWords ? 3 : 2;
    const top = arrangement === 'tiled' ? 7 + Math.floor(i / across) * 7 : 7 + i * 7;
    const left = arrangement === 'tiled' ? (i % across) * 10 : 0;
    g.set(top, left, o.altWords ? `成果指標${circled(i)}` : `指　標 ${circled(i)}`);
    g.merge(top, left + 1, 1, 3, s.name);
    g.set(top, left + 4, '指標の説明');
    const marked = s.direction === 'down' ? (i % 2 ? '。減少を目指す' : '（減少を目指す指標）') : '';
    g.merge(top, left + 5, 1, 4, s.description + (arrangement === 'tiled' || i % 2 ? marked : ''));
    g.row(top + 1, left, ['単位', '', ...years.map((y, k) => periodLabel(y, style) + (k === 1 ? '\n（現状値）' : ''))]);
    g.row(top + 2, left, [s.unit, o.altWords ? '実　績' : '実績値', ...s.actuals.map((f) => figureCell(f, s.decimals, s.unit, o.values ?? 'number'))]);
    g.row(top + 3, left, [
      s.unit,
      o.altWords ? '目標値' : `期待値\n※${periodLabel(years[6], style)}は目標値`,
      null,
      null,
      ...s.targets.slice(2).map((t) => valueCell(t!, s.decimals, s.unit, o.values ?? 'number')),
    ]);
    g.row(top + 4, left, ['備　考', arrangement === 'stacked' && !(i % 2) ? marked.replace(/^。|（|指標）/g, '') : '']);
    expected.push(expectedOf(s, sheet, evalIndex));
  });
  return {
    grids: [g],
    expected: {
      file: '',
      fiscalYear: years[evalIndex],
      indicators: expected,
      groups: [{ sheet, cell: g.address(ratingAt.row, ratingAt.cell), grade: rollUpGrade(expected.map((e) => e.grade)) }],
      guesses: [],
    },
  };
}

const PROJECTS = [
  { name: '女性の職場環境整備事業補助金', label: '交付決定事業所数', unit: '社', min: 8, max: 30 },
  { name: '就職情報システム活用事業', label: '新規登録事業所数', unit: '件', min: 60, max: 160 },
  { name: '合同就職ガイダンス開催事業', label: '開催回数', unit: '回', min: 4, max: 10 },
  { name: '就労移行訓練事業', label: '就職決定者数', unit: '人', min: 10, max: 30 },
  { name: '移住定住家賃補助金', label: '交付世帯数', unit: '世帯', min: 20, max: 80 },
  { name: 'ジョブカフェ運営事業', label: '就職者数', unit: '人', min: 40, max: 100 },
  { name: '若者サポートステーション事業', label: '利用登録者数', unit: '人', min: 30, max: 80 },
  { name: '移住者住宅取得補助金', label: '交付件数', unit: '件', min: 40, max: 90 },
  { name: 'IT人材育成プログラム事業', label: '受講者数', unit: '名', min: 100, max: 260 },
  { name: '中小企業振興資金利子補給事業', label: '補給件数', unit: '件', min: 90, max: 160 },
  { name: '技術研究センター支援事業', label: '共同研究件数', unit: '件', min: 2, max: 6 },
  { name: '創業支援塾開催事業', label: '受講者数', unit: '人', min: 15, max: 40 },
];
const TWO = [
  { name: '新規高卒者・若者等人財育成支援事業補助金', labels: ['新規高卒者', '若者等'], unit: '人' },
  { name: '地域企業魅力発見事業', labels: ['勉強会', '見学会'], unit: '人' },
  { name: 'ものづくり人材育成事業', labels: ['技能講習', '資格取得'], unit: '人' },
];

/** Family B: one row per 推進事業, targets and actuals as text with a label and unit, ①② measures in one cell, 未実施. */
export function projectTable(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const fy = r.pick([2022, 2023, 2024]);
  const R = (y: number) => `R${y - 2018}`;
  const sheet = r.pick(['事業実績', '推進事業', '実績一覧']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  g.merge(0, 0, 1, 8, `令和${fy - 2018}年度事業実績`);
  g.row(1, 0, ['基本方針', '1 人材確保による企業力の向上']);
  const heads = o.altWords
    ? ['No.', '事業名', '前年度実績', '自己評価', `数値目標（${R(fy)}）`, `実績（${R(fy)}）`, '実施状況', '今後の方向性']
    : ['No.', '推進事業', `${R(fy - 1)}年度実績値`, '自己評価', `${R(fy)}年度数値目標`, `${R(fy)}年度実績値`, '事業実施状況', '成果・効果、課題、今後の方向性'];
  g.row(3, 0, heads);
  const singles = r.sample(PROJECTS, (o.count ?? 9) - 2);
  const expected: ExpectedIndicator[] = [];
  const rows = [...singles.map((p) => ({ p, two: null as null | (typeof TWO)[number] })), ...r.sample(TWO, 2).map((t) => ({ p: null, two: t }))];
  r.shuffle(rows).forEach(({ p, two }, i) => {
    const row = 4 + i;
    const code = o.altWords ? `(${i + 1})` : `1-1-${i + 1}`;
    const existing = r.pick(['A', 'B', 'C', 'D']);
    if (p) {
      const t = r.int(p.min, p.max);
      const notDone = i % 5 === 4;
      const pending = i % 7 === 6;
      const a = Math.round(t * r.pick([0.5, 0.7, 0.9, 1, 1.2, 1.6]));
      const name = i % 2 ? `${code} ${p.name}\n【概要】${p.label}を増やすための事業。` : `${code} ${p.name}`;
      g.row(row, 0, [
        i + 1,
        name,
        `${p.label} ${Math.round(t * 0.9)}${p.unit}`,
        existing,
        `${p.label} ${t}${p.unit}`,
        notDone ? '未実施' : pending ? '集計中' : `${p.label} ${a}${p.unit}`,
      ]);
      const e: ExpectedIndicator = { sheet, name: p.name, unit: p.unit, target: t, existing, grade: notDone ? 'D' : pending ? null : gradeOf(a / t) };
      if (notDone) e.actualStatus = 'not-implemented';
      else if (pending) e.actualStatus = 'pending';
      else e.actual = a;
      expected.push(e);
    } else if (two) {
      const ms = two.labels.map((label) => {
        const t = r.int(10, 60);
        return { label, target: t, actual: Math.round(t * r.pick([0.6, 0.8, 1.1, 1.4])), unit: two.unit };
      });
      const cell = (k: 'target' | 'actual') => ms.map((m, j) => `${circled(j)}${m.label}:${m[k]}${m.unit}`).join(o.values === 'unitText' ? '\n' : ' ');
      g.row(row, 0, [i + 1, `${code} ${two.name}`, null, existing, cell('target'), cell('actual')]);
      const worst = Math.min(...ms.map((m) => m.actual / m.target));
      expected.push({ sheet, name: two.name, measures: ms, existing, grade: gradeOf(worst) });
    }
  });
  return { grids: [g], expected: { file: '', fiscalYear: fy, indicators: expected, groups: [], guesses: [] } };
}

/** Family C: KPI rows in pairs (目標値 / 実績値) under period columns (平成29年3月末 …), values with units, "-" where none. */
export function kpiPeriods(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const first = o.periods === 'endH' || o.periods === 'endHeisei' ? 2016 : r.pick([2020, 2021]);
  const years = yearsFrom(first, 3);
  const series = makeSeries(r, { count: o.count ?? 4, years, lastActual: 2, provisional: o.provisional });
  const sheet = r.pick(['KPI', 'KPI達成状況', '重要業績評価指標']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  g.merge(0, 0, 1, 6, '地域再生計画　重要業績評価指標（KPI）の達成状況');
  g.row(2, 0, [o.altWords ? '重要業績評価指標（KPI）' : 'KPI', '区分', ...years.map((y) => periodLabel(y, o.periods ?? 'endHeisei')), '備考']);
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const row = 3 + i * 2;
    const name = (o.values ?? 'unitText') === 'unitText' ? s.name : `${s.name}（${s.unit}）`;
    if (i % 2) g.merge(row, 0, 2, 1, name);
    else g.set(row, 0, name).set(row + 1, 0, name);
    g.row(row, 1, [
      o.altWords ? '目標' : '目標値',
      ...s.targets.map((t, k) => (k === 0 && i % 3 === 1 ? '-' : valueCell(t!, s.decimals, s.unit, o.values ?? 'unitText'))),
    ]);
    g.row(row + 1, 1, [o.altWords ? '実績' : '実績値', ...s.actuals.map((f) => figureCell(f, s.decimals, s.unit, o.values ?? 'unitText'))]);
    expected.push(expectedOf(s, sheet, 2));
  });
  return { grids: [g], expected: { file: '', fiscalYear: years[2], indicators: expected, groups: [], guesses: ['period'] } };
}

/** Family D: plan indicators: 指標（単位）, 現況 with its year in the cell, 目標（R8）, 実績 with its year in the cell. */
export function planIndicators(r: Rng, o: LayoutOptions): BuiltWorkbook {
  const fy = o.mixedYears ? 2023 : r.pick([2022, 2023]);
  const years = yearsFrom(2022, 5);
  const e = years.indexOf(fy);
  const series = makeSeries(r, { count: o.count ?? 6, years, lastActual: e });
  const sheet = r.pick(['計画の指標', '成果指標', '点検評価']);
  const g = new Grid(sheet, (o.at?.row ?? 0) + 1, (o.at?.col ?? 0) + 1);
  const style = o.periods ?? 'reiwa';
  g.merge(0, 0, 1, 7, '工業振興計画　事業点検評価（計画の指標）');
  const heads = o.altWords
    ? ['No.', '成果指標', '説明', '基準値', '目標値（令和8年度）', '実績値', '把握方法']
    : ['No.', '指標', '指標の説明', '現況（計画策定時）', `目標（${periodLabel(2026, 'R')}）`, '実績', '現状把握の方法'];
  g.row(2, 0, heads);
  const expected: ExpectedIndicator[] = [];
  series.forEach((s, i) => {
    const older = !!o.mixedYears && i % 3 === 1;
    const at = older ? e - 1 : e;
    const fig = figureCell(s.actuals[at], s.decimals, s.unit, o.values ?? 'comma');
    const missing = i === series.length - 1;
    const actual = missing ? '' : `${fig}\n（${periodLabel(years[at], style)}）`;
    g.row(3 + i, 0, [
      i + 1,
      `${s.name}（${s.unit}）`,
      s.description,
      `${s.baseline}\n${[`（${periodLabel(2020, style)}）`, '（令和2年3月末現在）', '(R3.4末現在)'][i % 3]}`,
      valueCell(s.targets[4]!, s.decimals, s.unit, o.values ?? 'comma'),
      actual,
      '実績による',
    ]);
    const x = expectedOf(s, sheet, at, s.targets[4]);
    x.targetSource = 'final';
    if (missing) {
      delete x.actual;
      x.actualStatus = 'missing';
      x.grade = null;
    }
    expected.push(x);
  });
  return { grids: [g], expected: { file: '', fiscalYear: fy, indicators: expected, groups: [], guesses: o.mixedYears ? ['other-year'] : [] } };
}
