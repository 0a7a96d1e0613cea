/**
 * Hold-out 201, four shapes outside the families that a 熱中症対策 office really uses: a monthly tally with 合計 /
 * 年間目標 / 達成率 rows under the months, per-facility rows of クーリングシェルター利用者数, years as rows with 目標 / 実績
 * column pairs, and one 事務事業評価シート per sheet.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly tally
const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_COLS: { name: string; unit: string; target: number; months: number[] }[] = [
  { name: '啓発メール配信回数', unit: '回', target: 120, months: [0, 6, 14, 31, 33, 18, 2, 0, 0, 0, 0, 0] },
  { name: '出前講座実施回数', unit: '回', target: 30, months: [1, 4, 8, 9, 3, 2, 1, 0, 0, 0, 1, 0] },
  { name: '出前講座参加者数', unit: '人', target: 800, months: [22, 118, 236, 261, 74, 55, 30, 0, 0, 0, 25, 0] },
  { name: '熱中症相談件数', unit: '件', target: 250, months: [2, 11, 38, 71, 64, 22, 3, 0, 0, 0, 0, 1] },
  { name: '経口補水液配布数', unit: '本', target: 5000, months: [0, 400, 1200, 1800, 1500, 300, 0, 0, 0, 0, 0, 0] },
  { name: '見守り訪問件数', unit: '件', target: 1800, months: [0, 0, 180, 420, 390, 110, 0, 0, 0, 0, 0, 0] },
];
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

function buildMonthly(ws: Worksheet): void {
  widths(ws, [10, 12, 12, 12, 12, 12, 12, 24, 6]);
  merge(ws, 1, 1, 1, 8, '令和６年度　熱中症予防対策事業　月別実績集計表');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 7, ['健康増進課']);
  put(ws, 3, 1, ['月', ...M_COLS.map((c) => c.name), '備考', '集計キー']);
  put(ws, 4, 1, ['単位', ...M_COLS.map((c) => c.unit)]);
  MONTHS.forEach((m, i) => {
    put(ws, 5 + i, 1, [m, ...M_COLS.map((c) => c.months[i])]);
    ws.getCell(5 + i, 9).value = ((i + 3) % 12) + 1;
  });
  put(ws, 7, 8, ['6/17 県内初の熱中症警戒アラート']);
  put(ws, 9, 8, ['8月は特別警戒アラートの発表なし']);
  // row 17 left blank
  put(ws, 18, 1, ['合計', ...M_COLS.map((c) => total(c.months))]);
  put(ws, 19, 1, ['年間目標', ...M_COLS.map((c) => c.target)]);
  put(ws, 20, 1, ['達成率', ...M_COLS.map((c) => Math.round((1000 * total(c.months)) / c.target) / 1000)]);
  for (let c = 2; c <= 7; c++) {
    ws.getCell(20, c).numFmt = '0.0%';
    for (let r = 5; r <= 19; r++) ws.getCell(r, c).numFmt = '#,##0';
  }
  wrap(ws, 3, 1, 3, 8);
  box(ws, 3, 1, 20, 8);
  ws.getColumn(9).hidden = true;
  put(ws, 22, 1, ['※啓発メール配信回数は熱中症警戒アラート発表時の臨時配信を含む。']);
  put(ws, 23, 1, ['参考：令和6年度の熱中症警戒アラート発表日数　21日']);
}

const monthlyIndicators: ExpectedIndicator[] = M_COLS.map((c) => ind(M_SHEET, c.name, c.unit, c.target, total(c.months)));

// ---------------------------------------------------------------- per facility
const F_SHEET = '施設別';
const F_ROWS: [string, string, string, number | string, number, number | string, string][] = [
  ['中央公民館', '公民館', '中央', 153, 1500, 1872, ''],
  ['市立図書館', '図書館', '中央', 140, 2000, 2315, '月曜休館'],
  ['北部地区センター', '地区センター', '北部', 153, 800, 652, ''],
  ['南部ふれあいセンター', '福祉施設', '南部', 128, 600, 371, '7月から開設'],
  ['市民体育館', '体育施設', '東部', '－', 500, '未実施', '空調改修工事に伴い休館のため'],
  ['道の駅みなみ', '民間施設', '南部', 153, 3000, 1640, '協定による指定（R6.5.1～）'],
];

function buildFacilities(ws: Worksheet): void {
  widths(ws, [5, 22, 12, 8, 10, 12, 12, 9, 28]);
  merge(ws, 1, 1, 1, 9, '令和６年度　クーリングシェルター（指定暑熱避難施設）施設別利用実績');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  merge(ws, 2, 1, 2, 9, '開設期間：令和6年5月1日～9月30日　　※利用者数は各施設の受付簿による');
  put(ws, 4, 1, ['No.', '施設名', '区分', '地区', '開設日数\n（日）', '目標利用者数\n（人）', '利用者数\n（人）', '達成率', '備考']);
  F_ROWS.forEach((row, i) => {
    const [name, kind, area, days, target, actual, note] = row;
    put(ws, 5 + i, 1, [i + 1, name, kind, area, days, target, actual, typeof actual === 'number' ? Math.round((1000 * actual) / target) / 1000 : '－', note]);
    ws.getCell(5 + i, 8).numFmt = '0.0%';
    ws.getCell(5 + i, 6).numFmt = '#,##0';
    ws.getCell(5 + i, 7).numFmt = '#,##0';
  });
  wrap(ws, 4, 1, 4, 9);
  box(ws, 4, 1, 4 + F_ROWS.length, 9);
  put(ws, 6 + F_ROWS.length, 1, ['※目標利用者数は前年度の涼み処利用実績と開設日数から各施設で設定した。']);
}

const facilityIndicators: ExpectedIndicator[] = [
  ind(F_SHEET, '中央公民館', '人', 1500, 1872),
  ind(F_SHEET, '市立図書館', '人', 2000, 2315),
  ind(F_SHEET, '北部地区センター', '人', 800, 652),
  ind(F_SHEET, '南部ふれあいセンター', '人', 600, 371),
  ind(F_SHEET, '市民体育館', '人', 500, null, { actualStatus: 'not-implemented' }),
  ind(F_SHEET, '道の駅みなみ', '人', 3000, 1640),
];

// ---------------------------------------------------------------- years as rows
const Y_SHEET = '指標推移';
const Y_COLS: { name: string; unit: string; dir: string; targets: (number | string)[]; actuals: (number | string | null)[] }[] = [
  { name: '救急搬送人員', unit: '人', dir: '↓ 減少', targets: ['－', 130, 125, 120, 110, 100], actuals: [138, 127, 141, 133, 124, null] },
  { name: '重症以上の搬送人員', unit: '人', dir: '↓ 減少', targets: ['－', 8, 7, 6, 5, 4], actuals: [9, 6, 8, 7, 3, null] },
  { name: '熱中症予防声かけ訪問件数', unit: '件', dir: '↑ 増加', targets: ['－', 1000, 1200, 1350, 1500, 1650], actuals: [820, 1010, 1105, 1260, 1212, null] },
  {
    name: 'クーリングシェルター利用者数',
    unit: '人',
    dir: '↑ 増加',
    targets: ['－', '－', '－', 5000, 8000, 10000],
    actuals: ['－', '－', '－', 6120, 10456, null],
  },
  { name: '熱中症情報メール登録者数', unit: '人', dir: '↑ 増加', targets: ['－', 2000, 3000, 4000, 5000, 6000], actuals: [1020, 1530, 2080, 2410, 2740, null] },
];
const YEARS = ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];

function buildYears(ws: Worksheet): void {
  widths(ws, [12, 9, 9, 9, 9, 10, 10, 10, 10, 10, 10]);
  merge(ws, 1, 1, 1, 11, '熱中症対策の主要指標の推移');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 1, ['評価年度：令和6年度　（令和7年度は目標のみ）']);
  merge(ws, 3, 1, 4, 1, '年度');
  Y_COLS.forEach((c, i) => {
    merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, `${c.name}（${c.unit}）`);
    put(ws, 4, 2 + 2 * i, ['目標', '実績']);
    merge(ws, 5, 2 + 2 * i, 5, 3 + 2 * i, c.dir);
  });
  put(ws, 5, 1, ['目指す方向']);
  YEARS.forEach((y, j) => {
    put(ws, 6 + j, 1, [y]);
    Y_COLS.forEach((c, i) => put(ws, 6 + j, 2 + 2 * i, [c.targets[j], c.actuals[j]]));
  });
  for (let r = 6; r <= 11; r++) for (let c = 2; c <= 11; c++) ws.getCell(r, c).numFmt = '#,##0';
  wrap(ws, 3, 1, 5, 11);
  box(ws, 3, 1, 11, 11);
  put(ws, 13, 1, ['※救急搬送人員・重症以上は消防本部集計（5～9月）。重症以上は3週間以上の入院加療を要するもの。']);
  put(ws, 14, 1, ['※クーリングシェルターは令和5年度に制度を開始した。']);
}

const yearIndicators: ExpectedIndicator[] = [
  ind(Y_SHEET, '救急搬送人員', '人', 110, 124, { direction: 'down' }),
  ind(Y_SHEET, '重症以上の搬送人員', '人', 5, 3, { direction: 'down' }),
  ind(Y_SHEET, '熱中症予防声かけ訪問件数', '件', 1500, 1212),
  ind(Y_SHEET, 'クーリングシェルター利用者数', '人', 8000, 10456),
  ind(Y_SHEET, '熱中症情報メール登録者数', '人', 5000, 2740),
];

// ---------------------------------------------------------------- one 事務事業評価シート per sheet
interface Form {
  sheet: string;
  no: number;
  title: string;
  section: string;
  purpose: string;
  cost: [number, number];
  rows: { kind: string; name: string; dir: string; unit: string; prev: number | string; target: number; actual: number; next: number }[];
  plan: string;
}

const FORMS: Form[] = [
  {
    sheet: 'No.1 熱中症予防啓発',
    no: 1,
    title: '熱中症予防普及啓発事業',
    section: '健康増進課',
    purpose: '市民が暑さを避け、水分・塩分を補給する等の予防行動をとれるよう周知する。',
    cost: [1250, 1480],
    rows: [
      { kind: '活動指標', name: '啓発チラシ配布枚数', dir: '↑', unit: '枚', prev: 18000, target: 20000, actual: 21500, next: 22000 },
      { kind: '成果指標', name: '熱中症予防行動の実施率', dir: '↑', unit: '％', prev: 68.0, target: 75.0, actual: 70.4, next: 78.0 },
    ],
    plan: '継続',
  },
  {
    sheet: 'No.2 クーリングシェルター',
    no: 2,
    title: 'クーリングシェルター運営事業',
    section: '健康増進課',
    purpose: '熱中症特別警戒アラート発表時等に誰もが利用できる涼しい場所を確保する。',
    cost: [820, 2360],
    rows: [
      { kind: '活動指標', name: 'クーリングシェルター指定施設数', dir: '↑', unit: 'か所', prev: '－', target: 45, actual: 52, next: 60 },
      { kind: '成果指標', name: 'クーリングシェルター利用者数', dir: '↑', unit: '人', prev: 6120, target: 9000, actual: 6980, next: 10000 },
    ],
    plan: '拡充',
  },
  {
    sheet: 'No.3 高齢者見守り',
    no: 3,
    title: '高齢者熱中症予防見守り事業',
    section: '長寿支援課',
    purpose: '熱中症リスクの高い高齢者世帯を訪問し、声かけと環境確認を行う。',
    cost: [3100, 3240],
    rows: [
      { kind: '活動指標', name: '声かけ訪問件数', dir: '↑', unit: '件', prev: 1260, target: 1500, actual: 1212, next: 1650 },
      { kind: '成果指標', name: '訪問対象世帯の熱中症救急搬送者数', dir: '↓', unit: '人', prev: 4, target: 3, actual: 5, next: 2 },
    ],
    plan: '見直し',
  },
];

function buildForm(ws: Worksheet, f: Form): void {
  widths(ws, [12, 30, 8, 7, 12, 12, 12, 12, 12]);
  merge(ws, 1, 1, 1, 9, '事務事業評価シート（令和６年度実施分）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, ['事業番号', f.no]);
  put(ws, 4, 1, ['事業名']);
  merge(ws, 4, 2, 4, 5, f.title);
  put(ws, 4, 6, ['担当課']);
  merge(ws, 4, 7, 4, 9, f.section);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 6, 9, f.purpose);
  put(ws, 7, 1, ['事業費（千円）', '令和5年度決算額', undefined, undefined, f.cost[0], '令和6年度決算額', undefined, f.cost[1]]);
  box(ws, 3, 1, 7, 9);
  put(ws, 9, 1, ['区分', '指標名', '目指す方向', '単位', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率', '令和7年度\n目標']);
  f.rows.forEach((x, i) => {
    const rate = x.dir === '↓' ? x.target / x.actual : x.actual / x.target;
    put(ws, 10 + i, 1, [x.kind, x.name, x.dir, x.unit, x.prev, x.target, x.actual, Math.round(rate * 1000) / 1000, x.next]);
    ws.getCell(10 + i, 8).numFmt = '0.0%';
  });
  wrap(ws, 9, 1, 9, 9);
  box(ws, 9, 1, 9 + f.rows.length, 9);
  put(ws, 13, 1, ['今後の方向性', f.plan]);
  put(ws, 14, 1, ['課題']);
  merge(ws, 14, 2, 15, 9, '猛暑日の増加により需要が高まっており、関係課・民間事業者との連携を強化する必要がある。');
  put(ws, 17, 1, ['※達成率は目標÷実績（「↓」の指標）または実績÷目標で算出。']);
}

const formIndicators: ExpectedIndicator[] = FORMS.flatMap((f) =>
  f.rows.map((x) => ind(f.sheet, x.name, x.unit, x.target, x.actual, { direction: x.dir === '↓' ? 'down' : 'up' })),
);

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h201-o-monthly-tally',
    layout: 'months as rows (4月…3月) under measure columns with a 単位 row; 合計 / 年間目標 / 達成率 rows at the foot; hidden key column',
    build(wb) {
      buildMonthly(wb.addWorksheet(M_SHEET));
    },
    expected: { file: 'h201-o-monthly-tally.xlsx', fiscalYear: 2024, indicators: monthlyIndicators, groups: [] },
  },
  {
    name: 'h201-o-shelter-facilities',
    layout: 'one row per cooling-shelter facility: 目標利用者数 / 利用者数 / 達成率, a 開設日数 column, one facility 未実施 (closed for works)',
    build(wb) {
      buildFacilities(wb.addWorksheet(F_SHEET));
    },
    expected: { file: 'h201-o-shelter-facilities.xlsx', fiscalYear: 2024, indicators: facilityIndicators, groups: [] },
  },
  {
    name: 'h201-o-years-rows',
    layout: 'fiscal years as rows (令和2年度…令和7年度), 目標 / 実績 column pairs per indicator, a 目指す方向 row, R7 targets only',
    build(wb) {
      buildYears(wb.addWorksheet(Y_SHEET));
    },
    expected: { file: 'h201-o-years-rows.xlsx', fiscalYear: 2024, indicators: yearIndicators, groups: [] },
  },
  {
    name: 'h201-o-jimu-forms',
    layout: 'one 事務事業評価シート per sheet (label-value header, 事業費 line, 活動指標/成果指標 table with 目指す方向 and next year’s 目標)',
    build(wb) {
      for (const f of FORMS) buildForm(wb.addWorksheet(f.sheet), f);
    },
    expected: { file: 'h201-o-jimu-forms.xlsx', fiscalYear: 2024, indicators: formIndicators, groups: [] },
  },
];
