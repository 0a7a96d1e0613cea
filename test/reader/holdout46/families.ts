/**
 * Hold-out 46: the four known families (A–D) as other offices lay them out, each with one or two traps
 * that tempt a silent mistake (a 単年度目標 row beside a 最終目標 column, a 県平均 row under 実績値, a pending
 * 「ー」 beside last year's figure, the same indicator name under two policies, a hidden copy of last year's
 * table, a direction given only by targets below the baseline, a 「（削除）」 row, one merged actual stated for two indicators).
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { formula, fraction, merge } from './kit46';

const A1 = '施策2-3';
const a1 = [
  ind(A1, '特定健康診査受診率', '％', 50, 46.2),
  ind(A1, 'がん検診受診者数', '人', 8200, 8415),
  ind(A1, '健康ポイント事業参加者数', '人', 1500, 1180),
  ind(A1, '肥満者の割合（40～74歳）', '％', 29.5, 36.0, { direction: 'down' }),
];

/** A: one 施策 sheet, indicators two rows each (単年度目標 / 実績) with years across and a merged 最終目標（R7） column. */
const yearTargetsAndFinal: Holdout2Workbook = {
  name: 'h46-a-year-and-final-targets',
  layout:
    'A: 施策 sheet, 区分 単年度目標/実績 rows per indicator, R2（基準値）…R7 across, a merged 最終目標（R7） column, one R5 target a formula, 備考 marks a down indicator',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    merge(ws, 'A1:L1');
    put(ws, 2, 1, ['評価対象年度：令和5年度（令和5年4月1日～令和6年3月31日）']);
    put(ws, 3, 1, ['基本方針', '２　健やかに暮らせるまち', undefined, undefined, undefined, undefined, undefined, '担当課', '健康づくり課']);
    put(ws, 4, 1, [
      '施策',
      '２－３　地域医療と健康づくりの推進',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '達成状況評価',
      undefined,
      '前年度',
      '（C）',
    ]);
    merge(ws, 'B3:F3');
    merge(ws, 'B4:F4');
    put(ws, 7, 1, ['No.', '成果指標', '単位', '区分', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7', '最終目標（R7）', '備考']);
    const rows: [string, string, number, (number | undefined)[], number[], number, string?][] = [
      ['特定健康診査受診率', '％', 41.3, [45, 48, 50, 55, 60], [42.8, 44.9, 46.2], 60],
      ['がん検診受診者数', '人', 7020, [7600, 7900, undefined, 8600, 9000], [7350, 7880, 8415], 9000, '5がん検診の延べ人数'],
      ['健康ポイント事業参加者数', '人', 620, [900, 1200, 1500, 2000, 2500], [810, 1020, 1180], 2500],
      ['肥満者の割合（40～74歳）', '％', 31.5, [30.5, 30, 29.5, 29, 28], [32.4, 34.1, 36.0], 28, '減少を目指す指標（低いほど良い）'],
    ];
    rows.forEach(([name, unit, base, targets, actuals, final, note], i) => {
      const t = 8 + i * 2;
      put(ws, t, 1, [i + 1, name, unit, '単年度目標', undefined, ...targets, final, note]);
      put(ws, t + 1, 4, ['実績', base, ...actuals]);
      for (const col of ['A', 'B', 'C', 'K', 'L']) merge(ws, `${col}${t}:${col}${t + 1}`);
    });
    // The R5 target of がん検診受診者数 is a formula (R4 target + 300); its cached value is what the sheet shows.
    formula(ws, 'H10', 'G10+300', 8200, '#,##0');
    put(ws, 17, 1, ['※単年度目標は各年度の目標値、最終目標は計画期間（R3～R7）の最終年度の目標値']);
  },
  expected: {
    file: 'h46-a-year-and-final-targets.xlsx',
    fiscalYear: 2023,
    indicators: a1,
    groups: [{ sheet: A1, cell: 'I4', grade: rollUp(a1.map((i) => i.grade)) }],
  },
};

const A2 = '5-2';
const a2 = [
  ind(A2, '観光入込客数', '万人回', 165, 118.4),
  ind(A2, '有効求人倍率', '倍', 1.3, 1.24),
  ind(A2, '新規就農者数', '人', 12, null, { actualStatus: 'pending' }),
  ind(A2, '年次有給休暇取得率', '％', 60, 61.5),
];

type Block = {
  name: string;
  about: string;
  unit: string;
  actuals: (number | string)[];
  pref: (number | string | undefined)[];
  expect: (number | undefined)[];
  note: string;
};

/** One indicator block (8 rows × 8 columns) of the tiled policy sheet, its top-left at (r, c). */
function tile(ws: import('exceljs').Worksheet, r: number, c: number, n: number, b: Block): void {
  put(ws, r, c, [`指標${'①②③④'[n]}`, b.name]);
  put(ws, r + 1, c, ['指標の説明', b.about]);
  put(ws, r + 2, c, ['単位', b.unit]);
  put(ws, r + 3, c, ['年度', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['岩手県平均', ...b.pref]);
  put(ws, r + 6, c, ['期待値\n※R7は目標値', undefined, undefined, ...b.expect]);
  put(ws, r + 7, c, ['備考', b.note]);
}

/** A: blocks tiled two across like the Kitakami sheet, with a 岩手県平均 row between 実績値 and 期待値. */
const prefAverageRow: Holdout2Workbook = {
  name: 'h46-a-pref-average-row',
  layout: 'A: 基本施策 sheet, four indicator blocks tiled two across (R1…R7), a 岩手県平均 row under 実績値, one R5 actual 「ー」 with 集計中 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(A2);
    put(ws, 1, 1, ['基本施策事後評価シート']);
    put(ws, 2, 1, ['達成状況（対象：R5）']);
    put(ws, 3, 1, [
      '基本方針',
      '5　活力ある産業のまち',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '達成状況評価',
      undefined,
      '（B）',
    ]);
    put(ws, 4, 1, [
      '基本施策',
      '5-2　雇用の確保と労働環境の充実',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '担当部等',
      '商工観光部',
    ]);
    const blocks: Block[] = [
      {
        name: '観光入込客数',
        about: '市内観光地点の入込客数の合計',
        unit: '万人回',
        actuals: [178.2, 102.5, 110.8, 131.6, 118.4],
        pref: [],
        expect: [120, 140, 165, 175, 180],
        note: 'R5は大型イベント中止の影響あり',
      },
      {
        name: '有効求人倍率',
        about: '公共職業安定所管内の年度平均',
        unit: '倍',
        actuals: [1.45, 1.1, 1.18, 1.27, 1.24],
        pref: [1.38, 1.05, 1.15, 1.29, 1.33],
        expect: [1.15, 1.25, 1.3, 1.35, 1.4],
        note: '県平均は岩手労働局公表値',
      },
      {
        name: '新規就農者数',
        about: '当該年度に新たに就農した人数',
        unit: '人',
        actuals: [8, 11, 10, 9, 'ー'],
        pref: ['－', '－', '－', '－', '－'],
        expect: [12, 12, 12, 12, 12],
        note: 'R5実績は集計中（R6.10確定予定）',
      },
      {
        name: '年次有給休暇取得率',
        about: '市内事業所アンケートによる取得率',
        unit: '％',
        actuals: [52.0, 54.3, 56.8, 59.0, 61.5],
        pref: [50.1, 51.7, 54.0, 56.4, 58.2],
        expect: [55, 58, 60, 63, 65],
        note: '毎年6月に調査',
      },
    ];
    blocks.forEach((b, n) => tile(ws, 6 + Math.floor(n / 2) * 9, 1 + (n % 2) * 9, n, b));
  },
  expected: {
    file: 'h46-a-pref-average-row.xlsx',
    fiscalYear: 2023,
    indicators: a2,
    groups: [{ sheet: A2, cell: 'K3', grade: rollUp(a2.map((i) => i.grade)) }],
  },
};

const A3 = '施策3';
const a3 = [
  [ind(A3, '参加者数', '人', 4200, 3650), ind(A3, '利用団体数', '団体', 85, 88), ind(A3, '学習成果発表会の開催回数', '回', 6, 6)],
  [ind(A3, '参加者数', '人', 12000, 12480), ind(A3, '総合型地域スポーツクラブ会員数', '人', 900, 702)],
];

/** A: two policies stacked on one sheet, each with its own 施策評価 cell; both have an indicator named 参加者数. */
const twoPoliciesSameName: Holdout2Workbook = {
  name: 'h46-a-two-policies-same-name',
  layout: 'A: two 施策 stacked on one sheet, each a small 目標値（R5）/実績値（R5）/達成率 table and its own 施策評価 cell; both have 参加者数',
  build(wb) {
    const ws = wb.addWorksheet(A3);
    put(ws, 1, 1, ['令和5年度　施策の評価（教育委員会事務局）']);
    const policies: [string, [string, string, number, number, string?][]][] = [
      [
        '3-1　生涯学習の推進',
        [
          ['参加者数', '人', 4200, 3650, '公民館講座の延べ参加者数'],
          ['利用団体数', '団体', 85, 88],
          ['学習成果発表会の開催回数', '回', 6, 6],
        ],
      ],
      [
        '3-2　スポーツの振興',
        [
          ['参加者数', '人', 12000, 12480, '市民スポーツ大会の参加者数'],
          ['総合型地域スポーツクラブ会員数', '人', 900, 702],
        ],
      ],
    ];
    let r = 3;
    for (const [policy, rows] of policies) {
      put(ws, r, 1, ['施策', policy, undefined, undefined, undefined, '施策評価', undefined, '前年度評価', '（B）']);
      put(ws, r + 1, 1, ['No', '指標名', '単位', '目標値（R5）', '実績値（R5）', '達成率', '備考']);
      rows.forEach(([name, unit, target, actual, note], i) => {
        const row = r + 2 + i;
        put(ws, row, 1, [i + 1, name, unit, target, actual, undefined, note]);
        formula(ws, `F${row}`, `E${row}/D${row}`, actual / target, '0.0%');
      });
      r += rows.length + 4;
    }
  },
  expected: {
    file: 'h46-a-two-policies-same-name.xlsx',
    fiscalYear: 2023,
    indicators: a3.flat(),
    groups: [
      { sheet: A3, cell: 'G3', grade: rollUp(a3[0].map((i) => i.grade)) },
      { sheet: A3, cell: 'G10', grade: rollUp(a3[1].map((i) => i.grade)) },
    ],
  },
};

const B1 = '事務事業評価';
const b1 = [
  ind(B1, '創業支援事業', '件', 15, 18, { existing: 'A' }),
  ind(B1, '空き店舗活用事業補助金', '件', 8, 5, { existing: 'B' }),
  ind(B1, '企業訪問事業', '％', 80, 74, { existing: 'B' }),
  ind(B1, 'インターンシップ推進事業', '％', 85, 88, { existing: 'A' }),
  ind(B1, '販路開拓商談会出展支援事業', '社', 6, null, { actualStatus: 'not-implemented', existing: 'D' }),
  ind(B1, 'ふるさと納税返礼品開発事業', '品', 20, 23, { existing: 'A' }),
  ind(B1, '観光案内所運営事業', '人', 12000, 13410, { existing: 'A', actualStatus: 'provisional' }),
];

/** B: a project table with ％ as fractions (% format) in one row and 「85％」 text in another, and a 「（削除）」 row. */
const projectsPercentStyles: Holdout2Workbook = {
  name: 'h46-b-percent-styles-deleted-row',
  layout: 'B: 事務事業評価調書, one row per 事業 (R5目標/R5実績/達成率/自己評価), ％ as 0.8 under a % format and as 「85％」 text, a 「（削除）」 row, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B1);
    put(ws, 1, 1, ['令和5年度　事務事業評価調書（商工観光課）']);
    put(ws, 3, 1, ['No.', '事業名', '事業概要（活動指標）', '単位', 'R5目標', 'R5実績', '達成率', '自己評価', '今後の方向性', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '創業支援事業', '創業塾・創業補助金（創業件数）', '件', 15, 18, undefined, 'A', '継続'],
      [2, '空き店舗活用事業補助金', '中心市街地の空き店舗への出店補助（補助件数）', '件', 8, 5, undefined, 'B', '見直し'],
      [3, '（削除）商店街イベント支援事業', '商店街イベントへの補助（開催回数）', '回', 4, 3, undefined, 'C', '廃止', 'R5年度途中で他事業に統合'],
      [4, '企業訪問事業', '市内企業への訪問（訪問率）', '％', undefined, undefined, undefined, 'B', '継続'],
      [5, 'インターンシップ推進事業', '参加学生アンケート（満足度）', undefined, '85％', '88％', '103.5％', 'A', '継続'],
      [6, '販路開拓商談会出展支援事業', '首都圏商談会への出展支援（出展事業者数）', '社', 6, '未実施', '－', 'D', '見直し', '主催者側の中止による'],
      [7, 'ふるさと納税返礼品開発事業', '新たな返礼品の開発（新規返礼品数）', '品', 20, 23, undefined, 'A', '拡充'],
      [8, '観光案内所運営事業', '駅前観光案内所の運営（利用者数）', undefined, '12,000人', '13,410人（見込み）', undefined, 'A', '継続', '3月分は見込み'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    fraction(ws, 'E7', 0.8, '0%');
    fraction(ws, 'F7', 0.74);
    for (const r of [4, 5, 6, 7, 10])
      formula(ws, `G${r}`, `F${r}/E${r}`, r === 7 ? 0.74 / 0.8 : (rows[r - 4][5] as number) / (rows[r - 4][4] as number), '0.0%');
  },
  expected: { file: 'h46-b-percent-styles-deleted-row.xlsx', fiscalYear: 2023, indicators: b1, groups: [] },
};

export const FAMILY_WORKBOOKS_AB: Holdout2Workbook[] = [yearTargetsAndFinal, prefAverageRow, twoPoliciesSameName, projectsPercentStyles];
