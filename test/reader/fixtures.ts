/**
 * The fixture set, declared: each entry a layout kind, a seed and options. Names are stable (the
 * known-failing list and the bench refer to them); the seed varies names, numbers and positions.
 */
import type { FixtureSpec } from './model';

export const FIXTURES: FixtureSpec[] = [
  // A: policy sheet, blocks tiled two across / stacked down
  { name: 'A1 policy blocks tiled, R periods', kind: 'A-policy-tiled', seed: 101 },
  { name: 'A2 policy blocks tiled, R05 periods, moved to D6', kind: 'A-policy-tiled', seed: 102, options: { periods: 'R0', at: { row: 5, col: 3 } } },
  { name: 'A3 policy blocks tiled, 令和5年度 periods, down-is-better in 説明', kind: 'A-policy-tiled', seed: 103, options: { periods: 'reiwa', down: true } },
  { name: 'A4 policy blocks stacked, direction only in 説明/備考', kind: 'A-policy-stacked', seed: 104, options: { down: true } },
  {
    name: 'A5 policy blocks stacked, 2023年度 periods, full-width values',
    kind: 'A-policy-stacked',
    seed: 105,
    options: { periods: 'ad', values: 'fullwidth', count: 4 },
  },
  {
    name: 'A6 policy blocks tiled, later actuals filled beyond the stated period',
    kind: 'A-policy-tiled',
    seed: 106,
    options: { laterActuals: true, count: 4 },
  },
  // B: project table
  { name: 'B1 project table, text targets, ①② measures', kind: 'B-project-table', seed: 201 },
  {
    name: 'B2 project table moved to C4, measures on two lines',
    kind: 'B-project-table',
    seed: 202,
    options: { at: { row: 3, col: 2 }, values: 'unitText', count: 8 },
  },
  { name: 'B3 project table, eleven projects', kind: 'B-project-table', seed: 203, options: { count: 11 } },
  // C: KPI × period columns
  { name: 'C1 KPI pairs, 平成29年3月末 periods, values with units', kind: 'C-kpi-periods', seed: 301, options: { periods: 'endHeisei' } },
  { name: 'C2 KPI pairs, H31.3末 periods', kind: 'C-kpi-periods', seed: 302, options: { periods: 'endH' } },
  { name: 'C3 KPI pairs, 2024年3月末 periods, plain numbers', kind: 'C-kpi-periods', seed: 303, options: { periods: 'endAd', values: 'number' } },
  {
    name: 'C4 KPI pairs, FY periods, 見込み/速報値 actuals',
    kind: 'C-kpi-periods',
    seed: 304,
    options: { periods: 'fy', values: 'number', provisional: true },
  },
  // D: plan indicators
  { name: 'D1 plan indicators, year in the cell (令和5年度)', kind: 'D-plan-indicators', seed: 401 },
  {
    name: 'D2 plan indicators, year in the cell (令和５年度 full width), moved to B3',
    kind: 'D-plan-indicators',
    seed: 402,
    options: { periods: 'reiwaFw', at: { row: 2, col: 1 } },
  },
  { name: 'D3 plan indicators, year in the cell (R5)', kind: 'D-plan-indicators', seed: 403, options: { periods: 'R' } },
  // New: 実績値 over period sub-columns
  { name: 'N1 実績値 over Ｒ３…Ｒ６, no stated period (latest actuals)', kind: 'N-measure-over-periods', seed: 501 },
  { name: 'N2 実績値 over Ｒ３…Ｒ６, stated period, later column empty', kind: 'N-measure-over-periods', seed: 502, options: { stated: true } },
  {
    name: 'N3 実績値 over R3…R6, stated period, later column filled',
    kind: 'N-measure-over-periods',
    seed: 503,
    options: { stated: true, laterActuals: true, periods: 'R' },
  },
  {
    name: 'N4 目標値 and 実績値 each over periods, 方向 column',
    kind: 'N-measure-over-periods',
    seed: 504,
    options: { perYearTargets: true, down: true, periods: 'reiwa' },
  },
  {
    name: 'N5 実績値 over periods, units in the cell, 見込み values',
    kind: 'N-measure-over-periods',
    seed: 505,
    options: { values: 'unitText', provisional: true, stated: true },
  },
  // New: period over 目標/実績
  { name: 'N6 令和 period over 目標/実績', kind: 'N-period-over-measures', seed: 601 },
  {
    name: 'N7 FY period over 目標/実績, unit in the name heading, moved to C5',
    kind: 'N-period-over-measures',
    seed: 602,
    options: { periods: 'fy', unitInHeader: true, at: { row: 4, col: 2 } },
  },
  // New: years as rows
  { name: 'N8 KPI 推移, years as rows, two header rows', kind: 'N-years-as-rows', seed: 701 },
  { name: 'N9 KPI 推移, years as rows, one header row, R periods', kind: 'N-years-as-rows', seed: 702, options: { headerRows: 1, periods: 'R' } },
  {
    name: 'N10 KPI 推移, years as rows, 令和５年度 periods, moved to E3',
    kind: 'N-years-as-rows',
    seed: 703,
    options: { periods: 'reiwaFw', at: { row: 2, col: 4 } },
  },
  // New: label/value forms down the sheet
  { name: 'N11 label/value pairs per indicator', kind: 'N-label-value', seed: 801 },
  {
    name: 'N12 label/value pairs, 方向 row, full-width numbers',
    kind: 'N-label-value',
    seed: 802,
    options: { down: true, values: 'fullwidth', periods: 'ad' },
  },
  {
    name: 'N13 label/value pairs moved to C2, units in the value, 速報値',
    kind: 'N-label-value',
    seed: 803,
    options: { at: { row: 1, col: 2 }, values: 'unitText', provisional: true },
  },
  // New: one project per sheet
  { name: 'N14 one project per sheet, 活動指標/成果指標, 達成率 column', kind: 'N-project-per-sheet', seed: 901 },
  { name: 'N15 one project per sheet moved to B2, four projects', kind: 'N-project-per-sheet', seed: 902, options: { at: { row: 1, col: 1 }, count: 4 } },
  // New: targets and actuals on two sheets
  { name: 'N16 目標値 and 実績値 sheets joined by id', kind: 'N-split-sheets', seed: 1001, options: { joinBy: 'id' } },
  { name: 'N17 目標値 and 実績値 sheets joined by name, R periods', kind: 'N-split-sheets', seed: 1002, options: { joinBy: 'name', periods: 'R' } },
  // New: 累計 and 達成率 (derived, never indicators or actuals)
  { name: 'N18 累計 column, 達成率 column and 合計 row', kind: 'N-cumulative-and-rates', seed: 1101 },
  { name: 'N19 累計実績 row under each indicator, 2023年度 periods', kind: 'N-cumulative-and-rates', seed: 1102, options: { headerRows: 3, periods: 'ad' } },
  // New: several tables on one sheet
  { name: 'N20 two tables side by side, 目標（R5）/実績（R5）', kind: 'N-side-by-side', seed: 1201 },
  {
    name: 'N21 two tables side by side, 令和5年度 headings, moved to B4',
    kind: 'N-side-by-side',
    seed: 1202,
    options: { periods: 'reiwa', at: { row: 3, col: 1 } },
  },
  {
    name: 'N22 実績値 over periods under a third heading row, wrapped 実績値 heading, 2023年度 periods',
    kind: 'N-measure-over-periods',
    seed: 506,
    options: { headerRows: 3, periods: 'ad', stated: true },
  },
  {
    name: 'N23 period over 目標/実績, 令和５年度 full-width periods, full-width values',
    kind: 'N-period-over-measures',
    seed: 603,
    options: { periods: 'reiwaFw', values: 'fullwidth' },
  },
  { name: 'N24 two tables stacked down one sheet, 令和5年度 headings', kind: 'N-side-by-side', seed: 1203, options: { stackedTables: true, periods: 'reiwa' } },
  {
    name: 'N25 実績値 over periods, the period only in 評価設定, later actuals filled',
    kind: 'N-measure-over-periods',
    seed: 507,
    options: { settingsPeriod: true, periods: 'R' },
  },
  {
    name: 'N26 実績値 over periods, ％ stored as fractions under a % format',
    kind: 'N-measure-over-periods',
    seed: 508,
    options: { values: 'fraction', percent: true, stated: true },
  },
  {
    name: 'A7 policy blocks tiled, ％ indicator stored as a fraction, R05 periods',
    kind: 'A-policy-tiled',
    seed: 107,
    options: { values: 'fraction', percent: true, periods: 'R0' },
  },
  {
    name: 'N27 two tables side by side, ％ as fractions, 2024年度 headings',
    kind: 'N-side-by-side',
    seed: 1204,
    options: { values: 'fraction', percent: true, periods: 'ad' },
  },
  // New: a table with everything offices add around the figures
  { name: 'N28 cluttered table: sections, 基準値, 達成率, written 評価, 備考 with numbers, footnotes', kind: 'N-cluttered-table', seed: 1301 },
  {
    name: 'N29 cluttered table, stated period, 令和 headings, moved to B3',
    kind: 'N-cluttered-table',
    seed: 1302,
    options: { stated: true, periods: 'reiwa', at: { row: 2, col: 1 } },
  },
  { name: 'N30 cluttered table, period headings as dates (2024/3/31)', kind: 'N-cluttered-table', seed: 1303, options: { periods: 'date' } },
  {
    name: 'N31 cluttered table, full-width values, 見込み',
    kind: 'N-cluttered-table',
    seed: 1304,
    options: { values: 'fullwidth', provisional: true, periods: 'Rfw' },
  },
  // The four families in other words of the same kind
  { name: 'A8 policy blocks three across, 成果指標①, 実　績 and 目標値 rows', kind: 'A-policy-tiled', seed: 108, options: { altWords: true, count: 6 } },
  {
    name: 'A9 policy blocks stacked, 成果指標①, 目標値 row, 令和 periods',
    kind: 'A-policy-stacked',
    seed: 109,
    options: { altWords: true, periods: 'reiwa', down: true },
  },
  { name: 'B4 project table, 事業名 / 数値目標（R5）/ 実績（R5）, (1) codes', kind: 'B-project-table', seed: 204, options: { altWords: true } },
  {
    name: 'C5 KPI pairs, 目標 / 実績 labels, 2024年3月末 periods, moved to B2',
    kind: 'C-kpi-periods',
    seed: 305,
    options: { altWords: true, periods: 'endAd', at: { row: 1, col: 1 } },
  },
  { name: 'D4 plan indicators, 成果指標 / 基準値 / 目標値（令和8年度）/ 実績値', kind: 'D-plan-indicators', seed: 404, options: { altWords: true } },
  { name: 'A10 three policy sheets in one workbook, blocks tiled', kind: 'A-policy-tiled', seed: 110, options: { sheets: 3, count: 4 } },
  {
    name: 'A11 two policy sheets in one workbook, blocks stacked, 2023年度 periods',
    kind: 'A-policy-stacked',
    seed: 111,
    options: { sheets: 2, count: 3, periods: 'ad' },
  },
  {
    name: 'D5 plan indicators, some actuals noted with the year before (read as written, flagged)',
    kind: 'D-plan-indicators',
    seed: 405,
    options: { mixedYears: true },
  },
  // 実績／目標 in one cell under a heading naming both (the order and the joint picked by the seed)
  { name: 'N32 two measures per cell (実績／目標, 目標/実績 or 実績（目標）) per year, 達成率 column', kind: 'N-measure-pairs', seed: 1301 },
  {
    name: 'N33 two measures per cell, period stated, 令和5年度 headings, moved to B3',
    kind: 'N-measure-pairs',
    seed: 1302,
    options: { stated: true, periods: 'reiwa', at: { row: 2, col: 1 }, provisional: true },
  },
  { name: 'N34 two measures per cell, 2023年度 headings', kind: 'N-measure-pairs', seed: 1305, options: { periods: 'ad', provisional: true } },
];
