/**
 * Hold-out 48, family C (KPI × 期間): 目標/実績 column pairs under merged 2021年度…2024年度 headings with a 方向 column
 * and 基本目標 heading rows; a 地域再生計画 table of R4年度末…R6年度末 with values and units in the cells, targets only
 * at the end for some KPIs and a （参考） row; a 第2期 strategy counted in 1年目…5年目 (mapped to 令和 in the heading
 * line) with the 目標値 table stacked above the 実績値 table.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 1: 目標/実績 pairs under each fiscal year

interface Kpi1 {
  name: string;
  unit: string;
  down?: boolean;
  base: number;
  pairs: [number, number | null][]; // 2021..2024: [target, actual]
}

const C1_SHEET = 'KPI進捗';
const C1_GOALS: { goal: string; kpis: Kpi1[] }[] = [
  {
    goal: '基本目標1　地域にしごとをつくる',
    kpis: [
      {
        name: '新規創業件数',
        unit: '件',
        base: 18,
        pairs: [
          [20, 22],
          [22, 19],
          [24, 27],
          [26, null],
        ],
      },
      {
        name: '観光入込客数',
        unit: '千人',
        base: 1820,
        pairs: [
          [1500, 1102],
          [1700, 1455],
          [1900, 1788],
          [2000, null],
        ],
      },
      {
        name: '市内就業者数',
        unit: '人',
        base: 41200,
        pairs: [
          [41000, 40882],
          [41000, 40655],
          [41000, 40490],
          [41000, null],
        ],
      },
    ],
  },
  {
    goal: '基本目標2　新しいひとの流れをつくる',
    kpis: [
      {
        name: '転出超過数',
        unit: '人',
        down: true,
        base: 320,
        pairs: [
          [300, 285],
          [280, 342],
          [260, 298],
          [240, null],
        ],
      },
      {
        name: '移住相談件数',
        unit: '件',
        base: 85,
        pairs: [
          [100, 112],
          [120, 131],
          [140, 126],
          [160, null],
        ],
      },
    ],
  },
  {
    goal: '基本目標3　結婚・出産・子育ての希望をかなえる',
    kpis: [
      {
        name: '出生数',
        unit: '人',
        base: 512,
        pairs: [
          [500, 478],
          [500, 455],
          [500, 431],
          [500, null],
        ],
      },
      {
        name: '子育て世帯の転入者数',
        unit: '人',
        base: 410,
        pairs: [
          [420, 433],
          [430, 401],
          [440, 452],
          [450, null],
        ],
      },
    ],
  },
];

function buildC1(ws: Worksheet): void {
  ws.getCell('A1').value = '第2期総合戦略 KPI進捗状況（2023年度実績）';
  ws.getCell('A2').value = '企画政策課　令和6年6月作成';
  put(ws, 4, 1, [
    'No.',
    'KPI',
    '単位',
    '方向',
    '基準値\n(2019年度)',
    '2021年度',
    undefined,
    '2022年度',
    undefined,
    '2023年度',
    undefined,
    '2024年度（最終）',
    undefined,
    '2023年度\n達成率',
    '備考',
  ]);
  put(ws, 5, 6, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
  for (const c of [1, 2, 3, 4, 5, 14, 15]) ws.mergeCells(4, c, 5, c);
  for (const c of [6, 8, 10, 12]) ws.mergeCells(4, c, 4, c + 1);
  let r = 6;
  let no = 1;
  for (const g of C1_GOALS) {
    ws.getCell(r, 1).value = g.goal;
    ws.mergeCells(r, 1, r, 15);
    r++;
    for (const k of g.kpis) {
      const [t, a] = k.pairs[2];
      const rate = k.down ? t / a! : a! / t;
      put(ws, r, 1, [no++, k.name, k.unit, k.down ? '↓' : '↑', k.base, ...k.pairs.flatMap(([pt, pa]) => [pt, pa ?? undefined]), `${(rate * 100).toFixed(1)}%`]);
      r++;
    }
  }
  ws.getCell(r, 15).value = '2024年度の実績は令和7年5月に確定';
  ws.getCell(r + 1, 1).value = '※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い';
  ws.getCell(r + 2, 1).value = '※観光入込客数は北海道観光入込客数調査（千人）による';
}

const C1_INDS: ExpectedIndicator[] = C1_GOALS.flatMap((g) =>
  g.kpis.map((k) => ind(C1_SHEET, k.name, k.unit, k.pairs[2][0], k.pairs[2][1], { direction: k.down ? 'down' : 'up' })),
);

const C1: Holdout2Workbook = {
  name: 'h48-c-year-pairs',
  layout: 'C: 2021年度…2024年度の結合見出しの下に目標/実績の列の組、方向の列（↑↓）、基本目標の見出し行、2023年度達成率の列',
  build: (wb) => buildC1(wb.addWorksheet(C1_SHEET)),
  expected: { file: 'h48-c-year-pairs.xlsx', fiscalYear: 2023, indicators: C1_INDS, groups: [] },
};

// ---------------------------------------------------------------- 2: 年度末 columns, values with units, final-only targets

interface Kpi2 {
  name: string;
  unit: string;
  base: string;
  targets: string[]; // R4末, R5末, R6末
  actuals: string[]; // R4末, R5末
  note?: string;
  fact: { target: number; actual: number | null; pending?: boolean; final?: boolean };
}

const C2_SHEET = '数値目標';
const C2_KPIS: Kpi2[] = [
  {
    name: '新規雇用者数',
    unit: '人',
    base: '0 人',
    targets: ['-', '-', '60 人'],
    actuals: ['18 人', '41 人'],
    note: '累計',
    fact: { target: 60, actual: 41, final: true },
  },
  {
    name: 'サテライトオフィス進出企業数',
    unit: '社',
    base: '0 社',
    targets: ['2 社', '4 社', '6 社'],
    actuals: ['2 社', '3 社'],
    fact: { target: 4, actual: 3 },
  },
  {
    name: 'テレワーク施設利用者数',
    unit: '人',
    base: '640 人',
    targets: ['1,000 人', '1,500 人', '2,000 人'],
    actuals: ['1,210 人', '1,622 人'],
    fact: { target: 1500, actual: 1622 },
  },
  {
    name: '首都圏からの移住者数',
    unit: '人',
    base: '3 人',
    targets: ['-', '-', '30 人'],
    actuals: ['8 人', '集計中'],
    note: '住民基本台帳により集計',
    fact: { target: 30, actual: null, pending: true, final: true },
  },
  {
    name: '地元大学卒業生の市内就職率',
    unit: '%',
    base: '5.2 %',
    targets: ['7.0 %', '8.5 %', '10.0 %'],
    actuals: ['6.1 %', '7.9 %'],
    fact: { target: 8.5, actual: 7.9 },
  },
];

function buildC2(ws: Worksheet): void {
  ws.getCell('B2').value = '地域再生計画（ＩＣＴ拠点整備による人と仕事の誘致）数値目標の達成状況（令和５年度末時点）';
  ws.getCell('B3').value = '北部地域振興課';
  put(ws, 5, 2, ['指標', '区分', '基準値\n（R3年度末）', 'R4年度末', 'R5年度末', 'R6年度末', '備考']);
  let r = 6;
  for (const k of C2_KPIS) {
    put(ws, r, 2, [k.name, '目標値', '－', ...k.targets, k.note]);
    put(ws, r + 1, 3, ['実績値', k.base, ...k.actuals, '-']);
    ws.mergeCells(r, 2, r + 1, 2);
    ws.mergeCells(r, 8, r + 1, 8);
    r += 2;
  }
  r++;
  put(ws, r, 2, ['（参考）市内IT関連事業所数', '実績値', '21 社', '23 社', '26 社', '-', '経済センサスとは別に市が独自調査']);
  ws.getCell(r + 2, 2).value = '※「-」は当該年度の目標を設定していないもの。最終目標（R6年度末）に対して進捗を評価する。';
}

const C2_INDS: ExpectedIndicator[] = C2_KPIS.map((k) => {
  const e = ind(C2_SHEET, k.name, k.unit, k.fact.target, k.fact.actual, { actualStatus: k.fact.pending ? 'pending' : undefined });
  if (k.fact.final) e.targetSource = 'final';
  return e;
});

const C2: Holdout2Workbook = {
  name: 'h48-c-fiscal-year-ends',
  layout: 'C: 地域再生計画の数値目標（R4年度末〜R6年度末、値に単位「1,210 人」、目標「-」の年は最終目標で評価、集計中、（参考）の行、B列から）',
  build: (wb) => buildC2(wb.addWorksheet(C2_SHEET)),
  expected: { file: 'h48-c-fiscal-year-ends.xlsx', fiscalYear: 2023, indicators: C2_INDS, groups: [] },
};

// ---------------------------------------------------------------- 3: 1年目…5年目, target table above actual table

interface Kpi3 {
  name: string;
  unit: string;
  way: '増やす' | '減らす';
  targets: number[]; // 1..5年目
  actuals: number[]; // 1..3年目
}

const C3_SHEET = '農業振興KPI';
const C3_KPIS: Kpi3[] = [
  { name: '農産物直売所の販売額', unit: '万円', way: '増やす', targets: [18000, 18500, 19000, 19500, 20000], actuals: [17650, 18820, 18210] },
  { name: '新規就農者数', unit: '人', way: '増やす', targets: [8, 8, 10, 10, 12], actuals: [6, 9, 7] },
  { name: '耕作放棄地面積', unit: 'ha', way: '減らす', targets: [152, 148, 144, 140, 136], actuals: [155, 150, 149.5] },
  { name: '6次産業化認定事業者数', unit: '事業者', way: '増やす', targets: [12, 14, 16, 18, 20], actuals: [12, 13, 15] },
  { name: '鳥獣による農作物被害額', unit: '千円', way: '減らす', targets: [9500, 9000, 8500, 8000, 7500], actuals: [10240, 8870, 7920] },
];

function buildC3(ws: Worksheet): void {
  ws.getCell('A1').value = '第2期農業振興アクションプラン　成果指標の進捗';
  ws.getCell('A2').value = '計画期間：1年目＝令和3年度、2年目＝令和4年度、3年目＝令和5年度、4年目＝令和6年度、5年目＝令和7年度';
  ws.getCell('A3').value = '今回の評価対象：3年目（令和5年度）';
  ws.getCell('A5').value = '【目標値】';
  put(ws, 6, 1, ['指標', '単位', '指標の方向', '1年目', '2年目', '3年目', '4年目', '5年目']);
  C3_KPIS.forEach((k, i) => put(ws, 7 + i, 1, [k.name, k.unit, k.way, ...k.targets]));
  const top = 7 + C3_KPIS.length + 2;
  ws.getCell(top, 1).value = '【実績値】';
  put(ws, top + 1, 1, ['指標', '単位', undefined, '1年目', '2年目', '3年目', '4年目', '5年目', '3年目の状況']);
  const words = ['概ね目標どおり', '天候不順で新規就農の相談が減少', '集落営農による再生が進む', '', '電気柵の設置補助の効果'];
  C3_KPIS.forEach((k, i) => put(ws, top + 2 + i, 1, [k.name, k.unit, undefined, ...k.actuals, undefined, undefined, words[i] || undefined]));
  ws.getCell(top + 3 + C3_KPIS.length, 1).value = '※6次産業化認定事業者数は計画開始からの累計。被害額は農業共済の報告による。';
}

const C3_INDS: ExpectedIndicator[] = C3_KPIS.map((k) =>
  ind(C3_SHEET, k.name, k.unit, k.targets[2], k.actuals[2], { direction: k.way === '減らす' ? 'down' : 'up' }),
);

const C3: Holdout2Workbook = {
  name: 'h48-c-plan-year-count',
  layout: 'C: 計画の1年目…5年目の列（見出しの行で令和に対応）、目標値の表の下に実績値の表、指標の方向「増やす/減らす」、評価対象は3年目',
  build: (wb) => buildC3(wb.addWorksheet(C3_SHEET)),
  expected: { file: 'h48-c-plan-year-count.xlsx', fiscalYear: 2023, indicators: C3_INDS, groups: [] },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [C1, C2, C3];
