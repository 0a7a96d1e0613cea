/** Hold-out 190, three workbooks that invite a silent wrong reading; the expected facts are what a careful clerk reads. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度: each row has R6 単年度 目標/実績 and beside them R4～R6 累計実績 and the plan's 累計目標 (R8);
// one indicator is itself cumulative (its R6 columns hold totals); one actual is 見込.
// ---------------------------------------------------------------------------------------------------------------

const R_SHEET = '進捗管理表';

const cumulative: Holdout2Workbook = {
  name: 'h190-trap-ruikei',
  layout: 'trap: R6 単年度 目標/実績 beside 累計実績（R4～R6） and 計画目標（R8・累計） columns, a 累計 indicator, one actual "22（見込）"',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [5, 32, 7, 9, 11, 11, 12, 12, 34]);
    merge(ws, 1, 1, 1, 9, '地域コミュニティ推進プラン　進捗管理表（令和６年度）');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '集計\n区分');
    merge(ws, 3, 5, 3, 6, '令和6年度');
    put(ws, 4, 5, ['目標', '実績']);
    merge(ws, 3, 7, 4, 7, '累計実績\n（R4～R6）');
    merge(ws, 3, 8, 4, 8, '計画目標\n（R8・累計）');
    merge(ws, 3, 9, 4, 9, '備考');
    const rows: (string | number)[][] = [
      [1, '地域づくり講座修了者数', '人', '単年度', 30, 26, 84, 150, ''],
      [2, '自治会加入促進キャンペーンによる新規加入世帯数', '世帯', '単年度', 400, 452, 1310, 2000, ''],
      [3, '地域運営組織の設立数', '組織', '累計', 8, 7, 7, 12, 'R6目標・実績とも設立総数'],
      [4, '防犯灯LED化補助件数', '件', '単年度', 60, 60, 171, 300, ''],
      [5, '地域交流イベント開催数', '回', '単年度', 24, '22（見込）', '64（見込）', 120, '3月開催予定分を含む見込み'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 9, 9);
    box(ws, 3, 1, 9, 9);
    put(ws, 11, 1, ['※ 評価は令和6年度の単年度目標に対する実績で行う（累計欄は参考）。集計区分「累計」の指標は、令和6年度欄に計画開始からの累計値を記載。']);
  },
  expected: {
    file: 'h190-trap-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(R_SHEET, '地域づくり講座修了者数', '人', 30, 26),
      ind(R_SHEET, '自治会加入促進キャンペーンによる新規加入世帯数', '世帯', 400, 452),
      ind(R_SHEET, '地域運営組織の設立数', '組織', 8, 7),
      ind(R_SHEET, '防犯灯LED化補助件数', '件', 60, 60),
      ind(R_SHEET, '地域交流イベント開催数', '回', 24, 22, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// ％ stored as fractions under a % format, two lower-is-better rows (目指す方向 減少), a target in words
// (全件（100％）) and one 「前年度実績以上」 whose figure is the R5 実績 beside it (a guess the clerk must make).
// ---------------------------------------------------------------------------------------------------------------

const P_SHEET = 'KPI（R6）';

const fractions: Holdout2Workbook = {
  name: 'h190-trap-bousai-kpi',
  layout: 'trap: ％ as fractions under 0.0%, 減少 rows where lower is better, target 「全件（100％）」 and 「前年度実績以上」 in words, a 達成率 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [5, 44, 6, 9, 11, 11, 12, 11, 9, 24]);
    merge(ws, 1, 1, 1, 10, '地域の安全・安心と自治会活動　成果指標（KPI）の状況　令和６年度');
    put(ws, 3, 1, ['No.', '指標名', '単位', '目指す\n方向', '基準値\n（R3）', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率', '備考']);
    const rows: (string | number)[][] = [
      [1, '自主防災組織の組織率', '％', '増加', 0.781, 0.809, 0.85, 0.823, 0.823 / 0.85, '組織のある自治会数÷自治会数'],
      [2, '自治会長アンケートで「活動が停滞している」と回答した割合', '％', '減少', 0.312, 0.284, 0.2, 0.262, 0.2 / 0.262, ''],
      [3, '街頭犯罪認知件数', '件', '減少', 468, 401, 380, 352, 380 / 352, '暦年（1～12月）'],
      [4, '転入世帯への自治会加入案内の実施率', '％', '増加', 0.72, 0.88, '全件（100％）', 0.94, 0.94, '窓口・郵送による案内'],
      [5, '見守り活動を実施している自治会数', '団体', '増加', 76, 88, '前年度実績以上', 91, 91 / 88, ''],
    ];
    rows.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      ws.getCell(4 + i, 9).numFmt = '0.0%';
      if (row[2] === '％') for (let c = 5; c <= 8; c++) ws.getCell(4 + i, c).numFmt = '0.0%';
    });
    wrap(ws, 3, 1, 8, 10);
    box(ws, 3, 1, 8, 10);
    put(ws, 10, 1, ['※ 達成率は、減少を目指す指標については目標値÷実績値で算出。']);
  },
  expected: {
    file: 'h190-trap-bousai-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '自主防災組織の組織率', '%', 85, 82.3),
      ind(P_SHEET, '自治会長アンケートで「活動が停滞している」と回答した割合', '%', 20, 26.2, { direction: 'down' }),
      ind(P_SHEET, '街頭犯罪認知件数', '件', 380, 352, { direction: 'down' }),
      ind(P_SHEET, '転入世帯への自治会加入案内の実施率', '%', 100, 94),
      ind(P_SHEET, '見守り活動を実施している自治会数', '団体', 88, 91),
    ],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Other years filled: R3…R6 columns (R6 at 9月末, partial), evaluation year R5 only in a header cell; a footnote
// makes the ※ row lower-is-better; 未実施 in the year; a row with no target for R5 (target set from R6).
// ---------------------------------------------------------------------------------------------------------------

const N_SHEET = '進捗状況';

const notes: Holdout2Workbook = {
  name: 'h190-trap-chuki',
  layout: 'trap: R6 column filled with 9月末 partial figures, evaluation year R5 in a header cell, direction only in a ※ footnote, 未実施, "－" target',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [5, 32, 7, 7, 11, 11, 11, 13, 30]);
    merge(ws, 1, 1, 1, 9, '協働のまちづくり推進プラン　成果指標進捗状況');
    put(ws, 2, 7, ['評価対象年度', '令和5年度']);
    box(ws, 2, 7, 2, 8);
    put(ws, 4, 1, ['No.', '指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（9月末現在）', '備考']);
    const inds: [string, string, (string | number)[], (string | number)[], string][] = [
      ['自治会加入率', '%', [72.0, 71.5, 71.0, 71.5], [70.6, 70.1, 69.4, 68.8], '各年度4月1日現在'],
      ['地域活動支援センター利用者数', '千人', [12.0, 12.5, 13.0, 13.5], [9.8, 11.6, 12.4, 6.1], ''],
      ['近隣トラブル相談件数※', '件', [170, 160, 150, 140], [188, 176, 171, 82], ''],
      ['自治会未加入世帯への戸別訪問件数', '件', ['－', 500, 500, 500], ['－', 412, '未実施', 120], '訪問員を確保できずR5は未実施'],
      ['地域行事へのこども参加者数', '人', ['－', '－', '－', 2400], [1540, 1720, 1980, 1050], 'R6から目標設定'],
    ];
    let r = 5;
    inds.forEach(([name, unit, t, a, note], i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, unit);
      put(ws, r, 4, ['目標', ...t]);
      put(ws, r + 1, 4, ['実績', ...a]);
      merge(ws, r, 9, r + 1, 9, note || undefined);
      r += 2;
    });
    wrap(ws, 4, 1, r - 1, 9);
    box(ws, 4, 1, r - 1, 9);
    put(ws, r + 1, 1, ['※印の指標は、件数が少ないほど良好な状態を示す（減少を目指す指標）。']);
    put(ws, r + 2, 1, ['令和6年度欄は9月末現在の数値（参考）。']);
  },
  expected: {
    file: 'h190-trap-chuki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N_SHEET, '自治会加入率', '%', 71.0, 69.4),
      ind(N_SHEET, '地域活動支援センター利用者数', '千人', 13.0, 12.4),
      ind(N_SHEET, '近隣トラブル相談件数', '件', 150, 171, { direction: 'down' }),
      ind(N_SHEET, '自治会未加入世帯への戸別訪問件数', '件', 500, null, { actualStatus: 'not-implemented' }),
      ind(N_SHEET, '地域行事へのこども参加者数', '人', null, 1980),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, fractions, notes];
