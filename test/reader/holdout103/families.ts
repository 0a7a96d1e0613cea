/**
 * Hold-out 103, the four families, for a tourism and international exchange office (観光・国際交流・インバウンド): a 施策評価シート
 * with bilingual block headings (実績値 Actual / 期待値 Expected), a 推進事業 table with text figures, a DMO's KPI sheet with
 * FY columns and Target / Actual rows, and a 観光振興計画 indicator table whose statistics carry calendar-year notes.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const wrap = (ws: Worksheet, cell: string) => {
  ws.getCell(cell).alignment = { wrapText: true, vertical: 'middle' };
};

// ---------------------------------------------------------------- A: 施策評価シート, blocks two across, bilingual labels
interface Block {
  name: string;
  desc: string;
  unit: string;
  actuals: (number | null)[]; // R2..R7
  expected: (number | null)[]; // R2..R7 (R2 blank)
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    name: '観光入込客数',
    desc: '市内主要観光地点の年間観光入込客数（県観光入込客統計）',
    unit: '千人',
    actuals: [1820, 2105, 2640, 2950, null, null],
    expected: [null, 2200, 2700, 3200, 3500, 3800],
    note: '暦年値（R5欄は令和5年1〜12月）',
  },
  {
    name: '外国人延べ宿泊者数',
    desc: '市内宿泊施設に宿泊した外国人の延べ人数',
    unit: '人泊',
    actuals: [3120, 1045, 12880, 52310, null, null],
    expected: [null, 10000, 25000, 45000, 60000, 75000],
    note: '観光庁「宿泊旅行統計調査」暦年値。R5欄は2023年確定値（2024年6月公表）を反映',
  },
  {
    name: '観光消費額',
    desc: '観光客の市内での宿泊・飲食・買物等の消費総額（推計）',
    unit: '億円',
    actuals: [98.5, 110.2, 141.7, 168.4, null, null],
    expected: [null, 120, 150, 210, 240, 260],
    note: '観光庁「観光入込客統計に関する共通基準」による推計',
  },
  {
    name: '姉妹都市交流事業参加者数',
    desc: '姉妹都市（米国・台湾）との相互訪問及びオンライン交流事業の参加者数',
    unit: '人',
    actuals: [0, 35, 112, 236, null, null],
    expected: [null, 150, 300, 400, 450, 500],
    note: 'R2は新型コロナウイルス感染症の影響により全事業中止',
  },
  {
    name: '多言語対応観光案内板の整備数',
    desc: '英語・中国語（簡体字・繁体字）・韓国語を併記した観光案内板の設置数（累計）',
    unit: '基',
    actuals: [30, 36, 42, 48, null, null],
    expected: [null, 40, 50, 60, 70, 80],
    note: '',
  },
];

function buildPolicy(ws: Worksheet): void {
  ws.columns = [
    { width: 16 },
    ...Array.from({ length: 6 }, () => ({ width: 11 })),
    { width: 3 },
    { width: 16 },
    ...Array.from({ length: 6 }, () => ({ width: 11 })),
  ];
  put(ws, 1, 1, ['令和５年度　施策評価シート（評価対象期間：令和５年度）　Policy Evaluation Sheet FY2023']);
  ws.mergeCells('A1:O1');
  put(ws, 3, 1, ['基本方針', '２　にぎわいと交流が生まれるまち']);
  ws.mergeCells('B3:G3');
  put(ws, 4, 1, ['基本施策', '2-3　観光交流・国際交流の推進']);
  ws.mergeCells('B4:G4');
  put(ws, 5, 1, ['担当部等', '産業観光部　観光交流課・国際交流室']);
  ws.mergeCells('B5:G5');
  put(ws, 3, 9, ['達成状況評価\nStatus']);
  wrap(ws, 'I3');
  ws.mergeCells('I3:I4');
  ws.mergeCells('J3:K4');
  put(ws, 3, 12, ['（B）']);
  ws.mergeCells('L3:L4');
  put(ws, 5, 9, ['評価区分　A 順調／B 概ね順調／C やや遅れている／D 遅れている　（ ）内は前年度評価']);
  A_BLOCKS.forEach((b, i) => {
    const top = 7 + Math.floor(i / 2) * 9;
    const c = i % 2 === 0 ? 1 : 9;
    put(ws, top, c, [`成果指標${'①②③④⑤'[i]}　Indicator ${i + 1}`, b.name]);
    ws.mergeCells(top, c + 1, top, c + 6);
    put(ws, top + 1, c, ['指標の説明', b.desc]);
    ws.mergeCells(top + 1, c + 1, top + 1, c + 6);
    put(ws, top + 2, c, ['単位 Unit', b.unit]);
    put(ws, top + 3, c, ['', 'R2\n(FY2020)\n現状値', 'R3\n(FY2021)', 'R4\n(FY2022)', 'R5\n(FY2023)', 'R6\n(FY2024)', 'R7\n(FY2025)']);
    for (let k = 1; k <= 6; k++) ws.getCell(top + 3, c + k).alignment = { wrapText: true, horizontal: 'center' };
    put(ws, top + 4, c, ['実績値 Actual', ...b.actuals.map((v) => v ?? undefined)]);
    put(ws, top + 5, c, ['期待値 Expected\n※R7は目標値 Target', ...b.expected.map((v) => v ?? undefined)]);
    ws.getCell(top + 5, c).alignment = { wrapText: true };
    for (let k = 1; k <= 6; k++) for (const r of [top + 4, top + 5]) ws.getCell(r, c + k).numFmt = b.unit === '億円' ? '#,##0.0' : '#,##0';
    put(ws, top + 6, c, ['備考 Note', b.note || undefined]);
    ws.mergeCells(top + 6, c + 1, top + 6, c + 6);
  });
  put(ws, 35, 1, ['総合評価', '外国人延べ宿泊者数は回復が進み期待値を上回ったが、姉妹都市交流は相手都市の渡航制限の影響が残った。']);
  ws.mergeCells('B35:O35');
  put(ws, 36, 1, ['今後の方向性', '継続']);
}

const aIndicators = A_BLOCKS.map((b) => ind('2-3', b.name, b.unit, b.expected[3], b.actuals[3]));

const policySheet: Holdout2Workbook = {
  name: 'h103-kanko-policy-sheet',
  layout:
    '施策評価シート 2-3 観光交流・国際交流: five blocks two across, bilingual row labels (実績値 Actual / 期待値 Expected ※R7は目標値 Target), R2(FY2020)〜R7 headers, empty 達成状況評価 beside （B）',
  build(wb) {
    buildPolicy(wb.addWorksheet('2-3'));
  },
  expected: {
    file: 'h103-kanko-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: aIndicators,
    groups: [{ sheet: '2-3', cell: 'J3', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 推進事業 table, text figures, 令和5年度 Target / Actual
const B_ROWS: [string, string, string, string, string, string][] = [
  ['(1) 海外誘客プロモーション事業', '海外旅行博への出展、現地旅行会社との商談会', '旅行会社商談件数 30件', '商談件数 42件', 'A', '拡充'],
  ['(2) 多言語観光パンフレット作成事業', '英・中（簡・繁）・韓・タイ語版の作成', '作成部数 20,000部', '18,000部', 'A', '継続'],
  ['(3) 外国人観光客受入環境整備補助金', '宿泊・飲食事業者の多言語メニュー、キャッシュレス導入を補助', '交付件数 15件', '9件', 'B', '見直し'],
  ['(4) 姉妹都市青少年派遣事業', '姉妹都市への中学生派遣', '派遣生徒数 20人', '未実施（受入先の事情により中止）', 'D', '継続'],
  ['(5) 観光ボランティアガイド育成事業', '外国語対応ガイドの養成講座', '養成講座修了者 40人', '35人', 'B', '継続'],
  ['(6) ファムトリップ招請事業', '海外旅行会社・メディアの招請', '招請回数 3回', '3回（延べ12社参加）', 'A', '継続'],
  ['(7) 公衆無線LAN整備事業', '観光施設への無料Wi-Fi設置', '新規設置 10か所', '12か所', 'A', '終了'],
  [
    '(8) 国際交流フェスティバル開催事業',
    '在住外国人と市民の交流イベント',
    '来場者数 5,000人\n出展団体 30団体',
    '来場者数 4,200人\n出展団体 31団体',
    'A',
    '継続',
  ],
  ['(9) 外国語版観光ウェブサイト運営事業', '英・中・韓語版サイトの運営・更新', '閲覧数 120,000PV', '集計中', '', '継続'],
];

function buildProjects(ws: Worksheet): void {
  ws.columns = [{ width: 5 }, { width: 40 }, { width: 22 }, { width: 22 }, { width: 10 }, { width: 10 }, { width: 20 }];
  put(ws, 1, 1, ['令和５年度　観光交流課　推進事業実績（令和６年度実施　事務事業評価）']);
  ws.mergeCells('A1:G1');
  put(ws, 2, 6, ['単位：各欄記載']);
  put(ws, 3, 1, ['No.', '推進事業 Project\n（事業名・概要）', '令和5年度 FY2023', undefined, '自己評価\nSelf-evaluation', '今後の方向性', '成果・課題']);
  put(ws, 4, 3, ['数値目標 Target', '実績値 Actual']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:D3');
  ws.mergeCells('E3:E4');
  ws.mergeCells('F3:F4');
  ws.mergeCells('G3:G4');
  B_ROWS.forEach((r, i) => {
    put(ws, 5 + i, 1, [i + 1, `${r[0]}\n${r[1]}`, r[2], r[3], r[4] || undefined, r[5]]);
    for (const col of ['B', 'C', 'D']) wrap(ws, `${col}${5 + i}`);
  });
  put(ws, 15, 1, ['※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ・未実施']);
  ws.mergeCells('A15:G15');
}

const S = '事業実績';
const bIndicators: ExpectedIndicator[] = [
  ind(S, '海外誘客プロモーション事業', '件', 30, 42, { existing: 'A' }),
  ind(S, '多言語観光パンフレット作成事業', '部', 20000, 18000, { existing: 'A' }),
  ind(S, '外国人観光客受入環境整備補助金', '件', 15, 9, { existing: 'B' }),
  ind(S, '姉妹都市青少年派遣事業', '人', 20, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(S, '観光ボランティアガイド育成事業', '人', 40, 35, { existing: 'B' }),
  ind(S, 'ファムトリップ招請事業', '回', 3, 3, { existing: 'A' }),
  ind(S, '公衆無線LAN整備事業', 'か所', 10, 12, { existing: 'A' }),
  {
    sheet: S,
    name: '国際交流フェスティバル開催事業',
    measures: [
      { label: '来場者数', target: 5000, actual: 4200, unit: '人' },
      { label: '出展団体', target: 30, actual: 31, unit: '団体' },
    ],
    direction: 'up',
    existing: 'A',
    grade: 'B',
  },
  ind(S, '外国語版観光ウェブサイト運営事業', 'PV', 120000, null, { actualStatus: 'pending' }),
];

const projectTable: Holdout2Workbook = {
  name: 'h103-kanko-project-results',
  layout:
    '推進事業実績: 令和5年度 FY2023 merged over 数値目標 Target｜実績値 Actual, text figures with labels, 未実施, 集計中, two measures in one cell, 令和6年度実施 in the title',
  build(wb) {
    buildProjects(wb.addWorksheet(S));
  },
  expected: { file: 'h103-kanko-project-results.xlsx', fiscalYear: 2023, indicators: bIndicators, groups: [] },
};

// ---------------------------------------------------------------- C: DMO KPI sheet, FY columns, Target / Actual rows
const C_ROWS: { name: string; unit: string; t: (number | null)[]; a: (number | string | null)[]; note?: string }[] = [
  { name: '旅行消費額', unit: '百万円', t: [9000, 10500, 12500, 14000, 15000], a: [7820, 9960, 11320] },
  { name: '延べ宿泊者数', unit: '人泊', t: [300000, 340000, 380000, 400000, 420000], a: [262410, 331870, 391204] },
  { name: '来訪者満足度', unit: '%', t: [80, 82, 85, 87, 90], a: [79.4, 80.1, 78.2], note: '来訪者アンケートで「大変満足」「満足」と回答した割合' },
  { name: 'リピーター率', unit: '%', t: [35, 38, 40, 42, 45], a: [33.2, 39.0, 41.5] },
  {
    name: '外国人延べ宿泊者数',
    unit: '人泊',
    t: [5000, 15000, 30000, 40000, 50000],
    a: [820, 9410, 17880],
    note: '観光庁 宿泊旅行統計調査（暦年）。FY欄は当該年（1〜12月）の値',
  },
  { name: 'ウェブサイト訪問数', unit: '千セッション', t: [700, 800, 900, 1000, 1100], a: [655, 842, 1120] },
  { name: '住民の観光に対する満足度', unit: '%', t: [60, null, 62, null, 65], a: [57.5, '－', '－'], note: '市民意識調査（隔年）。FY2023は調査実施なし' },
];

function buildKpi(ws: Worksheet): void {
  ws.columns = [{ width: 5 }, { width: 28 }, { width: 12 }, { width: 14 }, ...Array.from({ length: 5 }, () => ({ width: 12 })), { width: 40 }];
  put(ws, 1, 1, ['（一社）○○観光推進機構　DMO形成・確立計画　KPI進捗報告　KPI Progress Report']);
  ws.mergeCells('A1:J1');
  put(ws, 2, 1, ['評価年度 Fiscal Year：FY2023（令和5年度）']);
  put(ws, 4, 1, ['No.', 'KPI', '単位 Unit', '区分', 'FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025', '備考 Note']);
  C_ROWS.forEach((k, i) => {
    const r = 5 + i * 2;
    put(ws, r, 1, [i + 1, k.name, k.unit, '目標 Target', ...k.t.map((v) => v ?? '－'), k.note]);
    put(ws, r + 1, 4, ['実績 Actual', ...k.a.map((v) => v ?? undefined)]);
    for (const col of [1, 2, 3, 10]) ws.mergeCells(r, col, r + 1, col);
    for (let c = 5; c <= 9; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = k.unit === '%' ? '0.0' : '#,##0';
  });
  put(ws, 20, 1, ['※FY2024実績は2025年5月の理事会にて報告予定']);
}

const K = 'KPI';
const cIndicators: ExpectedIndicator[] = [
  ind(K, '旅行消費額', '百万円', 12500, 11320),
  ind(K, '延べ宿泊者数', '人泊', 380000, 391204),
  ind(K, '来訪者満足度', '%', 85, 78.2),
  ind(K, 'リピーター率', '%', 40, 41.5),
  ind(K, '外国人延べ宿泊者数', '人泊', 30000, 17880),
  ind(K, 'ウェブサイト訪問数', '千セッション', 900, 1120),
  ind(K, '住民の観光に対する満足度', '%', 62, null, { actualStatus: 'not-applicable' }),
];

const dmoKpi: Holdout2Workbook = {
  name: 'h103-dmo-kpi',
  layout:
    "DMO's KPI sheet: English-only period columns FY2021…FY2025, 目標 Target / 実績 Actual row pairs with merged No./KPI/単位, biennial survey 「－」, 評価年度 FY2023 stated",
  build(wb) {
    buildKpi(wb.addWorksheet(K));
  },
  expected: { file: 'h103-dmo-kpi.xlsx', fiscalYear: 2023, indicators: cIndicators, groups: [] },
};

// ---------------------------------------------------------------- D: 観光振興計画 indicators, year notes in the cells
const D_ROWS: [string, string, string, string, number, string, string][] = [
  ['1 観光客の誘致', '観光入込客数', '市内観光地点の年間入込客数（万人）', '285\n（令和元年）', 320, '301\n（令和5年）', '県観光入込客統計（暦年）'],
  [
    '',
    '外国人延べ宿泊者数',
    '市内宿泊施設の外国人延べ宿泊者数（人泊）',
    '38,500\n（令和元年）',
    60000,
    '41,220\n（令和4年）',
    '観光庁 宿泊旅行統計調査（令和5年値は確定前のため令和4年確定値）',
  ],
  ['', '観光消費額', '観光客の市内消費額の推計（億円）', '205\n（令和元年）', 250, '232.6\n（令和5年）', '観光消費額推計調査'],
  ['', '宿泊者数に占める外国人の割合', '延べ宿泊者数に占める外国人の割合（％）', '4.2\n（令和元年）', 8.0, '5.1\n（令和5年）', '観光庁 宿泊旅行統計調査'],
  ['2 受入環境の整備', '観光ボランティアガイド登録者数', '外国語対応可能な登録ガイド数（人）', '42\n（令和2年度）', 60, '55\n（令和5年度）', '観光交流課調べ'],
  ['', '多言語対応飲食店数', '英・中・韓のメニューを備えた飲食店数（店）', '48\n（令和2年度）', 150, '162\n（令和5年度）', '観光協会調べ'],
  [
    '3 国際交流の推進',
    '姉妹都市・友好都市との交流事業数',
    '相互訪問・オンライン交流等の事業数（件）',
    '6\n（令和元年度）',
    10,
    '10\n（令和5年度）',
    '国際交流室調べ',
  ],
  ['', '観光客満足度', '観光客アンケートで「満足」と回答した割合（％）', '72.0\n（令和元年度）', 80.0, '調査中', '観光客動態調査'],
];

function buildPlan(ws: Worksheet): void {
  ws.columns = [{ width: 16 }, { width: 28 }, { width: 34 }, { width: 16 }, { width: 12 }, { width: 16 }, { width: 36 }];
  put(ws, 1, 1, ['第３次観光振興計画　成果指標の進捗状況（令和５年度評価）']);
  ws.mergeCells('A1:G1');
  put(ws, 3, 1, ['基本目標', '指標 Indicator', '指標の説明', '現況（計画策定時）\nBaseline', '目標（R8）\nTarget', '実績\nActual', '現状把握の方法 Source']);
  D_ROWS.forEach((r, i) => {
    put(ws, 4 + i, 1, [r[0] || undefined, r[1], r[2], r[3], r[4], r[5], r[6]]);
    for (const col of ['D', 'F']) wrap(ws, `${col}${4 + i}`);
  });
  for (const m of ['A4:A7', 'A8:A9', 'A10:A11']) ws.mergeCells(m);
  put(ws, 13, 1, ['※観光庁統計は暦年の値。確定値の公表時期により前年の値を記載している場合がある。']);
}

const P = '成果指標';
const dIndicators: ExpectedIndicator[] = [
  ind(P, '観光入込客数', '万人', 320, 301),
  ind(P, '外国人延べ宿泊者数', '人泊', 60000, 41220),
  ind(P, '観光消費額', '億円', 250, 232.6),
  ind(P, '宿泊者数に占める外国人の割合', '%', 8.0, 5.1),
  ind(P, '観光ボランティアガイド登録者数', '人', 60, 55),
  ind(P, '多言語対応飲食店数', '店', 150, 162),
  ind(P, '姉妹都市・友好都市との交流事業数', '件', 10, 10),
  ind(P, '観光客満足度', '%', 80, null, { actualStatus: 'pending' }),
].map((i) => ({ ...i, targetSource: 'final' }));

const planIndicators: Holdout2Workbook = {
  name: 'h103-kanko-plan-indicators',
  layout:
    '観光振興計画 成果指標: 現況 / 実績 with calendar-year notes 「301⏎（令和5年）」, one 観光庁 figure of 令和4年 (confirmed late), units only in 指標の説明, 目標（R8）, 調査中',
  build(wb) {
    buildPlan(wb.addWorksheet(P));
  },
  expected: { file: 'h103-kanko-plan-indicators.xlsx', fiscalYear: 2023, indicators: dIndicators, groups: [], guesses: ['other-year'] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, dmoKpi, planIndicators];
