/** Hold-out 9: the four known families (A–D) as yet other offices lay them out. */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const A1 = '施策3-2';
const a1 = [ind(A1, '企業訪問件数', '件', 120, 131), ind(A1, '新規雇用者数', '人', 60, 47), ind(A1, '創業支援による起業件数', '件', 12, 7)];

/** A: one policy sheet, indicator blocks stacked down, years across with 目標値 and 実績値 rows per block. */
const stackedBlocks: Holdout2Workbook = {
  name: 'h9-a-stacked-blocks',
  layout: 'A: one 施策 sheet, three indicator blocks stacked down, R4…R7 across with a 目標値 row and a 実績値 row each, 総合評価 cell top right',
  build(wb) {
    const ws = wb.addWorksheet(A1);
    put(ws, 1, 1, ['令和6年度　施策評価シート（評価対象年度：令和5年度）']);
    put(ws, 3, 1, ['政策', '3 活力ある産業のまち']);
    put(ws, 4, 1, ['施策', '3-2 企業誘致と雇用の創出', undefined, undefined, '総合評価', undefined]);
    put(ws, 5, 1, ['担当課', '商工労政課']);
    const blocks: [string, string, number[], (number | undefined)[]][] = [
      ['企業訪問件数', '件', [110, 120, 130, 140], [104, 131]],
      ['新規雇用者数', '人', [55, 60, 65, 70], [52, 47]],
      ['創業支援による起業件数', '件', [11, 12, 13, 14], [9, 7]],
    ];
    blocks.forEach(([name, unit, targets, actuals], i) => {
      const r = 7 + i * 6;
      put(ws, r, 1, [`成果指標${i + 1}`, name, '単位', unit]);
      put(ws, r + 1, 1, ['区分', 'R3（基準）', 'R4', 'R5', 'R6', 'R7（最終目標）']);
      put(ws, r + 2, 1, ['目標値', undefined, ...targets]);
      put(ws, r + 3, 1, ['実績値', 95 + i, ...actuals]);
    });
  },
  expected: {
    file: 'h9-a-stacked-blocks.xlsx',
    fiscalYear: 2023,
    indicators: a1,
    groups: [{ sheet: A1, cell: 'F4', grade: rollUp(a1.map((i) => i.grade)) }],
  },
};

const A2 = ['基本施策2-1', '基本施策2-2'];
const a2 = [
  [
    ind(A2[0], '子育て支援センター利用者数', '人', 9000, 9420, { existing: 'A' }),
    ind(A2[0], '保育所待機児童数', '人', 0, 3, { direction: 'down', existing: 'D' }),
  ],
  [ind(A2[1], '放課後児童クラブ登録児童数', '人', 850, 812, { existing: 'B' }), ind(A2[1], '子育て相談件数', '件', 1500, 1104, { existing: 'C' })],
];

/** A: two policy sheets, each with two indicator blocks side by side, the department's 評価 under each block. */
const twoSheetsSideBySide: Holdout2Workbook = {
  name: 'h9-a-two-sheets-side-by-side',
  layout: "A: two 基本施策 sheets, blocks two across (年度 down, 目標/実績 columns), the department's 評価 below each block, 施策の評価 cell under the title",
  build(wb) {
    A2.forEach((sheet, s) => {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, [`${sheet}　施策評価表　評価対象期間：令和5年度（2023年度）`]);
      put(ws, 2, 1, ['施策の評価', undefined, '前年度評価', '（B）']);
      a2[s].forEach((e, b) => {
        const c = 1 + b * 5;
        const down = e.direction === 'down';
        put(ws, 4, c, [`指標${b + 1}`, e.name]);
        put(ws, 5, c, ['単位', e.unit, down ? '↓減少を目指す' : '↑増加を目指す']);
        put(ws, 6, c, ['年度', '目標', '実績']);
        put(ws, 7, c, ['令和3年度', down ? 5 : (e.target as number) - 200, down ? 8 : (e.target as number) - 150]);
        put(ws, 8, c, ['令和4年度', down ? 3 : (e.target as number) - 100, down ? 4 : (e.target as number) - 120]);
        put(ws, 9, c, ['令和5年度', e.target, e.actual]);
        put(ws, 10, c, ['令和6年度', down ? 0 : (e.target as number) + 100, undefined]);
        put(ws, 11, c, ['評価', e.existing]);
      });
    });
  },
  expected: {
    file: 'h9-a-two-sheets-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: a2.flat(),
    groups: A2.map((sheet, s) => ({ sheet, cell: 'B2', grade: rollUp(a2[s].map((i) => i.grade)) })),
  },
};

const B = '事業実績';

/** B: 事業実績 table, targets and actuals written as text with the measure's name, the department's 達成度 letter. */
const projectText: Holdout2Workbook = {
  name: 'h9-b-project-text',
  layout: 'B: 事業実績 table, 事業名 | 内容 | 令和5年度 目標 | 令和5年度 実績 | 達成度 (text like "相談件数 600件"), one 未実施 and one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(B);
    put(ws, 1, 1, ['令和5年度　産業振興計画　推進事業実績一覧']);
    put(ws, 3, 1, ['No.', '事業名', '事業内容', '令和5年度 目標', '令和5年度 実績', '達成度']);
    put(ws, 4, 1, [1, '創業相談窓口運営事業', '創業希望者の相談に応じる', '相談件数 600件', '相談件数 703件', 'A']);
    put(ws, 5, 1, [2, '工場等設備投資補助事業', '設備投資に対し補助する', '交付件数 10件', '交付件数 4件', 'D']);
    put(ws, 6, 1, [3, '若者就職支援事業', '若者の就職を支援する', '就職人数 80人', '就職人数 75人', 'B']);
    put(ws, 7, 1, [4, '販路開拓支援事業', '展示会への出展を支援する', '出展事業所数 15社', '未実施', 'D']);
    put(ws, 8, 1, [5, '品質管理検定受験支援事業', '検定受験料を助成する', '受験者数 120人', '集計中', undefined]);
  },
  expected: {
    file: 'h9-b-project-text.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B, '創業相談窓口運営事業', '件', 600, 703, { existing: 'A' }),
      ind(B, '工場等設備投資補助事業', '件', 10, 4, { existing: 'D' }),
      ind(B, '若者就職支援事業', '人', 80, 75, { existing: 'B' }),
      { ...ind(B, '販路開拓支援事業', '社', 15, null, { actualStatus: 'not-implemented', existing: 'D' }) },
      { ...ind(B, '品質管理検定受験支援事業', '人', 120, null, { actualStatus: 'pending' }), grade: null },
    ],
    groups: [],
  },
};

const C = 'KPI';

/** C: KPI × period columns, 目標/実績 two rows per KPI, periods as 令和N年度末, the evaluation year stated in a cell. */
const kpiPeriods: Holdout2Workbook = {
  name: 'h9-c-kpi-fiscal-ends',
  layout: 'C: KPI rows in pairs (目標/実績) with 単位 column, periods 令和4年度末…令和7年度末, 評価年度 stated in A2, "-" where no target',
  build(wb) {
    const ws = wb.addWorksheet(C);
    put(ws, 1, 1, ['総合戦略 重要業績評価指標（KPI）進捗状況']);
    put(ws, 2, 1, ['評価年度：令和6年度']);
    put(ws, 4, 1, ['KPI', '区分', '単位', '令和4年度末', '令和5年度末', '令和6年度末', '令和7年度末']);
    put(ws, 5, 1, ['移住相談件数', '目標', '件', 150, 170, 190, 210]);
    put(ws, 6, 1, [undefined, '実績', undefined, 162, 158, 201, undefined]);
    put(ws, 7, 1, ['ふるさと納税寄附件数', '目標', '件', 20000, 22000, 24000, 26000]);
    put(ws, 8, 1, [undefined, '実績', undefined, 18500, 19900, 16100, undefined]);
    put(ws, 9, 1, ['観光入込客数', '目標', '千人', 1200, 1300, '-', 1500]);
    put(ws, 10, 1, [undefined, '実績', undefined, 1105, 1246, 1322, undefined]);
    put(ws, 11, 1, ['合計特殊出生率', '目標', '－', 1.4, 1.45, 1.5, 1.55]);
    put(ws, 12, 1, [undefined, '実績', undefined, 1.31, 1.28, 1.24, undefined]);
  },
  expected: {
    file: 'h9-c-kpi-fiscal-ends.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C, '移住相談件数', '件', 190, 201),
      ind(C, 'ふるさと納税寄附件数', '件', 24000, 16100),
      { ...ind(C, '観光入込客数', '千人', null, 1322), grade: null },
      ind(C, '合計特殊出生率', null, 1.5, 1.24),
    ],
    groups: [],
  },
};

const D = '計画指標';

/** D: plan-indicator table 指標 | 単位 | 現況 | 目標 | 実績, years in the headings, one down-is-better marked in the name column's note. */
const planIndicators: Holdout2Workbook = {
  name: 'h9-d-plan-headings',
  layout: 'D: 指標名 | 単位 | 現況値（R2） | 目標値（R8） | 実績値（R5） | 方向 (増加/減少), no per-year targets',
  build(wb) {
    const ws = wb.addWorksheet(D);
    put(ws, 1, 1, ['第2次環境基本計画　成果指標の状況（令和5年度）']);
    put(ws, 3, 1, ['指標名', '単位', '現況値（R2）', '目標値（R8）', '実績値（R5）', '方向']);
    put(ws, 4, 1, ['ごみ総排出量', 't', 38500, 35000, 36900, '減少']);
    put(ws, 5, 1, ['リサイクル率', '％', 18.2, 25, 21.4, '増加']);
    put(ws, 6, 1, ['環境学習講座参加者数', '人', 420, 600, 612, '増加']);
    put(ws, 7, 1, ['市域の温室効果ガス排出量', '千t-CO2', 812, 700, 955, '減少']);
  },
  expected: {
    file: 'h9-d-plan-headings.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(D, 'ごみ総排出量', 't', 35000, 36900, { direction: 'down' }),
      ind(D, 'リサイクル率', '％', 25, 21.4),
      ind(D, '環境学習講座参加者数', '人', 600, 612),
      ind(D, '市域の温室効果ガス排出量', '千t-CO2', 700, 955, { direction: 'down' }),
    ],
    groups: [],
  },
};

const D2 = '指標一覧';

/** D: plan indicators with the actual's year written in the cell, one a year older than the rest (a guess to flag). */
const planYearInCell: Holdout2Workbook = {
  name: 'h9-d-year-in-cell',
  layout: 'D: 指標 | 指標の説明 | 計画策定時 | 目標（R9） | 直近実績 with its year in the cell ("1,240\\n（令和5年度）"), one actual of 令和4年度',
  build(wb) {
    const ws = wb.addWorksheet(D2);
    put(ws, 1, 1, ['健康増進計画　指標の達成状況（令和5年度評価）']);
    put(ws, 3, 1, ['指標', '指標の説明', '計画策定時', '目標（R9）', '直近実績', '把握方法']);
    put(ws, 4, 1, ['特定健診受診率', '国保加入者の受診率', '38.5％\n（令和3年度）', '60％', '44.1％\n（令和5年度）', '法定報告']);
    put(ws, 5, 1, ['がん検診受診者数', '5がん延べ受診者', '6,210人\n（令和3年度）', '8,000人', '6,880人\n（令和5年度）', '事業実績']);
    put(ws, 6, 1, ['健康づくり教室参加者数', '延べ参加者', '1,020人\n（令和3年度）', '1,500人', '1,240人\n（令和4年度）', '事業実績']);
  },
  expected: {
    file: 'h9-d-year-in-cell.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D2, '特定健診受診率', '％', 60, 44.1), targetSource: 'final' },
      { ...ind(D2, 'がん検診受診者数', '人', 8000, 6880), targetSource: 'final' },
      { ...ind(D2, '健康づくり教室参加者数', '人', 1500, 1240), targetSource: 'final' },
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [stackedBlocks, twoSheetsSideBySide, projectText, kpiPeriods, planIndicators, planYearInCell];
