/**
 * Hold-out set 196, three traps of the 水資源 field: 単年度 and 累計 rows of the same measures with R7 9月末 actuals already
 * filled; a 水道事業 業務指標 sheet of ％ stored as fractions with an R6 実績見込 column beside the 確定 one and a target in
 * words; and a 地下水保全 sheet whose lower-is-better rows are marked only by ※ and a footnote, with a higher-is-better
 * row whose target sits below its baseline.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 単年度 vs 累計, other years filled (R7 actuals as of 9月末).

const R_SHEET = '進捗状況';
// name, unit, R4実績, R5目標, R5実績, R6目標, R6実績, R7目標, R7実績(9月末), 備考
const R_ROWS: [string, string, number, number, number, number, number, number, number, string][] = [
  ['雨水貯留タンク設置助成件数（単年度）', '基', 41, 50, 47, 50, 38, 50, 29, '資材価格高騰の影響'],
  ['雨水貯留タンク設置助成件数（累計）', '基', 543, 593, 590, 643, 628, 693, 657, '平成22年度からの累計'],
  ['雨水浸透ます設置基数（単年度）', '基', 112, 120, 108, 120, 131, 120, 64, ''],
  ['雨水浸透ます設置基数（累計）', '基', 2344, 2464, 2452, 2584, 2583, 2704, 2647, '平成15年度からの累計'],
  ['節水コマ配布数（累計）', '個', 3620, 4300, 4410, 5000, 5210, 5700, 5480, '令和元年度からの累計'],
];

const cumulative: Holdout2Workbook = {
  name: 'h196-trap-ruikei-usui',
  layout: '単年度 and 累計 rows of the same measures side by side, R4 実績 … R7 目標 / R7 実績（9月末）columns all filled; the evaluated year is R6 (title)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [36, 6, 10, 10, 10, 10, 10, 10, 12, 22]);
    merge(ws, 1, 1, 1, 10, '雨水利用・節水施策の進捗状況（令和６年度評価）');
    put(ws, 2, 8, ['令和7年10月31日現在　水環境課']);
    merge(ws, 4, 1, 5, 1, '指標');
    merge(ws, 4, 2, 5, 2, '単位');
    put(ws, 4, 3, ['R4']);
    merge(ws, 4, 4, 4, 5, 'R5');
    merge(ws, 4, 6, 4, 7, 'R6');
    merge(ws, 4, 8, 4, 9, 'R7');
    merge(ws, 4, 10, 5, 10, '備考');
    put(ws, 5, 3, ['実績', '目標', '実績', '目標', '実績', '目標', '実績\n（9月末）']);
    R_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    box(ws, 4, 1, 5 + R_ROWS.length, 10);
    wrap(ws, 4, 1, 5 + R_ROWS.length, 10);
    put(ws, 7 + R_ROWS.length, 1, ['※累計の目標は前年度目標に単年度目標を加えたもの。R7実績は上半期（9月末）時点。']);
  },
  expected: {
    file: 'h196-trap-ruikei-usui.xlsx',
    fiscalYear: 2024,
    indicators: R_ROWS.map((r) => ind(R_SHEET, r[0], r[1], r[5], r[6])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// ％ as fractions, an 実績見込 column beside the 確定 one, a target in words.

const P_SHEET = '業務指標';
// name, 方向, R5実績, R6目標, R6見込, R6確定, R7目標, 備考
const P_ROWS: [string, string, number, number | string, number, number, number | string, string][] = [
  ['有収率', '↑', 0.903, 0.92, 0.905, 0.912, 0.925, ''],
  ['漏水率', '↓', 0.061, 0.05, 0.062, 0.058, 0.048, '低いほど良い'],
  ['地下水水源の水質基準適合率', '↑', 0.988, 1, 0.99, 0.976, 1, '硝酸態窒素で基準超過1件'],
  ['節水型機器普及率（推計）', '↑', 0.198, 0.35, 0.23, 0.224, 0.4, '市民意識調査による推計'],
  ['市有施設の雨水利用設備設置率', '↑', 0.41, '前年度以上', 0.43, 0.43, '前年度以上', '対象：延床1,000㎡以上の市有施設'],
];

const fractions: Holdout2Workbook = {
  name: 'h196-trap-percent-mikomi',
  layout:
    '水道事業 業務指標: ％ stored as fractions under a 0.0% format, an R6 実績見込（R7.2時点）column before the 確定 column, one lower-is-better row (↓), one target in words (前年度以上)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [30, 7, 6, 11, 11, 13, 12, 11, 28]);
    merge(ws, 1, 1, 1, 9, 'みずほ市水道事業ビジョン　業務指標の評価（令和６年度）');
    put(ws, 3, 1, ['指標', '単位', '方向', 'R5実績', 'R6目標', 'R6実績見込\n（R7.2時点）', 'R6実績\n（確定）', 'R7目標', '備考']);
    P_ROWS.forEach(([name, dir, ...rest], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, '%', dir, ...rest]);
      for (let c = 4; c <= 8; c++) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0%';
    });
    box(ws, 3, 1, 3 + P_ROWS.length, 9);
    wrap(ws, 3, 1, 3 + P_ROWS.length, 9);
    put(ws, 5 + P_ROWS.length, 1, ['※R6実績見込は予算編成時（令和7年2月）の見込値。評価はR6実績（確定）による。']);
  },
  expected: {
    file: 'h196-trap-percent-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '有収率', '%', 92, 91.2),
      ind(P_SHEET, '漏水率', '%', 5, 5.8, { direction: 'down' }),
      ind(P_SHEET, '地下水水源の水質基準適合率', '%', 100, 97.6),
      ind(P_SHEET, '節水型機器普及率（推計）', '%', 35, 22.4),
      ind(P_SHEET, '市有施設の雨水利用設備設置率', '%', null, 43),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Lower-is-better marked only by ※ and a footnote; a higher-is-better row whose target is below its baseline; 評価 written.

const G_SHEET = '地下水保全指標';
// name (with ※ when lower is better), unit, 基準値, 目標値, 実績値, 達成率 (as written), 評価, 備考
const G_ROWS: [string, string, number, number, number, string | number, string, string][] = [
  ['※地盤沈下量（年間最大）', 'cm', 1.8, 1.0, 1.4, 0.714, 'C', '一等水準測量（市内42点）'],
  ['※環境基準超過井戸数', '本', 5, 3, 0, '―', 'A', '地下水概況調査'],
  ['※1人1日当たり給水量', 'L', 331, 310, 322, 0.963, 'B', ''],
  ['地下水かん養域（農地・緑地）面積', 'ha', 2410, 2300, 2285, 0.993, 'B', '宅地化の進行を見込み、基準値を下回る目標を設定（面積の維持を目指す）'],
  ['湧水地点の平均湧出量', 'L/分', 850, 850, 612, 0.72, 'B', '少雨の影響'],
  ['※事業所の地下水揚水量', '千㎥', 4150, 3900, 3760, 1.037, 'A', '条例対象事業所'],
];

const downMarks: Holdout2Workbook = {
  name: 'h196-trap-gensho-kome',
  layout:
    "lower-is-better rows marked only by a ※ before the name and a footnote (目標値÷実績値), an actual of 0, a higher-is-better row with its target below the baseline, the department's 達成率 and 評価 columns",
  build(wb: Workbook) {
    const ws = wb.addWorksheet(G_SHEET);
    widths(ws, [5, 34, 7, 12, 12, 12, 9, 7, 36]);
    merge(ws, 1, 1, 1, 9, '令和６年度　地下水保全対策の評価');
    put(ws, 2, 7, ['環境審議会水環境部会　資料３']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '基準値\n（令和元年度）', '目標値\n（令和6年度）', '実績値\n（令和6年度）', '達成率', '評価', '備考']);
    G_ROWS.forEach((row, i) => {
      put(ws, 5 + i, 1, [i + 1, ...row]);
      if (typeof row[5] === 'number') ws.getCell(5 + i, 7).numFmt = '0.0%';
    });
    const last = 4 + G_ROWS.length;
    box(ws, 4, 1, last, 9);
    wrap(ws, 4, 1, last, 9);
    put(ws, last + 2, 1, ['※印の指標は値が小さいほど良好な指標であり、達成率は「目標値÷実績値」により算出している（実績値が0の場合は達成とする）。']);
    put(ws, last + 3, 1, ['評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
  },
  expected: {
    file: 'h196-trap-gensho-kome.xlsx',
    fiscalYear: 2024,
    indicators: G_ROWS.map(([name, unit, , target, actual, , existing]) =>
      ind(G_SHEET, name.replace(/^※/, ''), unit, target, actual, name.startsWith('※') ? { direction: 'down', existing } : { existing }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, fractions, downMarks];
