/**
 * Hold-out 153, traps for a careless reader of 危機管理・国民保護・原子力防災 workbooks: a 令和６年度 効果検証シート of
 * 令和５年度実績 with R3実績／R4実績／R6目標 columns beside R5目標／R5実績, 累計 and 単年度 rows and 「412⏎（うちR5新規 56）」;
 * a 成果指標評価表 with targets 「前年度実績以上」「現状より増加」, ％ stored as fractions beside a ％ typed as a number,
 * full-width 「１２０」 and notes with figures 「（参考）県平均 78.5％」; a 年度別推移 evaluated for 令和４年度 with a
 * 令和5年度（9月末現在） column already filled, ％ as fractions and a 「64⏎（見込み）」.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;

function fmt(ws: Worksheet, row: number, c1: number, c2: number, numFmt: string): void {
  for (let c = c1; c <= c2; c++) ws.getCell(row, c).numFmt = numFmt;
}

const T1_SHEET = '効果検証';

const t1: Holdout2Workbook = {
  name: 'h153-bousai-kouka-kenshou',
  layout: '令和６年度 効果検証シート（令和５年度実績）: R3実績, R4実績, R5目標, R5実績, R6目標 columns, 累計／単年度 rows, 「412⏎（うちR5新規 56）」, ↓',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 40, 6, 9, 8, 10, 9, 9, 9, 14, 9, 7, 30]);
    merge(ws, 1, 1, 1, 13, '令和６年度　地域防災力強化プラン 効果検証シート（令和５年度実績）');
    merge(ws, 2, 1, 2, 13, '評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '集計方法', '目指す\n方向', '基準値\n（R元）', 'R3実績', 'R4実績', 'R5目標', 'R5実績', 'R6目標', '評価', '備考']);
    const rows: Cell[][] = [
      [1, '防災士資格取得者数', '人', '累計', '↑', 214, 302, 356, 400, '412\n（うちR5新規 56）', 450, 'A'],
      [2, '地区防災訓練の実施回数', '回', '単年度', '↑', 38, 41, 45, 50, 44, 52, 'B', '雨天中止 3地区'],
      [3, '個別避難計画の作成件数', '件', '累計', '↑', 0, 95, 180, 400, 260, 600, 'C', '（参考）R5単年度作成数 80件'],
      [4, '防災行政無線が聞き取りにくいと回答した市民の割合', '％', '単年度', '↓', 24.5, 21.0, 19.8, 18.0, 19.1, 16.0, 'B', '市民意識調査'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    fmt(ws, 8, 6, 11, '0.0');
    wrap(ws, 4, 1, 8, 13);
    box(ws, 4, 1, 8, 13);
  },
  expected: {
    file: 'h153-bousai-kouka-kenshou.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '防災士資格取得者数', '人', 400, 412, { existing: 'A' }),
      ind(T1_SHEET, '地区防災訓練の実施回数', '回', 50, 44, { existing: 'B' }),
      ind(T1_SHEET, '個別避難計画の作成件数', '件', 400, 260, { existing: 'C' }),
      ind(T1_SHEET, '防災行政無線が聞き取りにくいと回答した市民の割合', '％', 18.0, 19.1, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標評価表';

const t2: Holdout2Workbook = {
  name: 'h153-kikikanri-hisuuchi-mokuhyou',
  layout:
    '成果指標評価表（評価対象年度：令和６年度）: targets 「前年度実績以上」「現状より増加」, ％ as fractions under a % format, full-width 「１２０」, 備考 with figures',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 40, 6, 16, 12, 10, 7, 30]);
    put(ws, 1, 1, ['危機管理課　成果指標評価表（評価対象年度：令和６年度）']);
    put(ws, 2, 1, ['評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　－：評価不能（数値目標なし）']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '目標値', '実績値', '達成率', '評価', '備考']);
    const rows: Cell[][] = [
      [1, '防災メール登録者数', '人', '前年度実績以上', 16482, '－', '－', '登録者数は年度末現在'],
      [2, '自主防災組織の組織率', '％', 0.9, 0.874, '97.1％', 'B', '（参考）県平均 78.5％'],
      [3, '個人線量計の配備数', '台', '１２０', '１２０', '100.0％', 'A', '県貸与分 30台を含む'],
      [4, '災害時の避難場所を知っている市民の割合', '％', '現状より増加', 0.713, '－', '－', '市民意識調査'],
      [5, '住宅用火災警報器の設置率', '％', 85.0, 0.816, '96.0％', 'B', '消防本部推計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    ws.getCell(5, 5).numFmt = '#,##0';
    fmt(ws, 6, 4, 5, '0.0%');
    ws.getCell(8, 5).numFmt = '0.0%';
    ws.getCell(9, 4).numFmt = '0.0';
    ws.getCell(9, 5).numFmt = '0.0%';
    wrap(ws, 4, 1, 9, 8);
    box(ws, 4, 1, 9, 8);
  },
  expected: {
    file: 'h153-kikikanri-hisuuchi-mokuhyou.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '防災メール登録者数', '人', null, 16482),
      ind(T2_SHEET, '自主防災組織の組織率', '％', 90.0, 87.4, { existing: 'B' }),
      ind(T2_SHEET, '個人線量計の配備数', '台', 120, 120, { existing: 'A' }),
      ind(T2_SHEET, '災害時の避難場所を知っている市民の割合', '％', null, 71.3),
      ind(T2_SHEET, '住宅用火災警報器の設置率', '％', 85.0, 81.6, { existing: 'B' }),
    ],
    groups: [],
  },
};

const T3_SHEET = '年度別推移';

const t3: Holdout2Workbook = {
  name: 'h153-genshiryoku-nendo-suii',
  layout: '年度別推移 平成30年度…令和5年度（9月末現在） evaluated for 令和４年度, 目標値（令和4年度）, ％ as fractions, 「64⏎（見込み）」, 「－」',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [36, 6, 12, 10, 10, 10, 10, 12, 12, 10]);
    put(ws, 1, 1, ['原子力防災対策の推進　指標の年度別推移']);
    put(ws, 2, 1, ['【評価対象：令和４年度】']);
    put(ws, 3, 1, ['達成状況　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 5, 1, [
      '指標',
      '単位',
      '目標値\n（令和4年度）',
      '平成30年度',
      '令和元年度',
      '令和2年度',
      '令和3年度',
      '令和4年度',
      '令和5年度\n（9月末現在）',
      '達成状況',
    ]);
    const rows: Cell[][] = [
      ['安定ヨウ素剤の事前配布率', '％', 0.52, 0.352, 0.388, 0.401, 0.455, 0.512, 0.538, 'B'],
      ['原子力防災アプリのダウンロード数', '件', 5000, '－', '－', 1230, 2840, 4610, 5120, 'B'],
      ['緊急時モニタリングポストの設置数', '基', 12, 6, 8, 9, 10, 11, 12, 'B'],
      ['避難用バスの確保台数', '台', 80, '－', '－', 52, 58, '64\n（見込み）', '－', 'B'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    fmt(ws, 6, 3, 9, '0.0%');
    fmt(ws, 7, 3, 9, '#,##0');
    wrap(ws, 5, 1, 9, 10);
    box(ws, 5, 1, 9, 10);
  },
  expected: {
    file: 'h153-genshiryoku-nendo-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T3_SHEET, '安定ヨウ素剤の事前配布率', '％', 52.0, 51.2, { existing: 'B' }),
      ind(T3_SHEET, '原子力防災アプリのダウンロード数', '件', 5000, 4610, { existing: 'B' }),
      ind(T3_SHEET, '緊急時モニタリングポストの設置数', '基', 12, 11, { existing: 'B' }),
      ind(T3_SHEET, '避難用バスの確保台数', '台', 80, 64, { actualStatus: 'provisional', existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [t1, t2, t3];
