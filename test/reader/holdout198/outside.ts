/**
 * Hold-out 198, shapes outside the four families that a 交通政策課 / 高齢福祉課 really keeps: a month-by-month 運行実績 table with
 * 年度計 / 年間目標 / 達成率 rows under it, one row per 乗合タクシー route (with a hidden helper column), the years of a 免許返納
 * support scheme as rows with 目標 / 実績 pairs side by side, and one 事務事業評価シート per sheet.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table

const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const DAYS = [20, 21, 22, 20, 22, 20, 21, 20, 19, 19, 19, 20];
const BOOKINGS = [760, 790, 781, 842, 818, 805, 861, 826, 799, 744, 752, 1062];
const RIDERS = [1012, 1058, 1034, 1121, 1089, 1076, 1140, 1102, 1065, 989, 1003, 1171];
const NEW_MEMBERS = [38, 22, 19, 17, 21, 15, 24, 18, 16, 20, 23, 31];
const SHARE = [31.2, 32.0, 32.8, 34.1, 33.5, 33.0, 35.2, 34.6, 33.9, 34.8, 35.0, 35.4];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function monthly(ws: Worksheet): void {
  widths(ws, [10, 12, 12, 14, 14, 12, 34]);
  merge(ws, 1, 1, 1, 7, '令和５年度　デマンド型乗合タクシー（のりあい号）月別運行実績');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 6, ['交通政策課']);
  put(ws, 3, 1, ['月', '運行日数\n（日）', '予約件数\n（件）', '延べ利用者数\n（人）', '新規登録者数\n（人）', '乗合率\n（%）', '備考']);
  MONTHS.forEach((m, i) => put(ws, 4 + i, 1, [m, DAYS[i], BOOKINGS[i], RIDERS[i], NEW_MEMBERS[i], SHARE[i]]));
  put(ws, 7, 7, ['7/14～7/16 大雨のため運休（3日）']);
  put(ws, 15, 7, ['3月から予約受付を前日17時まで延長']);
  const total = 16;
  put(ws, total, 1, ['年度計']);
  ([2, 3, 4, 5] as const).forEach((c, k) => {
    const col = 'BCDE'[k];
    ws.getCell(total, c).value = { formula: `SUM(${col}4:${col}15)`, result: sum([DAYS, BOOKINGS, RIDERS, NEW_MEMBERS][k]) };
  });
  put(ws, total, 6, [33.8, '乗合率の年度計欄は年間の乗合便数÷運行便数']);
  put(ws, total + 1, 1, ['年間目標', '－', 10000, 14000, 240, 35.0]);
  put(ws, total + 2, 1, ['達成率', '－']);
  (['C', 'D', 'E', 'F'] as const).forEach((col, k) => {
    const c = 3 + k;
    const got = [sum(BOOKINGS), sum(RIDERS), sum(NEW_MEMBERS), 33.8][k];
    const target = [10000, 14000, 240, 35][k];
    ws.getCell(total + 2, c).value = { formula: `${col}${total}/${col}${total + 1}`, result: got / target };
    ws.getCell(total + 2, c).numFmt = '0.0%';
  });
  for (let r = 4; r <= total + 1; r++) {
    for (const c of [3, 4]) ws.getCell(r, c).numFmt = '#,##0';
    ws.getCell(r, 6).numFmt = '0.0';
  }
  box(ws, 3, 1, total + 2, 7);
  wrap(ws, 3, 1, 3, 7);
  put(ws, total + 4, 1, ['※乗合率：複数の予約をまとめて運行した便の割合。']);
  put(ws, total + 5, 1, ['※新規登録者数は当月に利用登録した人数（登録者総数は3月末現在 3,126人）。']);
}

const outMonthly: Holdout2Workbook = {
  name: 'h198-monthly-demand',
  layout:
    'monthly 運行実績: months as rows, measures as columns, 年度計 (SUM formulas) / 年間目標 / 達成率 rows under the months, a 「－」 target, a ratio whose 年度計 is the year rate',
  build(wb) {
    monthly(wb.addWorksheet(M_SHEET));
  },
  expected: {
    file: 'h198-monthly-demand.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M_SHEET, '運行日数', '日', null, sum(DAYS)),
      ind(M_SHEET, '予約件数', '件', 10000, sum(BOOKINGS)),
      ind(M_SHEET, '延べ利用者数', '人', 14000, sum(RIDERS)),
      ind(M_SHEET, '新規登録者数', '人', 240, sum(NEW_MEMBERS)),
      ind(M_SHEET, '乗合率', '%', 35, 33.8),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one row per route

const R_SHEET = '路線別';
const ROUTES: [string, string, string, number | string, number | string, number, string, number | string][] = [
  ['大沢・上野原線', '大沢、上野原', '月・水・金', 3215, 3400, 3356, '', 3011],
  ['小倉線', '小倉、平沢', '火・木', 1820, 2000, 2064, '', 1705],
  ['西山線', '西山、中野、柏木', '月～金', 4105, 4300, 3712, '運転手1名退職により10月から1日4便→3便', 3988],
  ['中川原線', '中川原', '火・金', 982, 1100, 615, '7月～9月は道路工事のため運休', 1020],
  ['北部循環線（試行）', '北部5地区', '月・木', '－', '－', 412, '令和5年10月から試行運行（目標は本格運行時に設定）', '－'],
];

const outRoutes: Holdout2Workbook = {
  name: 'h198-route-rows',
  layout:
    'one row per 乗合タクシー route in 交通空白地区: 前年度実績 / 年間目標 / 令和5年度実績 columns with the unit in the heading, a hidden R3 helper column, a trial route with no target',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [5, 20, 18, 11, 13, 13, 13, 10, 38, 12]);
    merge(ws, 1, 1, 1, 9, '交通空白地区乗合タクシー　路線別利用状況（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['（単位：人）']);
    put(ws, 3, 1, [
      'No',
      '路線名',
      '運行区域',
      '運行日',
      '令和4年度\n実績',
      '年間目標\n（令和5年度）',
      '令和5年度\n実績',
      '達成率',
      '備考',
      'R3実績\n（前年比計算用）',
    ]);
    ROUTES.forEach(([name, area, days, prev, target, actual, note, r3], i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, name, area, days, prev, target, actual]);
      if (typeof target === 'number') {
        ws.getCell(r, 8).value = { formula: `G${r}/F${r}`, result: actual / target };
        ws.getCell(r, 8).numFmt = '0.0%';
      } else put(ws, r, 8, ['－']);
      put(ws, r, 9, [note || undefined, r3]);
      for (const c of [5, 6, 7, 10]) ws.getCell(r, c).numFmt = '#,##0';
    });
    ws.getColumn(10).hidden = true;
    box(ws, 3, 1, 3 + ROUTES.length, 9);
    wrap(ws, 3, 1, 3 + ROUTES.length, 10);
    put(ws, 5 + ROUTES.length, 1, ['※利用者数は延べ人数。運行は市内タクシー事業者3社に委託。']);
  },
  expected: {
    file: 'h198-route-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R_SHEET, '大沢・上野原線', '人', 3400, 3356),
      ind(R_SHEET, '小倉線', '人', 2000, 2064),
      ind(R_SHEET, '西山線', '人', 4300, 3712),
      ind(R_SHEET, '中川原線', '人', 1100, 615),
      ind(R_SHEET, '北部循環線（試行）', '人', null, 412),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows

const Y_SHEET = '返納支援';
const YEARS: [string, ...(number | string | undefined)[]][] = [
  ['令和元年度', '－', 118, '－', 64, '－', 3, '制度開始（10月）'],
  ['令和2年度', 150, 138, 100, 87, 6, 2, '講座は感染症対策のため4回中止'],
  ['令和3年度', 180, 149, 140, 121, 8, 5, undefined],
  ['令和4年度', 220, 196, 180, 166, 10, 9, undefined],
  ['令和5年度', 260, 243, 220, 231, 12, 7, '講座は老人クラブの依頼分のみ実施'],
  ['令和6年度', 280, undefined, 240, undefined, 12, undefined, '目標は第9期高齢者福祉計画による'],
];

const outYears: Holdout2Workbook = {
  name: 'h198-henno-years',
  layout:
    "years as rows (令和元年度 … 令和6年度) with 目標 / 実績 pairs per measure under merged headings, next year's targets already filled, evaluated year only in the title line",
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [13, 9, 9, 9, 9, 9, 9, 34]);
    merge(ws, 1, 1, 1, 8, '運転免許自主返納者支援事業　実施状況の推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['（令和５年度事務事業評価 添付資料）']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '自主返納者数（人）');
    merge(ws, 3, 4, 3, 5, '支援制度利用件数（件）');
    merge(ws, 3, 6, 3, 7, '出前講座開催回数（回）');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    YEARS.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 4 + YEARS.length, 8);
    wrap(ws, 3, 1, 4 + YEARS.length, 8);
    put(ws, 6 + YEARS.length, 1, ['※支援制度：返納者にタクシー利用券またはバス回数券（5,000円分）を交付。']);
    put(ws, 7 + YEARS.length, 1, ['※自主返納者数は市内在住者（全年齢）、警察署提供資料による。']);
  },
  expected: {
    file: 'h198-henno-years.xlsx',
    fiscalYear: 2023,
    indicators: [ind(Y_SHEET, '自主返納者数', '人', 260, 243), ind(Y_SHEET, '支援制度利用件数', '件', 220, 231), ind(Y_SHEET, '出前講座開催回数', '回', 12, 7)],
    groups: [],
    // 「（令和５年度事務事業評価 添付資料）」 names the year of the evaluation, which many cities hold on the year before's results:
    // it states no period (as a bare 「令和X年度評価」 does not), so the year read is a guess. Aligned by the lead after the first run.
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------- one form per sheet

interface Form {
  sheet: string;
  project: string;
  section: string;
  purpose: string;
  budget: [number, number];
  rows: [string, string, string, number, number][];
  way: string;
}

const FORMS: Form[] = [
  {
    sheet: 'No1_デマンド交通',
    project: 'デマンド型乗合タクシー運行事業',
    section: '都市整備部　交通政策課',
    purpose: '路線バスの撤退した地域や交通空白地区の住民、特に高齢者の通院・買い物の移動手段を確保する。',
    budget: [48500, 51230],
    rows: [
      ['活動指標', '運行日数', '日', 243, 243],
      ['成果指標', '1便当たり乗車人数', '人', 2.0, 1.7],
    ],
    way: '継続',
  },
  {
    sheet: 'No2_送迎支援',
    project: '高齢者通院・買い物送迎支援事業',
    section: '健康福祉部　高齢福祉課',
    purpose: '自ら移動することが困難な高齢者の通院・買い物を、地域の送迎ボランティア団体の活動により支援する。',
    budget: [6200, 5874],
    rows: [
      ['活動指標', '送迎ボランティア団体数', '団体', 8, 7],
      ['成果指標', '送迎利用者数（延べ）', '人', 3600, 2950],
    ],
    way: '拡充',
  },
  {
    sheet: 'No3_返納支援',
    project: '運転免許自主返納者支援事業',
    section: '市民生活部　防災安全課',
    purpose: '高齢運転者の交通事故を防ぐため、運転免許を自主返納しやすい環境をつくる。',
    budget: [1800, 1215],
    rows: [
      ['活動指標', '周知チラシの全戸配布', '回', 4, 4],
      ['成果指標', '支援制度利用者数', '人', 240, 132],
    ],
    way: '見直し',
  },
];

function form(ws: Worksheet, f: Form): void {
  widths(ws, [14, 16, 16, 8, 12, 12, 12]);
  merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 7, f.project);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 4, f.section);
  put(ws, 4, 5, ['評価年度']);
  merge(ws, 4, 6, 4, 7, '令和５年度');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 7, f.purpose);
  put(ws, 6, 1, ['事業費（千円）', '予算額', f.budget[0], undefined, '決算額', f.budget[1]]);
  ws.getCell(6, 3).numFmt = '#,##0';
  ws.getCell(6, 6).numFmt = '#,##0';
  box(ws, 3, 1, 6, 7);
  wrap(ws, 3, 1, 6, 7);
  put(ws, 8, 1, ['■指標']);
  put(ws, 9, 1, ['区分']);
  merge(ws, 9, 2, 9, 3, '指標名');
  put(ws, 9, 4, ['単位', '目標値', '実績値', '達成率']);
  f.rows.forEach(([kind, name, unit, target, actual], i) => {
    const r = 10 + i;
    put(ws, r, 1, [kind]);
    merge(ws, r, 2, r, 3, name);
    put(ws, r, 4, [unit, target, actual]);
    ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: actual / target };
    ws.getCell(r, 7).numFmt = '0.0%';
    for (const c of [5, 6]) ws.getCell(r, c).numFmt = Number.isInteger(target) ? '#,##0' : '0.0';
  });
  box(ws, 9, 1, 11, 7);
  put(ws, 13, 1, ['今後の方向性', f.way]);
  put(ws, 14, 1, ['課題・改善策']);
  merge(ws, 14, 2, 16, 7, '（担当課記入）');
  box(ws, 13, 1, 16, 7);
}

const outForms: Holdout2Workbook = {
  name: 'h198-forms-jigyo',
  layout: 'one 事務事業評価シート per sheet (three sheets): label/value rows, a 事業費 row of budget figures, 活動指標 / 成果指標 rows with 達成率 formulas',
  build(wb) {
    for (const f of FORMS) form(wb.addWorksheet(f.sheet), f);
  },
  expected: {
    file: 'h198-forms-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, target, actual]) => ind(f.sheet, name, unit, target, actual))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [outMonthly, outRoutes, outYears, outForms];
