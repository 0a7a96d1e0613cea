/** Hold-out 189, shapes outside the four families that 地域福祉・見守り offices really use. */
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// 1. 民生委員・児童委員 活動状況 月別集計: months as columns, 合計 (SUM formulas), 年間目標, 達成率.
const M_SHEET = 'R6月別';
const monthly: { name: string; unit: string; months: number[]; goal: number | string }[] = [
  { name: '相談・支援件数', unit: '件', months: [402, 388, 415, 397, 361, 409, 421, 386, 372, 344, 358, 433], goal: 4800 },
  { name: '訪問・連絡活動回数', unit: '回', months: [2810, 2755, 2902, 2840, 2511, 2798, 2930, 2701, 2688, 2420, 2533, 2874], goal: 36000 },
  { name: '地域福祉活動・自主活動日数', unit: '日', months: [792, 768, 845, 810, 702, 788, 861, 799, 744, 655, 690, 812], goal: 9600 },
  { name: '子どもに関する相談件数', unit: '件', months: [31, 28, 35, 26, 19, 33, 30, 27, 22, 18, 24, 29], goal: 420 },
  { name: '研修・会議への出席回数', unit: '回', months: [356, 341, 362, 298, 187, 344, 371, 339, 301, 255, 328, 362], goal: '－' },
];
const monthlyTable: Holdout2Workbook = {
  name: 'h189-minsei-katsudo-getsuji',
  layout: 'monthly table: activity items as rows, 4月…3月 as columns, 合計 as SUM formulas, 年間目標 and a 達成率 formula column; one item with no 年間目標',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [28, 6, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 9, 10, 9]);
    merge(ws, 1, 1, 1, 17, '令和６年度　民生委員・児童委員活動状況　月別集計表（○○市民生委員児童委員協議会連合会）');
    put(ws, 2, 15, ['（委員定数 258人）']);
    put(ws, 3, 1, ['活動項目', '単位', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '合計', '年間目標', '達成率']);
    monthly.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m.name, m.unit, ...m.months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total(m.months) };
      ws.getCell(r, 16).value = m.goal;
      if (typeof m.goal === 'number') {
        ws.getCell(r, 17).value = { formula: `O${r}/P${r}`, result: total(m.months) / m.goal };
        ws.getCell(r, 17).numFmt = '0.0%';
      } else ws.getCell(r, 17).value = '－';
      ws.getCell(r, 15).numFmt = '#,##0';
      ws.getCell(r, 16).numFmt = '#,##0';
    });
    box(ws, 3, 1, 8, 17);
    put(ws, 10, 1, ['※福祉行政報告例（民生委員・児童委員の活動状況）の月報を集計。子どもに関する相談件数は相談・支援件数の内数。']);
    put(ws, 11, 1, ['※研修・会議への出席回数は活動量の把握のみで、年間目標は設定していない。']);
  },
  expected: {
    file: 'h189-minsei-katsudo-getsuji.xlsx',
    fiscalYear: 2024,
    indicators: monthly.map((m) => ind(M_SHEET, m.name, m.unit, typeof m.goal === 'number' ? m.goal : null, total(m.months))),
    groups: [],
  },
};

// 2. 地域包括支援センター別: one row per centre, 見守り対象者数 beside the 訪問目標/訪問実績, a centre opened mid-year without a target.
const F_SHEET = 'センター別';
const centres: { name: string; area: string; persons: number; target: number | string; actual: number; note?: string }[] = [
  { name: '中央地域包括支援センター', area: '中央・駅前', persons: 412, target: 1650, actual: 1712 },
  { name: '東部地域包括支援センター', area: '東部・川東', persons: 356, target: 1420, actual: 1288 },
  { name: '西部地域包括支援センター', area: '西部・丘陵', persons: 298, target: 1200, actual: 1206 },
  { name: '南部地域包括支援センター', area: '南部・港', persons: 377, target: 1500, actual: 1017, note: '職員2名の欠員（6～11月）により訪問を縮小' },
  { name: '山間地域包括支援センター', area: '山間3地区', persons: 188, target: 760, actual: 702, note: '冬期は電話による安否確認を併用' },
  { name: '北部地域包括支援センター', area: '北部・新町', persons: 245, target: '－', actual: 214, note: 'R6.10開設のため目標設定なし' },
];
const perCentre: Holdout2Workbook = {
  name: 'h189-houkatsu-center-betsu',
  layout:
    'per-facility rows: one row per 地域包括支援センター, a 見守り対象者数 column beside 訪問目標/訪問実績 (units in the headings), 達成率 as formulas, a centre without a target',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 28, 14, 12, 12, 12, 10, 34]);
    merge(ws, 1, 1, 1, 8, '令和６年度　地域包括支援センター別　ひとり暮らし高齢者等見守り訪問実績');
    put(ws, 2, 8, ['地域包括ケア推進課']);
    put(ws, 3, 1, ['No.', 'センター名', '担当圏域', '見守り対象者数\n（人）', '訪問目標\n（件）', '訪問実績\n（件）', '達成率', '備考']);
    wrap(ws, 3, 1, 3, 8);
    centres.forEach((c, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, c.name, c.area, c.persons, c.target, c.actual]);
      if (typeof c.target === 'number') {
        ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: c.actual / c.target };
        ws.getCell(r, 7).numFmt = '0.0%';
      } else ws.getCell(r, 7).value = '－';
      if (c.note) ws.getCell(r, 8).value = c.note;
    });
    wrap(ws, 4, 8, 9, 8);
    box(ws, 3, 1, 9, 8);
    put(ws, 11, 2, ['※訪問実績は延べ件数。電話・オンラインによる安否確認は含まない。']);
    put(ws, 12, 2, ['※見守り対象者数は令和7年3月31日現在の台帳登録者数。']);
  },
  expected: {
    file: 'h189-houkatsu-center-betsu.xlsx',
    fiscalYear: 2024,
    indicators: centres.map((c) => ind(F_SHEET, c.name, '件', typeof c.target === 'number' ? c.target : null, c.actual)),
    groups: [],
  },
};

// 3. 年度を行に: years as rows, each indicator a pair of 目標/実績 columns under a merged heading with its unit.
const Y_SHEET = '相談支援の推移';
const yearRows: Holdout2Workbook = {
  name: 'h189-hikikomori-soudan-suii',
  layout: 'years as rows (R2…R8), each indicator a merged heading over 目標/実績 columns with its unit in the heading; later rows have targets only',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 10, 'ひきこもり・孤立状態にある方への相談支援の推移（令和６年度評価）');
    put(ws, 2, 10, ['生活支援課 自立相談支援係']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, '相談受付件数（件）');
    merge(ws, 3, 4, 3, 5, '支援プラン作成件数（件）');
    merge(ws, 3, 6, 3, 7, '就労・社会参加につながった人数（人）');
    merge(ws, 3, 8, 3, 9, '居場所への延べ参加者数（人）');
    merge(ws, 3, 10, 4, 10, '主な取組・特記事項');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['R2', '－', 412, '－', 71, '－', 22, '－', 388, '基準年度'],
      ['R3', 450, 468, 90, 84, 40, 31, 600, 455, '居場所を週1回から週2回に拡充'],
      ['R4', 480, 501, 100, 92, 45, 38, 700, 603, ''],
      ['R5', 510, 489, 110, 103, 50, 41, 800, 688, '相談員1名増員'],
      ['R6', 540, 566, 120, 97, 60, 35, 900, 742, 'アウトリーチ支援員を配置'],
      ['R7', 570, undefined, 130, undefined, 65, undefined, 1000, undefined, ''],
      ['R8', 600, undefined, 140, undefined, 70, undefined, 1100, undefined, '計画最終年度'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 4, 10);
    box(ws, 3, 1, 11, 10);
    put(ws, 13, 1, ['※就労・社会参加には、就労のほか、ボランティア活動・地域活動への参加、通所型サービスの利用開始を含む。']);
  },
  expected: {
    file: 'h189-hikikomori-soudan-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '相談受付件数', '件', 540, 566),
      ind(Y_SHEET, '支援プラン作成件数', '件', 120, 97),
      ind(Y_SHEET, '就労・社会参加につながった人数', '人', 60, 35),
      ind(Y_SHEET, '居場所への延べ参加者数', '人', 900, 742),
    ],
    groups: [],
  },
};

// 4. 事務事業評価シート, one form per sheet: label–value pairs, an 活動指標 and a 成果指標 on each sheet.
interface FormSpec {
  sheet: string;
  project: string;
  dept: string;
  purpose: string;
  act: [string, string, number, number, number];
  out: [string, string, number, number, number];
  dir: string;
}
const forms: FormSpec[] = [
  {
    sheet: '事業01',
    project: '民生委員・児童委員協議会運営支援事業',
    dept: '福祉総務課',
    purpose: '地区民生委員児童委員協議会の定例会・研修を支え、委員の相談支援活動を円滑にする。',
    act: ['定例会・研修会の開催回数', '回', 128, 132, 132],
    out: ['民生委員・児童委員の相談・支援件数', '件', 4733, 5000, 4612],
    dir: '継続',
  },
  {
    sheet: '事業02',
    project: '高齢者見守りネットワーク事業',
    dept: '高齢福祉課',
    purpose: '見守り協力員と協定事業者による重層的な見守りで、ひとり暮らし高齢者の異変を早期に把握する。',
    act: ['見守り協力員の登録者数', '人', 331, 350, 318],
    out: ['見守り対象世帯のうち定期訪問を受けている世帯の割合', '％', 80.2, 85.0, 78.6],
    dir: '改善',
  },
  {
    sheet: '事業03',
    project: '孤独・孤立対策推進事業（つながりサポーター養成）',
    dept: '福祉総務課',
    purpose: '身近な人の孤独・孤立に気づき、相談窓口につなぐ「つながりサポーター」を養成する。',
    act: ['つながりサポーター養成講座の開催回数', '回', 5, 6, 4],
    out: ['つながりサポーター養成数', '人', 112, 150, 83],
    dir: '見直し',
  },
];
const formSheets: Holdout2Workbook = {
  name: 'h189-jimu-jigyo-hyoka-forms',
  layout: 'one 事務事業評価シート per sheet: label–value pairs, 活動指標 and 成果指標 each with 単位, 前年度実績, 目標値（R6）, 実績値（R6） down the form',
  build(wb) {
    for (const f of forms) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [16, 18, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 6, '事務事業評価シート（令和６年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 6, f.project);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 6, f.dept);
      put(ws, 5, 1, ['評価対象年度']);
      merge(ws, 5, 2, 5, 6, '令和６年度');
      put(ws, 6, 1, ['事業の目的']);
      merge(ws, 6, 2, 6, 6, f.purpose);
      ws.getRow(6).height = 30;
      box(ws, 3, 1, 6, 6);
      const block = (r: number, label: string, [name, unit, prev, target, actual]: [string, string, number, number, number]) => {
        merge(ws, r, 1, r + 4, 1, label);
        put(ws, r, 2, ['指標名']);
        merge(ws, r, 3, r, 6, name);
        put(ws, r + 1, 2, ['単位', unit]);
        put(ws, r + 2, 2, ['前年度実績（R5）', prev]);
        put(ws, r + 3, 2, ['目標値（R6）', target]);
        put(ws, r + 4, 2, ['実績値（R6）', actual]);
        wrap(ws, r, 2, r + 4, 2);
        box(ws, r, 1, r + 4, 6);
      };
      block(8, '活動指標', f.act);
      block(14, '成果指標', f.out);
      put(ws, 20, 1, ['今後の方向性', f.dir]);
      box(ws, 20, 1, 20, 2);
      put(ws, 22, 1, ['※実績値は令和7年3月31日現在。']);
    }
  },
  expected: {
    file: 'h189-jimu-jigyo-hyoka-forms.xlsx',
    fiscalYear: 2024,
    indicators: forms.flatMap((f): ExpectedIndicator[] => [
      ind(f.sheet, f.act[0], f.act[1], f.act[3], f.act[4]),
      ind(f.sheet, f.out[0], f.out[1], f.out[3], f.out[4]),
    ]),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthlyTable, perCentre, yearRows, formSheets];
