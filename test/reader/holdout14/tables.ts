/** Hold-out 14, part two: bound targets, survey indicators with grades in words, per-基本目標 sheets, wrapped names, cost-and-outcome plans. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook as Holdout14Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

const S1 = '数値目標';
const BOUNDS: [string, string, string, string, number | null, number, 'up' | 'down'][] = [
  ['廃棄物', '不法投棄の通報件数', '10件以下', '7件', 10, 7, 'down'],
  ['廃棄物', '1人1日当たりごみ排出量', '850g以下', '872g', 850, 872, 'down'],
  ['資源循環', 'リサイクル率', '25％以上', '21.4％', 25, 21.4, 'up'],
  ['地球温暖化', '市の事務事業に伴うCO2排出量', '1,200t以下', '1,310t', 1200, 1310, 'down'],
  ['環境保全', '環境保全活動団体数', '25団体以上', '27団体', 25, 27, 'up'],
  ['地球温暖化', '公共施設のLED化率', '前年度以上', '64.2％', null, 64.2, 'up'],
];
const unitOf = (text: string) => text.replace(/^[0-9.,]+/, '');

const bounds: Holdout14Workbook = {
  name: 'h14-bound-targets-ijo-ika',
  layout:
    'targets written as bounds (10件以下, 25％以上) with the unit inside every value, a 区分 column first, R5年度 in the title, a non-numeric target (前年度以上)',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['R5年度　第3次環境基本計画　数値目標の達成状況']);
    put(ws, 3, 1, ['区分', '指標', '目標（R5）', '実績（R5）', '達成状況', '所管課']);
    BOUNDS.forEach(([kind, name, t, a], i) => put(ws, 4 + i, 1, [kind, name, t, a, undefined, i < 2 ? '廃棄物対策課' : '環境政策課']));
    put(ws, 11, 1, ['※「以下」の指標は目標値を下回ることを目指す。達成状況欄は評価委員会で記入。']);
  },
  expected: {
    file: 'h14-bound-targets-ijo-ika.xlsx',
    fiscalYear: 2023,
    indicators: BOUNDS.map(([, name, , a, target, actual, direction]) => ind(S1, name, unitOf(a), target, actual, { direction })),
    groups: [],
  },
};

const S2 = '市民意識調査指標';
const WORDS: Record<string, string> = { 順調: 'A', 概ね順調: 'B', やや遅れている: 'C', 遅れている: 'D' };
const SURVEY: [string, string, number, number, string][] = [
  ['公共交通の利便性に満足している市民の割合', '％', 45, 38.2, '概ね順調'],
  ['地域活動に参加している市民の割合', '％', 40, 41.5, '順調'],
  ['子育てしやすいまちだと思う市民の割合', '％', 60, 47, 'やや遅れている'],
  ['防災対策に満足している市民の割合', '％', 50, 28.9, '遅れている'],
  ['市の情報発信に満足している市民の割合', '％', 55, 46.3, '順調'],
];

const survey: Holdout14Workbook = {
  name: 'h14-survey-grades-in-words',
  layout:
    'survey (満足度 ％) indicators with the department grade in words (順調…遅れている), a 施策 column merged down, a legend row of the scale under the table',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['令和5年度　市民満足度指標の評価（市民意識調査：令和5年8月実施、回答数1,284人）']);
    put(ws, 3, 1, ['施策', '指標（市民意識調査）', '単位', '目標値', '実績値', '担当課評価', 'コメント']);
    SURVEY.forEach(([name, unit, t, a, w], i) =>
      put(ws, 4 + i, 1, [i === 0 ? '暮らしやすいまちづくり' : undefined, name, unit, t, a, w, i === 4 ? 'SNS発信を強化した' : undefined]),
    );
    ws.mergeCells(4, 1, 8, 1);
    put(ws, 10, 1, ['評価区分：順調（達成率100％以上）、概ね順調（80％以上）、やや遅れている（60％以上）、遅れている（60％未満）']);
  },
  expected: {
    file: 'h14-survey-grades-in-words.xlsx',
    fiscalYear: 2023,
    indicators: SURVEY.map(([name, unit, t, a, w]) => ind(S2, name, unit, t, a, { existing: WORDS[w] })),
    groups: [],
  },
};

type Row = [string, string, number, number, number];
const GOALS: [string, string, Row[]][] = [
  [
    '基本目標1',
    '基本目標１　活力ある産業のまち',
    [
      ['製造品出荷額等', '億円', 2980, 3200, 3015],
      ['新規企業立地件数', '件', 1, 3, 4],
      ['創業支援による創業件数', '件', 9, 20, 11],
      ['農業産出額', '億円', 231, 250, 238],
    ],
  ],
  [
    '基本目標2',
    '基本目標２　選ばれ住み続けたいまち',
    [
      ['転入者数', '人', 3650, 3800, 3512],
      ['移住相談件数', '件', 210, 300, 362],
      ['空き家バンク成約件数', '件', 12, 25, 14],
    ],
  ],
];

function goalSheet(ws: Worksheet, title: string, rows: Row[]): void {
  put(ws, 1, 1, [title]);
  put(ws, 2, 1, ['評価年度：令和5年度', undefined, undefined, undefined, undefined, '総合評価']);
  put(ws, 4, 1, ['番号', '成果指標', '単位', '基準値（R2）', '目標値（R5）', '実績値（R5）', '評価']);
  rows.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, r[0], r[1], r[2], r[3], r[4]]));
}

const goals: Holdout14Workbook = {
  name: 'h14-goal-sheets-with-summary',
  layout: 'one 指標 sheet per 基本目標 (基準値, 目標値（R5）, 実績値（R5）, empty 評価 column, 総合評価 cell G2 to fill) and a 総括 sheet tallying grades',
  build(wb) {
    for (const [sheet, title, rows] of GOALS) goalSheet(wb.addWorksheet(sheet), title, rows);
    const sum = wb.addWorksheet('総括');
    put(sum, 1, 1, ['令和5年度　総合戦略 評価総括表']);
    put(sum, 3, 1, ['基本目標', '指標数', 'A', 'B', 'C', 'D', '総合評価']);
    GOALS.forEach(([, title, rows], i) => put(sum, 4 + i, 1, [title, rows.length]));
  },
  expected: {
    file: 'h14-goal-sheets-with-summary.xlsx',
    fiscalYear: 2023,
    indicators: GOALS.flatMap(([sheet, , rows]) => rows.map(([name, unit, , t, a]) => ind(sheet, name, unit, t, a))),
    groups: GOALS.map(([sheet, , rows]) => ({ sheet, cell: 'G2', grade: rollUp(rows.map(([name, unit, , t, a]) => ind(sheet, name, unit, t, a).grade)) })),
  },
};

const S4 = '指標一覧';
const WRAPPED: [string, string, string, string, number, number][] = [
  ['K-01', '地域包括支援センターの', '総合相談件数', '件', 2400, 2630],
  ['K-02', '認知症サポーター養成講座', '受講者数', '人', 600, 455],
  ['K-03', '介護予防教室への', '参加者延べ人数', '人', 5000, 4310],
  ['K-04', '要介護認定を受けていない', '高齢者の割合', '％', 82, 83.1],
  ['K-05', '地域ケア会議の', '開催回数', '回', 24, 12],
];

const wrapped: Holdout14Workbook = {
  name: 'h14-id-column-wrapped-name',
  layout: 'indicator ID (K-01) in its own column merged over two rows, the name written over two cells one below the other, figures on the first row only',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['高齢者福祉計画・第9期介護保険事業計画　評価指標一覧']);
    put(ws, 3, 1, ['指標ID', '指標名', '単位', '目標値（令和5年度）', '実績値（令和5年度）', '備考']);
    WRAPPED.forEach(([id, a, b, unit, t, v], i) => {
      const r = 4 + 2 * i;
      put(ws, r, 1, [id, a, unit, t, v]);
      put(ws, r + 1, 2, [b]);
      ws.mergeCells(r, 1, r + 1, 1);
      for (const c of [3, 4, 5, 6]) ws.mergeCells(r, c, r + 1, c);
    });
  },
  expected: {
    file: 'h14-id-column-wrapped-name.xlsx',
    fiscalYear: 2023,
    indicators: WRAPPED.map(([, a, b, unit, t, v]) => ind(S4, a + b, unit, t, v)),
    groups: [],
  },
};

const S5 = '実施計画（R5）';
const PLAN: [string, string, number, number, string, string, number, number, string][] = [
  ['101', '住宅リフォーム支援事業', 12000, 10850, 'リフォーム補助件数', '件', 120, 98, '建築住宅課'],
  ['102', '地域おこし協力隊活用事業', 25600, 24100, '任期終了後の定住者数', '人', 4, 4, '地域振興課'],
  ['103', 'スポーツ合宿誘致事業', 3500, 2100, '合宿延べ宿泊者数', '人泊', 2000, 1180, 'スポーツ振興課'],
  ['104', '図書館電子書籍導入事業', 4800, 4800, '電子書籍貸出冊数', '冊', 6000, 7420, '中央図書館'],
  ['105', '公共施設省エネ改修事業', 58000, 61230, '対象施設の電力使用量削減率', '％', 15, 10.5, '財産管理課'],
];

const plan: Holdout14Workbook = {
  name: 'h14-jisshi-keikaku-cost-and-outcome',
  layout:
    '実施計画 table mixing 事業費（千円） 予算額/決算額 columns with a 成果指標 column, its unit, 目標 and 実績; the indicator is the 成果指標, not the project',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和5年度　実施計画　事業評価調書（総括表）']);
    put(ws, 3, 1, ['事業番号', '事業名', '事業費（千円）', undefined, '成果指標', undefined, undefined, undefined, '担当課']);
    put(ws, 4, 3, ['予算額', '決算額', '指標名', '単位', '目標', '実績']);
    ws.mergeCells(3, 3, 3, 4);
    ws.mergeCells(3, 5, 3, 8);
    for (const c of [1, 2, 9]) ws.mergeCells(3, c, 4, c);
    PLAN.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (const c of [3, 4]) ws.getColumn(c).numFmt = '#,##0';
  },
  expected: {
    file: 'h14-jisshi-keikaku-cost-and-outcome.xlsx',
    fiscalYear: 2023,
    indicators: PLAN.map(([, , , , name, unit, t, a]) => ind(S5, name, unit, t, a)),
    groups: [],
  },
};

const S6 = '施策評価表';
const POLICIES: [string, number, [string, '↑' | '↓', number, string, string][]][] = [
  [
    '施策1-1　安全でおいしい水の安定供給',
    3,
    [
      ['有収率', '↑', 90, '87.4', '％'],
      ['漏水修理件数', '↓', 40, '52', '件'],
      ['基幹管路の耐震化率', '↑', 45, '45.6', '％'],
    ],
  ],
  [
    '施策1-2　快適な生活環境を支える下水道',
    11,
    [
      ['汚水処理人口普及率', '↑', 92, '91.3', '％'],
      ['水洗化率（下水道接続率）', '↑', 88, '90.1', '％'],
      ['不明水率', '↓', 20, '31', '％'],
      ['下水道使用料収納率', '↑', 99, '98.2', '％'],
    ],
  ],
];

function policyIndicators(rows: [string, '↑' | '↓', number, string, string][]): ExpectedIndicator[] {
  return rows.map(([name, dir, t, a, unit]) => ind(S6, name, unit, t, Number(a), { direction: dir === '↓' ? 'down' : 'up' }));
}

const stacked: Holdout14Workbook = {
  name: 'h14-stacked-policies-direction-column',
  layout:
    'two 施策 tables stacked on one sheet, each with its own 施策評価 cell (F3, F11) to fill, a 方向 column (↑/↓), the unit in a column after the figures, actuals as text',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['令和５年度　上下水道事業　施策評価表']);
    for (const [title, row, rows] of POLICIES) {
      put(ws, row, 1, [title, undefined, undefined, undefined, '施策評価']);
      put(ws, row + 1, 1, ['成果指標', '方向', '目標値（R5）', '実績値（R5）', '単位']);
      rows.forEach((r, i) => put(ws, row + 2 + i, 1, r));
    }
    put(ws, 17, 1, ['方向：↑は高いほど良い、↓は低いほど良い。']);
  },
  expected: {
    file: 'h14-stacked-policies-direction-column.xlsx',
    fiscalYear: 2023,
    indicators: POLICIES.flatMap(([, , rows]) => policyIndicators(rows)),
    groups: POLICIES.map(([, row, rows]) => ({ sheet: S6, cell: `F${row}`, grade: rollUp(policyIndicators(rows).map((x) => x.grade)) })),
  },
};

const S7 = 'H30評価';
const HEISEI: [string, string, string, string | number, string | number, number | null, number | null, 'not-implemented' | 'pending' | undefined][] = [
  ['ごみ減量推進事業', 'ごみ減量出前講座開催回数', '回', 12, '未実施', 12, null, 'not-implemented'],
  ['資源回収推進事業', '資源物集団回収量', 't', 1800, '1,652', 1800, 1652, undefined],
  ['環境教育推進事業', '環境学習参加者数', '人', 900, '集計中', 900, null, 'pending'],
  ['不法投棄対策事業', '不法投棄物回収件数', '件', '－', 86, null, 86, undefined],
  ['生ごみ減量化事業', '生ごみ堆肥化容器補助件数', '件', 50, 57, 50, 57, undefined],
  ['温暖化対策事業', 'エコドライブ講習受講者数', '人', 200, 138, 200, 138, undefined],
];

const heisei: Holdout14Workbook = {
  name: 'h14-heisei-status-words',
  layout: '平成30年度 事務事業評価: 事務事業名 and 成果指標 columns, the unit in a heading-labelled column, 未実施 / 集計中 / － in the figure cells',
  build(wb) {
    const ws = wb.addWorksheet(S7);
    put(ws, 1, 2, ['平成30年度　行政評価（事務事業評価）　成果指標一覧']);
    put(ws, 2, 2, ['市民環境部']);
    put(ws, 4, 2, ['事務事業名', '成果指標', '単位', '目標値', '実績値', '所見']);
    HEISEI.forEach(([proj, name, unit, t, a], i) => put(ws, 5 + i, 2, [proj, name, unit, t, a, i === 0 ? '講師確保ができず未実施' : undefined]));
  },
  expected: {
    file: 'h14-heisei-status-words.xlsx',
    fiscalYear: 2018,
    indicators: HEISEI.map(([, name, unit, , , t, a, status]) => ind(S7, name, unit, t, a, status ? { actualStatus: status } : {})),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout14Workbook[] = [bounds, survey, goals, wrapped, plan, stacked, heisei];
