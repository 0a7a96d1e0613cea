/**
 * Hold-out 139, traps: a 令和６年度 効果検証シート of 令和５年度実績 with 令和４年度実績 and 令和６年度目標 beside the year, a
 * 「－」 target and a 備考 「R5累計降雪量 612cm（平年比128％）」; a 成果指標の推移 with ％ stored as fractions and a 累計 target
 * above 単年度 and 累計 actual rows; a 令和４年度 年度別推移 with a 令和5年度（12月末現在） column already filled.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** The sheet is made in 令和６年度 but evaluates 令和５年度; other years' columns on both sides; a 「－」 target. */
const T1_SHEET = '効果検証';
const otherYears: Holdout2Workbook = {
  name: 'h139-t-kensho-r6-of-r5',
  layout: 'trap: 令和６年度 施策効果検証シート（令和５年度実績）, 令和４年度実績 and 令和６年度目標 around the year, a 「－」 target, snowfall figures in 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [28, 6, 6, 12, 12, 12, 12, 36]);
    merge(ws, 1, 1, 1, 8, '令和６年度　施策効果検証シート（令和５年度実績）');
    put(ws, 2, 1, ['施策：冬期道路交通の確保　　所管：建設部道路維持課']);
    put(ws, 4, 1, ['成果指標', '単位', '方向', '令和４年度実績', '令和５年度目標', '令和５年度実績', '令和６年度目標', '備考']);
    put(ws, 5, 1, ['除雪完了までの平均所要時間', '時間', '↓', 5.2, 4.5, 4.8, 4.0, '参考：R5累計降雪量 612cm（平年比128％）']);
    put(ws, 6, 1, ['除雪ボランティア団体数', '団体', '↑', 41, 45, 46, 50, '新規登録 7団体、解散 2団体']);
    put(ws, 7, 1, ['冬期歩道の確保延長', 'km', '↑', 124.0, '－', 128.6, 135.0, 'R5は計画見直しのため目標値未設定']);
    wrap(ws, 4, 1, 7, 8);
    box(ws, 4, 1, 7, 8);
    put(ws, 9, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  },
  expected: {
    file: 'h139-t-kensho-r6-of-r5.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '除雪完了までの平均所要時間', '時間', 4.5, 4.8, { direction: 'down' }),
      ind(T1_SHEET, '除雪ボランティア団体数', '団体', 45, 46),
      ind(T1_SHEET, '冬期歩道の確保延長', 'km', null, 128.6),
    ],
    groups: [],
  },
};

/** ％ stored as fractions under a % format; a 累計 target with 単年度 and 累計 actual rows; 令和７年度 evaluated. */
const T2_SHEET = '指標推移';
const fractions: Holdout2Workbook = {
  name: 'h139-t-percent-ruikei',
  layout:
    'trap: ％ stored as fractions (0.923 shown 92.3%), 消雪パイプ更新延長（累計） with 目標値（累計）, 実績値（単年度） and 実績値（累計） rows, 令和７年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [26, 16, 6, 12, 12, 12]);
    merge(ws, 1, 1, 1, 6, '冬期道路管理　成果指標の推移');
    put(ws, 2, 1, ['評価年度：令和７年度']);
    put(ws, 4, 1, ['指標', '区分', '単位', '令和5年度', '令和6年度', '令和7年度']);
    merge(ws, 5, 1, 6, 1, '早朝除雪完了率');
    put(ws, 5, 2, ['目標値', '％', 0.93, 0.94, 0.95]);
    put(ws, 6, 2, ['実績値', '％', 0.918, 0.927, 0.923]);
    for (let r = 5; r <= 6; r++) for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0%';
    merge(ws, 7, 1, 9, 1, '消雪パイプ更新延長（累計）');
    put(ws, 7, 2, ['目標値（累計）', 'km', 8.0, 13.0, 18.0]);
    put(ws, 8, 2, ['実績値（単年度）', 'km', 4.6, 4.9, 3.1]);
    put(ws, 9, 2, ['実績値（累計）', 'km', 8.4, 13.3, 16.4]);
    merge(ws, 10, 1, 11, 1, '道路情報メール登録者数');
    put(ws, 10, 2, ['目標値', '人', 2400, 2700, 3000]);
    put(ws, 11, 2, ['実績値', '人', 2512, 2980, 3412]);
    for (let r = 10; r <= 11; r++) for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 11, 2);
    box(ws, 4, 1, 11, 6);
    put(ws, 13, 1, ['※消雪パイプ更新延長は令和4年度末累計 3.8km からの積上げ。']);
  },
  expected: {
    file: 'h139-t-percent-ruikei.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(T2_SHEET, '早朝除雪完了率', '％', 95, 92.3),
      ind(T2_SHEET, '消雪パイプ更新延長（累計）', 'km', 18, 16.4),
      ind(T2_SHEET, '道路情報メール登録者数', '人', 3000, 3412),
    ],
    groups: [],
  },
};

/** 令和４年度 evaluated; the 令和5年度（12月末現在） column is filled already (targets and part-year actuals). */
const T3_SHEET = '年度別推移';
const laterFilled: Holdout2Workbook = {
  name: 'h139-t-r5-12gatsu-filled',
  layout: 'trap: 令和４年度 施策評価 年度別推移 with a 令和5年度（12月末現在） column already filled, 方向 ↓, 目標／実績 rows per indicator',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [30, 6, 6, 6, 10, 10, 10, 16]);
    merge(ws, 1, 1, 1, 8, '令和４年度　施策評価　成果指標年度別推移');
    put(ws, 2, 1, ['評価対象：令和４年度実績']);
    put(ws, 4, 1, ['指標名', '単位', '方向', '区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度\n（12月末現在）']);
    const rows: [string, string, string, number[], number[]][] = [
      ['除雪車両の位置情報公開路線数', '路線', '↑', [10, 15, 20, 25], [9, 16, 22, 24]],
      ['冬期の路面凍結による交通事故件数', '件', '↓', [45, 40, 35, 30], [52, 38, 41, 19]],
      ['除雪作業委託業者数', '社', '↑', [50, 51, 52, 53], [49, 50, 47, 47]],
    ];
    rows.forEach(([name, unit, dir, targets, actuals], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, unit);
      merge(ws, r, 3, r + 1, 3, dir);
      put(ws, r, 4, ['目標', ...targets]);
      put(ws, r + 1, 4, ['実績', ...actuals]);
    });
    wrap(ws, 4, 1, 4, 8);
    box(ws, 4, 1, 10, 8);
    put(ws, 12, 1, ['※令和5年度の実績は12月末現在の速報値（参考）。']);
  },
  expected: {
    file: 'h139-t-r5-12gatsu-filled.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T3_SHEET, '除雪車両の位置情報公開路線数', '路線', 20, 22),
      ind(T3_SHEET, '冬期の路面凍結による交通事故件数', '件', 35, 41, { direction: 'down' }),
      ind(T3_SHEET, '除雪作業委託業者数', '社', 52, 47),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, fractions, laterFilled];
