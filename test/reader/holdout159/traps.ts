/**
 * Hold-out 159, three traps of 土地改良・農業基盤整備 sheets: a 令和３年度 進捗状況 whose 計画目標 and 実績累計 are five-year
 * totals beside the year's own 目標／実績 (単年度), a 令和７年度 成果指標評価表 with a 「前年度以上」 target, a 「－」 actual,
 * last year's figure in 備考, full-width digits with a 「うち」 note in the cell and a 「３件以下」 target, and a 年度別推移 whose
 * 令和３年度（9月末現在） column is already filled and whose ％ are fractions under a % format.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const R_SHEET = '進捗状況';
const R_ROWS: [string, string, number, number, number, number][] = [
  ['用排水路改修延長', 'm', 6000, 1200, 1080, 2310],
  ['農道舗装延長', 'm', 4000, 800, 920, 1730],
  ['ため池改修箇所数', '箇所', 10, 2, 1, 3],
  ['暗渠排水施工面積', 'ha', 150, 30, 24.6, 55.8],
];

const ruikei: Holdout2Workbook = {
  name: 'h159-t-ruikei-tannendo',
  layout: 'trap: 計画目標（R2～R6累計） and 実績累計（R2～R3） beside the 令和３年度 目標／実績 (単年度), a 計画進捗率 of the totals',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [5, 22, 7, 14, 14, 14, 14, 12, 24]);
    merge(ws, 1, 1, 1, 9, '令和３年度　農業農村整備事業の進捗状況（基盤整備計画：令和２年度～令和６年度）');
    put(ws, 3, 1, [
      'No.',
      '事業・指標',
      '単位',
      '計画目標\n（R2～R6累計）',
      '令和３年度\n目標（単年度）',
      '令和３年度\n実績（単年度）',
      '実績累計\n（R2～R3）',
      '計画進捗率\n（累計）',
      '備考',
    ]);
    R_ROWS.forEach((r, i) => put(ws, 4 + i, 1, [i + 1, ...r, `${((r[5] / r[2]) * 100).toFixed(1)}%`]));
    put(ws, 6, 9, ['1箇所は地元調整により次年度着手']);
    wrap(ws, 3, 1, 3, 9);
    box(ws, 3, 1, 3 + R_ROWS.length, 9);
  },
  expected: {
    file: 'h159-t-ruikei-tannendo.xlsx',
    fiscalYear: 2021,
    indicators: R_ROWS.map((r) => ind(R_SHEET, r[0], r[1], r[3], r[4])),
    groups: [],
  },
};

const M_SHEET = '成果指標評価表';
const mokuhyo: Holdout2Workbook = {
  name: 'h159-t-mokuhyo-hisuuchi-bikou',
  layout: 'trap: 「前年度以上」 target, 「－」 actual, last year in 備考, full-width digits with a うち note, 「３件以下」 target',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [5, 36, 7, 14, 18, 36]);
    merge(ws, 1, 1, 1, 6, '令和７年度　成果指標評価表（農林部 農村整備課）');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '令和７年度\n目標値', '令和７年度\n実績値', '備考']);
    const rows: [string, string, string, string, string][] = [
      ['農業用用排水路の草刈り・泥上げ参加者数', '人', '前年度以上', '1,905', '令和６年度 1,842人'],
      ['基幹水利施設の機能保全計画策定率', '％', '100', '－', '県の計画見直しに合わせ令和７年度は策定作業なし'],
      ['農業用水路の漏水補修件数', '件', '40', '36', '※令和６年度実績 41件'],
      ['ほ場整備（区画整理）面積', 'ha', '２５．０', '２２．４\n（うち大区画 １２．０）', '大区画：１ha以上'],
      ['水利施設の突発事故件数', '件', '３件以下', '２', '減少を目指す指標'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, [i + 1, ...r]));
    wrap(ws, 3, 1, 3 + rows.length, 6);
    box(ws, 3, 1, 3 + rows.length, 6);
  },
  expected: {
    file: 'h159-t-mokuhyo-hisuuchi-bikou.xlsx',
    fiscalYear: 2025,
    indicators: [
      ind(M_SHEET, '農業用用排水路の草刈り・泥上げ参加者数', '人', null, 1905),
      ind(M_SHEET, '基幹水利施設の機能保全計画策定率', '％', 100, null, { actualStatus: 'not-applicable' }),
      ind(M_SHEET, '農業用水路の漏水補修件数', '件', 40, 36),
      ind(M_SHEET, 'ほ場整備（区画整理）面積', 'ha', 25.0, 22.4),
      ind(M_SHEET, '水利施設の突発事故件数', '件', 3, 2, { direction: 'down' }),
    ],
    groups: [],
  },
};

const Y_SHEET = '年度別推移';
const Y_ROWS: [string, string, string, number, number, number, number, number][] = [
  ['ほ場整備率', '％', '↑', 0.58, 0.541, 0.553, 0.566, 0.571],
  ['担い手への農地集積率', '％', '↑', 0.65, 0.598, 0.631, 0.662, 0.668],
  ['農業用用排水路の整備延長（累計）', 'km', '↑', 142.0, 131.2, 135.0, 138.5, 140.1],
  ['湛水被害発生件数', '件', '↓', 4, 9, 7, 6, 1],
];

const suii: Holdout2Workbook = {
  name: 'h159-t-nendo-suii-fraction',
  layout: 'trap: 年度別推移 with a 令和３年度（9月末現在） column already filled, ％ stored as fractions under a 0.0% format, 方向 ↑／↓',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [34, 7, 6, 12, 12, 12, 12, 16]);
    merge(ws, 1, 1, 1, 8, '農業基盤整備の成果指標　年度別推移');
    merge(ws, 2, 1, 2, 8, '評価対象：令和２年度　（令和３年度は９月末現在の速報値）');
    put(ws, 4, 1, ['指標名', '単位', '方向', '目標値（R2）', '平成30年度', '令和元年度', '令和２年度', '令和３年度\n（9月末現在）']);
    Y_ROWS.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      if (r[1] === '％') for (let c = 4; c <= 8; c++) ws.getCell(5 + i, c).numFmt = '0.0%';
    });
    wrap(ws, 4, 1, 4, 8);
    box(ws, 4, 1, 4 + Y_ROWS.length, 8);
    put(ws, 6 + Y_ROWS.length, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h159-t-nendo-suii-fraction.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(Y_SHEET, 'ほ場整備率', '％', 58, 56.6),
      ind(Y_SHEET, '担い手への農地集積率', '％', 65, 66.2),
      ind(Y_SHEET, '農業用用排水路の整備延長（累計）', 'km', 142.0, 138.5),
      ind(Y_SHEET, '湛水被害発生件数', '件', 4, 6, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, mokuhyo, suii];
