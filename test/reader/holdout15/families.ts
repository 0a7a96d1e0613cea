/** Hold-out 15: the four known families (and a plain table) as other offices lay them out, messy and slightly broken. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const f = (formula: string, result: number) => ({ formula, result });

/** Family A: a policy sheet whose indicator blocks are stacked, with spaced headings and formula actuals. */
const POLICY_SHEET = '基本施策2-3 商工業の振興';
const POLICY = [
  { name: '中心市街地歩行者通行量', unit: '人', actuals: [4620, 4410, f('SUM(4850)', 4850)], expected: [5000, 5100, 5200, 5300, 5400] },
  { name: '創業支援による新規創業者数', unit: '件', actuals: [15, 17, f('9+9', 18)], expected: [20, 20, 20, 20, 20] },
  { name: '空き店舗活用件数', unit: '件', actuals: [3, 4, 2], expected: [5, 5, 5, 5, 5] },
  { name: '商店街イベント来場者数', unit: '人', actuals: ['28,900人', '31,050人', '32,400人'], expected: [30000, 30000, 30000, 32000, 32000] },
];
const policyGrades = [
  ind(POLICY_SHEET, POLICY[0].name, '人', 5200, 4850),
  ind(POLICY_SHEET, POLICY[1].name, '件', 20, 18),
  ind(POLICY_SHEET, POLICY[2].name, '件', 5, 2),
  ind(POLICY_SHEET, POLICY[3].name, '人', 30000, 32400),
];

function policyBlock(ws: Worksheet, r: number, i: number): void {
  const p = POLICY[i];
  put(ws, r, 1, [`指標 ${'①②③④'[i]}`, p.name]);
  ws.mergeCells(r, 2, r, 9);
  put(ws, r + 1, 1, ['指標の説明', `${p.name}を把握する（担当課調べ）`]);
  ws.mergeCells(r + 1, 2, r + 1, 9);
  put(ws, r + 2, 1, ['単 位', p.unit, 'R3', 'R4\n（現状値）', 'R5', 'R6', 'R7']);
  put(ws, r + 3, 1, ['実 績 値', undefined]);
  p.actuals.forEach((v, k) => (ws.getCell(r + 3, 3 + k).value = v));
  put(ws, r + 4, 1, ['期 待 値\n※R7は目標値', undefined, ...p.expected]);
  put(ws, r + 5, 1, ['備 考', i === 2 ? '出店希望者との調整が長期化' : '']);
}

const policySheet: Holdout2Workbook = {
  name: 'h15-policy-sheet-stacked-blocks',
  layout:
    'A: one policy sheet, four indicator blocks stacked (not tiled), spaced headings 実 績 値 / 期 待 値 with a line break, formula actuals, units inside actual text, rating cell I3 with last year（C）beside it',
  build(wb) {
    const ws = wb.addWorksheet(POLICY_SHEET);
    put(ws, 1, 1, ['令和５年度　施策評価シート']);
    ws.mergeCells('A1:I1');
    put(ws, 2, 1, ['評価対象期間：令和５年度（2023年度）']);
    put(ws, 3, 1, ['基本方針', '産業の振興と雇用の創出']);
    put(ws, 3, 8, ['達成状況評価', undefined, '前年度', '（C）']);
    put(ws, 4, 1, ['基本施策', '２－３　商工業の振興']);
    put(ws, 4, 8, ['担当部等', '商工部 商業観光課']);
    POLICY.forEach((_, i) => policyBlock(ws, 6 + i * 7, i));
  },
  expected: {
    file: 'h15-policy-sheet-stacked-blocks.xlsx',
    fiscalYear: 2023,
    indicators: policyGrades,
    groups: [{ sheet: POLICY_SHEET, cell: 'I3', grade: rollUp(policyGrades.map((g) => g.grade)) }],
  },
};

/** Family B: a project table starting at D20 under a long notes block, ※ marks, a hidden helper column, a blank row. */
const PROJECTS = '事務事業評価';
const projectTable: Holdout2Workbook = {
  name: 'h15-project-table-d20',
  layout:
    'B: project table whose header is at D20 under notes and a merged description, ※ footnote marks on figures, a hidden 前年度 column, a blank row, 評価 like B（概ね順調）',
  build(wb) {
    const ws = wb.addWorksheet(PROJECTS);
    put(ws, 1, 1, ['令和5年度 事務事業評価調書（総括表）']);
    put(ws, 2, 1, ['※評価は担当課による自己評価。達成率＝実績÷目標。']);
    put(ws, 4, 1, ['【概要】産業振興課が所管する事務事業について、令和５年度の成果指標の実績を取りまとめたもの。数値は令和６年５月末の確定値。']);
    ws.mergeCells('A4:K10');
    put(ws, 12, 1, ['所管課', '産業振興課', undefined, '作成日', '令和6年6月3日']);
    put(ws, 20, 4, ['No.', '事 業 名', '単位', 'R5年度\n目標値', 'R5年度\n実績値', '前年度実績\n（参考）', '自己評価', '備　考']);
    put(ws, 21, 4, [1, 'ものづくり人材育成事業', '人', 40, 36, 31, 'B（概ね順調）']);
    put(ws, 22, 4, [2, '企業立地促進奨励金', '件', 5, '6※', 4, 'A']);
    put(ws, 24, 4, [3, '販路拡大支援事業', '件', '1,200', '1,234※', 1100, 'A（順調）', '商談会を2回開催']);
    put(ws, 25, 4, [4, '中小企業融資あっせん', '件', 150, 98, 141, 'C', '金利上昇の影響']);
    put(ws, 26, 4, [5, '事業承継支援事業', '件', 10, '未実施', 3, 'D', '相談員欠員のため']);
    put(ws, 28, 4, ['※ 件数には他課との共同実施分を含む。']);
    ws.getColumn(9).hidden = true;
  },
  expected: {
    file: 'h15-project-table-d20.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(PROJECTS, 'ものづくり人材育成事業', '人', 40, 36, { existing: 'B' }),
      ind(PROJECTS, '企業立地促進奨励金', '件', 5, 6, { existing: 'A' }),
      ind(PROJECTS, '販路拡大支援事業', '件', 1200, 1234, { existing: 'A' }),
      ind(PROJECTS, '中小企業融資あっせん', '件', 150, 98, { existing: 'C' }),
      ind(PROJECTS, '事業承継支援事業', '件', 10, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

/** Family C: KPI rows 目標値/実績値 over 令和N年3月末 columns, △ negatives, a 0 target, a down indicator marked in 備考. */
const KPI = 'KPI進捗';
const kpiPeriods: Holdout2Workbook = {
  name: 'h15-kpi-march-end-triangle',
  layout:
    'C: KPI × 令和N年3月末 columns, 目標値/実績値 rows, units in value text, △ negatives, a 0 target, 少ないほど良い in 備考, stated by 令和６年３月末現在',
  build(wb) {
    const ws = wb.addWorksheet(KPI);
    put(ws, 1, 1, ['第２期総合戦略　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['（令和６年３月末現在）']);
    put(ws, 4, 2, ['ＫＰＩ', '単位', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const rows: [string, string, unknown[], unknown[], string?][] = [
      ['社会増減数（転入－転出）', '人', ['△100人', '△50人', '0人', '50人'], ['△186人', '△97人', '△12人'], '転入者数－転出者数'],
      ['観光入込客数', '万人', ['110万人', '115万人', '120万人', '125万人'], ['71.2万人', '88.0万人', '98.5万人']],
      ['新規就農者数', '人', ['15人', '15人', '15人', '15人'], ['12人', '14人', '17人']],
      ['待機児童数', '人', ['5人', '0人', '0人', '0人'], ['8人', '4人', '3人'], '少ないほど良い'],
    ];
    rows.forEach(([name, unit, tg, ac, note], i) => {
      const r = 5 + i * 2;
      put(ws, r, 2, [name, unit, '目標値', ...(tg as string[])]);
      put(ws, r + 1, 4, ['実績値', ...(ac as string[])]);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 3, r + 1, 3);
      if (note) put(ws, r, 9, [note]);
    });
  },
  expected: {
    file: 'h15-kpi-march-end-triangle.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KPI, '社会増減数（転入－転出）', '人', 0, -12),
      ind(KPI, '観光入込客数', '万人', 120, 98.5),
      ind(KPI, '新規就農者数', '人', 15, 17),
      ind(KPI, '待機児童数', '人', 0, 3, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** Family D: plan indicators with full-width digits, ％ as text and as fractions, a down indicator stated in its 説明. */
const PLAN = '計画指標の達成状況';
const planIndicators: Holdout2Workbook = {
  name: 'h15-plan-indicators-fullwidth',
  layout:
    'D: 指標/現況値（計画策定時）/目標値（令和８年度）/実績値（令和５年度）, full-width digits with commas, ％ as text and as fractions under a % format, a down indicator stated in 説明',
  build(wb) {
    const ws = wb.addWorksheet(PLAN);
    put(ws, 1, 1, ['第２次産業振興計画　数値目標の達成状況']);
    put(ws, 2, 1, ['令和５年度実績']);
    put(ws, 4, 1, ['番号', '指　標', '指標の説明', '単位', '現況値\n（計画策定時）', '目標値\n（令和８年度）', '実績値\n（令和５年度）', '現状把握の方法']);
    put(ws, 5, 1, ['１', '製造品出荷額等', '市内製造業の製造品出荷額等', '億円', '１，８５０\n（令和２年）', '２，１００', '１，９８６', '工業統計']);
    put(ws, 6, 1, ['２', '市内高校生の地元就職率', '市内高校卒業就職者のうち市内就職者の割合', '％', '42.1%\n（令和２年度）', '50.0%', '46.5%', '学校調査']);
    put(ws, 7, 1, ['３', '工業団地の分譲率', '分譲済面積÷分譲面積', '％', 0.72, 1, 0.85, '担当課調べ']);
    for (const c of ['E7', 'F7', 'G7']) ws.getCell(c).numFmt = '0.0%';
    put(ws, 8, 1, ['４', '労働災害発生件数', '休業4日以上の労働災害件数（減少を目指す）', '件', '４８\n（令和２年）', '４０', '４４', '労働基準監督署']);
    put(ws, 9, 1, ['５', '創業件数（累計）', '計画期間中の創業件数の累計', '件', '０\n（令和２年度）', '１００', '６３', '担当課調べ']);
  },
  expected: {
    file: 'h15-plan-indicators-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(PLAN, '製造品出荷額等', '億円', 2100, 1986), targetSource: 'final' },
      { ...ind(PLAN, '市内高校生の地元就職率', '％', 50, 46.5), targetSource: 'final' },
      { ...ind(PLAN, '工業団地の分譲率', '％', 100, 85), targetSource: 'final' },
      { ...ind(PLAN, '労働災害発生件数', '件', 40, 44, { direction: 'down' }), targetSource: 'final' },
      { ...ind(PLAN, '創業件数（累計）', '件', 100, 63), targetSource: 'final' },
    ],
    groups: [],
  },
};

/** A plain evaluation table with the previous year's copy of it lower on the sheet. */
const WELFARE = 'R5評価';
const WELFARE_ROWS: [string, string, number | string, number | string, string][] = [
  ['特定健診受診率', '％', 0.6, 0.482, 'B'],
  ['ゲートキーパー養成講座受講者数', '人', 200, 214, 'A'],
  ['認知症サポーター養成数', '人', '1,500', '1,120', 'C'],
  ['介護予防教室参加者数', '人', '3,000', '2,950（見込み）', 'B'],
];
const prevYearCopy: Holdout2Workbook = {
  name: 'h15-prev-year-copy-below',
  layout:
    'plain table for 令和５年度 with 達成率 formulas, ％ as fractions, a （見込み） actual, and a （参考）令和４年度 copy of the same table lower on the sheet',
  build(wb) {
    const ws = wb.addWorksheet(WELFARE);
    put(ws, 1, 1, ['令和５年度　福祉分野　成果指標評価表']);
    const table = (top: number, rows: typeof WELFARE_ROWS) => {
      put(ws, top, 2, ['成果指標', '単位', '目 標 値', '実 績 値', '達成率', '評価']);
      rows.forEach(([n, u, t, a, g], i) => {
        const r = top + 1 + i;
        put(ws, r, 2, [n, u, t, a]);
        const rate = (x: number | string) => (typeof x === 'number' ? x : Number(x.replace(/[^0-9.]/g, '')));
        ws.getCell(r, 6).value = f(`E${r}/D${r}`, Math.round((rate(a) / rate(t)) * 1000) / 1000);
        ws.getCell(r, 6).numFmt = '0.0%';
        put(ws, r, 7, [g]);
        if (u === '％') for (const c of [4, 5]) ws.getCell(r, c).numFmt = '0.0%';
      });
    };
    table(3, WELFARE_ROWS);
    put(ws, 12, 1, ['（参考）令和４年度']);
    table(13, [
      ['特定健診受診率', '％', 0.58, 0.455, 'B'],
      ['ゲートキーパー養成講座受講者数', '人', 200, 151, 'C'],
      ['認知症サポーター養成数', '人', '1,400', '1,390', 'B'],
      ['介護予防教室参加者数', '人', '3,000', '2,410', 'B'],
    ]);
  },
  expected: {
    file: 'h15-prev-year-copy-below.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(WELFARE, '特定健診受診率', '％', 60, 48.2, { existing: 'B' }),
      ind(WELFARE, 'ゲートキーパー養成講座受講者数', '人', 200, 214, { existing: 'A' }),
      ind(WELFARE, '認知症サポーター養成数', '人', 1500, 1120, { existing: 'C' }),
      ind(WELFARE, '介護予防教室参加者数', '人', 3000, 2950, { existing: 'B', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiPeriods, planIndicators, prevYearCopy];
