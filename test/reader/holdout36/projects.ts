/** Hold-out 36: family B (事業実績 tables) as yet other offices lay them out. */
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const P = '事務事業実績';
type PRow = [kind: string, indicator: string, target: string, actual: string, rate: string, note?: string];
const projects: [string, PRow, PRow][] = [
  [
    '創業支援事業',
    ['活動指標', '創業セミナー開催回数', '6回', '6回', '100.0%'],
    ['成果指標', 'セミナー受講後の創業者数', '12人', '9人', '75.0%', '前年度 7人'],
  ],
  [
    '商店街にぎわい創出事業',
    ['活動指標', 'イベント開催支援件数', '10件', '8件', '80.0%'],
    ['成果指標', 'イベント来場者数', '15,000人', '約13,000人', '86.7%', '主催者発表による概数'],
  ],
  ['企業立地促進事業', ['活動指標', '企業訪問件数', '120件', '134件', '111.7%'], ['成果指標', '新規立地企業数', '3社', '1社', '33.3%', '交渉中 2社']],
  [
    '若者雇用対策事業',
    ['活動指標', '合同企業説明会開催回数', '2回', '未実施', '－', '会場確保ができず開催を見送った'],
    ['成果指標', '説明会参加者数', '200人', '－', '－', '前年度 180人'],
  ],
];
const p: ExpectedIndicator[] = [
  ind(P, '創業セミナー開催回数', '回', 6, 6),
  ind(P, 'セミナー受講後の創業者数', '人', 12, 9),
  ind(P, 'イベント開催支援件数', '件', 10, 8),
  ind(P, 'イベント来場者数', '人', 15000, 13000, { actualStatus: 'approximate' }),
  ind(P, '企業訪問件数', '件', 120, 134),
  ind(P, '新規立地企業数', '社', 3, 1),
  ind(P, '合同企業説明会開催回数', '回', 2, null, { actualStatus: 'not-implemented' }),
  ind(P, '説明会参加者数', '人', 200, null, { actualStatus: 'not-applicable' }),
];

/** B: one 事業 over two rows (活動指標 then 成果指標), the 事業名 merged down both, a 達成率 column and a 備考 with other numbers. */
const alternateRows: Holdout2Workbook = {
  name: 'h36-03-project-activity-outcome-rows',
  layout:
    'B: 事務事業 table, each 事業 on two rows (活動指標 / 成果指標) with the 事業名 and No. merged down, targets and actuals as text with units, 約13,000人, 未実施 then －, a 達成率 text column, 備考 with 前年度 figures',
  build(wb) {
    const ws = wb.addWorksheet(P);
    put(ws, 1, 1, ['令和５年度　事務事業実績報告書（商工観光部）']);
    put(ws, 2, 7, ['（単位は各欄に記載）']);
    put(ws, 4, 1, ['No.', '事業名', '指標区分', '指標名', '令和５年度\n目標', '令和５年度\n実績', '達成率', '備考']);
    projects.forEach(([name, act, out], i) => {
      const r = 5 + i * 2;
      put(ws, r, 1, [i + 1, name, ...act]);
      put(ws, r + 1, 3, out);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
    });
    put(ws, 14, 1, ['※達成率＝実績÷目標。未実施の事業は達成率を「－」とした。']);
  },
  expected: { file: 'h36-03-project-activity-outcome-rows.xlsx', fiscalYear: 2023, indicators: p, groups: [] },
};

const Q = '事業評価調書';
const intern: ExpectedIndicator = {
  sheet: Q,
  name: 'インターンシップ推進事業',
  measures: [
    { label: '大学生', target: 40, actual: 46, unit: '人' },
    { label: '高校生', target: 60, actual: 39, unit: '人' },
  ],
  direction: 'up',
  existing: 'B',
  grade: gradeOf(60, 39),
};
const q: ExpectedIndicator[] = [
  ind(Q, 'ふるさと納税推進事業', '億円', 20, 18.4, { existing: 'A' }),
  ind(Q, '特産品販路拡大事業', '件', 30, 41, { existing: 'A' }),
  intern,
  ind(Q, '不法投棄削減対策事業', '件', 15, 19, { direction: 'down', existing: 'B' }),
  ind(Q, '地域公共交通運行事業', '人', 85000, 79210, { existing: 'B' }),
  ind(Q, '結婚支援事業', '組', 5, null, { actualStatus: 'pending' }),
];

/** B: FY headings, a 単位 column, the previous year's actual to the right, two measures in one cell, 以上 / 以下 targets. */
const fyUnitColumn: Holdout2Workbook = {
  name: 'h36-04-project-fy-unit-column-prev-right',
  layout:
    'B: 事業評価調書 table with FY2023 headings, a 単位 column, 前年度実績（FY2022） right of the current actual, two measures in one cell (大学生/高校生), 30以上 and 15件以下 targets, full-width and 集計中 actuals, 自己評価 and 方向性 columns',
  build(wb) {
    const ws = wb.addWorksheet(Q);
    put(ws, 1, 2, ['2023年度　事業評価調書（企画財政部所管分）']);
    put(ws, 3, 2, ['事業コード', '事業名', '単位', '目標\n（FY2023）', '実績\n（FY2023）', '前年度実績\n（FY2022）', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      ['K-01', 'ふるさと納税推進事業', '億円', 20, 18.4, 21.2, 'A', '継続'],
      ['K-02', '特産品販路拡大事業', '件', '30以上', 41, 28, 'A', '拡充'],
      ['K-03', 'インターンシップ推進事業', '人', '大学生 40人\n高校生 60人', '大学生 46人\n高校生 39人', '大学生 35人\n高校生 52人', 'B', '継続'],
      ['K-04', '不法投棄削減対策事業', '件', '15件以下', 19, 23, 'B', '見直し'],
      ['K-05', '地域公共交通運行事業', '人', '85,000', '７９，２１０', '81,460', 'B', '継続'],
      ['K-06', '結婚支援事業', '組', 5, '集計中', 3, '－', '継続'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 2, r));
    put(ws, 11, 2, ['※自己評価　A：目標を達成　B：概ね達成　C：やや不十分　D：不十分']);
  },
  expected: { file: 'h36-04-project-fy-unit-column-prev-right.xlsx', fiscalYear: 2023, indicators: q, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [alternateRows, fyUnitColumn];
