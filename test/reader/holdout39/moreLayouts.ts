/**
 * Hold-out 39, other shapes (2 of 2): targets and actuals on two sheets joined by an ID with the
 * actuals written in other units, two tables side by side with an indicator repeated (再掲) in the
 * second, and a transposed table (indicators as columns, 実績/目標/達成率/評価 as rows).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T10 = '目標一覧';
const A10 = '実績入力';

/** N: a 目標一覧 sheet (単位 column, R5–R7 targets) and a 実績入力 sheet in another order, joined by 指標ID, actuals in 千円/人 under 万円/千人, 前年度比, 「R6から実施」. */
const splitSheetsUnits: Holdout2Workbook = {
  name: 'h39-10-split-sheets-other-units',
  layout:
    'N: targets sheet (ID, 単位, R5/R6/R7目標) and actuals sheet (ID, R4/R5実績, 前年度比) in another order, actuals as text in 千円 and 人 under units 万円 and 千人, 「R6から実施」',
  build(wb) {
    const t = wb.addWorksheet(T10);
    put(t, 1, 1, ['農業振興計画　成果指標の目標値']);
    put(t, 3, 1, ['指標ID', '指標名', '単位', 'R5目標', 'R6目標', 'R7目標', '備考']);
    put(t, 4, 1, ['N-01', '新規就農者数', '人', 15, 16, 18]);
    put(t, 5, 1, ['N-02', '農産物直売所販売額', '万円', 52000, 53000, 54000, '市内6直売所の合計']);
    put(t, 6, 1, ['N-03', '鳥獣による農作物被害額', '千円', 12000, 11000, 10000]);
    put(t, 7, 1, ['N-04', '認定農業者数', '経営体', 230, 235, 240]);
    put(t, 8, 1, ['N-05', '観光農園入園者数', '千人', 45.0, 46.0, 47.0]);
    put(t, 9, 1, ['N-06', 'スマート農業技術導入経営体数', '経営体', '―', 10, 20, 'R6から実施']);
    t.getColumn(2).width = 30;
    const a = wb.addWorksheet(A10);
    put(a, 1, 1, ['令和5年度実績（各課入力用）']);
    put(a, 3, 1, ['指標ID', '指標名', '令和4年度実績', '令和5年度実績', '前年度比', '入力課']);
    put(a, 4, 1, ['N-04', '認定農業者数', 228, 236, '103.5%', '農政課']);
    put(a, 5, 1, ['N-01', '新規就農者数', 9, 11, '122.2%', '農政課']);
    put(a, 6, 1, ['N-05', '観光農園入園者数', '41,980人', '43,210人', '102.9%', '観光課']);
    put(a, 7, 1, ['N-03', '鳥獣による農作物被害額', '14,210千円', '13,450千円', '94.7%', '林務課']);
    put(a, 8, 1, ['N-02', '農産物直売所販売額', '471,600千円', '498,300千円', '105.7%', '農政課']);
    put(a, 9, 1, ['N-06', 'スマート農業技術導入経営体数', '―', 'R6から実施', '―', '農政課']);
    a.getColumn(2).width = 30;
  },
  expected: {
    file: 'h39-10-split-sheets-other-units.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T10, '新規就農者数', '人', 15, 11),
      ind(T10, '農産物直売所販売額', '万円', 52000, 49830),
      ind(T10, '鳥獣による農作物被害額', '千円', 12000, 13450, { direction: 'down' }),
      ind(T10, '認定農業者数', '経営体', 230, 236),
      ind(T10, '観光農園入園者数', '千人', 45, 43.21),
      // Begins in R6: no R5 target (―) and nothing to measure in R5.
      ind(T10, 'スマート農業技術導入経営体数', '経営体', null, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

const S11 = '進捗管理表';

/** One of the side-by-side tables: a title, two heading rows (令和5年度 merged over 目標/実績/達成率), its rows. */
function sideTable(ws: Worksheet, col: number, title: string, rows: (string | number)[][]): void {
  put(ws, 3, col, [title]);
  ws.mergeCells(3, col, 3, col + 6);
  put(ws, 4, col, ['指標', '単位', '令和4年度\n実績', '令和5年度', undefined, undefined, '備考']);
  for (const c of [0, 1, 2, 6]) ws.mergeCells(4, col + c, 5, col + c);
  ws.mergeCells(4, col + 3, 4, col + 5);
  put(ws, 5, col + 3, ['目標', '実績', '達成率']);
  rows.forEach((r, i) => put(ws, 6 + i, col, r));
}

/** N: two tables side by side with a blank column between, two heading rows, an indicator repeated (再掲) in the right one, 皆増 in a note, 調査中, 待機児童 0 of 0. */
const sideBySideRepeated: Holdout2Workbook = {
  name: 'h39-11-side-by-side-repeated',
  layout:
    'N: two 基本目標 tables side by side (blank column between), 令和5年度 merged over 目標/実績/達成率, an indicator repeated （再掲） in the right table, 皆増 note, 調査中',
  build(wb) {
    const ws = wb.addWorksheet(S11);
    put(ws, 1, 1, ['第2期 子ども・健康づくり推進計画　進捗管理表（令和５年度）']);
    ws.mergeCells('A1:O1');
    sideTable(ws, 1, '基本目標1　安心して子どもを産み育てられるまち', [
      ['子育て支援拠点利用者数', '人', 21930, 24000, 22815, '95.1%'],
      ['乳幼児健診受診率', '％', 96.4, 97.0, 95.8, '98.8%'],
      ['保育所待機児童数', '人', 2, 0, 0, '―', '4月1日現在'],
    ]);
    sideTable(ws, 9, '基本目標2　健康でいきいきと暮らせるまち', [
      ['特定健康診査受診率', '％', 40.3, 60.0, 41.7, '69.5%'],
      ['乳幼児健診受診率（再掲）', '％', 96.4, 97.0, 95.8, '98.8%', '基本目標1の再掲'],
      ['健康ポイント事業参加者数', '人', '―', 3000, 3412, '113.7%', 'R5新規事業のため前年度比は皆増'],
      ['運動習慣のある市民の割合', '％', 28.4, 35.0, '調査中', '―', '市民健康意識調査（R6.6公表予定）'],
    ]);
    put(ws, 11, 1, ['※達成率＝実績÷目標（待機児童数は目標が0人のため算出しない）']);
  },
  expected: {
    file: 'h39-11-side-by-side-repeated.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S11, '子育て支援拠点利用者数', '人', 24000, 22815),
      ind(S11, '乳幼児健診受診率', '％', 97, 95.8),
      ind(S11, '保育所待機児童数', '人', 0, 0, { direction: 'down' }),
      ind(S11, '特定健康診査受診率', '％', 60, 41.7),
      ind(S11, '健康ポイント事業参加者数', '人', 3000, 3412),
      ind(S11, '運動習慣のある市民の割合', '％', 35, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const S12 = '経営指標';

/** N: transposed: indicators as columns (unit in the heading), rows 令和4年度実績 / 令和5年度目標 / 令和5年度実績 / 達成率 / 評価 / 令和6年度目標; a 減少 name, a 達成率 against R4, grades disagreeing. */
const transposedRows: Holdout2Workbook = {
  name: 'h39-12-transposed-indicator-columns',
  layout:
    'N: indicators as columns with units in the headings, rows 令和4年度実績 / 令和5年度目標 / 令和5年度実績 / 達成率 / 評価 / 令和6年度目標, 「87.4%」 text, a 減少 name, written grades disagreeing',
  build(wb) {
    const ws = wb.addWorksheet(S12);
    put(ws, 1, 1, ['上下水道局・交通部　経営指標の達成状況']);
    ws.mergeCells('A1:F1');
    put(ws, 2, 1, ['評価年度　令和５年度']);
    put(ws, 4, 1, ['項目', '水道有収率（％）', '汚水処理人口普及率（％）', '管路の耐震化率（％）', '漏水件数の減少（件）', '市営バス利用者数（千人）']);
    put(ws, 5, 1, ['令和4年度 実績', 89.1, 91.8, 26.0, 151, 1002]);
    put(ws, 6, 1, ['令和5年度 目標', 90.0, 92.0, 30.0, 120, 1450]);
    put(ws, 7, 1, ['令和5年度 実績', '87.4%', 92.5, 28.2, 138, 1012]);
    put(ws, 8, 1, ['達成率', '97.1%', '100%以上', '94.0%', '109.4%', '69.8%']);
    put(ws, 9, 1, ['評価', 'A', 'A', 'C', 'B', 'C']);
    put(ws, 10, 1, ['令和6年度 目標', 90.5, 92.5, 32.0, 110, 1500]);
    put(ws, 12, 1, ['※評価は各所管課による自己評価']);
    ws.getColumn(1).width = 18;
  },
  expected: {
    file: 'h39-12-transposed-indicator-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S12, '水道有収率', '％', 90, 87.4, { existing: 'A' }),
      ind(S12, '汚水処理人口普及率', '％', 92, 92.5, { existing: 'A' }),
      ind(S12, '管路の耐震化率', '％', 30, 28.2, { existing: 'C' }),
      ind(S12, '漏水件数の減少', '件', 120, 138, { direction: 'down', existing: 'B' }),
      ind(S12, '市営バス利用者数', '千人', 1450, 1012, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const MORE_WORKBOOKS: Holdout2Workbook[] = [splitSheetsUnits, sideBySideRepeated, transposedRows];
