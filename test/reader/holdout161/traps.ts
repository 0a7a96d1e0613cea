/** Hold-out 161, traps: 累計 vs 単年度 rows with notes that look like values, ％ stored as fractions with targets that are not numbers, other years' columns. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';

/* ---------------------------------------------------------------- 累計 and 単年度 rows, the target on one of them */

const R_SHEET = '成果報告';

const ruikei: Holdout2Workbook = {
  name: 'h161-t-ruikei-tannendo',
  layout:
    'trap: 令和元年度 地場産品ブランド推進 成果報告, 単年度 and 累計 rows per indicator under 平成29年度…令和元年度 with the 目標値（令和元年度） on the 累計 row for one and on the 単年度 row for another, 備考 with figures (「前年同期比 75.6％」)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [28, 9, 7, 11, 11, 11, 13, 40]);
    merge(ws, 1, 1, 1, 8, '地場産品ブランド推進事業　成果報告書（評価対象年度：令和元年度）');
    put(ws, 3, 1, ['指標名', '区分', '単位', '平成29年度', '平成30年度', '令和元年度', '目標値\n（令和元年度）', '備考']);
    merge(ws, 4, 1, 5, 1, 'ブランド認定商品数');
    put(ws, 4, 2, ['単年度', '品目', 14, 12, 9, '－']);
    put(ws, 5, 2, ['累計', '品目', 38, 50, 59, 60]);
    merge(ws, 4, 8, 5, 8, '※認定取消 2品目を除く（取消前 累計61品目）');
    merge(ws, 6, 1, 7, 1, '６次産業化による新商品開発件数');
    put(ws, 6, 2, ['単年度', '件', 5, 4, 6, 8]);
    put(ws, 7, 2, ['累計', '件', 11, 15, 21, '－']);
    merge(ws, 6, 8, 7, 8, '参考：県内市町村平均 4.2件');
    put(ws, 8, 1, ['地場産品フェア来場者数', '単年度', '人', 12400, 13050, 9870, 14000, '台風19号の影響で1日中止（前年同期比 75.6％）']);
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h161-t-ruikei-tannendo.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(R_SHEET, 'ブランド認定商品数', '品目', 60, 59),
      ind(R_SHEET, '６次産業化による新商品開発件数', '件', 8, 6),
      ind(R_SHEET, '地場産品フェア来場者数', '人', 14000, 9870),
    ],
    groups: [],
  },
};

/* ---------------------------------------------------------------- ％ as fractions, a target in words */

const F_SHEET = '寄附者分析';

const fractions: Holdout2Workbook = {
  name: 'h161-t-repeat-rate-fraction',
  layout:
    'trap: 令和５年度 ふるさと納税 寄附者分析 成果指標評価表, ％ stored as fractions under 0.0% (target 35.0%, actual 34.2%), a target 「向上」 with a written A, a 達成率 column of fractions, 備考 with counts that look like values',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [34, 7, 14, 14, 14, 10, 7, 34]);
    merge(ws, 1, 1, 1, 8, 'ふるさと納税 寄附者分析に基づく成果指標評価表（令和５年度）');
    put(ws, 2, 1, ['ふるさと納税推進室']);
    put(ws, 3, 1, ['指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率', '評価', '備考']);
    put(ws, 4, 1, ['リピート寄附者の割合', '％', 0.318, 0.35, 0.342, 0.342 / 0.35, 'B', '寄附者 18,204人のうち 6,226人']);
    for (const c of [3, 4, 5, 6]) ws.getCell(4, c).numFmt = '0.0%';
    put(ws, 5, 1, ['返礼品の満足度（「満足」「やや満足」の割合）', '％', 0.862, '向上', 0.881, '－', 'A', '回答数 2,315件（回収率 12.7％）']);
    for (const c of [3, 5]) ws.getCell(5, c).numFmt = '0.0%';
    put(ws, 6, 1, ['寄附単価（1件当たり寄附額）', '円', 14820, 15000, 13960, 13960 / 15000, 'B', '最高額 1,000,000円']);
    for (const c of [3, 4, 5]) ws.getCell(6, c).numFmt = '#,##0';
    ws.getCell(6, 6).numFmt = '0.0%';
    wrap(ws, 3, 1, 6, 8);
    box(ws, 3, 1, 6, 8);
    put(ws, 8, 1, ['評価　A：目標達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h161-t-repeat-rate-fraction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, 'リピート寄附者の割合', '％', 35, 34.2, { existing: 'B' }),
      ind(F_SHEET, '返礼品の満足度（「満足」「やや満足」の割合）', '％', null, 88.1, { existing: 'A' }),
      ind(F_SHEET, '寄附単価（1件当たり寄附額）', '円', 15000, 13960, { existing: 'B' }),
    ],
    groups: [],
  },
};

/* ---------------------------------------------------------------- 令和6年度 評価 of 令和5年度, R4 and R6 columns filled */

const O_SHEET = '事業評価';

const otherYears: Holdout2Workbook = {
  name: 'h161-t-cf-other-years',
  layout:
    'trap: 令和６年度 事業評価（評価対象：令和５年度実績）, 目標／実績 pairs under 令和4年度, 令和5年度 and 令和6年度 (実績 「9月末現在」 already filled), 最終目標（令和7年度）, a 方向 column ↑／↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O_SHEET);
    widths(ws, [34, 7, 9, 10, 10, 10, 10, 10, 12, 12]);
    merge(ws, 1, 1, 1, 10, '令和６年度　クラウドファンディング・地場産品EC推進事業 事業評価（評価対象：令和５年度実績）');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '方向');
    merge(ws, 3, 4, 3, 5, '令和4年度');
    merge(ws, 3, 6, 3, 7, '令和5年度');
    merge(ws, 3, 8, 3, 9, '令和6年度');
    merge(ws, 3, 10, 4, 10, '最終目標\n（令和7年度）');
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績\n（9月末現在）']);
    const rows: (string | number)[][] = [
      ['クラウドファンディング活用事業数', '件', '↑', 3, 2, 4, 5, 5, 3, 6],
      ['クラウドファンディングによる資金調達額', '千円', '↑', 6000, 4210, 8000, 6950, 10000, 7880, 12000],
      ['地場産品ECサイト会員数', '人', '↑', 2000, 2340, 3000, 2710, 4000, 3560, 5000],
      ['返礼品の欠品による寄附キャンセル件数', '件', '↓', 40, 52, 30, 18, 20, 9, 10],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 8, 10);
    box(ws, 3, 1, 8, 10);
    put(ws, 10, 1, ['方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
  },
  expected: {
    file: 'h161-t-cf-other-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O_SHEET, 'クラウドファンディング活用事業数', '件', 4, 5),
      ind(O_SHEET, 'クラウドファンディングによる資金調達額', '千円', 8000, 6950),
      ind(O_SHEET, '地場産品ECサイト会員数', '人', 3000, 2710),
      ind(O_SHEET, '返礼品の欠品による寄附キャンセル件数', '件', 30, 18, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, fractions, otherYears];
