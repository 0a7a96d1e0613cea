/**
 * Hold-out set 184, four workbooks outside the families, as 再犯防止・犯罪被害者支援・更生保護 offices write them: an
 * 更生保護サポートセンター 月別利用状況 with a 年度計 by formulas and a 年間目標 column (令和３年度), 事務事業評価シート one 事業 per
 * sheet with 活動指標／成果指標 as label and value (令和５年度), a 「社会を明るくする運動」 実績推移 with years as rows and
 * 目標／実績 pairs per item (令和４年度), and a 犯罪被害者等支援 目標 sheet and 実績 sheet joined by 指標番号 (令和７年度).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 月別利用状況: months as columns (4月…3月), 年度計 by SUM, 年間目標 and 達成率 columns.

const MONTHLY = [
  { name: '面接場所としての利用件数', unit: '件', goal: 360, months: [28, 31, 27, 30, 24, 29, 33, 26, 22, 25, 27, 30] },
  { name: '保護司・更生保護女性会の相談・打合せ件数', unit: '件', goal: 240, months: [14, 16, 15, 12, 10, 18, 17, 15, 11, 13, 14, 16] },
  { name: '研修会・ケース検討会の開催回数', unit: '回', goal: 24, months: [2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2] },
  { name: '来所者数（延べ）', unit: '人', goal: 900, months: [70, 82, 68, 75, 60, 80, 88, 71, 55, 64, 72, 79] },
];

const MONTHLY_FACTS = MONTHLY.map((m) =>
  ind(
    '月別利用状況',
    m.name,
    m.unit,
    m.goal,
    m.months.reduce((a, b) => a + b, 0),
  ),
);

const monthly: Holdout2Workbook = {
  name: 'h184-center-monthly',
  layout: '更生保護サポートセンター 令和３年度 月別利用状況: 項目｜単位｜４月…３月｜年度計 (=SUM) ｜年間目標｜達成率 (formula); the year only in the title',
  build(wb) {
    const ws = wb.addWorksheet('月別利用状況');
    widths(ws, [36, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '令和３年度　○○地区更生保護サポートセンター　月別利用状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 17, ['○○地区保護司会']);
    put(ws, 3, 1, [
      '項目',
      '単位',
      '４月',
      '５月',
      '６月',
      '７月',
      '８月',
      '９月',
      '10月',
      '11月',
      '12月',
      '１月',
      '２月',
      '３月',
      '年度計',
      '年間目標',
      '達成率',
    ]);
    MONTHLY.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m.name, m.unit, ...m.months]);
      const total = m.months.reduce((a, b) => a + b, 0);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total };
      ws.getCell(r, 16).value = m.goal;
      ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: total / m.goal };
      ws.getCell(r, 17).numFmt = '0.0%';
    });
    box(ws, 3, 1, 3 + MONTHLY.length, 17);
    wrap(ws, 3, 1, 3 + MONTHLY.length, 1);
    put(ws, 5 + MONTHLY.length, 1, ['※８月・１月は感染症対策のため面接を一部自宅訪問に切り替えた。']);
  },
  expected: { file: 'h184-center-monthly.xlsx', fiscalYear: 2021, indicators: MONTHLY_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事務事業評価シート, one 事業 per sheet: 活動指標／成果指標 as label and value (指標名, 単位, 目標値, 実績値).

interface Sheet {
  sheet: string;
  project: string;
  dept: string;
  rows: { kind: string; name: string; unit: string; target: number; actual: number }[];
}

const SHEETS: Sheet[] = [
  {
    sheet: '事業01',
    project: '犯罪被害者等支援事業',
    dept: '市民相談課',
    rows: [
      { kind: '活動指標', name: '相談対応件数', unit: '件', target: 100, actual: 112 },
      { kind: '成果指標', name: '相談者のうち関係機関へつないだ割合', unit: '％', target: 80.0, actual: 72.5 },
    ],
  },
  {
    sheet: '事業02',
    project: '再犯防止推進事業',
    dept: '地域安全課',
    rows: [
      { kind: '活動指標', name: '啓発リーフレット配布部数', unit: '部', target: 5000, actual: 4200 },
      { kind: '成果指標', name: '協力雇用主の新規登録数', unit: '社', target: 5, actual: 2 },
    ],
  },
];

const jimu: Holdout2Workbook = {
  name: 'h184-jimujigyo-sheets',
  layout:
    '事務事業評価シート（令和５年度実施事業）, one 事業 per sheet: 事業名・所管 header, 活動指標 and 成果指標 blocks as label｜value pairs (指標名, 単位, 目標値（R5）, 実績値（R5）, 達成率), 事業の評価 text',
  build(wb) {
    for (const s of SHEETS) {
      const ws = wb.addWorksheet(s.sheet);
      widths(ws, [16, 30, 14, 30]);
      merge(ws, 1, 1, 1, 4, '事務事業評価シート（令和５年度実施事業）');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      put(ws, 3, 1, ['事業名', s.project, '所管課', s.dept]);
      put(ws, 4, 1, ['評価年度', '令和６年度（令和５年度の実績を評価）']);
      merge(ws, 4, 2, 4, 4);
      box(ws, 3, 1, 4, 4);
      let r = 6;
      for (const x of s.rows) {
        merge(ws, r, 1, r, 4, `■${x.kind}`);
        put(ws, r + 1, 1, ['指標名', x.name, '単位', x.unit]);
        put(ws, r + 2, 1, ['目標値（R5）', x.target, '実績値（R5）', x.actual]);
        put(ws, r + 3, 1, ['達成率', `${((x.actual / x.target) * 100).toFixed(1)}％`]);
        box(ws, r + 1, 1, r + 3, 4);
        r += 5;
      }
      put(ws, r, 1, ['事業の評価']);
      merge(ws, r, 2, r, 4, '目標に近い水準で推移している。関係機関との連携をさらに強化する。');
      wrap(ws, r, 1, r, 4);
      box(ws, r, 1, r, 4);
    }
  },
  expected: {
    file: 'h184-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: SHEETS.flatMap((s) => s.rows.map((x) => ind(s.sheet, x.name, x.unit, x.target, x.actual))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 「社会を明るくする運動」 実績推移: years as rows, 目標／実績 column pairs per item, units in the headings.

const ITEMS = [
  { name: '作文コンテスト応募数', unit: '編', t: [1000, 1050, 1100, 1150, 1200], a: [1012, 986, 1104, 1080, 1035] },
  { name: '地域集会参加者数', unit: '人', t: [550, 550, 600, 600, 600], a: [583, 0, 214, 398, 410] },
  { name: '更生保護女性会会員数', unit: '人', t: [250, 250, 250, 250, 250], a: [268, 262, 257, 249, 251] },
];
const YEARS = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度'];

const meiruku: Holdout2Workbook = {
  name: 'h184-meiruku-years',
  layout:
    '「社会を明るくする運動」実績推移 (平成30年度…令和4年度 as rows), 目標｜実績 column pairs under merged item headings with the unit in the heading 「作文コンテスト応募数（編）」, 令和元年度 集会 0 (中止), the year evaluated in the title',
  build(wb) {
    const ws = wb.addWorksheet('実績推移');
    widths(ws, [14, 10, 10, 10, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 8, '「社会を明るくする運動」実施状況の推移（令和４年度点検）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['○○市推進委員会事務局（福祉総務課）']);
    merge(ws, 3, 1, 4, 1, '年度');
    ITEMS.forEach((it, j) => {
      merge(ws, 3, 2 + j * 2, 3, 3 + j * 2, `${it.name}（${it.unit}）`);
      put(ws, 4, 2 + j * 2, ['目標', '実績']);
    });
    merge(ws, 3, 8, 4, 8, '備考');
    YEARS.forEach((y, i) => {
      const r = 5 + i;
      put(ws, r, 1, [y, ...ITEMS.flatMap((it) => [it.t[i], it.a[i]])]);
      if (i === 1) put(ws, r, 8, ['地域集会は台風のため中止']);
      if (i === 2) put(ws, r, 8, ['感染症対策のため規模縮小']);
    });
    wrap(ws, 3, 1, 4, 8);
    box(ws, 3, 1, 4 + YEARS.length, 8);
  },
  expected: {
    file: 'h184-meiruku-years.xlsx',
    fiscalYear: 2022,
    indicators: ITEMS.map((it) => ind('実績推移', it.name, it.unit, it.t[4], it.a[4])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. 目標 sheet and 実績 sheet, joined by 指標番号 (the same names on both).

const SPLIT = [
  { no: 'H-01', name: '犯罪被害者等支援窓口の相談件数', unit: '件', target: 160, actual: 171 },
  { no: 'H-02', name: '被害者支援ボランティア養成講座修了者数', unit: '人', target: 30, actual: 22 },
  { no: 'H-03', name: '弁護士会・法テラス等への紹介件数', unit: '件', target: 40, actual: 33 },
  { no: 'H-04', name: '支援に携わる職員研修の受講者数', unit: '人', target: 80, actual: 80 },
];

const split: Holdout2Workbook = {
  name: 'h184-split-higaisha',
  layout:
    '犯罪被害者等支援 令和７年度: a 目標 sheet (指標番号｜指標名｜単位｜令和7年度目標) and a 実績 sheet (指標番号｜指標名｜令和7年度実績｜備考 with 「前年度 158件」 notes), joined by 指標番号',
  build(wb) {
    const t = wb.addWorksheet('目標');
    widths(t, [10, 40, 6, 14]);
    put(t, 1, 1, ['令和７年度　犯罪被害者等支援の取組目標']);
    put(t, 3, 1, ['指標番号', '指標名', '単位', '令和7年度目標']);
    SPLIT.forEach((s, i) => put(t, 4 + i, 1, [s.no, s.name, s.unit, s.target]));
    box(t, 3, 1, 3 + SPLIT.length, 4);
    const a = wb.addWorksheet('実績');
    widths(a, [10, 40, 14, 30]);
    put(a, 1, 1, ['令和７年度　犯罪被害者等支援の取組実績（令和８年３月31日現在）']);
    put(a, 3, 1, ['指標番号', '指標名', '令和7年度実績', '備考']);
    const notes = ['前年度 158件', '前年度 25人', '', '全職員対象のeラーニングを含む'];
    SPLIT.forEach((s, i) => put(a, 4 + i, 1, [s.no, s.name, s.actual, notes[i] || undefined]));
    box(a, 3, 1, 3 + SPLIT.length, 4);
  },
  expected: {
    file: 'h184-split-higaisha.xlsx',
    fiscalYear: 2025,
    indicators: SPLIT.map((s) => ind('実績', s.name, s.unit, s.target, s.actual)),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, jimu, meiruku, split];
