/**
 * Hold-out 177, the four families as 成年後見制度・権利擁護・高齢者虐待防止 offices write them: a 施策評価シート with stacked
 * indicator blocks (期待値／実績値 rows R2（基準値）…R7（目標値）, 目指す方向 ↓, a 集計中), a 令和４年度 事業実績 with text
 * figures and two measures in one cell, a 成年後見制度利用促進基本計画 KPI table (目標値／実績値 rows per 令和5年度…令和8年度,
 * 「480 件」, ◎○△× with a worded legend), and a 第９期高齢者保健福祉計画 成果指標 table (現況 with its year in the cell).
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';

type Block = {
  no: string;
  name: string;
  unit: string;
  dir: string;
  note: string;
  expect: (string | number)[];
  actual: (string | number)[];
  remark: string;
};

const A_SHEET = '施策3-2';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '成年後見制度に関する相談件数',
    unit: '件',
    dir: '↑（増加）',
    note: '権利擁護センター（中核機関）及び地域包括支援センターで受けた成年後見制度に関する相談の延べ件数',
    expect: [210, 250, 270, 295, 320, 350],
    actual: [210, 241, 265, 301, 298, ''],
    remark: '窓口・電話・訪問の合計',
  },
  {
    no: '指標②',
    name: '市民後見人の登録者数',
    unit: '人',
    dir: '↑（増加）',
    note: '市民後見人養成講座修了者のうち、候補者名簿に登録された者の数（年度末）',
    expect: [12, 15, 18, 21, 24, 28],
    actual: [12, 14, 16, 18, 19, ''],
    remark: '',
  },
  {
    no: '指標③',
    name: '高齢者虐待の相談・通報に係る48時間以内の事実確認実施率',
    unit: '％',
    dir: '↑（増加）',
    note: '相談・通報を受理してから48時間以内に安全確認・事実確認を行った割合',
    expect: [88.0, 100, 100, 100, 100, 100],
    actual: [88.0, 91.3, 95.2, 96.0, 94.7, ''],
    remark: '',
  },
  {
    no: '指標④',
    name: '権利擁護に関する出前講座の受講者数',
    unit: '人',
    dir: '↑（増加）',
    note: '民生委員、老人クラブ、介護事業所等を対象とした出前講座の受講者数',
    expect: [320, 450, 500, 550, 600, 650],
    actual: [320, 402, 488, 571, '集計中', ''],
    remark: '令和６年度は３月実施分を集計中',
  },
  {
    no: '指標⑤',
    name: '成年後見制度の申立て待機者数',
    unit: '人',
    dir: '↓（減少）',
    note: '市長申立ての要件を満たし、申立て準備中の者の数（年度末）',
    expect: [25, 20, 16, 13, 10, 5],
    actual: [25, 22, 18, 14, 12, ''],
    remark: '',
  },
];

function buildPolicySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [14, 12, 12, 12, 12, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '令和６年度　施策評価シート（評価対象期間：令和６年度）');
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 8, '３　誰もが住み慣れた地域で安心して暮らせるまち');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 8, '3-2　権利擁護の推進と高齢者虐待の防止');
  put(ws, 5, 1, ['担当部等']);
  merge(ws, 5, 2, 5, 8, '健康福祉部　長寿支援課・地域福祉課');
  put(ws, 6, 1, ['施策の達成状況']);
  merge(ws, 6, 2, 6, 3);
  put(ws, 6, 4, ['前年度評価', '（B）']);
  put(ws, 7, 1, ['※施策の達成状況は、各指標の達成度（Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている）から総合的に判断']);
  box(ws, 3, 1, 6, 8);
  let r = 9;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 4, b.name);
    put(ws, r, 5, ['単位', b.unit, '目指す方向', b.dir]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.note);
    put(ws, r + 2, 1, ['区分', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
    put(ws, r + 3, 1, ['期待値\n※R7は目標値', ...b.expect]);
    put(ws, r + 4, 1, ['実績値', ...b.actual]);
    put(ws, r + 5, 1, ['備考']);
    merge(ws, r + 5, 2, r + 5, 8, b.remark || undefined);
    box(ws, r, 1, r + 5, 8);
    wrap(ws, r + 3, 1, r + 3, 1);
    r += 7;
  }
}

const aInds = [
  ind(A_SHEET, '成年後見制度に関する相談件数', '件', 320, 298),
  ind(A_SHEET, '市民後見人の登録者数', '人', 24, 19),
  ind(A_SHEET, '高齢者虐待の相談・通報に係る48時間以内の事実確認実施率', '％', 100, 94.7),
  ind(A_SHEET, '権利擁護に関する出前講座の受講者数', '人', 600, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '成年後見制度の申立て待機者数', '人', 10, 12, { direction: 'down' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h177-kenriyogo-shisaku-sheet',
  layout:
    '施策評価シート: stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↓（減少）, a 集計中, empty 施策の達成状況 beside 「（B）」',
  build: buildPolicySheet,
  expected: {
    file: 'h177-kenriyogo-shisaku-sheet.xlsx',
    fiscalYear: 2024,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

const B_SHEET = '資料2';
const projectResults: Holdout2Workbook = {
  name: 'h177-kenriyogo-jigyo-jisseki',
  layout: '令和４年度 事業実績: code, name and 概要 in one cell, text figures 「相談件数 688件」, two measures in one cell, 未実施 with its reason in 備考',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 18, 9, 20, 20, 26]);
    merge(ws, 1, 1, 1, 7, '令和４年度　権利擁護推進事業の実績（資料２）');
    put(ws, 3, 1, ['No.', '推進事業', '令和３年度実績値', '自己評価', '令和４年度数値目標', '令和４年度実績値', '備考']);
    const rows: (string | number)[][] = [
      [
        1,
        '(1) 成年後見制度利用支援事業\n身寄りのない高齢者等の市長申立て及び後見人等への報酬助成を行う',
        '市長申立て 9件\n報酬助成 41件',
        'B',
        '市長申立て 12件\n報酬助成 45件',
        '市長申立て 10件\n報酬助成 44件',
        '',
      ],
      [
        2,
        '(2) 権利擁護センター運営事業\n中核機関として成年後見・権利擁護の相談に応じる',
        '相談件数 612件',
        'A',
        '相談件数 650件',
        '相談件数 688件',
        '社会福祉協議会へ委託',
      ],
      [
        3,
        '(3) 高齢者虐待防止ネットワーク運営事業\n関係機関による代表者会議・実務者会議を開催',
        '会議開催 3回',
        'C',
        '会議開催 4回',
        '会議開催 3回',
        '第4回は書面開催に代えた',
      ],
      [4, '(4) 日常生活自立支援事業\n福祉サービスの利用援助・日常的金銭管理', '利用者数 58人', 'A', '利用者数 65人', '利用者数 66人', ''],
      [
        5,
        '(5) 市民後見人フォローアップ研修事業\n登録市民後見人のスキルアップ研修',
        '－',
        'D',
        '研修会 2回',
        '未実施',
        '新型コロナウイルス感染症拡大防止のため中止',
      ],
      [6, '(6) 成年後見制度普及啓発事業\n市民向け講演会・パンフレットの配布', '講演会参加者 120人', 'B', '講演会参加者 150人', '講演会参加者 138人', ''],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 9, 7);
    wrap(ws, 3, 1, 9, 7);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部未達成　D：未達成・未実施']);
  },
  expected: {
    file: 'h177-kenriyogo-jigyo-jisseki.xlsx',
    fiscalYear: 2022,
    indicators: [
      {
        sheet: B_SHEET,
        name: '成年後見制度利用支援事業',
        measures: [
          { label: '市長申立て', target: 12, actual: 10, unit: '件' },
          { label: '報酬助成', target: 45, actual: 44, unit: '件' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '権利擁護センター運営事業', '件', 650, 688, { existing: 'A' }),
      ind(B_SHEET, '高齢者虐待防止ネットワーク運営事業', '回', 4, 3, { existing: 'C' }),
      ind(B_SHEET, '日常生活自立支援事業', '人', 65, 66, { existing: 'A' }),
      ind(B_SHEET, '市民後見人フォローアップ研修事業', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '成年後見制度普及啓発事業', '人', 150, 138, { existing: 'B' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const kpiTable: Holdout2Workbook = {
  name: 'h177-kouken-kpi',
  layout: 'KPI table: 目標値／実績値 rows per 令和5年度…令和8年度, 「480 件」, one KPI without targets 「-」, 評価（R6） ◎○△× with a worded legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 36, 12, 8, 11, 11, 11, 11, 10]);
    merge(ws, 1, 1, 1, 9, '成年後見制度利用促進基本計画　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 3, 1, ['No.', 'KPI', '基準値（R4）', '区分', '令和5年度', '令和6年度', '令和7年度', '令和8年度', '評価（R6）']);
    const kpis: [string, string, string[], string[], string][] = [
      ['中核機関への相談件数', '410 件', ['450 件', '480 件', '510 件', '540 件'], ['466 件', '503 件', '', ''], '◎'],
      ['成年後見制度の利用者数', '385 人', ['400 人', '420 人', '440 人', '460 人'], ['402 人', '371 人', '', ''], '○'],
      ['市民後見人の受任件数', '2 件', ['3 件', '5 件', '7 件', '10 件'], ['3 件', '3 件', '', ''], '△'],
      ['専門職による後見人支援相談会の開催回数', '4 回', ['-', '-', '-', '-'], ['6 回', '8 回', '', ''], ''],
      ['地域連携ネットワーク協議会の開催回数', '1 回', ['2 回', '2 回', '2 回', '2 回'], ['2 回', '1 回', '', ''], '×'],
    ];
    kpis.forEach(([name, base, t, a, mark], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      merge(ws, r, 3, r + 1, 3, base);
      put(ws, r, 4, ['目標値', ...t]);
      put(ws, r + 1, 4, ['実績値', ...a]);
      merge(ws, r, 9, r + 1, 9, mark || undefined);
    });
    box(ws, 3, 1, 13, 9);
    put(ws, 15, 1, ['評価：◎ 目標達成（達成率100％以上）　○ 概ね達成（80％以上100％未満）　△ やや遅れ（60％以上80％未満）　× 遅れ（60％未満）']);
    put(ws, 16, 1, ['※「-」は目標値を設定していないもの']);
  },
  expected: {
    file: 'h177-kouken-kpi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '中核機関への相談件数', '件', 480, 503, { existing: 'A' }),
      ind(C_SHEET, '成年後見制度の利用者数', '人', 420, 371, { existing: 'B' }),
      ind(C_SHEET, '市民後見人の受任件数', '件', 5, 3, { existing: 'C' }),
      ind(C_SHEET, '専門職による後見人支援相談会の開催回数', '回', null, 8),
      ind(C_SHEET, '地域連携ネットワーク協議会の開催回数', '回', 2, 1, { existing: 'D' }),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';
const planIndicators: Holdout2Workbook = {
  name: 'h177-koureisha-keikaku-seika',
  layout: '第９期高齢者保健福祉計画 成果指標: 現況（計画策定時） and 実績 with their year in the cell, 目標（R8） only, 目指す方向 ↓, a 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [34, 36, 10, 16, 12, 16, 20]);
    merge(ws, 1, 1, 1, 7, '第９期高齢者保健福祉計画　基本目標４「権利擁護の推進」成果指標の状況（令和５年度実績）');
    put(ws, 3, 1, ['指標', '指標の説明', '目指す方向', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
    const rows: string[][] = [
      [
        '成年後見制度の認知度',
        '高齢者実態調査で成年後見制度を「知っている」と回答した人の割合',
        '↑',
        '38.2％\n（令和4年度）',
        '50.0％',
        '41.5％\n（令和5年度）',
        '高齢者実態調査',
      ],
      [
        '権利擁護センターの相談実人数',
        '権利擁護センターに相談した高齢者・障がい者の実人数',
        '↑',
        '286人\n（令和4年度）',
        '350人',
        '331人\n（令和5年度）',
        'センター業務報告',
      ],
      [
        '虐待対応終結後の再通報件数',
        '虐待対応を終結した事例のうち、1年以内に再び通報があった件数',
        '↓',
        '9件\n（令和4年度）',
        '5件',
        '7件\n（令和5年度）',
        '高齢者虐待対応台帳',
      ],
      ['市民後見人養成講座の修了者数（累計）', '市民後見人養成講座を修了した人の累計', '↑', '32人\n（令和4年度末）', '60人', '集計中', '講座修了者名簿'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 7, 7);
    wrap(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['※目指す方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
  },
  expected: {
    file: 'h177-koureisha-keikaku-seika.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '成年後見制度の認知度', '％', 50, 41.5), targetSource: 'final' },
      { ...ind(D_SHEET, '権利擁護センターの相談実人数', '人', 350, 331), targetSource: 'final' },
      { ...ind(D_SHEET, '虐待対応終結後の再通報件数', '件', 5, 7, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '市民後見人養成講座の修了者数（累計）', '人', 60, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectResults, kpiTable, planIndicators];
