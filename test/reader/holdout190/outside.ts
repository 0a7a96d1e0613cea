/** Hold-out 190, shapes outside the four families that a community-support office really uses. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------------------------------------------------------
// Monthly table of a コミュニティセンター: 4月 … 3月, 年間計, 年間目標, 達成率 (fraction under %), 備考.
// ---------------------------------------------------------------------------------------------------------------

const M_SHEET = '月別利用状況';
const MONTHLY: [string, string, number[], number, string][] = [
  ['利用件数', '件', [212, 236, 251, 228, 190, 244, 263, 258, 207, 181, 199, 230], 2800, '貸館・団体利用の合計'],
  ['利用者数', '人', [2840, 3120, 3390, 3010, 2450, 3230, 3610, 3480, 2790, 2310, 2650, 3050], 40000, '延べ人数'],
  ['主催講座開催回数', '回', [6, 8, 10, 9, 4, 9, 12, 11, 7, 5, 8, 9], 96, ''],
  ['地域交流イベント参加者数', '人', [0, 320, 0, 450, 1280, 0, 0, 860, 0, 0, 410, 0], 5000, '8月夏まつりは荒天により規模縮小'],
];

const monthly: Holdout2Workbook = {
  name: 'h190-getsuji-center',
  layout: 'outside: months 4月…3月 as columns, one row per measure, 年間計 beside 年間目標 and a 達成率 fraction, period only in the title',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [24, 6, ...Array(12).fill(7), 10, 10, 9, 28]);
    merge(ws, 1, 1, 1, 18, '令和６年度　東地区コミュニティセンター　月別利用状況');
    put(ws, 2, 17, ['東地区コミュニティ推進協議会']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 4, 1, ['区分', '単位', ...months, '年間計', '年間目標', '達成率', '備考']);
    MONTHLY.forEach(([name, unit, m, target, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, ...m, sum(m), target, sum(m) / target, note]);
      ws.getCell(r, 17).numFmt = '0.0%';
      for (let c = 3; c <= 16; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    box(ws, 4, 1, 4 + MONTHLY.length, 18);
    wrap(ws, 4, 18, 4 + MONTHLY.length, 18);
    put(ws, 6 + MONTHLY.length, 1, ['※ 1月は施設点検のため4日間休館。年間目標は指定管理事業計画による。']);
  },
  expected: {
    file: 'h190-getsuji-center.xlsx',
    fiscalYear: 2024,
    indicators: MONTHLY.map(([name, unit, m, target]) => ind(M_SHEET, name, unit, target, sum(m))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Per-facility rows: 地区市民センター別 利用者数, unit only in the （単位：人） note, one facility closed (－).
// ---------------------------------------------------------------------------------------------------------------

const F_SHEET = '施設別';

const facilities: Holdout2Workbook = {
  name: 'h190-shisetsu-betsu',
  layout: 'outside: one row per 市民センター (the facility is the indicator), unit only in a （単位：人） note, a closed facility with － throughout',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 22, 8, 13, 13, 13, 10, 36]);
    merge(ws, 1, 1, 1, 8, '地区市民センター別 利用者数（令和６年度）');
    put(ws, 2, 8, ['（単位：人）']);
    put(ws, 3, 1, ['No.', '施設名', '地区', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '対目標比', '備考']);
    const rows: (string | number)[][] = [
      [1, '中央市民センター', '中央', 48210, 50000, 51334, 51334 / 50000, ''],
      [2, '東部市民センター', '東部', 31560, 33000, 29871, 29871 / 33000, ''],
      [3, '西部市民センター', '西部', 22040, 24000, 14602, 14602 / 24000, '10月～3月 空調改修工事のため大ホール休止'],
      [4, '南部市民センター', '南部', 18930, 20000, 19215, 19215 / 20000, ''],
      [5, '北部市民センター', '北部', '－', '－', '－', '－', '耐震改修工事のため令和5年4月～令和7年3月休館'],
      [6, '市民活動支援センター', '中央', 9870, 10500, 11020, 11020 / 10500, '団体登録・相談窓口を含む'],
    ];
    rows.forEach((row, i) => {
      put(ws, 4 + i, 1, row);
      ws.getCell(4 + i, 7).numFmt = '0.0%';
      for (let c = 4; c <= 6; c++) ws.getCell(4 + i, c).numFmt = '#,##0';
    });
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h190-shisetsu-betsu.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(F_SHEET, '中央市民センター', '人', 50000, 51334),
      ind(F_SHEET, '東部市民センター', '人', 33000, 29871),
      ind(F_SHEET, '西部市民センター', '人', 24000, 14602),
      ind(F_SHEET, '南部市民センター', '人', 20000, 19215),
      ind(F_SHEET, '北部市民センター', '人', null, null, { actualStatus: 'not-applicable' }),
      ind(F_SHEET, '市民活動支援センター', '人', 10500, 11020),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Years as rows: 令和2年度 … 令和7年度 down, each indicator a 目標 / 実績 column pair, unit in the heading.
// ---------------------------------------------------------------------------------------------------------------

const Y_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h190-nendo-suii',
  layout: 'outside: fiscal years as rows (R2…R7), indicators as 目標/実績 column pairs under merged headings with the unit in （）',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 10, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 10, '自治会・地域活動 主要指標の推移（令和６年度評価）');
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '自治会加入率（％）');
    merge(ws, 3, 4, 3, 5, '自主防災訓練を実施した自治会数（団体）');
    merge(ws, 3, 6, 3, 7, '地域一斉清掃参加者数（人）');
    merge(ws, 3, 8, 3, 9, '地域活動ボランティア登録者数（人）');
    merge(ws, 3, 10, 4, 10, '備考');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和2年度', 72.0, 70.5, 110, 38, 15000, '中止', 1000, 912, '新型コロナにより清掃・訓練を縮小'],
      ['令和3年度', 71.5, 69.8, 110, 52, 15000, 9870, 1100, 968, ''],
      ['令和4年度', 71.0, 69.1, 115, 88, 15000, 13240, 1150, 1041, ''],
      ['令和5年度', 70.5, 68.4, 115, 101, 15000, 14880, 1200, 1096, ''],
      ['令和6年度', 70.0, 67.8, 120, 104, 15000, 15420, 1300, 1162, ''],
      ['令和7年度', 70.0, undefined, 125, undefined, 15000, undefined, 1400, undefined, '目標のみ'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 4, 10);
    box(ws, 3, 1, 10, 10);
    put(ws, 12, 1, ['※ 自治会加入率は各年度4月1日現在、その他は年度の実績。']);
  },
  expected: {
    file: 'h190-nendo-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '自治会加入率', '%', 70.0, 67.8),
      ind(Y_SHEET, '自主防災訓練を実施した自治会数', '団体', 120, 104),
      ind(Y_SHEET, '地域一斉清掃参加者数', '人', 15000, 15420),
      ind(Y_SHEET, '地域活動ボランティア登録者数', '人', 1300, 1162),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// Forms, one per sheet: 事務事業評価シート with an 活動指標 and a 成果指標 block, R5 実績 / R6 目標 / R6 実績 / R7 目標.
// ---------------------------------------------------------------------------------------------------------------

interface Form {
  sheet: string;
  code: string;
  project: string;
  purpose: string;
  rows: [string, string, string, number, number, number, number][];
  verdict: string;
}

const FORMS: Form[] = [
  {
    sheet: '事業01',
    code: '03-01-001',
    project: '自治会活動支援事業',
    purpose: '自治会連合会の運営支援、自治会長会議の開催、自治会活動保険の加入等により自治会活動を支える。',
    rows: [
      ['活動指標', '自治会長会議の開催回数', '回', 4, 4, 4, 4],
      ['成果指標', '自治会加入世帯数', '世帯', 41320, 41500, 40212, 41500],
    ],
    verdict: '現状のまま継続',
  },
  {
    sheet: '事業02',
    code: '03-01-002',
    project: '地域集会施設整備補助事業',
    purpose: '自治会が所有・管理する集会所の改修、バリアフリー化、耐震化に要する経費の一部を補助する。',
    rows: [
      ['活動指標', '補助件数', '件', 7, 8, 5, 8],
      ['成果指標', 'バリアフリー化済み集会所の割合', '%', 41.6, 45.0, 43.1, 48.0],
    ],
    verdict: '改善して継続',
  },
  {
    sheet: '事業03',
    code: '03-02-001',
    project: '市民活動支援センター運営事業',
    purpose: '市民活動団体・NPOの相談、情報提供、交流の場の提供を行い、地域の担い手を育てる。',
    rows: [
      ['活動指標', '相談対応件数', '件', 488, 500, 534, 520],
      ['成果指標', 'センター登録団体数', '団体', 171, 220, 178, 230],
    ],
    verdict: '現状のまま継続',
  },
];

const forms: Holdout2Workbook = {
  name: 'h190-jimujigyo-forms',
  layout: 'outside: one 事務事業評価シート per sheet, 活動指標/成果指標 rows with R5実績, R6目標, R6実績, R7目標 columns, title names the evaluation year R7',
  build(wb: Workbook) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 30, 8, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 7, '令和７年度　事務事業評価シート（令和６年度実施事業）');
      put(ws, 3, 1, ['事業コード', f.code]);
      put(ws, 4, 1, ['事業名']);
      merge(ws, 4, 2, 4, 7, f.project);
      put(ws, 5, 1, ['担当課']);
      merge(ws, 5, 2, 5, 7, '市民協働部 地域振興課');
      put(ws, 6, 1, ['事業の目的']);
      merge(ws, 6, 2, 6, 7, f.purpose);
      ws.getRow(6).height = 32;
      box(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['区分', '指標名', '単位', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '令和7年度\n目標']);
      f.rows.forEach((row, i) => put(ws, 9 + i, 1, row));
      wrap(ws, 8, 1, 8, 7);
      box(ws, 8, 1, 8 + f.rows.length, 7);
      put(ws, 12, 1, ['事業の方向性']);
      merge(ws, 12, 2, 12, 7, f.verdict);
      put(ws, 13, 1, ['課題・改善点']);
      merge(ws, 13, 2, 13, 7, '担い手の高齢化への対応、周知方法の見直しを進める。');
      box(ws, 12, 1, 13, 7);
    }
  },
  expected: {
    file: 'h190-jimujigyo-forms.xlsx',
    fiscalYear: 2024,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, , target, actual]) => ind(f.sheet, name, unit, target, actual))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, facilities, yearsAsRows, forms];
