/** Hold-out 165, shapes outside the four families that 子どもの貧困対策・ひとり親家庭支援 offices use. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/** 月別相談実績 (令和５年度): 4月…3月 columns, a 年度計 by SUM formulas, 年間目標 and a 達成率 formula. */
const MONTHLY: { name: string; unit: string; months: number[]; target: number }[] = [
  { name: '母子・父子自立支援員相談件数', unit: '件', months: [102, 95, 88, 97, 90, 93, 96, 91, 85, 98, 104, 95], target: 1200 },
  { name: '就業相談件数', unit: '件', months: [18, 22, 20, 21, 19, 23, 24, 20, 17, 22, 23, 22], target: 240 },
  { name: '養育費相談件数', unit: '件', months: [3, 4, 2, 5, 3, 4, 3, 2, 4, 3, 2, 3], target: 60 },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'r5-hitorioya-soudan-getsubetsu',
  layout: '月別相談実績 令和５年度: 4月…3月 columns, 年度計 as SUM formulas, 年間目標, 達成率 formula under a % format',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('月別実績');
    widths(ws, [30, 6, ...Array(12).fill(6), 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和５年度　ひとり親家庭相談実績（月別）');
    put(ws, 2, 15, ['こども家庭課']);
    put(ws, 3, 1, ['区分', '単位', ...['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'], '年度計', '年間目標', '達成率']);
    MONTHLY.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m.name, m.unit, ...m.months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(m.months) };
      ws.getCell(r, 16).value = m.target;
      ws.getCell(r, 16).numFmt = '#,##0';
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: sum(m.months) / m.target };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    box(ws, 3, 1, 6, 17);
    put(ws, 8, 1, ['※相談件数は延べ件数。来所・電話・メールを含む。']);
  },
  expected: {
    file: 'r5-hitorioya-soudan-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map((m) => ind('月別実績', m.name, m.unit, m.target, sum(m.months))),
    groups: [],
  },
};

/** 事務事業評価シート (令和４年度実施事業), one 事業 per sheet: label／value rows, a 成果指標 table with a 令和３年度実績 column, 事業費. */
const PROJECTS: {
  sheet: string;
  title: string;
  section: string;
  summary: string;
  cost: string;
  rows: { name: string; unit: string; prev: string | number; target: string | number; actual: string | number; rate: string }[];
}[] = [
  {
    sheet: '事業01',
    title: '母子家庭等就業・自立支援センター事業',
    section: 'こども未来部　こども家庭課',
    summary: 'ひとり親家庭の親に対し、就業相談、就業支援講習会の開催、就業情報の提供等を一貫して行う。',
    cost: '4,820',
    rows: [
      { name: '就業支援講習会の受講者数', unit: '人', prev: 41, target: 50, actual: 46, rate: '92.0%' },
      { name: '就職に結びついた人数', unit: '人', prev: 22, target: 25, actual: 27, rate: '108.0%' },
    ],
  },
  {
    sheet: '事業02',
    title: '子どもの居場所づくり支援事業',
    section: 'こども未来部　こども政策課',
    summary: '子ども食堂・学習の場など、地域で子どもの居場所を運営する団体に運営費を補助する。',
    cost: '6,300',
    rows: [
      { name: '居場所の開設か所数', unit: 'か所', prev: 6, target: 8, actual: 8, rate: '100.0%' },
      { name: '居場所の延べ利用者数', unit: '人', prev: '２，４８０', target: '４，０００', actual: '３，１５０', rate: '78.8%' },
    ],
  },
];

const perProject: Holdout2Workbook = {
  name: 'r4-kodomo-jimujigyo-hyoka-sheets',
  layout:
    '事務事業評価シート one 事業 per sheet: 事業名／担当課／事業概要 label rows, 成果指標 table with 令和３年度実績, full-width 「３，１５０」, 事業費（千円）',
  build(wb: Workbook) {
    for (const p of PROJECTS) {
      const ws = wb.addWorksheet(p.sheet);
      widths(ws, [26, 8, 14, 14, 14, 10]);
      merge(ws, 1, 1, 1, 6, '事務事業評価シート（令和４年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 6, p.title);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 6, p.section);
      put(ws, 5, 1, ['事業概要']);
      merge(ws, 5, 2, 5, 6, p.summary);
      put(ws, 6, 1, ['事業費（千円）']);
      merge(ws, 6, 2, 6, 6, `${p.cost}（令和４年度決算）`);
      box(ws, 3, 1, 6, 6);
      put(ws, 8, 1, ['【成果指標】']);
      put(ws, 9, 1, ['指標名', '単位', '令和３年度\n実績', '令和４年度\n目標', '令和４年度\n実績', '達成率']);
      p.rows.forEach((x, i) => put(ws, 10 + i, 1, [x.name, x.unit, x.prev, x.target, x.actual, x.rate]));
      wrap(ws, 9, 1, 9, 6);
      box(ws, 9, 1, 9 + p.rows.length, 6);
      put(ws, 13, 1, ['今後の方向性']);
      merge(ws, 13, 2, 13, 6, '継続');
    }
  },
  expected: {
    file: 'r4-kodomo-jimujigyo-hyoka-sheets.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('事業01', '就業支援講習会の受講者数', '人', 50, 46),
      ind('事業01', '就職に結びついた人数', '人', 25, 27),
      ind('事業02', '居場所の開設か所数', 'か所', 8, 8),
      ind('事業02', '居場所の延べ利用者数', '人', 4000, 3150),
    ],
    groups: [],
  },
};

/** 学習支援事業の実績推移: years 平成30年度…令和５年度 as rows, a 目指す方向 row ↑／↓, a 目標値（令和５年度） row, units in the headings. */
const YEARS: [string, number, number, number][] = [
  ['平成30年度', 98, 96.0, 9],
  ['令和元年度', 104, 95.2, 8],
  ['令和２年度', 92, 97.1, 10],
  ['令和３年度', 110, 96.5, 8],
  ['令和４年度', 117, 98.0, 6],
  ['令和５年度', 121, 97.6, 7],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'r5-gakushu-shien-suii-years-rows',
  layout: '実績推移: years as rows 平成30年度…令和５年度, units in the headings, a 目指す方向 row with ↓, a 目標値（令和５年度） row at the foot',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('学習支援推移');
    widths(ws, [20, 14, 16, 18]);
    merge(ws, 1, 1, 1, 4, '子どもの学習・生活支援事業　実績推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['年度', '参加者数（人）', '高校等進学率（％）', '中断・退会者数（人）']);
    put(ws, 5, 1, ['目指す方向', '↑', '↑', '↓']);
    YEARS.forEach((y, i) => put(ws, 6 + i, 1, y));
    for (let i = 0; i < YEARS.length; i++) ws.getCell(6 + i, 3).numFmt = '0.0';
    put(ws, 12, 1, ['目標値（令和５年度）', 130, 100.0, 5]);
    ws.getCell(12, 3).numFmt = '0.0';
    wrap(ws, 4, 1, 4, 4);
    box(ws, 4, 1, 12, 4);
    put(ws, 13, 1, ['※高校等進学率は参加者のうち中学３年生の進学割合。中断・退会者数は少ないほど良い。']);
  },
  expected: {
    file: 'r5-gakushu-shien-suii-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('学習支援推移', '参加者数', '人', 130, 121),
      ind('学習支援推移', '高校等進学率', '％', 100.0, 97.6),
      ind('学習支援推移', '中断・退会者数', '人', 5, 7, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** 自立促進計画 進捗管理表 (令和６年度評価): 目標／実績 pairs under 令和５年度・令和６年度・令和７年度 merged headings, R7 目標 only. */
const PAIRS: { name: string; unit: string; v: [number, number, number, number, number] }[] = [
  { name: 'ひとり親家庭向け情報誌の配布部数', unit: '部', v: [2000, 1940, 2000, 2150, 2000] },
  { name: '母子・父子自立支援プログラム策定件数', unit: '件', v: [28, 25, 30, 22, 32] },
  { name: '就業支援講座の受講者数', unit: '人', v: [40, 36, 40, 33, 45] },
  { name: '養育費の取決め支援件数', unit: '件', v: [12, 9, 15, 15, 18] },
];

const measurePairs: Holdout2Workbook = {
  name: 'r6-hitorioya-jiritsu-shinchoku-pairs',
  layout: '進捗管理表 令和６年度評価: 目標／実績 pairs under merged 令和５年度・令和６年度・令和７年度 headings, R7 目標 only, 備考',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('進捗管理');
    widths(ws, [34, 6, 9, 9, 9, 9, 9, 9, 22]);
    merge(ws, 1, 1, 1, 9, '第４次ひとり親家庭等自立促進計画　進捗管理表（令和６年度評価）');
    merge(ws, 3, 1, 4, 1, '取組指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和５年度');
    merge(ws, 3, 5, 3, 6, '令和６年度');
    merge(ws, 3, 7, 3, 8, '令和７年度');
    merge(ws, 3, 9, 4, 9, '備考');
    put(ws, 4, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    PAIRS.forEach((p, i) => {
      put(ws, 5 + i, 1, [p.name, p.unit, ...p.v]);
      for (let c = 3; c <= 7; c++) ws.getCell(5 + i, c).numFmt = '#,##0';
    });
    put(ws, 5, 9, ['年２回発行']);
    put(ws, 6, 9, ['ハローワークと連携']);
    box(ws, 3, 1, 4 + PAIRS.length, 9);
  },
  expected: {
    file: 'r6-hitorioya-jiritsu-shinchoku-pairs.xlsx',
    fiscalYear: 2024,
    indicators: PAIRS.map((p) => ind('進捗管理', p.name, p.unit, p.v[2], p.v[3])),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perProject, yearsAsRows, measurePairs];
