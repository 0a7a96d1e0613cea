/**
 * Hold-out 5, the policy-sheet family (A) as yet another office lays it out: indicator blocks
 * stacked down the sheet (目標値 / 実績値 per year), and blocks tiled two across under western-year
 * headings with the evaluation year only on a cover sheet.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const WRAP = { wrapText: true, vertical: 'middle' } as const;

function wrapRow(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = WRAP;
}

// ---------------------------------------------------------------------------------------------
// A: a policy sheet whose indicator blocks are stacked down the sheet, 目標値 and 実績値 per year.

interface StackedBlock {
  name: string;
  unit: string;
  desc: string;
  /** R3…R7 targets (R2 is the baseline, no target). */
  targets: number[];
  /** R2 (baseline), R3, R4, R5 actuals. */
  actuals: number[];
  note?: string;
}

const STACKED: StackedBlock[] = [
  {
    name: '製造品出荷額等',
    unit: '億円',
    desc: '工業統計調査（経済構造実態調査）による市内製造業の製造品出荷額等',
    targets: [1900, 1910, 1920, 1930, 1940],
    actuals: [1884, 1862, 1885, 1897],
  },
  {
    name: '新製品・新技術開発の件数',
    unit: '件',
    desc: '研究機関などへの実績調査による新製品・新技術の開発件数',
    targets: [145, 150, 160, 170, 180],
    actuals: [138, 171, 198, 229],
    note: '※合併後累計',
  },
  {
    name: '工業技術センター試験分析件数',
    unit: '件',
    desc: '工業技術センターが受託した試験・分析の件数',
    targets: [1100, 1100, 1100, 1100, 1100],
    actuals: [1117, 1208, 1264, 1313],
  },
  {
    name: '市内企業の新規雇用者数',
    unit: '人',
    desc: '企業アンケートによる市内企業の新規雇用者数（新規学卒者を含む）',
    targets: [330, 330, 330, 330, 330],
    actuals: [331, 296, 281, 262],
  },
];

function buildStackedPolicy(wb: Workbook): void {
  const ws = wb.addWorksheet('施策3-2');
  ws.getCell('A1').value = '奥州市総合計画　令和６年度施策評価シート（評価対象年度：令和５年度）';
  ws.mergeCells('A1:I1');
  put(ws, 3, 1, ['政策', '３　活力ある産業のまち', undefined, undefined, undefined, '主担当課', '商工観光部　商工労政課']);
  put(ws, 4, 1, ['施策', '３－２　ものづくり産業の振興']);
  put(ws, 5, 1, ['施策の達成度', undefined, 'B', '（前年度：B）']);
  ws.mergeCells('A5:B5');
  STACKED.forEach((b, i) => {
    const r = 7 + i * 5;
    put(ws, r, 1, [`成果指標${i + 1}`, b.name, undefined, undefined, undefined, '単位', b.unit, '指標の説明', b.desc]);
    ws.mergeCells(r, 2, r, 5);
    put(ws, r + 1, 1, ['区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）', '備考']);
    wrapRow(ws, r + 1, 1, 8);
    put(ws, r + 2, 1, ['目標値', undefined, ...b.targets]);
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    if (b.note) ws.getCell(r + 2, 8).value = b.note;
  });
  ws.getColumn(2).width = 14;
  ws.getColumn(9).width = 40;
}

const STACKED_EXPECTED = STACKED.map((b) => ind('施策3-2', b.name, b.unit, b.targets[2], b.actuals[3]));

const stackedPolicy: Holdout2Workbook = {
  name: 'h5-policy-stacked-blocks',
  layout:
    'policy sheet (A): four indicator blocks stacked down the sheet, rows 目標値 / 実績値 under R2（基準値）…R7（目標）, rating cell 施策の達成度 at C5, period in the title',
  build: buildStackedPolicy,
  expected: {
    file: 'h5-policy-stacked-blocks.xlsx',
    fiscalYear: 2023,
    indicators: STACKED_EXPECTED,
    groups: [{ sheet: '施策3-2', cell: 'C5', grade: rollUp(STACKED_EXPECTED.map((e) => e.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// A: blocks tiled two across, western years, 実績値 / 期待値, the evaluation year only on a cover.

interface TiledBlock {
  name: string;
  unit: string;
  desc: string;
  /** 2020 (baseline) … 2023 actuals; null: not yet; a string as written. */
  actuals: (number | string | null)[];
  /** 2021 … 2025 期待値 (2025: the target). */
  expect: number[];
  note?: string;
}

const YEARS = ['2020年度\n（基準値）', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度'];

function tiledBlock(ws: Worksheet, row: number, col: number, no: string, b: TiledBlock): void {
  put(ws, row, col, [`指標${no}`, b.name, undefined, undefined, undefined, '指標の説明', b.desc]);
  ws.mergeCells(row, col + 1, row, col + 4);
  ws.mergeCells(row, col + 6, row, col + 7);
  put(ws, row + 1, col, ['区分', '単位', ...YEARS]);
  wrapRow(ws, row + 1, col, col + 7);
  put(ws, row + 2, col, ['実績値', b.unit, ...b.actuals]);
  put(ws, row + 3, col, ['期待値\n※2025年度は目標値', b.unit, undefined, ...b.expect]);
  wrapRow(ws, row + 3, col, col);
  put(ws, row + 4, col, ['備考', b.note ?? '']);
  ws.mergeCells(row + 4, col + 1, row + 4, col + 7);
}

interface TiledSheet {
  sheet: string;
  title: string;
  dept: string;
  blocks: TiledBlock[];
  expected: ExpectedIndicator[];
}

const TILED: TiledSheet[] = [
  {
    sheet: '施策1-1',
    title: '施策1-1　子育て支援の充実',
    dept: '健康福祉部',
    blocks: [
      {
        name: '放課後児童クラブ待機児童数',
        unit: '人',
        desc: '各年度5月1日現在の放課後児童クラブの待機児童数',
        actuals: [21, 18, 16, 14],
        expect: [18, 15, 10, 5, 0],
        note: '待機児童の解消に向け、減少を目指す',
      },
      {
        name: '子育て支援センター利用者数',
        unit: '人',
        desc: '市内4か所の地域子育て支援センターの延べ利用者数',
        actuals: [15320, 18904, 20117, 21536],
        expect: [20000, 22000, 24000, 25000, 26000],
      },
      {
        name: '乳幼児健康診査受診率',
        unit: '％',
        desc: '1歳6か月児健診及び3歳児健診の受診率',
        actuals: [94.2, 96.0, 97.1, 97.8],
        expect: [96.0, 96.5, 97.0, 97.5, 98.0],
      },
    ],
    expected: [
      ind('施策1-1', '放課後児童クラブ待機児童数', '人', 10, 14, { direction: 'down' }),
      ind('施策1-1', '子育て支援センター利用者数', '人', 24000, 21536),
      ind('施策1-1', '乳幼児健康診査受診率', '％', 97.0, 97.8),
    ],
  },
  {
    sheet: '施策1-2',
    title: '施策1-2　学校教育の充実',
    dept: '教育委員会　学校教育課',
    blocks: [
      {
        name: '全国学力・学習状況調査で全国平均を上回った教科の割合',
        unit: '％',
        desc: '小学6年生・中学3年生の実施教科のうち、平均正答率が全国平均を上回った教科の割合',
        actuals: [null, 50.0, 42.9, 37.5],
        expect: [50.0, 50.0, 50.0, 60.0, 60.0],
        note: '2020年度は調査中止',
      },
      {
        name: '学校図書館の児童生徒1人当たり貸出冊数',
        unit: '冊',
        desc: '市内小中学校の学校図書館の年間貸出冊数を児童生徒数で除したもの',
        actuals: [38.4, 36.2, 33.0, 30.1],
        expect: [40, 42, 45, 47, 50],
      },
      {
        name: '英語検定3級以上相当の中学3年生の割合',
        unit: '％',
        desc: '英語教育実施状況調査による',
        actuals: [41.5, 44.0, 46.8, '集計中'],
        expect: [45.0, 48.0, 50.0, 52.0, 55.0],
      },
    ],
    expected: [
      ind('施策1-2', '全国学力・学習状況調査で全国平均を上回った教科の割合', '％', 50.0, 37.5),
      ind('施策1-2', '学校図書館の児童生徒1人当たり貸出冊数', '冊', 45, 30.1),
      ind('施策1-2', '英語検定3級以上相当の中学3年生の割合', '％', 50.0, null, { actualStatus: 'pending' }),
    ],
  },
];

function buildTiledPolicy(wb: Workbook): void {
  const cover = wb.addWorksheet('表紙');
  put(cover, 3, 2, ['令和６年度　施策評価シート']);
  put(cover, 5, 2, ['評価対象年度　　2023年度']);
  put(cover, 7, 2, ['（健康福祉部・教育委員会）']);
  put(cover, 10, 2, ['※期待値は、計画最終年度（2025年度）の目標値に向けて各年度に期待される値です。']);
  for (const s of TILED) {
    const ws = wb.addWorksheet(s.sheet);
    put(ws, 1, 1, [s.title]);
    put(ws, 2, 1, ['担当部等', s.dept, undefined, undefined, undefined, undefined, undefined, '達成状況評価', undefined, undefined, '（B）']);
    ws.mergeCells('H2:I2');
    const at: [number, number][] = [
      [4, 1],
      [4, 10],
      [10, 1],
    ];
    s.blocks.forEach((b, i) => tiledBlock(ws, at[i][0], at[i][1], '①②③'[i], b));
    ws.getColumn(1).width = 16;
    ws.getColumn(10).width = 16;
  }
}

const tiledPolicy: Holdout2Workbook = {
  name: 'h5-policy-tiled-western-cover',
  layout:
    'two policy sheets (A) with blocks tiled two across, rows 実績値 / 期待値 under 2020年度（基準値）…2025年度, the evaluation year only on a cover sheet (評価対象年度 2023年度), direction in a block 備考, 集計中',
  build: buildTiledPolicy,
  expected: {
    file: 'h5-policy-tiled-western-cover.xlsx',
    fiscalYear: 2023,
    indicators: TILED.flatMap((s) => s.expected),
    groups: TILED.map((s) => ({ sheet: s.sheet, cell: 'J2', grade: rollUp(s.expected.map((e) => e.grade)) })),
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [stackedPolicy, tiledPolicy];
