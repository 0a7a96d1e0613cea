/**
 * Hold-out 131, shapes outside the four families that these offices use: a 青少年健全育成プラン table with years as rows and
 * 目標／実績 pairs under two-row headings (one indicator 減少), 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 and
 * 目標／実績 rows per 令和４年度…令和７年度（計画）, a 男女共同参画センター 月別利用状況 whose 年度計 feeds a 目標と実績 sheet by
 * formulas, and a 市民意識調査 達成状況 table graded ◎○△× by a legend of the standard bands.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { Worksheet } from 'exceljs';

type Cell = string | number | undefined;

/** Years as rows: 年度 down the side, each indicator a 目標／実績 pair of columns, a 目指す方向 row. */
const Y = '指標の推移';
const yearsAsRows: Holdout2Workbook = {
  name: 'h131-seishonen-years-as-rows',
  layout: 'N-years-as-rows: 年度 as rows 令和元年度…令和５年度, 目標／実績 column pairs under merged indicator headings with （人） units, 目指す方向 減少',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    widths(ws, [14, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 7, '青少年健全育成プラン　成果指標の推移（令和４年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '不良行為少年の補導人数（人）');
    merge(ws, 3, 4, 3, 5, '青少年育成推進員の活動回数（回）');
    merge(ws, 3, 6, 3, 7, '子ども110番の家登録件数（件）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['目指す方向']);
    merge(ws, 5, 2, 5, 3, '↓減少');
    merge(ws, 5, 4, 5, 5, '↑増加');
    merge(ws, 5, 6, 5, 7, '↑増加');
    const rows: Cell[][] = [
      ['令和元年度', 180, 205, 240, 231, 1150, 1163],
      ['令和２年度', 170, 162, 240, 118, 1200, 1171],
      ['令和３年度', 160, 171, 240, 176, 1225, 1240],
      ['令和４年度', 150, 168, 240, 198, 1250, 1262],
      ['令和５年度', 140, undefined, 240, undefined, 1275, undefined],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let r = 6; r <= 10; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 5, 7);
    box(ws, 3, 1, 10, 7);
    put(ws, 12, 1, ['※令和２年度の活動回数は新型コロナウイルス感染症の影響による。補導人数は警察署提供資料による']);
  },
  expected: {
    file: 'h131-seishonen-years-as-rows.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(Y, '不良行為少年の補導人数', '人', 150, 168, { direction: 'down' }),
      ind(Y, '青少年育成推進員の活動回数', '回', 240, 198),
      ind(Y, '子ども110番の家登録件数', '件', 1250, 1262),
    ],
    groups: [],
  },
};

interface Indicator {
  kind: string;
  name: string;
  unit: string;
  targets: Cell[];
  actuals: Cell[];
}

function projectSheet(ws: Worksheet, project: string, section: string, purpose: string, indicators: Indicator[]): void {
  widths(ws, [12, 34, 8, 8, 12, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和６年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, project);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, section);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, purpose);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['区分', '指標名', '単位', '項目', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（計画）']);
  let r = 8;
  for (const i of indicators) {
    merge(ws, r, 1, r + 1, 1, i.kind);
    merge(ws, r, 2, r + 1, 2, i.name);
    merge(ws, r, 3, r + 1, 3, i.unit);
    put(ws, r, 4, ['目標', ...i.targets]);
    put(ws, r + 1, 4, ['実績', ...i.actuals]);
    r += 2;
  }
  wrap(ws, 7, 1, r - 1, 8);
  box(ws, 7, 1, r - 1, 8);
  put(ws, r + 1, 1, ['今後の方向性']);
  merge(ws, r + 1, 2, r + 1, 8, '継続');
}

const P1 = '平和推進事業';
const P2 = '人権啓発事業';
const perSheet: Holdout2Workbook = {
  name: 'h131-jimujigyo-hyoka-per-sheet',
  layout: 'N-project-per-sheet: 事務事業評価シート one 事業 per sheet, 活動指標／成果指標 with 目標／実績 rows over 令和４年度…令和７年度（計画）',
  build(wb) {
    projectSheet(wb.addWorksheet(P1), '平和推進事業', '総務部　総務課', '戦争の悲惨さと平和の尊さを次世代に継承する。', [
      { kind: '活動指標', name: '平和パネル展の開催日数', unit: '日', targets: [10, 14, 14, 14], actuals: [10, 12, 14, undefined] },
      { kind: '成果指標', name: '平和の集い参加者数', unit: '人', targets: [400, 450, 500, 550], actuals: [312, 398, 436, undefined] },
    ]);
    projectSheet(wb.addWorksheet(P2), '人権啓発事業', '市民生活部　人権推進課', '市民一人ひとりの人権意識の高揚を図る。', [
      { kind: '活動指標', name: '人権啓発冊子の配布部数', unit: '部', targets: [8000, 8000, 8000, 8000], actuals: [7600, 8150, 8000, undefined] },
      {
        kind: '成果指標',
        name: '人権講演会で「理解が深まった」と回答した参加者の割合',
        unit: '％',
        targets: [90.0, 90.0, 90.0, 90.0],
        actuals: [82.3, 88.0, 84.6, undefined],
      },
    ]);
  },
  expected: {
    file: 'h131-jimujigyo-hyoka-per-sheet.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P1, '平和パネル展の開催日数', '日', 14, 14),
      ind(P1, '平和の集い参加者数', '人', 500, 436),
      ind(P2, '人権啓発冊子の配布部数', '部', 8000, 8000),
      ind(P2, '人権講演会で「理解が深まった」と回答した参加者の割合', '％', 90.0, 84.6),
    ],
    groups: [],
  },
};

/** A 月別利用状況 sheet whose 年度計 feeds the 目標と実績 sheet by formulas (cached results written). */
const M = '月別利用状況';
const T = '目標と実績';
const LECTURES = [152, 188, 210, 176, 143, 195, 230, 221, 168, 160, 182, 190];
const CONSULTS = [31, 28, 35, 40, 26, 33, 29, 37, 30, 27, 34, 38];
const VISITORS = [2310, 2405, 2198, 2520, 2610, 2290, 2480, 2355, 2105, 1980, 2150, 2077];
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const monthly: Holdout2Workbook = {
  name: 'h131-center-monthly-formulas',
  layout: 'N-split-sheets: 男女共同参画センター 月別利用状況 with a 年度計 row, a 目標と実績 sheet reading it by formulas, 「－」 target, 評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(M);
    widths(ws, [10, 16, 14, 16]);
    merge(ws, 1, 1, 1, 4, '令和５年度　男女共同参画センター月別利用状況');
    put(ws, 3, 1, ['月', '講座参加者数（人）', '相談件数（件）', '施設利用者数（人）']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    months.forEach((m, i) => put(ws, 4 + i, 1, [m, LECTURES[i], CONSULTS[i], VISITORS[i]]));
    ws.getCell(16, 1).value = '年度計';
    ws.getCell(16, 2).value = { formula: 'SUM(B4:B15)', result: total(LECTURES) };
    ws.getCell(16, 3).value = { formula: 'SUM(C4:C15)', result: total(CONSULTS) };
    ws.getCell(16, 4).value = { formula: 'SUM(D4:D15)', result: total(VISITORS) };
    box(ws, 3, 1, 16, 4);
    const t = wb.addWorksheet(T);
    widths(t, [26, 8, 16, 16, 10, 8]);
    merge(t, 1, 1, 1, 6, '令和５年度　男女共同参画センター事業　目標と実績');
    put(t, 3, 1, ['指標', '単位', '令和５年度目標', '令和５年度実績', '達成率', '評価']);
    put(t, 4, 1, ['センター講座参加者数', '人', 2400]);
    t.getCell(4, 4).value = { formula: `'${M}'!B16`, result: total(LECTURES) };
    t.getCell(4, 5).value = { formula: 'D4/C4', result: total(LECTURES) / 2400 };
    t.getCell(4, 6).value = 'B';
    put(t, 5, 1, ['センター施設利用者数', '人', 30000]);
    t.getCell(5, 4).value = { formula: `'${M}'!D16`, result: total(VISITORS) };
    t.getCell(5, 5).value = { formula: 'D5/C5', result: total(VISITORS) / 30000 };
    t.getCell(5, 6).value = 'B';
    put(t, 6, 1, ['相談件数', '件', '－']);
    t.getCell(6, 4).value = { formula: `'${M}'!C16`, result: total(CONSULTS) };
    put(t, 6, 5, ['－', '－']);
    for (let r = 4; r <= 6; r++) {
      t.getCell(r, 3).numFmt = '#,##0';
      t.getCell(r, 4).numFmt = '#,##0';
      t.getCell(r, 5).numFmt = '0.0%';
    }
    box(t, 3, 1, 6, 6);
    put(t, 8, 1, ['※評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　（相談件数は目標を設定しない）']);
  },
  expected: {
    file: 'h131-center-monthly-formulas.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T, 'センター講座参加者数', '人', 2400, total(LECTURES), { existing: 'B' }),
      ind(T, 'センター施設利用者数', '人', 30000, total(VISITORS), { existing: 'B' }),
      ind(T, '相談件数', '件', null, total(CONSULTS)),
    ],
    groups: [],
  },
};

/** A 市民意識調査 達成状況 table with ◎○△× and a legend of the standard bands (one mark more generous than the figures). */
const S = '達成状況';
const marks: Holdout2Workbook = {
  name: 'h131-ishiki-chousa-marks',
  layout: 'N-measure-pairs: 市民意識調査 指標の達成状況, 基準値（令和元年度）／目標値／実績値（令和６年度）, 達成度 ◎○△× with a legend',
  build(wb) {
    const ws = wb.addWorksheet(S);
    widths(ws, [5, 40, 6, 12, 12, 12, 8]);
    merge(ws, 1, 1, 1, 7, '男女共同参画に関する市民意識調査　指標の達成状況（令和６年度調査）');
    put(ws, 3, 1, ['No.', '指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和６年度）', '実績値\n（令和６年度）', '達成度']);
    const rows: Cell[][] = [
      [1, '「家庭生活」で男女の地位が平等と感じる市民の割合', '％', 27.4, 35.0, 29.8, '○'],
      [2, '「職場」で男女の地位が平等と感じる市民の割合', '％', 24.1, 30.0, 31.5, '◎'],
      [3, '男女共同参画センターの認知度', '％', 31.0, 50.0, 28.7, '△'],
      [4, '「ワーク・ライフ・バランス」という言葉の認知度', '％', 40.2, 70.0, 44.9, '△'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (let r = 4; r <= 7; r++) for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0';
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['達成度　◎：目標値の100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
  },
  expected: {
    file: 'h131-ishiki-chousa-marks.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S, '「家庭生活」で男女の地位が平等と感じる市民の割合', '％', 35.0, 29.8, { existing: '○' }),
      ind(S, '「職場」で男女の地位が平等と感じる市民の割合', '％', 30.0, 31.5, { existing: '◎' }),
      ind(S, '男女共同参画センターの認知度', '％', 50.0, 28.7, { existing: '△' }),
      ind(S, '「ワーク・ライフ・バランス」という言葉の認知度', '％', 70.0, 44.9, { existing: '△' }),
    ],
    groups: [],
  },
};

// The written marks as written: the legend gives bands alone, no letter and no status word (sets 12, 71, 86, 96, 103, 120, 128, 130).
export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, monthly, marks];
