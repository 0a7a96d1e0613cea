/** Hold-out 4, families B, C and D: project-results tables, KPI × period tables and plan-indicator tables as other offices lay them out. */
import type { ExpectedIndicator } from '../model';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

const withExisting = (x: ExpectedIndicator, existing: string): ExpectedIndicator => ({ ...x, existing });

/**
 * B: text targets and actuals ("講座開催 12回"), 活動指標 wording, a two-measure cell, 未実施, the department's own 評価.
 * The indicator's name is the 活動指標 as written (README: the indicator's name as written), not the 事業名.
 */
const SB = '事務事業評価';
const twoMeasure: ExpectedIndicator = {
  sheet: SB,
  name: '相談件数・創業者数',
  measures: [
    { label: '創業相談', target: 60, actual: 48, unit: '件' },
    { label: '創業者数', target: 12, actual: 13, unit: '人' },
  ],
  existing: 'B',
  grade: gradeOf(60, 48),
};
const IB = [
  withExisting(ind(SB, '講座開催回数', '回', 12, 10), 'B'),
  withExisting(ind(SB, '購入冊数', '冊', 3000, 3120), 'A'),
  twoMeasure,
  withExisting(ind(SB, '開講回数', '回', 6, null, { actualStatus: 'not-implemented' }), 'D'),
  withExisting(ind(SB, '補助件数', '件', 5, 3), 'C'),
];
const projects: Holdout2Workbook = {
  name: 'h4-project-results-text',
  layout: 'B: 事業名 with 概要 in the cell, 活動指標 / 令和5年度目標 / 令和5年度実績 as text with units, a two-measure cell, 未実施, 評価 column, cover sheet',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 2, 2, ['令和５年度　事務事業評価結果一覧']);
    put(cover, 4, 2, ['教育委員会・商工課']);
    const ws = wb.addWorksheet(SB);
    put(ws, 1, 1, ['令和５年度　事務事業評価結果']);
    put(ws, 3, 1, ['番号', '事業名', '活動指標', '令和5年度\n目標', '令和5年度\n実績', '評価', '課題・今後の方向性']);
    const rows: (string | null)[][] = [
      ['1', '生涯学習講座開催事業\n（市民向け講座を開催する）', '講座開催回数', '講座開催 12回', '講座開催 10回', 'B', '講師確保に努める'],
      ['2', '図書館資料整備事業\n（図書・視聴覚資料を購入）', '購入冊数', '3,000冊', '3,120冊', 'A', null],
      ['3', '創業支援事業\n（創業相談と創業塾）', '相談件数・創業者数', '創業相談：60件\n創業者数：12人', '創業相談：48件\n創業者数：13人', 'B', null],
      ['4', '市民大学運営事業\n（年6回の連続講座）', '開講回数', '6回', '未実施', 'D', '会場改修のため中止'],
      ['5', '文化財保存活用事業\n（指定文化財の修繕補助）', '補助件数', '5件', '3件', 'C', null],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 10, 1, ['※評価　Ａ：目標達成　Ｂ：概ね達成　Ｃ：やや不十分　Ｄ：不十分']);
  },
  expected: { file: 'h4-project-results-text.xlsx', fiscalYear: 2023, indicators: IB, groups: [] },
};

/** B: numeric 目標値（件）/ 実績値（件）columns with the unit in the heading bracket, 見込値 wording, 集計中 and a blank actual. */
const SB2 = '推進事業';
const IB2 = [
  withExisting(ind(SB2, '健康診査受診促進事業', '人', 5200, 4890), 'B'),
  withExisting(ind(SB2, '食育推進事業', '人', 800, 820), 'A'),
  ind(SB2, 'がん検診推進事業', '人', 3500, null, { actualStatus: 'pending' }),
  ind(SB2, '介護予防教室事業', '人', 1200, 650),
];
const projects2: Holdout2Workbook = {
  name: 'h4-project-results-units-heading',
  layout: 'B: two header rows (merged 令和5年度 over 計画値(人) / 実績値(人)), 事業No., 集計中, a blank 自己評価, notes below the table',
  build(wb) {
    const ws = wb.addWorksheet(SB2);
    put(ws, 1, 1, ['健康づくり計画　推進事業の実施状況（令和5年度）']);
    put(ws, 3, 1, ['事業No.', '推進事業名', '所管課', '令和5年度', undefined, '自己評価', '備考']);
    ws.mergeCells('D3:E3');
    put(ws, 4, 4, ['計画値（人）', '実績値（人）']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:B4');
    ws.mergeCells('C3:C4');
    ws.mergeCells('F3:F4');
    ws.mergeCells('G3:G4');
    put(ws, 5, 1, ['1-1', '健康診査受診促進事業', '健康推進課', 5200, 4890, 'B']);
    put(ws, 6, 1, ['1-2', '食育推進事業', '健康推進課', 800, 820, 'A']);
    put(ws, 7, 1, ['2-1', 'がん検診推進事業', '健康推進課', 3500, '集計中', '－', '6月確定予定']);
    put(ws, 8, 1, ['3-1', '介護予防教室事業', '長寿介護課', 1200, 650, undefined, '感染症対策で定員縮小']);
    put(ws, 10, 1, ['注１　実績値は令和6年3月31日現在。']);
    put(ws, 11, 1, ['注２　自己評価欄の「－」は評価保留。']);
  },
  expected: { file: 'h4-project-results-units-heading.xlsx', fiscalYear: 2023, indicators: IB2, groups: [] },
};

/** C: KPI × period with H30.3末-style headings, 目標値 / 実績値 rows per KPI, "-" where no target, values with units. */
const SC = '重要業績評価指標';
const IC = [ind(SC, '企業立地件数', '件', 3, 2), ind(SC, 'IT関連企業雇用者数', '人', 120, 131), ind(SC, 'インターンシップ参加学生数', '人', null, 45)];
const kpiH: Holdout2Workbook = {
  name: 'h4-kpi-periods-heisei-end',
  layout:
    'C: KPI × H30.3末 / H31.3末 / R2.3末 columns, 目標値 and 実績値 rows per KPI, "50 人"-style values, "-" where no target, evaluation year from the title',
  build(wb) {
    const ws = wb.addWorksheet(SC);
    put(ws, 1, 1, ['地方創生推進計画　KPIの達成状況（平成30年度評価）']);
    put(ws, 3, 1, ['KPI', '区分', '事業開始前', 'H30.3末', 'H31.3末', 'R2.3末']);
    put(ws, 4, 1, ['企業立地件数', '目標値', '0 件', '2 件', '3 件', '4 件']);
    put(ws, 5, 1, [undefined, '実績値', '0 件', '2 件', '2 件', undefined]);
    ws.mergeCells('A4:A5');
    put(ws, 6, 1, ['IT関連企業雇用者数', '目標値', '40 人', '80 人', '120 人', '160 人']);
    put(ws, 7, 1, [undefined, '実績値', '40 人', '95 人', '131 人', undefined]);
    ws.mergeCells('A6:A7');
    put(ws, 8, 1, ['インターンシップ参加学生数', '目標値', '-', '-', '-', '50 人']);
    put(ws, 9, 1, [undefined, '実績値', '12 人', '30 人', '45 人', undefined]);
    ws.mergeCells('A8:A9');
  },
  expected: { file: 'h4-kpi-periods-heisei-end.xlsx', fiscalYear: 2018, indicators: IC, groups: [] },
};

/** C: two header rows, each year a merged band over 目標 / 実績 sub-columns, units in a 単位 column, 数値目標 wording. */
const SC2 = '数値目標';
const IC2 = [
  ind(SC2, '農産物直売所販売額', '百万円', 520, 498),
  ind(SC2, '新規就農者数', '人', 8, 5),
  ind(SC2, '耕作放棄地面積', 'ha', 45, 47, { direction: 'down' }),
];
const kpi2: Holdout2Workbook = {
  name: 'h4-kpi-year-bands',
  layout: 'C: 数値目標 × years as merged bands (R4 / R5 / R6) over 目標 / 実績 sub-columns, 単位 column, a 減少 direction column',
  build(wb) {
    const ws = wb.addWorksheet(SC2);
    put(ws, 1, 1, ['農業振興計画　数値目標の進捗（R5年度）']);
    put(ws, 3, 1, ['数値目標', '単位', '方向', 'R4', undefined, 'R5', undefined, 'R6', undefined]);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    ws.mergeCells('H3:I3');
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}3:${c}4`);
    put(ws, 5, 1, ['農産物直売所販売額', '百万円', '増加', 500, 505, 520, 498, 540]);
    put(ws, 6, 1, ['新規就農者数', '人', '増加', 8, 9, 8, 5, 8]);
    put(ws, 7, 1, ['耕作放棄地面積', 'ha', '減少', 50, 49, 45, 47, 40]);
  },
  expected: { file: 'h4-kpi-year-bands.xlsx', fiscalYear: 2023, indicators: IC2, groups: [] },
};

/** D: 現況 / 目標 / 実績 with years in the cells ("1,200\n（令和2年度）"), 目標値（R7年度）, plus a notes sheet. */
const SD = '計画指標';
const withFinal = (x: ExpectedIndicator): ExpectedIndicator => ({ ...x, targetSource: 'final' });
const ID = [
  withFinal(ind(SD, '市民活動団体登録数', '団体', 150, 138)),
  withFinal(ind(SD, '自治会加入率', '％', 80, 71.5)),
  withFinal(ind(SD, 'ボランティア登録者数', '人', 2500, 2630)),
  withFinal(ind(SD, '地域づくり交付金活用件数', '件', 40, 22)),
];
const plan: Holdout2Workbook = {
  name: 'h4-plan-indicators-years-in-cells',
  layout: 'D: 指標名 / 単位 / 現況値 with its year in the cell / 目標値（R7年度）/ 実績値 with its year in the cell, 把握方法, a notes sheet',
  build(wb) {
    const ws = wb.addWorksheet(SD);
    put(ws, 1, 1, ['第2次協働推進計画　成果指標の状況（令和5年度実績）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '現況値\n（計画策定時）', '目標値\n（R7年度）', '実績値', '把握方法']);
    put(ws, 4, 1, [1, '市民活動団体登録数', '団体', '112\n（令和2年度）', 150, '138\n（令和5年度）', '登録台帳']);
    put(ws, 5, 1, [2, '自治会加入率', '％', '76.2\n（令和2年度）', 80, '71.5\n（令和5年度）', '各年4月1日現在']);
    put(ws, 6, 1, [3, 'ボランティア登録者数', '人', '2,010\n（令和元年度）', '2,500', '2,630\n（令和5年度）', '社会福祉協議会調べ']);
    put(ws, 7, 1, [4, '地域づくり交付金活用件数', '件', '18\n（令和2年度）', 40, '22\n（令和5年度）', '交付実績']);
    const notes = wb.addWorksheet('備考');
    put(notes, 1, 1, ['目標値は計画最終年度（令和7年度）の値です。']);
  },
  expected: { file: 'h4-plan-indicators-years-in-cells.xlsx', fiscalYear: 2023, indicators: ID, groups: [] },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [projects, projects2, kpiH, kpi2, plan];
