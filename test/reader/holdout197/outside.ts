/**
 * Hold-out 197, shapes outside the four families that a 認知症施策 office really uses: a monthly 認知症カフェ table (one row per
 * cafe, 4月…3月, 合計 against 年間目標), a 推移表 with fiscal years as rows and no stated evaluation year, a 市民意識調査 result
 * table (前回/今回 調査, ↑↓ direction), and 事務事業評価シート one project per sheet.
 */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly cafe table
const M_SHEET = 'R5カフェ実績';

interface Cafe {
  name: string;
  host: string;
  /** 4月 … 3月; null = not yet open (「－」). */
  months: (number | null)[];
  target: number;
  last: number;
}

const CAFES: Cafe[] = [
  { name: 'オレンジカフェさくら', host: '社会福祉協議会', months: [22, 25, 19, 24, 0, 21, 26, 23, 18, 20, 22, 25], target: 300, last: 231 },
  { name: 'ひだまりカフェ', host: '特別養護老人ホーム東山荘', months: [15, 14, 16, 12, 11, 13, 17, 15, 12, 14, 13, 16], target: 180, last: 142 },
  { name: 'みんなの茶の間', host: '北部地区民生委員協議会', months: [31, 28, 30, 27, 0, 29, 33, 30, 26, 28, 31, 32], target: 320, last: 301 },
  { name: '脳いきいきカフェ', host: '東山中央病院', months: [9, 11, 8, 10, 7, 9, 12, 10, 8, 9, 11, 10], target: 150, last: 97 },
  { name: 'カフェ・ドゥ・オレンジ', host: 'グループホームあおば', months: [12, 13, 11, 14, 9, 12, 13, 12, 10, 11, 12, 14], target: 144, last: 136 },
  {
    name: 'えがおカフェ（R5.10開設）',
    host: '南部地域包括支援センター',
    months: [null, null, null, null, null, null, 8, 11, 9, 10, 12, 14],
    target: 60,
    last: 0,
  },
];

const total = (c: Cafe) => c.months.reduce<number>((a, b) => a + (b ?? 0), 0);

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet(M_SHEET);
  widths(ws, [4, 26, 10, 22, ...Array(12).fill(6), 9, 9, 9]);
  merge(ws, 1, 1, 1, 19, '令和５年度　認知症カフェ月別参加者数（延べ人数）');
  ws.getCell(2, 19).value = '（単位：人）';
  merge(ws, 3, 1, 4, 1, 'No.');
  merge(ws, 3, 2, 4, 2, 'カフェ名');
  merge(ws, 3, 3, 4, 3, '前年度\n合計');
  merge(ws, 3, 4, 4, 4, '運営主体');
  merge(ws, 3, 5, 3, 16, '令和５年度');
  put(ws, 4, 5, ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月']);
  merge(ws, 3, 17, 4, 17, '合計');
  merge(ws, 3, 18, 4, 18, '年間\n目標');
  merge(ws, 3, 19, 4, 19, '達成率');
  CAFES.forEach((c, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, c.name, c.last || '－', c.host, ...c.months.map((m) => (m === null ? '－' : m)), total(c), c.target, total(c) / c.target]);
    ws.getCell(r, 19).numFmt = '0.0%';
  });
  ws.getColumn(3).hidden = true;
  const end = 4 + CAFES.length;
  box(ws, 3, 1, end, 19);
  wrap(ws, 3, 1, 4, 19);
  ws.getCell(end + 2, 2).value = '※８月は熱中症予防のため休止したカフェがあります（参加者数０）。';
  ws.getCell(end + 3, 2).value = '※えがおカフェは令和５年10月開設のため、年間目標は半年分で設定。';
}

const mIndicators: ExpectedIndicator[] = CAFES.map((c) => ind(M_SHEET, c.name, '人', c.target, total(c)));

// ---------------------------------------------------------------- years as rows, no stated year
const Y_SHEET = '推移';

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [14, 10, 10, 10, 10, 9, 9, 10, 10, 24]);
  merge(ws, 1, 1, 1, 10, '認知症施策の主な指標の推移（長寿福祉課）');
  merge(ws, 3, 1, 4, 1, '年度');
  merge(ws, 3, 2, 3, 3, '認知症サポーター養成数\n（単年度・人）');
  merge(ws, 3, 4, 3, 5, '認知症カフェ参加者数\n（延べ・人）');
  merge(ws, 3, 6, 3, 7, 'チームオレンジ数\n（チーム）');
  merge(ws, 3, 8, 3, 9, '初期集中支援チーム\n対応件数（件）');
  merge(ws, 3, 10, 4, 10, '備考');
  put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
  const rows: (string | number | undefined)[][] = [
    ['令和元年度', 800, 912, 1500, 1488, undefined, undefined, 30, 28, ''],
    ['令和２年度', 800, 356, 1500, 402, undefined, undefined, 30, 25, '新型コロナウイルス感染症の影響で講座・カフェを休止'],
    ['令和３年度', 900, 611, 1600, 874, 1, 1, 32, 31, 'チームオレンジ第１号（中央地区）'],
    ['令和４年度', 900, 958, 1700, 1390, 2, 2, 34, 30, ''],
    ['令和５年度', 1000, 1046, 1800, 1532, 4, 3, 36, 34, '西部地区のチームは準備中'],
    ['令和６年度', 1000, undefined, 1900, undefined, 5, undefined, 38, undefined, ''],
  ];
  rows.forEach((row, i) =>
    put(
      ws,
      5 + i,
      1,
      row.map((v) => (v === '' ? undefined : v)),
    ),
  );
  for (let r = 5; r <= 10; r++) for (let c = 2; c <= 9; c++) ws.getCell(r, c).numFmt = '#,##0';
  wrap(ws, 3, 1, 10, 10);
  box(ws, 3, 1, 10, 10);
  ws.getCell(12, 1).value = '※チームオレンジ数は各年度末時点の累計。令和２年度以前は未設置。';
}

const yIndicators: ExpectedIndicator[] = [
  ind(Y_SHEET, '認知症サポーター養成数', '人', 1000, 1046),
  ind(Y_SHEET, '認知症カフェ参加者数', '人', 1800, 1532),
  ind(Y_SHEET, 'チームオレンジ数', 'チーム', 4, 3),
  ind(Y_SHEET, '初期集中支援チーム対応件数', '件', 36, 34),
];

// ---------------------------------------------------------------- survey results
const S_SHEET = '意識調査結果';

interface Question {
  name: string;
  way: '↑' | '↓';
  prev: number;
  target: number;
  now: number;
}

const QUESTIONS: Question[] = [
  { name: '認知症の基本的な知識がある市民の割合', way: '↑', prev: 58.3, target: 70, now: 64.8 },
  { name: '認知症の相談窓口（地域包括支援センター）を知っている市民の割合', way: '↑', prev: 31.9, target: 50, now: 38.5 },
  { name: '認知症カフェを知っている市民の割合', way: '↑', prev: 18.2, target: 30, now: 31.4 },
  { name: '認知症の人と接する際に不安を感じる市民の割合', way: '↓', prev: 49.6, target: 40, now: 44.1 },
  { name: '介護の負担が大きいと感じる家族介護者の割合', way: '↓', prev: 38.7, target: 35, now: 33.2 },
  { name: '認知症サポーター養成講座を受講したことがある市民の割合', way: '↑', prev: 7.4, target: 15, now: 9.7 },
];

function buildSurvey(wb: Workbook): void {
  const ws = wb.addWorksheet(S_SHEET);
  widths(ws, [4, 50, 8, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 7, '令和５年度　認知症に関する市民意識調査　結果概要（指標関係）');
  ws.getCell(2, 1).value = '調査期間：令和５年９月１日～９月30日　対象：市内在住の40歳以上の市民2,500人（無作為抽出）　回答者数1,204人（回収率48.2％）';
  put(ws, 4, 1, [
    'No.',
    '設問（指標）',
    '目指す\n方向',
    '前回\n（令和２年度調査）',
    '目標値\n（令和５年度）',
    '今回\n（令和５年度調査）',
    '前回比\n（ポイント）',
  ]);
  QUESTIONS.forEach((q, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, q.name, q.way, q.prev, q.target, q.now, Math.round((q.now - q.prev) * 10) / 10]);
    for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0';
  });
  wrap(ws, 4, 1, 10, 7);
  box(ws, 4, 1, 10, 7);
  ws.getCell(12, 2).value = '※単位はすべて％。目指す方向　↑：増やす　↓：減らす';
  ws.getCell(13, 2).value = '※介護者の設問は、在宅で介護をしている家族（回答者のうち186人）の回答による。';
}

const sIndicators: ExpectedIndicator[] = QUESTIONS.map((q) => ind(S_SHEET, q.name, '%', q.target, q.now, { direction: q.way === '↓' ? 'down' : 'up' }));

// ---------------------------------------------------------------- one project per sheet
interface Form {
  sheet: string;
  project: string;
  purpose: string;
  content: string;
  rows: { kind: string; name: string; unit: string; r4: number; r5: number; target: number; actual: number }[];
  comment: string;
  way: string;
}

const FORMS: Form[] = [
  {
    sheet: 'No.1 認知症カフェ',
    project: '認知症カフェ運営支援事業',
    purpose: '認知症の人と家族が気軽に集い、専門職に相談できる場をつくり、介護者の負担を軽減する。',
    content: '認知症カフェ運営団体への補助（１か所あたり年額上限120千円）、運営者連絡会の開催',
    rows: [
      { kind: '活動指標', name: '認知症カフェ開催回数', unit: '回', r4: 96, r5: 109, target: 120, actual: 118 },
      { kind: '成果指標', name: 'カフェ参加者のうち「また参加したい」と回答した割合', unit: '％', r4: 88.1, r5: 89.5, target: 90, actual: 92.3 },
    ],
    comment: '開催回数はほぼ目標どおり。参加者アンケートでも高い満足度が得られている。',
    way: '継続',
  },
  {
    sheet: 'No.2 チームオレンジ',
    project: 'チームオレンジ推進事業',
    purpose: '認知症の人や家族の困りごとに、地域のオレンジサポーターが具体的な支援を行う仕組みをつくる。',
    content: 'ステップアップ講座の開催、チームオレンジコーディネーターの配置、チーム活動費の助成',
    rows: [
      { kind: '活動指標', name: 'ステップアップ講座開催回数', unit: '回', r4: 2, r5: 3, target: 4, actual: 4 },
      { kind: '成果指標', name: 'チームオレンジ設置数（累計）', unit: 'チーム', r4: 2, r5: 3, target: 6, actual: 4 },
    ],
    comment: '講座は予定どおり開催したが、チーム化まで進んだ地区は１地区にとどまった。',
    way: '見直し',
  },
  {
    sheet: 'No.3 初期集中支援',
    project: '認知症初期集中支援推進事業',
    purpose: '認知症の人やその家族に早期に関わり、医療・介護サービスへ適切につなぐ。',
    content: '専門医・保健師・作業療法士によるチームの訪問支援、チーム員会議の開催',
    rows: [
      { kind: '活動指標', name: 'チーム員会議開催回数', unit: '回', r4: 24, r5: 23, target: 24, actual: 22 },
      { kind: '成果指標', name: '支援終了後に医療・介護サービスにつながった人数', unit: '人', r4: 21, r5: 26, target: 30, actual: 17 },
    ],
    comment: '対象者の減少により、サービスにつながった人数は目標を大きく下回った。',
    way: '継続',
  },
];

function buildForms(wb: Workbook): void {
  for (const f of FORMS) {
    const ws = wb.addWorksheet(f.sheet);
    widths(ws, [12, 40, 8, 11, 11, 11, 11, 10]);
    merge(ws, 1, 1, 1, 8, '令和７年度　事務事業評価シート（令和６年度実施事業）');
    merge(ws, 3, 1, 3, 1, '事業名');
    merge(ws, 3, 2, 3, 8, f.project);
    put(ws, 4, 1, ['所管課']);
    merge(ws, 4, 2, 4, 8, '健康福祉部　長寿福祉課');
    put(ws, 5, 1, ['事業の目的']);
    merge(ws, 5, 2, 5, 8, f.purpose);
    put(ws, 6, 1, ['事業の内容']);
    merge(ws, 6, 2, 6, 8, f.content);
    put(ws, 8, 1, ['区分', '指標名', '単位', '令和４年度\n実績', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '達成率']);
    f.rows.forEach((x, i) => {
      put(ws, 9 + i, 1, [x.kind, x.name, x.unit, x.r4, x.r5, x.target, x.actual, x.actual / x.target]);
      ws.getCell(9 + i, 8).numFmt = '0.0%';
    });
    put(ws, 12, 1, ['成果と課題']);
    merge(ws, 12, 2, 12, 8, f.comment);
    put(ws, 13, 1, ['今後の方向性']);
    merge(ws, 13, 2, 13, 8, f.way);
    wrap(ws, 3, 1, 13, 8);
    box(ws, 3, 1, 6, 8);
    box(ws, 8, 1, 10, 8);
    box(ws, 12, 1, 13, 8);
  }
}

const fIndicators: ExpectedIndicator[] = FORMS.flatMap((f) => f.rows.map((x) => ind(f.sheet, x.name, x.unit === '％' ? '%' : x.unit, x.target, x.actual)));

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h197-cafe-monthly',
    layout: 'one row per 認知症カフェ, 4月…3月 columns, 合計 against 年間目標, a hidden 前年度合計 column, a cafe opened in October (「－」 months)',
    build: buildMonthly,
    expected: { file: 'h197-cafe-monthly.xlsx', fiscalYear: 2023, indicators: mIndicators, groups: [] },
  },
  {
    name: 'h197-suii-years',
    layout: 'fiscal years as rows (令和元年度…令和６年度), 目標/実績 column pairs per indicator, no evaluation year stated (latest actuals: 令和５年度)',
    build: buildYears,
    expected: { file: 'h197-suii-years.xlsx', fiscalYear: 2023, indicators: yIndicators, groups: [], guesses: ['period'] },
  },
  {
    name: 'h197-ishiki-chosa',
    layout: '市民意識調査 result table: 前回（令和２年度調査）, 目標値, 今回（令和５年度調査）, ↑↓ direction column, ％ only in a footnote',
    build: buildSurvey,
    expected: { file: 'h197-ishiki-chosa.xlsx', fiscalYear: 2023, indicators: sIndicators, groups: [] },
  },
  {
    name: 'h197-jimu-jigyo-sheets',
    layout: '事務事業評価シート one project per sheet (活動指標/成果指標 rows, 令和４・５年度実績 then 令和６年度 目標/実績 and a fraction 達成率)',
    build: buildForms,
    expected: { file: 'h197-jimu-jigyo-sheets.xlsx', fiscalYear: 2024, indicators: fIndicators, groups: [] },
  },
];
