/** Hold-out 167, traps: a later year already filled, ％ stored as fractions with notes that look like values, targets that are not numbers. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 令和５年度 evaluated, but the 令和６年度（９月末現在） columns already hold figures. */
const laterYearFilled: Holdout2Workbook = {
  name: 'h167-trap-r6-interim-filled',
  layout:
    'trap: 目標／実績 column pairs for R4, R5 and R6（９月末現在） under merged year captions, R6 actuals already filled, 評価対象 令和５年度 in the title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('実績評価');
    widths(ws, [30, 7, 10, 10, 10, 10, 10, 12, 24]);
    merge(ws, 1, 1, 1, 9, '生涯スポーツ推進事業　実績評価表（評価対象：令和５年度）');
    merge(ws, 2, 1, 3, 1, '指標');
    merge(ws, 2, 2, 3, 2, '単位');
    merge(ws, 2, 3, 2, 4, '令和４年度');
    merge(ws, 2, 5, 2, 6, '令和５年度');
    merge(ws, 2, 7, 2, 8, '令和６年度（９月末現在）');
    merge(ws, 2, 9, 3, 9, '備考');
    put(ws, 3, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['スポーツ少年団登録者数', '人', 1500, 1421, 1500, 1386, 1500, 1402, '少子化により単位団が２団減'],
      ['市民マラソン大会参加者数', '人', 3500, 3620, 4000, 4215, 4200, '開催前', 'R6は12月開催予定'],
      ['総合型地域スポーツクラブ会員数', '人', 1800, 1098, 2000, 1154, 2200, 1630, 'R6は新クラブ設立で増加'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (let r = 4; r <= 6; r++) for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 2, 1, 6, 9);
    box(ws, 2, 1, 6, 9);
  },
  expected: {
    file: 'h167-trap-r6-interim-filled.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('実績評価', 'スポーツ少年団登録者数', '人', 1500, 1386),
      ind('実績評価', '市民マラソン大会参加者数', '人', 4000, 4215),
      ind('実績評価', '総合型地域スポーツクラブ会員数', '人', 2000, 1154),
    ],
    groups: [],
  },
};

/** ％ stored as fractions under a % format, a 累計 indicator with the single year's figure in 備考, notes with other figures. */
const fractionsAndNotes: Holdout2Workbook = {
  name: 'h167-trap-fraction-cumulative',
  layout:
    "trap: 令和３年度 進捗状況, ％ as fractions with a 0.0% format, 指導者資格取得者数（累計） whose 備考 gives the single year (うち令和３年度 22人), 備考 with last year's figures",
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗状況');
    widths(ws, [34, 7, 12, 12, 36]);
    merge(ws, 1, 1, 1, 5, 'スポーツ推進計画　令和３年度　進捗状況');
    put(ws, 2, 1, ['指標', '単位', '目標値（R3）', '実績値（R3）', '備考']);
    const rows: (string | number)[][] = [
      ['成人の週１回以上のスポーツ実施率', '％', 0.6, 0.524, '前年度 49.8％（市民意識調査）'],
      ['障がい者スポーツ体験会参加者数', '人', 300, 318, '（参考）前年度 245人'],
      ['スポーツ指導者資格取得者数（累計）', '人', 150, 141, 'うち令和３年度 22人（目標 25人）'],
      ['体力テストで全国平均を上回った種目の割合', '％', 0.5, 0.375, '８種目中３種目'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    for (const r of [3, 6]) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 2, 1, 6, 5);
    box(ws, 2, 1, 6, 5);
  },
  expected: {
    file: 'h167-trap-fraction-cumulative.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('進捗状況', '成人の週１回以上のスポーツ実施率', '％', 60, 52.4),
      ind('進捗状況', '障がい者スポーツ体験会参加者数', '人', 300, 318),
      ind('進捗状況', 'スポーツ指導者資格取得者数（累計）', '人', 150, 141),
      ind('進捗状況', '体力テストで全国平均を上回った種目の割合', '％', 50, 37.5),
    ],
    groups: [],
  },
};

/** Targets that are not numbers (前年度実績以上, 増加), a 集計中 actual, 備考 with the year before's figures. */
const wordTargets: Holdout2Workbook = {
  name: 'h167-trap-word-targets',
  layout: 'trap: 令和４年度 成果指標評価, 目標 「前年度実績以上」「増加」 (no numeric target), a 集計中 actual, 備考 「R3実績 395,027人」 beside them',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('成果指標評価');
    widths(ws, [36, 7, 16, 14, 30]);
    merge(ws, 1, 1, 1, 5, '令和４年度　スポーツ振興施策　成果指標評価');
    put(ws, 2, 1, ['成果指標', '単位', '令和４年度目標', '令和４年度実績', '備考']);
    const rows: (string | number)[][] = [
      ['スポーツ施設利用者数', '人', '前年度実績以上', 402118, 'R3実績 395,027人'],
      ['スポーツボランティア登録者数', '人', 250, 263, ''],
      ['部活動指導員の指導を受けた生徒の割合', '％', '増加', 38.5, 'R3実績 31.2％'],
      ['スポーツ教室参加者数', '人', 6000, '集計中', '３月分を集計中（R3実績 5,412人）'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    ws.getCell(3, 4).numFmt = '#,##0';
    ws.getCell(6, 3).numFmt = '#,##0';
    wrap(ws, 2, 1, 6, 5);
    box(ws, 2, 1, 6, 5);
  },
  expected: {
    file: 'h167-trap-word-targets.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('成果指標評価', 'スポーツ施設利用者数', '人', null, 402118),
      ind('成果指標評価', 'スポーツボランティア登録者数', '人', 250, 263),
      ind('成果指標評価', '部活動指導員の指導を受けた生徒の割合', '％', null, 38.5),
      ind('成果指標評価', 'スポーツ教室参加者数', '人', 6000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYearFilled, fractionsAndNotes, wordTargets];
