/** Hold-out 109, four workbooks outside the families (税務・収納・窓口サービスの進行管理). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 市税収納状況（決算）: 税目 merged over its 現年課税分／滞納繰越分 sub-rows, 調定額・収入額（千円）, 収納率 derived beside
// them, 目標収納率, 前年度収納率 and 県平均 as reference columns.
// ---------------------------------------------------------------------------------------------
const S_SHEET = '市税収納状況';
interface TaxRow {
  tax: string;
  kind: string;
  levied: number;
  received: number;
  target: number | null;
  last: number;
  pref: number;
}
const TAX_ROWS: TaxRow[] = [
  { tax: '個人市民税', kind: '現年課税分', levied: 6842310, received: 6781452, target: 99.2, last: 99.05, pref: 98.92 },
  { tax: '個人市民税', kind: '滞納繰越分', levied: 312480, received: 78432, target: 27.0, last: 24.3, pref: 26.8 },
  { tax: '法人市民税', kind: '現年課税分', levied: 1523600, received: 1521780, target: 99.8, last: 99.84, pref: 99.71 },
  { tax: '法人市民税', kind: '滞納繰越分', levied: 8420, received: 2150, target: null, last: 31.2, pref: 28.4 },
  { tax: '固定資産税', kind: '現年課税分', levied: 8915240, received: 8874105, target: 99.5, last: 99.42, pref: 99.31 },
  { tax: '固定資産税', kind: '滞納繰越分', levied: 425870, received: 96512, target: 25.0, last: 21.9, pref: 24.6 },
  { tax: '軽自動車税', kind: '現年課税分', levied: 312540, received: 309880, target: 99.0, last: 98.96, pref: 98.7 },
];
const rate = (levied: number, received: number) => Math.round((received / levied) * 10000) / 100;

function buildCollection(ws: Worksheet): { name: string; target: number | null; actual: number }[] {
  ws.columns = [14, 12, 14, 14, 10, 10, 10, 10, 24].map((width) => ({ width }));
  ws.mergeCells('A1:I1');
  put(ws, 1, 1, ['令和６年度　市税収納状況（決算）']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 1, ['出納閉鎖日（令和７年５月31日）現在', '', '', '', '', '', '', '（単位：千円、％）']);
  put(ws, 3, 1, ['税目', '区分', '調定額', '収入額', '収納率', '目標収納率', '前年度\n収納率', '県平均\n（R5決算）', '備考']);
  for (let c = 1; c <= 9; c++) ws.getCell(3, c).alignment = { wrapText: true, horizontal: 'center' };
  const out: { name: string; target: number | null; actual: number }[] = [];
  let row = 4;
  const taxes = [...new Set(TAX_ROWS.map((r) => r.tax))];
  for (const tax of taxes) {
    const rows = TAX_ROWS.filter((r) => r.tax === tax);
    if (rows.length > 1) ws.mergeCells(`A${row}:A${row + rows.length - 1}`);
    ws.getCell(row, 1).value = tax;
    ws.getCell(row, 1).alignment = { vertical: 'middle' };
    for (const r of rows) {
      const actual = rate(r.levied, r.received);
      put(ws, row, 2, [r.kind, r.levied, r.received, actual, r.target ?? '－', r.last, r.pref]);
      ws.getCell(row, 3).numFmt = '#,##0';
      ws.getCell(row, 4).numFmt = '#,##0';
      ws.getCell(row, 5).numFmt = '0.00';
      if (tax === '軽自動車税') put(ws, row, 9, ['種別割']);
      if (r.target === null) put(ws, row, 9, ['目標設定なし（件数僅少）']);
      out.push({ name: `${tax} ${r.kind}`, target: r.target, actual });
      row++;
    }
  }
  // 市税合計: 現年・滞繰・合計
  const sum = (kind: string | null, k: 'levied' | 'received') => TAX_ROWS.filter((r) => kind === null || r.kind === kind).reduce((a, r) => a + r[k], 0);
  const totals: [string, string | null, number, number, number][] = [
    ['現年課税分', '現年課税分', 99.4, 99.3, 99.12],
    ['滞納繰越分', '滞納繰越分', 26.0, 23.4, 25.9],
    ['合計', null, 96.5, 96.2, 96.4],
  ];
  ws.mergeCells(`A${row}:A${row + 2}`);
  ws.getCell(row, 1).value = '市税合計';
  ws.getCell(row, 1).alignment = { vertical: 'middle' };
  for (const [kind, filter, target, last, pref] of totals) {
    const levied = sum(filter, 'levied');
    const received = sum(filter, 'received');
    const actual = rate(levied, received);
    put(ws, row, 2, [kind, levied, received, actual, target, last, pref]);
    ws.getCell(row, 3).numFmt = '#,##0';
    ws.getCell(row, 4).numFmt = '#,##0';
    ws.getCell(row, 5).numFmt = '0.00';
    out.push({ name: `市税合計 ${kind}`, target, actual });
    row++;
  }
  put(ws, row + 1, 1, ['※収納率＝収入額÷調定額×100（小数点第３位を四捨五入）。県平均は参考値。']);
  put(ws, row + 2, 1, ['※入湯税・都市計画税は固定資産税に含まず、別途集計。']);
  return out;
}

const S_FIGURES = (() => {
  // The same figures the sheet carries (built here once for the facts).
  const out: { name: string; target: number | null; actual: number }[] = [];
  for (const r of TAX_ROWS) out.push({ name: `${r.tax}（${r.kind}）`, target: r.target, actual: rate(r.levied, r.received) });
  const sum = (kind: string | null, k: 'levied' | 'received') => TAX_ROWS.filter((r) => kind === null || r.kind === kind).reduce((a, r) => a + r[k], 0);
  out.push({ name: '市税合計（現年課税分）', target: 99.4, actual: rate(sum('現年課税分', 'levied'), sum('現年課税分', 'received')) });
  out.push({ name: '市税合計（滞納繰越分）', target: 26.0, actual: rate(sum('滞納繰越分', 'levied'), sum('滞納繰越分', 'received')) });
  out.push({ name: '市税合計（合計）', target: 96.5, actual: rate(sum(null, 'levied'), sum(null, 'received')) });
  return out;
})();

const collection: Holdout2Workbook = {
  name: 'h109-shizei-shuno-chotei',
  layout:
    '市税収納状況（決算・出納閉鎖日現在）: 税目 merged over 現年課税分／滞納繰越分 sub-rows, 調定額・収入額（千円） with 収納率 derived beside them, 目標収納率 (one 「－」), 前年度収納率 and 県平均 as reference, 市税合計 with 合計 row',
  build(wb) {
    buildCollection(wb.addWorksheet(S_SHEET));
  },
  expected: {
    file: 'h109-shizei-shuno-chotei.xlsx',
    fiscalYear: 2024,
    indicators: S_FIGURES.map((f) => ind(S_SHEET, f.name, '％', f.target, f.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 納付方法別 収納件数・割合の推移: years as rows, one indicator per column (unit in the heading), a 目標値 row at the bottom,
// a 参考 column without target.
// ---------------------------------------------------------------------------------------------
const P_SHEET = '納付方法別';
function buildPayment(ws: Worksheet): void {
  ws.columns = [18, 14, 14, 14, 14, 16].map((width) => ({ width }));
  ws.mergeCells('A1:F1');
  put(ws, 1, 1, ['納付方法別　収納件数・割合の推移（市税・国民健康保険料）']);
  put(ws, 2, 6, ['納税課']);
  put(ws, 4, 1, [
    '年度',
    '全収納件数\n（参考）',
    '口座振替の割合\n（％）',
    'コンビニ納付の割合\n（％）',
    'スマホ決済の割合\n（％）',
    'スマホ決済収納件数\n（件）',
  ]);
  for (let c = 1; c <= 6; c++) ws.getCell(4, c).alignment = { wrapText: true, horizontal: 'center' };
  const rows: (string | number)[][] = [
    ['令和２年度', 412380, 39.8, 21.3, '－', '－'],
    ['令和３年度', 409115, 40.6, 22.9, 2.1, 8590],
    ['令和４年度', 405872, 41.7, 24.2, 4.6, 18671],
    ['令和５年度', 403006, 42.5, 25.8, 6.9, 27807],
    ['令和６年度', 416302, 43.1, 26.4, 8.7, 36218],
  ];
  rows.forEach((r, i) => {
    put(ws, 5 + i, 1, r);
    ws.getCell(5 + i, 2).numFmt = '#,##0';
    ws.getCell(5 + i, 6).numFmt = '#,##0';
  });
  put(ws, 10, 1, ['目標値（令和６年度）', '－', 45.0, 25.0, 10.0, 40000]);
  ws.getCell(10, 6).numFmt = '#,##0';
  ws.getRow(10).font = { bold: true };
  put(ws, 12, 1, ['※割合は全収納件数に占める各納付方法の件数の割合。令和６年度は出納閉鎖（令和７年５月31日）時点。']);
  put(ws, 13, 1, ['※スマホ決済は令和３年６月開始。']);
}

const payment: Holdout2Workbook = {
  name: 'h109-nofu-hoho-suii',
  layout:
    '納付方法別 収納件数・割合の推移: years as rows 令和２年度〜令和６年度, indicator per column with its unit in the heading, 目標値（令和６年度） row at the bottom, 全収納件数（参考） without target, 「－」 before スマホ決済 began',
  build(wb) {
    buildPayment(wb.addWorksheet(P_SHEET));
  },
  expected: {
    file: 'h109-nofu-hoho-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '口座振替の割合', '％', 45.0, 43.1),
      ind(P_SHEET, 'コンビニ納付の割合', '％', 25.0, 26.4),
      ind(P_SHEET, 'スマホ決済の割合', '％', 10.0, 8.7),
      ind(P_SHEET, 'スマホ決済収納件数', '件', 40000, 36218),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 窓口サービス改善 取組シート: one sheet per 取組, label-value head, a small 指標 table with 方向, 達成率 and 評価.
// ---------------------------------------------------------------------------------------------
interface CardInd {
  name: string;
  unit: string;
  dir: 'up' | 'down';
  base: number | string;
  target: number;
  actual: number;
  grade: string;
}
interface Card {
  sheet: string;
  title: string;
  office: string;
  summary: string;
  inds: CardInd[];
}
const CARDS: Card[] = [
  {
    sheet: '書かない窓口',
    title: '書かない窓口の推進',
    office: '市民課',
    summary: 'マイナンバーカード等の読取りにより申請書を職員が作成し、署名のみで手続ができる窓口の対象手続を拡大する。',
    inds: [
      { name: '書かない窓口 導入手続数', unit: '手続', dir: 'up', base: 0, target: 40, actual: 34, grade: 'B' },
      { name: '書かない窓口 利用件数', unit: '件', dir: 'up', base: '－', target: 12000, actual: 13480, grade: 'A' },
    ],
  },
  {
    sheet: 'コンビニ交付',
    title: '証明書のコンビニ交付の利用促進',
    office: '市民課・税務課',
    summary: '住民票の写し、印鑑登録証明書、所得・課税証明書のコンビニ交付を周知し、窓口の混雑を緩和する。',
    inds: [
      { name: '証明書のコンビニ交付率', unit: '％', dir: 'up', base: 13.2, target: 25.0, actual: 21.4, grade: 'B' },
      { name: 'コンビニ交付件数', unit: '件', dir: 'up', base: 18400, target: 35000, actual: 31250, grade: 'B' },
    ],
  },
  {
    sheet: '電話応対',
    title: '電話応対の品質向上',
    office: '納税課・市民課',
    summary: 'コールセンター（代表電話一次受付）の導入と応対研修により、電話応対の満足度を高め、応答までの時間を短縮する。',
    inds: [
      { name: '電話応対満足度', unit: '％', dir: 'up', base: 74.2, target: 80.0, actual: 82.5, grade: 'A' },
      { name: '平均応答時間', unit: '秒', dir: 'down', base: 45, target: 30, actual: 38, grade: 'C' },
    ],
  },
  {
    sheet: '待ち時間',
    title: '窓口待ち時間の短縮',
    office: '市民課',
    summary: '繁忙期（3月下旬～4月上旬）の臨時窓口の開設と予約制の導入により、待ち時間を短縮する。',
    inds: [{ name: '平均待ち時間（繁忙期）', unit: '分', dir: 'down', base: 32, target: 20, actual: 26, grade: 'B' }],
  },
];

function buildCard(ws: Worksheet, card: Card): void {
  ws.columns = [26, 8, 6, 12, 12, 12, 10, 8].map((width) => ({ width }));
  ws.mergeCells('A1:H1');
  put(ws, 1, 1, ['令和６年度　窓口サービス改善　取組シート']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 3, 1, ['取組名']);
  ws.mergeCells('B3:H3');
  put(ws, 3, 2, [card.title]);
  put(ws, 4, 1, ['担当課']);
  ws.mergeCells('B4:H4');
  put(ws, 4, 2, [card.office]);
  put(ws, 5, 1, ['取組の概要']);
  ws.mergeCells('B5:H6');
  put(ws, 5, 2, [card.summary]);
  ws.getCell('B5').alignment = { wrapText: true, vertical: 'top' };
  put(ws, 8, 1, ['指標', '単位', '方向', '基準値\n（R4）', '目標値\n（R6）', '実績値\n（R6）', '達成率', '評価']);
  for (let c = 1; c <= 8; c++) ws.getCell(8, c).alignment = { wrapText: true, horizontal: 'center' };
  card.inds.forEach((i, k) => {
    const att = i.dir === 'up' ? i.actual / i.target : i.target / i.actual;
    put(ws, 9 + k, 1, [i.name, i.unit, i.dir === 'up' ? '↑' : '↓', i.base, i.target, i.actual, Math.round(att * 1000) / 1000, i.grade]);
    ws.getCell(9 + k, 7).numFmt = '0.0%';
    if (i.target >= 1000) for (const c of [4, 5, 6]) ws.getCell(9 + k, c).numFmt = '#,##0';
  });
  const r = 9 + card.inds.length + 1;
  put(ws, r, 1, ['方向　↑：高いほど良い　↓：低いほど良い（達成率＝目標値÷実績値）']);
  put(ws, r + 1, 1, ['評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
  put(ws, r + 3, 1, ['成果と課題']);
  ws.mergeCells(`B${r + 3}:H${r + 4}`);
  put(ws, r + 4 + 1, 1, ['今後の方向性', '継続']);
}

const CARD_EXPECTED: ExpectedIndicator[] = CARDS.flatMap((c) =>
  c.inds.map((i) => ind(c.sheet, i.name, i.unit, i.target, i.actual, { direction: i.dir, existing: i.grade })),
);

const cards: Holdout2Workbook = {
  name: 'h109-madoguchi-torikumi-cards',
  layout:
    '窓口サービス改善 取組シート: one sheet per 取組 (書かない窓口, コンビニ交付, 電話応対, 待ち時間), label-value head, small 指標 table with 方向 ↑／↓, 基準値（R4）, 目標値（R6）, 実績値（R6）, 達成率 as a % fraction and a written 評価',
  build(wb) {
    for (const c of CARDS) buildCard(wb.addWorksheet(c.sheet), c);
  },
  expected: { file: 'h109-madoguchi-torikumi-cards.xlsx', fiscalYear: 2024, indicators: CARD_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 窓口サービス満足度調査: 目標値 | 令和５年度 | 令和６年度 | 前年度比（ポイント, ▲）, a survey not held this year (「－」),
// a raw distribution sheet beside it.
// ---------------------------------------------------------------------------------------------
const Q_SHEET = '満足度調査';
const SURVEY: [string, string, number, number | string, number | string, string, string][] = [
  ['窓口応対満足度（市民課）', '％', 85.0, 83.1, 86.4, '+3.3', ''],
  ['待ち時間の満足度（市民課）', '％', 70.0, 58.2, 61.0, '+2.8', ''],
  ['窓口応対満足度（税務課）', '％', 85.0, 84.0, 82.7, '▲1.3', ''],
  ['電話応対満足度（納税課）', '％', 80.0, '－', 74.5, '－', '令和６年度から調査'],
  ['書かない窓口の利用者満足度', '％', 90.0, '－', 93.8, '－', '令和５年10月導入'],
  ['外国人住民の窓口満足度', '％', 80.0, 71.0, '－', '－', '隔年調査（次回は令和７年度）'],
  ['平均待ち時間（実測・市民課）', '分', 15.0, 19.0, 16.5, '▲2.5', '短縮を目指す（少ないほど良い）'],
];

function buildSurvey(wb: import('exceljs').Workbook): void {
  const ws = wb.addWorksheet(Q_SHEET);
  ws.columns = [32, 8, 10, 12, 12, 14, 34].map((width) => ({ width }));
  ws.mergeCells('A1:G1');
  put(ws, 1, 1, ['令和６年度　窓口サービス満足度調査　結果']);
  ws.getCell('A1').font = { bold: true, size: 13 };
  put(ws, 2, 1, ['調査期間：令和６年10月１日～10月31日　対象：市民課・税務課・納税課の窓口来庁者　回答数：1,024件']);
  put(ws, 3, 1, ['※満足度＝「満足」「やや満足」と回答した割合']);
  put(ws, 5, 1, ['指標', '単位', '目標値', '令和５年度', '令和６年度', '前年度比\n（ポイント）', '備考']);
  for (let c = 1; c <= 7; c++) ws.getCell(5, c).alignment = { wrapText: true, horizontal: 'center' };
  SURVEY.forEach((r, i) => put(ws, 6 + i, 1, r));
  const raw = wb.addWorksheet('設問別集計');
  raw.columns = [30, 8, 10, 8, 10, 8, 10].map((width) => ({ width }));
  put(raw, 1, 1, ['設問別回答数（令和６年度）']);
  put(raw, 3, 1, ['設問', '満足', 'やや満足', 'ふつう', 'やや不満', '不満', '回答数']);
  put(raw, 4, 1, ['職員の応対（市民課）', 512, 373, 98, 22, 19, 1024]);
  put(raw, 5, 1, ['待ち時間（市民課）', 288, 337, 240, 101, 58, 1024]);
  put(raw, 6, 1, ['職員の応対（税務課）', 201, 160, 58, 11, 7, 437]);
}

const survey: Holdout2Workbook = {
  name: 'h109-madoguchi-manzokudo',
  layout:
    '窓口サービス満足度調査: 指標｜単位｜目標値｜令和５年度｜令和６年度｜前年度比（ポイント, ▲1.3）｜備考, a survey not held this year (「－」, 隔年調査), 短縮 in 備考, a 設問別集計 sheet of raw counts',
  build(wb) {
    buildSurvey(wb);
  },
  expected: {
    file: 'h109-madoguchi-manzokudo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Q_SHEET, '窓口応対満足度（市民課）', '％', 85.0, 86.4),
      ind(Q_SHEET, '待ち時間の満足度（市民課）', '％', 70.0, 61.0),
      ind(Q_SHEET, '窓口応対満足度（税務課）', '％', 85.0, 82.7),
      ind(Q_SHEET, '電話応対満足度（納税課）', '％', 80.0, 74.5),
      ind(Q_SHEET, '書かない窓口の利用者満足度', '％', 90.0, 93.8),
      ind(Q_SHEET, '外国人住民の窓口満足度', '％', 80.0, null, { actualStatus: 'not-applicable' }),
      ind(Q_SHEET, '平均待ち時間（実測・市民課）', '分', 15.0, 16.5, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [collection, payment, cards, survey];
