/**
 * Hold-out 115, three traps: a 工業振興計画 whose year columns read 「R5（R3数値）」 (the statistics of two years before, as the sheet
 * says: an actual of another year, a guess to flag), a 創業支援等事業計画 whose targets are partly 5年間累計 and partly 年間 (the 累計
 * column answers the first, the R5 column the second), and 雇用 indicators with years as rows where a 令和6年度（12月末現在） row
 * follows the evaluated 令和5年度 and the targets sit in rows of their own.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const wrap = { wrapText: true, vertical: 'middle' as const };

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

// ---------------------------------------------------------------------------------------------------------------------
// 1. 「R5（R3数値）」: each year column holds the statistic of two years before; 目標／実績 rows per indicator; 評価 by the department.

const K = '統計指標';
const stats: [string, string, number, (number | null)[], number[], string][] = [
  // name, unit, 基準, 目標 R3 R4 R5 R6 R7, 実績 R3 R4 R5, 評価
  ['製造品出荷額等', '億円', 2150, [2200, 2250, 2300, 2350, 2400], [2180, 1985, 2296], 'B'],
  ['製造業事業所数', '事業所', 148, [142, 142, 142, 142, 142], [145, 140, 136], 'B'],
  ['製造業従業者数', '人', 9870, [9700, 9650, 9600, 9550, 9500], [9812, 9655, 9540], 'A'],
  ['製造業付加価値額', '億円', 760, [780, 800, 820, 840, 860], [802, 745, 838], 'A'],
  ['従業者1人当たり製造品出荷額等', '万円', 2178, [2250, 2300, 2350, 2400, 2450], [2222, 2056, 2407], 'A'],
];
const kogyoWorkbook: Holdout2Workbook = {
  name: 'h115-kogyo-r5r3',
  layout: '工業振興計画 統計指標: columns 「R3（R1数値）」…「R5（R3数値）」「R7（R5数値）」, 目標／実績 rows, 従業者数 target below 基準 but ↑, 評価 merged',
  build(wb) {
    const ws = wb.addWorksheet(K);
    widths(ws, [5, 30, 8, 8, 14, 14, 14, 14, 14, 14, 8]);
    put(ws, 1, 1, ['令和５年度　○○市工業振興計画　進捗管理表（統計指標）']);
    ws.mergeCells(1, 1, 1, 11);
    put(ws, 2, 1, [
      '※工業統計調査・経済センサス‐活動調査・経済構造実態調査は公表まで約2年を要するため、各年度の欄には2年前（暦年）の数値を記載している。例：「R5（R3数値）」は令和3年の数値。',
    ]);
    ws.mergeCells(2, 1, 2, 11);
    ws.getCell(2, 1).alignment = wrap;
    ws.getRow(2).height = 30;
    put(ws, 3, 1, [
      'No.',
      '指標',
      '単位',
      '区分',
      '基準値\nH30（H28数値）',
      'R3\n（R1数値）',
      'R4\n（R2数値）',
      'R5\n（R3数値）',
      'R6\n（R4数値）',
      '目標年度\nR7（R5数値）',
      '評価',
    ]);
    stats.forEach(([name, unit, base, t, a, grade], i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [i + 1, name, unit, '目標', base, ...t]);
      put(ws, r + 1, 4, ['実績', '', ...a]);
      put(ws, r, 11, [grade]);
      for (const c of [1, 2, 3, 5, 11]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 14, 1, ['※R4（R2数値）は新型コロナウイルス感染症の影響により減少。']);
    put(ws, 15, 1, ['※従業者数は人口減少を踏まえ、減少幅の抑制を目標としている（目標値は基準値を下回る）。']);
    put(ws, 16, 1, ['※評価　A：目標達成　B：概ね達成（80％以上）　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h115-kogyo-r5r3.xlsx',
    fiscalYear: 2023,
    indicators: stats.map(([name, unit, , t, a, grade]) => ind(K, name, unit, t[2], a[2], { existing: grade })),
    groups: [],
    guesses: ['other-year'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 2. 創業支援等事業計画: 目標の種類 「5年間累計」 or 「年間」; R3〜R5 columns and a 累計（R3〜R5） column; 達成状況 in the scale's words.

const S = '創業支援実績';
const startups: [string, string, '5年間累計' | '年間', number, number[], string][] = [
  ['創業支援件数', '件', '5年間累計', 250, [48, 52, 57], '概ね順調'],
  ['創業者数', '人', '5年間累計', 75, [14, 17, 19], 'やや遅れている'],
  ['創業セミナー受講者数', '人', '年間', 60, [58, 63, 55], '概ね順調'],
  ['創業相談件数', '件', '年間', 400, [356, 412, 438], '順調'],
  ['創業支援資金（制度融資）利用件数', '件', '5年間累計', 100, [18, 21, 23], 'やや遅れている'],
  ['空き店舗を活用した創業件数', '件', '年間', 5, [2, 4, 6], '順調'],
  ['創業補助金交付件数', '件', '年間', 10, [8, 9, 7], '概ね順調'],
];
const LETTER: Record<string, string> = { 順調: 'A', 概ね順調: 'B', やや遅れている: 'C', 遅れている: 'D' };
const sogyoWorkbook: Holdout2Workbook = {
  name: 'h115-sogyo-ruikei',
  layout: '創業支援等事業計画 実績: 目標の種類 5年間累計｜年間, R3〜R5 columns + 累計（R3〜R5）, 達成状況 順調／概ね順調／やや遅れている',
  build(wb) {
    const ws = wb.addWorksheet(S);
    widths(ws, [34, 6, 12, 10, 10, 10, 10, 14, 16]);
    put(ws, 1, 1, ['令和５年度　○○市創業支援等事業計画　実績報告']);
    ws.mergeCells(1, 1, 1, 9);
    put(ws, 2, 1, ['計画期間：令和3年4月1日〜令和8年3月31日（5年間）']);
    put(ws, 3, 1, ['指標', '単位', '目標', '', '実績', '', '', '', '達成状況']);
    put(ws, 4, 3, ['目標の種類', '目標値', '令和3年度', '令和4年度', '令和5年度', '累計\n（R3〜R5）']);
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 4, 2);
    ws.mergeCells(3, 3, 3, 4);
    ws.mergeCells(3, 5, 3, 8);
    ws.mergeCells(3, 9, 4, 9);
    startups.forEach(([name, unit, kind, target, a, words], i) => {
      put(ws, 5 + i, 1, [name, unit, kind, target, ...a, a[0] + a[1] + a[2], words]);
    });
    put(ws, 13, 1, ['※「5年間累計」の目標は計画期間（R3〜R7）の累計、「年間」の目標は各年度の目標。']);
    put(ws, 14, 1, ['※達成状況　順調／概ね順調／やや遅れている／遅れている（担当課による評価）']);
  },
  expected: {
    file: 'h115-sogyo-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: startups.map(([name, unit, kind, target, a, words]) => {
      const e = ind(S, name, unit, target, kind === '年間' ? a[2] : a[0] + a[1] + a[2], { existing: LETTER[words] });
      if (kind !== '年間') e.targetSource = 'final';
      return e;
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 3. 雇用 indicators with years as rows: 令和元〜5年度, a 令和6年度（12月末現在） row, then 目標値（R5）and 目標値（R7） rows.

const E = '雇用関係指標';
const cols: [string, string][] = [
  ['面接会参加企業数', '社'],
  ['面接会参加者数', '人'],
  ['面接会就職者数', '人'],
  ['高校新卒者の管内就職率', '％'],
  ['UIJターン就職者数', '人'],
  ['有効求人倍率', '倍'],
];
const years: [string, (number | string)[]][] = [
  ['令和元年度', [44, 268, 31, 38.5, 52, 1.41]],
  ['令和2年度', ['中止', '中止', '中止', 40.2, 38, 1.05]],
  ['令和3年度', [35, 188, 18, 40.2, 47, 1.18]],
  ['令和4年度', [41, 230, 27, 39.8, 58, 1.31]],
  ['令和5年度', [48, 212, 22, 41.0, 64, 1.28]],
  ['令和6年度\n（12月末現在）', [31, 156, 14, '－', 51, 1.22]],
];
const targetR5: (number | string)[] = [45, 250, 35, 45.0, 60, '－'];
const targetR7: (number | string)[] = [50, 280, 40, 50.0, 70, '－'];
const koyoWorkbook: Holdout2Workbook = {
  name: 'h115-koyo-nendo-rows',
  layout: '雇用関係指標: 年度 rows 令和元〜5年度 + 「令和6年度（12月末現在）」, 目標値（R5）／目標値（R7） rows below, units in headings, 中止 and 「－」',
  build(wb) {
    const ws = wb.addWorksheet(E);
    widths(ws, [18, 14, 14, 14, 16, 16, 12]);
    put(ws, 1, 1, ['施策4-2　雇用の確保　成果指標の推移（令和５年度評価）']);
    ws.mergeCells(1, 1, 1, 7);
    put(ws, 3, 1, ['年度', ...cols.map(([n, u]) => `${n}\n（${u}）`)]);
    years.forEach(([y, v], i) => {
      put(ws, 4 + i, 1, [y, ...v]);
      ws.getCell(4 + i, 1).alignment = wrap;
    });
    put(ws, 10, 1, ['目標値（R5）', ...targetR5]);
    put(ws, 11, 1, ['目標値（R7）', ...targetR7]);
    put(ws, 13, 1, ['※令和2年度の合同就職面接会は新型コロナウイルス感染症の影響により中止。']);
    put(ws, 14, 1, ['※有効求人倍率はハローワーク○○管内、年度平均（令和6年度は4〜12月の平均）。目標は設定していない。']);
    put(ws, 15, 1, ['※高校新卒者の管内就職率は3月末現在の就職者のうち管内事業所に就職した者の割合。']);
  },
  expected: {
    file: 'h115-koyo-nendo-rows.xlsx',
    fiscalYear: 2023,
    indicators: cols.map(([name, unit], i) => {
      const t = targetR5[i];
      return ind(E, name, unit, typeof t === 'number' ? t : null, years[4][1][i] as number);
    }),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [kogyoWorkbook, sogyoWorkbook, koyoWorkbook];
