/**
 * Hold-out set 124, three traps a careless reader falls into: a 令和５年度 実績評価 whose table already carries 令和６年度 目標
 * and a 令和６年度（9月末現在） 実績, with 累計 and 単年度 versions of one indicator side by side; a 集落対策 成果指標 sheet with
 * targets 「現状維持」「前年度以上」, full-width figures 「２団体」「６８．２％」 and 備考 that hold other years' numbers; a
 * 令和２年度 評価調書 whose ％ are stored as fractions under a % format beside a 達成率 column.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 9. Other years' columns and 累計 vs 単年度: 令和５年度 evaluated, 令和４年度 and 令和６年度（9月末現在） beside it.

const O_SHEET = '実績評価';

const otherYears: Holdout2Workbook = {
  name: 'h124-trap-other-years-ruikei',
  layout: '令和５年度 実績評価 with R4 and R6（9月末現在） 目標／実績 pairs beside it, 累計 and 単年度 rows of one indicator',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O_SHEET);
    widths(ws, [40, 8, 10, 10, 10, 10, 10, 14, 24]);
    merge(ws, 1, 1, 1, 9, '令和５年度 地域おこし協力隊・地域運営組織関連指標 実績評価');
    put(ws, 2, 1, ['評価対象：令和５年度の実績（令和６年度は参考値）']);
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和４年度');
    merge(ws, 3, 5, 3, 6, '令和５年度');
    merge(ws, 3, 7, 3, 8, '令和６年度');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績\n（9月末現在）']);
    const rows: (string | number | undefined)[][] = [
      ['地域おこし協力隊 定住者数（累計）', '人', 20, 19, 24, 22, 28, 23, '制度開始（H28）からの累計'],
      ['地域おこし協力隊 定住者数（単年度）', '人', 4, 5, 4, 3, 4, 1, '当該年度に任期を終えて定住した人数'],
      ['地域運営組織による生活支援サービス利用件数', '件', 1600, 1587, 1800, 1512, 2000, 806, '送迎・配食・見守りの合計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 3, 1, 7, 9);
    wrap(ws, 3, 1, 7, 9);
  },
  expected: {
    file: 'h124-trap-other-years-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O_SHEET, '地域おこし協力隊 定住者数（累計）', '人', 24, 22),
      ind(O_SHEET, '地域おこし協力隊 定住者数（単年度）', '人', 4, 3),
      ind(O_SHEET, '地域運営組織による生活支援サービス利用件数', '件', 1800, 1512),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 10. Targets that are not numbers (現状維持, 前年度以上), full-width figures with units, 備考 with other years' numbers.

const N_SHEET = '成果指標';

const wordTargets: Holdout2Workbook = {
  name: 'h124-trap-word-targets',
  layout: '集落対策 成果指標: targets 「現状維持」「前年度以上」, full-width 「２団体」「６８．２％」, 備考 holding R3実績 and R7目標 figures',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [40, 8, 14, 14, 30]);
    merge(ws, 1, 1, 1, 5, '集落対策の推進 成果指標の状況（令和４年度）');
    put(ws, 3, 1, ['成果指標', '単位', '令和４年度目標', '令和４年度実績', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['市内の集落数', '集落', '現状維持', 86, 'R3実績：86集落'],
      ['地域おこし協力隊の応募者数', '人', '前年度以上', 14, 'R3実績：12人'],
      ['集落支援員の配置人数', '人', 5, 5, '※R7目標 8人'],
      ['地域運営組織の設立数', '団体', '２団体', '１団体', '※R7目標 5団体（累計）'],
      ['「地域に住み続けたい」と答えた住民の割合', '％', '７０．０％', '６８．２％', '市民意識調査（R4.7実施）'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 5);
    wrap(ws, 3, 1, 8, 5);
  },
  expected: {
    file: 'h124-trap-word-targets.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(N_SHEET, '市内の集落数', '集落', null, 86),
      ind(N_SHEET, '地域おこし協力隊の応募者数', '人', null, 14),
      ind(N_SHEET, '集落支援員の配置人数', '人', 5, 5),
      ind(N_SHEET, '地域運営組織の設立数', '団体', 2, 1),
      ind(N_SHEET, '「地域に住み続けたい」と答えた住民の割合', '％', 70, 68.2),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 11. ％ stored as fractions under a % format, a 達成率 column (also fractions) and a written 評価, 令和２年度.

const F_SHEET = '評価調書';

const fractions: Holdout2Workbook = {
  name: 'h124-trap-fraction-percent',
  layout: '令和２年度 評価調書: ％ stored as fractions under 0.0% format, 達成率 column of fractions, written 評価 A–D',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [44, 8, 14, 14, 10, 8]);
    merge(ws, 1, 1, 1, 6, '令和２年度 中山間地域振興施策 評価調書');
    put(ws, 3, 1, ['指標名', '単位', '目標値（R2）', '実績値（R2）', '達成率', '評価']);
    const rows: [string, string, number, number, string][] = [
      ['地域おこし協力隊員の任期終了後の定住率', '％', 0.6, 0.545, 'B'],
      ['地域運営組織の活動に参加した住民の割合', '％', 0.35, 0.22, 'C'],
      ['集落支援員の訪問件数（累計）', '件', 1200, 1260, 'A'],
      ['小さな拠点利用者の満足度', '％', 0.8, 0.82, 'A'],
    ];
    rows.forEach((r, i) => {
      const row = 4 + i;
      put(ws, row, 1, [r[0], r[1], r[2], r[3], r[3] / r[2], r[4]]);
      if (r[1] === '％') {
        ws.getCell(row, 3).numFmt = '0.0%';
        ws.getCell(row, 4).numFmt = '0.0%';
      } else {
        ws.getCell(row, 3).numFmt = '#,##0';
        ws.getCell(row, 4).numFmt = '#,##0';
      }
      ws.getCell(row, 5).numFmt = '0.0%';
    });
    box(ws, 3, 1, 7, 6);
    wrap(ws, 3, 1, 7, 6);
    put(ws, 9, 1, ['評価 A：目標達成（100％以上） B：80％以上 C：60％以上 D：60％未満']);
  },
  expected: {
    file: 'h124-trap-fraction-percent.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(F_SHEET, '地域おこし協力隊員の任期終了後の定住率', '％', 60, 54.5, { existing: 'B' }),
      ind(F_SHEET, '地域運営組織の活動に参加した住民の割合', '％', 35, 22, { existing: 'C' }),
      ind(F_SHEET, '集落支援員の訪問件数（累計）', '件', 1200, 1260, { existing: 'A' }),
      ind(F_SHEET, '小さな拠点利用者の満足度', '％', 80, 82, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, wordTargets, fractions];
