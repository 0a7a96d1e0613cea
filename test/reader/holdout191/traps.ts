/** Hold-out 191, three workbooks that invite a silent wrong reading (介護・福祉人材). */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 1. 進捗管理表: R6目標 and R6見込 beside R5, 単年度/累計 in one cell
const T1 = '進捗管理表';
function buildProgress(ws: Worksheet): void {
  widths(ws, [5, 36, 8, 6, 9, 9, 9, 16, 9, 9, 30]);
  merge(ws, 1, 1, 1, 11, '介護人材確保対策　進捗管理表（令和５年度実績）');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 2, 1, ['長寿介護課　令和6年12月作成']);
  put(ws, 4, 1, ['No.', '指標', '単位', '方向', 'R3実績', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6見込', '備考']);
  const rows: (string | number | undefined)[][] = [
    [1, '介護福祉士修学資金貸付者数（累計）', '人', '↑', 26, 38, 60, '単年度 14人\n累計 52人', 75, 68, '目標は制度開始（R2）からの累計'],
    [2, '介護職員資格取得支援補助件数', '件', '↑', 22, 25, 30, 27, 32, 35],
    [3, '介護職員の離職率', '％', '↓', 16.0, 15.1, 13.5, 12.9, 13.0, 12.4, '事業所実態調査（10月1日現在）'],
    [4, '介護職場就職フェア来場者数', '人', '↑', 180, 236, 300, 245, 320, 290],
    [5, '介護助手就労マッチング数', '人', '↑', '－', 8, 20, 11, 25, 24, 'R4から実施'],
    [6, '介護ロボット導入事業所数（累計）', '事業所', '↑', 12, 21, 30, '単年度 8事業所\n累計 29事業所', 36, 35],
  ];
  rows.forEach((row, i) => {
    put(ws, 5 + i, 1, row);
    ws.getRow(5 + i).height = 32;
  });
  for (let r = 5; r <= 10; r++) ws.getCell(r, 8).alignment = { wrapText: true };
  box(ws, 4, 1, 10, 11);
  wrap(ws, 4, 1, 10, 11);
  put(ws, 12, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  put(ws, 13, 1, ['※R6見込は令和6年11月末までの実績を基にした年度末の見込み。']);
}

const progress: Holdout2Workbook = {
  name: 'h191-shinchoku-ruikei-mikomi',
  layout:
    'trap: 進捗管理表 with R6目標 and R6見込 filled right of R5実績, two R5実績 cells holding 単年度 then 累計 (the 累計 target wants 累計), a ↓ 方向 row',
  build(wb) {
    buildProgress(wb.addWorksheet(T1));
  },
  expected: {
    file: 'h191-shinchoku-ruikei-mikomi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '介護福祉士修学資金貸付者数（累計）', '人', 60, 52),
      ind(T1, '介護職員資格取得支援補助件数', '件', 30, 27),
      ind(T1, '介護職員の離職率', '％', 13.5, 12.9, { direction: 'down' }),
      ind(T1, '介護職場就職フェア来場者数', '人', 300, 245),
      ind(T1, '介護助手就労マッチング数', '人', 20, 11),
      ind(T1, '介護ロボット導入事業所数（累計）', '事業所', 30, 29),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 2. ％ stored as fractions, lower-is-better only in 備考
const T2 = '定着状況';
function buildRetention(ws: Worksheet): void {
  widths(ws, [38, 6, 13, 13, 13, 10, 34]);
  merge(ws, 1, 1, 1, 7, '令和５年度　介護職員の定着状況に関する指標（市内介護事業所実態調査より）');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 3, 1, ['指標', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率', '備考']);
  const rows: [string, string, number, number, number, number, string | undefined][] = [
    ['入職3年後の介護職員定着率', '％', 0.748, 0.8, 0.762, 0.953, undefined],
    ['介護職員の離職率', '％', 0.151, 0.14, 0.158, 0.886, '※低いほど良い指標（達成率＝目標÷実績）'],
    ['年次有給休暇取得率', '％', 0.652, 0.7, 0.705, 1.007, undefined],
    ['人材不足を感じている事業所の割合', '％', 0.684, 0.6, 0.66, 0.909, '※低いほど良い指標（達成率＝目標÷実績）'],
    ['介護職員1人当たり平均勤続年数', '年', 7.1, 8.0, 7.4, 0.925, undefined],
    ['処遇改善加算取得事業所の割合', '％', 0.915, 0.95, 0.962, 1.013, undefined],
  ];
  rows.forEach(([name, unit, prev, target, actual, rate, note], i) => {
    const r = 4 + i;
    put(ws, r, 1, [name, unit, prev, target, actual, rate, note]);
    for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = unit === '％' ? '0.0%' : '0.0';
    ws.getCell(r, 6).numFmt = '0.0%';
  });
  box(ws, 3, 1, 9, 7);
  wrap(ws, 3, 1, 9, 7);
  put(ws, 11, 1, ['※調査基準日：各年度10月1日。回答事業所数 R4：142、R5：151。']);
}

const retention: Holdout2Workbook = {
  name: 'h191-teichaku-ritsu-bunsu',
  layout:
    'trap: ％ figures stored as fractions under a 0.0% format (beside a 年 row stored plainly), two lower-is-better rows marked only in 備考, the office’s own 達成率 column',
  build(wb) {
    buildRetention(wb.addWorksheet(T2));
  },
  expected: {
    file: 'h191-teichaku-ritsu-bunsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '入職3年後の介護職員定着率', '％', 80, 76.2),
      ind(T2, '介護職員の離職率', '％', 14, 15.8, { direction: 'down' }),
      ind(T2, '年次有給休暇取得率', '％', 70, 70.5),
      ind(T2, '人材不足を感じている事業所の割合', '％', 60, 66, { direction: 'down' }),
      ind(T2, '介護職員1人当たり平均勤続年数', '年', 8.0, 7.4),
      ind(T2, '処遇改善加算取得事業所の割合', '％', 95, 96.2),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 3. a target in words (前年度実績以上), no target set, R6 half-year actuals filled
const T3 = '事業評価';
function buildWords(ws: Worksheet): void {
  widths(ws, [5, 40, 8, 10, 9, 14, 9, 10, 12, 7, 34]);
  merge(ws, 1, 1, 1, 11, '令和５年度　介護人材確保推進事業　評価表');
  ws.getCell(1, 1).font = { bold: true };
  put(ws, 2, 1, ['（令和6年度第2回介護保険運営協議会　資料3）']);
  merge(ws, 4, 1, 5, 1, 'No.');
  merge(ws, 4, 2, 5, 2, '指標');
  merge(ws, 4, 3, 5, 3, '単位');
  merge(ws, 4, 4, 4, 5, '令和4年度');
  merge(ws, 4, 6, 4, 7, '令和5年度');
  merge(ws, 4, 8, 4, 9, '令和6年度');
  merge(ws, 4, 10, 5, 10, 'R5\n評価');
  merge(ws, 4, 11, 5, 11, '備考');
  put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績\n（9月末現在）']);
  const rows: (string | number | undefined)[][] = [
    [1, '介護の入門的研修修了者数', '人', 25, 28, '前年度実績以上', 31, '前年度実績以上', 14, 'A'],
    [2, '介護職員合同入職式・交流会参加者数', '人', 70, 66, 80, 64, 85, 72, 'B', 'R6は6月に開催済み'],
    [3, '介護職員向けメンタルヘルス相談件数', '件', '－', 38, '－', 47, '－', 22, '－', '相談需要に応じて対応するため、目標値は設定していない'],
    [4, '介護支援専門員法定研修受講費助成者数', '人', 20, 17, 25, 19, 25, 9, 'C'],
    [5, '介護現場の生産性向上セミナー参加事業所数', '事業所', 20, 24, 30, 33, 30, 15, 'A'],
    [6, '福祉系高校への出前授業回数', '回', 10, 8, 12, 12, 12, 5, 'A'],
  ];
  rows.forEach((row, i) => put(ws, 6 + i, 1, row));
  box(ws, 4, 1, 11, 11);
  wrap(ws, 4, 1, 11, 11);
  put(ws, 13, 1, ['※評価　A：目標を達成（100％以上）　B：80％以上　C：60％以上　D：60％未満']);
  put(ws, 14, 1, ['※令和6年度実績は9月末現在の中間実績（参考）。']);
}

const words: Holdout2Workbook = {
  name: 'h191-mokuhyo-kotoba-chukan',
  layout: 'trap: R5 target 「前年度実績以上」 in words (the R4 実績 beside it), a row with no target (－), R6 目標 and 9月末 half-year 実績 filled right of R5',
  build(wb) {
    buildWords(wb.addWorksheet(T3));
  },
  expected: {
    file: 'h191-mokuhyo-kotoba-chukan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3, '介護の入門的研修修了者数', '人', 28, 31, { existing: 'A' }),
      ind(T3, '介護職員合同入職式・交流会参加者数', '人', 80, 64, { existing: 'B' }),
      ind(T3, '介護職員向けメンタルヘルス相談件数', '件', null, 47),
      ind(T3, '介護支援専門員法定研修受講費助成者数', '人', 25, 19, { existing: 'C' }),
      ind(T3, '介護現場の生産性向上セミナー参加事業所数', '事業所', 30, 33, { existing: 'A' }),
      ind(T3, '福祉系高校への出前授業回数', '回', 12, 12, { existing: 'A' }),
    ],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [progress, retention, words];
