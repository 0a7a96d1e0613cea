/**
 * Hold-out 43, sheets laid out for reading rather than as one table: a dashboard of two small tables side by side on
 * the same rows (指標・単位・目標 | 実績・達成率・評価) with a third table further down, two 施策 stacked on one sheet each
 * with its own 施策の評価 cell, a 課-by-課 project list with no year anywhere (columns in another order in the second
 * table), and indicator cards two across with the city's own grading bands on a 評価基準 sheet.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Row = (string | number | null | undefined)[];

function rows(ws: Worksheet, from: number, col: number, list: Row[]): void {
  list.forEach((r, i) => put(ws, from + i, col, r));
}

function buildDashboard(wb: Workbook): void {
  const s = wb.addWorksheet('KPIダッシュボード');
  s.mergeCells('B1:I1');
  put(s, 1, 2, ['KPI Dashboard FY2023（令和5年度）　地域振興部']);
  s.mergeCells('B3:E3');
  s.mergeCells('G3:I3');
  put(s, 3, 2, ['■ 指標と目標']);
  put(s, 3, 7, ['■ 実績と評価']);
  put(s, 4, 2, ['No.', '指標', '単位', '目標値']);
  put(s, 4, 7, ['実績値', '達成率', '評価']);
  rows(s, 5, 2, [
    [1, 'ふるさと納税寄附件数', '件', '42,000', undefined, '45,318', '107.9%', 'A'],
    [2, '移住定住相談件数', '件', 320, undefined, 287, '89.7%', 'B'],
    [3, '空き家バンク成約件数', '件', 25, undefined, 14, '56.0%', 'C'],
    [4, '道の駅利用者数', '千人', 480, undefined, 455.2, '94.8%', 'B'],
    [5, '地域おこし協力隊の定着率', '％', 70, undefined, 66.7, '95.3%', 'B'],
    [6, '農産物直売所の販売額', '百万円', 310, undefined, 249, '80.3%', 'B'],
  ]);
  put(s, 11, 2, ['※達成率＝実績値÷目標値']);
  put(s, 13, 2, ['■ 重点プロジェクト']);
  put(s, 14, 2, ['No.', '指標', '単位', '目標値', '実績値', '評価', '担当']);
  rows(s, 15, 2, [
    [7, 'サテライトオフィス誘致件数（累計）', '件', 5, 6, 'A', '企業誘致室'],
    [8, '観光案内所の外国人利用者数', '人', '3,000', '2,140', undefined, '観光課'],
    [9, 'テレワーク施設の稼働率', '％', 60, '５２．４', undefined, '企業誘致室'],
  ]);
}

const DASHBOARD: Holdout2Workbook = {
  name: 'h43-09-dashboard-side-by-side-tables',
  layout:
    'dashboard: left table 指標・単位・目標 and right table 実績・達成率（text %）・評価 on the same rows past a blank column, a third table further down, FY2023 title',
  build: buildDashboard,
  expected: {
    file: 'h43-09-dashboard-side-by-side-tables.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPIダッシュボード', 'ふるさと納税寄附件数', '件', 42000, 45318, { existing: 'A' }),
      ind('KPIダッシュボード', '移住定住相談件数', '件', 320, 287, { existing: 'B' }),
      ind('KPIダッシュボード', '空き家バンク成約件数', '件', 25, 14, { existing: 'C' }),
      ind('KPIダッシュボード', '道の駅利用者数', '千人', 480, 455.2, { existing: 'B' }),
      ind('KPIダッシュボード', '地域おこし協力隊の定着率', '％', 70, 66.7, { existing: 'B' }),
      ind('KPIダッシュボード', '農産物直売所の販売額', '百万円', 310, 249, { existing: 'B' }),
      ind('KPIダッシュボード', 'サテライトオフィス誘致件数（累計）', '件', 5, 6, { existing: 'A' }),
      ind('KPIダッシュボード', '観光案内所の外国人利用者数', '人', 3000, 2140),
      ind('KPIダッシュボード', 'テレワーク施設の稼働率', '％', 60, 52.4),
    ],
    groups: [],
  },
};

const POLICY_HEAD = ['No.', '成果指標', '単位', '現状値（R2）', '実績値（R4）', '目標値（R5）', '実績値（R5）', '達成率', '備考'];

function buildStackedPolicies(wb: Workbook): void {
  const s = wb.addWorksheet('施策評価（教育）');
  put(s, 1, 1, ['令和５年度　施策評価シート']);
  put(s, 2, 8, ['担当：教育委員会事務局']);
  put(s, 3, 1, ['基本目標３　未来を担う人を育むまち']);
  put(s, 5, 1, ['施策３－１　学校教育の充実']);
  put(s, 5, 8, ['施策の評価', undefined, '（前年度：B）']);
  put(s, 6, 1, POLICY_HEAD);
  rows(s, 7, 1, [
    [1, '全国学力・学習状況調査で全国平均以上の教科の割合', '％', 50, 75, 75, 62.5, '83.3％'],
    [2, '不登校児童生徒の割合', '％', 1.62, 1.71, 1.2, 1.85, '64.9％', '低いほど良い指標'],
    [3, '学校図書館の児童1人当たり貸出冊数', '冊', 38.2, 44.1, 45, 47.3, '105.1％'],
  ]);
  put(s, 12, 1, ['施策３－２　生涯学習・スポーツの推進']);
  put(s, 12, 8, ['施策の評価', undefined, '（前年度：C）']);
  put(s, 13, 1, POLICY_HEAD);
  rows(s, 14, 1, [
    [1, '公民館講座の延べ参加者数', '人', '12,480', '8,015', '15,000', '9,872', '65.8％'],
    [2, '市民1人当たり図書館貸出冊数', '冊', 4.8, 4.7, 5.5, 4.6, '83.6％'],
    [3, '週1回以上スポーツをする成人の割合', '％', 44.5, 43, 55, 41.2, '74.9％'],
    [4, '総合体育館の利用者数', '人', '182,300', '196,420', '190,000', '149,870', '78.9％', '改修工事による休館（7～9月）'],
  ]);
  put(s, 19, 1, ['※施策の評価は成果指標の達成状況を踏まえ、A：順調　B：概ね順調　C：やや遅れている　D：遅れている　で記入。']);
}

const SHEET = '施策評価（教育）';
const POLICY1 = [
  ind(SHEET, '全国学力・学習状況調査で全国平均以上の教科の割合', '％', 75, 62.5),
  ind(SHEET, '不登校児童生徒の割合', '％', 1.2, 1.85, { direction: 'down' }),
  ind(SHEET, '学校図書館の児童1人当たり貸出冊数', '冊', 45, 47.3),
];
const POLICY2 = [
  ind(SHEET, '公民館講座の延べ参加者数', '人', 15000, 9872),
  ind(SHEET, '市民1人当たり図書館貸出冊数', '冊', 5.5, 4.6),
  ind(SHEET, '週1回以上スポーツをする成人の割合', '％', 55, 41.2),
  ind(SHEET, '総合体育館の利用者数', '人', 190000, 149870),
];

const STACKED_POLICIES: Holdout2Workbook = {
  name: 'h43-10-two-policies-stacked-own-rating',
  layout:
    'two 施策 stacked on one sheet, each a title line with 施策の評価 | (empty) | （前年度：B） and its own table with a 実績値（R4） column before the R5 target; 達成率 as text; a 備考 saying lower is better',
  build: buildStackedPolicies,
  expected: {
    file: 'h43-10-two-policies-stacked-own-rating.xlsx',
    fiscalYear: 2023,
    indicators: [...POLICY1, ...POLICY2],
    groups: [
      { sheet: SHEET, cell: 'I5', grade: rollUp(POLICY1.map((i) => i.grade)) },
      { sheet: SHEET, cell: 'I12', grade: rollUp(POLICY2.map((i) => i.grade)) },
    ],
  },
};

function buildNoYearByOffice(wb: Workbook): void {
  const s = wb.addWorksheet('事業実績');
  put(s, 1, 1, ['事務事業 実績一覧（産業部）']);
  put(s, 3, 1, ['【商工労政課】']);
  put(s, 4, 1, ['事業名', '活動指標', '目標', '実績', '単位', '自己評価', '備考']);
  rows(s, 5, 1, [
    ['中小企業融資あっせん事業', '融資あっせん件数', 120, 97, '件', 'B'],
    ['企業立地促進事業', '企業訪問件数', 60, '６８', '件', 'A'],
    ['雇用対策事業', '就職面接会の参加者数', 250, 143, '人', 'C', '参加企業数の減少'],
    ['商店街活性化事業', '商店街イベントの開催回数', 12, 12, '回', 'A'],
  ]);
  put(s, 11, 1, ['【農林課】']);
  put(s, 12, 1, ['事業名', '活動指標', '単位', '目標', '実績', '自己評価', '備考']);
  rows(s, 13, 1, [
    ['担い手育成事業', '認定農業者数', '経営体', 210, 198, 'B'],
    ['有害鳥獣対策事業', '有害鳥獣による農作物被害額', '千円', '8,000以下', '9,650', 'C'],
    ['森林整備事業', '間伐実施面積', 'ha', '150ha', '162.5ha', 'A'],
    ['地産地消推進事業', '学校給食における地場産品使用率', '％', 40, '集計中', undefined, '年度末に確定'],
  ]);
}

const NO_YEAR: Holdout2Workbook = {
  name: 'h43-11-two-office-tables-no-year',
  layout:
    'two 課 tables stacked on one sheet (【商工労政課】/【農林課】), 事業名 beside 活動指標, 単位 column moved in the second table, 以下 target, no year anywhere',
  build: buildNoYearByOffice,
  expected: {
    file: 'h43-11-two-office-tables-no-year.xlsx',
    indicators: [
      ind('事業実績', '融資あっせん件数', '件', 120, 97, { existing: 'B' }),
      ind('事業実績', '企業訪問件数', '件', 60, 68, { existing: 'A' }),
      ind('事業実績', '就職面接会の参加者数', '人', 250, 143, { existing: 'C' }),
      ind('事業実績', '商店街イベントの開催回数', '回', 12, 12, { existing: 'A' }),
      ind('事業実績', '認定農業者数', '経営体', 210, 198, { existing: 'B' }),
      ind('事業実績', '有害鳥獣による農作物被害額', '千円', 8000, 9650, { direction: 'down', existing: 'C' }),
      ind('事業実績', '間伐実施面積', 'ha', 150, 162.5, { existing: 'A' }),
      ind('事業実績', '学校給食における地場産品使用率', '％', 40, null, { actualStatus: 'pending' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

/** One indicator card from (row, col): title, 単位 / 方向 line, 年度 | 目標値 | 実績値 | 達成率 over R3…R5, 評価（R5）. */
function card(ws: Worksheet, row: number, col: number, no: string, name: string, unit: string, way: string, years: Row[], grade?: string): void {
  put(ws, row, col, [no, name]);
  ws.mergeCells(row, col + 1, row, col + 3);
  put(ws, row + 1, col, ['単位', unit, '方向', way]);
  put(ws, row + 2, col, ['年度', '目標値', '実績値', '達成率']);
  rows(ws, row + 3, col, years);
  put(ws, row + 6, col, ['評価（R5）', grade]);
}

/** The city's bands on the 評価基準 sheet: A ≥ 100 %, B ≥ 85 %, C ≥ 70 %, else D. */
function cityGrade(target: number, actual: number, down = false): string {
  const rate = down ? target / actual : actual / target;
  return rate >= 1 ? 'A' : rate >= 0.85 ? 'B' : rate >= 0.7 ? 'C' : 'D';
}

function buildCards(wb: Workbook): void {
  const s = wb.addWorksheet('上下水道');
  put(s, 1, 2, ['令和５年度　上下水道事業　経営指標の評価']);
  card(
    s,
    3,
    2,
    '指標①',
    '下水道水洗化率',
    '％',
    '上昇',
    [
      ['R3', 91, 89.2, '98.0%'],
      ['R4', 91.5, 89.8, '98.1%'],
      ['R5', 92, 90.1, '97.9%'],
    ],
    'B',
  );
  card(
    s,
    3,
    7,
    '指標②',
    '有収率',
    '％',
    '上昇',
    [
      ['R3', 88, 79.9, '90.8%'],
      ['R4', 89, 77.4, '87.0%'],
      ['R5', 90, 75.2, '83.6%'],
    ],
    'C',
  );
  card(s, 12, 2, '指標③', '基幹管路の耐震化率', '％', '上昇', [
    ['R3', 22, 17.1, '77.7%'],
    ['R4', 25, 18.4, '73.6%'],
    ['R5', 28, 19.3, '68.9%'],
  ]);
  card(
    s,
    12,
    7,
    '指標④',
    '漏水事故件数',
    '件',
    '減少',
    [
      ['R3', 140, 152, '92.1%'],
      ['R4', 130, 139, '93.5%'],
      ['R5', 120, 131, '91.6%'],
    ],
    'A',
  );
  put(s, 20, 2, ['※評価は「評価基準」シートの区分による。']);
  const c = wb.addWorksheet('評価基準');
  put(c, 1, 1, ['評価基準（上下水道事業経営戦略）']);
  put(c, 3, 1, ['評価', '区分', '達成率']);
  rows(c, 4, 1, [
    ['A', '順調', '100％以上'],
    ['B', '概ね順調', '85％以上100％未満'],
    ['C', 'やや遅れている', '70％以上85％未満'],
    ['D', '遅れている', '70％未満'],
  ]);
  put(c, 9, 1, ['※達成率は実績値÷目標値（方向が「減少」の指標は目標値÷実績値）。']);
}

const CARD = '上下水道';
const CARDS: Holdout2Workbook = {
  name: 'h43-12-indicator-cards-city-bands',
  layout:
    'indicator cards two across and two down (単位/方向 line, 年度 × 目標値/実績値/達成率 over R3…R5, 評価（R5）), the city bands 100/85/70 on a 評価基準 sheet',
  build: buildCards,
  expected: {
    file: 'h43-12-indicator-cards-city-bands.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(CARD, '下水道水洗化率', '％', 92, 90.1, { existing: 'B' }), grade: cityGrade(92, 90.1) },
      { ...ind(CARD, '有収率', '％', 90, 75.2, { existing: 'C' }), grade: cityGrade(90, 75.2) },
      { ...ind(CARD, '基幹管路の耐震化率', '％', 28, 19.3), grade: cityGrade(28, 19.3) },
      { ...ind(CARD, '漏水事故件数', '件', 120, 131, { direction: 'down', existing: 'A' }), grade: cityGrade(120, 131, true) },
    ],
    groups: [],
  },
};

/** Sanity of the city bands: they differ from the default ones on two of the cards (else the trap tests nothing). */
export const CITY_BANDS_DIFFER = cityGrade(90, 75.2) !== gradeOf(90, 75.2) && cityGrade(28, 19.3) !== gradeOf(28, 19.3);

export const DASHBOARD_AND_FORM_WORKBOOKS: Holdout2Workbook[] = [DASHBOARD, STACKED_POLICIES, NO_YEAR, CARDS];
