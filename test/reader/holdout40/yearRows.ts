/**
 * Another shape of the fortieth hold-out set: four indicator cards on one sheet, two across and two down, each with
 * its title line, a 単位 line (one with a 目指す方向 too) and years as rows (2020年度 … 2024年度) under
 * 年度 | 目標値 | 実績値 | 備考; the evaluation year stated once at the top, a 速報値 in the year's actual.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { box, ind, merged, put, widths } from './sheetKit';

type Cell = string | number | undefined;

interface Card {
  title: string;
  unitLine: string;
  targets: Cell[];
  actuals: Cell[];
  remarks?: Cell[];
}

const YEARS = ['2020年度', '2021年度', '2022年度', '2023年度', '2024年度'];

const CARDS: Card[] = [
  {
    title: '成果指標①　観光施設の入込客数',
    unitLine: '単位：人',
    targets: ['380,000', '400,000', '420,000', '440,000', '460,000'],
    actuals: ['251,400', '318,900', '402,150', '431,020（速報値）'],
    remarks: ['感染症の影響', undefined, undefined, '確定値は秋に公表'],
  },
  {
    title: '成果指標②　市内宿泊施設の延べ宿泊者数',
    unitLine: '単位：人泊',
    targets: ['150,000', '155,000', '160,000', '165,000', '170,000'],
    actuals: ['98,200', '121,400', '148,300', '171,900'],
  },
  {
    title: '成果指標③　観光案内所の外国語対応件数',
    unitLine: '単位：件',
    targets: [500, 800, '1,100', '1,400', '1,700'],
    actuals: [40, 210, 760, '1,020'],
    remarks: ['入国制限', '入国制限'],
  },
  {
    title: '成果指標④　観光アンケートで「不満」と答えた人の割合',
    unitLine: '単位：％　　目指す方向：減少',
    targets: [12.0, 11.0, 10.0, 9.0, 8.0],
    actuals: [13.5, 12.2, 10.8, 9.6],
  },
];

function card(ws: Worksheet, top: number, left: number, c: Card): void {
  merged(ws, top, left, c.title, 4);
  put(ws, top + 1, left, [c.unitLine]);
  put(ws, top + 2, left, ['年度', '目標値', '実績値', '備考']);
  YEARS.forEach((y, i) => put(ws, top + 3 + i, left, [y, c.targets[i], c.actuals[i], c.remarks?.[i]]));
  box(ws, top + 2, left, top + 2 + YEARS.length, left + 3);
}

function buildCards(ws: Worksheet): void {
  widths(ws, [11, 11, 18, 16, 3, 3, 11, 11, 18, 16]);
  merged(ws, 1, 1, '第２次観光振興計画　成果指標の推移', 10);
  put(ws, 2, 1, ['評価年度：2023年度']);
  CARDS.forEach((c, i) => card(ws, 4 + 11 * Math.floor(i / 2), i % 2 ? 7 : 1, c));
}

const S12 = '指標推移';

const CARDS_YEAR_ROWS: Holdout2Workbook = {
  name: 'h40-12-cards-years-as-rows',
  layout:
    'other: four cards two across and two down, title 成果指標①　name, 単位：人 line (one with 目指す方向：減少), years as rows 2020年度…2024年度 under 年度 | 目標値 | 実績値 | 備考',
  build: (wb) => buildCards(wb.addWorksheet(S12)),
  expected: {
    file: 'h40-12-cards-years-as-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S12, '観光施設の入込客数', '人', 440000, 431020, { actualStatus: 'provisional' }),
      ind(S12, '市内宿泊施設の延べ宿泊者数', '人泊', 165000, 171900),
      ind(S12, '観光案内所の外国語対応件数', '件', 1400, 1020),
      ind(S12, '観光アンケートで「不満」と答えた人の割合', '％', 9, 9.6, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const YEAR_ROW_WORKBOOKS: Holdout2Workbook[] = [CARDS_YEAR_ROWS];
