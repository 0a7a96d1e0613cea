/** Hold-out 35, the four known families as other offices lay them out, each with one or two traps (written blind). */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const pct = (ws: Worksheet, row: number, col: number, values: number[]) =>
  values.forEach((v, i) => {
    const c = ws.getCell(row, col + i);
    c.value = v;
    c.numFmt = '0.0%';
  });

/** One stacked indicator block of the policy sheet 2-3: name, R4…R7 headings, 目標値, 実績値, 達成率 (rows r…r+4). */
function stackedBlock(ws: Worksheet, r: number, no: string, name: string, unit: string, targets: number[], actuals: (number | string)[], fraction = false) {
  put(ws, r, 1, [no, name]);
  ws.mergeCells(r, 2, r, 6);
  put(ws, r + 1, 1, ['区分', 'R4', 'R5', 'R6', 'R7（目標）', '単位']);
  put(ws, r + 2, 1, ['目標値']);
  put(ws, r + 3, 1, ['実績値']);
  put(ws, r + 4, 1, ['達成率']);
  if (fraction) {
    pct(ws, r + 2, 2, targets);
    actuals.forEach((a, i) => (typeof a === 'number' ? pct(ws, r + 3, 2 + i, [a]) : put(ws, r + 3, 2 + i, [a])));
  } else {
    put(ws, r + 2, 2, targets);
    put(ws, r + 3, 2, actuals);
  }
  put(ws, r + 2, 6, [unit]);
  put(ws, r + 3, 6, [unit]);
  actuals.forEach((a, i) => typeof a === 'number' && pct(ws, r + 4, 2 + i, [a / targets[i]]));
}

const morioka: Holdout2Workbook = {
  name: 'h35-policy-stacked-rate-rows',
  layout:
    'A: one policy sheet, indicator blocks stacked with R4…R7 columns, 達成率 row, last year grade beside the rating cell, 減少 only in a note, ％ as fraction',
  build(wb) {
    const ws = wb.addWorksheet('2-3');
    put(ws, 1, 1, ['令和６年度　施策評価シート（評価対象年度：令和６年度）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['基本方針', '２　安心して暮らせるまちづくり']);
    put(ws, 3, 6, ['施策の達成状況', undefined, '（R5評価：C）']);
    put(ws, 4, 1, ['基本施策', '２－３　交通安全と防犯の推進']);
    put(ws, 5, 1, ['担当部', '市民生活部　くらし安全課']);
    stackedBlock(ws, 7, '指標１', '交通安全教室の参加者数', '人', [1800, 2000, 2200, 2500], [1765, 2050, 1980]);
    stackedBlock(ws, 13, '指標２', '市内の交通事故発生件数', '件', [360, 340, 320, 300], [371, 349, 352]);
    put(ws, 18, 1, ['※指標２は発生件数の減少を目指す指標です（達成率＝目標値÷実績値）。']);
    ws.getCell(17, 2).value = 360 / 371;
    ws.getCell(17, 3).value = 340 / 349;
    ws.getCell(17, 4).value = 320 / 352;
    stackedBlock(ws, 20, '指標３', '防犯灯のLED化率', '％', [0.65, 0.75, 0.85, 0.95], [0.61, 0.7, 0.64], true);
    stackedBlock(ws, 26, '指標４', '自主防犯パトロール団体数', '団体', [41, 43, 45, 48], [40, 44, '集計中']);
    put(ws, 32, 1, ['（注）評価は当該年度の目標値に対する実績値で行う。']);
  },
  expected: {
    file: 'h35-policy-stacked-rate-rows.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('2-3', '交通安全教室の参加者数', '人', 2200, 1980),
      ind('2-3', '市内の交通事故発生件数', '件', 320, 352, { direction: 'down' }),
      ind('2-3', '防犯灯のLED化率', '％', 85, 64),
      ind('2-3', '自主防犯パトロール団体数', '団体', 45, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: '2-3', cell: 'G3', grade: rollUp(['B', 'B', 'C']) }],
  },
};

const hanamaki: Holdout2Workbook = {
  name: 'h35-project-marks-legend',
  layout: 'B: 推進事業 table, values as text with units, 自己評価 as ◎○△× with a legend, a R5年度実績 column, a 小計 row',
  build(wb) {
    const ws = wb.addWorksheet('事業評価');
    put(ws, 1, 1, ['令和６年度　重点推進事業　実績一覧（商工観光課）']);
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績', 'R6年度目標', 'R6年度実績', '自己評価', '備考']);
    put(ws, 4, 1, [1, '創業支援事業\n（創業相談・創業セミナーの開催）', '創業者数 14人', '創業者数 15人', '創業者数 18人', '◎']);
    put(ws, 5, 1, [2, '空き店舗活用補助金', '5件', '6件', '4件', '○', '申請1件取下げ']);
    put(ws, 6, 1, [3, '企業立地奨励金', '2社', '3社', '未実施', '×', '対象企業なし']);
    put(ws, 7, 1, [4, '観光物産PR事業', '12,400人', '15,000人', '13,650人', '○']);
    put(ws, 8, 1, [5, '農商工連携商品開発支援事業', '3件', '4件', '集計中', undefined, '3月末集計']);
    put(ws, 9, 1, [6, 'ふるさと納税推進事業', '8.2億円', '9億円', '9.6億円', '◎']);
    put(ws, 10, 1, [undefined, '小計（件数の事業）', '10件', '13件', '4件']);
    put(ws, 12, 1, ['【自己評価】◎：A（順調）　○：B（概ね順調）　△：C（やや遅れている）　×：D（遅れている）']);
    put(ws, 13, 1, ['※R5年度実績は参考として掲載。']);
  },
  expected: {
    file: 'h35-project-marks-legend.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業評価', '創業支援事業', '人', 15, 18, { existing: 'A' }),
      ind('事業評価', '空き店舗活用補助金', '件', 6, 4, { existing: 'B' }),
      ind('事業評価', '企業立地奨励金', '社', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind('事業評価', '観光物産PR事業', '人', 15000, 13650, { existing: 'B' }),
      ind('事業評価', '農商工連携商品開発支援事業', '件', 4, null, { actualStatus: 'pending' }),
      ind('事業評価', 'ふるさと納税推進事業', '億円', 9, 9.6, { existing: 'A' }),
    ],
    groups: [],
  },
};

const obihiro: Holdout2Workbook = {
  name: 'h35-kpi-month-ends-no-target',
  layout: 'C: KPI × 令和N年3月末 columns, values "120 件", a 「前年度以上」 target, 減少 in 備考, a later target-only column',
  build(wb) {
    const ws = wb.addWorksheet('KPI進捗');
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　KPI進捗状況']);
    put(ws, 2, 1, ['評価年度：令和６年度（令和７年３月末現在）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
    const kpi = (r: number, goal: string | undefined, name: string, t: string[], a: string[], note?: string) => {
      put(ws, r, 1, [goal, name, '目標値', ...t, note]);
      put(ws, r + 1, 3, ['実績値', ...a]);
      ws.mergeCells(r, 2, r + 1, 2);
    };
    kpi(5, '１　しごとをつくる', '移住相談件数', ['120 件', '140 件', '160 件', '180 件'], ['118 件', '151 件', '149 件']);
    kpi(7, undefined, '新規就農者数', ['8 人', '8 人', '8 人', '8 人'], ['6 人', '9 人', '-']);
    kpi(9, '２　子育てを支える', '待機児童数', ['10 人', '5 人', '2 人', '0 人'], ['12 人', '7 人', '3 人'], '数値の減少を目指す');
    kpi(11, '３　人を呼び込む', '観光入込客数', ['前年度以上', '前年度以上', '前年度以上', '前年度以上'], ['1,852 千人', '1,920 千人', '2,013 千人']);
  },
  expected: {
    file: 'h35-kpi-month-ends-no-target.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('KPI進捗', '移住相談件数', '件', 160, 149),
      ind('KPI進捗', '新規就農者数', '人', 8, null, { actualStatus: 'not-applicable' }),
      ind('KPI進捗', '待機児童数', '人', 2, 3, { direction: 'down' }),
      ind('KPI進捗', '観光入込客数', '千人', null, 2013),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS_1: Holdout2Workbook[] = [morioka, hanamaki, obihiro];
