/**
 * Hold-out 148, four shapes outside the families that offices of 生物多様性・自然環境保全・環境教育 use: a 自然観察の森
 * 月別利用状況 with a 年度計 by formula, 年間目標 and 達成率; a 生きもの調査結果の推移 with years as rows and a final target
 * row; a 事務事業評価シート one 事業 per sheet with 活動指標／成果指標; an 環境審議会 環境指標 table whose legend gives
 * ◎○△× by bands alone.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 月別利用状況 (令和４年度)

const M_SHEET = '月別利用状況';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_ROWS: { name: string; unit: string; months: number[]; target: number; last: number }[] = [
  { name: '入館者数', unit: '人', months: [2410, 2985, 2150, 2860, 3620, 2240, 2580, 2310, 1450, 1280, 1520, 2195], target: 30000, last: 24310 },
  { name: '自然観察会参加者数', unit: '人', months: [120, 185, 160, 210, 245, 150, 198, 176, 60, 45, 72, 110], target: 2400, last: 1486 },
  { name: '団体利用件数', unit: '件', months: [8, 14, 12, 15, 9, 16, 18, 13, 6, 4, 7, 10], target: 120, last: 97 },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const col = (n: number) => String.fromCharCode(64 + n);

const monthly: Holdout2Workbook = {
  name: 'h148-o-shizen-no-mori-getsubetsu',
  layout: '月別利用状況: 4月…3月 columns, 年度計 by SUM formula, 年間目標 and a 達成率 formula in %, a （参考）前年度実績 column',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [20, 6, ...MONTHS.map(() => 7), 10, 10, 9, 12]);
    merge(ws, 1, 1, 1, 18, '令和４年度　緑川市自然観察の森　月別利用状況');
    put(ws, 2, 15, ['（管理運営：緑川市自然保護協会）']);
    put(ws, 4, 1, ['項目', '単位', ...MONTHS, '年度計', '年間目標', '達成率', '（参考）\n令和３年度実績']);
    M_ROWS.forEach((m, i) => {
      const r = 5 + i;
      put(ws, r, 1, [m.name, m.unit, ...m.months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: sum(m.months) };
      ws.getCell(r, 16).value = m.target;
      ws.getCell(r, 17).value = { formula: `${col(15)}${r}/${col(16)}${r}`, result: sum(m.months) / m.target };
      ws.getCell(r, 17).numFmt = '0.0%';
      ws.getCell(r, 18).value = m.last;
      for (let c = 3; c <= 16; c++) ws.getCell(r, c).numFmt = '#,##0';
      ws.getCell(r, 18).numFmt = '#,##0';
    });
    box(ws, 4, 1, 7, 18);
    wrap(ws, 4, 1, 4, 18);
    put(ws, 9, 1, ['※8月は夏休み親子自然教室（延べ6日間）を含む。12月～2月は冬季のため土日祝日のみ開館。']);
  },
  expected: {
    file: 'h148-o-shizen-no-mori-getsubetsu.xlsx',
    fiscalYear: 2022,
    indicators: M_ROWS.map((m) => ind(M_SHEET, m.name, m.unit, m.target, sum(m.months))),
    groups: [],
  },
};

// ---------------------------------------------------------------- 生きもの調査 years as rows (評価対象年度：令和５年度)

const Y_SHEET = '生きもの調査';
const Y_ROWS: [string, number | string, number | string, number | string][] = [
  ['平成30年度', 1012, 71, 64],
  ['令和元年度', 1025, 74, 66],
  ['令和２年度', '－', '－', '－'],
  ['令和３年度', 1048, 79, 61],
  ['令和４年度', 1061, 83, 60],
  ['令和５年度', 1086, 88, 57],
  ['令和６年度', '', '', ''],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h148-o-ikimono-suii',
  layout:
    '生きもの調査結果の推移: years as rows, units in the headings, a 「－」 year, a blank later year, a 目標値（令和７年度） row, 減少を目指す in one heading',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [20, 18, 22, 24, 30]);
    merge(ws, 1, 1, 1, 5, '緑川市　生きもの調査結果の推移（評価対象年度：令和５年度）');
    put(ws, 3, 1, ['年度', '動植物の確認種数（種）', '希少種（県RDB掲載種）の確認数（種）', '外来種の確認地点数（箇所）\n↓減少を目指す', '備考']);
    Y_ROWS.forEach((y, i) =>
      put(
        ws,
        4 + i,
        1,
        y.map((v) => (v === '' ? undefined : v)),
      ),
    );
    put(ws, 6, 5, ['新型コロナウイルス感染症の影響により調査中止']);
    put(ws, 11, 1, ['目標値（令和７年度）', 1200, 85, 40, '第２次生物多様性地域戦略の目標']);
    box(ws, 3, 1, 11, 5);
    wrap(ws, 3, 1, 11, 5);
    put(ws, 13, 1, ['※調査は市民調査員（令和５年度 62名）と専門調査員の合同で毎年5月～10月に実施。']);
  },
  expected: {
    file: 'h148-o-ikimono-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(Y_SHEET, '動植物の確認種数', '種', 1200, 1086), targetSource: 'final' },
      { ...ind(Y_SHEET, '希少種（県RDB掲載種）の確認数', '種', 85, 88), targetSource: 'final' },
      { ...ind(Y_SHEET, '外来種の確認地点数', '箇所', 40, 57, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one 事業 per sheet (令和６年度)

type Jigyo = {
  sheet: string;
  name: string;
  ka: string;
  purpose: string;
  cost: [number, number];
  rows: [string, string, string, number, number, number | string, string][];
};
const JIGYO: Jigyo[] = [
  {
    sheet: '事業01',
    name: 'ラムサール条約湿地保全推進事業',
    ka: '自然環境課　自然保護係',
    purpose: '登録湿地のヨシ刈り・外来植物除去をボランティアと協働で行い、湿地の生態系を保全する。',
    cost: [3214, 3560],
    rows: [
      ['活動指標', '湿地保全ボランティア活動日数', '日', 36, 40, 38, '95.0%'],
      ['成果指標', '湿地観察会の参加者数', '人', 582, 600, 655, '109.2%'],
    ],
  },
  {
    sheet: '事業02',
    name: '環境学習推進事業（エコスクール）',
    ka: '環境政策課　環境教育係',
    purpose: '小中学校・公民館への出前講座により、自然環境への理解と保全行動を広げる。',
    cost: [1875, 1920],
    rows: [
      ['活動指標', '環境学習出前講座の開催回数', '回', 44, 50, '４６', '92.0%'],
      ['成果指標', '受講後アンケートで「環境への関心が高まった」と答えた割合', '％', 85.1, 90, 87.3, '97.0%'],
    ],
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h148-o-jimujigyo-sheets',
  layout:
    '事務事業評価シート one 事業 per sheet: label-value header, 事業費（千円） row, 活動指標／成果指標 with 令和５年度実績, 令和６年度目標／実績 and a 達成率 text',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [12, 40, 8, 14, 14, 14, 10]);
      merge(ws, 1, 1, 1, 7, '令和６年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 7, j.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 7, j.ka);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, j.purpose);
      put(ws, 6, 1, ['事業費（千円）', '令和５年度決算', undefined, j.cost[0], '令和６年度決算', j.cost[1]]);
      box(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['区分', '指標名', '単位', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '達成率']);
      j.rows.forEach((r, i) => put(ws, 9 + i, 1, r));
      box(ws, 8, 1, 10, 7);
      wrap(ws, 3, 1, 10, 7);
      put(ws, 12, 1, ['今後の方向性', '継続']);
      put(ws, 13, 1, ['改善内容', '参加者の固定化が課題のため、若年層向けの募集方法を検討する。']);
    }
  },
  expected: {
    file: 'h148-o-jimujigyo-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('事業01', '湿地保全ボランティア活動日数', '日', 40, 38),
      ind('事業01', '湿地観察会の参加者数', '人', 600, 655),
      ind('事業02', '環境学習出前講座の開催回数', '回', 50, 46),
      ind('事業02', '受講後アンケートで「環境への関心が高まった」と答えた割合', '％', 90, 87.3),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 環境指標 with a ◎○△× legend by bands alone (令和４年度実績)

const K_SHEET = '環境指標';
const K_ROWS: [string, string, string, string, number, number, string, string][] = [
  ['自然環境保全協定の締結件数', '件', '12\n（H30）', '20\n（R7）', 16, 18, '○', ''],
  ['環境学習施設の年間利用者数', '人', '38,520\n（H30）', '45,000\n（R7）', 41880, 46210, '◎', '自然観察の森・環境学習センターの合計'],
  ['市民緑化・植樹活動の参加者数', '人', '1,150\n（H30）', '2,000\n（R7）', 980, 1240, '△', ''],
  ['耕作放棄地の再生・保全面積', 'ha', '3.5\n（H30）', '15.0\n（R7）', 5.8, 7.2, '×', '担い手不足により再生が進まず'],
];

const marks: Holdout2Workbook = {
  name: 'h148-o-shingikai-shihyo',
  layout: '環境審議会 環境指標: 基準値／目標値 with their years in the cell, 令和３年度／令和４年度 実績 columns, ◎○△× 評価 with a legend by bands alone',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [5, 34, 6, 12, 12, 12, 12, 8, 30]);
    merge(ws, 1, 1, 1, 9, '緑川市環境審議会資料　環境指標の進捗状況（令和４年度実績）');
    put(ws, 3, 1, ['No.', '指標', '単位', '基準値', '目標値', '令和３年度\n実績', '令和４年度\n実績', '評価', '備考']);
    K_ROWS.forEach((k, i) => put(ws, 4 + i, 1, [i + 1, ...k.map((v) => (v === '' ? undefined : v))]));
    box(ws, 3, 1, 7, 9);
    wrap(ws, 3, 1, 7, 9);
    put(ws, 9, 2, ['【評価】令和４年度実績の目標値に対する割合']);
    put(ws, 10, 2, ['◎：100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満']);
  },
  expected: {
    file: 'h148-o-shingikai-shihyo.xlsx',
    fiscalYear: 2022,
    // The computed grade is the default scale's letter (the samples README's `grade`); the marks are the written grades as
    // written (`existing`), as sets 128, 130, 141, 145, 150 and 151 read a legend of bands alone (fixer fx148; index.ts).
    indicators: K_ROWS.map(([name, unit, , target, , actual, mark]) => ({
      ...ind(K_SHEET, name, unit, Number(target.split('\n')[0].replace(/,/g, '')), actual, { existing: mark }),
      targetSource: 'final',
    })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, perSheet, marks];
