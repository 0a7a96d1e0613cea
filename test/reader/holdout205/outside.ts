/** Hold-out 205, four shapes outside the families that a 事業承継・中小企業支援 office really uses. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table: 年間目標, 4月〜3月, 合計, a hidden 前年度合計
const M_SHEET = '月別実績';
const MONTH_ROWS: [string, string, number, (number | null)[], number, number][] = [
  ['窓口相談件数', '件', 180, [14, 16, 15, 18, 12, 17, 16, 15, 19, 14, 18, 22], 196, 171],
  ['専門家派遣件数', '件', 60, [3, 4, 5, 4, 2, 4, 5, 3, 4, 3, 4, 6], 47, 52],
  ['出張相談会参加事業者数', '者', 100, [null, null, 22, null, null, 18, null, 25, null, null, 19, null], 84, 76],
  ['事業承継診断件数', '件', 240, [18, 20, 22, 21, 17, 19, 23, 20, 22, 21, 24, 24], 251, 229],
  ['M&Aマッチング成約件数', '件', 6, [0, 0, 1, 0, 0, 1, 0, 0, 0, 1, 0, 2], 5, 6],
];
const monthly: Holdout2Workbook = {
  name: 'h205-getsubetsu-sodan',
  layout: 'outside: 月別実績表 (年間目標, 4月〜3月, 合計, 達成率 as a fraction), a hidden 前年度合計 column, a row with months left blank',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 6, 9, ...Array(12).fill(6), 8, 9, 8, 22]);
    merge(ws, 1, 1, 1, 19, '令和６年度　事業承継・経営相談窓口　月別実績表');
    put(ws, 2, 14, ['みなと市商工労働課・みなと商工会議所']);
    put(ws, 3, 1, [
      '区分',
      '単位',
      '年間目標',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
      '合計',
      '前年度合計',
      '達成率',
      '備考',
    ]);
    MONTH_ROWS.forEach(([name, unit, target, months, total, prev], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, target, ...months.map((m) => (m === null ? undefined : m)), total, prev, total / target]);
      ws.getCell(r, 18).numFmt = '0.0%';
    });
    put(ws, 6, 19, ['出張相談会は6・9・11・2月に開催']);
    put(ws, 8, 19, ['成約は事業承継・引継ぎ支援センター経由']);
    box(ws, 3, 1, 8, 19);
    wrap(ws, 3, 1, 8, 19);
    ws.getColumn(17).hidden = true;
    put(ws, 10, 1, ['※相談件数は延べ件数。電話・オンライン相談を含む。']);
  },
  expected: {
    file: 'h205-getsubetsu-sodan.xlsx',
    fiscalYear: 2024,
    indicators: MONTH_ROWS.map(([name, unit, target, , total]) => ind(M_SHEET, name, unit, target, total)),
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows, 目標|実績 pairs under each indicator
const Y_SHEET = '成果指標推移';
const YEARS: [string, (number | null)[]][] = [
  ['令和２年度\n（基準値）', [null, 36, null, 8, null, 221, null, 1236]],
  ['令和３年度', [40, 42, 10, 9, 230, 235, 1250, 1241]],
  ['令和４年度', [43, 45, 12, 10, 240, 228, 1280, 1262]],
  ['令和５年度', [45, 47, 13, 12, 250, 246, 1310, 1290]],
  ['令和６年度', [48, 51, 15, 11, 260, 238, 1350, 1312]],
  ['令和７年度', [50, null, 17, null, 270, null, 1380, null]],
  ['令和８年度\n（最終）', [52, null, 20, null, 280, null, 1400, null]],
];
const yearsAsRows: Holdout2Workbook = {
  name: 'h205-nendobetsu-suii',
  layout: 'outside: years as rows (令和２年度基準値 … 令和８年度最終), each indicator a merged heading with its unit over 目標|実績',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 10, '中小企業振興計画　成果指標の推移（令和６年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '創業者数（人）');
    merge(ws, 3, 4, 3, 5, '事業承継件数（件）');
    merge(ws, 3, 6, 3, 7, '小規模企業融資制度の利用件数（件）');
    merge(ws, 3, 8, 3, 9, '商工会議所・商工会の会員数（事業所）');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    YEARS.forEach(([label, v], i) => {
      put(ws, 5 + i, 1, [label, ...v]);
      for (let c = 2; c <= 9; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    put(ws, 9, 10, ['事業承継件数は第三者承継を含む']);
    box(ws, 3, 1, 11, 10);
    wrap(ws, 3, 1, 11, 10);
    put(ws, 13, 1, ['※会員数は各年度末現在。令和７年度以降は目標のみ。']);
  },
  expected: {
    file: 'h205-nendobetsu-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '創業者数', '人', 48, 51),
      ind(Y_SHEET, '事業承継件数', '件', 15, 11),
      ind(Y_SHEET, '小規模企業融資制度の利用件数', '件', 260, 238),
      ind(Y_SHEET, '商工会議所・商工会の会員数', '事業所', 1350, 1312),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one 事務事業評価シート per sheet
interface Form {
  sheet: string;
  project: string;
  purpose: string;
  cost: [number, number];
  rows: [string, string, string, number, number, number, string][]; // 区分, 指標名, 単位, R5実績, R6目標, R6実績, 評価
  direction: string;
}
const FORMS: Form[] = [
  {
    sheet: '事業承継支援事業',
    project: '事業承継支援事業',
    purpose: '後継者不在等により廃業する事業者を減らすため、商工会議所・金融機関と連携して承継準備を支援する。',
    cost: [8420, 9115],
    rows: [
      ['活動指標', '事業承継セミナー開催回数', '回', 5, 6, 6, 'A'],
      ['成果指標', '事業承継計画策定件数', '件', 12, 20, 14, 'B'],
    ],
    direction: '継続',
  },
  {
    sheet: '創業支援事業',
    project: '創業支援事業（創業塾・創業補助金）',
    purpose: '市内での創業を促進するため、創業塾の開催、創業相談及び創業費用の補助を行う。',
    cost: [12300, 11870],
    rows: [
      ['活動指標', '創業相談件数', '件', 231, 250, 268, 'A'],
      ['成果指標', '創業者数', '人', 36, 45, 39, 'B'],
    ],
    direction: '拡充',
  },
  {
    sheet: '商工団体育成事業',
    project: '商工団体育成事業（商工会議所・商工会補助金）',
    purpose: '小規模事業者の経営改善を図るため、商工会議所・商工会の経営改善普及事業に要する経費を補助する。',
    cost: [24600, 24600],
    rows: [
      ['活動指標', '経営指導員による巡回指導回数', '回', 2702, 2800, 2611, 'B'],
      ['成果指標', '補助金を活用した経営改善計画策定事業者数', '者', 21, 30, 17, 'C'],
    ],
    direction: '継続',
  },
];
function buildForm(ws: Worksheet, f: Form): void {
  widths(ws, [12, 34, 8, 14, 14, 14, 10, 8]);
  merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, f.project);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, '産業振興部　商工労働課　商工振興係');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, f.purpose);
  put(ws, 6, 1, ['事業費\n（千円）', '令和５年度決算', undefined, f.cost[0], '令和６年度決算', f.cost[1]]);
  ws.getCell(6, 4).numFmt = '#,##0';
  ws.getCell(6, 6).numFmt = '#,##0';
  put(ws, 8, 1, ['区分', '指標名', '単位', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '達成率', '評価']);
  f.rows.forEach((row, i) => {
    const [kind, name, unit, prev, target, actual, grade] = row;
    put(ws, 9 + i, 1, [kind, name, unit, prev, target, actual, actual / target, grade]);
    ws.getCell(9 + i, 7).numFmt = '0.0%';
    for (const c of [4, 5, 6]) ws.getCell(9 + i, c).numFmt = '#,##0';
  });
  box(ws, 3, 1, 6, 8);
  box(ws, 8, 1, 10, 8);
  wrap(ws, 3, 1, 10, 8);
  merge(ws, 12, 1, 12, 8, '評価基準　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
  put(ws, 13, 1, ['今後の方向性', f.direction]);
}
const forms: Holdout2Workbook = {
  name: 'h205-jimujigyo-sheets',
  layout: 'outside: one 事務事業評価シート per sheet (事業費 in 千円 above, 活動指標/成果指標 rows with R5 実績, R6 目標/実績, 達成率, 評価)',
  build(wb) {
    for (const f of FORMS) buildForm(wb.addWorksheet(f.sheet), f);
  },
  expected: {
    file: 'h205-jimujigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, , target, actual, grade]) => ind(f.sheet, name, unit, target, actual, { existing: grade }))),
    groups: [],
  },
};

// ---------------------------------------------------------------- survey results with ◎○△× under a legend naming each band
const S_SHEET = '調査結果';
const survey: Holdout2Workbook = {
  name: 'h205-keiei-jittai-chosa',
  layout:
    'outside: 経営実態調査 summary (前回 R4 / 目標値 / 今回 R6 shares, unit only in a note), ◎○△× under a legend naming each band, a lower-is-better row said in 備考',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [5, 46, 12, 10, 12, 8, 30]);
    merge(ws, 1, 1, 1, 7, '令和６年度　みなと市中小企業経営実態調査　結果概要');
    merge(ws, 2, 1, 2, 7, '調査時期：令和６年９月　対象：市内中小企業 1,500社（回答 612社、回答率 40.8％）　共同実施：みなと商工会議所');
    put(ws, 3, 7, ['（単位：％）']);
    put(ws, 4, 1, ['No.', '指標（設問）', '前回調査\n（令和４年度）', '目標値', '今回調査\n（令和６年度）', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '後継者が決まっている事業者の割合', 31.8, 40.0, 35.2, '○', ''],
      [2, '事業承継に向けた準備に着手している事業者の割合', 44.1, 50.0, 52.4, '◎', ''],
      [3, '市の事業承継支援制度を知っている事業者の割合', 38.6, 60.0, 41.3, '△', '周知方法の見直しが必要'],
      [4, '商工会議所・商工会の経営支援に満足した事業者の割合', 79.2, 80.0, 83.5, '◎', ''],
      [5, '経営上の課題に「後継者不在」を挙げた事業者の割合', 30.4, 25.0, 28.9, '○', '低いほど良い指標（減少を目指す）'],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      for (const c of [3, 4, 5]) ws.getCell(5 + i, c).numFmt = '0.0';
    });
    box(ws, 4, 1, 9, 7);
    wrap(ws, 4, 1, 9, 7);
    merge(ws, 11, 1, 11, 7, '【評価】◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）');
    merge(ws, 12, 1, 12, 7, '※達成率は、今回調査÷目標値（No.5は目標値÷今回調査）');
  },
  expected: {
    file: 'h205-keiei-jittai-chosa.xlsx',
    fiscalYear: 2024,
    // the legend names each mark with its band: the marks are given as the standard scale's letters (kit.ts lettersForLegendMarks)
    indicators: [
      ind(S_SHEET, '後継者が決まっている事業者の割合', '%', 40, 35.2, { existing: 'B' }),
      ind(S_SHEET, '事業承継に向けた準備に着手している事業者の割合', '%', 50, 52.4, { existing: 'A' }),
      ind(S_SHEET, '市の事業承継支援制度を知っている事業者の割合', '%', 60, 41.3, { existing: 'C' }),
      ind(S_SHEET, '商工会議所・商工会の経営支援に満足した事業者の割合', '%', 80, 83.5, { existing: 'A' }),
      ind(S_SHEET, '経営上の課題に「後継者不在」を挙げた事業者の割合', '%', 25, 28.9, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, forms, survey];
