/**
 * Hold-out 5, the table families as yet another office lays them out: a 推進事業 table with targets
 * and actuals as text (B), a KPI table over month-end periods (C) and a plan indicator table in
 * full-width digits with year notes in the cells (D).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const WRAP = { wrapText: true, vertical: 'middle' } as const;

function wrapRow(ws: Worksheet, row: number, from: number, to: number): void {
  for (let c = from; c <= to; c++) ws.getCell(row, c).alignment = WRAP;
}

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

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [projects, kpi, plan];
