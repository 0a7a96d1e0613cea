/**
 * Hold-out 25, forms and reports outside the four families: 総合戦略 KPI cards tiled two across,
 * one 事務事業評価シート per project going down, and a monthly report whose 年度計 is the year's actual.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction } from '../model';
import { addr, formula, ind, merge, num, put, widths, type Holdout25Workbook } from './kit';

interface Card {
  no: string;
  name: string;
  unit: string;
  base: number;
  target: number | string;
  actual: number | string;
  existing: string;
  note: string;
  direction?: Direction;
}

const CARDS: Card[] = [
  {
    no: 'ＫＰＩ①',
    name: '新規学卒者の市内就職者数',
    unit: '人',
    base: 412,
    target: 450,
    actual: 431,
    existing: 'B',
    note: '市内の高校・専門学校・大学の新卒者（ハローワーク調べ）',
  },
  { no: 'ＫＰＩ②', name: '誘致企業の新規立地件数', unit: '社', base: 2, target: 2, actual: 3, existing: 'A', note: '工業団地等への新規立地' },
  {
    no: 'ＫＰＩ③',
    name: '転出超過数',
    unit: '人',
    base: 385,
    target: 250,
    actual: 301,
    existing: 'C',
    note: '転出超過数の縮小を目指す指標（少ないほど良い）',
    direction: 'down',
  },
  { no: 'ＫＰＩ④', name: 'ふるさと納税寄附額', unit: '億円', base: 9.8, target: 16, actual: 13.6, existing: 'B', note: '寄附件数は前年度より増加' },
  { no: 'ＫＰＩ⑤', name: '移住相談件数', unit: '件', base: 180, target: 300, actual: 342, existing: 'A', note: 'オンライン相談を含む' },
  {
    no: 'ＫＰＩ⑥',
    name: '子育て支援センター利用者数',
    unit: '人',
    base: 15230,
    target: '18,000',
    actual: '10,450',
    existing: 'D',
    note: '令和5年5月から1施設を改修のため休館',
  },
];

const value = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/,/g, '')));

function card(ws: Worksheet, r: number, c: number, k: Card): void {
  put(ws, r, c, [k.no, k.name]);
  merge(ws, r, c + 1, r, c + 3);
  put(ws, r + 1, c, ['単位', k.unit, '基準値（Ｒ１）']);
  num(ws, r + 1, c + 3, k.base, k.base % 1 ? '0.0' : '#,##0');
  put(ws, r + 2, c, ['目標値（Ｒ５）', k.target, '実績値（Ｒ５）', k.actual]);
  const [t, a] = [addr(r + 2, c + 1), addr(r + 2, c + 3)];
  const rate = k.direction === 'down' ? value(k.target) / value(k.actual) : value(k.actual) / value(k.target);
  put(ws, r + 3, c, ['達成率']);
  formula(ws, r + 3, c + 1, k.direction === 'down' ? `${t}/${a}` : `${a}/${t}`, rate, '0.0%');
  put(ws, r + 3, c + 2, ['担当課評価', k.existing]);
  put(ws, r + 4, c, ['備考', k.note]);
  merge(ws, r + 4, c + 1, r + 4, c + 3);
}

const kpiCards: Holdout25Workbook = {
  name: 'h25-01-sogo-senryaku-kpi-cards',
  layout:
    '総合戦略 KPI cards tiled two across under 基本目標 headings: label/value lines per card (単位, 目標値（Ｒ５）|実績値（Ｒ５） on one line, 担当課評価)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI進捗');
    widths(ws, [2, 14, 12, 14, 12, 3, 14, 12, 14, 12]);
    put(ws, 1, 2, ['第２期 奥羽市まち・ひと・しごと創生総合戦略　ＫＰＩ進捗管理シート']);
    merge(ws, 1, 2, 1, 10);
    put(ws, 2, 2, ['評価対象年度：令和５年度']);
    put(ws, 2, 7, ['作成：企画政策課（令和6年6月）']);
    put(ws, 3, 2, ['基本目標１　安定した雇用を創出する']);
    merge(ws, 3, 2, 3, 10);
    put(ws, 16, 2, ['基本目標２　新しいひとの流れをつくり、子育ての希望をかなえる']);
    merge(ws, 16, 2, 16, 10);
    const at: [number, number][] = [
      [4, 2],
      [4, 7],
      [10, 2],
      [10, 7],
      [17, 2],
      [17, 7],
    ];
    CARDS.forEach((k, i) => card(ws, at[i][0], at[i][1], k));
  },
  expected: {
    file: 'h25-01-sogo-senryaku-kpi-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((k) => ind('KPI進捗', k.name, k.unit, value(k.target), value(k.actual), { existing: k.existing, direction: k.direction })),
    groups: [],
  },
};

interface ProjectRow {
  kind: '活動指標' | '成果指標';
  name: string;
  unit: string;
  last: number;
  target: number;
  actual: number;
  direction?: Direction;
}

interface Project {
  sheet: string;
  no: string;
  name: string;
  dept: string;
  policy: string;
  aim: string;
  rows: ProjectRow[];
  note?: string;
  self: string;
}

const PROJECTS: Project[] = [
  {
    sheet: '事業12',
    no: '12',
    name: '地域公共交通確保維持事業',
    dept: '都市計画課',
    policy: '3-2　地域公共交通の確保',
    aim: '路線バスの廃止区間を乗合タクシー・デマンド交通で補い、通院や買物の移動手段を確保する。',
    rows: [
      { kind: '活動指標', name: '乗合タクシー運行便数', unit: '便', last: 4380, target: 4400, actual: 4392 },
      { kind: '成果指標', name: '地域公共交通の年間利用者数', unit: '人', last: 182400, target: 200000, actual: 191350 },
      { kind: '成果指標', name: 'デマンド交通の登録者数', unit: '人', last: 1120, target: 1300, actual: 1345 },
    ],
    self: 'B',
  },
  {
    sheet: '事業13',
    no: '13',
    name: '空き家対策推進事業',
    dept: '都市整備課',
    policy: '3-4　良好な住環境の形成',
    aim: '空き家の利活用と適正管理を進め、管理不全の空き家を減らす。',
    rows: [
      { kind: '活動指標', name: '空き家相談会の開催回数', unit: '回', last: 6, target: 8, actual: 8 },
      { kind: '成果指標', name: '空き家バンク成約件数', unit: '件', last: 14, target: 20, actual: 12 },
      { kind: '成果指標', name: '管理不全空き家の件数', unit: '件', last: 96, target: 80, actual: 88, direction: 'down' },
    ],
    note: '※「管理不全空き家の件数」は減少を目指す指標です（目標値以下で達成）。',
    self: 'C',
  },
];

function projectSheet(wb: Workbook, p: Project): void {
  const ws = wb.addWorksheet(p.sheet);
  widths(ws, [12, 16, 16, 8, 14, 14, 14, 10]);
  put(ws, 1, 1, ['令和５年度　事務事業評価シート']);
  merge(ws, 1, 1, 1, 8);
  put(ws, 3, 1, ['事業番号', p.no, undefined, '担当課', p.dept]);
  put(ws, 4, 1, ['事業名', p.name]);
  put(ws, 5, 1, ['施策', p.policy]);
  put(ws, 6, 1, ['事業の目的', p.aim]);
  for (const r of [4, 5, 6]) merge(ws, r, 2, r, 8);
  put(ws, 8, 1, ['■ 事業の指標']);
  put(ws, 9, 1, ['区分', '指標名', undefined, '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率']);
  merge(ws, 9, 2, 9, 3);
  p.rows.forEach((x, i) => {
    const r = 10 + i;
    put(ws, r, 1, [x.kind, x.name, undefined, x.unit]);
    merge(ws, r, 2, r, 3);
    num(ws, r, 5, x.last);
    num(ws, r, 6, x.target);
    num(ws, r, 7, x.actual);
    const rate = x.direction === 'down' ? x.target / x.actual : x.actual / x.target;
    formula(ws, r, 8, x.direction === 'down' ? `F${r}/G${r}` : `G${r}/F${r}`, rate, '0.0%');
  });
  if (p.note) put(ws, 13, 1, [p.note]);
  put(ws, 15, 1, ['■ 自己評価（事業全体）']);
  put(ws, 16, 1, ['評価', p.self, '評価の理由', '指標の達成状況と事業費の執行状況から判断した。']);
  merge(ws, 16, 4, 16, 8);
}

const projectSheets: Holdout25Workbook = {
  name: 'h25-12-project-sheets-down',
  layout:
    'one 事務事業評価シート per project going down (事業名, 担当課 lines, then 区分|指標名|単位|R4実績|R5目標|R5実績|達成率), a note under the table for a lower-is-better indicator, a project self-rating below',
  build(wb: Workbook) {
    for (const p of PROJECTS) projectSheet(wb, p);
  },
  expected: {
    file: 'h25-12-project-sheets-down.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.flatMap((p) => p.rows.map((x) => ind(p.sheet, x.name, x.unit, x.target, x.actual, { direction: x.direction }))),
    groups: [],
  },
};

interface MonthlyItem {
  name: string;
  unit: string;
  target: number;
  months: number[];
  last: number;
  note?: string;
  direction?: Direction;
}

const MONTHLY: MonthlyItem[] = [
  { name: '証明書コンビニ交付件数', unit: '件', target: 24000, months: [1850, 1920, 2040, 2110, 2030, 1980, 2150, 2090, 2460, 1870, 2280, 2600], last: 21460 },
  { name: 'マイナンバーカード交付枚数', unit: '枚', target: 6000, months: [420, 380, 350, 330, 310, 300, 340, 360, 290, 320, 300, 310], last: 7820 },
  {
    name: '電話による問合せ件数',
    unit: '件',
    target: 9000,
    months: [900, 850, 820, 800, 790, 780, 810, 830, 860, 900, 880, 930],
    last: 10480,
    note: '件数の減少を目指す（よくある質問の掲載による）',
    direction: 'down',
  },
  { name: 'オンライン申請件数', unit: '件', target: 3000, months: [210, 230, 250, 260, 270, 280, 290, 300, 310, 320, 330, 340], last: 2410 },
];

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const MONTH_HEADS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const monthlyReport: Holdout25Workbook = {
  name: 'h25-02-monthly-report-year-total',
  layout:
    'monthly report: 年間目標, twelve month columns 4月…3月, 年度計 as a SUM formula (the actual), 前年度実績 and 達成率 beside, a 備考 column stating one lower-is-better item',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('R5月報');
    widths(ws, [5, 26, 6, 10, ...MONTH_HEADS.map(() => 7), 10, 10, 8, 30]);
    put(ws, 1, 1, ['令和５年度　市民課窓口サービス　月次実績報告']);
    put(ws, 2, 1, [
      '（令和6年3月分まで）',
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      undefined,
      '市民課 窓口係',
    ]);
    put(ws, 4, 1, ['No.', '項目', '単位', '年間目標', ...MONTH_HEADS, '年度計', '前年度実績', '達成率', '備考']);
    MONTHLY.forEach((m, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, m.name, m.unit]);
      num(ws, r, 4, m.target);
      m.months.forEach((v, j) => num(ws, r, 5 + j, v));
      formula(ws, r, 17, `SUM(E${r}:P${r})`, sum(m.months), '#,##0');
      num(ws, r, 18, m.last);
      const rate = m.direction === 'down' ? m.target / sum(m.months) : sum(m.months) / m.target;
      formula(ws, r, 19, m.direction === 'down' ? `D${r}/Q${r}` : `Q${r}/D${r}`, rate, '0.0%');
      if (m.note) put(ws, r, 20, [m.note]);
    });
    put(ws, 10, 2, ['※達成率は、電話による問合せ件数のみ 年間目標÷年度計 で算出']);
  },
  expected: {
    file: 'h25-02-monthly-report-year-total.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map((m) => ind('R5月報', m.name, m.unit, m.target, sum(m.months), { direction: m.direction })),
    groups: [],
  },
};

export const FORM_WORKBOOKS: Holdout25Workbook[] = [kpiCards, monthlyReport, projectSheets];
