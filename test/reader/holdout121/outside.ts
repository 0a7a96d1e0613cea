/**
 * Hold-out set 121, four shapes outside the families that offices in charge of 障害者福祉・生活困窮者自立支援・地域福祉 use:
 * a 障害福祉計画 活動指標 table with 見込量／実績／達成率 under each 年度, a 生活困窮者自立支援 月別集計 with a 年度計 (formulas)
 * and a 年間目標, a 民生委員・児童委員 活動の推移 with years as rows and a 目標値 row, and a 地域福祉活動計画 whose targets and
 * 実績 are on two sheets joined by No.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 活動指標（サービス見込量）の実績: 令和６年度／令和７年度／令和８年度 headings over 見込量・実績（・達成率）.

interface Service {
  group?: string;
  span?: number;
  name: string;
  unit: string;
  plan: [number, number, number];
  actual: number;
  note?: string;
}

const SERVICES: Service[] = [
  { group: '日中活動系', span: 5, name: '生活介護', unit: '人日/月', plan: [6120, 6200, 6280], actual: 6045 },
  { name: '就労移行支援', unit: '人/月', plan: [55, 58, 61], actual: 58 },
  { name: '就労継続支援（Ａ型）', unit: '人/月', plan: [62, 64, 66], actual: 49, note: 'R6.9 市内１事業所廃止' },
  { name: '就労継続支援（Ｂ型）', unit: '人日/月', plan: [7800, 7950, 8100], actual: 8012 },
  { name: '就労定着支援', unit: '人/月', plan: [20, 23, 26], actual: 11, note: '実施事業所２か所' },
  { group: '居住系', span: 2, name: '自立生活援助', unit: '人/月', plan: [3, 3, 4], actual: 0, note: '市内に実施事業所なし' },
  { name: '共同生活援助', unit: '人/月', plan: [180, 192, 204], actual: 176 },
  {
    group: '地域生活支援拠点等',
    span: 1,
    name: '地域生活支援拠点等の機能の充実に向けた検証及び検討の実施回数',
    unit: '回/年',
    plan: [2, 2, 2],
    actual: 1,
    note: '自立支援協議会で実施',
  },
];

function buildServices(wb: Workbook): void {
  const ws = wb.addWorksheet('活動指標');
  widths(ws, [14, 34, 9, 10, 10, 9, 10, 10, 10, 10, 24]);
  merge(ws, 1, 1, 1, 11, '第７期○○市障害福祉計画・第３期障害児福祉計画　活動指標（サービス見込量）の実績　令和６年度');
  merge(ws, 3, 1, 4, 1, '区分');
  merge(ws, 3, 2, 4, 2, 'サービス名');
  merge(ws, 3, 3, 4, 3, '単位');
  merge(ws, 3, 4, 3, 6, '令和６年度');
  merge(ws, 3, 7, 3, 8, '令和７年度');
  merge(ws, 3, 9, 3, 10, '令和８年度');
  merge(ws, 3, 11, 4, 11, '備考');
  put(ws, 4, 4, ['見込量', '実績', '達成率', '見込量', '実績', '見込量', '実績']);
  SERVICES.forEach((s, i) => {
    const r = 5 + i;
    if (s.group) merge(ws, r, 1, r + (s.span ?? 1) - 1, 1, s.group);
    put(ws, r, 2, [s.name, s.unit, s.plan[0], s.actual]);
    const rate = ws.getCell(r, 6);
    rate.value = { formula: `E${r}/D${r}`, result: s.actual / s.plan[0] };
    rate.numFmt = '0.0%';
    put(ws, r, 7, [s.plan[1], undefined, s.plan[2], undefined, s.note]);
    for (const c of [4, 5, 7, 9]) ws.getCell(r, c).numFmt = '#,##0';
  });
  wrap(ws, 3, 1, 4 + SERVICES.length, 2);
  box(ws, 3, 1, 4 + SERVICES.length, 11);
  put(ws, 6 + SERVICES.length, 1, ['※見込量・実績は各年度の月平均（地域生活支援拠点等は年間の回数）。実績は３月サービス提供分までの国保連データによる。']);
}

const S1 = '活動指標';
const services: Holdout2Workbook = {
  name: 'h121-katsudo-shihyo-pairs',
  layout: 'outside: 活動指標 table, 令和６・７・８年度 merged over 見込量／実績（／達成率 formula）, units 人日/月 and 人/月 in a 単位 column',
  build: buildServices,
  expected: {
    file: 'h121-katsudo-shihyo-pairs.xlsx',
    fiscalYear: 2024,
    indicators: SERVICES.map((s) => ind(S1, s.name, s.unit, s.plan[0], s.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 生活困窮者自立支援制度 支援実績（月別集計）: 4月…3月, 年度計 by SUM formulas, 年間目標, 達成率; one target 「－」.

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const MONTHLY: { name: string; unit: string; months: number[]; target: number | '－'; note?: string }[] = [
  { name: '新規相談受付件数', unit: '件', months: [41, 38, 45, 36, 33, 40, 39, 35, 31, 34, 38, 42], target: 480 },
  { name: 'プラン作成件数', unit: '件', months: [10, 12, 11, 9, 13, 10, 12, 11, 8, 10, 12, 13], target: 180 },
  { name: '就労支援対象者数', unit: '人', months: [7, 8, 9, 6, 8, 7, 9, 8, 6, 7, 8, 9], target: 90 },
  { name: '就労・増収者数', unit: '人', months: [3, 4, 2, 3, 4, 3, 3, 2, 4, 3, 3, 4], target: 60, note: '就労・増収の両方に該当する者は１人として計上' },
  { name: '住居確保給付金　新規支給決定件数', unit: '件', months: [2, 1, 2, 1, 1, 2, 1, 2, 1, 1, 2, 1], target: '－', note: '目標設定なし（参考）' },
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet('月別実績');
  widths(ws, [30, 6, ...MONTHS.map(() => 6), 9, 10, 9, 30]);
  merge(ws, 1, 1, 1, 18, '令和５年度　生活困窮者自立支援制度　支援実績（月別集計）');
  put(ws, 2, 1, ['○○市福祉課　自立相談支援機関「くらしサポートセンター」']);
  put(ws, 4, 1, ['項目', '単位', ...MONTHS, '年度計', '年間目標', '達成率', '備考']);
  MONTHLY.forEach((m, i) => {
    const r = 5 + i;
    put(ws, r, 1, [m.name, m.unit, ...m.months]);
    ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(m.months) };
    put(ws, r, 16, [m.target]);
    const rate = ws.getCell(r, 17);
    if (typeof m.target === 'number') {
      rate.value = { formula: `O${r}/P${r}`, result: sum(m.months) / m.target };
      rate.numFmt = '0.0%';
    } else rate.value = '－';
    put(ws, r, 18, [m.note]);
  });
  box(ws, 4, 1, 4 + MONTHLY.length, 18);
  put(ws, 6 + MONTHLY.length, 1, ['※件数は各月末の支援実績システム集計による。']);
}

const S2 = '月別実績';
const monthly: Holdout2Workbook = {
  name: 'h121-konkyu-getsubetsu',
  layout: 'outside: 生活困窮者自立支援 月別集計, 4月…3月 columns, 年度計 by SUM formula, 年間目標 and 達成率 formula, a 「－」 target',
  build: buildMonthly,
  expected: {
    file: 'h121-konkyu-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map((m) => ind(S2, m.name, m.unit, typeof m.target === 'number' ? m.target : null, sum(m.months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 民生委員・児童委員活動の推移: years as rows (令和２年度…令和６年度), units in the headings, a 目標値（令和６年度） row.

const MINSEI_COLS: { name: string; unit: string; years: number[]; target: number }[] = [
  { name: '民生委員・児童委員の充足率', unit: '％', years: [94.8, 95.3, 90.2, 91.0, 91.4], target: 100.0 },
  { name: '相談・支援件数', unit: '件', years: [9120, 8640, 8105, 8233, 8412], target: 9000 },
  { name: '訪問・連絡活動回数', unit: '回', years: [45300, 39870, 38420, 40115, 41250], target: 40000 },
  { name: '協力員配置地区数', unit: '地区', years: [8, 9, 10, 11, 12], target: 20 },
];
const MINSEI_YEARS = ['令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];

function buildMinsei(wb: Workbook): void {
  const ws = wb.addWorksheet('民生委員');
  widths(ws, [20, 18, 16, 16, 16, 30]);
  merge(ws, 1, 1, 1, 6, '○○市地域福祉計画　民生委員・児童委員活動の推移（評価年度：令和６年度）');
  put(ws, 3, 1, ['年度', ...MINSEI_COLS.map((c) => `${c.name}（${c.unit}）`), '備考']);
  const notes = ['', '', '一斉改選（R4.12.1）', '', ''];
  MINSEI_YEARS.forEach((y, i) => {
    put(ws, 4 + i, 1, [y, ...MINSEI_COLS.map((c) => c.years[i]), notes[i] || undefined]);
    ws.getCell(4 + i, 2).numFmt = '0.0';
    for (const c of [3, 4]) ws.getCell(4 + i, c).numFmt = '#,##0';
  });
  const tr = 4 + MINSEI_YEARS.length;
  put(ws, tr, 1, ['目標値（令和６年度）', ...MINSEI_COLS.map((c) => c.target), '地域福祉計画の目標']);
  ws.getCell(tr, 2).numFmt = '0.0';
  for (const c of [3, 4]) ws.getCell(tr, c).numFmt = '#,##0';
  wrap(ws, 3, 1, 3, 6);
  box(ws, 3, 1, tr, 6);
  put(ws, tr + 2, 1, ['※充足率は各年度12月1日現在。相談・支援件数及び訪問・連絡活動回数は福祉行政報告例による年度の合計。']);
}

const S3 = '民生委員';
const minsei: Holdout2Workbook = {
  name: 'h121-minsei-suii',
  layout: 'outside: 民生委員・児童委員活動の推移, years as rows 令和２…６年度, units in the headings, a 目標値（令和６年度） row below',
  build: buildMinsei,
  expected: {
    file: 'h121-minsei-suii.xlsx',
    fiscalYear: 2024,
    indicators: MINSEI_COLS.map((c) => ind(S3, c.name, c.unit, c.target, c.years[4])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 地域福祉活動計画: 数値目標一覧 (R5目標…R9目標) on one sheet, 令和５年度 取組実績 on another, joined by No.

const ACTIONS: { name: string; unit: string; base: number; targets: number[]; actual: number | '未実施'; comment: string }[] = [
  {
    name: '地区社会福祉協議会の設置地区数',
    unit: '地区',
    base: 12,
    targets: [14, 15, 16, 17, 18],
    actual: 13,
    comment: '東部地区で設立準備会が発足した。',
  },
  { name: 'ふれあい・いきいきサロン数', unit: 'か所', base: 82, targets: [85, 88, 91, 94, 97], actual: 88, comment: '新規6か所、休止0か所。' },
  { name: 'ボランティア養成講座受講者数', unit: '人', base: 48, targets: [60, 60, 60, 60, 60], actual: 42, comment: '平日開催のため若年層の参加が少ない。' },
  {
    name: '協議体（生活支援体制整備）の開催回数',
    unit: '回',
    base: 20,
    targets: [24, 24, 24, 24, 24],
    actual: 24,
    comment: '第1層・第2層とも予定どおり開催。',
  },
  {
    name: '見守りネットワーク協力事業者数',
    unit: '事業者',
    base: 112,
    targets: [120, 125, 130, 135, 140],
    actual: 131,
    comment: '新聞販売店・宅配事業者と協定を締結。',
  },
  {
    name: '福祉出前講座の開催回数',
    unit: '回',
    base: 18,
    targets: [30, 32, 34, 36, 38],
    actual: '未実施',
    comment: '講師派遣体制の見直しのため実施を見送った。',
  },
];

function buildActions(wb: Workbook): void {
  const t = wb.addWorksheet('目標一覧');
  widths(t, [5, 14, 36, 8, 12, 9, 9, 9, 9, 9]);
  merge(t, 1, 1, 1, 10, '第４次○○市地域福祉活動計画（令和５年度～令和９年度）　数値目標一覧');
  put(t, 3, 1, ['No.', '基本目標', '指標', '単位', '基準値（R4）', 'R5目標', 'R6目標', 'R7目標', 'R8目標', 'R9目標']);
  const goals = ['つながる地域', 'つながる地域', '担い手づくり', '担い手づくり', '見守り・支え合い', '見守り・支え合い'];
  ACTIONS.forEach((a, i) => put(t, 4 + i, 1, [i + 1, goals[i], a.name, a.unit, a.base, ...a.targets]));
  wrap(t, 3, 1, 3 + ACTIONS.length, 10);
  box(t, 3, 1, 3 + ACTIONS.length, 10);

  const r = wb.addWorksheet('R5実績');
  widths(r, [5, 36, 12, 44]);
  merge(r, 1, 1, 1, 4, '令和５年度　取組実績（第４次○○市地域福祉活動計画）');
  put(r, 3, 1, ['No.', '指標', '実績値', '取組状況・コメント']);
  ACTIONS.forEach((a, i) => put(r, 4 + i, 1, [i + 1, a.name, a.actual, a.comment]));
  wrap(r, 3, 1, 3 + ACTIONS.length, 4);
  box(r, 3, 1, 3 + ACTIONS.length, 4);
  put(r, 5 + ACTIONS.length, 1, ['※目標値・単位は「目標一覧」シートを参照（No.で対応）。']);
}

const S4 = 'R5実績';
const actions: Holdout2Workbook = {
  name: 'h121-katsudo-keikaku-split',
  layout: 'outside: 地域福祉活動計画, 目標一覧 sheet (基準値（R4）, R5目標…R9目標, 単位) and R5実績 sheet joined by No., a 未実施',
  build: buildActions,
  expected: {
    file: 'h121-katsudo-keikaku-split.xlsx',
    fiscalYear: 2023,
    indicators: ACTIONS.map((a) =>
      typeof a.actual === 'number'
        ? ind(S4, a.name, a.unit, a.targets[0], a.actual)
        : ind(S4, a.name, a.unit, a.targets[0], null, { actualStatus: 'not-implemented' }),
    ),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [services, monthly, minsei, actions];
