/**
 * Hold-out 103, four workbooks outside the families: a consultant's report with English-only table headings and a ◎○△× legend,
 * an international exchange association's years-as-rows table, KPI cards in label / value form two across, and a DMO's
 * targets and results on two sheets joined by KPI ID.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- consultant's report
const R_ROWS: [string, string, number, number, number, string, string][] = [
  ['外国人延べ宿泊者数', '人泊', 58200, 45000, 52310, '◎', '台湾・香港からの個人旅行が回復'],
  ['訪日外国人観光消費額', '百万円', 3120, 3500, 2980, '○', '1人当たり消費単価は2019年を上回る'],
  ['海外旅行会社との商談件数', '件', 52, 60, 44, '△', '中国市場の商談会が未開催'],
  ['多言語ウェブサイトの閲覧数', '千PV', 380, 500, 610, '◎', 'SNS広告との連動が奏功'],
  ['免税店数', '店', 28, 40, 39, '◎', '目標をほぼ達成'],
  ['外国人観光客満足度', '%', 84.0, 90.0, 86.5, '○', ''],
  ['海外向けSNSフォロワー数', '人', 6500, 20000, 11200, '×', '投稿頻度の低下'],
];

function buildReport(wb: import('exceljs').Workbook): void {
  const cover = wb.addWorksheet('表紙');
  put(cover, 8, 2, ['令和５年度　○○市インバウンド推進戦略　効果検証業務']);
  put(cover, 10, 2, ['報　告　書']);
  put(cover, 20, 2, ['令和６年３月　March 2024']);
  put(cover, 22, 2, ['株式会社△△総合研究所']);
  const outline = wb.addWorksheet('1.調査概要');
  put(outline, 1, 1, ['1. 調査概要 Outline']);
  put(outline, 3, 1, ['(1) 目的', '○○市インバウンド推進戦略（2020-2025）に定めるKPIについて、令和５年度（FY2023）の達成状況を検証する。']);
  put(outline, 4, 1, ['(2) 対象期間', 'FY2023（2023年4月〜2024年3月）。ただし観光庁統計は2023年（暦年）の値を用いた。']);
  put(outline, 5, 1, ['(3) 方法', '統計データ分析、事業者ヒアリング（32社）、来訪者アンケート（n=1,204）']);
  const ws = wb.addWorksheet('3.KPI評価');
  ws.columns = [{ width: 5 }, { width: 30 }, { width: 9 }, { width: 16 }, { width: 16 }, { width: 16 }, { width: 13 }, { width: 8 }, { width: 36 }];
  put(ws, 1, 1, ['3. KPI達成状況　KPI Achievement']);
  put(ws, 3, 1, ['Table 3-1　KPI一覧（FY2023）']);
  put(ws, 4, 1, ['No.', 'KPI', 'Unit', 'Baseline (FY2019)', 'Target (FY2023)', 'Result (FY2023)', 'Achievement', 'Rating', 'Comment']);
  R_ROWS.forEach((r, i) => {
    const row = 5 + i;
    put(ws, row, 1, [i + 1, r[0], r[1], r[2], r[3], r[4], Math.round((r[4] / r[3]) * 1000) / 1000, r[5], r[6] || undefined]);
    ws.getCell(row, 7).numFmt = '0.0%';
    for (const c of [4, 5, 6]) ws.getCell(row, c).numFmt = r[1] === '%' ? '0.0' : '#,##0';
  });
  put(ws, 13, 1, ['Rating：◎ 100%以上　○ 80%以上100%未満　△ 60%以上80%未満　× 60%未満']);
  put(ws, 14, 1, ['Source：観光庁「宿泊旅行統計調査」「訪日外国人消費動向調査」、○○市資料、当社アンケート調査']);
}

const RS = '3.KPI評価';
// The written marks stay as written: a legend giving ◎○△× bands alone, no status words, is no mapping to A–D (the rule of sets
// 12, 71, 86 and 96; changed after the first run, see index.ts).
const reportIndicators: ExpectedIndicator[] = R_ROWS.map((r) => ind(RS, r[0], r[1], r[3], r[4], { existing: r[5] }));

const consultantReport: Holdout2Workbook = {
  name: 'h103-consultant-report',
  layout:
    "consultant's report: 表紙 and 1.調査概要 sheets, then Table 3-1 with English-only headings Baseline (FY2019) | Target (FY2023) | Result (FY2023) | Achievement | Rating ◎○△× and its legend",
  build: buildReport,
  expected: { file: 'h103-consultant-report.xlsx', fiscalYear: 2023, indicators: reportIndicators, groups: [] },
};

// ---------------------------------------------------------------- years as rows, indicator pairs across
const Y_INDS: [string, string][] = [
  ['姉妹都市相互訪問者数', '人'],
  ['国際交流イベント参加者数', '人'],
  ['日本語教室受講者数', '人'],
  ['多言語相談件数', '件'],
  ['ホームステイ受入家庭数', '世帯'],
];
// [year label, then target/actual pairs]
const Y_ROWS: [string, ...(number | string | null)[]][] = [
  ['令和元年度\nFY2019', 100, 112, 2500, 2610, 120, 131, 400, 385, 20, 22],
  ['令和2年度\nFY2020', 100, 0, 2500, 320, 120, 64, 400, 512, 20, 0],
  ['令和3年度\nFY2021', 60, 18, 1500, 980, 120, 75, 450, 498, 10, 3],
  ['令和4年度\nFY2022', 100, 54, 2500, 2230, 150, 82, 500, 521, 20, 11],
  ['令和5年度\nFY2023', 120, 96, 3000, 3410, 150, 88, 600, 532, 25, 16],
  ['令和6年度\nFY2024', 120, null, 3000, null, 150, null, 600, null, 25, null],
];

function buildYears(ws: Worksheet): void {
  ws.columns = [{ width: 14 }, ...Array.from({ length: 10 }, () => ({ width: 11 }))];
  put(ws, 1, 1, ['公益財団法人○○市国際交流協会　事業成果指標の推移']);
  put(ws, 2, 1, ['評価対象年度：令和５年度']);
  put(ws, 4, 1, ['年度 Year']);
  ws.mergeCells('A4:A5');
  Y_INDS.forEach(([n, u], i) => {
    const c = 2 + i * 2;
    put(ws, 4, c, [`${n}（${u}）`]);
    ws.mergeCells(4, c, 4, c + 1);
    ws.getCell(4, c).alignment = { wrapText: true, horizontal: 'center' };
    put(ws, 5, c, ['目標 Target', '実績 Actual']);
  });
  Y_ROWS.forEach((r, i) => {
    put(ws, 6 + i, 1, r);
    ws.getCell(6 + i, 1).alignment = { wrapText: true };
    for (let c = 2; c <= 11; c++) ws.getCell(6 + i, c).numFmt = '#,##0';
  });
  put(ws, 13, 1, ['※令和2・3年度は新型コロナウイルス感染症の影響により目標を見直した。']);
}

const YS = '成果指標推移';
const yIndicators: ExpectedIndicator[] = Y_INDS.map(([n, u], i) => ind(YS, n, u, Y_ROWS[4][1 + i * 2] as number, Y_ROWS[4][2 + i * 2] as number));

const exchangeYears: Holdout2Workbook = {
  name: 'h103-kokusai-kyokai-years',
  layout:
    '国際交流協会: years as rows (令和元年度⏎FY2019 … 令和6年度 targets only), each indicator a merged heading with its unit over 目標 Target｜実績 Actual',
  build(wb) {
    buildYears(wb.addWorksheet(YS));
  },
  expected: { file: 'h103-kokusai-kyokai-years.xlsx', fiscalYear: 2023, indicators: yIndicators, groups: [] },
};

// ---------------------------------------------------------------- KPI cards, label / value, two across
const CARDS: { name: string; unit: string; t: number; a: number; grade: string; down?: boolean }[] = [
  { name: '多言語対応飲食店数', unit: '店', t: 150, a: 162, grade: 'A' },
  { name: '免税店数', unit: '店', t: 40, a: 39, grade: 'B' },
  { name: '観光施設のキャッシュレス決済対応率', unit: '%', t: 70, a: 58.4, grade: 'B' },
  { name: '外国語対応可能な観光案内所数', unit: 'か所', t: 5, a: 3, grade: 'C' },
  { name: '観光案内所の外国人利用者数', unit: '人', t: 6000, a: 4150, grade: 'B' },
  { name: '外国人観光客からの苦情件数', unit: '件', t: 20, a: 25, grade: 'C', down: true },
];

function buildCards(ws: Worksheet): void {
  ws.columns = [{ width: 2 }, { width: 22 }, { width: 26 }, { width: 3 }, { width: 22 }, { width: 26 }];
  put(ws, 1, 2, ['多言語対応・受入環境　KPIカード（令和５年度 FY2023）']);
  CARDS.forEach((k, i) => {
    const top = 3 + Math.floor(i / 2) * 9;
    const c = i % 2 === 0 ? 2 : 5;
    put(ws, top, c, [`■ KPI ${i + 1}`]);
    put(ws, top + 1, c, ['指標名 Indicator', k.name]);
    put(ws, top + 2, c, ['単位 Unit', k.unit]);
    put(ws, top + 3, c, ['目指す方向 Direction', k.down ? '↓ 減少 Decrease' : '↑ 増加 Increase']);
    put(ws, top + 4, c, ['目標値 Target（R5）', k.t]);
    put(ws, top + 5, c, ['実績値 Actual（R5）', k.a]);
    put(ws, top + 6, c, ['達成率 Rate', Math.round((k.down ? k.t / k.a : k.a / k.t) * 1000) / 1000]);
    ws.getCell(top + 6, c + 1).numFmt = '0.0%';
    put(ws, top + 7, c, ['評価 Grade', k.grade]);
  });
  put(ws, 30, 2, [
    '評価：A 順調（100%以上）　B 概ね順調（80%以上）　C やや遅れている（60%以上）　D 遅れている（60%未満）。減少を目指す指標は目標値÷実績値で算出。',
  ]);
}

const CS = 'KPIカード';
const cardIndicators: ExpectedIndicator[] = CARDS.map((k) => ind(CS, k.name, k.unit, k.t, k.a, { existing: k.grade, direction: k.down ? 'down' : 'up' }));

const kpiCards: Holdout2Workbook = {
  name: 'h103-tagengo-kpi-cards',
  layout:
    'KPI cards in label / value form two across (指標名 Indicator, 単位 Unit, 目指す方向 ↑/↓, 目標値 Target（R5）, 実績値 Actual（R5）, 達成率, 評価), one down-is-better 苦情件数',
  build(wb) {
    buildCards(wb.addWorksheet(CS));
  },
  expected: { file: 'h103-tagengo-kpi-cards.xlsx', fiscalYear: 2023, indicators: cardIndicators, groups: [] },
};

// ---------------------------------------------------------------- targets and results on two sheets, joined by KPI ID
const T_ROWS: [string, string, string, number, number][] = [
  ['T-01', '観光入込客数', '万人', 310, 330],
  ['T-02', '宿泊客数', '万人泊', 52, 56],
  ['T-03', '観光消費額', '億円', 240, 260],
  ['T-04', '外国人延べ宿泊者数', '人泊', 45000, 75000],
  ['T-05', 'クルーズ船寄港回数', '回', 8, 12],
  ['T-06', 'MICE開催件数', '件', 25, 30],
  ['T-07', '教育旅行受入校数', '校', 30, 35],
];
const RESULTS: [string, number | string, string][] = [
  ['T-03', 232.6, '観光消費額推計調査'],
  ['T-01', 301, '県観光入込客統計（暦年）'],
  ['T-02', 54.3, '観光庁 宿泊旅行統計調査（暦年）'],
  ['T-05', 5, '港湾管理者資料'],
  ['T-04', 52310, '観光庁 宿泊旅行統計調査（暦年・確定値）'],
  ['T-07', '集計中', '教育旅行実態調査（6月末集計）'],
  ['T-06', 19, 'コンベンション協会調べ'],
];

function buildSplit(wb: import('exceljs').Workbook): void {
  const t = wb.addWorksheet('目標 Targets');
  t.columns = [{ width: 8 }, { width: 24 }, { width: 10 }, { width: 16 }, { width: 16 }];
  put(t, 1, 1, ['観光戦略 KPI 目標一覧　Targets']);
  put(t, 3, 1, ['KPI ID', 'KPI', '単位 Unit', 'FY2023 Target', 'FY2025 Target']);
  T_ROWS.forEach((r, i) => put(t, 4 + i, 1, r));
  const r = wb.addWorksheet('実績 Results');
  r.columns = [{ width: 8 }, { width: 16 }, { width: 36 }];
  put(r, 1, 1, ['観光戦略 KPI 実績　Results（FY2023 / 令和5年度）']);
  put(r, 3, 1, ['KPI ID', 'FY2023 Result', 'Source']);
  RESULTS.forEach((x, i) => put(r, 4 + i, 1, x));
}

const TS = '目標 Targets';
const splitIndicators: ExpectedIndicator[] = [
  ind(TS, '観光入込客数', '万人', 310, 301),
  ind(TS, '宿泊客数', '万人泊', 52, 54.3),
  ind(TS, '観光消費額', '億円', 240, 232.6),
  ind(TS, '外国人延べ宿泊者数', '人泊', 45000, 52310),
  ind(TS, 'クルーズ船寄港回数', '回', 8, 5),
  ind(TS, 'MICE開催件数', '件', 25, 19),
  ind(TS, '教育旅行受入校数', '校', 30, null, { actualStatus: 'pending' }),
];

const splitSheets: Holdout2Workbook = {
  name: 'h103-kanko-targets-results-split',
  layout:
    'targets and results on two sheets (目標 Targets / 実績 Results) with English headings, joined by KPI ID in another order, an FY2025 Target column, 集計中',
  build: buildSplit,
  expected: { file: 'h103-kanko-targets-results-split.xlsx', fiscalYear: 2023, indicators: splitIndicators, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [consultantReport, exchangeYears, kpiCards, splitSheets];
