/**
 * Hold-out 197, traps that invite a silent wrong reading: a KPI table with 累計 and 単年度 rows of the same measure and a
 * 令和６年度 見込 column beside the evaluated year (as of 令和６年５月末); an 評価表 with ％ stored as fractions, a target in words,
 * a note that makes a count lower-is-better and ◎○△× under a legend naming each band; and a 進捗管理表 with every year's
 * 目標/実績 filled (令和６年度 見込 too) graded by the sheet's own 100 / 90 / 70 % scale.
 */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 累計 vs 単年度, 見込 column
const K_SHEET = '認知症施策KPI';

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet(K_SHEET);
  widths(ws, [34, 7, 9, 11, 11, 11, 11, 13, 12, 26]);
  merge(ws, 1, 1, 1, 10, '認知症施策推進計画　ＫＰＩ進捗状況（令和５年度）');
  ws.getCell(2, 10).value = '令和６年５月末現在';
  put(ws, 4, 1, [
    '指標名',
    '単位',
    '区分',
    '令和４年度\n実績',
    '令和５年度\n目標',
    '令和５年度\n実績',
    '令和６年度\n目標',
    '令和６年度\n実績見込',
    '最終目標\n（R8）',
    '備考',
  ]);
  const rows: (string | number | undefined)[][] = [
    ['認知症サポーター養成数（累計）', '人', '累計', 13398, 15000, 14210, 16000, 15300, 18000, '平成18年度からの累計'],
    ['認知症サポーター養成数（単年度）', '人', '単年度', 958, 1100, 812, 1100, 1090, 1100, '企業向け講座の申込減'],
    ['認知症カフェ参加者数（延べ）', '人', '単年度', 1390, 1600, 1702, 1800, 1850, 2200, ''],
    ['認知症カフェ設置数', 'か所', '累計', 10, 12, 11, 13, 13, 15, '１か所が運営者の都合で休止'],
    ['チームオレンジ数（累計）', 'チーム', '累計', 3, 5, 5, 7, 6, 10, ''],
    ['認知症による行方不明者数', '人', '単年度', 11, 6, 9, 5, 7, 4, '※減少を目指す指標'],
  ];
  rows.forEach((row, i) =>
    put(
      ws,
      5 + i,
      1,
      row.map((v) => (v === '' ? undefined : v)),
    ),
  );
  for (let r = 5; r <= 10; r++) for (let c = 4; c <= 9; c++) ws.getCell(r, c).numFmt = '#,##0';
  wrap(ws, 4, 1, 10, 10);
  box(ws, 4, 1, 10, 10);
  ws.getCell(12, 1).value = '※令和６年度実績見込は、令和６年５月末までの実績から推計した値です。';
  ws.getCell(13, 1).value = '※累計の指標は各年度末時点の累計値、単年度の指標は当該年度中の実績です。';
}

const kIndicators: ExpectedIndicator[] = [
  ind(K_SHEET, '認知症サポーター養成数（累計）', '人', 15000, 14210),
  ind(K_SHEET, '認知症サポーター養成数（単年度）', '人', 1100, 812),
  ind(K_SHEET, '認知症カフェ参加者数（延べ）', '人', 1600, 1702),
  ind(K_SHEET, '認知症カフェ設置数', 'か所', 12, 11),
  ind(K_SHEET, 'チームオレンジ数（累計）', 'チーム', 5, 5),
  ind(K_SHEET, '認知症による行方不明者数', '人', 6, 9, { direction: 'down' }),
];

// ---------------------------------------------------------------- fractions, target in words, meaning-changing note
const F_SHEET = '評価表';

function buildFractions(wb: Workbook): void {
  const ws = wb.addWorksheet(F_SHEET);
  widths(ws, [5, 44, 7, 16, 12, 8, 40]);
  merge(ws, 1, 1, 1, 7, '令和６年度　認知症施策評価表（令和６年度実績）');
  ws.getCell(2, 7).value = '長寿福祉課　地域包括ケア推進係';
  put(ws, 4, 1, ['No.', '指標', '単位', '目標値\n（令和６年度）', '実績値\n（令和６年度）', '達成度', '備考']);
  const rows: (string | number | undefined)[][] = [
    [1, '初期集中支援により医療・介護サービスにつながった人の割合', '％', 0.8, 0.846, '◎', ''],
    [2, '認知症カフェ参加者の満足度', '％', 0.9, 0.872, '○', '参加者アンケート（回答312人）で「満足」「やや満足」の割合'],
    [3, '認知症サポーター養成講座受講者数', '人', '前年度以上', 1184, '○', '前年度は小中学校での一斉開催があった'],
    [4, '若年性認知症の人の就労継続支援件数', '件', 10, 6, '△', ''],
    [5, '認知症に関する困難事例の件数', '件', 30, 36, '○', '※早期相談の定着により、地域包括支援センターが対応する困難事例の減少を目指す指標'],
    [6, '認知症カフェ設置か所数', 'か所', 15, 15, '◎', ''],
  ];
  rows.forEach((row, i) => {
    put(
      ws,
      5 + i,
      1,
      row.map((v) => (v === '' ? undefined : v)),
    );
    if (row[2] === '％') for (const c of [4, 5]) ws.getCell(5 + i, c).numFmt = '0.0%';
  });
  wrap(ws, 4, 1, 10, 7);
  box(ws, 4, 1, 10, 7);
  ws.getCell(12, 1).value = '【達成度】　◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや未達成（60％以上80％未満）　×＝未達成（60％未満）';
}

const fIndicators: ExpectedIndicator[] = [
  ind(F_SHEET, '初期集中支援により医療・介護サービスにつながった人の割合', '%', 80, 84.6, { existing: '◎' }),
  ind(F_SHEET, '認知症カフェ参加者の満足度', '%', 90, 87.2, { existing: '○' }),
  ind(F_SHEET, '認知症サポーター養成講座受講者数', '人', null, 1184, { existing: '○' }),
  ind(F_SHEET, '若年性認知症の人の就労継続支援件数', '件', 10, 6, { existing: '△' }),
  ind(F_SHEET, '認知症に関する困難事例の件数', '件', 30, 36, { direction: 'down', existing: '○' }),
  ind(F_SHEET, '認知症カフェ設置か所数', 'か所', 15, 15, { existing: '◎' }),
];

// ---------------------------------------------------------------- every year filled, the sheet's own scale
const P_SHEET = '進捗管理表';

/** The sheet's own scale: A 100 % 以上, B 90 %, C 70 %, D below. */
const ownGrade = (target: number, actual: number, down = false): string => {
  const rate = down ? target / actual : actual / target;
  return rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D';
};

interface Track {
  name: string;
  unit: string;
  down?: boolean;
  /** R3, R4, R5 [目標, 実績], then R6 [目標, 実績見込]. */
  years: [number, number][];
  existing: string;
}

const TRACKS: Track[] = [
  {
    name: '認知症サポーター養成講座受講者数',
    unit: '人',
    years: [
      [900, 611],
      [900, 958],
      [1000, 880],
      [1000, 1020],
    ],
    existing: 'C',
  },
  {
    name: '認知症カフェ延べ参加者数',
    unit: '人',
    years: [
      [1600, 874],
      [1800, 1390],
      [2000, 1850],
      [2000, 2010],
    ],
    existing: 'A',
  },
  {
    name: 'チームオレンジ数',
    unit: 'チーム',
    years: [
      [1, 1],
      [2, 2],
      [4, 4],
      [5, 5],
    ],
    existing: 'A',
  },
  {
    name: '認知症初期集中支援チーム新規対応件数',
    unit: '件',
    years: [
      [32, 31],
      [36, 30],
      [40, 26],
      [40, 33],
    ],
    existing: 'D',
  },
  {
    name: '行方不明高齢者数',
    unit: '人',
    down: true,
    years: [
      [12, 13],
      [11, 11],
      [10, 12],
      [9, 9],
    ],
    existing: 'C',
  },
  {
    name: '認知症に関する相談件数',
    unit: '件',
    years: [
      [420, 455],
      [460, 531],
      [500, 612],
      [540, 640],
    ],
    existing: 'A',
  },
];

function buildTracking(wb: Workbook): void {
  const ws = wb.addWorksheet(P_SHEET);
  widths(ws, [34, 7, 7, 8, 8, 8, 8, 8, 8, 8, 9, 9]);
  merge(ws, 1, 1, 1, 12, '認知症施策　進捗管理表');
  ws.getCell(2, 1).value = '評価対象年度：令和５年度';
  merge(ws, 3, 1, 4, 1, '指標');
  merge(ws, 3, 2, 4, 2, '単位');
  merge(ws, 3, 3, 4, 3, '方向');
  merge(ws, 3, 4, 3, 5, '令和３年度');
  merge(ws, 3, 6, 3, 7, '令和４年度');
  merge(ws, 3, 8, 3, 9, '令和５年度');
  merge(ws, 3, 10, 3, 11, '令和６年度');
  merge(ws, 3, 12, 4, 12, '評価\n（R5）');
  put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績\n（見込）']);
  TRACKS.forEach((t, i) => {
    put(ws, 5 + i, 1, [t.name, t.unit, t.down ? '↓' : '↑', ...t.years.flat(), t.existing]);
    for (let c = 4; c <= 11; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
  });
  wrap(ws, 3, 1, 10, 12);
  box(ws, 3, 1, 10, 12);
  ws.getCell(12, 1).value = '【評価基準】達成率（実績÷目標。↓の指標は目標÷実績）により　A：100％以上　B：90％以上100％未満　C：70％以上90％未満　D：70％未満';
  ws.getCell(13, 1).value = '※方向　↑：増加を目指す　↓：減少を目指す。令和６年度実績は見込値（令和６年12月末時点）。';
}

const pIndicators: ExpectedIndicator[] = TRACKS.map((t) => {
  const [target, actual] = t.years[2];
  return {
    ...ind(P_SHEET, t.name, t.unit, target, actual, { direction: t.down ? 'down' : 'up', existing: t.existing }),
    grade: ownGrade(target, actual, t.down),
  };
});

export const TRAP_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks(
  [
    {
      name: 'h197-trap-ruikei-mikomi',
      layout:
        'trap: 累計 and 単年度 rows of the same measure, a 令和６年度 実績見込 column and a 最終目標 column beside the evaluated year, 令和６年５月末現在 in the corner',
      build: buildCumulative,
      expected: { file: 'h197-trap-ruikei-mikomi.xlsx', fiscalYear: 2023, indicators: kIndicators, groups: [] },
    },
    {
      name: 'h197-trap-fraction-words',
      layout:
        'trap: ％ stored as fractions, a target in words (前年度以上), a 備考 note that makes a count lower-is-better, ◎○△× under a legend naming each band',
      build: buildFractions,
      expected: { file: 'h197-trap-fraction-words.xlsx', fiscalYear: 2024, indicators: fIndicators, groups: [] },
    },
    {
      name: 'h197-trap-own-scale',
      layout: 'trap: 令和３〜６年度 目標/実績 pairs all filled (令和６年度 見込), the sheet’s own 100 / 90 / 70 % scale, a ↓ indicator',
      build: buildTracking,
      expected: { file: 'h197-trap-own-scale.xlsx', fiscalYear: 2023, indicators: pIndicators, groups: [] },
    },
  ],
  new Set(['h197-trap-fraction-words']),
);
