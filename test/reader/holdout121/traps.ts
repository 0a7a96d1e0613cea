/**
 * Hold-out set 121, three traps in 障害者福祉・生活困窮者自立支援・地域福祉: a 障害福祉計画 成果目標 table whose 累計 targets
 * sit beside single-year columns R3…R5 and a 累計（R3～R5） column that single-year indicators also fill (and 減少を目指す
 * indicators marked only in the 備考); a 生活困窮者自立支援 成果指標評価表 with ％ stored as fractions, ％ written as text,
 * a target 「増加」 that is not a number and a 備考 full of figures; a 令和７年度 評価調書 of 令和６年度実績 in full-width digits
 * with a R7目標 column and a R7実績（6月末現在） column already filled.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 成果目標の達成状況（令和５年度末）: 集計区分 累計／単年度／年度末, R3・R4・R5 columns and a 累計（R3～R5） column.

interface Goal {
  group?: string;
  span?: number;
  name: string;
  unit: string;
  kind: '累計' | '単年度' | '年度末';
  base: string;
  target: number;
  years: number[];
  total: number | '－';
  note?: string;
  down?: boolean;
}

const GOALS: Goal[] = [
  {
    group: '施設入所者の地域生活への移行',
    span: 2,
    name: '地域生活移行者数',
    unit: '人',
    kind: '累計',
    base: '－',
    target: 10,
    years: [3, 2, 2],
    total: 7,
    note: '令和元年度末の施設入所者164人の6％以上',
  },
  {
    name: '施設入所者数',
    unit: '人',
    kind: '年度末',
    base: '164\n（R1年度末）',
    target: 161,
    years: [162, 160, 163],
    total: '－',
    note: '令和元年度末から1.6％以上削減。※減少を目指す指標',
    down: true,
  },
  {
    group: '福祉施設から一般就労への移行',
    span: 2,
    name: '一般就労移行者数',
    unit: '人',
    kind: '単年度',
    base: '22\n（R1年度）',
    target: 29,
    years: [24, 26, 31],
    total: 81,
    note: '令和元年度実績の1.27倍以上',
  },
  {
    name: '就労移行支援事業からの移行者数',
    unit: '人',
    kind: '単年度',
    base: '15\n（R1年度）',
    target: 20,
    years: [14, 17, 16],
    total: 47,
  },
  {
    group: '精神障害にも対応した地域包括ケアシステムの構築',
    span: 1,
    name: '精神病床における1年以上長期入院患者数',
    unit: '人',
    kind: '年度末',
    base: '128\n（R1.6末）',
    target: 112,
    years: [125, 121, 119],
    total: '－',
    note: '各年6月末現在（精神保健福祉資料）。※減少を目指す指標',
    down: true,
  },
  {
    group: '相談支援体制の充実・強化',
    span: 1,
    name: '相談支援事業者に対する専門的な指導・助言件数',
    unit: '件',
    kind: '単年度',
    base: '－',
    target: 24,
    years: [10, 18, 22],
    total: 50,
  },
  {
    group: '地域生活支援拠点等の整備',
    span: 1,
    name: '地域生活支援拠点等の整備数',
    unit: 'か所',
    kind: '年度末',
    base: '0\n（R1年度末）',
    target: 1,
    years: [0, 1, 1],
    total: '－',
    note: 'R4.4 面的整備により整備済',
  },
];

function buildGoals(wb: Workbook): void {
  const ws = wb.addWorksheet('成果目標');
  widths(ws, [22, 34, 6, 9, 12, 12, 9, 9, 9, 12, 34]);
  merge(ws, 1, 1, 1, 11, '第６期○○市障害福祉計画　成果目標の達成状況（令和５年度末）');
  merge(ws, 3, 1, 4, 1, '成果目標');
  merge(ws, 3, 2, 4, 2, '項目');
  merge(ws, 3, 3, 4, 3, '単位');
  merge(ws, 3, 4, 4, 4, '集計区分');
  merge(ws, 3, 5, 4, 5, '基準値');
  merge(ws, 3, 6, 4, 6, '目標値\n（令和５年度）');
  merge(ws, 3, 7, 3, 9, '実　績');
  put(ws, 4, 7, ['令和３年度', '令和４年度', '令和５年度']);
  merge(ws, 3, 10, 4, 10, '累計\n（R3～R5）');
  merge(ws, 3, 11, 4, 11, '備考');
  GOALS.forEach((g, i) => {
    const r = 5 + i;
    if (g.group) merge(ws, r, 1, r + (g.span ?? 1) - 1, 1, g.group);
    put(ws, r, 2, [g.name, g.unit, g.kind, g.base, g.target, ...g.years, g.total, g.note]);
  });
  wrap(ws, 3, 1, 4 + GOALS.length, 11);
  box(ws, 3, 1, 4 + GOALS.length, 11);
  put(ws, 6 + GOALS.length, 1, ['※集計区分　累計：令和３年度からの累計で目標と比較　単年度：各年度の実績で比較　年度末：年度末時点の数']);
}

const S1 = '成果目標';
const goals: Holdout2Workbook = {
  name: 'h121-seika-mokuhyo-ruikei',
  layout: 'trap: 成果目標 table with 集計区分 累計／単年度／年度末, R3…R5 columns and a 累計（R3～R5） column filled for single-year rows too, 減少 in 備考',
  build: buildGoals,
  expected: {
    file: 'h121-seika-mokuhyo-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: GOALS.map((g) =>
      ind(S1, g.name, g.unit, g.target, g.kind === '累計' ? (g.total as number) : g.years[2], { direction: g.down ? 'down' : 'up' }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 成果指標評価表（令和３年度）: ％ as fractions under a % format, ％ as text, a target 「増加」, figures in the 備考.

interface Measure {
  name: string;
  unit: string;
  /** Cells as written: a number (a fraction under `pct`), or text. */
  base: number | string;
  target: number | string;
  actual: number | string;
  /** The number format of the numeric cells (a % format: fractions). */
  pct?: string;
  rate: number | '－';
  note?: string;
  /** What a clerk reads. */
  read: { target: number | null; actual: number };
}

const MEASURES: Measure[] = [
  {
    name: '自立相談支援機関における支援プラン作成率',
    unit: '％',
    base: 0.32,
    target: 0.5,
    actual: 0.41,
    pct: '0.0%',
    rate: 0.82,
    note: '新規相談者のうちプランを作成した者の割合',
    read: { target: 50, actual: 41 },
  },
  {
    name: '就労支援対象者の就労・増収率',
    unit: '％',
    base: 0.55,
    target: 0.6,
    actual: 0.6,
    pct: '0.0%',
    rate: 1,
    read: { target: 60, actual: 60 },
  },
  {
    name: '家計改善支援事業の利用件数',
    unit: '件',
    base: 14,
    target: '増加',
    actual: 22,
    rate: '－',
    note: 'R2年度から実施（R2実績 14件）',
    read: { target: null, actual: 22 },
  },
  {
    name: '住居確保給付金受給者の常用就職率',
    unit: '％',
    base: '41.0%',
    target: '45%',
    actual: '38.5%',
    rate: 0.856,
    note: '受給終了者52人のうち常用就職20人',
    read: { target: 45, actual: 38.5 },
  },
  {
    name: '生活保護受給者等就労自立促進事業による就職者数',
    unit: '人',
    base: 26,
    target: 40,
    actual: 33,
    rate: 0.825,
    note: '（参考）R2実績 29人／ハローワーク計上分 36人',
    read: { target: 40, actual: 33 },
  },
  {
    name: '学習支援事業参加者の高校等進学率',
    unit: '％',
    base: 0.9,
    target: 1,
    actual: 0.95,
    pct: '0%',
    rate: 0.95,
    note: '中学3年生20人中19人が進学',
    read: { target: 100, actual: 95 },
  },
];

function buildMeasures(wb: Workbook): void {
  const ws = wb.addWorksheet('成果指標');
  widths(ws, [5, 40, 6, 12, 12, 12, 10, 40]);
  merge(ws, 1, 1, 1, 8, '令和３年度　生活困窮者自立支援事業　成果指標評価表');
  put(ws, 2, 8, ['○○市 社会福祉課']);
  put(ws, 3, 1, ['No.', '指標名', '単位', '基準値（R1）', '目標値（R3）', '実績値（R3）', '達成率', '備考']);
  MEASURES.forEach((m, i) => {
    const r = 4 + i;
    put(ws, r, 1, [i + 1, m.name, m.unit, m.base, m.target, m.actual, m.rate, m.note]);
    if (m.pct) for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = m.pct;
    if (typeof m.rate === 'number') ws.getCell(r, 7).numFmt = '0.0%';
  });
  wrap(ws, 3, 1, 3 + MEASURES.length, 8);
  box(ws, 3, 1, 3 + MEASURES.length, 8);
  put(ws, 5 + MEASURES.length, 1, ['※達成率＝実績値÷目標値。目標値が数値でない指標は達成率を算出しない。']);
}

const S2 = '成果指標';
const measures: Holdout2Workbook = {
  name: 'h121-konkyu-seika-hyoka',
  layout: 'trap: 成果指標評価表（令和３年度）, ％ as fractions under % formats and as text "45%", target 「増加」, figures in 備考, 達成率 column',
  build: buildMeasures,
  expected: {
    file: 'h121-konkyu-seika-hyoka.xlsx',
    fiscalYear: 2021,
    indicators: MEASURES.map((m) => ind(S2, m.name, m.unit, m.read.target, m.read.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 令和７年度 評価調書（令和６年度実績）: full-width digits, R4実績 R5実績 R6目標 R6実績 評価 R7目標 R7実績（6月末現在）.

const FW = (n: number) =>
  n
    .toLocaleString('en-US')
    .replace(/[0-9]/g, (d) => String.fromCharCode(d.charCodeAt(0) + 0xfee0))
    .replace(/,/g, '，');

interface Row {
  name: string;
  unit: string;
  r4: number;
  r5: number;
  t6: number;
  a6: number | '集計中';
  grade: string;
  t7: number;
  a7: number | '－';
  note?: string;
}

const ROWS: Row[] = [
  { name: '障害者相談支援事業の相談件数', unit: '件', r4: 3840, r5: 4102, t6: 4200, a6: 4355, grade: 'A', t7: 4400, a7: 1120 },
  {
    name: '手話通訳者・要約筆記者の派遣件数',
    unit: '件',
    r4: 412,
    r5: 455,
    t6: 480,
    a6: 392,
    grade: 'B',
    t7: 490,
    a7: 108,
    note: '大規模イベントの中止による',
  },
  {
    name: '障害者就労施設等からの物品等調達額',
    unit: '千円',
    r4: 7230,
    r5: 8041,
    t6: 8500,
    a6: 7612,
    grade: 'A',
    t7: 9000,
    a7: 1950,
    note: '調達方針に基づく',
  },
  { name: '放課後等デイサービス利用者数', unit: '人', r4: 178, r5: 196, t6: 210, a6: '集計中', grade: '－', t7: 225, a7: '－', note: 'R7.8確定予定' },
  { name: '移動支援事業の利用時間', unit: '時間', r4: 11240, r5: 10885, t6: 12000, a6: 9480, grade: 'C', t7: 12000, a7: 2310, note: 'ヘルパー不足' },
  { name: '日中一時支援事業の実利用者数', unit: '人', r4: 88, r5: 79, t6: 95, a6: 61, grade: 'B', t7: 95, a7: 43 },
];

function buildChosho(wb: Workbook): void {
  const ws = wb.addWorksheet('評価調書');
  widths(ws, [5, 34, 6, 10, 10, 10, 10, 7, 10, 12, 24]);
  merge(ws, 1, 1, 1, 11, '令和７年度　障害者福祉施策　評価調書（令和６年度実績）');
  put(ws, 2, 9, ['障がい福祉課']);
  put(ws, 3, 1, ['No.', '指標', '単位', 'R4実績', 'R5実績', 'R6目標', 'R6実績', '評価', 'R7目標', 'R7実績\n（6月末現在）', '備考']);
  ROWS.forEach((x, i) => {
    const v = (n: number | string) => (typeof n === 'number' ? FW(n) : n);
    put(ws, 4 + i, 1, [FW(i + 1), x.name, x.unit, v(x.r4), v(x.r5), v(x.t6), v(x.a6), x.grade, v(x.t7), v(x.a7), x.note]);
  });
  wrap(ws, 3, 1, 3 + ROWS.length, 11);
  box(ws, 3, 1, 3 + ROWS.length, 11);
  put(ws, 5 + ROWS.length, 1, ['評価　A：目標達成（100％以上）　B：概ね達成（80％以上）　C：やや未達成（60％以上）　D：未達成（60％未満）']);
}

const S3 = '評価調書';
const chosho: Holdout2Workbook = {
  name: 'h121-shogai-hyoka-chosho',
  layout: 'trap: 令和７年度 評価調書 of 令和６年度実績, full-width digits, R7目標 and R7実績（6月末現在） columns filled, 集計中, written grades',
  build: buildChosho,
  expected: {
    file: 'h121-shogai-hyoka-chosho.xlsx',
    fiscalYear: 2024,
    indicators: ROWS.map((x) =>
      typeof x.a6 === 'number' ? ind(S3, x.name, x.unit, x.t6, x.a6, { existing: x.grade }) : ind(S3, x.name, x.unit, x.t6, null, { actualStatus: 'pending' }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [goals, measures, chosho];
