/**
 * Hold-out 43, indicators over the plan years: two rows per indicator (目標 / 実績) with names running over two rows
 * (merged with the unit on its second line, or written on in the cell below), and a 総合戦略 KPI matrix whose years are
 * written 令和元年度(基準) / 令和2年度 … with the base year named 平成31年度（2019年度） in a note and a 見込み of the
 * year after the evaluation year.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null | undefined)[];

/** One indicator as two rows from `row`: 目標 then 実績, over the years from column D. */
function pairRows(ws: Worksheet, row: number, no: number, name: [string, string?], targets: Row, actuals: Row, mergeName: boolean): void {
  put(ws, row, 1, [no]);
  ws.mergeCells(row, 1, row + 1, 1);
  if (mergeName) {
    ws.mergeCells(row, 2, row + 1, 2);
    put(ws, row, 2, [name.filter(Boolean).join('\n')]);
  } else {
    put(ws, row, 2, [name[0]]);
    put(ws, row + 1, 2, [name[1]]);
  }
  put(ws, row, 3, ['目標', ...targets]);
  put(ws, row + 1, 3, ['実績', ...actuals]);
}

function buildTwoRowNames(wb: Workbook): void {
  const s = wb.addWorksheet('基本目標2');
  s.mergeCells('A1:J1');
  put(s, 1, 1, ['基本目標２　活力ある産業のまちづくり　成果指標の推移']);
  put(s, 2, 1, ['評価対象期間：令和５年度']);
  put(s, 2, 9, ['産業振興部']);
  put(s, 4, 1, ['番号', '成果指標', '区分', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度']);
  pairRows(s, 5, 1, ['製造品出荷額等', '（単位：億円）'], [undefined, undefined, 3050, 3100, 3150, 3200, 3300], [2987, 2790, 3012, 3175, 3284], true);
  pairRows(
    s,
    7,
    2,
    ['中心市街地の歩行者', '通行量（人）'],
    [undefined, undefined, 8000, 8250, 8500, 8750, 9000],
    ['9,120', '5,430', '6,210', '6,880', '7,120'],
    false,
  );
  pairRows(s, 9, 3, ['観光入込客数', '（単位：千人）'], [undefined, undefined, 1700, 1800, 1900, 2000, 2100], [1654, 702, 911, 1233, 1402], true);
  pairRows(s, 11, 4, ['企業立地件数（累計）', '（単位：件）'], [undefined, undefined, 8, 10, 12, 14, 16], [5, 6, 8, 10, 12], true);
  pairRows(s, 13, 5, ['創業支援事業による', '創業者数（人）'], [undefined, undefined, 30, 30, 30, 30, 30], [24, 19, 22, 26, 17], true);
  put(s, 16, 1, ['※令和元年度は計画策定時の現状値。令和６年度以降の実績は翌年度に記入する。']);
}

const TWO_ROW_NAMES: Holdout2Workbook = {
  name: 'h43-07-names-over-two-rows-unit-below',
  layout:
    '目標/実績 row pairs over 令和元年度…令和７年度; names merged over both rows with （単位：億円） on the second line, one name written on in the cell below with its unit',
  build: buildTwoRowNames,
  expected: {
    file: 'h43-07-names-over-two-rows-unit-below.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('基本目標2', '製造品出荷額等', '億円', 3150, 3284),
      ind('基本目標2', '中心市街地の歩行者通行量', '人', 8500, 7120),
      ind('基本目標2', '観光入込客数', '千人', 1900, 1402),
      ind('基本目標2', '企業立地件数（累計）', '件', 12, 12),
      ind('基本目標2', '創業支援事業による創業者数', '人', 30, 17),
    ],
    groups: [],
  },
};

/** A KPI with its unit and way, as two merged-name rows (目標, 実績) over R1…R6. */
function kpiRows(ws: Worksheet, row: number, name: string, unit: string, way: string, targets: Row, actuals: Row): void {
  for (const c of [1, 2, 3]) ws.mergeCells(row, c, row + 1, c);
  put(ws, row, 1, [name, unit, way, '目標', '－', ...targets]);
  put(ws, row + 1, 4, ['実績', ...actuals]);
}

function buildMixedYears(wb: Workbook): void {
  const s = wb.addWorksheet('総合戦略KPI');
  put(s, 1, 1, ['第２期 総合戦略　KPI進捗状況（令和５年度実績）']);
  put(s, 2, 1, ['※基準値は平成31年度（2019年度）の数値。令和６年度は計画期間の最終年度（目標年次）。']);
  put(s, 4, 1, ['KPI', '単位', '方向', '区分', '令和元年度\n（基準）', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（目標年次）', '備考']);
  kpiRows(s, 5, '転入者数', '人', '増加', [2350, 2400, 2450, 2500, 2550], ['2,287', '2,198', '2,305', '2,356', '2,401', '2,450（見込み）']);
  kpiRows(s, 7, '転出超過数', '人', '減少', [300, 270, 240, 210, 180], [352, 341, 298, 287, 268]);
  kpiRows(s, 9, '創業件数', '件', '増加', [15, 16, 17, 18, 20], [12, 14, 13, 19, 21]);
  kpiRows(s, 11, '観光消費額', '億円', '増加', [95, 100, 105, 110, 115], [92.4, 41, 58.3, 87.1, 101.6]);
  kpiRows(s, 13, '保育所入所待ち児童数', '人', '減少', [20, 15, 10, 5, 0], [28, 22, 13, 9, 6]);
  kpiRows(s, 15, '婚活イベントによる成婚数', '組', '増加', [3, 3, 3, 3, 3], [1, 2, 0, 2, '集計中']);
  put(s, 15, 11, ['令和6年6月に確定']);
}

const MIXED_YEARS: Holdout2Workbook = {
  name: 'h43-08-kpi-years-reiwa-gannen-heisei31',
  layout: 'KPI × 令和元年度(基準)…令和6年度(目標年次), name/unit/方向 merged over 目標/実績 rows, 平成31年度（2019年度） in a note, R6 見込み, 集計中',
  build: buildMixedYears,
  expected: {
    file: 'h43-08-kpi-years-reiwa-gannen-heisei31.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('総合戦略KPI', '転入者数', '人', 2500, 2401),
      ind('総合戦略KPI', '転出超過数', '人', 210, 268, { direction: 'down' }),
      ind('総合戦略KPI', '創業件数', '件', 18, 21),
      ind('総合戦略KPI', '観光消費額', '億円', 110, 101.6),
      ind('総合戦略KPI', '保育所入所待ち児童数', '人', 5, 6, { direction: 'down' }),
      ind('総合戦略KPI', '婚活イベントによる成婚数', '組', 3, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const PERIOD_MATRIX_WORKBOOKS: Holdout2Workbook[] = [TWO_ROW_NAMES, MIXED_YEARS];
