/** Hold-out 170, traps: other years' columns, a 累計 target beside 単年度 figures, a target in words, notes that look like values, ％ as fractions. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1_SHEET = '効果検証';

/** A 令和５年度 効果検証 with R4実績 and R6目標／R6実績（見込） columns already filled beside R5目標／R5実績. */
const otherYears: Holdout2Workbook = {
  name: 'h170-t-kensho-other-years',
  layout: '令和５年度 KPI効果検証シート, 基準値（R元）, R4実績, R5目標／R5実績, R6目標, R6実績（見込） filled, 達成状況 A–D with the default words and bands',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [30, 6, 11, 10, 10, 10, 10, 12, 10]);
    merge(ws, 1, 1, 1, 9, '令和５年度　KPI効果検証シート（放課後児童対策）');
    put(ws, 3, 1, ['KPI', '単位', '基準値\n（R元）', 'R4実績', 'R5目標', 'R5実績', 'R6目標', 'R6実績\n（見込）', '達成状況\n（R5）']);
    const rows: (string | number)[][] = [
      ['放課後児童クラブ定員数', '人', 1980, 2210, 2400, 2380, 2500, 2520, 'B'],
      ['病児保育の利用登録者数', '人', 2200, 2870, 3000, 3150, 3200, 3260, 'A'],
      ['放課後子ども教室のボランティア登録者数', '人', 380, 296, 420, 301, 440, 430, 'C'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 6, 9);
    wrap(ws, 3, 1, 3, 9);
    merge(ws, 8, 1, 8, 9, '達成状況　A：順調（達成率100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）');
    merge(ws, 9, 1, 9, 9, '※R6実績は令和6年9月末時点の見込み');
  },
  expected: {
    file: 'h170-t-kensho-other-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '放課後児童クラブ定員数', '人', 2400, 2380, { existing: 'B' }),
      ind(T1_SHEET, '病児保育の利用登録者数', '人', 3000, 3150, { existing: 'A' }),
      ind(T1_SHEET, '放課後子ども教室のボランティア登録者数', '人', 420, 301, { existing: 'C' }),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標評価';

/** A 累計 target beside 単年度／累計 rows, a 「前年度実績以上」 target with no figure to derive it from, 備考 with figures, a 集計中. */
const cumulativeAndWords: Holdout2Workbook = {
  name: 'h170-t-ruikei-words',
  layout: '令和４年度 成果指標評価表, 「260（累計）」 target over 単年度 38／累計 251 rows, 「前年度実績以上」, 備考 「うち市外利用者 96人」, 集計中',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [34, 6, 8, 14, 10, 34]);
    merge(ws, 1, 1, 1, 6, '令和４年度　放課後児童対策　成果指標評価表');
    put(ws, 3, 1, ['指標名', '単位', '区分', '目標値', '実績値', '備考']);
    merge(ws, 4, 1, 5, 1, '放課後児童支援員認定資格研修修了者数');
    merge(ws, 4, 2, 5, 2, '人');
    put(ws, 4, 3, ['単年度']);
    put(ws, 5, 3, ['累計']);
    merge(ws, 4, 4, 5, 4, '260\n（累計）');
    put(ws, 4, 5, [38]);
    put(ws, 5, 5, [251]);
    merge(ws, 4, 6, 5, 6, 'H27からの累計。R4は県研修の定員増により受講者増');
    put(ws, 6, 1, ['放課後児童クラブ利用者アンケート満足度', '％', '単年度', '前年度実績以上', 88.6, 'R3はコロナ禍によりアンケート未実施']);
    put(ws, 7, 1, ['病児保育利用延べ人数', '人', '単年度', 1500, 1320, 'うち市外利用者 96人']);
    put(ws, 8, 1, ['放課後子ども教室開催回数', '回', '単年度', 1200, '集計中', '令和5年6月確定予定']);
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h170-t-ruikei-words.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '放課後児童支援員認定資格研修修了者数', '人', 260, 251),
      ind(T2_SHEET, '放課後児童クラブ利用者アンケート満足度', '％', null, 88.6),
      ind(T2_SHEET, '病児保育利用延べ人数', '人', 1500, 1320),
      ind(T2_SHEET, '放課後子ども教室開催回数', '回', 1200, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const T3_SHEET = '利用率';

/** ％ stored as fractions under a 0.0% format, a 達成率 column also as fractions, a 基準値（H30）. */
const fractions: Holdout2Workbook = {
  name: 'h170-t-riyoritsu-fraction',
  layout: '令和３年度 利用率・稼働率の指標, ％ stored as fractions (0.912 shown 91.2%), 基準値（H30）, 達成率 as fractions',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [40, 6, 12, 12, 12, 10, 24]);
    merge(ws, 1, 1, 1, 7, '令和３年度　放課後児童対策・病児保育の成果指標');
    put(ws, 3, 1, ['指標', '単位', '基準値（H30）', '目標値（R3）', '実績値（R3）', '達成率', '備考']);
    const rows: [string, number, number, number, string][] = [
      ['放課後児童クラブ入所率（申込者に対する入所者の割合）', 0.874, 0.95, 0.912, '4月1日現在'],
      ['病児保育施設稼働率', 0.552, 0.6, 0.385, '利用延べ人数÷（定員×開所日数）'],
      ['放課後子ども教室参加率', 0.218, 0.3, 0.314, '全児童に対する登録児童の割合'],
    ];
    rows.forEach(([name, base, tg, ac, note], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, '％', base, tg, ac]);
      ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: ac / tg };
      ws.getCell(r, 7).value = note;
      for (let c = 3; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0%';
    });
    box(ws, 3, 1, 6, 7);
    wrap(ws, 3, 1, 6, 7);
  },
  expected: {
    file: 'h170-t-riyoritsu-fraction.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(T3_SHEET, '放課後児童クラブ入所率（申込者に対する入所者の割合）', '％', 95, 91.2),
      ind(T3_SHEET, '病児保育施設稼働率', '％', 60, 38.5),
      ind(T3_SHEET, '放課後子ども教室参加率', '％', 30, 31.4),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulativeAndWords, fractions];
