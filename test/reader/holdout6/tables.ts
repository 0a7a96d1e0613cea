/**
 * Hold-out 6, tables: a plan-indicator table with the year in each figure's cell, a 事業実績 table with
 * targets and actuals as text, a KPI × 年3月末 table with unit text, a 総合戦略 KPI 進捗管理表 with a
 * 方向 column and actuals per year beside one final target, and a KPI table with two-language,
 * abbreviated headings (R5目標 Target, 達成率 Rate).
 */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

// 1. Plan indicators: 現況値（策定時） and 実績値 with their year written in the cell, one 目標値（R9）.
const S1 = '計画指標';
const ROWS1: [string, string, string, string, number, string][] = [
  ['観光客の受入', '観光入込客数', '人回', '1,238,000\n（R3）', 1600000, '1,456,000\n（R5）'],
  ['観光客の受入', '外国人宿泊者数', '人泊', '8,420\n（R3）', 30000, '21,930\n（R5）'],
  ['地域経済への波及', '観光消費額', '億円', '182\n（R3）', 260, '238\n（R4）'],
  ['担い手の育成', '観光ボランティアガイド登録者数', '人', '48\n（R3）', 60, '集計中'],
  ['地域経済への波及', '道の駅年間売上高', '百万円', '412\n（R3）', 480, '503\n（R5）'],
];
const planIndicators: Holdout2Workbook = {
  name: 'h6-plan-indicators-year-in-cell',
  layout:
    'plan indicators: 施策の方向, 指標名, 単位, 現況値（策定時） and 実績値 with "（R5）" on a second line in the cell, one 目標値（R9）; one actual of R4, one 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['第2次観光振興計画　計画指標の状況（令和5年度実績）']);
    put(ws, 3, 1, ['No.', '施策の方向', '指標名', '単位', '現況値（策定時）', '目標値（R9）', '実績値', '備考']);
    ROWS1.forEach(([dir, name, unit, base, t, a], i) => put(ws, 4 + i, 1, [i + 1, dir, name, unit, base, t, a]));
    put(ws, 6, 8, ['令和5年の観光消費額は令和6年秋に公表予定']);
  },
  expected: {
    file: 'h6-plan-indicators-year-in-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '観光入込客数', '人回', 1600000, 1456000),
      ind(S1, '外国人宿泊者数', '人泊', 30000, 21930),
      ind(S1, '観光消費額', '億円', 260, 238),
      ind(S1, '観光ボランティアガイド登録者数', '人', 60, null, { actualStatus: 'pending' }),
      ind(S1, '道の駅年間売上高', '百万円', 480, 503),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

// 2. 事業実績: 数値目標 and 実績値 as text with their measure's words, 自己評価 by the department.
const S2 = 'R5事業実績';
const ROWS2: [string, string, string, string, string][] = [
  ['移住支援補助金', '定住推進課', '交付決定件数 5件', '交付決定件数 9件', 'A'],
  ['移住者住宅取得補助金', '定住推進課', '交付決定件数 75件', '交付決定件数 64件', 'A'],
  ['空き家バンク登録促進事業', '都市計画課', '新規登録件数 30件', '新規登録件数 18件', 'C'],
  ['移住体験ツアー事業', '定住推進課', '開催回数 2回', '未実施', 'D'],
  ['移住相談会出展事業', '定住推進課', '首都圏相談会:6回\nオンライン相談会:4回', '首都圏相談会:7回\nオンライン相談会:2回', 'B'],
  ['地域おこし協力隊活用事業', '地域振興課', '新規委嘱人数 4人', '新規委嘱人数 3人', 'B'],
];
const measures2: ExpectedIndicator = {
  sheet: S2,
  name: '移住相談会出展事業',
  measures: [
    { label: '首都圏相談会', target: 6, actual: 7, unit: '回' },
    { label: 'オンライン相談会', target: 4, actual: 2, unit: '回' },
  ],
  direction: 'up',
  existing: 'B',
  grade: gradeOf(4, 2),
};
const projectText: Holdout2Workbook = {
  name: 'h6-jigyo-jisseki-text',
  layout:
    '事業実績 table: No., 事業名, 担当課, R5年度数値目標 / R5年度実績値 as text ("交付決定件数 5件", two measures on two lines, 未実施), 自己評価, 今後の方向性',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　移住・定住促進事業　実績報告']);
    put(ws, 3, 1, ['No.', '事業名', '担当課', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性']);
    ROWS2.forEach(([name, dept, t, a, ex], i) => put(ws, 4 + i, 1, [i + 1, name, dept, t, a, ex, i === 3 ? '見直し' : '継続']));
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部達成　D：未達成']);
  },
  expected: {
    file: 'h6-jigyo-jisseki-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '移住支援補助金', '件', 5, 9, { existing: 'A' }),
      ind(S2, '移住者住宅取得補助金', '件', 75, 64, { existing: 'A' }),
      ind(S2, '空き家バンク登録促進事業', '件', 30, 18, { existing: 'C' }),
      ind(S2, '移住体験ツアー事業', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      measures2,
      ind(S2, '地域おこし協力隊活用事業', '人', 4, 3, { existing: 'B' }),
    ],
    groups: [],
  },
};

// 3. 地域再生計画 KPI: 目標値 / 実績値 rows, 令和N年3月末 columns, figures as "50 人", "-" for no target.
const S3 = 'KPI進捗';
const ROWS3: [string, string, string[], string[], number | null, number | null][] = [
  ['サテライトオフィス新規利用企業数', '社', ['5 社', '8 社', '10 社', '12 社'], ['4 社', '9 社', '7 社'], 10, 7],
  ['テレワーク移住者数', '人', ['10 人', '20 人', '30 人', '40 人'], ['6 人', '14 人', '31 人'], 30, 31],
  ['ICT人材育成講座受講者数', '人', ['-', '60 人', '80 人', '100 人'], ['-', '48 人', '66 人'], 80, 66],
  ['進出企業数', '社', ['-', '1 社', '1 社', '2 社'], ['-', '0 社', '0 社'], 1, 0],
];
const kpiMonthEnd: Holdout2Workbook = {
  name: 'h6-kpi-month-end-columns',
  layout:
    'KPI × 令和N年3月末 columns, a 目標値 row and a 実績値 row per KPI (KPI name on both), figures as text with units, "-" where none; 令和7年3月末 targets only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['地域再生計画　重要業績評価指標（KPI）の状況（令和6年3月末時点）']);
    put(ws, 3, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    ROWS3.forEach(([name, , t, a], i) => {
      put(ws, 4 + 2 * i, 1, [name, '目標値', ...t]);
      put(ws, 5 + 2 * i, 1, [name, '実績値', ...a]);
    });
  },
  expected: {
    file: 'h6-kpi-month-end-columns.xlsx',
    fiscalYear: 2023,
    indicators: ROWS3.map(([name, unit, , , t, a]) => ind(S3, name, unit, t, a)),
    groups: [],
  },
};

// 4. 総合戦略 KPI 進捗管理表: 基本目標 merged down, 方向 ↑/↓, 基準値, 目標値（R6）, R3–R5 実績.
const S4 = 'KPI進捗管理表';
type Row4 = [string, string, string, string, '↑' | '↓', number, string, number, number, number, number];
const ROWS4: Row4[] = [
  ['1　稼ぐ地域をつくる', '(1)地域産業の振興', '創業支援による創業件数', '件', '↑', 12, 'R1', 20, 15, 17, 18],
  ['1　稼ぐ地域をつくる', '(2)農業の担い手確保', '新規就農者数', '人', '↑', 8, 'R1', 12, 9, 7, 10],
  ['2　人の流れをつくる', '(1)移住・定住の促進', '転入者数', '人', '↑', 3215, 'R1', 3400, 3102, 3188, 3251],
  ['2　人の流れをつくる', '(2)結婚の希望をかなえる', '婚活イベントによる成婚数', '組', '↑', 3, 'R1', 5, 2, 4, 6],
  ['3　安心なまちをつくる', '(1)交通安全の推進', '交通事故発生件数', '件', '↓', 186, 'R1', 150, 171, 162, 158],
  ['3　安心なまちをつくる', '(2)空き家対策', '空き家率', '％', '↓', 14.8, 'H30', 13.5, 14.6, 14.9, 15.2],
];
const strategyKpi: Holdout2Workbook = {
  name: 'h6-sogo-senryaku-kpi-progress',
  layout: '総合戦略 KPI 進捗管理表: 基本目標 merged down, 施策, KPI, 単位, 方向 (↑/↓), 基準値 + 基準年, one 目標値（R6）, R3/R4/R5 実績 columns',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略　KPI進捗管理表（令和5年度実績）']);
    put(ws, 3, 1, ['基本目標', '施策', 'KPI', '単位', '方向', '基準値', '基準年度', '目標値（R6）', 'R3実績', 'R4実績', 'R5実績']);
    ROWS4.forEach((row, i) => put(ws, 4 + i, 1, i % 2 ? [null, ...row.slice(1)] : row));
    for (const r of [4, 6, 8]) ws.mergeCells(r, 1, r + 1, 1);
    put(ws, 11, 1, ['※方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
  },
  expected: {
    file: 'h6-sogo-senryaku-kpi-progress.xlsx',
    fiscalYear: 2023,
    indicators: ROWS4.map(([, , name, unit, dir, , , t, , , a]) => ind(S4, name, unit, t, a, { direction: dir === '↓' ? 'down' : 'up' })),
    groups: [],
  },
};

// 5. Two-language, abbreviated headings: 指標 Indicator, R5目標 Target, R5実績 Actual, 達成率 Rate.
const S5 = 'KPI_2023';
const ROWS5: [string, string, number, number, number][] = [
  ['外国人住民向け相談件数', '件', 212, 250, 268],
  ['多言語版広報紙の発行回数', '回', 12, 12, 12],
  ['国際交流イベント参加者数', '人', 1340, 2000, 1585],
  ['日本語教室ボランティア登録者数', '人', 35, 45, 37],
  ['姉妹都市派遣中学生数', '人', 0, 10, 8],
];
const bilingual: Holdout2Workbook = {
  name: 'h6-abbrev-bilingual-headings',
  layout: 'KPI table with two-language abbreviated headings (指標 Indicator, 単位 Unit, R4実績 FY2022, R5目標 Target, R5実績 Actual, 達成率 Rate as %)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和5年度　国際交流・多文化共生 KPI（FY2023 KPI Progress）']);
    put(ws, 3, 1, ['No.', '指標\nIndicator', '単位\nUnit', 'R4実績\nFY2022', 'R5目標\nTarget', 'R5実績\nActual', '達成率\nRate']);
    ROWS5.forEach(([name, unit, prev, t, a], i) => {
      put(ws, 4 + i, 1, [i + 1, name, unit, prev, t, a, a / t]);
      ws.getCell(4 + i, 7).numFmt = '0.0%';
    });
  },
  expected: {
    file: 'h6-abbrev-bilingual-headings.xlsx',
    fiscalYear: 2023,
    indicators: ROWS5.map(([name, unit, , t, a]) => ind(S5, name, unit, t, a)),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [planIndicators, projectText, kpiMonthEnd, strategyKpi, bilingual];
