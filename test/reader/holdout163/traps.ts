/**
 * Hold-out 163, traps: a 医師確保 進捗評価 of 令和５年度実績 with a 令和6年度（9月末現在） column already filled, a 成果指標評価表
 * with targets that are not numbers (「前年度以上」「全国平均以下」), ％ stored as fractions and a 備考 that looks like a value,
 * and a 進捗管理表 with 単年度 and 累計 rows where the 目標値 is a 累計.
 */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------- later year already filled (令和５年度)

const T1_SHEET = '医師確保';

const laterYear: Holdout2Workbook = {
  name: 'h163-t-ishi-kakuho-later-year',
  layout:
    'trap: 評価対象 令和５年度実績 stated in the title, but an R6実績（9月末現在） column is filled beside it; one final 目標値（R7）; ↑↓ in a 方向 column',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [36, 6, 6, 12, 9, 9, 9, 14, 12, 26]);
    merge(ws, 1, 1, 1, 10, '令和６年度　医師確保対策 進捗評価（評価対象：令和５年度実績）');
    put(ws, 3, 1, ['指標', '単位', '方向', '基準値（R2）', 'R3実績', 'R4実績', 'R5実績', 'R6実績\n（9月末現在）', '目標値（R7）', '備考']);
    const rows: (string | number)[][] = [
      ['市内の臨床研修医数', '人', '↑', 10, 12, 13, 14, 18, 20, '基幹型臨床研修病院2病院の合計'],
      ['産科・産婦人科医師数', '人', '↑', 8, 8, 9, 9, 10, 10, ''],
      ['女性医師就労支援制度の利用者数', '人', '↑', 15, 17, 20, 22, 26, 25, '短時間勤務・院内保育の利用者'],
      ['年960時間超の時間外労働を行う医師数', '人', '↓', 12, 11, 9, 7, 3, 2, 'R6は上半期分'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 7, 10);
    wrap(ws, 3, 1, 7, 10);
    put(ws, 9, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h163-t-ishi-kakuho-later-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(T1_SHEET, '市内の臨床研修医数', '人', 20, 14)),
      final(ind(T1_SHEET, '産科・産婦人科医師数', '人', 10, 9)),
      final(ind(T1_SHEET, '女性医師就労支援制度の利用者数', '人', 25, 22)),
      final(ind(T1_SHEET, '年960時間超の時間外労働を行う医師数', '人', 2, 7, { direction: 'down' })),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- targets that are words, ％ as fractions (令和元年度)

const T2_SHEET = '成果指標評価表';

const wordTargets: Holdout2Workbook = {
  name: 'h163-t-seika-word-targets',
  layout:
    'trap: 目標値 「前年度以上」「全国平均以下」 (no number), ％ targets and actuals stored as fractions under 0.0%, 達成率 as fractions, 「1,000人」 text, 備考 「前年度 36か所」',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 36, 6, 16, 16, 10, 30]);
    merge(ws, 1, 1, 1, 7, '令和元年度　地域医療対策　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標値（令和元年度）', '実績値（令和元年度）', '達成率', '備考']);
    const rows: (string | number)[][] = [
      [1, '救急医療情報システム参加医療機関数', 'か所', '前年度以上', 38, '－', '前年度 36か所'],
      [2, '特定行為研修修了看護師数', '人', 30, 24, 0.8, '研修派遣費補助 6人'],
      [3, '小児救急受診者に占める軽症者の割合', '％', '全国平均以下', 0.724, '－', '全国平均 75.1％（平成30年度）'],
      [4, '休日当番医の応需率', '％', 1, 0.968, 0.968, '応需 121日／当番 125日'],
      [5, '救急医療講習会の参加者数', '人', '1,000人', '982人', 0.982, ''],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (const [r, c] of [
      [6, 5],
      [7, 4],
      [7, 5],
    ])
      ws.getCell(r, c).numFmt = '0.0%';
    for (const r of [5, 7, 8]) ws.getCell(r, 6).numFmt = '0.0%';
    box(ws, 3, 1, 8, 7);
    wrap(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h163-t-seika-word-targets.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(T2_SHEET, '救急医療情報システム参加医療機関数', 'か所', null, 38),
      ind(T2_SHEET, '特定行為研修修了看護師数', '人', 30, 24),
      ind(T2_SHEET, '小児救急受診者に占める軽症者の割合', '％', null, 72.4, { direction: 'down' }),
      ind(T2_SHEET, '休日当番医の応需率', '％', 100, 96.8),
      ind(T2_SHEET, '救急医療講習会の参加者数', '人', 1000, 982),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 単年度 vs 累計 (令和４年度)

const T3_SHEET = '進捗管理表';

const cumulative: Holdout2Workbook = {
  name: 'h163-t-shugaku-shikin-ruikei',
  layout:
    'trap: 単年度／累計／年度末 rows per indicator under 令和2年度…令和4年度, the 目標値 on the 累計 row (令和7年度までの累計), 「－」 on the 単年度 row, one 毎年度 target',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [32, 6, 8, 11, 11, 11, 10, 26]);
    merge(ws, 1, 1, 1, 8, '医師・看護師確保対策　進捗管理表（令和４年度末現在）');
    put(ws, 3, 1, ['指標', '単位', '区分', '令和2年度', '令和3年度', '令和4年度', '目標値', '備考']);
    merge(ws, 4, 1, 5, 1, '医師修学資金貸与者数');
    merge(ws, 4, 2, 5, 2, '人');
    put(ws, 4, 3, ['単年度', 6, 5, 7, '－', '']);
    put(ws, 5, 3, ['累計', 25, 30, 37, 50, '目標は令和7年度までの累計']);
    merge(ws, 6, 1, 7, 1, '修学資金貸与医師の市内勤務者数');
    merge(ws, 6, 2, 7, 2, '人');
    put(ws, 6, 3, ['単年度', 2, 3, 3, '－', '義務年限内の勤務者']);
    put(ws, 7, 3, ['累計', 6, 9, 12, 20, '目標は令和7年度までの累計']);
    put(ws, 8, 1, ['市内医療機関の看護職員数', '人', '年度末', 1262, 1270, 1284, 1350, '令和7年度の目標']);
    put(ws, 9, 1, ['救急救命士の養成数', '人', '単年度', 2, 3, 3, 3, '毎年度の目標']);
    for (let r = 4; r <= 9; r++) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 9, 8);
    wrap(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h163-t-shugaku-shikin-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      final(ind(T3_SHEET, '医師修学資金貸与者数', '人', 50, 37)),
      final(ind(T3_SHEET, '修学資金貸与医師の市内勤務者数', '人', 20, 12)),
      final(ind(T3_SHEET, '市内医療機関の看護職員数', '人', 1350, 1284)),
      ind(T3_SHEET, '救急救命士の養成数', '人', 3, 3),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYear, wordTargets, cumulative];
