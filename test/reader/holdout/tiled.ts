/** Hold-out workbooks with tables or blocks side by side, and a KPI table whose period is stated only in a 評価設定 sheet. */
import type { Worksheet } from 'exceljs';
import { ind, rows, type Cell } from './sheet';
import type { HoldoutWorkbook } from './types';

function tiledBlock(ws: Worksheet, at: string, no: string, name: string, unit: string, actuals: Cell[], expected: number[]) {
  const rates = actuals.map((a, i) => (typeof a === 'number' ? `${((100 * a) / expected[i]).toFixed(1)}%` : null));
  rows(ws, at, [
    [`指標${no}`, name],
    ['単位', unit],
    ['区分', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'],
    ['実績値', ...actuals],
    ['期待値\n※R7は目標値', ...expected],
    ['達成率', ...rates],
  ]);
}

/** Policy sheet, blocks tiled two across and two down, a 達成率 row in each block, a （累計） name, a 見込値 actual, 減少 in a name. */
const tiledBlocks: HoldoutWorkbook = {
  name: 'h18-policy-tiled-rates-cumulative',
  layout: 'policy sheet, blocks 2×2 with 実績値/期待値/達成率 rows, R1…R7, （累計） name, "36.2（見込値）", 〜を減少させる',
  build(wb) {
    const ws = wb.addWorksheet('3-2');
    rows(ws, 'A1', [
      ['基本施策事後評価シート　評価対象期間：令和５年度'],
      [],
      ['基本方針', '３ 健やかに暮らせるまち'],
      ['基本施策', '3-2 健康づくりの推進'],
      ['達成状況評価', null, '（C）'],
    ]);
    tiledBlock(ws, 'A7', '①', '健康づくり教室参加者数（累計）', '人', [320, 610, 950, 1280, 1590], [300, 650, 1000, 1350, 1700, 2050, 2400]);
    tiledBlock(ws, 'K7', '②', 'がん検診受診率', '%', [42.1, 40.3, 43.5, 44, 44.8], [45, 46, 47, 48, 49, 50, 50]);
    tiledBlock(ws, 'A14', '③', '特定保健指導実施率', '%', [30, 28, 33, 35, '36.2（見込値）'], [35, 38, 40, 42, 45, 48, 50]);
    tiledBlock(ws, 'K14', '④', '自殺死亡率を減少させる', '人', [18.2, 17.5, 16.9, 17.8, 19], [17, 16.5, 16, 15.5, 15, 14.5, 14]);
  },
  expected: {
    file: 'h18-policy-tiled-rates-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('3-2', '健康づくり教室参加者数（累計）', '人', 1700, 1590),
      ind('3-2', 'がん検診受診率', '%', 49, 44.8),
      ind('3-2', '特定保健指導実施率', '%', 45, { provisional: 36.2 }),
      ind('3-2', '自殺死亡率を減少させる', '人', 15, 19, { direction: 'down' }),
    ],
    groups: [{ sheet: '3-2', cell: 'B5', grade: 'B' }],
  },
};

/** Two KPI tables side by side on one sheet sharing rows, each under its 基本目標 heading. */
const sideBySide: HoldoutWorkbook = {
  name: 'h19-two-tables-side-by-side',
  layout: 'two KPI tables side by side (A:E and G:K) sharing rows, each under a 基本目標 heading, 評価 columns',
  build(wb) {
    const ws = wb.addWorksheet('KPI一覧');
    const head = ['ＫＰＩ', '単位', '目標値（R5）', '実績値（R5）', '評価'];
    rows(ws, 'A1', [
      ['令和5年度　ＫＰＩ達成状況'],
      ['基本目標１　しごとをつくる', null, null, null, null, null, '基本目標２　ひとの流れをつくる'],
      [...head, null, ...head],
      ['新規企業立地数', '件', 5, 4, 'B', null, '転入者数', '人', 2500, 2380, 'B'],
      ['中心市街地の歩行者通行量', '人', 12000, 10400, 'B', null, '婚姻件数', '件', 400, 331, 'B'],
      ['市内就業者数', '人', 42000, 42310, 'A', null, '子育て環境の満足度', '%', 70, 73.4, 'A'],
    ]);
    ws.mergeCells('A2:E2');
    ws.mergeCells('G2:K2');
  },
  expected: {
    file: 'h19-two-tables-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI一覧', '新規企業立地数', '件', 5, 4, { existing: 'B' }),
      ind('KPI一覧', '中心市街地の歩行者通行量', '人', 12000, 10400, { existing: 'B' }),
      ind('KPI一覧', '市内就業者数', '人', 42000, 42310, { existing: 'A' }),
      ind('KPI一覧', '転入者数', '人', 2500, 2380, { existing: 'B' }),
      ind('KPI一覧', '婚姻件数', '件', 400, 331, { existing: 'B' }),
      ind('KPI一覧', '子育て環境の満足度', '%', 70, 73.4, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** Kitami-style KPI × 3月末 columns with "50 人" values and "-" targets; the period only in a 評価設定 sheet; later actuals filled. */
const settingsPeriod: HoldoutWorkbook = {
  name: 'h20-kpi-month-end-settings-period',
  layout: 'KPI 目標値/実績値 rows × 平成30年3月末…令和3年3月末, "50 人" text, "-" target, 評価対象期間 令和元年度 only in 評価設定, later actuals filled',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    rows(ws, 'A1', [
      ['重要業績評価指標（ＫＰＩ）', null, '平成30年3月末', '平成31年3月末', '令和2年3月末', '令和3年3月末'],
      ['ICT関連企業への新規雇用者数', '目標値', '-', '30 人', '40 人', '50 人'],
      [null, '実績値', '12 人', '28 人', '35 人', '52 人'],
      ['サテライトオフィス進出企業数', '目標値', '-', '2 社', '3 社', '4 社'],
      [null, '実績値', '1 社', '2 社', '4 社', '4 社'],
      ['プログラミング講座受講者数', '目標値', '-', '100 人', '120 人', '150 人'],
      [null, '実績値', '64 人', '92 人', '71 人', '160 人'],
    ]);
    for (const r of [2, 4, 6]) ws.mergeCells(`A${r}:A${r + 1}`);
    rows(wb.addWorksheet('評価設定'), 'A1', [
      ['項目', '設定'],
      ['評価対象期間', '令和元年度'],
    ]);
  },
  expected: {
    file: 'h20-kpi-month-end-settings-period.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('KPI', 'ICT関連企業への新規雇用者数', '人', 40, 35),
      ind('KPI', 'サテライトオフィス進出企業数', '社', 3, 4),
      ind('KPI', 'プログラミング講座受講者数', '人', 120, 71),
    ],
    groups: [],
  },
};

export const TILED_WORKBOOKS: HoldoutWorkbook[] = [tiledBlocks, sideBySide, settingsPeriod];
