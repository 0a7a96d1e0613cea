/** Hold-out 161, shapes outside the four families that ふるさと納税・地場産品・クラウドファンディング offices use. */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';

/* ---------------------------------------------------------------- 事務事業評価シート, one 事業 per sheet */

interface JRow {
  kind: string;
  name: string;
  unit: string;
  last: number;
  target: number;
  actual: number;
}

function jimuSheet(ws: Worksheet, no: string, title: string, purpose: string, rows: JRow[], grade: string): void {
  widths(ws, [12, 32, 8, 13, 13, 13, 10]);
  merge(ws, 1, 1, 1, 7, '令和４年度　事務事業評価シート（令和３年度実施事業）');
  put(ws, 3, 1, ['事業番号', no]);
  put(ws, 4, 1, ['事務事業名']);
  merge(ws, 4, 2, 4, 7, title);
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 7, '産業振興部 商工観光課');
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 7, purpose);
  box(ws, 3, 1, 6, 7);
  put(ws, 8, 1, ['区分', '指標名', '単位', 'R2年度実績', 'R3年度目標', 'R3年度実績', '達成率']);
  rows.forEach((r, i) => put(ws, 9 + i, 1, [r.kind, r.name, r.unit, r.last, r.target, r.actual, `${((r.actual / r.target) * 100).toFixed(1)}%`]));
  box(ws, 8, 1, 8 + rows.length, 7);
  wrap(ws, 8, 1, 8 + rows.length, 7);
  const r = 10 + rows.length;
  put(ws, r, 1, ['事業の評価']);
  merge(ws, r, 2, r, 3, grade);
  merge(ws, r, 4, r, 7, 'A：成果が十分　B：概ね成果あり　C：成果が不十分　D：見直しが必要');
  put(ws, r + 1, 1, ['今後の方向性', '継続']);
  box(ws, r, 1, r + 1, 7);
}

const J1 = 'No.12';
const J2 = 'No.13';
const J1_ROWS: JRow[] = [
  { kind: '活動指標', name: '返礼品掲載数', unit: '品', last: 420, target: 500, actual: 536 },
  { kind: '成果指標', name: 'ふるさと納税寄附額', unit: '千円', last: 186300, target: 220000, actual: 241875 },
  { kind: '成果指標', name: 'ふるさと納税寄附件数', unit: '件', last: 12208, target: 15000, actual: 13920 },
];
const J2_ROWS: JRow[] = [
  { kind: '活動指標', name: '商談会・物産展への出展回数', unit: '回', last: 3, target: 8, actual: 6 },
  { kind: '成果指標', name: 'ブランド認定品の販売額', unit: '千円', last: 24150, target: 36000, actual: 29480 },
];

const jimuJigyo: Holdout2Workbook = {
  name: 'h161-o-jimujigyo-sheets',
  layout:
    '事務事業評価シート one 事業 per sheet (令和４年度 評価 of 令和３年度実施事業): header label/value rows, 活動指標／成果指標 table with R2年度実績, R3年度目標, R3年度実績 and a text 達成率, a 事業の評価 letter with its own legend',
  build(wb: Workbook) {
    jimuSheet(
      wb.addWorksheet(J1),
      '12',
      'ふるさと納税推進事業',
      'ふるさと納税制度を活用し、市の魅力発信と自主財源の確保、地場産品の販路拡大を図る。',
      J1_ROWS,
      'A',
    );
    jimuSheet(
      wb.addWorksheet(J2),
      '13',
      '特産品ブランド化推進事業',
      '市の特産品をブランド認定し、商談会・物産展への出展を通じて販路を拡大する。',
      J2_ROWS,
      'B',
    );
  },
  expected: {
    file: 'h161-o-jimujigyo-sheets.xlsx',
    fiscalYear: 2021,
    indicators: [...J1_ROWS.map((r) => ind(J1, r.name, r.unit, r.target, r.actual)), ...J2_ROWS.map((r) => ind(J2, r.name, r.unit, r.target, r.actual))],
    groups: [],
  },
};

/* ---------------------------------------------------------------- ガバメントクラウドファンディング, one project per row */

const G_SHEET = 'GCF実績';
const G_ROWS: [string, string, number, number, number][] = [
  ['保護猫譲渡推進プロジェクト', 'R5.6.1～R5.8.31', 3000000, 3482000, 214],
  ['市立博物館 収蔵品修復プロジェクト', 'R5.7.1～R5.9.30', 5000000, 4105500, 188],
  ['港まつり 山車修繕プロジェクト', 'R5.9.1～R5.11.30', 8000000, 5230000, 302],
  ['子ども食堂応援プロジェクト', 'R5.11.1～R6.1.31', 1500000, 1872000, 157],
  ['高校生の特産品開発プロジェクト', 'R6.1.10～R6.3.10', 800000, 412000, 36],
];

const gcf: Holdout2Workbook = {
  name: 'h161-o-gcf-projects',
  layout:
    'ガバメントクラウドファンディング 実施プロジェクト一覧（令和５年度）: one project per row, 目標金額（円） and 寄附金額（円） as numbers, a 寄附件数（件） column without a target, a 達成率 column in %',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(G_SHEET);
    widths(ws, [5, 34, 20, 14, 14, 12, 9, 24]);
    merge(ws, 1, 1, 1, 8, '令和５年度　ガバメントクラウドファンディング（ふるさと納税）実施プロジェクト一覧');
    put(ws, 2, 7, ['企画課']);
    put(ws, 3, 1, ['No.', 'プロジェクト名', '募集期間', '目標金額（円）', '寄附金額（円）', '寄附件数（件）', '達成率', '備考']);
    G_ROWS.forEach(([name, period, target, actual, count], i) => {
      put(ws, 4 + i, 1, [i + 1, name, period, target, actual, count, actual / target, i === 2 ? '不足分は一般財源で対応' : undefined]);
      ws.getCell(4 + i, 4).numFmt = '#,##0';
      ws.getCell(4 + i, 5).numFmt = '#,##0';
      ws.getCell(4 + i, 7).numFmt = '0.0%';
    });
    box(ws, 3, 1, 3 + G_ROWS.length, 8);
    wrap(ws, 3, 1, 3, 8);
  },
  expected: {
    file: 'h161-o-gcf-projects.xlsx',
    fiscalYear: 2023,
    indicators: G_ROWS.map(([name, , target, actual]) => ind(G_SHEET, name, '円', target, actual)),
    groups: [],
  },
};

/* ---------------------------------------------------------------- 直売所 monitoring: years as rows, 目標／実績 pairs */

const Y_SHEET = 'モニタリング';

const yearsAsRows: Holdout2Workbook = {
  name: 'h161-o-chokubai-years',
  layout:
    '道の駅 地場産品直売所 指定管理者モニタリング (評価対象年度：令和４年度): years as rows 平成30年度…令和5年度, 売上高（千円）／来場者数（人）／出荷登録者数（人） each merged over 目標／実績, 令和5年度 with targets only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 11, 11, 26]);
    merge(ws, 1, 1, 1, 8, '道の駅みなと 地場産品直売所　指定管理者モニタリングシート');
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '売上高（千円）');
    merge(ws, 4, 4, 4, 5, '来場者数（人）');
    merge(ws, 4, 6, 4, 7, '出荷登録者数（人）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成30年度', 180000, 176420, 300000, 311250, 150, 148],
      ['令和元年度', 190000, 188930, 310000, 296480, 160, 155],
      ['令和2年度', 190000, 162310, 310000, 214600, 165, 158, '臨時休業 R2.4.18～5.31'],
      ['令和3年度', 200000, 198760, 310000, 251830, 170, 166],
      ['令和4年度', 210000, 224380, 320000, 286410, 180, 171],
      ['令和5年度', 220000, undefined, 330000, undefined, 190, undefined, '次年度評価'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    box(ws, 4, 1, 11, 8);
  },
  expected: {
    file: 'h161-o-chokubai-years.xlsx',
    fiscalYear: 2022,
    indicators: [ind(Y_SHEET, '売上高', '千円', 210000, 224380), ind(Y_SHEET, '来場者数', '人', 320000, 286410), ind(Y_SHEET, '出荷登録者数', '人', 180, 171)],
    groups: [],
  },
};

/* ---------------------------------------------------------------- split sheets: 目標設定 and 実績, joined by ID */

const S_TARGETS = '目標設定';
const S_ACTUALS = '実績';
const S_ROWS: [string, string, string, number[], number, number][] = [
  ['P-01', '返礼品に占める地場産品の割合', '％', [80.0, 85.0, 90.0], 76.2, 83.5],
  ['P-02', '市内事業者からの返礼品調達額', '千円', [95000, 105000, 115000], 81430, 88214],
  ['P-03', '返礼品協力事業者数', '事業者', [55, 60, 65], 38, 41],
  ['P-04', '体験型返礼品の提供数', '件', [12, 15, 18], 7, 4],
];

const splitSheets: Holdout2Workbook = {
  name: 'h161-o-split-henreihin',
  layout:
    '返礼品 地場産品活用計画 split over a 目標設定 sheet (ID, 指標名, 単位, R2…R4 目標) and a 実績 sheet (ID, 指標名, R1実績, R2実績), both titled 評価対象年度：令和２年度, joined by ID',
  build(wb: Workbook) {
    const t = wb.addWorksheet(S_TARGETS);
    widths(t, [8, 32, 9, 11, 11, 11]);
    put(t, 1, 1, ['ふるさと納税返礼品 地場産品活用計画　目標設定（評価対象年度：令和２年度）']);
    put(t, 3, 1, ['ID', '指標名', '単位', '令和2年度', '令和3年度', '令和4年度']);
    S_ROWS.forEach(([id, name, unit, targets], i) => put(t, 4 + i, 1, [id, name, unit, ...targets]));
    box(t, 3, 1, 3 + S_ROWS.length, 6);
    const a = wb.addWorksheet(S_ACTUALS);
    widths(a, [8, 32, 12, 12, 30]);
    put(a, 1, 1, ['ふるさと納税返礼品 地場産品活用計画　実績（評価対象年度：令和２年度）']);
    put(a, 3, 1, ['ID', '指標名', '令和元年度実績', '令和2年度実績', '備考']);
    S_ROWS.forEach(([id, name, , , last, actual], i) =>
      put(a, 4 + i, 1, [id, name, last, actual, id === 'P-04' ? '新型コロナウイルス感染症の影響で体験型を休止' : undefined]),
    );
    box(a, 3, 1, 3 + S_ROWS.length, 5);
  },
  expected: {
    file: 'h161-o-split-henreihin.xlsx',
    fiscalYear: 2020,
    indicators: S_ROWS.map(([, name, unit, targets, , actual]) => ind(S_ACTUALS, name, unit, targets[0], actual)),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jimuJigyo, gcf, yearsAsRows, splitSheets];
