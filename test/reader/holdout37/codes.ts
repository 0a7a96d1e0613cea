/**
 * Hold-out 37: sheets led by codes or transposed: a KPI table whose 指標 and 単位 share one cell under a hidden
 * 指標コード column, indicators across the top with years down under a merged 指標 heading, and two 施策 tables on
 * one sheet whose first columns are hidden codes and whose names are in column D.
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { merge, widths } from './sheet';

const K = 'KPI';

/** code, name, unit, 基準値 cell, target, actual as written, actual, existing, 備考 */
type KpiRow = [string, string, string, string, number | string, number | string, number | null, string, string?];

const KPI_GOALS: [string, KpiRow[]][] = [
  [
    '1 安定した雇用を創出する',
    [
      ['K1-01', '創業相談件数', '件', '85\n（R2）', 120, 131, 131, 'A'],
      ['K1-02', '誘致企業数', '社', '27\n（R2）', 37, 35, 35, 'B', '計画期間の累計'],
      ['K1-03', '市内就業者数', '人', '45,210\n（R2国勢調査）', '45,000', '集計中', null, '－', '令和7年国勢調査の結果待ち'],
    ],
  ],
  [
    '2 新しいひとの流れをつくる',
    [
      ['K2-01', '移住相談件数', '件', '210\n（R2）', 300, 268, 268, 'A'],
      ['K2-02', '空き家バンク成約件数', '件', '12\n（R2）', 25, 9, 9, 'C'],
      ['K2-03', '観光入込客数', '千人', '1,210\n（R2）', '1,500', '1,380\n（R5）', 1380, 'B', '令和6年の統計が未公表のため令和5年の値'],
    ],
  ],
];

/** 指標コード in a hidden column A, 基本目標 merged down B, 「指標名（単位）」 in C, 基準値 with its year in the cell. */
const kpiNameUnit: Holdout2Workbook = {
  name: 'h37-kpi-name-unit-cell',
  layout:
    'KPI table: hidden 指標コード column A, 基本目標 merged down B, 「創業相談件数（件）」 name and unit in one cell in C, 基準値 "85\\n（R2）", 目標値/実績値（令和6年度）, 評価, 集計中, an actual of the year before "1,380\\n（R5）" read as written (a guess)',
  build(wb) {
    const ws = wb.addWorksheet(K);
    widths(ws, [8, 22, 30, 16, 14, 14, 8, 28]);
    ws.getColumn(1).hidden = true;
    merge(ws, 1, 2, 1, 8, '地方創生総合戦略　ＫＰＩ評価表（令和6年度）');
    put(ws, 2, 7, ['企画財政部 企画課']);
    put(ws, 4, 1, ['指標コード', '基本目標', '重要業績評価指標（ＫＰＩ）', '基準値', '目標値\n（令和6年度）', '実績値\n（令和6年度）', '評価', '備考']);
    let row = 5;
    for (const [goal, rows] of KPI_GOALS) {
      merge(ws, row, 2, row + rows.length - 1, 2, goal);
      for (const [code, name, unit, base, target, written, , grade, note] of rows) {
        put(ws, row, 1, [code]);
        put(ws, row, 3, [`${name}（${unit}）`, base, target, written, grade, note]);
        row++;
      }
    }
    put(ws, row + 1, 2, ['評価：A 目標達成　B 80％以上　C 60％以上　D 60％未満　－ 評価できない']);
  },
  expected: {
    file: 'h37-kpi-name-unit-cell.xlsx',
    fiscalYear: 2024,
    guesses: ['other-year'],
    indicators: KPI_GOALS.flatMap(([, rows]) =>
      rows.map(([, name, unit, , target, , actual, grade]) => {
        const t = typeof target === 'string' ? Number(target.replace(/,/g, '')) : target;
        return actual === null ? ind(K, name, unit, t, null, { actualStatus: 'pending' }) : ind(K, name, unit, t, actual, { existing: grade });
      }),
    ),
    groups: [],
  },
};

const T = '指標推移';

/** name, unit, direction, targets 2021–2025, actuals 2021–2023 (as written) */
type Column = [string, string, '増加' | '減少', number[], (number | string)[]];

const T_COLUMNS: Column[] = [
  ['ごみ総排出量', 't', '減少', [38500, 38000, 37500, 37000, 36500], [38920, 38410, '37,880（速報値）']],
  ['リサイクル率', '％', '増加', [22, 23, 24, 25, 26], [21.4, 21.9, 21.1]],
  ['市民１人１日当たりのごみ排出量', 'g', '減少', [880, 870, 860, 850, 840], [892, 875, 851]],
  ['環境学習講座参加者数', '人', '増加', [1200, 1250, 1300, 1350, 1400], [1050, 1180, 760]],
];

/** Indicators across the top under a merged 指標 heading, units in a row of their own, years (2021年度…) down with 目標/実績 rows. */
const transposed: Holdout2Workbook = {
  name: 'h37-transposed-years-down',
  layout:
    'transposed: merged 指標 heading over four indicator columns, a （単位） row and a 目指す方向 row, years 2021年度…2025年度 down (merged over 目標値/実績値 rows), a 速報値',
  build(wb) {
    const ws = wb.addWorksheet(T);
    widths(ws, [12, 10, 16, 14, 22, 18]);
    merge(ws, 1, 1, 1, 6, '第2次環境基本計画　環境指標の推移（令和5年度評価）');
    merge(ws, 3, 1, 6, 1, '年度');
    merge(ws, 3, 2, 5, 2, '区分');
    merge(ws, 3, 3, 3, 6, '指標');
    T_COLUMNS.forEach(([name, unit, dir], i) => {
      ws.getCell(4, 3 + i).value = name;
      ws.getCell(5, 3 + i).value = `（${unit}）`;
      ws.getCell(6, 3 + i).value = dir;
    });
    ws.getCell(6, 2).value = '目指す方向';
    for (let y = 0; y < 5; y++) {
      const r = 7 + y * 2;
      merge(ws, r, 1, r + 1, 1, `${2021 + y}年度`);
      put(ws, r, 2, ['目標値', ...T_COLUMNS.map((c) => c[3][y])]);
      put(ws, r + 1, 2, ['実績値', ...T_COLUMNS.map((c) => c[4][y])]);
    }
    put(ws, 18, 1, ['※2023年度のごみ総排出量は速報値。2024年度以降は目標値のみ']);
  },
  expected: {
    file: 'h37-transposed-years-down.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T, 'ごみ総排出量', 't', 37500, 37880, { direction: 'down', actualStatus: 'provisional' }),
      ind(T, 'リサイクル率', '％', 24, 21.1),
      ind(T, '市民１人１日当たりのごみ排出量', 'g', 860, 851, { direction: 'down' }),
      ind(T, '環境学習講座参加者数', '人', 1300, 760),
    ],
    groups: [],
  },
};

const P = '施策評価';

/** code, name, unit, 現状値, target, actual as written, actual, 備考 */
type PolicyRow = [string, string, string, number, number, number | string, number, string?];

const POLICIES: [string, PolicyRow[]][] = [
  [
    '施策2-1　健康づくりの推進',
    [
      ['2-1-01', '特定健康診査受診率', '％', 38.2, 45, 41.3, 41.3],
      ['2-1-02', 'がん検診受診者数', '人', 8120, 9000, 8450, 8450],
      ['2-1-03', '健康ポイント事業参加者数', '人', 1530, 2000, 2210, 2210],
    ],
  ],
  [
    '施策2-2　地域福祉の推進',
    [
      ['2-2-01', '認知症サポーター養成数（累計）', '人', 12400, 13500, 13020, 13020],
      ['2-2-02', '生活困窮者自立相談新規件数', '件', 260, 300, '２８０', 280],
      ['2-2-03', 'ボランティア登録者数', '人', 1850, 2000, 1210, 1210],
      ['2-2-04', '高齢者の孤立死件数', '件', 4, 0, 2, 2, '減少を目指す指標'],
    ],
  ],
];

/** Two 施策 tables stacked on one sheet, hidden code columns A:B, a narrow No. column C, names in D, a 施策評価 cell per table. */
const hiddenCodes: Holdout2Workbook = {
  name: 'h37-hidden-codes-two-policies',
  layout:
    'two 施策 tables stacked on one sheet, hidden 施策コード/指標コード columns A:B, narrow No. in C, names in D, 現状値(R4) 目標値(R5) 実績値(R5), a 施策評価 cell per table, full-width digits, a target of 0 (down)',
  build(wb) {
    const ws = wb.addWorksheet(P);
    widths(ws, [9, 9, 3, 32, 6, 12, 12, 12, 10, 20]);
    ws.getColumn(1).hidden = true;
    ws.getColumn(2).hidden = true;
    put(ws, 1, 3, ['令和5年度　施策評価表（健康福祉部）']);
    let row = 3;
    for (const [title, rows] of POLICIES) {
      put(ws, row, 1, [title.slice(2, 5)]);
      put(ws, row, 4, [title, undefined, undefined, undefined, '施策評価']);
      put(ws, row + 1, 1, ['施策コード', '指標コード', 'No', '成果指標', '単位', '現状値(R4)', '目標値(R5)', '実績値(R5)', '達成度', '備考']);
      rows.forEach(([code, name, unit, base, target, written, , note], i) => {
        put(ws, row + 2 + i, 1, [title.slice(2, 5), code, i + 1, name, unit, base, target, written, undefined, note]);
      });
      row += rows.length + 4;
    }
  },
  expected: {
    file: 'h37-hidden-codes-two-policies.xlsx',
    fiscalYear: 2023,
    indicators: POLICIES.flatMap(([, rows]) =>
      rows.map(([, name, unit, , target, , actual, note]) => ind(P, name, unit, target, actual, note ? { direction: 'down' } : {})),
    ),
    groups: POLICIES.map(([, rows], i) => ({
      sheet: P,
      cell: i === 0 ? 'I3' : 'I10',
      grade: rollUp(rows.map(([, name, unit, , target, , actual, note]) => ind(P, name, unit, target, actual, note ? { direction: 'down' } : {}).grade)),
    })),
  },
};

export const CODE_WORKBOOKS: Holdout2Workbook[] = [kpiNameUnit, transposed, hiddenCodes];
