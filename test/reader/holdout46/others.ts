/**
 * Hold-out 46: other layouts (1 of 2): indicator cards with 実績値（千人） against a target in 人, a wide FY table
 * with a 全国平均 column beside each year's 実績 and no evaluation year stated, and one 事務事業評価シート per sheet
 * with a 「—」 actual beside last year's figure and a struck-through indicator.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { fraction, merge } from './kit46';

const O1 = '指標カード';
const o1 = [
  ind(O1, '市民プール利用者数', '人', 12000, 11400),
  ind(O1, '図書館来館者数', '人', 185000, 192300),
  ind(O1, '体育館利用件数', '件', 2400, 1870),
  ind(O1, '文化会館自主事業入場者数', '人', 8500, 8800),
];

type Card = [name: string, target: string, heading: string, values: number[]];

/** One card: 【指標n】 name, 目標値 as text with its unit, then 年度 rows R3…R5 under the 実績 heading. */
function card(ws: Worksheet, r: number, c: number, n: number, [name, target, heading, values]: Card): void {
  put(ws, r, c, [`【指標${n}】`, name]);
  merge(ws, `${ws.getCell(r, c + 1).address}:${ws.getCell(r, c + 2).address}`);
  put(ws, r + 1, c, ['目標値（令和5年度）', target]);
  put(ws, r + 2, c, ['年度', heading, '前年度比']);
  ['令和3年度', '令和4年度', '令和5年度'].forEach((year, i) => {
    put(ws, r + 3 + i, c, [year, values[i]]);
    if (i > 0) fraction(ws, ws.getCell(r + 3 + i, c + 2).address, values[i] / values[i - 1]);
  });
}

/** Cards two across: the actual heading says 千人 while the target is written in 人 (a clerk converts). */
const cardsThousands: Holdout2Workbook = {
  name: 'h46-n-cards-thousands',
  layout:
    'N: four indicator cards two across, 目標値（令和5年度） as 「12,000人」 text, a 年度 × 実績値（千人） table (one card 実績値（件）), 前年度比 column',
  build(wb) {
    const ws = wb.addWorksheet(O1);
    put(ws, 1, 1, ['令和5年度　スポーツ・文化施設　指標進捗カード']);
    put(ws, 2, 1, ['生涯学習課・文化スポーツ課']);
    const cards: Card[] = [
      ['市民プール利用者数', '12,000人', '実績値（千人）', [9.8, 10.6, 11.4]],
      ['図書館来館者数', '185,000人', '実績値（千人）', [151.2, 170.9, 192.3]],
      ['体育館利用件数', '2,400件', '実績値（件）', [1630, 1920, 1870]],
      ['文化会館自主事業入場者数', '8,500人', '実績値（千人）', [4.2, 6.9, 8.8]],
    ];
    cards.forEach((cd, i) => card(ws, 4 + Math.floor(i / 2) * 8, 1 + (i % 2) * 5, i + 1, cd));
    put(ws, 20, 1, ['※実績値（千人）は百人の位を四捨五入した値']);
  },
  expected: { file: 'h46-n-cards-thousands.xlsx', fiscalYear: 2023, indicators: o1, groups: [] },
};

const O2 = '高齢福祉';
const o2 = [
  ind(O2, '高齢者の就業率', '％', 28, 26.9),
  ind(O2, '介護予防教室参加者数', '人', 2600, 2730),
  ind(O2, '要介護認定率', '％', 18.5, 19.1, { direction: 'down' }),
  ind(O2, '認知症サポーター養成数（累計）', '人', 9500, 8112),
  ind(O2, 'シルバー人材センター会員数', '人', 640, 480),
];

/** Wide FY table: 目標 / 実績 / 全国平均 under each FY; the evaluation year is nowhere written (FY2024 has targets only). */
const fyNationalAverage: Holdout2Workbook = {
  name: 'h46-n-fy-national-average',
  layout: 'N: 指標 × FY2022/FY2023/FY2024, each 目標・実績・全国平均 (two header rows, merged FY cells), a 方向 column (向上/低下), no evaluation year stated',
  build(wb) {
    const ws = wb.addWorksheet(O2);
    put(ws, 1, 1, ['高齢者福祉計画　指標の推移']);
    put(ws, 3, 1, ['指標', '単位', '方向', 'FY2022', undefined, undefined, 'FY2023', undefined, undefined, 'FY2024']);
    put(ws, 4, 4, ['目標', '実績', '全国平均', '目標', '実績', '全国平均', '目標', '実績', '全国平均']);
    for (const range of ['A3:A4', 'B3:B4', 'C3:C4', 'D3:F3', 'G3:I3', 'J3:L3']) merge(ws, range);
    const rows: (string | number | undefined)[][] = [
      ['高齢者の就業率', '％', '向上', 27.0, 26.1, 25.0, 28.0, 26.9, 25.2, 29.0],
      ['介護予防教室参加者数', '人', '向上', 2400, 2455, '－', 2600, 2730, '－', 2800],
      ['要介護認定率', '％', '低下', 18.2, 18.8, 19.0, 18.5, 19.1, 19.4, 18.8],
      ['認知症サポーター養成数（累計）', '人', '向上', 7200, 7480, '－', 9500, 8112, '－', 11000],
      ['シルバー人材センター会員数', '人', '向上', 600, 552, '－', 640, 480, '－', 680],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 11, 1, ['※全国平均は厚生労働省等の公表値（参考）。']);
  },
  expected: { file: 'h46-n-fy-national-average.xlsx', fiscalYear: 2023, indicators: o2, groups: [], guesses: ['period'] },
};

type Row = [name: string, unit: string, last: number, target: number, actual: number | string, grade?: string, note?: string];

/** One 事務事業評価シート: 事業名 / 所管課 / 事業概要, then an indicator table with 令和4年度実績 beside 令和5年度目標/実績. */
function projectSheet(ws: Worksheet, project: string, office: string, about: string, rows: Row[]): void {
  put(ws, 1, 1, ['事務事業評価シート（令和５年度）']);
  put(ws, 3, 1, ['事業名', project]);
  put(ws, 4, 1, ['所管課', office]);
  put(ws, 5, 1, ['事業概要', about]);
  merge(ws, 'B5:H5');
  put(ws, 7, 1, ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率', '評価', '備考']);
  rows.forEach(([name, unit, last, target, actual, grade, note], i) => {
    put(ws, 8 + i, 1, [name, unit, last, target, actual, undefined, grade, note]);
    if (typeof actual === 'number') fraction(ws, `F${8 + i}`, actual / target);
  });
}

const O3 = ['事業01', '事業02', '事業03'];
const o3 = [
  ind(O3[0], '協力隊員数', '人', 6, 5, { existing: 'B' }),
  ind(O3[0], '任期後に定住した隊員数（累計）', '人', 5, 5, { existing: 'A' }),
  ind(O3[1], '空き家バンク登録件数', '件', 45, null, { actualStatus: 'pending' }),
  ind(O3[1], '成約件数', '件', 15, 16, { existing: 'A' }),
  ind(O3[2], '体験住宅利用者数', '人', 100, 124, { existing: 'A' }),
  ind(O3[2], '延べ利用日数', '日', 500, 388, { existing: 'B' }),
];

/** One project per sheet; a 「—」 actual (集計中 in 備考) beside a 令和4年度 figure; a struck-through indicator with a note. */
const projectPerSheet: Holdout2Workbook = {
  name: 'h46-n-project-per-sheet-struck',
  layout:
    'N: three 事務事業評価シート (one 事業 per sheet), 令和4年度実績 beside 令和5年度目標/実績, a 「—」 actual, a struck-through row with a cell note, a full-width actual',
  build(wb) {
    projectSheet(wb.addWorksheet(O3[0]), '地域おこし協力隊活用事業', '地域振興課', '都市部からの人材を地域おこし協力隊として委嘱し、地域活動を支援する。', [
      ['協力隊員数', '人', 4, 6, 5, 'B'],
      ['任期後に定住した隊員数（累計）', '人', 3, 5, 5, 'A'],
    ]);
    const ws2 = wb.addWorksheet(O3[1]);
    projectSheet(ws2, '空き家バンク事業', '地域振興課', '空き家の所有者と利用希望者をマッチングし、移住・定住を促進する。', [
      ['空き家バンク登録件数', '件', 38, 45, '—', undefined, 'R5実績は集計中（5月末確定）'],
      ['成約件数', '件', 12, 15, 16, 'A'],
      ['空き家見学ツアー参加者数', '人', 24, 30, 0, undefined, '指標廃止'],
    ]);
    for (let c = 1; c <= 8; c++) ws2.getCell(10, c).font = { strike: true };
    ws2.getCell('A10').note = 'R5年度から指標廃止（見学ツアーは相談会に統合）。評価の対象外。';
    projectSheet(wb.addWorksheet(O3[2]), '移住体験住宅運営事業', '企画政策課', '移住希望者向けの体験住宅（2棟）を運営する。', [
      ['体験住宅利用者数', '人', 86, 100, '１２４', 'A'],
      ['延べ利用日数', '日', 410, 500, 388, 'B'],
    ]);
  },
  expected: { file: 'h46-n-project-per-sheet-struck.xlsx', fiscalYear: 2023, indicators: o3, groups: [] },
};

export const OTHER_WORKBOOKS_1: Holdout2Workbook[] = [cardsThousands, fyNationalAverage, projectPerSheet];
