/** Hold-out 203, workbooks that invite a silent wrong reading; the expected facts are what a careful clerk reads. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// Later year filled: 評価対象年度 R5 stated, but the R6 column already holds targets and 見込 actuals.
// ---------------------------------------------------------------------------------------------
const P_SHEET = '成果指標進捗';

const P_ROWS: { name: string; unit: string; targets: (number | string)[]; actuals: (number | string)[]; note: string }[] = [
  { name: '模擬選挙参加者数', unit: '人', targets: [600, 700, 800, 850], actuals: [512, 688, 736, 900], note: 'R6は市内全高校で実施予定' },
  { name: '若者会議参加者数（延べ）', unit: '人', targets: [120, 140, 150, 160], actuals: [94, 126, 162, 140], note: '' },
  { name: '主権者教育出前授業の実施校数', unit: '校', targets: [8, 10, 12, 12], actuals: [7, 9, 8, 12], note: 'R5は学級閉鎖等により4校が延期' },
  {
    name: '20歳代の投票率',
    unit: '％',
    targets: [30.0, 30.0, 32.0, 32.0],
    actuals: [27.4, 25.8, 29.1, '－'],
    note: 'R3衆院選、R4参院選、R5市議選。R6は選挙の予定なし',
  },
  { name: '出前講座受講者の満足度', unit: '％', targets: [85.0, 85.0, 90.0, 90.0], actuals: [88.2, 91.0, 93.5, 92.0], note: '受講後アンケート' },
];

const laterYear: Holdout2Workbook = {
  name: 'h203-trap-mikomi-r6',
  layout: 'trap: 評価対象年度 令和5年度 stated, yet the 令和6年度 column (実績は見込) is filled right of it with targets and estimates that grade differently',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [32, 6, 8, 11, 11, 11, 13, 36]);
    merge(ws, 1, 1, 1, 8, '若者の政治参加推進　成果指標進捗管理表');
    merge(ws, 2, 1, 2, 4, '評価対象年度：令和５年度');
    merge(ws, 2, 5, 2, 8, '作成：令和６年１０月　企画政策課');
    put(ws, 4, 1, ['指標', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度\n（実績は見込）', '備考']);
    let r = 5;
    for (const p of P_ROWS) {
      merge(ws, r, 1, r + 1, 1, p.name);
      merge(ws, r, 2, r + 1, 2, p.unit);
      put(ws, r, 3, ['目標', ...p.targets]);
      put(ws, r + 1, 3, ['実績', ...p.actuals]);
      merge(ws, r, 8, r + 1, 8, p.note || undefined);
      r += 2;
    }
    wrap(ws, 4, 1, r - 1, 8);
    box(ws, 4, 1, r - 1, 8);
    merge(ws, r + 1, 1, r + 1, 8, '※ 令和6年度の実績欄は9月末までの実績をもとにした見込値（年度末に確定）。');
  },
  expected: {
    file: 'h203-trap-mikomi-r6.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '模擬選挙参加者数', '人', 800, 736), // 92 % → B (R6 見込 would be A)
      ind(P_SHEET, '若者会議参加者数（延べ）', '人', 150, 162), // A (R6 would be B)
      ind(P_SHEET, '主権者教育出前授業の実施校数', '校', 12, 8), // 66.7 % → C (R6 would be A)
      ind(P_SHEET, '20歳代の投票率', '％', 32.0, 29.1), // 90.9 % → B (R6 "－")
      ind(P_SHEET, '出前講座受講者の満足度', '％', 90.0, 93.5), // A
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// ％ stored as fractions, a ↓ indicator, targets in words (one with its number, one without), ◎○△× with a legend.
// ---------------------------------------------------------------------------------------------
const F_SHEET = '指標評価（R5）';

const F_ROWS: [string, string, string, number | string, number | string, number, number | string, string, string][] = [
  ['18・19歳の投票率（市議会議員一般選挙）', '％', '↑', '－', 0.4, 0.318, 0.795, '△', '令和5年4月執行'],
  ['主権者教育受講後に「投票に行く」と答えた生徒の割合', '％', '↑', 0.82, '前年度実績（82.0％）以上', 0.857, 1.045, '◎', ''],
  ['「選挙に関心がない」と答えた若者の割合', '％', '↓', 0.362, 0.3, 0.345, 0.87, '○', '市民意識調査（18～29歳）'],
  ['若者会議参加者の満足度', '％', '↑', 0.884, 0.9, 0.912, 1.013, '◎', ''],
  ['市政モニター（若者枠）登録者数', '人', '↑', 188, '増加', 214, '－', '○', '前年度から26人増'],
  ['大学構内期日前投票所の投票者数', '人', '↑', '－', 500, 468, 0.936, '○', '令和5年度新設'],
];

const PERCENT_ROWS = new Set([0, 1, 2, 3]);

const fractions: Holdout2Workbook = {
  name: 'h203-trap-percent-words',
  layout:
    'trap: ％ stored as fractions under a 0.0% format, a ↓ indicator, a target in words with its number and one (増加) without, ◎○△× under a legend naming each band',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 40, 6, 8, 12, 20, 12, 9, 7, 24]);
    merge(ws, 1, 1, 1, 10, '令和５年度　若者の政治参加・主権者教育　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目指す\n方向', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率', '評価', '備考']);
    F_ROWS.forEach((row, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, ...row.map((v) => (v === '' ? undefined : v))]);
      if (PERCENT_ROWS.has(i)) for (const c of [5, 6, 7]) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0%';
      if (typeof ws.getCell(r, 8).value === 'number') ws.getCell(r, 8).numFmt = '0.0%';
    });
    wrap(ws, 3, 1, 3 + F_ROWS.length, 10);
    box(ws, 3, 1, 3 + F_ROWS.length, 10);
    const n = 5 + F_ROWS.length;
    merge(ws, n, 1, n, 10, '【目指す方向】↑：増加を目指す指標　↓：減少を目指す指標（達成率＝目標÷実績）');
    merge(ws, n + 1, 1, n + 1, 10, '【評価】◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）');
  },
  expected: {
    file: 'h203-trap-percent-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '18・19歳の投票率（市議会議員一般選挙）', '％', 40.0, 31.8, { existing: '△' }), // 79.5 % → C
      ind(F_SHEET, '主権者教育受講後に「投票に行く」と答えた生徒の割合', '％', 82.0, 85.7, { existing: '◎' }), // A
      ind(F_SHEET, '「選挙に関心がない」と答えた若者の割合', '％', 30.0, 34.5, { direction: 'down', existing: '○' }), // 87.0 % → B
      ind(F_SHEET, '若者会議参加者の満足度', '％', 90.0, 91.2, { existing: '◎' }), // A
      ind(F_SHEET, '市政モニター（若者枠）登録者数', '人', null, 214, { existing: '○' }), // 「増加」: no numeric target → null
      ind(F_SHEET, '大学構内期日前投票所の投票者数', '人', 500, 468, { existing: '○' }), // 93.6 % → B
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 単年度 vs 累計: the year's own target and actual beside a 累計 column and the plan's 累計 target;
// a footnote (※1) makes one ％ indicator lower-is-better.
// ---------------------------------------------------------------------------------------------
const C_SHEET = '実績報告';

const C_ROWS: [string, string, number, number, number | string, number, string][] = [
  ['若者会議からの政策提案件数', '件', 6, 5, 14, 30, ''],
  ['提案の事業化件数', '件', 2, 3, 5, 10, ''],
  ['若者会議参加者数（延べ）', '人', 150, 118, 402, 800, 'オンライン参加を除く'],
  ['主権者教育出前授業の受講者数', '人', 1000, 1064, 2870, 5000, ''],
  ['「選挙について分からないことがある」と答えた生徒の割合', '％', 25.0, 28.0, '－', 20.0, '※1'],
  ['高校生選挙サポーター登録者数（年度末）', '人', 40, 31, '－', 50, '※2'],
];

const cumulative: Holdout2Workbook = {
  name: 'h203-trap-ruikei-footnote',
  layout:
    'trap: 令和5年度（単年度）目標 | 実績 beside a 累計（令和3～5年度） column and the plan’s 令和7年度・累計 target; a footnote ※1 makes one ％ indicator lower-is-better',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [44, 6, 10, 10, 14, 16, 22]);
    merge(ws, 1, 1, 1, 7, '令和５年度　若者参画推進事業　実績報告（単年度・累計）');
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和5年度（単年度）');
    put(ws, 4, 3, ['目標', '実績']);
    merge(ws, 3, 5, 4, 5, '累計実績\n（令和3～5年度）');
    merge(ws, 3, 6, 4, 6, '計画目標\n（令和7年度・累計）');
    merge(ws, 3, 7, 4, 7, '備考');
    C_ROWS.forEach((row, i) =>
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 4 + C_ROWS.length, 7);
    box(ws, 3, 1, 4 + C_ROWS.length, 7);
    const n = 6 + C_ROWS.length;
    merge(ws, n, 1, n, 7, '※1　数値が低いほど成果が上がっていることを示す指標（減少を目指す）。計画目標欄は令和7年度の単年度値。');
    merge(ws, n + 1, 1, n + 1, 7, '※2　年度末時点の登録者数のため累計欄は記載しない。計画目標欄は令和7年度末の人数。');
  },
  expected: {
    file: 'h203-trap-ruikei-footnote.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '若者会議からの政策提案件数', '件', 6, 5), // 83.3 % → B
      ind(C_SHEET, '提案の事業化件数', '件', 2, 3), // A
      ind(C_SHEET, '若者会議参加者数（延べ）', '人', 150, 118), // 78.7 % → C
      ind(C_SHEET, '主権者教育出前授業の受講者数', '人', 1000, 1064), // A
      ind(C_SHEET, '「選挙について分からないことがある」と答えた生徒の割合', '％', 25.0, 28.0, { direction: 'down' }), // 89.3 % → B
      ind(C_SHEET, '高校生選挙サポーター登録者数（年度末）', '人', 40, 31), // 77.5 % → C
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks([laterYear, fractions, cumulative], new Set(['h203-trap-percent-words']));
