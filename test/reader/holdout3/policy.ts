/** Hold-out 3, families A (policy sheets with indicator blocks) and B (project tables with text figures). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook as Holdout3Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;

/** A tiled block: 指標N / name, 単位 + 説明, period row, 実績値 row, 期待値 row (label column + six years). */
function tiledBlock(ws: Worksheet, r: number, c: number, no: string, name: string, unit: string, actual: Cell[], expected: Cell[]): void {
  put(ws, r, c, [no, name]);
  ws.mergeCells(r, c + 1, r, c + 6);
  put(ws, r + 1, c, ['単位', unit, undefined, '指標の説明', `${name}の実績を集計`]);
  put(ws, r + 2, c, ['区分', 'R2(基準)', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 3, c, ['実績値', ...actual]);
  put(ws, r + 4, c, ['期待値\n※R7は目標値', ...expected]);
}

const S1 = '施策2-3';
const tiled: ExpectedIndicator[] = [
  ind(S1, '企業立地件数', '件', 5, 4),
  ind(S1, '創業支援件数', '件', 30, 33),
  ind(S1, '市内製造品出荷額', '億円', 1950, 1820.5),
  ind(S1, '事業承継セミナー開催回数', '回', 4, null, { actualStatus: 'not-implemented' }),
];

const policyTiled: Holdout3Workbook = {
  name: 'h3-policy-tiled',
  layout: 'A: four blocks tiled two across, 区分 row R2(基準)…R7, 期待値 row, evaluation year in a second title line, rating cell L3 empty',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和６年度　施策評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 3, 1, ['施策名', '2-3 地域産業の振興']);
    put(ws, 3, 11, ['施策の達成度']);
    put(ws, 4, 1, ['担当部', '産業経済部']);
    tiledBlock(ws, 6, 1, '指標１', '企業立地件数', '件', [3, 2, 5, 4], [3, 4, 4, 5, 5, 6]);
    tiledBlock(ws, 6, 9, '指標２', '創業支援件数', '件', [22, 25, 28, 33], [22, 25, 28, 30, 32, 35]);
    tiledBlock(ws, 13, 1, '指標３', '市内製造品出荷額', '億円', [1780, 1802.3, 1811, 1820.5], [1780, 1850, 1900, 1950, 2000, 2050]);
    tiledBlock(ws, 13, 9, '指標４', '事業承継セミナー開催回数', '回', [2, 3, 4, '未実施'], [2, 3, 4, 4, 4, 4]);
    put(ws, 19, 1, ['備考', '指標４は講師確保ができず令和５年度は未実施']);
  },
  expected: {
    file: 'h3-policy-tiled.xlsx',
    fiscalYear: 2023,
    indicators: tiled,
    groups: [{ sheet: S1, cell: 'L3', grade: rollUp(tiled.map((i) => i.grade)) }],
  },
};

const YEARS = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度（目標）'];

/** A stacked block: 成果指標 / name, 単位 + 方向性, years, 目標値 row, 実績値 row, 備考. Returns the next free row. */
function stackedBlock(ws: Worksheet, r: number, name: string, unit: string, arrow: string, target: Cell[], actual: Cell[]): number {
  put(ws, r, 1, ['成果指標', name]);
  ws.mergeCells(r, 2, r, 6);
  put(ws, r + 1, 1, ['単位', unit, '方向性', arrow]);
  put(ws, r + 2, 1, ['年度', ...YEARS]);
  put(ws, r + 3, 1, ['目標値', ...target]);
  put(ws, r + 4, 1, ['実績値', ...actual]);
  put(ws, r + 5, 1, ['備考']);
  return r + 7;
}

const P1 = '基本施策1-1';
const P2 = '基本施策1-2';
const stacked1 = [
  ind(P1, '観光入込客数', '千人', 1200, 1085),
  ind(P1, '宿泊者数', '人', 85000, null, { actualStatus: 'pending' }),
  ind(P1, '中心市街地の空き店舗数', '店舗', 20, 25, { direction: 'down' }),
];
const stacked2 = [
  ind(P2, '交通事故発生件数', '件', 180, 150, { direction: 'down' }),
  ind(P2, '防災訓練参加者数', '人', 3000, 2100),
  ind(P2, '自主防災組織率', '％', 85, 86.2),
];

const policyStacked: Holdout3Workbook = {
  name: 'h3-policy-stacked-two-sheets',
  layout: 'A: two policy sheets, blocks stacked down, 目標値 row per year (令和N年度 headings), 方向性 ↑/↓, 集計中, rating I2 empty',
  build(wb) {
    const sheets: [string, string, [string, string, string, Cell[], Cell[]][]][] = [
      [
        P1,
        '1-1 観光の振興',
        [
          ['観光入込客数', '千人', '↑', [1100, 1150, 1200, 1250, 1300], [1020, 1101, 1085]],
          ['宿泊者数', '人', '↑', [80000, 82000, 85000, 88000, 90000], [76500, 81200, '集計中']],
          ['中心市街地の空き店舗数', '店舗', '↓', [24, 22, 20, 18, 15], [27, 26, 25]],
        ],
      ],
      [
        P2,
        '1-2 安全・安心なまちづくり',
        [
          ['交通事故発生件数', '件', '↓', [200, 190, 180, 170, 160], [205, 176, 150]],
          ['防災訓練参加者数', '人', '↑', [2500, 2800, 3000, 3200, 3500], [1900, 2400, 2100]],
          ['自主防災組織率', '％', '↑', [82, 83.5, 85, 86.5, 88], [81.2, 84, 86.2]],
        ],
      ],
    ];
    for (const [name, title, blocks] of sheets) {
      const ws = wb.addWorksheet(name);
      put(ws, 1, 1, [`施策評価表（令和5年度実績）　${title}`]);
      put(ws, 2, 8, ['評価']);
      let r = 4;
      for (const [n, u, a, t, v] of blocks) r = stackedBlock(ws, r, n, u, a, t, v);
    }
  },
  expected: {
    file: 'h3-policy-stacked-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [...stacked1, ...stacked2],
    groups: [
      { sheet: P1, cell: 'I2', grade: rollUp(stacked1.map((i) => i.grade)) },
      { sheet: P2, cell: 'I2', grade: rollUp(stacked2.map((i) => i.grade)) },
    ],
  },
};

const B = '事業実績';
const measures = [
  { label: '相談会', target: 6, actual: 6, unit: '回' },
  { label: '相談者', target: 60, actual: 41, unit: '人' },
];
const projectText: Holdout3Workbook = {
  name: 'h3-project-text',
  layout: 'B: R5目標 / R5実績 written as text ("登録件数 30件"), 未実施, "－" target, two measures in one cell, 担当評価',
  build(wb) {
    const ws = wb.addWorksheet(B);
    put(ws, 1, 1, ['令和5年度　主要事業実績一覧']);
    put(ws, 3, 1, ['No.', '事業名', '事業の概要', 'R5目標', 'R5実績', '担当評価', '備考']);
    const rows: Cell[][] = [
      [1, '空き家バンク運営事業', '空き家の登録・紹介', '登録件数 30件', '登録件数 24件', 'B'],
      [2, '創業塾開催事業', '創業希望者向け講座', '受講者数 20人', '26人', 'A'],
      [3, '商店街イベント補助事業', '商店街の集客イベントに補助', '補助件数 5件', '未実施', 'D', '申請なし'],
      [4, '企業訪問事業', '市内企業への訪問', '訪問企業 40社', '31社', 'B'],
      [5, '移住相談会開催事業', '首都圏での相談会', '相談会：6回\n相談者：60人', '相談会：6回\n相談者：41人', 'B'],
      [6, 'ふるさと納税推進事業', '返礼品の拡充', '寄附額 3.5億円', '4.1億円', 'A'],
      [7, 'インターンシップ支援事業', '大学生の受入れ支援', '－', '12人', undefined, '目標設定なし'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
  },
  expected: {
    file: 'h3-project-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B, '空き家バンク運営事業', '件', 30, 24, { existing: 'B' }),
      ind(B, '創業塾開催事業', '人', 20, 26, { existing: 'A' }),
      ind(B, '商店街イベント補助事業', '件', 5, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B, '企業訪問事業', '社', 40, 31, { existing: 'B' }),
      { sheet: B, name: '移住相談会開催事業', measures, existing: 'B', direction: 'up', grade: gradeOf(60, 41) },
      ind(B, 'ふるさと納税推進事業', '億円', 3.5, 4.1, { existing: 'A' }),
      ind(B, 'インターンシップ支援事業', '人', null, 12),
    ],
    groups: [],
  },
};

const K1 = '商工課';
const K2 = '観光課';
const projectSheets: Holdout3Workbook = {
  name: 'h3-project-two-sheets-fullwidth',
  layout: 'B: one sheet per 課, two-row merged heading 令和５年度 over 目標 / 実績, 単位 column, full-width figures and grades, 集計中',
  build(wb) {
    const data: [string, Cell[][]][] = [
      [
        K1,
        [
          ['中小企業振興資金利子補給事業', '件', '１２０', '１３２', 'Ａ'],
          ['販路開拓支援事業', '社', '２５', '１８', 'Ｂ'],
          ['プレミアム商品券発行事業', '冊', '５０，０００', '５０，０００', 'Ａ'],
        ],
      ],
      [
        K2,
        [
          ['観光パンフレット作成事業', '部', '１０，０００', '集計中', undefined],
          ['観光ガイド育成事業', '人', '１５', '１２', 'Ｂ'],
          ['インバウンド誘客事業', '人', '２，０００', '２，４５０', 'Ａ'],
        ],
      ],
    ];
    for (const [name, rows] of data) {
      const ws = wb.addWorksheet(name);
      put(ws, 1, 1, ['令和５年度　事業実績報告（' + name + '）']);
      put(ws, 3, 1, ['番号', '事業名', '単位', '令和５年度', undefined, '自己評価', '課題・今後の方向性']);
      put(ws, 4, 4, ['目標', '実績']);
      for (const c of [1, 2, 3, 6, 7]) ws.mergeCells(3, c, 4, c);
      ws.mergeCells(3, 4, 3, 5);
      rows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r, '継続']));
    }
  },
  expected: {
    file: 'h3-project-two-sheets-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(K1, '中小企業振興資金利子補給事業', '件', 120, 132, { existing: 'A' }),
      ind(K1, '販路開拓支援事業', '社', 25, 18, { existing: 'B' }),
      ind(K1, 'プレミアム商品券発行事業', '冊', 50000, 50000, { existing: 'A' }),
      ind(K2, '観光パンフレット作成事業', '部', 10000, null, { actualStatus: 'pending' }),
      ind(K2, '観光ガイド育成事業', '人', 15, 12, { existing: 'B' }),
      ind(K2, 'インバウンド誘客事業', '人', 2000, 2450, { existing: 'A' }),
    ],
    groups: [],
  },
};

export const POLICY_WORKBOOKS: Holdout3Workbook[] = [policyTiled, policyStacked, projectText, projectSheets];
