/**
 * Hold-out 177, traps: a 令和６年度 効果検証シート of 令和５年度実績 with 令和６年度 目標／実績（9月末現在） columns already filled,
 * a target 「充実を図る」 and a 未実施; a 事業評価表 with ％ stored as fractions under a % format and 備考 full of figures
 * (「うち新規 38件（前年度 101件）」); a 市民後見人 進捗管理表 whose 累計 targets sit beside 単年度 figures and whose 単年度
 * table carries a （参考）累計 column.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

const T1_SHEET = '効果検証';
const otherYears: Holdout2Workbook = {
  name: 'h177-trap-kensho-r6-columns',
  layout:
    '令和６年度 効果検証シート of 令和５年度実績: 令和４年度実績 and 令和６年度 目標／実績（9月末現在） beside the evaluated year, a 「充実を図る」 target, a 未実施',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [40, 7, 12, 12, 12, 12, 14, 26]);
    merge(ws, 1, 1, 1, 8, '令和６年度　施策効果検証シート（令和５年度実績）');
    put(ws, 2, 1, ['施策名：権利擁護の推進　　評価対象年度：令和５年度']);
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    put(ws, 3, 3, ['令和４年度']);
    merge(ws, 3, 4, 3, 5, '令和５年度');
    merge(ws, 3, 6, 3, 7, '令和６年度');
    merge(ws, 3, 8, 4, 8, '備考');
    put(ws, 4, 3, ['実績', '目標', '実績', '目標', '実績\n（9月末現在）']);
    const rows: (string | number)[][] = [
      ['成年後見制度利用支援事業の助成件数', '件', 48, 55, 52, 60, 31, ''],
      ['権利擁護センターの相談件数', '件', 590, '充実を図る', 640, '充実を図る', 322, '数値目標は設定していない'],
      ['高齢者虐待事例の対応終結率', '％', 71.0, 80.0, 62.4, 80.0, 45.1, '終結件数÷対応件数'],
      ['成年後見制度に関する市民講演会の参加者数', '人', 143, 150, '未実施', 150, '－', '講師都合により中止'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 3, 1, 8, 8);
    wrap(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h177-trap-kensho-r6-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '成年後見制度利用支援事業の助成件数', '件', 55, 52),
      ind(T1_SHEET, '権利擁護センターの相談件数', '件', null, 640),
      ind(T1_SHEET, '高齢者虐待事例の対応終結率', '％', 80, 62.4),
      ind(T1_SHEET, '成年後見制度に関する市民講演会の参加者数', '人', 150, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const T2_SHEET = '事業評価表';
const fractions: Holdout2Workbook = {
  name: 'h177-trap-percent-fraction-notes',
  layout: '事業評価表: ％ targets and actuals stored as fractions under a % format, 達成率 as %, 備考 with figures that look like values',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [40, 7, 10, 10, 10, 34]);
    merge(ws, 1, 1, 1, 6, '令和４年度　高齢者虐待防止・権利擁護　事業評価表');
    put(ws, 3, 1, ['指標名', '単位', '目標値', '実績値', '達成率', '備考']);
    const rows: [string, string, number, number, string, string, string][] = [
      ['通報受理後48時間以内の事実確認率', '％', 1, 0.962, '0%', '0.0%', '受理 78件のうち 75件'],
      ['介護施設職員の虐待防止研修受講率', '％', 0.8, 0.85, '0%', '0.0%', '対象 412人'],
      ['養護者支援相談件数', '件', 120, 107, '#,##0', '#,##0', 'うち新規 38件（前年度 101件）'],
      ['権利擁護に関する出前講座の開催回数', '回', 20, 12, '#,##0', '#,##0', '延べ参加者 486人'],
    ];
    rows.forEach(([name, unit, t, a, tf, af, note], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, t, a, Math.round((a / t) * 1000) / 1000, note]);
      ws.getCell(r, 3).numFmt = tf;
      ws.getCell(r, 4).numFmt = af;
      ws.getCell(r, 5).numFmt = '0.0%';
    });
    box(ws, 3, 1, 7, 6);
    wrap(ws, 3, 1, 7, 6);
    put(ws, 9, 1, ['※実績値は令和５年３月末現在。出前講座は第８期計画の年度目標（令和５年度 25回）に向けて拡充予定']);
  },
  expected: {
    file: 'h177-trap-percent-fraction-notes.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '通報受理後48時間以内の事実確認率', '％', 100, 96.2),
      ind(T2_SHEET, '介護施設職員の虐待防止研修受講率', '％', 80, 85),
      ind(T2_SHEET, '養護者支援相談件数', '件', 120, 107),
      ind(T2_SHEET, '権利擁護に関する出前講座の開催回数', '回', 20, 12),
    ],
    groups: [],
  },
};

const T3_SHEET = '進捗管理表';
const cumulative: Holdout2Workbook = {
  name: 'h177-trap-shimin-kokennin-ruikei',
  layout: '市民後見人 進捗管理表: 累計 targets and actuals beside a （参考）単年度実績 column, then a 単年度 table with a （参考）累計 column',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [40, 7, 16, 16, 16, 26]);
    merge(ws, 1, 1, 1, 6, '令和６年度　市民後見人育成・活用事業　進捗管理表');
    put(ws, 3, 1, ['１　累計で管理する指標']);
    put(ws, 4, 1, ['指標名', '単位', '目標値\n（令和６年度末・累計）', '実績値\n（令和６年度末・累計）', '（参考）令和６年度\n単年度実績', '備考']);
    const cum: (string | number)[][] = [
      ['市民後見人養成講座の修了者数', '人', 60, 52, 9, '平成28年度からの累計'],
      ['市民後見人の受任件数', '件', 15, 15, 4, ''],
      ['法人後見の受任件数', '件', 40, 29, 6, '社会福祉協議会による受任'],
    ];
    cum.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 7, 6);
    wrap(ws, 4, 1, 4, 6);
    put(ws, 9, 1, ['２　単年度で管理する指標']);
    put(ws, 10, 1, ['指標名', '単位', '目標値\n（令和６年度）', '実績値\n（令和６年度）', '（参考）累計', '備考']);
    const single: (string | number)[][] = [
      ['市民後見人フォローアップ研修の開催回数', '回', 6, 5, 23, ''],
      ['後見活動に関する専門職相談の件数', '件', 36, 41, 118, '弁護士・司法書士・社会福祉士'],
    ];
    single.forEach((row, i) => put(ws, 11 + i, 1, row));
    box(ws, 10, 1, 12, 6);
    wrap(ws, 10, 1, 10, 6);
  },
  expected: {
    file: 'h177-trap-shimin-kokennin-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '市民後見人養成講座の修了者数', '人', 60, 52),
      ind(T3_SHEET, '市民後見人の受任件数', '件', 15, 15),
      ind(T3_SHEET, '法人後見の受任件数', '件', 40, 29),
      ind(T3_SHEET, '市民後見人フォローアップ研修の開催回数', '回', 6, 5),
      ind(T3_SHEET, '後見活動に関する専門職相談の件数', '件', 36, 41),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, fractions, cumulative];
