/** Hold-out 50, family B and C: a 事業実績 table with 前年度実績 and 自己評価 that disagree and a 再掲 row; a KPI table with a cumulative target beside single-year and cumulative actual rows, ％ as fractions and a 参考指標 block. */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- B: project table
const SB = '資料2';
type PRow = [string, string, string, string, string, string, string, string];
const B_ROWS: (PRow | string)[] = [
  '施策1　産業の振興',
  ['(1)', '創業支援事業\n創業塾の開催と創業時の店舗改装費等の補助', '創業者数 14人', 'A', '創業者数 15人', '創業者数 12人', '80.0%', '継続'],
  ['(2)', '企業立地促進事業\n工業団地への企業誘致活動、立地奨励金の交付', '立地件数 1件', 'B', '立地件数 2件', '立地件数 2件', '100.0%', '継続'],
  ['(3)', '販路拡大支援事業\n展示会・商談会への出展経費の補助', '補助件数 21件', 'A', '補助件数 25件', '補助件数 18件', '72.0%', '見直し'],
  '施策2　商業の活性化',
  ['(4)', '事業承継支援事業\n事業承継の相談窓口の設置', '－', 'D', '相談件数 30件', '未実施', '－', '見直し'],
  ['(5)', '中心市街地にぎわい創出事業\n空き店舗を活用した出店への補助', '新規出店 6店舗', 'B', '新規出店 8店舗', '新規出店 7店舗', '87.5%', '拡充'],
  ['再掲', '創業支援事業（施策1(1)の再掲）', '創業者数 14人', 'A', '創業者数 15人', '創業者数 12人', '80.0%', '継続'],
  '施策3　観光の振興',
  [
    '(6)',
    '観光誘客促進事業\n観光キャンペーン、SNSによる情報発信',
    '観光入込客数 1,102,600人',
    'A',
    '観光入込客数 120万人',
    '観光入込客数 1,183,400人',
    '98.6%',
    '継続',
  ],
  ['(7)', '観光ボランティアガイド育成事業\nガイド養成講座の開催', '修了者 14人', 'B', '養成講座修了者 20人', '養成講座修了者 16人', '80.0%', '継続'],
];
const EB: ExpectedIndicator[] = [
  ind(SB, '創業支援事業', '人', 15, 12, { existing: 'A' }),
  ind(SB, '企業立地促進事業', '件', 2, 2, { existing: 'B' }),
  ind(SB, '販路拡大支援事業', '件', 25, 18, { existing: 'A' }),
  ind(SB, '事業承継支援事業', '件', 30, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(SB, '中心市街地にぎわい創出事業', '店舗', 8, 7, { existing: 'B' }),
  // the target's unit, the actual converted into it (the project's convention, hold-out 39's 千人 / 人)
  ind(SB, '観光誘客促進事業', '万人', 120, 118.34, { existing: 'A' }),
  ind(SB, '観光ボランティアガイド育成事業', '人', 20, 16, { existing: 'B' }),
];

export const PROJECT_TABLE: Holdout2Workbook = {
  name: 'h50-b-project-selfeval',
  layout:
    'B: 推進事業 rows under 施策 headings, R4年度実績値 left of 自己評価 (several generous), a department 達成率 column, a 再掲 row, 未実施, a target in 万人 against an actual in 人',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SB);
    put(ws, 1, 1, ['資料2']);
    put(ws, 2, 1, ['令和5年度　商工観光振興計画　推進事業の実績について']);
    put(ws, 3, 7, ['商工観光部　商工労働課']);
    put(ws, 5, 1, ['No.', '推進事業\n（事業名・概要）', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '達成率', '今後の方向性']);
    let r = 6;
    for (const row of B_ROWS) {
      if (typeof row === 'string') {
        put(ws, r, 1, [row]);
        ws.mergeCells(r, 1, r, 8);
      } else put(ws, r, 1, row);
      r++;
    }
    put(ws, r + 1, 1, ['※自己評価　A：目標を達成　B：概ね達成（8割以上）　C：やや遅れ（6割以上）　D：遅れ・未実施']);
    put(ws, r + 2, 1, ['※達成率は担当課の算出による。再掲の事業は施策1に計上している。']);
    ws.getColumn(2).width = 40;
  },
  expected: { file: 'h50-b-project-selfeval.xlsx', fiscalYear: 2023, indicators: EB, groups: [] },
};

// ---------------------------------------------------------------- C: KPI × period, cumulative target
const SC = 'KPI進捗';
const PERIODS = ['令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末'];
interface Kpi {
  goal?: string;
  name: string;
  rows: [string, (string | number | null)[]][];
  mark: string;
  pct?: boolean;
}
const KPIS: Kpi[] = [
  {
    goal: '基本目標1\nしごとをつくる',
    name: '創業支援による創業者数',
    mark: '順調',
    rows: [
      ['目標値（累計）', ['15 人', '32 人', '50 人', '70 人']],
      ['実績値（単年度）', ['14 人', '17 人', '12 人', null]],
      ['実績値（累計）', ['14 人', '31 人', '43 人', null]],
    ],
  },
  {
    name: '市内企業の新規雇用者数',
    mark: '順調',
    rows: [
      ['目標値', ['120 人', '130 人', '140 人', '150 人']],
      ['実績値', ['125 人', '128 人', '146 人', null]],
    ],
  },
  {
    goal: '基本目標2\nひとの流れをつくる',
    name: '移住相談窓口を通じた移住者数',
    mark: '順調',
    rows: [
      ['目標値', ['40 人', '45 人', '50 人', '55 人']],
      ['実績値', ['38 人', '52 人', '61 人', null]],
    ],
  },
  {
    name: '観光入込客数',
    mark: '概ね順調',
    rows: [
      ['目標値', ['95万人', '100万人', '105万人', '110万人']],
      ['実績値', ['88.2万人', '97.5万人', '103.1万人', null]],
    ],
  },
  {
    goal: '基本目標3\n暮らしを守る',
    name: '住み続けたいと思う市民の割合',
    mark: '概ね順調',
    pct: true,
    rows: [
      ['目標値', [0.7, 0.72, 0.74, 0.75]],
      ['実績値', [0.684, 0.701, 0.712, null]],
    ],
  },
  {
    name: '空き家バンクの成約件数（累計）',
    mark: '概ね順調',
    rows: [
      ['目標値', ['20 件', '40 件', '60 件', '80 件']],
      ['実績値', ['18 件', '35 件', '55 件', null]],
    ],
  },
];
const EC: ExpectedIndicator[] = [
  ind(SC, '創業支援による創業者数', '人', 50, 43, { existing: '順調' }),
  ind(SC, '市内企業の新規雇用者数', '人', 140, 146, { existing: '順調' }),
  ind(SC, '移住相談窓口を通じた移住者数', '人', 50, 61, { existing: '順調' }),
  ind(SC, '観光入込客数', '万人', 105, 103.1, { existing: '概ね順調' }),
  ind(SC, '住み続けたいと思う市民の割合', '％', 74, 71.2, { existing: '概ね順調' }),
  ind(SC, '空き家バンクの成約件数（累計）', '件', 60, 55, { existing: '概ね順調' }),
];

export const KPI_CUMULATIVE: Holdout2Workbook = {
  name: 'h50-c-kpi-cumulative',
  layout:
    'C: KPI × 3月末 periods, a 目標値（累計） with both 実績値（単年度） and 実績値（累計） rows, ％ stored as fractions, a 進捗 word per KPI (one generous), a 参考指標 block below in the same shape',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(SC);
    put(ws, 1, 1, ['第2期　まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況']);
    put(ws, 2, 1, ['評価対象：令和5年度（令和6年3月末時点）']);
    put(ws, 2, 8, ['企画政策課']);
    put(ws, 4, 1, ['基本目標', '重要業績評価指標（KPI）', '区分', ...PERIODS, '進捗']);
    let r = 5;
    for (const k of KPIS) {
      if (k.goal) put(ws, r, 1, [k.goal]);
      put(ws, r, 2, [k.name]);
      if (k.rows.length > 1) ws.mergeCells(r, 2, r + k.rows.length - 1, 2);
      k.rows.forEach(([label, vals], i) => {
        put(ws, r + i, 3, [label, ...vals]);
        if (k.pct) vals.forEach((v, j) => typeof v === 'number' && (ws.getCell(r + i, 4 + j).numFmt = '0.0%'));
      });
      put(ws, r, 8, [k.mark]);
      if (k.rows.length > 1) ws.mergeCells(r, 8, r + k.rows.length - 1, 8);
      r += k.rows.length;
    }
    r += 1;
    put(ws, r, 1, ['＜参考指標＞　KPIとは別に、動向を把握するための指標（評価の対象外）']);
    put(ws, r + 1, 1, ['基本目標', '参考指標', '区分', ...PERIODS]);
    put(ws, r + 2, 2, ['社会増減数', '目標値', '△150 人', '△120 人', '△100 人', '△80 人']);
    put(ws, r + 3, 3, ['実績値', '△212 人', '△164 人', '△131 人']);
    ws.mergeCells(r + 2, 2, r + 3, 2);
    put(ws, r + 4, 2, ['市内の事業所数', '目標値', '4,200 所', '4,200 所', '4,200 所', '4,200 所']);
    put(ws, r + 5, 3, ['実績値', '4,118 所', '4,096 所', '4,075 所']);
    ws.mergeCells(r + 4, 2, r + 5, 2);
    put(ws, r + 7, 1, ['※進捗：順調＝目標値以上、概ね順調＝目標値の8割以上、遅れ＝8割未満（担当課の判断）']);
    put(ws, r + 8, 1, ['※累計の指標は、令和4年度からの累計で目標値と比べる。']);
    ws.getColumn(2).width = 34;
  },
  expected: { file: 'h50-c-kpi-cumulative.xlsx', fiscalYear: 2023, indicators: EC, groups: [] },
};

export const PROJECT_WORKBOOKS = [PROJECT_TABLE, KPI_CUMULATIVE];
