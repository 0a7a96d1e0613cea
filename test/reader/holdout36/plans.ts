/** Hold-out 36: family D (計画指標 tables) as yet other offices lay them out. */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const M = '指標一覧';
const m: ExpectedIndicator[] = [
  ind(M, '特定健康診査受診率', '％', 55, 52.9, { existing: 'B' }),
  ind(M, '運動習慣のある市民の割合', '％', 35, 36, { actualStatus: 'approximate', existing: 'A' }),
  { ...ind(M, '特定保健指導実施率', '％', 45, 38, { existing: 'B' }), targetSource: 'final' },
  ind(M, '自殺者数', '人', 15, 16, { direction: 'down', existing: 'C' }),
  ind(M, 'がん検診受診者数', '人', 12000, 11250, { existing: 'B' }),
];

/** D: 策定時 / 中間目標（R5） / 最終目標（R9） / R5実績, an arrow direction column with its legend, 以上 and 約, one 中間目標 missing. */
const midTerm: Holdout2Workbook = {
  name: 'h36-07-plan-midterm-final-arrows',
  layout:
    'D: 計画 中間評価 table: 策定時（R2）, 中間目標（R5）, 最終目標（R9）, R5実績, 評価 and ↑/↓ 方向 column with a legend row; 55.0以上 and 15未満 targets, 約36 actual, one 中間目標 "－" (final target counts), full-width actual',
  build(wb) {
    const ws = wb.addWorksheet(M);
    put(ws, 1, 1, ['第３次健康づくり計画　中間評価　指標の達成状況（令和５年度）']);
    put(ws, 2, 1, ['方向　↑：増加を目指す　↓：減少を目指す　　／　評価　A：中間目標を達成　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 4, 1, ['No.', '指標', '単位', '方向', '策定時\n（R2）', '中間目標\n（R5）', '最終目標\n（R9）', 'R5実績', '評価', '出典']);
    const rows: (string | number)[][] = [
      [1, '特定健康診査受診率', '％', '↑', 48.2, '55.0以上', 60.0, 52.9, 'B', '法定報告'],
      [2, '運動習慣のある市民の割合', '％', '↑', 31.5, 35.0, 40.0, '約36', 'A', '市民健康意識調査'],
      [3, '特定保健指導実施率', '％', '↑', 29.7, '－', 45.0, 38.0, 'B', '法定報告'],
      [4, '自殺者数', '人', '↓', 17, '15未満', 12, 16, 'C', '地域における自殺の基礎資料'],
      [5, 'がん検診受診者数', '人', '↑', '10,480', '12,000', '13,500', '１１，２５０', 'B', '健康づくり課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['※中間目標を定めていない指標は最終目標と比較した。']);
  },
  expected: { file: 'h36-07-plan-midterm-final-arrows.xlsx', fiscalYear: 2023, indicators: m, groups: [] },
};

const E = '進捗状況';
const fin = (x: ExpectedIndicator): ExpectedIndicator => ({ ...x, targetSource: 'final' });
const e: ExpectedIndicator[] = [
  fin(ind(E, '温室効果ガス排出量', '千t-CO2', 430, 508, { direction: 'down' })),
  fin(ind(E, '再生可能エネルギー導入容量', 'kW', 30000, 27950)),
  fin(ind(E, '市民1人1日当たりごみ排出量', 'g', 850, 871, { direction: 'down' })),
  fin(ind(E, 'リサイクル率', '％', 25, 19.6)),
  fin(ind(E, '公園愛護団体数', '団体', 60, 63)),
];

/** D: 現状値 and 直近実績 with their years in the cell (some older than the report's year), a めざす方向 column in words. */
const mixedYears: Holdout2Workbook = {
  name: 'h36-08-plan-latest-actual-mixed-years',
  layout:
    'D: 環境基本計画 進捗 table: 単位 column, めざす方向 増加/減少 in words, 現状値 and 直近実績 with their years in the cell (平成25年度, R元, H30, R3, R4, R5), one 目標値（R7）; title 令和5年度 but two actuals are of earlier years',
  build(wb) {
    const ws = wb.addWorksheet(E);
    put(ws, 1, 2, ['第３次環境基本計画　進捗状況報告（令和５年度）']);
    put(ws, 3, 2, ['指標', '単位', 'めざす方向', '現状値', '目標値\n（R7）', '直近実績', '出典']);
    const rows: (string | number)[][] = [
      ['温室効果ガス排出量', '千t-CO2', '減少', '612\n（平成25年度）', 430, '508\n（令和3年度）', '県の推計値（2年遅れで公表）'],
      ['再生可能エネルギー導入容量', 'kW', '増加', '18,400\n（令和元年度）', '30,000', '27,950\n（令和5年度）', '固定価格買取制度公表データ'],
      ['市民1人1日当たりごみ排出量', 'g', '減少', '945\n（H30年度）', 850, '871\n（R5年度）', '一般廃棄物処理実態調査'],
      ['リサイクル率', '％', '増加', '17.8\n（H30年度）', '25.0', '19.6\n（R4年度）', '一般廃棄物処理実態調査'],
      ['公園愛護団体数', '団体', '増加', '48\n（R元年度）', 60, '63\n（R5年度）', '公園緑地課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 2, r));
    put(ws, 10, 2, ['※直近実績は報告時点で把握できる最新の値。']);
  },
  expected: { file: 'h36-08-plan-latest-actual-mixed-years.xlsx', fiscalYear: 2023, indicators: e, groups: [], guesses: ['other-year'] },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [midTerm, mixedYears];
