/** Hold-out 3, families C (KPI × period with 目標値 / 実績値 rows) and D (plan indicators with 現況 / 目標 / 実績). */
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook as Holdout3Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const C1 = 'KPI進捗';
const kpiMonthEnd: Holdout3Workbook = {
  name: 'h3-kpi-month-end',
  layout:
    'C: 基本目標 merged down, KPI merged over 目標値 / 実績値, columns 令和4年3月末…令和6年3月末, figures with units ("50 人"), "-" target, one KPI with no unit',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    put(ws, 3, 1, ['基本目標', 'KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末']);
    const kpis: [string, Cell[], Cell[]][] = [
      ['移住者数', ['40 人', '45 人', '50 人'], ['38 人', '47 人', '44 人']],
      ['企業誘致件数', ['-', '2 件', '2 件'], ['1 件', '3 件', '2 件']],
      ['観光消費額', ['120 億円', '125 億円', '130 億円'], ['98 億円', '118 億円', '131.5 億円']],
      ['合計特殊出生率', ['1.50', '1.50', '1.50'], ['1.41', '1.36', '1.38']],
    ];
    kpis.forEach(([name, t, a], i) => {
      const r = 4 + 2 * i;
      put(ws, r, 2, [name, '目標値', ...t]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      ws.mergeCells(r, 2, r + 1, 2);
    });
    put(ws, 4, 1, ['1 しごとをつくる']);
    ws.mergeCells(4, 1, 7, 1);
    put(ws, 8, 1, ['2 ひとの流れをつくる']);
    ws.mergeCells(8, 1, 11, 1);
  },
  expected: {
    file: 'h3-kpi-month-end.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C1, '移住者数', '人', 50, 44),
      ind(C1, '企業誘致件数', '件', 2, 2),
      ind(C1, '観光消費額', '億円', 130, 131.5),
      ind(C1, '合計特殊出生率', null, 1.5, 1.38),
    ],
    groups: [],
    // No evaluation period is written: the latest column with actuals is a guess.
    guesses: ['period'],
  },
};

const C2 = '重要業績評価指標';
const kpiFiscal: Holdout3Workbook = {
  name: 'h3-kpi-fiscal-columns',
  layout: 'C: No. / 指標名 / 単位 / 項目 (目標 / 実績) over R3…R7 columns, later years targets only, "－" actual, title 令和5年度',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 1, ['令和5年度　KPI達成状況（農林部）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '項目', 'R3', 'R4', 'R5', 'R6', 'R7']);
    const kpis: [string, string, Cell[], Cell[]][] = [
      ['認定農業者数', '人', [310, 315, 320, 325, 330], [305, 312, 318]],
      ['新規就農者数', '人', [8, 8, 10, 10, 10], [9, 6, '－']],
      ['農産物直売所売上高', '百万円', [420, 430, 440, 450, 460], [415, 441, 452.3]],
      ['スマート農業導入経営体数', '経営体', [5, 10, 15, 20, 25], [4, 9, 11]],
    ];
    kpis.forEach(([name, unit, t, a], i) => {
      const r = 4 + 2 * i;
      put(ws, r, 1, [i + 1, name, unit, '目標', ...t]);
      put(ws, r + 1, 4, ['実績', ...a]);
      for (const c of [1, 2, 3]) ws.mergeCells(r, c, r + 1, c);
    });
  },
  expected: {
    file: 'h3-kpi-fiscal-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C2, '認定農業者数', '人', 320, 318),
      ind(C2, '新規就農者数', '人', 10, null, { actualStatus: 'not-applicable' }),
      ind(C2, '農産物直売所売上高', '百万円', 440, 452.3),
      ind(C2, 'スマート農業導入経営体数', '経営体', 15, 11),
    ],
    groups: [],
  },
};

const D1 = '計画指標';
const planYearsInCells: Holdout3Workbook = {
  name: 'h3-plan-years-in-cells',
  layout:
    'D: 現況値（計画策定時）and 実績値 with their year in the cell ("872\\n（令和5年度）", "21.4\\n(R5)", "1,980（R5）"), 目標値（令和9年度）, 目指す方向 ↑/↓, one actual of the year before, "－"',
  build(wb) {
    const ws = wb.addWorksheet(D1);
    put(ws, 1, 1, ['第2次環境基本計画　指標の状況']);
    put(ws, 3, 1, ['番号', '指標', '単位', '目指す方向', '現況値（計画策定時）', '目標値（令和9年度）', '実績値', '把握方法']);
    const rows: Cell[][] = [
      ['市民1人1日当たりごみ排出量', 'g', '↓', '905\n（令和3年度）', 850, '872\n（令和5年度）', '一般廃棄物処理実績'],
      ['リサイクル率', '％', '↑', '18.2\n(R3)', 25.0, '21.4\n(R5)', '一般廃棄物処理実績'],
      ['環境学習講座参加者数', '人', '↑', '1,240（R3）', '2,000', '1,980（R5）', '事業実績'],
      ['住宅用太陽光発電設置件数', '件', '↑', '3,100\n（令和3年度）', 4500, '3,950\n（令和4年度）', '補助実績（R5は集計前）'],
      ['公害苦情件数', '件', '↓', '42\n（R3）', 35, '－', '苦情受付記録'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, [i + 1, ...r]));
  },
  expected: {
    file: 'h3-plan-years-in-cells.xlsx',
    indicators: [
      final(ind(D1, '市民1人1日当たりごみ排出量', 'g', 850, 872, { direction: 'down' })),
      final(ind(D1, 'リサイクル率', '％', 25, 21.4)),
      final(ind(D1, '環境学習講座参加者数', '人', 2000, 1980)),
      final(ind(D1, '住宅用太陽光発電設置件数', '件', 4500, 3950)),
      final(ind(D1, '公害苦情件数', '件', 35, null, { direction: 'down', actualStatus: 'not-applicable' })),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

const E1 = '基本目標1';
const E2 = '基本目標2';
const planMerged: Holdout3Workbook = {
  name: 'h3-plan-year-columns-merged',
  layout:
    'D: two sheets, heading merged over two rows 現況 / 目標 / 実績 each split into 年度 and 値 cells (平成30年度, R7, R5), 集計中, down marked only in 備考',
  build(wb) {
    const data: [string, Cell[][]][] = [
      [
        E1,
        [
          ['地元高校卒業者の市内就職率', '％', '平成30年度', 42.0, 'R7', 50.0, 'R5', 47.5],
          ['市内事業所従業者数', '人', '平成30年度', 27800, 'R7', 28500, 'R5', 28612],
          ['企業立地件数（累計）', '件', '平成30年度', 0, 'R7', 12, 'R5', 7],
        ],
      ],
      [
        E2,
        [
          ['地域公共交通利用者数', '千人', '平成30年度', 412, 'R7', 450, 'R5', '集計中'],
          ['交通空白地域の面積', 'km²', '平成30年度', 14.2, 'R7', 10.0, 'R5', 12.5, '数値が小さいほど良い指標'],
        ],
      ],
    ];
    for (const [name, rows] of data) {
      const ws = wb.addWorksheet(name);
      put(ws, 1, 1, [`総合戦略　${name}の数値目標`]);
      put(ws, 2, 1, ['指標名', '単位', '現況', undefined, '目標', undefined, '実績', undefined, '備考']);
      put(ws, 3, 3, ['年度', '値', '年度', '値', '年度', '値']);
      for (const c of [1, 2, 9]) ws.mergeCells(2, c, 3, c);
      for (const c of [3, 5, 7]) ws.mergeCells(2, c, 2, c + 1);
      rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    }
  },
  expected: {
    file: 'h3-plan-year-columns-merged.xlsx',
    indicators: [
      final(ind(E1, '地元高校卒業者の市内就職率', '％', 50, 47.5)),
      final(ind(E1, '市内事業所従業者数', '人', 28500, 28612)),
      final(ind(E1, '企業立地件数（累計）', '件', 12, 7)),
      final(ind(E2, '地域公共交通利用者数', '千人', 450, null, { actualStatus: 'pending' })),
      final(ind(E2, '交通空白地域の面積', 'km²', 10, 12.5, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout3Workbook[] = [kpiMonthEnd, kpiFiscal, planYearsInCells, planMerged];
