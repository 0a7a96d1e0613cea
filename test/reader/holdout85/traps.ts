/**
 * Hold-out 85, part 3: four traps — the same indicators on a 速報値 sheet and a 確定値 sheet with different figures, ％ figures
 * stored as 0.453 under a % format on some rows and typed 45.3 on others, a target column headed in English (「Target FY2023」)
 * between two Japanese 実績 columns, and last year's sheet first with this year's (令和6年度) a copy named 「事業実績 (2)」.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// 速報値 (April) first, 確定値 (June) second, one layout: the clerk reads the 確定値 sheet only.
const Q1 = '速報値';
const Q2 = '確定値';
type QRow = [string, string, string | number, number, Cell, number];
// name, unit, target (as written), target (number), 速報 actual, 確定 actual
const qRows: QRow[] = [
  ['救命講習の受講者数', '人', 6000, 6000, 5812, 5907],
  ['救急隊の現場到着までの平均時間', '分', '8.5分以内', 8.5, 8.6, 8.4],
  ['心肺停止傷病者（目撃あり）の1か月後生存率', '％', 12.0, 12.0, '集計中', 10.3],
  ['バイスタンダーによる心肺蘇生の実施率', '％', 55.0, 55.0, 52.1, 52.6],
  ['応急手当Web講習の修了者数', '人', 1500, 1500, 1688, 1688],
  ['救急搬送者のうち軽症者の割合', '％', '45.0％以下', 45.0, 48.9, 49.3],
];
const DOWN = new Set(['救急隊の現場到着までの平均時間', '救急搬送者のうち軽症者の割合']);
function emsSheet(wb: Workbook, sheet: string, title: string, which: 4 | 5): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, [title]);
  put(ws, 2, 6, ['消防本部 救急課']);
  put(ws, 4, 1, ['指標', '単位', '令和5年度目標', '令和5年度実績', '達成率', '備考']);
  qRows.forEach((r, i) => {
    const [name, unit, written, target] = r;
    const actual = r[which];
    const rate = typeof actual === 'number' ? (DOWN.has(name) ? target / actual : actual / target) : '－';
    put(ws, 5 + i, 1, [name, unit, written, actual, rate]);
    if (typeof rate === 'number') ws.getCell(5 + i, 5).numFmt = '0.0%';
  });
  ws.getColumn(1).width = 40;
}
const sokuho: Holdout2Workbook = {
  name: 'h85-trap-sokuho-kakutei',
  layout:
    '消防本部 救急業務の成果指標: 同じ様式のシート「速報値」（令和6年4月集計、1行「集計中」）と「確定値」（令和6年6月）、数値が一部異なる; 「8.5分以内」「45.0％以下」の目標、達成率の列（％書式）',
  build(wb) {
    emsSheet(wb, Q1, '令和５年度　救急業務の成果指標（速報値：令和6年4月10日集計）', 4);
    emsSheet(wb, Q2, '令和５年度　救急業務の成果指標（確定値：令和6年6月28日確定）', 5);
    put(wb.getWorksheet(Q2)!, 12, 1, ['※速報値から修正のあった指標：救命講習の受講者数、平均時間、生存率、実施率、軽症者の割合']);
  },
  expected: {
    file: 'h85-trap-sokuho-kakutei.xlsx',
    fiscalYear: 2023,
    indicators: qRows.map(([name, unit, , target, , actual]) => ind(Q2, name, unit, target, actual, { direction: DOWN.has(name) ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// ％ figures pasted from the 健診 system as fractions under a 0.0% format beside figures typed as 45.3: the clerk reads 45.3 ％
// whichever way the cell stores it (one target, too, is stored 0.150 under the format).
const H1 = '健康増進計画';
type PRow = [string, string, number, boolean, number, boolean, number, boolean, string];
// name, unit, baseline, baseline as fraction?, target, target as fraction?, actual, actual as fraction?, written grade
const pRows: PRow[] = [
  ['特定健康診査の受診率', '％', 41.2, true, 48.0, false, 45.3, true, 'B'],
  ['特定保健指導の実施率', '％', 21.8, true, 30.0, false, 27.6, true, 'B'],
  ['胃がん検診の受診率', '％', 8.6, false, 12.0, false, 9.1, false, 'C'],
  ['大腸がん検診の受診率', '％', 12.4, true, 15.0, true, 13.9, false, 'B'],
  ['乳がん検診の受診率', '％', 15.2, false, 18.0, false, 16.8, true, 'B'],
  ['1歳6か月児健康診査の受診率', '％', 96.2, true, 98.0, false, 98.5, true, 'A'],
  ['健康相談の利用者数', '人', 1204, false, 1400, false, 1318, false, 'B'],
];
const percentMixed: Holdout2Workbook = {
  name: 'h85-trap-percent-mixed',
  layout:
    '保健所 健康づくり推進課の健康増進計画指標: 単位「％」の行で、基準値・目標値・実績値が 0.453（0.0%書式）で入る行と 45.3 と手入力の行が混在（大腸がんは目標が 0.150 書式・実績が 13.9 手入力）、判定 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(H1);
    put(ws, 1, 1, ['第3次健康増進計画　指標の状況（令和５年度）']);
    put(ws, 2, 6, ['保健所 健康づくり推進課']);
    put(ws, 4, 1, ['指標', '単位', '基準値（R3）', '目標値（R5）', '実績値（R5）', '判定']);
    pRows.forEach(([name, unit, base, baseF, target, targetF, actual, actualF, grade], i) => {
      const row = 5 + i;
      const cell = (v: number, frac: boolean, col: number) => {
        ws.getCell(row, col).value = frac ? Math.round(v * 10) / 1000 : v;
        if (frac) ws.getCell(row, col).numFmt = '0.0%';
      };
      put(ws, row, 1, [name, unit]);
      cell(base, baseF, 3);
      cell(target, targetF, 4);
      cell(actual, actualF, 5);
      put(ws, row, 6, [grade]);
    });
    put(ws, 13, 1, ['判定　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 1, ['※特定健診・特定保健指導の数値は法定報告（確定値）による。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h85-trap-percent-mixed.xlsx',
    fiscalYear: 2023,
    indicators: pRows.map(([name, unit, , , target, , actual, , grade]) => ind(H1, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 業務指標（PI） with the target column headed in English (the heading copied from an English template), between 令和4年度実績
// and 令和5年度実績; a 望ましい方向 column of ↑↓.
const E1 = 'PI';
type PiRow = [string, string, string, '↑' | '↓', number, number, number, string];
const piRows: PiRow[] = [
  ['B112', '有収率', '％', '↑', 86.1, 88.0, 85.3, 'B'],
  ['B110', '漏水率', '％', '↓', 9.8, 8.0, 10.4, 'C'],
  ['B604', '配水池の耐震化率', '％', '↑', 62.5, 70.0, 70.8, 'A'],
  ['B606', '基幹管路の耐震管率', '％', '↑', 28.4, 32.0, 30.1, 'B'],
  ['C113', '料金回収率', '％', '↑', 101.2, 100.0, 98.7, 'B'],
  ['A204', '直結給水率', '％', '↑', 42.1, 45.0, 44.6, 'B'],
];
const english: Holdout2Workbook = {
  name: 'h85-trap-english-target',
  layout:
    '上下水道局の水道事業ガイドライン業務指標（PI）: PIコード列、目標の列見出しだけが英語「Target FY2023」で「令和4年度実績」と「令和5年度実績」の間、望ましい方向↑↓、評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(E1);
    put(ws, 1, 1, ['令和５年度　水道事業ガイドライン業務指標（PI）の状況']);
    put(ws, 2, 8, ['上下水道局 水道課']);
    put(ws, 4, 1, ['PIコード', '業務指標', '単位', '望ましい方向', '令和4年度実績', 'Target FY2023', '令和5年度実績', '評価']);
    piRows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['↑：値が高い方が望ましい　↓：値が低い方が望ましい']);
    put(ws, 13, 1, ['評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(2).width = 24;
  },
  expected: {
    file: 'h85-trap-english-target.xlsx',
    fiscalYear: 2023,
    indicators: piRows.map(([, name, unit, way, , target, actual, grade]) =>
      ind(E1, name, unit, target, actual, { direction: way === '↓' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Last year's sheet first (「事業実績」, 令和5年度), this year's a copy of it to its right (「事業実績 (2)」, 令和6年度) with a
// 前年度実績 column repeating the first sheet's actuals: the evaluated year is 令和6年度.
const T5 = '事業実績';
const T6 = '事業実績 (2)';
type KRow = [string, string, string, number | string, number, number | string, number, string];
// project, indicator, unit, target (as written), target, R5 actual (this sheet's 前年度実績 on the R6 sheet), actual, grade
const r5Rows: KRow[] = [
  ['会計事務研修事業', '会計事務研修の受講者数', '人', 180, 180, 152, 164, 'B'],
  ['支出審査事務', '支出負担行為の差戻し件数', '件', '250件以下', 250, 302, 281, 'B'],
  ['電子請求推進事業', '電子請求の受付件数', '件', 2000, 2000, '－', 1120, 'D'],
  ['公金収納改善事業', '公金のキャッシュレス収納の比率', '％', 20.0, 20.0, 16.2, 18.6, 'B'],
  ['財務会計システム運用事業', 'システム操作説明会の開催回数', '回', 6, 6, 6, 6, 'A'],
];
const r6Rows: KRow[] = [
  ['会計事務研修事業', '会計事務研修の受講者数', '人', 180, 180, 164, 192, 'A'],
  ['支出審査事務', '支出負担行為の差戻し件数', '件', '250件以下', 250, 281, 236, 'A'],
  ['電子請求推進事業', '電子請求の受付件数', '件', 3000, 3000, 1120, 2145, 'C'],
  ['公金収納改善事業', '公金のキャッシュレス収納の比率', '％', 25.0, 25.0, 18.6, 22.9, 'B'],
  ['財務会計システム運用事業', 'システム操作説明会の開催回数', '回', 6, 6, 6, 4, 'C'],
];
function kaikeiSheet(wb: Workbook, sheet: string, year: string, rows: KRow[]): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, [`${year}　会計課　事業実績`]);
  put(ws, 2, 1, [`評価対象年度：${year}`, undefined, undefined, undefined, undefined, undefined, undefined, '会計課']);
  put(ws, 4, 1, ['No.', '事業名', '成果指標', '単位', '目標値', '実績値', '前年度実績', '自己評価']);
  rows.forEach(([project, name, unit, written, , last, actual, grade], i) => put(ws, 5 + i, 1, [i + 1, project, name, unit, written, actual, last, grade]));
  put(ws, 11, 1, ['自己評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
  ws.getColumn(2).width = 26;
  ws.getColumn(3).width = 30;
}
const copiedSheet: Holdout2Workbook = {
  name: 'h85-trap-r6-after-r5-sheet',
  layout:
    '会計課の事業実績: 先頭シート「事業実績」が前年度（令和5年度）、その右のコピー「事業実績 (2)」が今年度（令和6年度、前年度実績の列に先頭シートの実績）、同じ様式・同じ指標名、「250件以下」の目標、自己評価 A〜D',
  build(wb) {
    kaikeiSheet(wb, T5, '令和５年度', r5Rows);
    kaikeiSheet(wb, T6, '令和６年度', r6Rows);
  },
  expected: {
    file: 'h85-trap-r6-after-r5-sheet.xlsx',
    fiscalYear: 2024,
    indicators: r6Rows.map(([, name, unit, written, target, , actual, grade]) =>
      ind(T6, name, unit, target, actual, { direction: typeof written === 'string' ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [sokuho, percentMixed, english, copiedSheet];
