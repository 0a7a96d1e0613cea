/** Hold-out 199, four shapes outside the families that a ヤングケアラー・家族介護者支援 office really uses. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// 1. 月別実績集計表: 4月…3月, 年度計 as SUM formulas, 年間目標, a hidden 前年度計 helper column.
// ---------------------------------------------------------------------------------------------

const M_SHEET = '月別集計';
const MONTHLY: [string, string, number[], number, number][] = [
  ['新規相談件数', '件', [3, 5, 4, 6, 2, 7, 5, 4, 3, 6, 5, 8], 60, 49],
  ['継続支援件数（延べ）', '件', [18, 20, 22, 19, 21, 24, 23, 20, 22, 19, 21, 25], 240, 231],
  ['関係機関へのつなぎ件数', '件', [2, 1, 3, 2, 0, 2, 3, 1, 2, 2, 1, 3], 30, 19],
  ['家庭訪問・同行支援回数', '回', [6, 8, 7, 9, 5, 10, 8, 7, 6, 9, 8, 11], 120, 88],
  ['オンラインサロン開催回数', '回', [1, 1, 1, 1, 0, 1, 1, 1, 1, 1, 1, 2], 12, 10],
];
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'h199-o-youngcarer-monthly',
  layout:
    'outside: ヤングケアラー相談窓口 月別実績 (4月…3月 columns), 年度計 as SUM formulas, 年間目標 after it, a hidden 前年度計 helper column, a 参考 row with no target',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [26, 6, ...Array(12).fill(6), 9, 9, 9, 16]);
    merge(ws, 1, 1, 1, 18, '令和５年度　ヤングケアラー相談支援窓口　月別実績集計表');
    put(ws, 2, 15, ['こども家庭課 家庭児童相談係']);
    put(ws, 4, 1, [
      '項目',
      '単位',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
      '年度計',
      '年間目標',
      '前年度計',
      '備考',
    ]);
    MONTHLY.forEach(([name, unit, months, target, last], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, ...months]);
      ws.getCell(r, 15).value = { formula: `SUM(C${r}:N${r})`, result: total(months) };
      put(ws, r, 16, [target, last]);
    });
    const ref = 5 + MONTHLY.length;
    put(ws, ref, 1, ['（参考）出前講座での個別相談', '件', 0, 0, 1, 0, 0, 2, 1, 0, 0, 1, 0, 0]);
    ws.getCell(ref, 15).value = { formula: `SUM(C${ref}:N${ref})`, result: 5 };
    put(ws, ref, 16, ['－', 3, '窓口相談とは別集計']);
    put(ws, 6, 18, ['同一世帯は月1件で計上']);
    box(ws, 4, 1, ref, 18);
    ws.getColumn(17).hidden = true;
    put(ws, ref + 2, 1, ['※相談件数は電話・来所・メール・LINEの合計。年度計は4月～3月の合計。']);
  },
  expected: {
    file: 'h199-o-youngcarer-monthly.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...MONTHLY.map(([name, unit, months, target]) => ind(M_SHEET, name, unit, target, total(months))),
      // （参考）出前講座での個別相談 (年間目標 「－」) is left out: a row named （参考） is for reference, no indicator — the sets'
      // convention (holdout125's 「（参考）期日前投票者数」, 48, 52, 55, 59, 65, 123, 196); aligned by the lead after the first run.
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Years as rows: 年度別推移 with 目標|実績 pairs per measure, the unit in the heading, R6 evaluated, R7 planned.
// ---------------------------------------------------------------------------------------------

const Y_SHEET = '年度別推移';
const Y_MEASURES: [string, string][] = [
  ['レスパイト利用助成 延べ日数', '日'],
  ['介護者交流会 参加者数', '人'],
  ['家族介護慰労金 支給者数', '人'],
  ['認知症カフェ 参加延べ人数', '人'],
];
// 年度, then 目標/実績 per measure
const Y_ROWS: (string | number | null)[][] = [
  ['令和2年度', 1500, 1288, 450, 198, 140, 131, 2000, 612],
  ['令和3年度', 1600, 1402, 500, 356, 140, 127, 2100, 1044],
  ['令和4年度', 1700, 1590, 550, 521, 150, 124, 2200, 1306],
  ['令和5年度', 1750, 1611, 580, 603, 150, 121, 2300, 1385],
  ['令和6年度', 1800, 1652, 600, 655, 150, 118, 2400, 1390],
  ['令和7年度', 1850, null, 620, null, 150, null, 2500, null],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h199-o-carer-years-as-rows',
  layout:
    'outside: years as rows (令和2〜7年度) with a 目標|実績 pair per measure under a two-row heading carrying the unit, 評価対象年度 stated above, R7 targets only',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 9, 9, 9, 9, 22]);
    merge(ws, 1, 1, 1, 10, '家族介護者支援事業　年度別実績の推移');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    Y_MEASURES.forEach(([name, unit], i) => {
      merge(ws, 4, 2 + 2 * i, 4, 3 + 2 * i, `${name}（${unit}）`);
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    merge(ws, 4, 10, 5, 10, '備考');
    Y_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 8, 10, ['交流会はR4からオンライン併用']);
    put(ws, 11, 10, ['R7は計画値']);
    wrap(ws, 4, 1, 5, 10);
    box(ws, 4, 1, 11, 10);
    put(ws, 13, 1, ['※家族介護慰労金は要介護4・5の方を在宅で1年以上介護した家族に支給。']);
  },
  expected: {
    file: 'h199-o-carer-years-as-rows.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, 'レスパイト利用助成 延べ日数', '日', 1800, 1652),
      ind(Y_SHEET, '介護者交流会 参加者数', '人', 600, 655),
      ind(Y_SHEET, '家族介護慰労金 支給者数', '人', 150, 118),
      ind(Y_SHEET, '認知症カフェ 参加延べ人数', '人', 2400, 1390),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 3. 事務事業評価シート, one project per sheet: 活動指標 / 成果指標, 達成率, 自己評価 ◎○△× under a legend with bands.
// ---------------------------------------------------------------------------------------------

interface FormSheet {
  sheet: string;
  project: string;
  section: string;
  purpose: string;
  rows: [string, string, string, number, number, number, string][];
}

const FORMS: FormSheet[] = [
  {
    sheet: 'No.1',
    project: 'ヤングケアラー・コーディネーター配置事業',
    section: 'こども家庭課',
    purpose: 'ヤングケアラーを早期に把握し、福祉サービス等の適切な支援につなげる。',
    rows: [
      ['活動指標', 'コーディネーターによる学校訪問回数', '回', 64, 80, 86, '◎'],
      ['成果指標', '支援につながったヤングケアラーの人数', '人', 21, 30, 26, '○'],
    ],
  },
  {
    sheet: 'No.2',
    project: '家族介護者教室・交流会事業',
    section: '高齢介護課',
    purpose: '介護者の知識習得と孤立防止を図り、在宅介護の継続を支える。',
    rows: [
      ['活動指標', '教室・交流会の開催回数', '回', 30, 36, 33, '○'],
      ['成果指標', '参加者アンケートで「負担が軽くなった」と答えた割合', '％', 74.2, 80.0, 71.5, '◎'],
    ],
  },
  {
    sheet: 'No.3',
    project: '家族介護用品支給事業',
    section: '高齢介護課',
    purpose: '在宅介護世帯の経済的負担を軽減する。',
    rows: [
      ['活動指標', '支給対象世帯数', '世帯', 196, 220, 231, '◎'],
      ['成果指標', '支給世帯のうち在宅介護を継続している割合', '％', 89.3, 90.0, 88.6, '○'],
    ],
  },
];

function buildForm(ws: Worksheet, f: FormSheet): void {
  widths(ws, [12, 36, 8, 12, 12, 12, 10, 10]);
  merge(ws, 1, 1, 1, 8, '事務事業評価シート（令和６年度実施事業）');
  put(ws, 2, 6, ['評価年度', '令和７年度']);
  put(ws, 3, 1, ['事業名', f.project]);
  merge(ws, 3, 2, 3, 8);
  put(ws, 4, 1, ['担当課', f.section]);
  merge(ws, 4, 2, 4, 8);
  put(ws, 5, 1, ['事業の目的', f.purpose]);
  merge(ws, 5, 2, 5, 8);
  box(ws, 3, 1, 5, 8);
  put(ws, 7, 1, ['区分', '指標名', '単位', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率', '自己評価']);
  f.rows.forEach(([kind, name, unit, last, target, actual, mark], i) => {
    put(ws, 8 + i, 1, [kind, name, unit, last, target, actual, `${((100 * actual) / target).toFixed(1)}%`, mark]);
  });
  wrap(ws, 7, 1, 9, 8);
  box(ws, 7, 1, 9, 8);
  put(ws, 11, 1, ['自己評価の区分　◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）']);
  put(ws, 13, 1, ['事業費（千円）', '決算額 4,280']);
}

const forms: Holdout2Workbook = {
  name: 'h199-o-carer-project-forms',
  layout:
    'outside: one 事務事業評価シート per sheet (No.1–No.3), 活動指標/成果指標 rows with R5 実績, R6 目標/実績, 達成率 as text and ◎○ marks under a legend naming each band; 評価年度 令和7年度 beside the title of 令和6年度実施事業',
  build(wb) {
    for (const f of FORMS) buildForm(wb.addWorksheet(f.sheet), f);
  },
  expected: {
    file: 'h199-o-carer-project-forms.xlsx',
    fiscalYear: 2024,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, , target, actual, mark]) => ind(f.sheet, name, unit, target, actual, { existing: mark }))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 4. 実態調査 results against the plan's targets: 前回 / 今回 shares, 目標値（R5）, 目指す方向 ↑ / ↓.
// ---------------------------------------------------------------------------------------------

const S_SHEET = '調査結果';

const survey: Holdout2Workbook = {
  name: 'h199-o-carer-survey',
  layout:
    'outside: ケアラー・ヤングケアラー実態調査 summary, 前回（R2調査）beside 今回（R5調査）shares, 目標値（R5）, 目指す方向 ↑/↓ column, two lower-is-better rows',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [5, 46, 14, 7, 11, 11, 11, 8, 22]);
    merge(ws, 1, 1, 1, 9, '令和５年度　ケアラー・ヤングケアラー実態調査　結果の概要（計画目標との比較）');
    put(ws, 2, 1, ['調査期間：令和5年10月16日～11月10日　回収：中高生 2,914人／在宅介護者 1,086人']);
    put(ws, 4, 1, ['No.', '調査項目', '対象', '単位', '前回\n（R2調査）', '今回\n（R5調査）', '目標値\n（R5）', '目指す\n方向', '備考']);
    const rows: (string | number)[][] = [
      [1, '「ヤングケアラー」という言葉を知っている割合', '中高生', '％', 38.5, 72.4, 70.0, '↑'],
      [2, '学校の相談窓口を知っている割合', '中高生', '％', 22.1, 31.6, 50.0, '↑', '周知の工夫が必要'],
      [3, 'ケアをしていて誰にも相談したことがない割合', 'ケアをしている中高生', '％', 64.0, 58.3, 50.0, '↓'],
      [4, '「自分の時間が持てない」と答えた介護者の割合', '在宅介護者', '％', 47.8, 44.1, 30.0, '↓'],
      [5, '介護者支援の制度を利用したことがある割合', '在宅介護者', '％', 9.6, 12.2, 25.0, '↑', '制度の認知が低い'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
    put(ws, 11, 1, ['※目指す方向　↑：数値の増加を目指す　↓：数値の減少を目指す']);
  },
  expected: {
    file: 'h199-o-carer-survey.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S_SHEET, '「ヤングケアラー」という言葉を知っている割合', '％', 70.0, 72.4),
      ind(S_SHEET, '学校の相談窓口を知っている割合', '％', 50.0, 31.6),
      ind(S_SHEET, 'ケアをしていて誰にも相談したことがない割合', '％', 50.0, 58.3, { direction: 'down' }),
      ind(S_SHEET, '「自分の時間が持てない」と答えた介護者の割合', '％', 30.0, 44.1, { direction: 'down' }),
      ind(S_SHEET, '介護者支援の制度を利用したことがある割合', '％', 25.0, 12.2),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks([monthly, yearsAsRows, forms, survey], new Set([forms.name]));
