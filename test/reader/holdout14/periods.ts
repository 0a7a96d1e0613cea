/** Hold-out 14, part one: actuals split over sub-periods (quarters, months, half years) and two evaluation years side by side. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout14Workbook, ind, put } from '../holdout2/kit';

const S1 = '四半期実績';
const QUARTERS: [string, string, string, number, number[], number][] = [
  ['1', '子育て支援センター利用者数', '人', 24000, [5820, 6110, 5940, 6480], 24350],
  ['2', '一時預かり事業利用延べ人数', '人', 3600, [720, 810, 690, 760], 2980],
  ['3', 'ファミリー・サポート・センター会員数', '人', 520, [478, 489, 497, 503], 503],
  ['4', '乳幼児健診受診率', '％', 98, [97.2, 96.5, 98.8, 97.9], 97.6],
  ['5', '産後ケア事業利用者数', '人', 150, [21, 30, 18, 22], 91],
];

const quarterly: Holdout14Workbook = {
  name: 'h14-quarterly-actuals-annual-target',
  layout: 'one row per indicator: 年間目標, four 第n四半期 columns, then a 年間実績 column and 備考; 令和5年度 only in the title',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和5年度　子ども・子育て支援事業計画　進捗管理表（四半期別）']);
    ws.mergeCells(1, 1, 1, 10);
    put(ws, 2, 8, ['こども家庭課']);
    put(ws, 4, 1, ['No.', '指標名', '単位', '年間目標', '四半期別実績', undefined, undefined, undefined, '年間実績', '備考']);
    put(ws, 5, 5, ['第1四半期\n（4〜6月）', '第2四半期\n（7〜9月）', '第3四半期\n（10〜12月）', '第4四半期\n（1〜3月）']);
    for (const c of [1, 2, 3, 4, 9, 10]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 8);
    QUARTERS.forEach(([no, name, unit, target, qs, total], i) =>
      put(ws, 6 + i, 1, [no, name, unit, target, ...qs, total, i === 3 ? '年間実績は年度平均' : i === 2 ? '年度末時点の会員数' : undefined]),
    );
    put(ws, 12, 1, ['※年間実績は各四半期の合計（率・会員数を除く）。']);
  },
  expected: {
    file: 'h14-quarterly-actuals-annual-target.xlsx',
    fiscalYear: 2023,
    indicators: QUARTERS.map(([, name, unit, target, , total]) => ind(S1, name, unit, target, total)),
    groups: [],
  },
};

const S2 = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const MONTHLY: [string, string, number, number[], 'up' | 'down'][] = [
  ['証明書コンビニ交付件数', '件', 30000, [2410, 2380, 2650, 2570, 2490, 2310, 2720, 2590, 2880, 2300, 2450, 3120], 'up'],
  ['窓口平均待ち時間', '分', 15, [18, 17, 16, 15, 16, 14, 15, 14, 17, 19, 18, 21], 'down'],
  ['電子申請受付件数', '件', 12000, [620, 655, 700, 710, 690, 705, 760, 780, 800, 720, 760, 900], 'up'],
  ['マイナンバーカード交付枚数', '枚', 9000, [1020, 980, 940, 870, 820, 760, 700, 690, 640, 600, 590, 610], 'up'],
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const mean = (xs: number[]) => Math.round((sum(xs) / xs.length) * 10) / 10;

const monthly: Holdout14Workbook = {
  name: 'h14-monthly-columns-year-total',
  layout:
    'twelve month columns 4月…3月 and a 年度計 column, 目標（年度） before them, 2023年度 in the title, a down-is-better row marked （↓） in its name cell',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 2, ['2023年度　市民窓口サービス指標　月別実績一覧']);
    put(ws, 2, 2, ['（単位は各行のとおり。待ち時間は月平均、年度計欄は年度平均。）']);
    put(ws, 4, 2, ['指標', '単位', '目標（年度）', ...MONTHS, '年度計']);
    MONTHLY.forEach(([name, unit, target, ms, dir], i) => {
      const total = dir === 'down' ? mean(ms) : sum(ms);
      put(ws, 5 + i, 2, [dir === 'down' ? `${name}（↓）` : name, unit, dir === 'down' ? `${target}分以内` : target, ...ms, total]);
    });
    put(ws, 10, 2, ['（↓）は数値が小さいほど良い指標。']);
  },
  expected: {
    file: 'h14-monthly-columns-year-total.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, target, ms, dir]) => ind(S2, name, unit, target, dir === 'down' ? mean(ms) : sum(ms), { direction: dir })),
    groups: [],
  },
};

const S3 = '成果指標';
const HALF: [string, string, string, string, string, number, number, boolean][] = [
  ['観光入込客数', '万人', '１２０', '５８．４', '６３．１', 120, 121.5, false],
  ['宿泊者数', '人', '３５０，０００', '１６２，４００', '１７０，２００', 350000, 332600, true],
  ['観光案内所利用者数', '人', '２８，０００', '１１，９２０', '１０，３１０', 28000, 22230, false],
  ['外国人宿泊者数', '人', '１５，０００', '５，２１０', '４，７９０', 15000, 10000, true],
];

const halfYear: Holdout14Workbook = {
  name: 'h14-half-year-fullwidth-text',
  layout: '上半期 / 下半期 actuals and a 年度実績 column, all figures as full-width text with commas, （見込み） beside two totals, FY2023 in the heading',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 2, 1, ['観光振興ビジョン　成果指標の状況（FY2023）']);
    put(ws, 3, 1, ['担当：商工観光部 観光交流課']);
    put(ws, 5, 1, ['成果指標', '単位', '年度目標', '上半期実績', '下半期実績', '年度実績', '備考']);
    HALF.forEach(([name, unit, t, h1, h2, , actual, est], i) => {
      const fw = actual.toLocaleString('en-US').replace(/[0-9.,]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
      put(ws, 6 + i, 1, [name, unit, t, h1, h2, est ? `${fw}（見込み）` : fw, est ? '下半期は3月分が速報のため見込み' : undefined]);
    });
  },
  expected: {
    file: 'h14-half-year-fullwidth-text.xlsx',
    fiscalYear: 2023,
    indicators: HALF.map(([name, unit, , , , target, actual, est]) => ind(S3, name, unit, target, actual, est ? { actualStatus: 'provisional' } : {})),
    groups: [],
  },
};

const S4 = '施策評価';
const TWO_YEARS: [string, string, number, number, string, number, number, string][] = [
  ['特定健診受診率', '％', 50, 44.8, 'B', 52, 47.1, 'B'],
  ['がん検診（胃がん）受診率', '％', 12, 9.6, 'B', 13, 7.4, 'D'],
  ['健康ポイント事業参加者数', '人', 1500, 1620, 'A', 1800, 1955, 'A'],
  ['食生活改善推進員数', '人', 80, 61, 'C', 80, 66, 'B'],
  ['成人の喫煙率', '％', 15, 16.2, 'A', 14, 15.8, 'B'],
];

function twoYearHeader(ws: Worksheet): void {
  put(ws, 4, 1, ['指標名', '単位', '令和4年度評価', undefined, undefined, undefined, '令和5年度評価']);
  put(ws, 5, 3, ['目標', '実績', '評価', undefined, '目標', '実績', '評価']);
  ws.mergeCells(4, 3, 4, 5);
  ws.mergeCells(4, 7, 4, 9);
  ws.mergeCells(4, 1, 5, 1);
  ws.mergeCells(4, 2, 5, 2);
}

const twoYears: Holdout14Workbook = {
  name: 'h14-two-evaluation-years-side-by-side',
  layout:
    '令和4年度評価 | spacer column | 令和5年度評価 blocks, each 目標/実績/評価, the title naming 令和5年度 as the year evaluated; one row down-is-better by a 備考 column',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['令和5年度　健康増進計画　施策評価シート（前年度評価との比較）']);
    put(ws, 2, 1, ['評価対象年度：令和5年度（令和4年度は参考）']);
    twoYearHeader(ws);
    put(ws, 4, 10, ['備考']);
    TWO_YEARS.forEach(([name, unit, t4, a4, g4, t5, a5, g5], i) =>
      put(ws, 6 + i, 1, [name, unit, t4, a4, g4, undefined, t5, a5, g5, i === 4 ? '低いほど良い（目標値以下を目指す）' : undefined]),
    );
  },
  expected: {
    file: 'h14-two-evaluation-years-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: TWO_YEARS.map(([name, unit, , , , t5, a5, g5], i) => ind(S4, name, unit, t5, a5, { existing: g5, direction: i === 4 ? 'down' : 'up' })),
    groups: [],
  },
};

export const PERIOD_WORKBOOKS: Holdout14Workbook[] = [quarterly, monthly, halfYear, twoYears];
