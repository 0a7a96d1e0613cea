/**
 * Family B of the fortieth hold-out set: 事業実績 tables as two more offices lay them out — the year's target and
 * actual in ONE cell on two lines (「目標：120件」⏎「実績：98件」) beside last year's figure, one project abolished,
 * one not carried out; and two sections stacked on one sheet, each with its header repeated, a 前年度評価 column
 * before the figures, targets and actuals as text with their measure's label and unit.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { box, ind, merged, put, widths, withoutUnit } from './sheetKit';

type Row = (string | number | undefined)[];

const S4 = '事業実績（福祉部）';
const ONE_CELL_ROWS: Row[] = [
  [1, '生活困窮者自立相談支援事業', '生活困窮者の相談を受け、自立に向けた支援計画を作成する。', '新規相談 105件', '目標：120件\n実績：98件', 'B', '生活福祉課'],
  [2, '介護予防教室開催事業', '地区公民館で運動機能向上の教室を開催する。', '46回', '目標：48回\n実績：52回', 'A', '高齢介護課'],
  [
    3,
    '認知症サポーター養成講座',
    '認知症の正しい知識を持つサポーターを養成する。',
    '812人',
    '目標：1,000人\n実績：635人',
    'B',
    '高齢介護課',
    '企業向け講座の申込みが減少',
  ],
  [
    4,
    '配食サービス事業',
    '一人暮らし高齢者に夕食を届け、安否を確認する。',
    '11,480食',
    '目標：12,000食\n実績：11,250食（見込み）',
    'B',
    '高齢介護課',
    '3月分は見込み',
  ],
  [5, '手話奉仕員養成事業', '手話奉仕員の入門・基礎講座を開催する。', '18人', '目標：20人\n実績：未実施', 'D', '障がい福祉課', '講師が確保できず未実施'],
  [
    6,
    '緊急通報装置貸与事業',
    'ひとり暮らし高齢者宅に緊急通報装置を貸与する。',
    '142台',
    '目標：－\n実績：－',
    '－',
    '高齢介護課',
    '令和５年４月　事業廃止（民間サービスへ移行）',
  ],
  [7, '高齢者バス乗車券交付事業', '70歳以上の希望者に路線バスの乗車券を交付する。', '3,420人', '目標：3,500人\n実績：3,812人', 'A', '高齢介護課'],
];

function buildOneCell(ws: Worksheet): void {
  widths(ws, [5, 26, 34, 14, 20, 9, 12, 30]);
  merged(ws, 1, 1, '令和５年度　主要事業の実績（福祉部）', 8);
  put(ws, 4, 1, ['No.', '事業名', '事業の内容', '前年度（R4）実績', '令和5年度\n目標・実績', '自己評価', '担当課', '備考']);
  ONE_CELL_ROWS.forEach((r, i) => {
    put(ws, 5 + i, 1, r);
    ws.getRow(5 + i).height = 32;
    ws.getCell(5 + i, 5).alignment = { wrapText: true, vertical: 'middle' };
  });
  box(ws, 4, 1, 11, 8);
  put(ws, 13, 1, ['※自己評価　A：目標達成　B：目標の80％以上　C：60％以上80％未満　D：60％未満又は未実施']);
}

const ONE_CELL: Holdout2Workbook = {
  name: 'h40-04-target-actual-one-cell',
  layout:
    'B: the year target and actual in one cell on two lines (目標：120件⏎実績：98件), last year actual beside, 見込み, 未実施, a project abolished (目標：－⏎実績：－)',
  build: (wb) => buildOneCell(wb.addWorksheet(S4)),
  expected: {
    file: 'h40-04-target-actual-one-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S4, '生活困窮者自立相談支援事業', '件', 120, 98, { existing: 'B' }),
      ind(S4, '介護予防教室開催事業', '回', 48, 52, { existing: 'A' }),
      ind(S4, '認知症サポーター養成講座', '人', 1000, 635, { existing: 'B' }),
      ind(S4, '配食サービス事業', '食', 12000, 11250, { existing: 'B', actualStatus: 'provisional' }),
      ind(S4, '手話奉仕員養成事業', '人', 20, null, { existing: 'D', actualStatus: 'not-implemented' }),
      withoutUnit(ind(S4, '緊急通報装置貸与事業', null, null, null, { actualStatus: 'not-applicable' })),
      ind(S4, '高齢者バス乗車券交付事業', '人', 3500, 3812, { existing: 'A' }),
    ],
    groups: [],
  },
};

const S5 = 'R5事業評価';
const HEADER = ['事業番号', '事業名', '前年度評価', '目標値（R5）', '実績値（R5）', '評価', '今後の方向性', '備考'];
const SECTION_1: Row[] = [
  ['1-1', '中小企業設備投資補助事業', 'B', '補助金交付件数 15件', '補助金交付件数 12件', 'B', '継続'],
  ['1-2', '創業支援事業', 'A', '創業者数 20人', '創業者数 26人', 'A', '拡充'],
  ['1-3', '中心市街地にぎわい創出事業', 'C', 'イベント来場者数 30,000人', 'イベント来場者数 17,400人', 'C', '見直し', '雨天により2日間のうち1日を中止'],
];
const SECTION_2: Row[] = [
  ['2-1', '観光PR推進事業', 'B', 'ホームページ閲覧数 250,000件', 'ホームページ閲覧数 231,540件', 'B', '継続'],
  ['2-2', 'インバウンド誘客事業', 'D', '外国人宿泊者数 4,000人泊', '外国人宿泊者数 4,950人泊（速報値）', 'A', '拡充', '確定値は6月に公表予定'],
  ['2-3', 'ふるさと納税推進事業', 'A', '寄附額 350,000千円', '寄附額 298,760千円', 'B', '継続'],
];

function section(ws: Worksheet, top: number, title: string, rows: Row[]): void {
  put(ws, top, 1, [title]);
  put(ws, top + 1, 1, HEADER);
  rows.forEach((r, i) => put(ws, top + 2 + i, 1, r));
  box(ws, top + 1, 1, top + 1 + rows.length, HEADER.length);
}

function buildSections(ws: Worksheet): void {
  widths(ws, [9, 28, 10, 28, 32, 7, 12, 30]);
  merged(ws, 1, 1, '令和５年度　事業評価調書（産業振興部）', 8);
  section(ws, 3, '■基本目標１　産業の振興', SECTION_1);
  section(ws, 9, '■基本目標２　観光の振興', SECTION_2);
  put(ws, 15, 1, ['※評価　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満']);
}

const SECTIONS: Holdout2Workbook = {
  name: 'h40-05-project-sections',
  layout:
    'B: two sections (■基本目標１ / ■基本目標２) stacked with the header repeated, 前年度評価 before the figures, measures as text with label and unit, 速報値, 千円 and 人泊',
  build: (wb) => buildSections(wb.addWorksheet(S5)),
  expected: {
    file: 'h40-05-project-sections.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '中小企業設備投資補助事業', '件', 15, 12, { existing: 'B' }),
      ind(S5, '創業支援事業', '人', 20, 26, { existing: 'A' }),
      ind(S5, '中心市街地にぎわい創出事業', '人', 30000, 17400, { existing: 'C' }),
      ind(S5, '観光PR推進事業', '件', 250000, 231540, { existing: 'B' }),
      ind(S5, 'インバウンド誘客事業', '人泊', 4000, 4950, { existing: 'A', actualStatus: 'provisional' }),
      ind(S5, 'ふるさと納税推進事業', '千円', 350000, 298760, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [ONE_CELL, SECTIONS];
