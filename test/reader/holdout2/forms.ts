/**
 * Second hold-out, form layouts: a 施策評価 with indicator blocks whose years are rows, a 単年度
 * sheet whose period is only in the first sheet's title, two policies side by side with their own
 * rating cells, hidden rows holding old years, quarterly actuals with the fiscal total, a target
 * written only in the 備考 text.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from './kit';

const S1 = '施策2-3';
const blockRows: [string, string, [string, number | null, number | null][]][] = [
  [
    '地域公民館利用者数',
    '人',
    [
      ['R3', 90000, 61000],
      ['R4', 95000, 82000],
      ['R5', 100000, 93500],
      ['R6', 105000, null],
    ],
  ],
  [
    '生涯学習講座の満足度',
    '%',
    [
      ['R3', 80, 82],
      ['R4', 82, 85],
      ['R5', 85, 88.1],
      ['R6', 87, null],
    ],
  ],
  [
    'スポーツ少年団登録者数',
    '人',
    [
      ['R3', 1200, 1105],
      ['R4', 1200, 1010],
      ['R5', 1200, 880],
      ['R6', 1200, null],
    ],
  ],
];
const g1 = [ind(S1, blockRows[0][0], '人', 100000, 93500), ind(S1, blockRows[1][0], '%', 85, 88.1), ind(S1, blockRows[2][0], '人', 1200, 880)];

function yearBlock(ws: Worksheet, top: number, n: number, [name, unit, years]: (typeof blockRows)[number]): number {
  put(ws, top, 1, [`成果指標${n}`, name, undefined, '単位', unit]);
  put(ws, top + 1, 1, ['年度', '目標値', '実績値', '達成率', '備考']);
  years.forEach(([y, t, a], i) => put(ws, top + 2 + i, 1, [y, t, a, a !== null && t ? `${((100 * a) / t).toFixed(1)}%` : '―']));
  return top + 3 + years.length;
}

const yearsAsRows: Holdout2Workbook = {
  name: 'h2-blocks-years-as-rows',
  layout: '施策評価 with 成果指標 blocks stacked down the sheet, each a small 年度 | 目標値 | 実績値 | 達成率 table (years as rows), a 施策の評価 cell to fill',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    put(ws, 3, 1, ['政策', '2 学びと文化']);
    put(ws, 4, 1, ['施策', '2-3 生涯学習・スポーツの振興']);
    put(ws, 5, 1, ['施策の評価', undefined, '（A:順調 B:概ね順調 C:やや遅れ D:遅れ）']);
    let r = 7;
    blockRows.forEach((b, i) => (r = yearBlock(ws, r, i + 1, b)));
  },
  expected: {
    file: 'h2-blocks-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: g1,
    groups: [{ sheet: S1, cell: 'B5', grade: rollUp(g1.map((g) => g.grade)) }],
  },
};

const S2 = '成果指標';
const coverTitle: Holdout2Workbook = {
  name: 'h2-period-on-cover',
  layout: '単年度 sheet (目標値 | 実績値, no years anywhere on it); the period only in the first sheet (表紙) title 「令和５年度 行政評価調書」',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 5, 3, ['令和５年度　行政評価調書']);
    put(cover, 8, 3, ['市民生活部　市民協働課']);
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['成果指標の状況']);
    put(ws, 2, 1, ['指標名', '単位', '目標値', '実績値', '達成率', '評価']);
    put(ws, 3, 1, ['町内会加入率', '%', 78, 74.6, '95.6%', 'B']);
    put(ws, 4, 1, ['市民活動団体登録数', '団体', 150, 162, '108.0%', 'A']);
    put(ws, 5, 1, ['協働事業提案件数', '件', 12, 6, '50.0%', 'D']);
    put(ws, 6, 1, ['ボランティアセンター登録者数', '人', 2400, 1700, '70.8%', 'C']);
  },
  expected: {
    file: 'h2-period-on-cover.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '町内会加入率', '%', 78, 74.6, { existing: 'B' }),
      ind(S2, '市民活動団体登録数', '団体', 150, 162, { existing: 'A' }),
      ind(S2, '協働事業提案件数', '件', 12, 6, { existing: 'D' }),
      ind(S2, 'ボランティアセンター登録者数', '人', 2400, 1700, { existing: 'C' }),
    ],
    groups: [],
  },
};

const S3 = '施策評価';
const left = [ind(S3, '農地集積率', '%', 60, 58.2), ind(S3, '新規就農者数', '人', 10, 6)];
const right = [ind(S3, '林道整備延長', 'km', 3.2, 3.5), ind(S3, '間伐実施面積', 'ha', 400, 250), ind(S3, '木材搬出量', '㎥', 12000, 11000)];

function policy(ws: Worksheet, col: number, title: string, rows: [string, string, number, number][]): void {
  put(ws, 3, col, ['施策', title]);
  put(ws, 4, col, ['施策の達成度', undefined]);
  put(ws, 6, col, ['指標名', '単位', 'R5目標', 'R5実績']);
  rows.forEach((r, i) => put(ws, 7 + i, col, r));
}

const sideBySide: Holdout2Workbook = {
  name: 'h2-two-policies-side-by-side',
  layout: 'two policies side by side on one sheet (A–D and G–J), each with its own 施策の達成度 cell and indicator table',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和5年度 農林業分野 施策評価']);
    policy(ws, 1, '3-1 農業の振興', [
      ['農地集積率', '%', 60, 58.2],
      ['新規就農者数', '人', 10, 6],
    ]);
    policy(ws, 7, '3-2 森林の保全', [
      ['林道整備延長', 'km', 3.2, 3.5],
      ['間伐実施面積', 'ha', 400, 250],
      ['木材搬出量', '㎥', 12000, 11000],
    ]);
  },
  expected: {
    file: 'h2-two-policies-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: [...left, ...right],
    groups: [
      { sheet: S3, cell: 'B4', grade: rollUp(left.map((g) => g.grade)) },
      { sheet: S3, cell: 'H4', grade: rollUp(right.map((g) => g.grade)) },
    ],
  },
};

const S4 = '指標推移';
const hiddenRows: Holdout2Workbook = {
  name: 'h2-hidden-old-years',
  layout: 'years as rows, two indicators across (name merged over 目標|実績), H29–R2 rows hidden, 評価対象年度 stated; R6 target only',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['評価対象年度：令和5年度']);
    put(ws, 3, 1, ['年度', '認知症サポーター養成数（人）', undefined, '特別養護老人ホーム待機者数（人）']);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    put(ws, 4, 1, [undefined, '目標', '実績', '目標', '実績']);
    put(ws, 3, 6, ['備考']);
    ws.getCell('F4').value = '待機者数は少ないほど良い';
    const years: [string, number, number | null, number, number | null][] = [
      ['平成29年度', 800, 1020, 150, 140],
      ['平成30年度', 800, 990, 140, 132],
      ['令和元年度', 900, 1100, 130, 126],
      ['令和2年度', 900, 410, 120, 118],
      ['令和3年度', 1000, 620, 110, 121],
      ['令和4年度', 1000, 840, 100, 109],
      ['令和5年度', 1100, 1045, 90, 96],
      ['令和6年度', 1100, null, 80, null],
    ];
    years.forEach((y, i) => {
      put(ws, 5 + i, 1, y);
      if (i < 4) ws.getRow(5 + i).hidden = true;
    });
  },
  expected: {
    file: 'h2-hidden-old-years.xlsx',
    fiscalYear: 2023,
    indicators: [ind(S4, '認知症サポーター養成数', '人', 1100, 1045), ind(S4, '特別養護老人ホーム待機者数', '人', 90, 96, { direction: 'down' })],
    groups: [],
  },
};

const S5 = 'KPI進捗';
const quarterly: Holdout2Workbook = {
  name: 'h2-quarterly-actuals',
  layout: '実績 per quarter (第1四半期…第4四半期) then 年度計; the fiscal total is the actual; a 集計中 quarter leaves the total empty (pending)',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和5年度 KPI進捗管理表']);
    put(ws, 3, 1, ['KPI', '単位', '年間目標', '第1四半期', '第2四半期', '第3四半期', '第4四半期', '年度計']);
    put(ws, 4, 1, ['創業相談件数', '件', 120, 28, 31, 25, 34, 118]);
    put(ws, 5, 1, ['市ホームページ閲覧数', '千件', 2400, 640, 590, 610, 700, 2540]);
    put(ws, 6, 1, ['窓口平均待ち時間', '分', 15, 19, 17, 16, 14, 16.5]);
    put(ws, 7, 1, ['企業訪問件数', '件', 200, 45, 38, 41, '集計中']);
    put(ws, 8, 1, ['イベント来場者数', '人', 30000, 4000, 9000, 6000, 2000, 21000]);
    ws.getCell('A6').note = '短いほど良い';
  },
  expected: {
    file: 'h2-quarterly-actuals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '創業相談件数', '件', 120, 118),
      ind(S5, '市ホームページ閲覧数', '千件', 2400, 2540),
      ind(S5, '窓口平均待ち時間', '分', 15, 16.5, { direction: 'down' }),
      ind(S5, '企業訪問件数', '件', 200, null, { actualStatus: 'pending' }),
      ind(S5, 'イベント来場者数', '人', 30000, 21000),
    ],
    groups: [],
  },
};

const S6 = '事業実績';
const remarks: Holdout2Workbook = {
  name: 'h2-target-in-remarks',
  layout:
    'no 目標 column: the target only in 備考 text (「R5目標：120件」, 「目標値 30人」, 「目標：前年度以上」 ⇒ none, 「R7目標 150件」 ⇒ the final year only: unsure)',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['令和5年度 主要事業の実績']);
    put(ws, 3, 1, ['事業名', '指標', '単位', 'R4実績', 'R5実績', '備考']);
    put(ws, 4, 1, ['空き家対策事業', '空き家除却補助件数', '件', 96, 110, 'R5目標：120件']);
    put(ws, 5, 1, ['移住支援事業', '移住支援金交付者数', '人', 22, 34, '目標値 30人。前年度から制度拡充']);
    put(ws, 6, 1, ['公共交通対策事業', 'デマンドタクシー利用者数', '人', 8200, 8650, '目標：前年度以上']);
    put(ws, 7, 1, ['地域おこし事業', '地域づくり団体への補助件数', '件', 95, 101, 'R7目標 150件（計画最終年度）']);
  },
  expected: {
    file: 'h2-target-in-remarks.xlsx',
    fiscalYear: 2023,
    guesses: ['other-year'],
    indicators: [
      ind(S6, '空き家除却補助件数', '件', 120, 110),
      ind(S6, '移住支援金交付者数', '人', 30, 34),
      // 「前年度以上」: no numeric target (a clerk would not invent 8200) ⇒ no grade.
      { sheet: S6, name: 'デマンドタクシー利用者数', unit: '人', target: null, actual: 8650, grade: null },
      // Only the plan's final-year target is given; a clerk is unsure whether to grade against it ⇒ no number, reading-uncertain.
      { sheet: S6, name: '地域づくり団体への補助件数', unit: '件', target: null, actual: 101, grade: null },
    ],
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, coverTitle, sideBySide, hiddenRows, quarterly, remarks];
