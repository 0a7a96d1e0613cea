/** Hold-out 183, traps: another year's columns already filled with ％ as fractions, 累計 beside 単年度, targets that are not numbers and 備考 that look like values. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const T1_SHEET = '成果指標の検証';

/** Measure pairs per year, 令和6年度 (9月末現在) already filled, a ％ stored as fractions under a % format. */
const otherYears: Holdout2Workbook = {
  name: 'h183-t-r6-sokuho-fraction',
  layout: 'trap: 令和５年度 evaluation with 令和6年度 目標/実績（9月末現在） columns filled, ％ stored as fractions (0.0%)',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [34, 6, 10, 10, 10, 10, 10, 14, 26]);
    merge(ws, 1, 1, 1, 9, '令和５年度　教育費負担軽減施策　成果指標の検証');
    put(ws, 2, 1, ['（評価対象：令和５年度実績）']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 4, 4, '令和4年度');
    merge(ws, 4, 5, 4, 6, '令和5年度');
    merge(ws, 4, 7, 4, 8, '令和6年度');
    merge(ws, 4, 9, 5, 9, '備考');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績（9月末現在）']);
    const rows: (string | number | undefined)[][] = [
      ['奨学金返還支援の補助対象者数', '人', 30, 28, 40, 36, 50, 22, 'R6は上半期の認定分'],
      ['ひとり親家庭学習支援の利用者数', '人', 20, 18, 25, 31, 30, 12, ''],
      ['就学援助認定者の高校等進学率', '％', 0.97, 0.958, 0.98, 0.965, 0.98, undefined, '進学率は翌年度５月に確定'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let c = 3; c <= 8; c++) ws.getCell(8, c).numFmt = '0.0%';
    wrap(ws, 6, 9, 8, 9);
    box(ws, 4, 1, 8, 9);
  },
  expected: {
    file: 'h183-t-r6-sokuho-fraction.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '奨学金返還支援の補助対象者数', '人', 40, 36),
      ind(T1_SHEET, 'ひとり親家庭学習支援の利用者数', '人', 25, 31),
      ind(T1_SHEET, '就学援助認定者の高校等進学率', '％', 98, 96.5),
    ],
    groups: [],
  },
};

const T2_SHEET = '進捗状況';

/** 実績値 split into 単年度 and 累計（R2～R4） columns; each target says which it is: 「40（単年度）」「300（累計）」. */
const cumulative: Holdout2Workbook = {
  name: 'h183-t-ruikei-tannendo',
  layout: 'trap: 令和４年度 進捗 with 実績値 単年度 / 累計（R2～R4） columns and targets 「40（単年度）」「300（累計）」',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [34, 6, 16, 12, 16, 28]);
    merge(ws, 1, 1, 1, 6, '奨学金・就学支援施策の進捗状況（令和４年度）');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '目標値（令和4年度）');
    merge(ws, 3, 4, 3, 5, '実績値');
    merge(ws, 3, 6, 4, 6, '備考');
    put(ws, 4, 4, ['単年度', '累計（R2～R4）']);
    const rows: (string | number)[][] = [
      ['奨学金返還支援補助の新規認定者数', '人', '40（単年度）', 37, 101, '令和２年度創設'],
      ['育英奨学金の延べ貸与者数', '人', '300（累計）', 45, 312, '計画期間（R2～R6）の累計目標 500人'],
      ['入学準備金の入学前支給件数', '件', '130（単年度）', 142, 380, ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 7, 6);
  },
  expected: {
    file: 'h183-t-ruikei-tannendo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '奨学金返還支援補助の新規認定者数', '人', 40, 37),
      ind(T2_SHEET, '育英奨学金の延べ貸与者数', '人', 300, 312),
      ind(T2_SHEET, '入学準備金の入学前支給件数', '件', 130, 142),
    ],
    groups: [],
  },
};

const T3_SHEET = '成果指標評価表';

/** Targets 「前年度実績以上」「前年度より減少」 (no number) beside 「80％以上」 (a number), 備考 with last year's figures and counts. */
const textTargets: Holdout2Workbook = {
  name: 'h183-t-zennendo-ijo',
  layout: 'trap: 平成30年度 成果指標評価表 with targets 「前年度実績以上」「前年度より減少」, 「80％以上」, 備考 「H29実績 1,120人」「申請者数 95人」',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [5, 32, 6, 6, 16, 14, 24]);
    merge(ws, 1, 1, 1, 7, '平成30年度　就学支援施策　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '方向', '目標値', '実績値（H30）', '備考']);
    const rows: (string | number)[][] = [
      [1, '就学援助の認定者数', '人', '↑', '前年度実績以上', 1152, 'H29実績 1,120人'],
      [2, '奨学金の貸与者数', '人', '↑', 80, 74, '申請者数 95人'],
      [3, '学習支援教室参加者の満足度', '％', '↑', '80％以上', 86.7, 'アンケート回答 142人'],
      [4, '奨学金返還の滞納件数', '件', '↓', '前年度より減少', 23, 'H29 27件'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 4, 2, 7, 2);
    box(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['※方向　↑：数値が高い方が良い　↓：数値が低い方が良い']);
  },
  expected: {
    file: 'h183-t-zennendo-ijo.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind(T3_SHEET, '就学援助の認定者数', '人', null, 1152),
      ind(T3_SHEET, '奨学金の貸与者数', '人', 80, 74),
      ind(T3_SHEET, '学習支援教室参加者の満足度', '％', 80, 86.7),
      ind(T3_SHEET, '奨学金返還の滞納件数', '件', null, 23, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulative, textTargets];
