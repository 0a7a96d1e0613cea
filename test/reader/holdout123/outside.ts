/**
 * Hold-out set 123, four workbooks outside the families, as 農業委員会 offices keep them: the national 様式 of 「目標及びその達成に
 * 向けた活動の点検・評価」 (sections with （C）（D） boxes and a 達成状況 (D/C)), a 年度別推移 of 担い手への集積 with years as rows,
 * 事務事業評価シート one 事業 per sheet with 活動指標／成果指標 rows, and a 月別活動実績 with a 年度計 (formulas) and 年間目標.
 */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 様式 「令和４年度の目標及びその達成に向けた活動の点検・評価」: one sheet, sections Ⅰ…Ⅴ with small boxed tables.

const F_SHEET = '点検・評価';

function buildForm(wb: Workbook): void {
  const ws = wb.addWorksheet(F_SHEET);
  widths(ws, [4, 22, 16, 16, 16, 16, 16]);
  merge(ws, 1, 1, 1, 7, '令和４年度の目標及びその達成に向けた活動の点検・評価');
  put(ws, 2, 5, ['○○市農業委員会']);
  put(ws, 4, 1, ['Ⅰ', '農業委員会の状況（令和5年4月1日現在）']);
  put(ws, 5, 2, ['区分', '耕地面積', '農家数', '農業委員数', '推進委員数']);
  put(ws, 6, 2, ['管内', '2,845ha', '1,932戸', '14人', '28人']);
  box(ws, 5, 2, 6, 6);

  put(ws, 8, 1, ['Ⅱ', '担い手への農地の利用集積・集約化']);
  put(ws, 9, 2, ['１　現状及び課題']);
  put(ws, 10, 2, ['現状\n（令和4年3月現在）', '管内の農地面積（A）', 'これまでの集積面積（B）', '集積率（B/A）']);
  put(ws, 11, 3, ['2,851ha', '1,563ha', '54.8%']);
  box(ws, 10, 2, 11, 5);
  put(ws, 13, 2, ['２　令和４年度の目標及び実績']);
  put(ws, 14, 2, ['目標及び実績', '集積目標（C）', '集積実績（D）', '達成状況（D/C）']);
  put(ws, 15, 3, ['45ha', '38.4ha', '85.3%']);
  box(ws, 14, 2, 15, 5);
  merge(ws, 16, 2, 16, 7, '活動に対する評価：地域での話合いに推進委員が参加したが、集積は目標に届かなかった。');

  put(ws, 18, 1, ['Ⅲ', '新たに農業経営を営もうとする者の参入促進']);
  put(ws, 19, 2, ['目標及び実績', '参入目標', '参入実績', '達成状況']);
  put(ws, 20, 3, ['5経営体', '3経営体', '60.0%']);
  box(ws, 19, 2, 20, 5);
  merge(ws, 21, 2, 21, 7, '活動に対する評価：相談は12件あったが、農地の確保に至らない例があった。');

  put(ws, 23, 1, ['Ⅳ', '遊休農地に関する措置']);
  put(ws, 24, 2, ['現状\n（令和4年3月現在）', '管内の農地面積（A）', '遊休農地面積（B）', '割合（B/A）']);
  put(ws, 25, 3, ['2,851ha', '46.3ha', '1.62%']);
  box(ws, 24, 2, 25, 5);
  put(ws, 26, 2, ['目標及び実績', '解消目標', '解消実績', '達成状況']);
  put(ws, 27, 3, ['2.5ha', '2.5ha', '100.0%']);
  box(ws, 26, 2, 27, 5);
  put(ws, 28, 2, ['農地法第30条に基づく利用状況調査', '調査実施時期', '8月～10月', '調査員数', '42人']);
  box(ws, 28, 2, 28, 6);

  put(ws, 30, 1, ['Ⅴ', '違反転用への適正な対応']);
  put(ws, 31, 2, ['現状', '管内の違反転用面積', '0.3ha']);
  merge(ws, 32, 2, 32, 7, '活動に対する評価：農地パトロールで新たな違反転用は確認されなかった。');
  wrap(ws, 10, 2, 27, 7);
}

const F_INDICATORS: ExpectedIndicator[] = [
  ind(F_SHEET, '担い手への農地の利用集積・集約化', 'ha', 45, 38.4),
  ind(F_SHEET, '新たに農業経営を営もうとする者の参入促進', '経営体', 5, 3),
  ind(F_SHEET, '遊休農地に関する措置', 'ha', 2.5, 2.5),
];

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 年度別推移 of 担い手への集積: years as rows 令和元年度…令和５年度, 目標／実績 under two headings.

const Y_SHEET = '集積の推移';

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [14, 14, 14, 14, 12, 12, 24]);
  merge(ws, 1, 1, 1, 7, '担い手への農地集積の推移　（評価対象年度：令和５年度）');
  merge(ws, 3, 1, 4, 1, '年度');
  merge(ws, 3, 2, 4, 2, '管内農地面積\n（ha）');
  merge(ws, 3, 3, 3, 4, '担い手集積面積（ha）');
  merge(ws, 3, 5, 3, 6, '集積率（％）');
  merge(ws, 3, 7, 4, 7, '備考');
  put(ws, 4, 3, ['目標', '実績', '目標', '実績']);
  const rows: (string | number | undefined)[][] = [
    ['令和元年度', 1985, 1020, 1011, 52.0, 50.9, undefined],
    ['令和２年度', 1979, 1060, 1048, 54.0, 53.0, undefined],
    ['令和３年度', 1972, 1100, 1086, 56.0, 55.1, '地域計画の協議開始'],
    ['令和４年度', 1968, 1140, 1109, 58.0, 56.4, undefined],
    ['令和５年度', 1965, 1180, 1142, 62.0, 58.1, '機構転貸 35ha を含む'],
  ];
  rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  box(ws, 3, 1, 9, 7);
  wrap(ws, 3, 1, 4, 7);
}

const Y_INDICATORS: ExpectedIndicator[] = [ind(Y_SHEET, '担い手集積面積', 'ha', 1180, 1142), ind(Y_SHEET, '集積率', '％', 62.0, 58.1)];

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 事務事業評価シート, one 事業 per sheet: 活動指標 and 成果指標 rows with their own 評価 (令和３年度).

interface Project {
  sheet: string;
  name: string;
  rows: [string, string, string, number, number, string][];
}

const PROJECTS: Project[] = [
  {
    sheet: '新規参入支援',
    name: '新規参入促進事業',
    rows: [
      ['活動指標', '新規参入相談件数', '件', 40, 31, 'B'],
      ['成果指標', '新規参入者数', '経営体', 4, 4, 'A'],
    ],
  },
  {
    sheet: '農地パトロール',
    name: '農地パトロール事業',
    rows: [
      ['活動指標', '農地パトロール実施日数', '日', 20, 22, 'A'],
      ['成果指標', '遊休農地の解消面積', 'ha', 4.0, 2.2, 'C'],
    ],
  },
];

function buildPerSheet(wb: Workbook): void {
  for (const p of PROJECTS) {
    const ws = wb.addWorksheet(p.sheet);
    widths(ws, [14, 28, 10, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 7, '事務事業評価シート（評価対象年度：令和３年度）');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 7, p.name);
    put(ws, 4, 1, ['所管課']);
    merge(ws, 4, 2, 4, 7, '農業委員会事務局');
    put(ws, 6, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率', '評価']);
    p.rows.forEach((row, i) => {
      const [kind, name, unit, target, actual, grade] = row;
      put(ws, 7 + i, 1, [kind, name, unit, target, actual, `${((actual / target) * 100).toFixed(1)}%`, grade]);
    });
    box(ws, 6, 1, 6 + p.rows.length, 7);
    put(ws, 10, 1, ['評価基準']);
    merge(ws, 10, 2, 10, 7, 'A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
  }
}

const P_INDICATORS: ExpectedIndicator[] = PROJECTS.flatMap((p) =>
  p.rows.map(([, name, unit, target, actual, grade]) => ind(p.sheet, name, unit, target, actual, { existing: grade })),
);

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 月別活動実績 (令和２年度): 4月…3月 columns, 年度計 by formula, 年間目標 and 達成率.

const M_SHEET = '月別活動実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_ROWS: [string, string, number[], number][] = [
  ['農地相談件数', '件', [9, 11, 8, 10, 7, 12, 9, 8, 6, 7, 10, 13], 120],
  ['推進委員の現地活動日数', '日', [40, 52, 38, 45, 30, 48, 50, 44, 35, 28, 33, 47], 600],
  ['農地パトロール実施回数', '回', [2, 1, 1, 1, 1, 1, 0, 1, 1, 0, 0, 0], 12],
];

function col(n: number): string {
  return n <= 26 ? String.fromCharCode(64 + n) : String.fromCharCode(64 + Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26));
}

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet(M_SHEET);
  widths(ws, [26, 6, ...MONTHS.map(() => 6), 9, 9, 9]);
  merge(ws, 1, 1, 1, 17, '令和２年度　農業委員会 月別活動実績');
  put(ws, 3, 1, ['活動項目', '単位', ...MONTHS, '年度計', '年間目標', '達成率']);
  M_ROWS.forEach(([name, unit, months, goal], i) => {
    const r = 4 + i;
    put(ws, r, 1, [name, unit, ...months]);
    const sum = months.reduce((a, b) => a + b, 0);
    ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum };
    ws.getCell(r, 16).value = goal;
    ws.getCell(r, 17).value = { formula: `${col(15)}${r}/${col(16)}${r}`, result: sum / goal };
    ws.getCell(r, 17).numFmt = '0.0%';
  });
  box(ws, 3, 1, 3 + M_ROWS.length, 17);
  put(ws, 8, 1, ['※農地パトロールは10月以降、新型コロナウイルス感染症の影響により中止']);
}

const M_INDICATORS: ExpectedIndicator[] = M_ROWS.map(([name, unit, months, goal]) =>
  ind(
    M_SHEET,
    name,
    unit,
    goal,
    months.reduce((a, b) => a + b, 0),
  ),
);

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h123-tenken-hyoka-yoshiki',
    layout: 'national 様式 点検・評価: sections Ⅰ…Ⅴ, （C）（D） boxes with 「45ha」「38.4ha」, 達成状況 (D/C), 現状 boxes that are not targets',
    build: buildForm,
    expected: { file: 'h123-tenken-hyoka-yoshiki.xlsx', fiscalYear: 2022, indicators: F_INDICATORS, groups: [] },
  },
  {
    name: 'h123-shuseki-nendo-suii',
    layout: 'years as rows 令和元年度…令和５年度, 目標／実績 under merged headings 担い手集積面積（ha）・集積率（％）',
    build: buildYears,
    expected: { file: 'h123-shuseki-nendo-suii.xlsx', fiscalYear: 2023, indicators: Y_INDICATORS, groups: [] },
  },
  {
    name: 'h123-jimujigyo-per-sheet',
    layout: '事務事業評価シート one 事業 per sheet, 活動指標／成果指標 rows with 単位, 達成率 text and a written 評価',
    build: buildPerSheet,
    expected: { file: 'h123-jimujigyo-per-sheet.xlsx', fiscalYear: 2021, indicators: P_INDICATORS, groups: [] },
  },
  {
    name: 'h123-getsubetsu-katsudo',
    layout: '月別活動実績 4月…3月, 年度計 by SUM formula, 年間目標 and 達成率 formula under 0.0%',
    build: buildMonthly,
    expected: { file: 'h123-getsubetsu-katsudo.xlsx', fiscalYear: 2020, indicators: M_INDICATORS, groups: [] },
  },
];
