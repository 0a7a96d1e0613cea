/**
 * Family D of the twenty-fourth hold-out set, a third office: a health plan's 評価指標 on two sheets, 区分 merged down,
 * the unit in the name's brackets, a めざす方向 column (増やす / 減らす), the department's 評価 on the first sheet only,
 * 集計中, and one actual under 実績（R5年度） that the cell itself dates 令和4年度 (the latest figure there is: a clerk
 * takes it, and says the figure is another year's).
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { ind, merged, put } from './kit24';

type Row = (string | number | undefined)[];

const HEAD = ['区分', '評価指標', 'めざす方向', '策定時\n（H29年度）', '目標\n（R6年度）', '実績\n（R5年度）', '評価', 'データソース'];

function healthSheet(ws: Worksheet, sections: [string, Row[]][]): void {
  merged(ws, 1, 1, '健康増進計画（第３次）　評価指標の状況（令和５年度実績）', 1, 8);
  put(ws, 3, 1, HEAD);
  let row = 4;
  for (const [section, rows] of sections) {
    merged(ws, row, 1, section, rows.length, 1);
    rows.forEach((r, i) => put(ws, row + i, 2, r));
    row += rows.length;
  }
  merged(ws, row + 1, 1, '※評価欄は担当課の自己評価（Ａ～Ｄ）', 1, 8);
}

const S1 = '1健康づくり';
const S2 = '2こころ・歯';

const SHEET1: [string, Row[]][] = [
  [
    '栄養・食生活',
    [
      ['朝食を欠食する子どもの割合（％）', '減らす', 5.8, 3.0, 4.1, 'C', '全国学力・学習状況調査'],
      ['野菜を１日350g以上食べる人の割合（％）', '増やす', 28.4, 40.0, 31.6, 'B', '市民健康意識調査'],
    ],
  ],
  ['身体活動・運動', [['運動習慣のある人の割合（％）', '増やす', 30.2, 36.0, 33.5, 'B', '市民健康意識調査']]],
  ['たばこ', [['成人の喫煙率（％）', '減らす', 16.9, 12.0, '13.5\n（令和4年度）', 'B', '特定健診質問票']]],
];

const SHEET2: [string, Row[]][] = [
  [
    '休養・こころ',
    [
      ['睡眠で休養が十分とれている人の割合（％）', '増やす', 72.0, 80.0, 74.8, undefined, '市民健康意識調査'],
      ['ストレスを感じている人の割合（％）', '減らす', 47.0, 40.0, 44.0, undefined, '市民健康意識調査'],
    ],
  ],
  [
    '歯・口腔',
    [
      ['80歳で20歯以上自分の歯を有する人の割合（％）', '増やす', 45.1, 55.0, 56.2, undefined, '歯科健診結果'],
      ['むし歯のない３歳児の割合（％）', '増やす', 84.0, 90.0, '集計中', undefined, '３歳児健康診査'],
    ],
  ],
];

const facts: ExpectedIndicator[] = [
  ind(S1, '朝食を欠食する子どもの割合', '%', 3.0, 4.1, { direction: 'down', existing: 'C' }),
  ind(S1, '野菜を１日350g以上食べる人の割合', '%', 40.0, 31.6, { existing: 'B' }),
  ind(S1, '運動習慣のある人の割合', '%', 36.0, 33.5, { existing: 'B' }),
  ind(S1, '成人の喫煙率', '%', 12.0, 13.5, { direction: 'down', existing: 'B' }),
  ind(S2, '睡眠で休養が十分とれている人の割合', '%', 80.0, 74.8),
  ind(S2, 'ストレスを感じている人の割合', '%', 40.0, 44.0, { direction: 'down' }),
  ind(S2, '80歳で20歯以上自分の歯を有する人の割合', '%', 55.0, 56.2),
  ind(S2, 'むし歯のない３歳児の割合', '%', 90.0, null, { actualStatus: 'pending' }),
];

export const healthTwoSheets: Holdout2Workbook = {
  name: 'h24-plan-health-two-sheets',
  layout:
    '計画の指標 on two sheets: 区分 merged down, 評価指標（％）, めざす方向 増やす / 減らす, 策定時（H29年度） | 目標（R6年度） | 実績（R5年度） | 評価 (first sheet only), 集計中, one actual dated 令和4年度 in its cell',
  build(wb) {
    healthSheet(wb.addWorksheet(S1), SHEET1);
    healthSheet(wb.addWorksheet(S2), SHEET2);
  },
  expected: {
    file: 'h24-plan-health-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: facts.map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
    guesses: ['other-year'],
  },
};
