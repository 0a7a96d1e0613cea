/**
 * Family D of the fortieth hold-out set: 計画指標 tables as two more offices lay them out — 基準値 and 基準年度 in
 * separate columns, a 目標年度 that differs per row (R7, R9, R12), a 目指す方向 column of arrows, one actual that is an
 * older year's figure (statistics published two years late, a guess), one indicator abolished; and a plan table with
 * units in the names and a 現状値 column whose year is stated nowhere (the period a guess).
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, ind, merged, put, ungraded, widths } from './sheetKit';

type Row = (string | number | undefined)[];

const final = (e: ExpectedIndicator): ExpectedIndicator => ({ ...e, targetSource: 'final' });

const S8 = '計画指標';
const BASELINE_ROWS: Row[] = [
  [1, '市民1人1日当たりのごみ排出量', 'g', 905, 'H30', 850, 'R7', 872, '↓'],
  [2, 'リサイクル率', '％', 18.2, 'H30', 25.0, 'R7', 19.6, '↑'],
  [
    3,
    '市域の温室効果ガス排出量',
    '千t-CO2',
    '1,245',
    'H25',
    830,
    'R12',
    '1,012\n（令和3年度値）',
    '↓',
    '国の統計の公表が2年遅れのため、最新値（令和3年度）を記載',
  ],
  [4, '公共施設への太陽光発電設備導入数', '施設', 12, 'R2', 30, 'R9', 21, '↑'],
  [5, '環境学習講座の参加者数', '人', '1,350', 'R1', '1,500', 'R7', '1,620', '↑'],
  [6, '河川のBOD環境基準達成率', '％', 90.0, 'R2', 100, 'R7', 96.0, '↑', '指標廃止（県の測定地点見直しにより比較できないため評価対象外）'],
];

function buildBaseline(ws: Worksheet): void {
  widths(ws, [5, 32, 9, 9, 9, 9, 9, 14, 10, 40]);
  merged(ws, 1, 1, '第3次環境基本計画　計画指標の進捗状況（令和5年度実績）', 10);
  put(ws, 3, 1, ['No.', '指標名', '単位', '基準値', '基準年度', '目標値', '目標年度', '令和5年度実績', '目指す方向', '備考']);
  BASELINE_ROWS.forEach((r, i) => put(ws, 4 + i, 1, r));
  ws.getCell(6, 8).alignment = { wrapText: true };
  box(ws, 3, 1, 9, 10);
  put(ws, 11, 1, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
}

const BASELINE_SPLIT: Holdout2Workbook = {
  name: 'h40-08-plan-baseline-year-columns',
  layout:
    'D: 基準値 | 基準年度 | 目標値 | 目標年度 (R7/R9/R12 per row) | 令和5年度実績 | 目指す方向 ↑↓, one actual of 令和3年度 noted in its cell, one indicator 廃止',
  build: (wb) => buildBaseline(wb.addWorksheet(S8)),
  expected: {
    file: 'h40-08-plan-baseline-year-columns.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      final(ind(S8, '市民1人1日当たりのごみ排出量', 'g', 850, 872, { direction: 'down' })),
      final(ind(S8, 'リサイクル率', '％', 25, 19.6)),
      final(ind(S8, '市域の温室効果ガス排出量', '千t-CO2', 830, 1012, { direction: 'down' })),
      final(ind(S8, '公共施設への太陽光発電設備導入数', '施設', 30, 21)),
      final(ind(S8, '環境学習講座の参加者数', '人', 1500, 1620)),
      ungraded(final(ind(S8, '河川のBOD環境基準達成率', '％', 100, 96.0))),
    ],
    groups: [],
  },
};

const S10 = '成果指標';
const UNDATED_ROWS: Row[] = [
  ['成人の週1回以上のスポーツ実施率（％）', 42.1, 51.3, 65.0],
  ['総合体育館の年間利用者数（人）', '182,400', '201,355', '200,000'],
  ['スポーツ少年団の登録団員数（人）', '2,310', '1,874', '2,400'],
  ['市民マラソン大会の参加者数（人）', '3,200', '4,050', '5,000'],
  ['運動部活動の地域移行に取り組む中学校数（校）', 0, 3, 8, '地域クラブ活動への移行'],
  ['運動習慣のない子どもの割合（％）', 15.2, 13.0, 10.0, '減少を目指す'],
];

function buildUndated(ws: Worksheet): void {
  widths(ws, [44, 16, 12, 14, 26]);
  merged(ws, 1, 1, '第２次スポーツ推進計画　成果指標の状況', 5);
  put(ws, 2, 5, ['スポーツ推進課']);
  put(ws, 4, 1, ['指標', '計画策定時（H30）', '現状値', '目標値（R8）', '備考']);
  UNDATED_ROWS.forEach((r, i) => put(ws, 5 + i, 1, r));
  box(ws, 4, 1, 10, 5);
}

const UNDATED: Holdout2Workbook = {
  name: 'h40-09-plan-undated-current',
  layout: 'D: 計画策定時（H30） | 現状値 (no year anywhere) | 目標値（R8）, units in the names, a decrease aim in 備考: the period is a guess',
  build: (wb) => buildUndated(wb.addWorksheet(S10)),
  expected: {
    file: 'h40-09-plan-undated-current.xlsx',
    guesses: ['period'],
    indicators: [
      final(ind(S10, '成人の週1回以上のスポーツ実施率', '％', 65, 51.3)),
      final(ind(S10, '総合体育館の年間利用者数', '人', 200000, 201355)),
      final(ind(S10, 'スポーツ少年団の登録団員数', '人', 2400, 1874)),
      final(ind(S10, '市民マラソン大会の参加者数', '人', 5000, 4050)),
      final(ind(S10, '運動部活動の地域移行に取り組む中学校数', '校', 8, 3)),
      final(ind(S10, '運動習慣のない子どもの割合', '％', 10, 13, { direction: 'down' })),
    ],
    groups: [],
  },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [BASELINE_SPLIT, UNDATED];
