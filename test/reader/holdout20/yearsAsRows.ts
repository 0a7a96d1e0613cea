/**
 * Hold-out 20, a 観光振興計画 数値目標 table with the years as rows (平成30年度 … 令和６年度) and the indicators
 * across, each heading merged over 目標/実績 with its unit in the heading, an "約238,000" actual.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const S = '数値目標の推移';
/** [heading, name, unit, [target, actual] by year 平成30…令和６ (undefined: none)] */
const COLUMNS: [string, string, string, [number | string | undefined, number | string | undefined][]][] = [
  [
    '観光入込客数（千人）',
    '観光入込客数',
    '千人',
    [
      [undefined, 1652],
      [1680, 1701],
      [1700, 812],
      [1720, 1104],
      [1760, 1498],
      [1800, 1712],
      [1850, undefined],
    ],
  ],
  [
    '宿泊者数（人）',
    '宿泊者数',
    '人',
    [
      [undefined, 231400],
      [233000, 236120],
      [235000, 121880],
      [237000, 150340],
      [240000, 209750],
      [245000, '約238,000'],
      [250000, undefined],
    ],
  ],
  [
    '外国人観光客数（人）',
    '外国人観光客数',
    '人',
    [
      [undefined, 8410],
      [9000, 9620],
      [10000, 310],
      [10500, 120],
      [11000, 1950],
      [12000, 4820],
      [13000, undefined],
    ],
  ],
  [
    '観光消費額（百万円）',
    '観光消費額',
    '百万円',
    [
      [undefined, 19870],
      [20000, 20310],
      [20500, 10220],
      [20800, 13980],
      [21000, 18760],
      [21500, 22140],
      [22000, undefined],
    ],
  ],
];
const YEARS = ['平成30年度（基準）', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度（最終）'];

export const kankoYearsAsRows: Holdout2Workbook = {
  name: 'h20-kanko-years-as-rows',
  layout:
    '観光振興計画 数値目標の推移: years down the rows (平成30年度（基準）…令和６年度（最終）), four indicators across, each heading "観光入込客数（千人）" merged over 目標/実績, 評価対象 line above, an "約238,000" actual, a 出典 note row',
  build(wb) {
    const ws = wb.addWorksheet(S);
    ws.mergeCells('A1:I1');
    ws.getCell('A1').value = 'さくら市観光振興計画　数値目標の推移';
    put(ws, 2, 1, ['評価対象：令和５年度']);
    ws.mergeCells('A4:A5');
    ws.getCell('A4').value = '年度';
    COLUMNS.forEach(([heading], i) => {
      ws.mergeCells(4, 2 + 2 * i, 4, 3 + 2 * i);
      ws.getCell(4, 2 + 2 * i).value = heading;
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    YEARS.forEach((y, r) => {
      put(ws, 6 + r, 1, [y]);
      COLUMNS.forEach(([, , , figures], i) => put(ws, 6 + r, 2 + 2 * i, figures[r]));
    });
    put(ws, 14, 1, ['出典：さくら市観光客入込数調査（令和２・３年度は感染症の影響により大幅減）']);
  },
  expected: {
    file: 'h20-kanko-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S, '観光入込客数', '千人', 1800, 1712),
      ind(S, '宿泊者数', '人', 245000, 238000, { actualStatus: 'approximate' }),
      ind(S, '外国人観光客数', '人', 12000, 4820),
      ind(S, '観光消費額', '百万円', 21500, 22140),
    ],
    groups: [],
  },
};
