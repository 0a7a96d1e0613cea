/**
 * Hold-out 129, four shapes outside the families that 国保・年金 offices use: a 特定健診等実施計画 実施状況 with years as rows
 * and 目標値／実績値 pairs under each indicator (the period not stated anywhere: the latest year with actuals, a guess), 事務事業
 * 評価シート one 事業 per sheet (活動指標／成果指標 rows, 令和4年度実績 beside 令和5年度 目標／実績, 達成率, a 「－」), a 国保税
 * 月別収納状況 in 千円 with cumulative monthly 収納率 and a 収納率目標と実績 block below, and a 後期高齢者保健事業 plan split over
 * a 目標値 sheet (three years, 目指す方向 増加／減少) and a 実績値 sheet joined by No.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// ---------------------------------------------------------------------------------------------------------------------------
// Years as rows, 目標値／実績値 pairs per indicator; no 評価対象年度 anywhere.

const S1 = '実施状況';
const yearsAsRows: Holdout2Workbook = {
  name: 'h129-tokutei-kenshin-nendo',
  layout: 'years as rows (平成30年度…令和5年度), 目標値／実績値 pairs under three merged indicator headings, actuals to 令和2年度, period not stated',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    widths(ws, [13, 10, 10, 10, 10, 10, 10, 40]);
    merge(ws, 1, 1, 1, 8, '○○市国民健康保険　第３期特定健康診査等実施計画　実施状況');
    put(ws, 2, 8, ['保険年金課']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '特定健康診査受診率（％）');
    merge(ws, 4, 4, 4, 5, '特定保健指導実施率（％）');
    merge(ws, 4, 6, 4, 7, '特定保健指導対象者の減少率（％）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標値', '実績値', '目標値', '実績値', '目標値', '実績値']);
    const rows: Cell[][] = [
      ['平成30年度', 40, 36.1, 30, 28.8, 10, 8.2],
      ['令和元年度', 45, 37.4, 35, 33.5, 12.5, 11],
      ['令和2年度', 50, 33.4, 40, 41.7, 15, 12.6, '新型コロナウイルス感染症の影響により集団健診を一部中止'],
      ['令和3年度', 55, undefined, 45, undefined, 18],
      ['令和4年度', 58, undefined, 50, undefined, 20],
      ['令和5年度', 60, undefined, 60, undefined, 25, undefined, '計画最終年度（国の目標：受診率60％、実施率60％）'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (let r = 6; r <= 11; r++) for (let c = 2; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0';
    wrap(ws, 4, 1, 11, 8);
    box(ws, 4, 1, 11, 8);
  },
  expected: {
    file: 'h129-tokutei-kenshin-nendo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(S1, '特定健康診査受診率', '％', 50, 33.4),
      ind(S1, '特定保健指導実施率', '％', 40, 41.7),
      ind(S1, '特定保健指導対象者の減少率', '％', 15, 12.6),
    ],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet.

interface Jigyo {
  sheet: string;
  name: string;
  ka: string;
  purpose: string;
  rows: [string, string, string, Cell, Cell, Cell, Cell][];
  direction: string;
}

function jigyoSheet(wb: Workbook, j: Jigyo): void {
  const ws = wb.addWorksheet(j.sheet);
  widths(ws, [12, 34, 7, 13, 13, 13, 10]);
  merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 4, j.name);
  put(ws, 3, 5, ['担当課']);
  merge(ws, 3, 6, 3, 7, j.ka);
  put(ws, 4, 1, ['評価対象年度']);
  merge(ws, 4, 2, 4, 4, '令和５年度');
  put(ws, 4, 5, ['会計区分']);
  merge(ws, 4, 6, 4, 7, j.sheet === '事業03' ? '一般会計' : '国民健康保険特別会計');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 7, j.purpose);
  put(ws, 7, 1, ['指標区分', '指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '達成率']);
  j.rows.forEach((r, i) => put(ws, 8 + i, 1, r));
  put(ws, 11, 1, ['今後の方向性']);
  merge(ws, 11, 2, 11, 7, j.direction);
  wrap(ws, 3, 1, 11, 7);
  box(ws, 3, 1, 5, 7);
  box(ws, 7, 1, 7 + j.rows.length, 7);
  box(ws, 11, 1, 11, 7);
}

const JIGYO: Jigyo[] = [
  {
    sheet: '事業01',
    name: '特定健康診査事業',
    ka: '保険年金課',
    purpose: '生活習慣病の早期発見のため、40歳から74歳の国保被保険者に特定健康診査を実施する。',
    rows: [
      ['活動指標', '受診勧奨通知送付件数', '件', 7650, 8000, 8412, '105.2%'],
      ['成果指標', '特定健康診査受診率', '％', 42.3, 50, 44.6, '89.2%'],
    ],
    direction: '継続（受診勧奨の対象を40・50歳代に重点化）',
  },
  {
    sheet: '事業02',
    name: '国民健康保険税収納対策事業',
    ka: '収納課',
    purpose: '国保財政の安定のため、滞納の早期解消と収納率の向上を図る。',
    rows: [
      ['活動指標', '差押執行件数', '件', 281, 300, 245, '81.7%'],
      ['成果指標', '国民健康保険税収納率（現年課税分）', '％', 95.52, 96, 95.8, '99.8%'],
    ],
    direction: '継続',
  },
  {
    sheet: '事業03',
    name: '国民年金事務（法定受託事務）',
    ka: '保険年金課',
    purpose: '国民年金の資格取得・免除申請等の届出を受け付け、年金相談に応じる。',
    rows: [
      ['活動指標', '年金相談件数', '件', 1182, 1200, 1356, '113.0%'],
      ['成果指標', '国民年金保険料納付率', '％', 72.1, 74, '－', '－'],
    ],
    direction: '継続',
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h129-jimujigyo-sheets',
  layout: '事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows with 令和4年度実績, 令和5年度目標／実績, 達成率 text, a 「－」',
  build(wb) {
    for (const j of JIGYO) jigyoSheet(wb, j);
  },
  expected: {
    file: 'h129-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業01', '受診勧奨通知送付件数', '件', 8000, 8412),
      ind('事業01', '特定健康診査受診率', '％', 50, 44.6),
      ind('事業02', '差押執行件数', '件', 300, 245),
      ind('事業02', '国民健康保険税収納率（現年課税分）', '％', 96, 95.8),
      ind('事業03', '年金相談件数', '件', 1200, 1356),
      ind('事業03', '国民年金保険料納付率', '％', 74, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 月別収納状況 with a 目標と実績 block.

const S3 = '月別収納状況';
const monthly: Holdout2Workbook = {
  name: 'h129-kokuhozei-tsukibetsu',
  layout: '国保税 月別収納状況 (千円, cumulative 収納率 per month to 出納整理期間) with a 収納率目標と実績 block of three rows below',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    widths(ws, [22, 14, 14, 14, 14, 26]);
    merge(ws, 1, 1, 1, 6, '令和元年度　国民健康保険税　月別収納状況（現年課税分）');
    put(ws, 2, 6, ['（単位：千円、％）']);
    put(ws, 4, 1, ['月', '調定額', '収納額（累計）', '収納率（累計）', '前年度同月 収納率']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '出納整理期間（5月末）'];
    const rates = [0.0, 0.0, 0.0, 9.84, 19.62, 29.15, 38.7, 48.03, 57.46, 66.92, 76.31, 88.05, 95.12];
    const before = [0.0, 0.0, 0.0, 9.71, 19.4, 28.96, 38.41, 47.85, 57.12, 66.5, 75.98, 87.8, 94.88];
    months.forEach((m, i) => {
      if (i < 3) put(ws, 5 + i, 1, [m, '－', '－', '－', '－']);
      else put(ws, 5 + i, 1, [m, 2418650, Math.round((2418650 * rates[i]) / 100), rates[i], before[i]]);
    });
    for (let r = 5; r <= 17; r++) {
      ws.getCell(r, 2).numFmt = '#,##0';
      ws.getCell(r, 3).numFmt = '#,##0';
      ws.getCell(r, 4).numFmt = '0.00';
      ws.getCell(r, 5).numFmt = '0.00';
    }
    put(ws, 18, 1, ['※4～6月は本算定前のため調定なし']);
    box(ws, 4, 1, 17, 5);
    put(ws, 20, 1, ['■ 収納率目標と実績（令和元年度）']);
    put(ws, 21, 1, ['区分', '目標', '実績', '前年度実績', '備考']);
    put(ws, 22, 1, ['現年課税分収納率', '95.50％', '95.12％', '94.88％', '出納閉鎖後の確定値']);
    put(ws, 23, 1, ['滞納繰越分収納率', '22.00％', '24.35％', '21.40％', '']);
    put(ws, 24, 1, ['口座振替率', '50.0％', '47.6％', '46.9％', '納税義務者数に対する割合']);
    wrap(ws, 21, 1, 24, 5);
    box(ws, 21, 1, 24, 5);
  },
  expected: {
    file: 'h129-kokuhozei-tsukibetsu.xlsx',
    fiscalYear: 2019,
    indicators: [ind(S3, '現年課税分収納率', '％', 95.5, 95.12), ind(S3, '滞納繰越分収納率', '％', 22, 24.35), ind(S3, '口座振替率', '％', 50, 47.6)],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Split sheets: 目標値 and 実績値, joined by No.

const ST = '目標値';
const SA = '実績値';
const split: Holdout2Workbook = {
  name: 'h129-kouki-hoken-split',
  layout: '後期高齢者保健事業 plan split over a 目標値 sheet (平成30年度…令和2年度, 目指す方向 増加／減少) and a 実績値 sheet, joined by No.',
  build(wb) {
    const t = wb.addWorksheet(ST);
    widths(t, [6, 34, 7, 10, 12, 12, 12]);
    merge(t, 1, 1, 1, 7, '○○市後期高齢者保健事業実施計画　指標と目標値');
    put(t, 3, 1, ['No.', '指標名', '単位', '目指す方向', '平成30年度', '令和元年度', '令和2年度']);
    const targets: Cell[][] = [
      [1, '後期高齢者健康診査受診率', '％', '増加', 28, 30, 32],
      [2, '歯科健康診査受診者数', '人', '増加', 600, 650, 700],
      [3, '重複・頻回受診者訪問指導者数', '人', '増加', 50, 55, 60],
      [4, '後期高齢者医療保険料収納率', '％', '増加', 99.4, 99.45, 99.5],
      [5, '被保険者一人当たり医療費', '円', '減少', 950000, 960000, 970000],
    ];
    targets.forEach((r, i) => put(t, 4 + i, 1, r));
    for (let c = 5; c <= 7; c++) t.getCell(8, c).numFmt = '#,##0';
    box(t, 3, 1, 8, 7);
    const a = wb.addWorksheet(SA);
    widths(a, [6, 34, 14, 36]);
    merge(a, 1, 1, 1, 4, '○○市後期高齢者保健事業　実績');
    merge(a, 2, 1, 2, 4, '評価対象年度：平成30年度');
    put(a, 4, 1, ['No.', '指標名', '平成30年度実績', '備考']);
    const actuals: Cell[][] = [
      [1, '後期高齢者健康診査受診率', 24.9, ''],
      [2, '歯科健康診査受診者数', 652, ''],
      [3, '重複・頻回受診者訪問指導者数', 29, '訪問対象者の入院・転居等により減少'],
      [4, '後期高齢者医療保険料収納率', 99.52, ''],
      [5, '被保険者一人当たり医療費', 968214, '単位：円'],
    ];
    actuals.forEach((r, i) => put(a, 5 + i, 1, r));
    a.getCell(9, 3).numFmt = '#,##0';
    wrap(a, 4, 1, 9, 4);
    box(a, 4, 1, 9, 4);
  },
  expected: {
    file: 'h129-kouki-hoken-split.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind(SA, '後期高齢者健康診査受診率', '％', 28, 24.9),
      ind(SA, '歯科健康診査受診者数', '人', 600, 652),
      ind(SA, '重複・頻回受診者訪問指導者数', '人', 50, 29),
      ind(SA, '後期高齢者医療保険料収納率', '％', 99.4, 99.52),
      ind(SA, '被保険者一人当たり医療費', '円', 950000, 968214, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, monthly, split];
