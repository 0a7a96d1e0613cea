/**
 * Hold-out 201, three traps: a 進捗管理表 with last year's and next year's columns filled (next year's 実績見込) and ％
 * stored as fractions; single-year targets beside 累計 columns and a plan total, one target in words, one lower-is-better
 * indicator said only in 備考; and a marks table whose department 達成率 of a lower-is-better indicator is computed the
 * wrong way (◎ where the stated formula gives 80 %), with a 令和7年度見込 column.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 進捗管理表, three years, 見込, fractions
const P_SHEET = '進捗管理';
const P_ROWS: { mark: string; name: string; unit: string; pct: boolean; v: (number | string)[]; section: string }[] = [
  { mark: '', name: 'クーリングシェルター指定数', unit: 'か所', pct: false, v: [30, 34, 45, 52, 60, 61], section: '健康増進課' },
  { mark: '※', name: '熱中症による救急搬送者数', unit: '人', pct: false, v: [105, 113, 100, 109, 95, 98], section: '消防本部' },
  { mark: '', name: '熱中症予防行動をとっている市民の割合', unit: '％', pct: true, v: [0.7, 0.655, 0.75, 0.683, 0.8, 0.7], section: '健康増進課' },
  { mark: '', name: '高齢者世帯への声かけ訪問実施率', unit: '％', pct: true, v: [0.85, 0.872, 0.9, 0.945, 0.95, 0.95], section: '長寿支援課' },
  { mark: '', name: '暑熱対策出前講座の開催回数', unit: '回', pct: false, v: [15, 18, 20, 14, 25, 22], section: '環境政策課' },
  { mark: '', name: '緑のカーテン苗配布世帯数', unit: '世帯', pct: false, v: [400, 388, 500, 241, 500, 450], section: '環境政策課' },
];

function buildProgress(ws: Worksheet): void {
  widths(ws, [5, 3, 34, 7, 10, 10, 10, 10, 10, 11, 12]);
  merge(ws, 1, 1, 1, 11, '熱中症対策行動計画　進捗管理表（令和6年度実績）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 2, 10, ['作成日：令和7年6月10日']);
  merge(ws, 3, 1, 4, 1, 'No.');
  merge(ws, 3, 2, 4, 3, '指標');
  merge(ws, 3, 4, 4, 4, '単位');
  merge(ws, 3, 5, 3, 6, '令和5年度');
  merge(ws, 3, 7, 3, 8, '令和6年度');
  merge(ws, 3, 9, 3, 10, '令和7年度');
  merge(ws, 3, 11, 4, 11, '担当課');
  put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績見込']);
  P_ROWS.forEach((x, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, x.mark || undefined, x.name, x.unit, ...x.v, x.section]);
    for (let c = 5; c <= 10; c++) ws.getCell(r, c).numFmt = x.pct ? '0.0%' : '#,##0';
  });
  wrap(ws, 3, 1, 4, 11);
  box(ws, 3, 1, 4 + P_ROWS.length, 11);
  const f = 6 + P_ROWS.length;
  put(ws, f, 1, ['※印は数値の減少を目指す指標']);
  put(ws, f + 1, 1, ['※令和7年度の実績見込は令和7年5月末時点の見込値であり、令和8年度の進捗管理で確定値に置き換える。']);
}

const progressIndicators: ExpectedIndicator[] = [
  ind(P_SHEET, 'クーリングシェルター指定数', 'か所', 45, 52),
  ind(P_SHEET, '熱中症による救急搬送者数', '人', 100, 109, { direction: 'down' }),
  ind(P_SHEET, '熱中症予防行動をとっている市民の割合', '％', 75, 68.3),
  ind(P_SHEET, '高齢者世帯への声かけ訪問実施率', '％', 90, 94.5),
  ind(P_SHEET, '暑熱対策出前講座の開催回数', '回', 20, 14),
  ind(P_SHEET, '緑のカーテン苗配布世帯数', '世帯', 500, 241),
];

// ---------------------------------------------------------------- 単年度 vs 累計, a target in words, a note for direction
const R_SHEET = '取組実績';
const R_ROWS: [string, string, number | string, number | string, number, number | string, number | string, string][] = [
  ['雨水タンク設置補助件数', '件', 250, 50, 43, 139, 0.556, ''],
  ['住宅の遮熱・断熱改修補助件数', '件', 150, 30, 34, 88, 0.587, ''],
  ['熱中症予防授業の実施校数', '校', '全校実施', '全小中学校（28校）で実施', 26, '－', '－', '2校は行事日程の都合によりR7.4に実施'],
  ['熱中症疑いによる保健室来室者数', '人', '－', 60, 72, '－', '－', '減少を目指す指標（目標値は上限値）'],
  ['公園への日よけ（シェード）設置基数', '基', 40, 8, 8, 21, 0.525, ''],
  ['遮熱性舗装の整備延長', 'm', 3000, 600, 350, 1480, 0.493, '入札不調により1路線を繰越'],
];

function buildRunning(ws: Worksheet): void {
  widths(ws, [5, 34, 6, 14, 18, 13, 13, 12, 30]);
  merge(ws, 1, 1, 1, 9, '暑熱対策・気候変動適応の取組実績（令和６年度）');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, [
    'No.',
    '取組・指標',
    '単位',
    '計画目標\n（R4～R8累計）',
    '令和6年度目標\n（単年度）',
    '令和6年度実績\n（単年度）',
    '令和6年度末\n累計',
    '進捗率\n（累計/計画）',
    '備考',
  ]);
  R_ROWS.forEach((row, i) => {
    put(ws, 4 + i, 1, [i + 1, ...row]);
    if (typeof row[6] === 'number') ws.getCell(4 + i, 8).numFmt = '0.0%';
    for (const c of [4, 6, 7]) if (typeof ws.getCell(4 + i, c).value === 'number') ws.getCell(4 + i, c).numFmt = '#,##0';
  });
  wrap(ws, 3, 1, 3 + R_ROWS.length, 9);
  box(ws, 3, 1, 3 + R_ROWS.length, 9);
  put(ws, 5 + R_ROWS.length, 1, ['※評価は単年度の目標と実績で行い、累計・進捗率は参考として記載している。']);
}

const runningIndicators: ExpectedIndicator[] = [
  ind(R_SHEET, '雨水タンク設置補助件数', '件', 50, 43),
  ind(R_SHEET, '住宅の遮熱・断熱改修補助件数', '件', 30, 34),
  ind(R_SHEET, '熱中症予防授業の実施校数', '校', 28, 26),
  ind(R_SHEET, '熱中症疑いによる保健室来室者数', '人', 60, 72, { direction: 'down' }),
  ind(R_SHEET, '公園への日よけ（シェード）設置基数', '基', 8, 8),
  ind(R_SHEET, '遮熱性舗装の整備延長', 'm', 600, 350),
];

// ---------------------------------------------------------------- marks under a legend, a wrongly computed 達成率, 見込
const K_SHEET = '評価表';
const K_ROWS: [string, string, string, number | string, number | string, number | string, number | string, string, number, string][] = [
  ['熱中症救急搬送者数', '減少', '人', 142, 120, 131, 0.916, '○', 125, ''],
  ['熱中症による死亡者数', '減少', '人', 2, 0, 0, '－', '◎', 0, ''],
  ['クーリングシェルター利用者数', '増加', '人', 3200, 9000, 7650, 0.85, '○', 9500, ''],
  ['65歳以上の熱中症情報メール登録率', '増加', '％', 5.2, 15.0, 9.8, 0.653, '△', 12.0, ''],
  ['市内事業所の屋外作業中の熱中症発生件数', '減少', '件', 18, 12, 15, 1.25, '◎', 13, '労働基準監督署の報告による'],
  ['高齢者世帯エアコン設置補助件数', '増加', '件', '－', '－', '－', '－', '', 40, '令和7年度から事業開始（評価対象外）'],
];

function buildMarks(ws: Worksheet): void {
  widths(ws, [5, 36, 8, 6, 11, 11, 11, 9, 7, 11, 30]);
  merge(ws, 1, 1, 1, 11, '令和６年度　気候変動適応（健康分野）指標評価表');
  ws.getCell(1, 1).font = { bold: true, size: 13 };
  put(ws, 3, 1, ['No.', '指標名', '目指す\n方向', '単位', '基準値\n（R3）', '令和6年度\n目標', '令和6年度\n実績', '達成率', '評価', '令和7年度\n見込', '備考']);
  K_ROWS.forEach((row, i) => {
    put(ws, 4 + i, 1, [i + 1, ...row]);
    if (typeof row[6] === 'number') ws.getCell(4 + i, 8).numFmt = '0.0%';
  });
  wrap(ws, 3, 1, 3 + K_ROWS.length, 11);
  box(ws, 3, 1, 3 + K_ROWS.length, 11);
  const f = 5 + K_ROWS.length;
  put(ws, f, 1, ['【評価】◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）']);
  put(ws, f + 1, 1, ['※達成率＝実績値÷目標値（減少を目指す指標は目標値÷実績値）']);
  put(ws, f + 2, 1, ['※令和7年度見込は令和7年8月末時点の速報による。']);
}

const marksIndicators: ExpectedIndicator[] = [
  ind(K_SHEET, '熱中症救急搬送者数', '人', 120, 131, { direction: 'down', existing: '○' }),
  ind(K_SHEET, '熱中症による死亡者数', '人', 0, 0, { direction: 'down', existing: '◎' }),
  ind(K_SHEET, 'クーリングシェルター利用者数', '人', 9000, 7650, { existing: '○' }),
  ind(K_SHEET, '65歳以上の熱中症情報メール登録率', '％', 15, 9.8, { existing: '△' }),
  ind(K_SHEET, '市内事業所の屋外作業中の熱中症発生件数', '件', 12, 15, { direction: 'down', existing: '◎' }),
  ind(K_SHEET, '高齢者世帯エアコン設置補助件数', '件', null, null, { actualStatus: 'not-applicable' }),
];

export const TRAP_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks(
  [
    {
      name: 'h201-t-shinchoku-mikomi',
      layout: 'trap: R5, R6 and R7 目標/実績 pairs filled (R7 実績見込), ％ stored as fractions under 0.0%, ※ mark for lower-is-better',
      build(wb) {
        buildProgress(wb.addWorksheet(P_SHEET));
      },
      expected: { file: 'h201-t-shinchoku-mikomi.xlsx', fiscalYear: 2024, indicators: progressIndicators, groups: [] },
    },
    {
      name: 'h201-t-ruikei-tannendo',
      layout: 'trap: 単年度 target/actual beside 計画目標（累計）, 累計 and 進捗率 columns; a target in words (全小中学校（28校）); direction only in 備考',
      build(wb) {
        buildRunning(wb.addWorksheet(R_SHEET));
      },
      expected: { file: 'h201-t-ruikei-tannendo.xlsx', fiscalYear: 2024, indicators: runningIndicators, groups: [] },
    },
    {
      name: 'h201-t-marks-reversed-rate',
      layout: 'trap: ◎○△× under a banded legend, a department 達成率 of a 減少 indicator computed as 実績÷目標 (125 %, ◎), target 0 met by 0, R7 見込 column',
      build(wb) {
        buildMarks(wb.addWorksheet(K_SHEET));
      },
      expected: { file: 'h201-t-marks-reversed-rate.xlsx', fiscalYear: 2024, indicators: marksIndicators, groups: [] },
    },
  ],
  new Set(['h201-t-marks-reversed-rate']),
);
