/**
 * Hold-out 41: evaluation forms — a 事務事業評価シート whose indicators are stacked three-row grids
 * (目標値 / 実績値 / 達成率 over three years) under 活動指標 / 成果指標 headings, below a cost table; a 施策評価表
 * graded on a five-level S–D scale stated in a legend and in the 評価設定 sheet; a policy sheet with its
 * indicators across the columns (one per merged column pair) and a target below the baseline.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
}

// ---------------------------------------------------------------------------------------------------------
// 1. 事務事業評価シート (evaluated in 令和5年度 for the 令和4年度 project): cost rows, then per indicator a name,
//    unit and arrow merged over three rows 目標値 / 実績値 / 達成率, columns 令和２～４年度.

interface Grid3 {
  name: string;
  unit: string;
  arrow: '↑' | '↓';
  targets: number[];
  actuals: number[];
  rates: string[];
}

const ACTIVITY: Grid3[] = [
  { name: '健康教室の開催回数', unit: '回', arrow: '↑', targets: [48, 48, 48], actuals: [22, 36, 35], rates: ['45.8%', '75.0%', '72.9%'] },
  { name: '保健師による訪問指導件数', unit: '件', arrow: '↑', targets: [550, 580, 600], actuals: [512, 601, 655], rates: ['93.1%', '103.6%', '109.2%'] },
];
const OUTCOME: Grid3[] = [
  { name: '健康教室参加者の満足度', unit: '％', arrow: '↑', targets: [90, 90, 90], actuals: [84.2, 85.0, 86.5], rates: ['93.6%', '94.4%', '96.1%'] },
  {
    name: 'メタボリックシンドローム該当者の割合',
    unit: '％',
    arrow: '↓',
    targets: [18.0, 17.5, 17.0],
    actuals: [18.9, 18.6, 18.2],
    rates: ['95.2%', '94.1%', '93.4%'],
  },
];

function gridRows(ws: Worksheet, row: number, g: Grid3): number {
  merge(ws, row, 1, row + 2, 1, g.name);
  merge(ws, row, 2, row + 2, 2, g.unit);
  merge(ws, row, 3, row + 2, 3, g.arrow);
  put(ws, row, 4, ['目標値', ...g.targets]);
  put(ws, row + 1, 4, ['実績値', ...g.actuals]);
  put(ws, row + 2, 4, ['達成率', ...g.rates]);
  return row + 3;
}

function buildProjectSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('事務事業評価シート');
  merge(ws, 1, 1, 1, 8, '令和５年度　事務事業評価シート');
  put(ws, 2, 1, ['対象年度：令和４年度（決算）']);
  put(ws, 4, 1, ['事業名']);
  merge(ws, 4, 2, 4, 5, '健康づくり推進事業');
  put(ws, 4, 6, ['事業コード', '03-02-015']);
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 5, '健康福祉部　健康推進課');
  put(ws, 5, 6, ['会計区分', '一般会計']);
  put(ws, 6, 1, ['事業の目的']);
  merge(ws, 6, 2, 6, 8, '生活習慣病の予防と早期発見により、市民の健康寿命の延伸を図る。');
  put(ws, 8, 1, ['■事業費の推移']);
  merge(ws, 9, 1, 9, 4, '区分');
  put(ws, 9, 5, ['令和２年度', '令和３年度', '令和４年度', '備考']);
  merge(ws, 10, 1, 10, 4, '事業費（千円）');
  put(ws, 10, 5, [18420, 19105, 17886]);
  merge(ws, 11, 1, 11, 4, 'うち一般財源（千円）');
  put(ws, 11, 5, [12300, 12940, 11502]);
  merge(ws, 12, 1, 12, 4, '従事職員数（人）');
  put(ws, 12, 5, [3.5, 3.5, 3.0, '会計年度任用職員を含む']);
  put(ws, 14, 1, ['■指標の推移']);
  put(ws, 15, 1, ['指標名', '単位', '方向', '項目', '令和２年度', '令和３年度', '令和４年度', '備考']);
  merge(ws, 16, 1, 16, 8, '活動指標');
  let r = 17;
  for (const g of ACTIVITY) r = gridRows(ws, r, g);
  merge(ws, r, 1, r, 8, '成果指標');
  r++;
  for (const g of OUTCOME) r = gridRows(ws, r, g);
  put(ws, r + 1, 1, ['■評価']);
  put(ws, r + 2, 1, ['担当課の所見', '健康教室は会場の改修により開催回数が減ったが、訪問指導は目標を上回った。']);
  put(ws, r + 3, 1, ['今後の方向性', '継続']);
}

const S1 = '事務事業評価シート';
export const PROJECT_SHEET_GRID: Holdout2Workbook = {
  name: 'h41-jimujigyo-three-row-grid',
  layout:
    '事務事業評価シート：令和５年度のシートで対象年度は令和４年度（決算）。事業費（千円）・一般財源・従事職員数（人）の表の下に、活動指標・成果指標の見出しと、指標ごとに指標名・単位・方向（↑↓）を3行結合し目標値／実績値／達成率の3行×令和２～４年度',
  build: buildProjectSheet,
  expected: {
    file: 'h41-jimujigyo-three-row-grid.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(S1, '健康教室の開催回数', '回', 48, 35),
      ind(S1, '保健師による訪問指導件数', '件', 600, 655),
      ind(S1, '健康教室参加者の満足度', '％', 90, 86.5),
      ind(S1, 'メタボリックシンドローム該当者の割合', '％', 17.0, 18.2, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 2. A five-level scale S–D: the legend beside the table and the same scale in the 評価設定 sheet
//    (評価区分｜名称｜下限(%)｜点数, as the project README describes it). Grades and roll-up follow that scale.

const SCALE: [string, string, number | null, number][] = [
  ['S', '目標を大きく上回る', 120, 5],
  ['A', '目標達成', 100, 4],
  ['B', '概ね達成', 80, 3],
  ['C', 'やや遅れ', 60, 2],
  ['D', '遅れ', null, 1],
];

/** The grade on the S–D scale above (lower bounds inclusive, unrounded). */
function gradeSD(target: number, actual: number): string {
  const rate = (100 * actual) / target;
  return SCALE.find(([, , min]) => min === null || rate >= min)![0];
}

/** The S–D roll-up: the mean of the points (S 5 … D 1), rounded half up. */
function rollUpSD(grades: string[]): string {
  const pts = grades.map((g) => SCALE.find(([s]) => s === g)![3]);
  const mean = Math.floor(pts.reduce((a, b) => a + b, 0) / pts.length + 0.5);
  return SCALE.find(([, , , p]) => p === mean)![0];
}

/** name, unit, baseline, target, actual, last year's grade, this year's written grade. */
const TOURISM: [string, string, number, number, number, string, string][] = [
  ['観光入込客数', '千人', 1620, 1850, 2290, 'A', 'S'],
  ['宿泊者数', '人', 205400, 240000, 226800, 'B', 'B'],
  ['観光案内所の利用者数', '人', 28900, 36000, 43560, 'A', 'A'],
  ['外国人観光客数', '人', 9800, 12000, 6900, 'C', 'D'],
  ['観光ボランティアガイド登録者数', '人', 48, 60, 62, 'B', 'A'],
];

function buildScaleSheets(wb: Workbook): void {
  const ws = wb.addWorksheet('施策評価');
  put(ws, 1, 1, ['令和５年度　施策評価表']);
  put(ws, 3, 1, ['基本目標', '３　にぎわいと活力のあるまち']);
  put(ws, 4, 1, ['施策', '３－２　観光の振興']);
  put(ws, 4, 6, ['施策の達成度']);
  put(ws, 5, 1, ['担当部局', '産業観光部　観光交流課']);
  put(ws, 7, 1, ['成果指標', '単位', '基準値（R1）', '目標値（R5）', '実績値（R5）', '達成率', '前年度評価', '評価']);
  TOURISM.forEach(([name, unit, base, target, actual, last, written], i) =>
    put(ws, 8 + i, 1, [name, unit, base, target, actual, `${((100 * actual) / target).toFixed(1)}%`, last, written]),
  );
  put(ws, 7, 10, ['【評価基準】']);
  ['S：達成率120％以上', 'A：100％以上120％未満', 'B：80％以上100％未満', 'C：60％以上80％未満', 'D：60％未満'].forEach((t, i) => put(ws, 8 + i, 10, [t]));
  put(ws, 14, 1, ['※施策の達成度は、指標の評価を S=5、A=4、B=3、C=2、D=1 として平均し、四捨五入した区分とする。']);
  const st = wb.addWorksheet('評価設定');
  put(st, 1, 1, ['評価設定']);
  put(st, 3, 1, ['項目', '値']);
  put(st, 4, 1, ['評価対象期間', '令和5年度']);
  put(st, 5, 1, ['評価方法', '達成率']);
  put(st, 6, 1, ['施策評価の集約', '平均']);
  put(st, 7, 1, ['平均の端数', '四捨五入']);
  put(st, 8, 1, ['未実施の評価', 'D']);
  put(st, 10, 1, ['評価区分', '名称', '下限(%)', '点数']);
  SCALE.forEach(([g, label, min, pts], i) => put(st, 11 + i, 1, [g, label, min ?? '', pts]));
}

const S2 = '施策評価';
const TOURISM_FACTS: ExpectedIndicator[] = TOURISM.map(([name, unit, , target, actual, , written]) => ({
  ...ind(S2, name, unit, target, actual, { existing: written }),
  grade: gradeSD(target, actual),
}));

export const FIVE_LEVEL_SCALE: Holdout2Workbook = {
  name: 'h41-five-level-scale-sd',
  layout:
    '施策評価表をS～Dの5段階で：表の右に評価基準の凡例（S：達成率120％以上 …）、同じ区分を評価設定シートの評価区分の行に。前年度評価の列と今年度の評価の列（記入済み、Sのところを1つAと記入）、「施策の達成度」の右のセルが空欄（点数の平均）',
  build: buildScaleSheets,
  expected: {
    file: 'h41-five-level-scale-sd.xlsx',
    fiscalYear: 2023,
    indicators: TOURISM_FACTS,
    groups: [{ sheet: S2, cell: 'G4', grade: rollUpSD(TOURISM_FACTS.map((i) => i.grade!)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------
// 3. A policy sheet with its indicators across the columns (指標１…指標４, each a merged pair), row labels down
//    column A, full-width figures, a target below the baseline (more is still better), the 施策の評価 cell at the top.

const CIVIC: [string, string, number, number, number | string, string, string][] = [
  [
    '自治会加入率',
    '％',
    78.4,
    76.0,
    '７４．１',
    '97.5%',
    '全世帯に占める自治会加入世帯の割合。世帯の小規模化により減少傾向にあるため、下げ止まりを目標とする。',
  ],
  ['市民活動団体登録数', '団体', 152, 180, 196, '108.9%', '市民活動支援センターに登録している団体数'],
  ['地域づくり交付金活用件数', '件', 38, 45, 31, '68.9%', '地域づくり交付金を活用した事業の件数'],
  ['男女共同参画セミナー参加者数', '人', 310, 400, 258, '64.5%', '男女共同参画推進セミナーの延べ参加者数'],
];

function buildCivic(wb: Workbook): void {
  const ws = wb.addWorksheet('施策2-3');
  put(ws, 1, 1, ['令和５年度　施策評価シート']);
  put(ws, 2, 1, ['政策', '２　市民とともに歩むまち']);
  put(ws, 3, 1, ['施策', '２－３　協働によるまちづくりの推進']);
  put(ws, 3, 7, ['施策の評価', undefined, '（前年度：Ｂ）']);
  put(ws, 4, 1, ['主管課', '市民協働課']);
  put(ws, 6, 1, ['１　成果指標の状況']);
  const labels = ['成果指標名', '単位', '基準値（Ｈ３０）', '目標値（Ｒ５）', '実績値（Ｒ５）', '達成率', '指標の説明'];
  merge(ws, 7, 1, 7, 2, '項目');
  labels.forEach((l, i) => merge(ws, 8 + i, 1, 8 + i, 2, l));
  CIVIC.forEach((c, k) => {
    const col = 3 + 2 * k;
    merge(ws, 7, col, 7, col + 1, `指標${'１２３４'[k]}`);
    c.forEach((v, i) => {
      merge(ws, 8 + i, col, 8 + i, col + 1);
      ws.getCell(8 + i, col).value = v;
    });
  });
  put(ws, 16, 1, ['２　施策の評価']);
  put(ws, 17, 1, ['※施策の評価は、各指標の達成度（A=4、B=3、C=2、D=1）の平均による。']);
  put(ws, 18, 1, ['所見', '交付金の活用件数とセミナー参加者数が伸び悩んだ。']);
}

const S3 = '施策2-3';
const CIVIC_FACTS = CIVIC.map(([name, unit, , target, actual]) => ind(S3, name, unit, target, Number(String(actual).normalize('NFKC'))));

export const POLICY_ACROSS_COLUMNS: Holdout2Workbook = {
  name: 'h41-policy-indicators-across',
  layout:
    '施策評価シート：指標が列に並ぶ（指標１～４、2列ずつ結合）、A～B列に行の見出し（成果指標名・単位・基準値（Ｈ３０）・目標値（Ｒ５）・実績値（Ｒ５）・達成率・指標の説明）。全角数字、基準値より低い目標（増えるほど良い、説明に「減少傾向」）、上の「施策の評価」の右が空欄、その右に前年度の評価',
  build: buildCivic,
  expected: {
    file: 'h41-policy-indicators-across.xlsx',
    fiscalYear: 2023,
    indicators: CIVIC_FACTS,
    groups: [{ sheet: S3, cell: 'H3', grade: rollUp(CIVIC_FACTS.map((i) => i.grade)) }],
  },
};

export const FORM_WORKBOOKS: Holdout2Workbook[] = [PROJECT_SHEET_GRID, FIVE_LEVEL_SCALE, POLICY_ACROSS_COLUMNS];
