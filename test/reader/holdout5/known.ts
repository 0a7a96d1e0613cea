/**
 * Hold-out 5, the four known families as yet another office lays them out: a policy sheet with
 * indicator blocks stacked down the sheet (目標値 / 実績値 per year), a policy workbook with blocks
 * tiled two across under western-year headings and its evaluation year only on a cover sheet, a
 * 推進事業 table with targets and actuals as text, a KPI table over month-end periods and a plan
 * indicator table in full-width digits with year notes in the cells.
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

// ---------------------------------------------------------------------------------------------
// B: a 推進事業 table, targets and actuals written as text, 達成率 and the department's 自己評価.

const PROJECTS: (string | undefined)[][] = [
  [
    '3-1-1 新規就農者育成支援事業\n【概要】新たに就農する者に対し、研修費用及び営農開始時の機械・施設の導入経費の一部を補助する。',
    '農政課',
    '新規就農者数 12人',
    '新規就農者数 9人',
    '75.0%',
    'C',
    '継続',
  ],
  [
    '3-1-2 農地集積推進事業\n【概要】農地中間管理機構と連携し、担い手への農地の集積・集約化を進める。',
    '農業委員会事務局',
    '担い手への集積面積 150ha',
    '担い手への集積面積 162.4ha',
    '108.3%',
    'A',
    '継続',
  ],
  [
    '3-1-3 スマート農業導入支援事業費補助金\n【概要】ドローン、自動操舵システム等のスマート農業機械の導入経費の一部を補助する。',
    '農政課',
    '交付決定件数 8件',
    '未実施',
    '－',
    'D',
    '見直し',
  ],
  [
    '3-2-1 地産地消推進事業\n【概要】産直施設の出荷者の確保と、学校給食への地場産物の供給を進める。',
    '農産物ブランド推進課',
    '①産直出荷者数 320人\n②学校給食地場産物使用率 45%',
    '①産直出荷者数 298人\n②学校給食地場産物使用率 47.5%',
    '①93.1%\n②105.6%',
    'B',
    '継続',
  ],
  [
    '3-2-2 6次産業化推進事業\n【概要】農業者が行う加工品開発及び販路開拓を支援する。',
    '農産物ブランド推進課',
    '商品開発件数 5件',
    '商品開発件数 6件（見込み）',
    '120.0%',
    'A',
    '継続',
  ],
  [
    '3-3-1 有害鳥獣被害防止対策事業\n【概要】鳥獣被害対策実施隊の活動と電気柵等の設置を支援し、農作物被害の軽減を図る。',
    '農地林務課',
    '農作物被害額 1,500万円以下',
    '農作物被害額 1,320万円',
    '－',
    'A',
    '拡充',
  ],
  [
    '3-3-2 森林整備事業\n【概要】森林経営計画に基づく間伐等の森林整備を支援する。',
    '農地林務課',
    '間伐実施面積 80ha',
    '間伐実施面積 集計中',
    '－',
    undefined,
    '継続',
  ],
];

function buildProjects(wb: Workbook): void {
  const ws = wb.addWorksheet('資料2');
  put(ws, 1, 1, ['令和５年度　農業振興計画推進事業実績']);
  put(ws, 1, 8, ['資料No.2']);
  put(ws, 2, 1, ['基本方針', '3 担い手の確保と農地の有効活用']);
  put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R5年度数値目標', 'R5年度実績値', '達成率', '自己評価', '今後の方向性']);
  PROJECTS.forEach((p, i) => {
    put(ws, 4 + i, 1, [i + 1, ...p]);
    wrapRow(ws, 4 + i, 2, 6);
  });
  ws.getColumn(2).width = 50;
  ws.getColumn(4).width = 28;
  ws.getColumn(5).width = 28;
}

const S = '資料2';
const projects: Holdout2Workbook = {
  name: 'h5-project-results-text',
  layout:
    '推進事業 table (B): code + name + 【概要】 in one cell, R5年度数値目標 / R5年度実績値 as text with the measure label, 達成率 and 自己評価 columns, ①② two measures in one cell, 見込み, 未実施, 集計中, a ceiling 「以下」',
  build: buildProjects,
  expected: {
    file: 'h5-project-results-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S, '新規就農者育成支援事業', '人', 12, 9, { existing: 'C' }),
      ind(S, '農地集積推進事業', 'ha', 150, 162.4, { existing: 'A' }),
      ind(S, 'スマート農業導入支援事業費補助金', '件', 8, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: S,
        name: '地産地消推進事業',
        measures: [
          { label: '産直出荷者数', target: 320, actual: 298, unit: '人' },
          { label: '学校給食地場産物使用率', target: 45, actual: 47.5, unit: '%' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(S, '6次産業化推進事業', '件', 5, 6, { actualStatus: 'provisional', existing: 'A' }),
      ind(S, '有害鳥獣被害防止対策事業', '万円', 1500, 1320, { direction: 'down', existing: 'A' }),
      ind(S, '森林整備事業', 'ha', 80, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C: KPI rows 目標値 / 実績値 over month-end periods; the evaluation as of 令和6年3月末.

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  /** 令和4年3月末 … 令和7年3月末 targets ('－': none). */
  targets: (number | string)[];
  /** 令和3年3月末 (baseline) … 令和6年3月末 actuals. */
  actuals: number[];
}

const KPIS: Kpi[] = [
  { goal: '1 新しい人の流れをつくる', name: '移住相談件数', unit: '件', targets: [80, 100, 120, 140], actuals: [62, 91, 104, 134] },
  { goal: '1 新しい人の流れをつくる', name: '観光入込客数', unit: '千人', targets: [1500, 1600, 1700, 1800], actuals: [1210, 1338, 1467, 1520] },
  { goal: '2 しごとをつくる', name: '市内事業所の新規雇用者数', unit: '人', targets: [150, 150, 150, 150], actuals: [131, 142, 127, 118] },
  { goal: '2 しごとをつくる', name: '新規参加企業数', unit: '社', targets: ['－', '－', '－', 10], actuals: [0, 4, 2, 3] },
  { goal: '2 しごとをつくる', name: '進出企業数', unit: '社', targets: [1, 1, 1, 1], actuals: [0, 1, 0, 0] },
];

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet('KPI');
  put(ws, 1, 1, ['第２期遠野市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況']);
  put(ws, 2, 9, ['（令和6年3月末現在）']);
  put(ws, 4, 1, [
    '基本目標',
    '重要業績評価指標（KPI）',
    '単位',
    '区分',
    '令和3年3月末\n（基準値）',
    '令和4年3月末',
    '令和5年3月末',
    '令和6年3月末',
    '令和7年3月末\n（目標年次）',
    '備考',
  ]);
  wrapRow(ws, 4, 1, 10);
  KPIS.forEach((k, i) => {
    const r = 5 + i * 2;
    put(ws, r, 1, [i === 0 || KPIS[i - 1].goal !== k.goal ? k.goal : undefined, k.name, k.unit, '目標値', '－', ...k.targets]);
    put(ws, r + 1, 4, ['実績値', ...k.actuals]);
    for (const c of [2, 3]) ws.mergeCells(r, c, r + 1, c);
  });
  ws.mergeCells(5, 1, 8, 1);
  ws.mergeCells(9, 1, 14, 1);
  put(ws, 15, 1, ['※基準値は令和3年3月末時点の数値。']);
}

const kpi: Holdout2Workbook = {
  name: 'h5-kpi-month-end',
  layout:
    'KPI table (C): 目標値 / 実績値 rows per KPI over 令和3年3月末…令和7年3月末 columns, merged 基本目標 / KPI / 単位 cells, 「－」 where no target, the as-of date 令和6年3月末現在 above the table',
  build: buildKpi,
  expected: {
    file: 'h5-kpi-month-end.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '移住相談件数', '件', 120, 134),
      ind('KPI', '観光入込客数', '千人', 1700, 1520),
      ind('KPI', '市内事業所の新規雇用者数', '人', 150, 118),
      ind('KPI', '新規参加企業数', '社', null, 3),
      ind('KPI', '進出企業数', '社', 1, 0),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D: plan indicators 現況 / 目標（R8）/ 実績（R5）, full-width digits, year notes in the cells.

const PLAN_ROWS: string[][] = [
  ['認定農業者数\n（経営体）', '地域農業の担い手の状況を示す指標', '４８２\n（令和２年度）', '５２０', '４９１\n（令和５年度）', '農業委員会調べ', ''],
  [
    '農業産出額\n（億円）',
    '本市農業の生産力を示す指標',
    '２３５\n（令和元年）',
    '２５０',
    '２４１\n（令和４年）',
    '市町村別農業産出額（推計）',
    '※令和５年の数値は未公表',
  ],
  [
    '耕作放棄地面積\n（ｈａ）',
    '農地の有効利用の状況を示す指標',
    '３１２\n（令和２年）',
    '２８０',
    '３５２\n（令和５年度）',
    '農地利用状況調査',
    '減少を目指す',
  ],
  ['新規就農者数\n（人／年）', '担い手の確保の状況を示す指標', '１８\n（令和２年度）', '２５', '２６\n（令和５年度）', '新規就農者調査', ''],
  [
    '学校給食における地場産食材の使用割合\n（％）',
    '地産地消の状況を示す指標',
    '３８．５\n（令和２年度）',
    '４５．０',
    '－',
    '学校給食使用食材調査',
    '次回調査は令和６年度',
  ],
];

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet('計画の指標');
  put(ws, 1, 1, ['奥州市農業振興計画（令和４年度～令和８年度）　計画の指標の進捗状況']);
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績\n（R5）', '現状把握の方法', '備考']);
  wrapRow(ws, 3, 1, 8);
  PLAN_ROWS.forEach((p, i) => {
    put(ws, 4 + i, 1, [String.fromCharCode(0xff11 + i), ...p]);
    wrapRow(ws, 4 + i, 2, 8);
  });
  ws.getColumn(2).width = 26;
}

const P = '計画の指標';
const plan: Holdout2Workbook = {
  name: 'h5-plan-indicators-fullwidth',
  layout:
    'plan indicators (D): 指標（単位） in one cell, 現況（計画策定時） / 目標（R8） / 実績（R5） with year notes in the cells, full-width digits as text, direction only in 備考, one actual from 令和４年, 「－」',
  build: buildPlan,
  expected: {
    file: 'h5-plan-indicators-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P, '認定農業者数', '経営体', 520, 491),
      ind(P, '農業産出額', '億円', 250, 241),
      ind(P, '耕作放棄地面積', 'ha', 280, 352, { direction: 'down' }),
      ind(P, '新規就農者数', '人/年', 25, 26),
      ind(P, '学校給食における地場産食材の使用割合', '％', 45.0, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const KNOWN_WORKBOOKS: Holdout2Workbook[] = [stackedPolicy, tiledPolicy, projects, kpi, plan];
