/** Hold-out 30, second half: FY headings with a hidden column, full-width 累計 KPIs, several sheets, merged two-row headings, no stated year. */
import { type Holdout2Workbook as Holdout30Workbook, ind, put, rollUp } from '../holdout2/kit';

const PLAN_FY: Holdout30Workbook = {
  name: 'h30-plan-fy-hidden',
  layout:
    'plan indicators with FY headings (現状値 FY2020 / 目標値 FY2025 / hidden 実績 FY2023 / 実績値 FY2024), figures as text with units; target is the final one',
  build(wb) {
    const ws = wb.addWorksheet('進捗');
    put(ws, 1, 1, ['第2次生涯学習推進計画 成果指標の進捗（FY2024実績）']);
    put(ws, 3, 1, ['指標', '現状値 FY2020', '目標値 FY2025', '実績 FY2023', '実績値 FY2024', '把握方法']);
    put(ws, 4, 1, ['図書館の年間貸出冊数', '412,000冊', '450,000冊', '405,110冊', '398,520冊', '図書館システム']);
    put(ws, 5, 1, ['市民一人当たりの蔵書数', '3.2冊', '3.5冊', '3.4冊', '3.6冊', '蔵書数÷人口']);
    put(ws, 6, 1, ['生涯学習講座の受講者数', '2,840人', '3,200人', '1,620人', '1,750人', '講座受付簿']);
    ws.getColumn(4).hidden = true;
  },
  expected: {
    file: 'h30-plan-fy-hidden.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind('進捗', '図書館の年間貸出冊数', '冊', 450000, 398520), targetSource: 'final' },
      { ...ind('進捗', '市民一人当たりの蔵書数', '冊', 3.5, 3.6), targetSource: 'final' },
      { ...ind('進捗', '生涯学習講座の受講者数', '人', 3200, 1750), targetSource: 'final' },
    ],
    groups: [],
  },
};

const KPI_CUMULATIVE: Holdout30Workbook = {
  name: 'h30-kpi-fullwidth-cumulative',
  layout: 'KPI table, full-width Ｒ３年度…Ｒ６年度 columns, rows 目標 / 実績（単年度） / 実績（累計） / 達成率, full-width figures, unit in the last column',
  build(wb) {
    const ws = wb.addWorksheet('農林業KPI');
    put(ws, 1, 1, ['農林業振興プラン　ＫＰＩ達成状況']);
    put(ws, 2, 1, ['評価年度：Ｒ５']);
    put(ws, 4, 1, ['指標', '項目', 'Ｒ３年度', 'Ｒ４年度', 'Ｒ５年度', 'Ｒ６年度', '単位']);
    put(ws, 5, 1, ['新規就農者数（累計）', '目標', 8, 16, 24, 32, '人']);
    put(ws, 6, 2, ['実績（単年度）', 7, 6, 6]);
    put(ws, 7, 2, ['実績（累計）', 7, 13, 19]);
    put(ws, 8, 2, ['達成率', '87.5%', '81.3%', '79.2%']);
    put(ws, 9, 1, ['ふるさと納税寄附件数', '目標', 12000, 15000, 18000, 20000, '件']);
    put(ws, 10, 2, ['実績', 13210, 16020, '２１，４３０']);
    put(ws, 11, 2, ['達成率', '110.1%', '106.8%', '119.1%']);
    put(ws, 12, 1, ['農産物直売所の売上高', '目標', 300, 310, 320, 330, '百万円']);
    put(ws, 13, 2, ['実績', 288, 296, '３０１']);
    put(ws, 14, 2, ['達成率', '96.0%', '95.5%', '94.1%']);
    ws.mergeCells('A5:A8');
    ws.mergeCells('A9:A11');
    ws.mergeCells('A12:A14');
  },
  expected: {
    file: 'h30-kpi-fullwidth-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('農林業KPI', '新規就農者数（累計）', '人', 24, 19),
      ind('農林業KPI', 'ふるさと納税寄附件数', '件', 18000, 21430),
      ind('農林業KPI', '農産物直売所の売上高', '百万円', 320, 301),
    ],
    groups: [],
  },
};

const POLICY_SHEETS = '施策1-1';
const MULTI_SHEET: Holdout30Workbook = {
  name: 'h30-summary-policy-criteria',
  layout:
    "three sheets: the department's 総括表 (前年度評価 letters, no figures), a policy sheet with three blocks tiled across (期待値 / 実績値, 集計中), a 評価基準 sheet of the default bands",
  build(wb) {
    const sum = wb.addWorksheet('総括表');
    put(sum, 1, 1, ['令和6年度 施策評価 総括表']);
    put(sum, 3, 1, ['施策番号', '施策名', '主担当課', '前年度評価', '今年度評価']);
    put(sum, 4, 1, ['1-1', '良好な住環境の形成', '都市計画課', 'B']);
    put(sum, 5, 1, ['1-2', '公園・緑地の充実', '公園緑地課', 'A']);
    const ws = wb.addWorksheet(POLICY_SHEETS);
    put(ws, 1, 1, ['施策評価シート（評価対象年度：令和6年度）']);
    put(ws, 3, 1, ['施策', '1-1 良好な住環境の形成']);
    put(ws, 4, 1, ['施策の評価']);
    const blocks: [string, string, number[], (number | string)[]][] = [
      ['特定空家等の除却件数', '件', [9, 12, 15, 18], [10, 11, 17]],
      ['住宅耐震化率', '%', [88.0, 90.0, 92.0, 95.0], [87.6, 88.9, 90.1]],
      ['公園愛護会の結成数', '団体', [26, 28, 30, 32], [25, 27, '集計中']],
    ];
    blocks.forEach(([name, unit, exp, act], i) => {
      const c = 1 + i * 6;
      put(ws, 6, c, ['指標名', name]);
      ws.mergeCells(6, c + 1, 6, c + 4);
      put(ws, 7, c, ['単位', unit]);
      put(ws, 8, c, [undefined, '令和4年度', '令和5年度', '令和6年度', '令和7年度（目標）']);
      put(ws, 9, c, ['期待値', ...exp]);
      put(ws, 10, c, ['実績値', ...act]);
    });
    const crit = wb.addWorksheet('評価基準');
    put(crit, 1, 1, ['評価', '達成率', '内容']);
    put(crit, 2, 1, ['A', '100%以上', '順調']);
    put(crit, 3, 1, ['B', '80%以上100%未満', '概ね順調']);
    put(crit, 4, 1, ['C', '60%以上80%未満', 'やや遅れている']);
    put(crit, 5, 1, ['D', '60%未満', '遅れている']);
  },
  expected: {
    file: 'h30-summary-policy-criteria.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(POLICY_SHEETS, '特定空家等の除却件数', '件', 15, 17),
      ind(POLICY_SHEETS, '住宅耐震化率', '%', 92, 90.1),
      ind(POLICY_SHEETS, '公園愛護会の結成数', '団体', 30, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: POLICY_SHEETS, cell: 'B4', grade: rollUp(['A', 'B']) }],
  },
};

const PROJECT_TWO_ROW: Holdout30Workbook = {
  name: 'h30-project-two-row-heading',
  layout:
    'project table with merged two-row headings (令和４年度 目標/実績 first, then 令和５年度 目標/実績/自己評価), a blank spacer column, 単位 column, one pair as text',
  build(wb) {
    const ws = wb.addWorksheet('事業評価');
    put(ws, 1, 1, ['防災・危機管理 事業評価表（令和５年度）']);
    put(ws, 3, 1, ['No.', '事業名', '単位', undefined, '令和４年度', undefined, '令和５年度', undefined, undefined, '備考']);
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '自己評価']);
    ws.mergeCells('E3:F3');
    ws.mergeCells('G3:I3');
    for (const col of ['A', 'B', 'C', 'J']) ws.mergeCells(`${col}3:${col}4`);
    ws.getColumn(4).width = 2;
    put(ws, 5, 1, [1, '出前講座の開催回数', '回', undefined, 36, 41, 40, 46, 'A']);
    put(ws, 6, 1, [2, '防災士養成数', '人', undefined, 20, 18, 25, 21, 'B', '資格取得補助あり']);
    put(ws, 7, 1, [3, '自主防災組織の訓練実施率', '%', undefined, 75, 70.2, 80, 62.5, 'B']);
    put(ws, 8, 1, [4, '備蓄食料の更新', '食', undefined, '3,000食', '3,000食', '3,000食', '2,400食', 'B', '一部は令和6年度に更新']);
  },
  expected: {
    file: 'h30-project-two-row-heading.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業評価', '出前講座の開催回数', '回', 40, 46, { existing: 'A' }),
      ind('事業評価', '防災士養成数', '人', 25, 21, { existing: 'B' }),
      ind('事業評価', '自主防災組織の訓練実施率', '%', 80, 62.5, { existing: 'B' }),
      ind('事業評価', '備蓄食料の更新', '食', 3000, 2400, { existing: 'B' }),
    ],
    groups: [],
  },
};

const NO_YEAR: Holdout30Workbook = {
  name: 'h30-kpi-no-stated-year',
  layout: 'KPI table over 2021年度…2024年度 with 目標 / 実績 rows, no evaluation year stated (latest year with actuals: 2023), 減少 in 備考',
  build(wb) {
    const ws = wb.addWorksheet('公共交通KPI');
    put(ws, 1, 1, ['地域公共交通計画 KPI']);
    put(ws, 3, 1, ['KPI', '区分', '2021年度', '2022年度', '2023年度', '2024年度', '単位', '備考']);
    put(ws, 4, 1, ['路線バス利用者数', '目標', 780, 820, 850, 880, '千人']);
    put(ws, 5, 2, ['実績', 701, 755, 792]);
    put(ws, 6, 1, ['デマンド交通登録者数', '目標', 800, 1000, 1200, 1400, '人']);
    put(ws, 7, 2, ['実績', 846, 1102, 1318]);
    put(ws, 8, 1, ['公共交通空白地域の人口', '目標', 2400, 2200, 2000, 1800, '人', '減少を目指す']);
    put(ws, 9, 2, ['実績', 2710, 2650, 2600]);
    for (const r of [4, 6, 8]) ws.mergeCells(r, 1, r + 1, 1);
  },
  expected: {
    file: 'h30-kpi-no-stated-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('公共交通KPI', '路線バス利用者数', '千人', 850, 792),
      ind('公共交通KPI', 'デマンド交通登録者数', '人', 1200, 1318),
      ind('公共交通KPI', '公共交通空白地域の人口', '人', 2000, 2600, { direction: 'down' }),
    ],
    groups: [],
    guesses: ['period'],
  },
};

export const OTHER_WORKBOOKS: Holdout30Workbook[] = [PLAN_FY, KPI_CUMULATIVE, MULTI_SHEET, PROJECT_TWO_ROW, NO_YEAR];
