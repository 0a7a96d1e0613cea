/** Hold-out 50, outside the four families: two years' tables on one sheet, units that differ between target and actual, hidden columns and rows of the former plan. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- two years' tables, R4 above R5
const S1 = '成果指標';
type YRow = [string, string, string, number, number, string];
const R4: YRow[] = [
  ['ごみの総排出量', 't', '↓', 31500, 31820, 'B'],
  ['1人1日当たり家庭系ごみ排出量', 'g', '↓', 560, 571, 'B'],
  ['リサイクル率', '％', '↑', 24.0, 22.8, 'B'],
  ['環境学習講座の参加者数', '人', '↑', 1200, 1085, 'B'],
  ['公共施設の太陽光発電設備の設置数（累計）', '施設', '↑', 18, 18, 'A'],
];
const R5: YRow[] = [
  ['ごみの総排出量', 't', '↓', 31000, 30640, 'A'],
  ['1人1日当たり家庭系ごみ排出量', 'g', '↓', 550, 566, 'A'],
  ['リサイクル率', '％', '↑', 25.0, 22.1, 'B'],
  ['環境学習講座の参加者数', '人', '↑', 1300, 1342, 'A'],
  ['公共施設の太陽光発電設備の設置数（累計）', '施設', '↑', 22, 20, 'B'],
];
const E1: ExpectedIndicator[] = R5.map(([name, unit, dir, t, a, ex]) => ind(S1, name, unit, t, a, { direction: dir === '↓' ? 'down' : 'up', existing: ex }));

function yearTable(ws: import('exceljs').Worksheet, r: number, title: string, rows: YRow[]): void {
  put(ws, r, 1, [title]);
  put(ws, r + 1, 1, ['No.', '指標名', '単位', '方向', '目標値', '実績値', '達成率', '評価']);
  rows.forEach(([name, unit, dir, t, a, ex], i) => {
    const rate = dir === '↓' ? t / a : a / t;
    put(ws, r + 2 + i, 1, [i + 1, name, unit, dir, t, a, rate, ex]);
    ws.getCell(r + 2 + i, 7).numFmt = '0.0%';
  });
}

export const TWO_YEARS: Holdout2Workbook = {
  name: 'h50-n-two-year-tables',
  layout:
    'two tables of the same indicators on one sheet, 令和4年度 above 令和5年度 (the period of the title), a ↑/↓ 方向 column, a 達成率 column as fractions, a written 評価 that disagrees once',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和5年度　環境基本計画　成果指標の達成状況']);
    put(ws, 2, 1, ['環境部　環境政策課']);
    put(ws, 3, 1, ['※前年度との比較のため、令和4年度の結果を上段に再掲する。']);
    yearTable(ws, 5, '【参考】令和4年度の結果', R4);
    yearTable(ws, 13, '令和5年度の結果', R5);
    put(ws, 21, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い（達成率は目標値÷実績値）']);
    put(ws, 22, 1, ['※評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 40;
  },
  expected: { file: 'h50-n-two-year-tables.xlsx', fiscalYear: 2023, indicators: E1, groups: [] },
};

// ---------------------------------------------------------------- units that differ between target and actual
const S2 = '事業別成果';
const E2: ExpectedIndicator[] = [
  ind(S2, '特定健康診査受診率', '％', 60, 57.3),
  // the target's unit, the actual converted into it (the project's convention, hold-out 39's 千人 / 人)
  ind(S2, '健康ポイント事業の参加者数', '万人', 1.5, 1.387),
  ind(S2, '胃がん検診受診者数', '人', 4200, 4386),
  ind(S2, '食育講座の開催回数', '回', 24, 24),
  ind(S2, '通いの場の参加者数', '人', 2000, 1720),
  ind(S2, '妊婦歯科健康診査受診率', '％', 50, 41.2),
];

export const UNITS_DIFFER: Holdout2Workbook = {
  name: 'h50-n-units-differ',
  layout:
    'project × 成果指標 table with targets and actuals written in different units (６割 vs ％, 1.5万人 vs 人), a ％ stored as a fraction, 事業費（千円） columns and a 合計 row of the costs',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　健康づくり関係事業の成果']);
    put(ws, 2, 6, ['保健福祉部　健康推進課']);
    put(ws, 4, 1, ['事業名', '成果指標', '目標（令和5年度）', '実績（令和5年度）', undefined, '事業費（千円）', undefined, '備考']);
    put(ws, 5, 6, ['予算額', '決算額']);
    ws.mergeCells(4, 6, 4, 7);
    const rows: (string | number | undefined)[][] = [
      ['健康診査事業', '特定健康診査受診率', '６割', '57.3％', undefined, 48200, 46935, '国の目標は60％'],
      ['健康ポイント事業', '健康ポイント事業の参加者数', '1.5万人', '13,870人', undefined, 6500, 6122, 'アプリ版を導入'],
      ['がん検診推進事業', '胃がん検診受診者数', '4,200人', '4,386人', undefined, 31800, 30417, '内視鏡検診を含む'],
      ['食育推進事業', '食育講座の開催回数', '年24回', '24回', undefined, 1200, 1088, ''],
      ['介護予防事業', '通いの場の参加者数', '2,000人', '1,720人', undefined, 15400, 14210, '実人数'],
      ['歯科保健事業', '妊婦歯科健康診査受診率', '50.0％', 0.412, undefined, 2300, 1964, ''],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    ws.getCell(11, 4).numFmt = '0.0%';
    put(ws, 12, 1, ['合計', undefined, undefined, undefined, undefined, 105400, 100736]);
    put(ws, 14, 1, ['※目標は第3次健康増進計画の令和5年度の値。']);
    ws.getColumn(2).width = 30;
  },
  expected: { file: 'h50-n-units-differ.xlsx', fiscalYear: 2023, indicators: E2, groups: [] },
};

// ---------------------------------------------------------------- hidden column of the original targets, hidden row of an old version
const S3 = '指標一覧';
const E3: ExpectedIndicator[] = [
  ind(S3, '図書館の貸出冊数', '冊', 430000, 421560),
  ind(S3, '公民館講座の受講者数', '人', 9000, 9135),
  ind(S3, '文化ホールの稼働率', '％', 65, 61.7),
  ind(S3, 'スポーツ施設の利用者数', '人', 330000, 298400),
  ind(S3, '総合型地域スポーツクラブの会員数', '人', 1300, 1342),
  ind(S3, '文化財のデジタルアーカイブ公開件数（累計）', '件', 250, 268),
];

export const HIDDEN_OLD: Holdout2Workbook = {
  name: 'h50-n-hidden-old-values',
  layout:
    'one row per indicator with 基準値, a HIDDEN 当初目標 column, the R5 目標 and 実績, a 達成率, the R6 目標, and a HIDDEN row holding an old version of one indicator',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['教育委員会　生涯学習・スポーツ分野の指標（令和5年度実績）']);
    put(ws, 3, 1, ['番号', '指標名', '単位', '基準値\n（R2）', 'R5目標値\n（当初）', 'R5目標値', 'R5実績値', '達成率', 'R6目標値', '担当課']);
    const rows: (string | number)[][] = [
      [1, '図書館の貸出冊数', '冊', 412300, 450000, 430000, 421560, '98.0%', 440000, '図書館'],
      [2, '公民館講座の受講者数', '人', 8420, 9500, 9000, 9135, '101.5%', 9200, '生涯学習課'],
      [3, '文化ホールの稼働率', '％', 58.2, 70, 65.0, 61.7, '94.9%', 66.0, '文化振興課'],
      [3, '文化ホールの稼働率', '％', 58.2, 70, 70.0, 61.7, '88.1%', 72.0, '文化振興課'],
      [4, 'スポーツ施設の利用者数', '人', 312000, 350000, 330000, 298400, '90.4%', 335000, 'スポーツ振興課'],
      [5, '総合型地域スポーツクラブの会員数', '人', 1180, 1400, 1300, 1342, '103.2%', 1350, 'スポーツ振興課'],
      [6, '文化財のデジタルアーカイブ公開件数（累計）', '件', 120, 300, 250, 268, '107.2%', 300, '文化財課'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    ws.getColumn(5).hidden = true;
    ws.getRow(7).hidden = true;
    put(ws, 12, 1, ['※R5目標値は令和5年度の計画の見直し後の値。']);
    ws.getColumn(2).width = 40;
  },
  expected: { file: 'h50-n-hidden-old-values.xlsx', fiscalYear: 2023, indicators: E3, groups: [] },
};

export const TABLE_WORKBOOKS = [TWO_YEARS, UNITS_DIFFER, HIDDEN_OLD];
