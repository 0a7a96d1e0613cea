/**
 * Hold-out 160, the four families as museum, art museum and zoo offices write them: a 施策評価シート with five stacked
 * indicator blocks (R2（現状値）…R7, 実績値／期待値 rows, 目指す方向 ↑／↓), a 推進事業 実績 table with text figures, a 総合戦略 KPI
 * table with 目標値／実績値 rows per 令和3年度…令和6年度, and a 博物館振興計画 成果指標 table with 現況／目標（R9）／実績 and years in cells.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 施策評価シート (評価対象期間：令和４年度)

const A_SHEET = '施策3-2';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  actuals: (number | null)[];
  expects: (number | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '①',
    name: '博物館・美術館の年間入館者数',
    description: '市立博物館及び市立美術館の常設展・企画展の入館者の合計',
    unit: '人',
    way: '↑（増加）',
    actuals: [41230, 63870, 88412, null, null, null],
    expects: [null, 70000, 95000, 105000, 110000, 115000],
    note: 'R2・R3は新型コロナウイルス感染症による臨時休館あり',
  },
  {
    no: '②',
    name: '動物園の年間入園者数',
    description: '市立動物公園の有料・無料入園者の合計（年間パスポート利用者を含む）',
    unit: '人',
    way: '↑（増加）',
    actuals: [198400, 254100, 326540, null, null, null],
    expects: [null, 260000, 310000, 320000, 330000, 340000],
    note: '',
  },
  {
    no: '③',
    name: '企画展・特別展の来場者満足度',
    description: '来場者アンケートで「満足」「やや満足」と回答した割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [82.1, 84.0, 87.3, null, null, null],
    expects: [null, 83.0, 85.0, 86.0, 87.0, 88.0],
    note: '',
  },
  {
    no: '④',
    name: '収蔵資料のデジタル公開点数',
    description: 'デジタルアーカイブで公開した収蔵資料の点数（累計）',
    unit: '点',
    way: '↑（増加）',
    actuals: [820, 1540, 2310, null, null, null],
    expects: [null, 2000, 4000, 6000, 8000, 10000],
    note: '撮影業務委託の契約不調により公開点数が伸びなかった',
  },
  {
    no: '⑤',
    name: '収蔵庫の温湿度管理基準逸脱日数',
    description: '収蔵庫の温度・湿度が管理基準を外れた日数（年間）',
    unit: '日',
    way: '↓（減少）',
    actuals: [34, 27, 25, null, null, null],
    expects: [null, 25, 20, 15, 10, 5],
    note: '空調設備の老朽化による',
  },
];

function buildPolicySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [16, 12, 12, 12, 12, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '○○市総合計画　令和５年度施策評価シート（評価対象期間：令和４年度）');
  put(ws, 3, 1, ['基本方針', '３']);
  merge(ws, 3, 3, 3, 8, '文化を育み、学びが広がるまち');
  put(ws, 4, 1, ['基本施策', '3-2']);
  merge(ws, 4, 3, 4, 8, '博物館・美術館・動物園の魅力向上と活用');
  put(ws, 5, 1, ['担当部等']);
  merge(ws, 5, 2, 5, 8, '教育委員会事務局（文化財課・市立美術館）、都市整備部（動物公園管理事務所）');
  put(ws, 6, 1, ['達成状況評価', null, '（B）']);
  put(ws, 6, 4, ['※（　）内は前年度評価']);
  box(ws, 3, 1, 6, 8);
  let r = 8;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [`成果指標${b.no}`]);
    merge(ws, r, 2, r, 8, b.name);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.description);
    put(ws, r + 2, 1, ['単位', b.unit, '目指す方向', b.way]);
    put(ws, r + 3, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
    put(ws, r + 4, 1, ['実績値', ...b.actuals]);
    put(ws, r + 5, 1, ['期待値\n※R7は目標値', ...b.expects]);
    put(ws, r + 6, 1, ['備考']);
    merge(ws, r + 6, 2, r + 6, 8, b.note || undefined);
    wrap(ws, r + 5, 1, r + 5, 1);
    for (let c = 2; c <= 7; c++) {
      ws.getCell(r + 4, c).numFmt = b.unit === '％' ? '0.0' : '#,##0';
      ws.getCell(r + 5, c).numFmt = b.unit === '％' ? '0.0' : '#,##0';
    }
    box(ws, r, 1, r + 6, 8);
    r += 8;
  }
  merge(ws, r, 1, r, 8, '達成状況分析：入館者数はコロナ禍前の水準に回復しつつあるが、デジタル公開は計画を大きく下回った。');
}

const aIndicators = A_BLOCKS.map((b) => ind(A_SHEET, b.name, b.unit, b.expects[2], b.actuals[2], { direction: b.way.startsWith('↓') ? 'down' : 'up' }));

const POLICY_SHEET: Holdout2Workbook = {
  name: 'h160-a-museum-policy-sheet',
  layout: 'A: 施策評価シート, five stacked blocks R2（現状値）…R7 with 実績値／期待値 rows, 目指す方向 ↑／↓, an empty 達成状況評価 beside 「（B）」',
  build: buildPolicySheet,
  expected: {
    file: 'h160-a-museum-policy-sheet.xlsx',
    fiscalYear: 2022,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 推進事業 実績 (令和５年度)

const B_SHEET = '資料2';

function buildProjectResults(wb: Workbook): void {
  const ws = wb.addWorksheet(B_SHEET);
  widths(ws, [5, 26, 34, 18, 18, 18, 18, 8, 10, 26]);
  merge(ws, 1, 1, 1, 10, '令和５年度　博物館・美術館・動物園 推進事業実績');
  put(ws, 3, 1, ['No.', '推進事業', '事業概要', '担当', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性', '備考']);
  const rows: (string | number)[][] = [
    [1, '特別展開催事業', '全国巡回展の誘致及び自主企画による特別展を開催する', '市立博物館', '特別展 2回', '特別展 3回', '特別展 3回', 'A', '継続', ''],
    [
      2,
      '移動博物館（出前授業）事業',
      '学芸員が市内小中学校へ実物資料を持参し授業を行う',
      '市立博物館',
      '出前授業 28校',
      '出前授業 ４０校',
      '出前授業 ３４校',
      'B',
      '拡充',
      '',
    ],
    [
      3,
      '動物園ボランティアガイド養成事業',
      '園内ガイドを行う市民ボランティアを養成講座により育成する',
      '動物公園',
      '新規登録 9人',
      '新規登録 20人',
      '新規登録 12人',
      'B',
      '継続',
      '養成講座を年2回開催',
    ],
    [
      4,
      'ナイトミュージアム開催事業',
      '夏季の金・土曜日に夜間開館し、ギャラリートーク等を行う',
      '市立美術館',
      '開催 4回　参加者 780人',
      '開催 6回\n参加者 1,200人',
      '開催 6回\n参加者 954人',
      'B',
      '見直し',
      '荒天により1回は屋外企画を中止',
    ],
    [
      5,
      '収蔵品保存修復事業',
      '劣化の進んだ収蔵品を計画的に修復する',
      '市立美術館',
      '修復 3点',
      '修復 5点',
      '未実施',
      'D',
      '見直し',
      '修復業者の選定が遅れ、令和６年度へ繰越',
    ],
    [6, '博物館友の会会員拡大事業', '友の会の特典を拡充し、会員の増加を図る', '市立博物館', '会員数 468人', '会員数 500人', '会員数 532人', 'A', '継続', ''],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  wrap(ws, 3, 1, 9, 10);
  box(ws, 3, 1, 9, 10);
}

const PROJECT_RESULTS: Holdout2Workbook = {
  name: 'h160-b-museum-projects',
  layout: 'B: 推進事業 table, text figures 「出前授業 ３４校」 with full-width digits, two measures in one cell, 未実施, 自己評価 A–D',
  build: buildProjectResults,
  expected: {
    file: 'h160-b-museum-projects.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '特別展開催事業', '回', 3, 3, { existing: 'A' }),
      ind(B_SHEET, '移動博物館（出前授業）事業', '校', 40, 34, { existing: 'B' }),
      ind(B_SHEET, '動物園ボランティアガイド養成事業', '人', 20, 12, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: 'ナイトミュージアム開催事業',
        measures: [
          { label: '開催', target: 6, actual: 6, unit: '回' },
          { label: '参加者', target: 1200, actual: 954, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '収蔵品保存修復事業', '点', 5, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '博物館友の会会員拡大事業', '人', 500, 532, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × 年度 (令和６年度実績)

const C_SHEET = 'KPI';

interface Kpi {
  name: string;
  unit: string;
  targets: string[];
  actuals: string[];
  note: string;
}

const KPIS: Kpi[] = [
  {
    name: '文化施設の観光入込客数',
    unit: '人',
    targets: ['150,000 人', '160,000 人', '170,000 人', '180,000 人'],
    actuals: ['138,420 人', '152,300 人', '166,015 人', '171,250 人'],
    note: '博物館・美術館・動物公園・科学館の合計',
  },
  {
    name: '美術館の外国人来館者数',
    unit: '人',
    targets: ['-', '3,000 人', '4,500 人', '6,000 人'],
    actuals: ['1,204 人', '2,876 人', '5,112 人', '6,480 人'],
    note: '',
  },
  {
    name: 'ミュージアムショップ・レストラン売上額',
    unit: '千円',
    targets: ['20,000 千円', '21,000 千円', '22,500 千円', '24,000 千円'],
    actuals: ['15,820 千円', '18,340 千円', '19,870 千円', '17,900 千円'],
    note: 'R6は改修工事に伴い3か月休業',
  },
  {
    name: '文化施設の利用者満足度',
    unit: '%',
    targets: ['85.0 %', '86.0 %', '88.0 %', '90.0 %'],
    actuals: ['84.2 %', '86.9 %', '87.5 %', '集計中'],
    note: '市民意識調査（R7.6公表予定）',
  },
  {
    name: '動物園の年間パスポート販売数',
    unit: '枚',
    targets: ['2,000 枚', '2,400 枚', '2,700 枚', '3,000 枚'],
    actuals: ['1,985 枚', '2,512 枚', '2,804 枚', '3,312 枚'],
    note: '',
  },
];

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [5, 34, 8, 14, 14, 14, 14, 30]);
  merge(ws, 1, 1, 1, 8, '第２期○○市まち・ひと・しごと創生総合戦略　基本目標３ 文化・観光による交流の拡大');
  merge(ws, 2, 1, 2, 8, '重要業績評価指標（KPI）の進捗状況（令和６年度実績）');
  put(ws, 4, 1, ['No.', '重要業績評価指標（KPI）', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
  KPIS.forEach((k, i) => {
    const r = 5 + i * 2;
    merge(ws, r, 1, r + 1, 1, i + 1);
    merge(ws, r, 2, r + 1, 2, k.name);
    put(ws, r, 3, ['目標値', ...k.targets]);
    put(ws, r + 1, 3, ['実績値', ...k.actuals]);
    merge(ws, r, 8, r + 1, 8, k.note || undefined);
  });
  box(ws, 4, 1, 4 + KPIS.length * 2, 8);
}

const num = (s: string): number | null => (/^[\d,.]+/.test(s) ? Number(s.replace(/[^\d.]/g, '')) : null);

const KPI_TABLE: Holdout2Workbook = {
  name: 'h160-c-culture-kpi',
  layout: 'C: KPI × 令和3年度…令和6年度, 目標値／実績値 rows, values with units 「171,250 人」, 「-」 where no target, a 集計中',
  build: buildKpi,
  expected: {
    file: 'h160-c-culture-kpi.xlsx',
    fiscalYear: 2024,
    indicators: KPIS.map((k) =>
      num(k.actuals[3]) === null
        ? ind(C_SHEET, k.name, k.unit, num(k.targets[3]), null, { actualStatus: 'pending' })
        : ind(C_SHEET, k.name, k.unit, num(k.targets[3]), num(k.actuals[3])),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 計画の成果指標 (令和５年度実績)

const D_SHEET = '成果指標';

const D_ROWS: [string, string, string, string, number, string, string][] = [
  ['郷土資料館の入館者数', '郷土資料館（本館・分館）の年間入館者数', '人', '42,150\n（令和元年度）', 50000, '38,904\n（令和5年度）', '入館者カウンター集計'],
  [
    '美術館教育普及プログラムの参加者数',
    'ワークショップ・鑑賞講座・ギャラリートークの参加者数',
    '人',
    '2,840\n（令和元年度）',
    3500,
    '3,612\n（令和5年度）',
    '事業報告',
  ],
  ['博物館実習・職場体験の受入人数', '大学の博物館実習及び中学生の職場体験の受入人数', '人', '47\n（令和元年度）', 60, '51\n（令和5年度）', '受入名簿'],
  ['動物園における希少種の繁殖成功種数', '種の保存計画対象種のうち繁殖に成功した種数（年間）', '種', '5\n（令和元年度）', 8, '8\n（令和5年度）', '飼育日誌'],
  [
    '学校の博物館・美術館利用率',
    '市内小中学校のうち、授業で博物館・美術館を利用した学校の割合',
    '％',
    '61.5\n（令和元年度）',
    80.0,
    '72.4\n（令和5年度）',
    '学校教育課調査',
  ],
];

function buildPlanIndicators(wb: Workbook): void {
  const ws = wb.addWorksheet(D_SHEET);
  widths(ws, [5, 30, 36, 6, 16, 12, 16, 18]);
  merge(ws, 1, 1, 1, 8, '第２次○○市ミュージアム振興計画（令和2年度～令和9年度）成果指標 点検評価一覧');
  put(ws, 2, 1, ['評価対象：令和５年度']);
  put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
  D_ROWS.forEach((d, i) => put(ws, 5 + i, 1, [i + 1, d[0], d[1], d[2], d[3], d[4], d[5], d[6]]));
  wrap(ws, 4, 1, 4 + D_ROWS.length, 8);
  box(ws, 4, 1, 4 + D_ROWS.length, 8);
}

const PLAN_INDICATORS: Holdout2Workbook = {
  name: 'h160-d-museum-plan',
  layout: 'D: 計画 成果指標, 現況 「42,150⏎（令和元年度）」, 目標（R9）, 実績 with its year in the cell, 単位 column',
  build: buildPlanIndicators,
  expected: {
    file: 'h160-d-museum-plan.xlsx',
    fiscalYear: 2023,
    indicators: D_ROWS.map((d) => ({ ...ind(D_SHEET, d[0], d[2], d[4], Number(d[5].split('\n')[0].replace(/,/g, ''))), targetSource: 'final' })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [POLICY_SHEET, PROJECT_RESULTS, KPI_TABLE, PLAN_INDICATORS];
