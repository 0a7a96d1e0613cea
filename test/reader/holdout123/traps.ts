/**
 * Hold-out set 123, three traps: a 年度別 KPI table of 令和５年度 with a 令和６年度（6月末現在） column already filled and 集積率
 * stored as fractions under a % format; a 成果指標評価表 whose targets are 「前年度実績以上」 and 「－」 and whose 備考 hold
 * figures that look like values (「うち 312ha」「うち再生利用 1.2ha」) and a 違反転用 target of 0 under ↓; and a 累計
 * table where the 新規参入者数 target is 累計, the 遊休農地解消面積 target 単年度, each with a （参考） row of the other kind.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 令和５年度 評価, a later column 令和６年度（6月末現在） filled, 集積率 as fractions under 0.0%.

const O_SHEET = '進捗管理';

function buildOtherYears(wb: Workbook): void {
  const ws = wb.addWorksheet(O_SHEET);
  widths(ws, [26, 8, 10, 10, 12, 12, 12, 16, 24]);
  merge(ws, 1, 1, 1, 9, '農地利用最適化 進捗管理表　評価年度：令和５年度');
  merge(ws, 3, 1, 4, 1, '指標名');
  merge(ws, 3, 2, 4, 2, '単位');
  merge(ws, 3, 3, 4, 3, '方向');
  merge(ws, 3, 4, 4, 4, '区分');
  merge(ws, 3, 5, 3, 7, '実績・目標');
  put(ws, 4, 5, ['令和3年度', '令和4年度', '令和5年度']);
  merge(ws, 3, 8, 4, 8, '令和6年度\n（6月末現在）');
  merge(ws, 3, 9, 4, 9, '備考');
  const rows: [string, string, string, (number | undefined)[], (number | undefined)[], string, boolean][] = [
    ['担い手への農地集積率', '％', '増加', [0.56, 0.58, 0.6, 0.62], [0.552, 0.563, 0.574, 0.581], '', true],
    ['新規参入者数', '人', '増加', [6, 6, 6, 6], [5, 7, 4, 2], 'R6は4～6月の許可分', false],
    ['遊休農地面積', 'ha', '減少', [34.0, 32.0, 30.0, 28.0], [35.8, 34.1, 33.5, 31.0], '11月末調査', false],
  ];
  let r = 5;
  for (const [name, unit, way, targets, actuals, note, pct] of rows) {
    merge(ws, r, 1, r + 1, 1, name);
    merge(ws, r, 2, r + 1, 2, unit);
    merge(ws, r, 3, r + 1, 3, way);
    put(ws, r, 4, ['目標', ...targets]);
    put(ws, r + 1, 4, ['実績', ...actuals]);
    if (note) merge(ws, r, 9, r + 1, 9, note);
    if (pct) for (let c = 5; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = '0.0%';
    r += 2;
  }
  box(ws, 3, 1, r - 1, 9);
  wrap(ws, 3, 1, 4, 9);
}

const O_INDICATORS: ExpectedIndicator[] = [
  ind(O_SHEET, '担い手への農地集積率', '％', 60, 57.4),
  ind(O_SHEET, '新規参入者数', '人', 6, 4),
  ind(O_SHEET, '遊休農地面積', 'ha', 30, 33.5, { direction: 'down' }),
];

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 成果指標評価表 (令和４年度): text targets, notes with figures, a target of 0 under ↓.

const T_SHEET = '成果指標評価表';

function buildTextTargets(wb: Workbook): void {
  const ws = wb.addWorksheet(T_SHEET);
  widths(ws, [4, 26, 8, 8, 18, 14, 32]);
  merge(ws, 1, 1, 1, 7, '令和４年度　農地等の利用の最適化の推進　成果指標評価表');
  put(ws, 3, 1, ['No.', '成果指標', '単位', '方向', '令和４年度目標', '令和４年度実績', '備考']);
  const rows: (string | number)[][] = [
    [1, '担い手への農地集積面積', 'ha', '↑', '前年度実績以上', '１，２０５', '機構転貸分（うち 312ha）を含む'],
    [2, '遊休農地の解消面積', 'ha', '↑', 5.0, 3.8, '（うち再生利用 1.2ha）'],
    [3, '新規参入者数', '経営体', '↑', '－', 3, '目標は地域計画策定後に設定'],
    [4, '農地パトロール参加人数', '人', '↑', 60, 64, '農業委員14人・推進委員28人ほか'],
    [5, '違反転用の発生面積', '㎡', '↓', 0, 0, '令和3年度は 450㎡'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  box(ws, 3, 1, 8, 7);
  wrap(ws, 3, 1, 8, 7);
  put(ws, 10, 1, ['※方向：↑は増加、↓は減少を目指す指標']);
}

const T_INDICATORS: ExpectedIndicator[] = [
  ind(T_SHEET, '担い手への農地集積面積', 'ha', null, 1205),
  ind(T_SHEET, '遊休農地の解消面積', 'ha', 5, 3.8),
  ind(T_SHEET, '新規参入者数', '経営体', null, 3),
  ind(T_SHEET, '農地パトロール参加人数', '人', 60, 64),
  ind(T_SHEET, '違反転用の発生面積', '㎡', 0, 0, { direction: 'down' }),
];

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 累計 vs 単年度 (令和６年度): per-year 目標値 rows, （参考） rows of the other kind, full-width figures.

const R_SHEET = '指標の推移';

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet(R_SHEET);
  widths(ws, [30, 10, 12, 10, 10, 10, 10, 10]);
  merge(ws, 1, 1, 1, 8, '農業委員会活動計画　指標の推移（評価対象年度：令和６年度）');
  put(ws, 3, 1, ['指標', '単位', '区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
  const rows: (string | number | undefined)[][] = [
    ['新規参入者数（累計）', '経営体', '目標値', 5, 10, 15, 20, 25],
    [undefined, undefined, '実績値', 4, 10, 15, 18, undefined],
    ['（参考）新規参入者数（単年度）', '経営体', '実績値', 4, 6, 5, 3, undefined],
    ['遊休農地解消面積（単年度）', 'ha', '目標値', 3.0, 3.0, 3.0, 3.0, 3.0],
    [undefined, undefined, '実績値', 2.8, 3.1, 2.6, 2.7, undefined],
    ['（参考）遊休農地解消面積（累計）', 'ha', '実績値', 2.8, 5.9, 8.5, 11.2, undefined],
    ['担い手への集積率', '％', '目標値', '５７．０', '５９．０', '６１．０', '６３．０', '６５．０'],
    [undefined, undefined, '実績値', '５６．２', '５８．０', '５９．７', '６１．２', undefined],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  for (const r of [4, 7, 10]) {
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
  }
  box(ws, 3, 1, 11, 8);
  put(ws, 13, 1, ['※新規参入者数の目標は計画期間（R3～R7）の累計25経営体を年度ごとに割り付けたもの']);
}

const R_INDICATORS: ExpectedIndicator[] = [
  ind(R_SHEET, '新規参入者数（累計）', '経営体', 20, 18),
  ind(R_SHEET, '遊休農地解消面積（単年度）', 'ha', 3.0, 2.7),
  ind(R_SHEET, '担い手への集積率', '％', 63.0, 61.2),
];

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h123-trap-r6-column-fractions',
    layout: 'trap: 令和５年度 evaluated, a 令和6年度（6月末現在） column filled, 集積率 stored as fractions under 0.0%, 方向 増加／減少',
    build: buildOtherYears,
    expected: { file: 'h123-trap-r6-column-fractions.xlsx', fiscalYear: 2023, indicators: O_INDICATORS, groups: [] },
  },
  {
    name: 'h123-trap-text-targets-notes',
    layout: 'trap: targets 「前年度実績以上」「－」, 備考 with figures 「うち 312ha」, full-width actual, 0 target under ↓',
    build: buildTextTargets,
    expected: { file: 'h123-trap-text-targets-notes.xlsx', fiscalYear: 2022, indicators: T_INDICATORS, groups: [] },
  },
  {
    name: 'h123-trap-ruikei-tannendo',
    layout: 'trap: 累計 and 単年度 indicators each with a （参考） row of the other kind, per-year 目標値 rows, full-width ％ figures',
    build: buildCumulative,
    expected: { file: 'h123-trap-ruikei-tannendo.xlsx', fiscalYear: 2024, indicators: R_INDICATORS, groups: [] },
  },
];
