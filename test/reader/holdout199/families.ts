/**
 * Hold-out 199, the four known families as a 健康福祉部 高齢介護課 / こども家庭課 office of さくら台市 writes them
 * (ヤングケアラー支援・家族介護者支援).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// A: 施策評価シート, indicator blocks stacked down the sheet, 目指す方向 per block, evaluated R5.
// ---------------------------------------------------------------------------------------------

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '増加' | '減少';
  /** R3 (現状値), R4, R5, R6, R7 */
  actual: (number | string | null)[];
  expect: (number | string | null)[];
  note: string;
}

const A_SHEET = '施策3-2';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: 'ヤングケアラー相談窓口の相談件数',
    desc: 'こども家庭課・教育相談室に寄せられたヤングケアラーに関する相談の延べ件数',
    unit: '件',
    dir: '増加',
    actual: [42, 71, 96, null, null],
    expect: ['－', 60, 80, 100, 120],
    note: '令和5年度から中学校へのチラシ配布を全校で実施',
  },
  {
    no: '指標②',
    name: 'ヤングケアラー研修の受講者数（教職員・福祉職）',
    desc: '市主催のヤングケアラー理解研修の受講者数（オンライン受講を含む）',
    unit: '人',
    dir: '増加',
    actual: [118, 203, 254, null, null],
    expect: ['－', 200, 300, 350, 400],
    note: '',
  },
  {
    no: '指標③',
    name: '家族介護者交流会の参加者数',
    desc: '地域包括支援センター主催の介護者のつどい・交流会の参加者延べ数',
    unit: '人',
    dir: '増加',
    actual: [210, 287, 312, null, null],
    expect: ['－', 420, 480, 540, 600],
    note: '感染症対策で定員を縮小した回あり',
  },
  {
    no: '指標④',
    name: '介護の負担感が「大きい」と答えた介護者の割合',
    desc: '在宅介護実態調査で介護の負担感が「大きい」「やや大きい」と回答した割合',
    unit: '％',
    dir: '減少',
    actual: [44.6, 42.9, 41.2, null, null],
    expect: ['－', 40.0, 38.0, 36.0, 34.0],
    note: '調査は毎年11月実施',
  },
];

function buildPolicy(ws: Worksheet): void {
  widths(ws, [8, 12, 11, 11, 11, 11, 11, 10, 8, 6, 8]);
  merge(ws, 1, 1, 1, 11, '令和６年度　施策評価シート（評価対象：令和５年度）');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  merge(ws, 3, 1, 3, 2, '基本方針');
  merge(ws, 3, 3, 3, 11, '３　誰もが安心して暮らせる福祉のまちづくり');
  merge(ws, 4, 1, 4, 2, '基本施策');
  merge(ws, 4, 3, 4, 11, '３－２　家族介護者・ヤングケアラーへの支援の充実');
  merge(ws, 5, 1, 5, 2, '担当部等');
  merge(ws, 5, 3, 5, 11, '健康福祉部（高齢介護課・こども家庭課）、教育委員会（学校教育課）');
  merge(ws, 6, 1, 7, 2, '施策の\n達成状況');
  merge(ws, 6, 3, 7, 3);
  merge(ws, 6, 4, 7, 4, '（B）');
  merge(ws, 6, 5, 7, 11, 'A 順調／B 概ね順調／C やや遅れている／D 遅れている\n（　）内は前年度の評価');
  box(ws, 3, 1, 7, 11);
  merge(ws, 9, 1, 9, 11, '成果指標');
  let r = 10;
  for (const b of A_BLOCKS) {
    merge(ws, r, 1, r + 5, 1, b.no);
    put(ws, r, 2, ['指標名']);
    merge(ws, r, 3, r, 7, b.name);
    put(ws, r, 8, ['目指す方向', b.dir === '増加' ? '↑ 増加' : '↓ 減少', '単位', b.unit]);
    put(ws, r + 1, 2, ['指標の説明']);
    merge(ws, r + 1, 3, r + 1, 11, b.desc);
    put(ws, r + 2, 2, ['年度', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7']);
    put(ws, r + 3, 2, ['実績値', ...b.actual]);
    put(ws, r + 4, 2, ['期待値\n※R7は目標値', ...b.expect]);
    put(ws, r + 5, 2, ['備考']);
    merge(ws, r + 5, 3, r + 5, 11, b.note || undefined);
    wrap(ws, r, 2, r + 4, 7);
    box(ws, r, 1, r + 5, 11);
    r += 7;
  }
  merge(ws, r, 1, r, 11, '達成状況分析（上段：指標に基づくもの　下段：指標以外のもの）');
  merge(
    ws,
    r + 1,
    1,
    r + 3,
    11,
    '・相談件数は期待値を上回ったが、交流会は参加者が伸びず期待値を大きく下回った。\n・ケアラー支援条例の制定に向け、関係課による検討会議を4回開催した。',
  );
  box(ws, r, 1, r + 3, 11);
}

const aIndicators = [
  ind(A_SHEET, 'ヤングケアラー相談窓口の相談件数', '件', 80, 96),
  ind(A_SHEET, 'ヤングケアラー研修の受講者数（教職員・福祉職）', '人', 300, 254),
  ind(A_SHEET, '家族介護者交流会の参加者数', '人', 480, 312),
  ind(A_SHEET, '介護の負担感が「大きい」と答えた介護者の割合', '％', 38.0, 41.2, { direction: 'down' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h199-a-carer-policy-sheet',
  layout:
    'A: 施策評価シート with four indicator blocks stacked down the sheet, 目指す方向 ↑/↓ beside 単位, R3 現状値 to R7 on the 期待値 row, one lower-is-better ％',
  build(wb) {
    buildPolicy(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h199-a-carer-policy-sheet.xlsx',
    fiscalYear: 2023,
    indicators: aIndicators,
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(aIndicators.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// B: 事業実績 (資料2), R6 targets and actuals as labelled text, two measures in a cell, 未実施.
// ---------------------------------------------------------------------------------------------

const B_SHEET = '資料2 事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h199-b-carer-project-results',
  layout:
    'B: 推進事業 rows with code, name and 概要 in one cell, R5 実績 beside R6 数値目標/実績値 written as 「相談対応件数 360件」, two measures in a cell, 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 14, 18, 8, 20, 20, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和６年度　ケアラー支援推進計画　推進事業の実績について');
    put(ws, 2, 9, ['資料2']);
    put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R5年度実績値', '自己評価', 'R6年度数値目標', 'R6年度実績値', '成果・課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '（１）ヤングケアラー・コーディネーター配置事業\n福祉・教育・医療の関係機関をつなぐコーディネーターを配置し、早期発見と支援につなげる。',
        'こども家庭課',
        '相談対応件数 318件',
        'A',
        '相談対応件数 360件',
        '相談対応件数 402件',
        '学校からの相談が増加。関係機関会議での情報共有が定着した。',
        '拡充',
      ],
      [
        2,
        '（２）家族介護者教室開催事業\n介護の知識・技術を学ぶ教室を地域包括支援センターごとに開催する。',
        '高齢介護課',
        '開催回数 22回',
        'B',
        '開催回数 24回',
        '開催回数 18回',
        '講師の確保が難しく、後半の開催を中止した。',
        '見直し',
      ],
      [
        3,
        '（３）介護者リフレッシュ事業\n介護者の心身の負担軽減のため、日帰り旅行と交流サロンを実施する。',
        '高齢介護課',
        '日帰り旅行:38人\n交流サロン:141人',
        'B',
        '日帰り旅行:40人\n交流サロン:150人',
        '日帰り旅行:35人\n交流サロン:162人',
        'サロンは定着。旅行は当日キャンセルが多かった。',
        '継続',
      ],
      [
        4,
        '（４）ヤングケアラー出前講座事業\n小・中学校、高校で児童生徒向けの出前講座を行う。',
        '学校教育課',
        '実施校数 6校',
        'C',
        '実施校数 12校',
        '未実施',
        '講師派遣元との調整がつかず、令和7年度に延期した。',
        '継続',
      ],
      [
        5,
        '（５）家族介護用品支給事業\n在宅で要介護3以上の高齢者を介護する低所得世帯に紙おむつ等を支給する。',
        '高齢介護課',
        '支給世帯数 196世帯',
        'B',
        '支給世帯数 210世帯',
        '支給世帯数 188世帯',
        '施設入所による辞退があった。',
        '継続',
      ],
      [
        6,
        '（６）ケアラー手帳作成・配布事業\n介護の記録や相談先をまとめたケアラー手帳を作成し、窓口等で配布する。',
        '高齢介護課',
        '配布数 1,210部',
        'A',
        '配布数 1,500部',
        '配布数 1,620部',
        '薬局での配布を新たに開始した。',
        '継続',
      ],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 9);
    box(ws, 3, 1, 9, 9);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：一部未達成　D：未達成・未実施']);
  },
  expected: {
    file: 'h199-b-carer-project-results.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, 'ヤングケアラー・コーディネーター配置事業', '件', 360, 402, { existing: 'A' }),
      ind(B_SHEET, '家族介護者教室開催事業', '回', 24, 18, { existing: 'B' }),
      {
        ...ind(B_SHEET, '介護者リフレッシュ事業', '人', 40, 35, { existing: 'B' }),
        measures: [
          { label: '日帰り旅行', target: 40, actual: 35, unit: '人' },
          { label: '交流サロン', target: 150, actual: 162, unit: '人' },
        ],
      },
      ind(B_SHEET, 'ヤングケアラー出前講座事業', '校', 12, null, { existing: 'C', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '家族介護用品支給事業', '世帯', 210, 188, { existing: 'B' }),
      ind(B_SHEET, 'ケアラー手帳作成・配布事業', '部', 1500, 1620, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// C: 総合戦略 KPI table, 目標値/実績値 rows under 令和N年3月末 columns, values as "60 ％", one "－" target.
// ---------------------------------------------------------------------------------------------

const C_SHEET = 'KPI検証';

const kpiTable: Holdout2Workbook = {
  name: 'h199-c-carer-kpi',
  layout:
    'C: 総合戦略 KPI with 目標値/実績値 rows under 令和4〜7年3月末 columns, values with units as text, actuals through 令和6年3月末, one period with no target (－)',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [18, 40, 8, 13, 13, 13, 13, 24]);
    merge(ws, 1, 1, 1, 8, '第２期さくら台市総合戦略　基本目標３「安心して暮らし続けられる地域をつくる」　KPIの検証');
    put(ws, 2, 1, ['（令和6年5月 総合戦略推進会議資料　令和6年3月末時点の実績による検証）']);
    put(ws, 4, 1, ['具体的な施策', '重要業績評価指標（KPI）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string, string[], string[], string][] = [
      [
        '(1)ヤングケアラーへの支援',
        'ヤングケアラー実態調査で「相談できる人がいる」と答えた生徒の割合',
        ['－', '50 ％', '60 ％', '70 ％'],
        ['41.7 ％', '48.3 ％', '55.8 ％', ''],
        '中学2年・高校2年対象',
      ],
      ['', 'ヤングケアラー・コーディネーター配置数', ['－', '1 人', '－', '3 人'], ['0 人', '1 人', '2 人', ''], '令和5年度は目標設定なし'],
      ['(2)家族介護者への支援', '認知症カフェ設置数', ['8 か所', '10 か所', '12 か所', '14 か所'], ['7 か所', '10 か所', '12 か所', ''], ''],
      ['', 'ケアラーサポーター養成数（累計）', ['400 人', '600 人', '800 人', '1,000 人'], ['352 人', '514 人', '655 人', ''], ''],
      [
        '',
        'レスパイト目的の短期入所利用延べ日数',
        ['4,600 日', '4,900 日', '5,200 日', '5,500 日'],
        ['3,980 日', '3,872 日', '4,010 日', ''],
        '助成対象分のみ',
      ],
    ];
    let r = 5;
    for (const [policy, name, targets, actuals, note] of kpis) {
      if (policy) put(ws, r, 1, [policy]);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals.map((a) => a || undefined)]);
      if (note) merge(ws, r, 8, r + 1, 8, note);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※各年3月末時点の数値（年度末実績）。']);
  },
  expected: {
    file: 'h199-c-carer-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, 'ヤングケアラー実態調査で「相談できる人がいる」と答えた生徒の割合', '％', 60, 55.8),
      ind(C_SHEET, 'ヤングケアラー・コーディネーター配置数', '人', null, 2),
      ind(C_SHEET, '認知症カフェ設置数', 'か所', 12, 12),
      ind(C_SHEET, 'ケアラーサポーター養成数（累計）', '人', 800, 655),
      ind(C_SHEET, 'レスパイト目的の短期入所利用延べ日数', '日', 5200, 4010),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// D: 点検評価一覧 (資料3), 現況 with its year, 目標（R8）, 実績 with its year, one indicator to reduce.
// ---------------------------------------------------------------------------------------------

const D_SHEET = '資料3 点検評価';

const planIndicators: Holdout2Workbook = {
  name: 'h199-d-carer-plan-indicators',
  layout:
    'D: ケアラー支援推進計画 点検評価一覧, 現況（計画策定時）and 実績 with their years in the cell, 目標（R8）, one 減少 indicator said only in 指標の説明',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [6, 30, 40, 14, 10, 14, 22]);
    merge(ws, 1, 1, 1, 7, 'さくら台市ケアラー支援推進計画（令和4年度～令和8年度）　令和5年度 点検評価');
    put(ws, 3, 1, ['基本方針１　ケアラーを地域で支える仕組みづくり']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        'ヤングケアラー支援関係機関連絡会議の開催回数',
        '福祉・教育・医療の関係機関による連絡会議の年間開催回数',
        '2\n（令和3年度）',
        6,
        '4\n（令和5年度）',
        '事務局記録',
      ],
      [
        2,
        '家族介護者相談支援件数',
        '地域包括支援センターでの介護者からの相談の延べ件数',
        '1,126\n（令和3年度）',
        '1,500',
        '1,532\n（令和5年度）',
        '包括支援センター月報',
      ],
      [3, '介護者サロン設置箇所数', '介護者が気軽に集える常設サロンの数', '5\n（令和3年度）', 10, '8\n（令和5年度）', '高齢介護課調べ'],
      [
        4,
        'ケアラー支援を知っている市民の割合（％）',
        '「ケアラー」「ヤングケアラー」の言葉と支援を知っている市民の割合',
        '18.4\n（令和3年度）',
        50.0,
        '27.9\n（令和5年度）',
        '市民意識調査',
      ],
      [5, '介護離職者数（人）', '介護を理由に仕事を辞めた在宅介護者の数。減少を目指す。', '14\n（令和4年度）', 7, '9\n（令和5年度）', '在宅介護実態調査'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    put(ws, 4, 8, ['単位']);
    ['回', '件', 'か所', '％', '人'].forEach((u, i) => put(ws, 5 + i, 8, [u]));
    wrap(ws, 4, 1, 9, 8);
    box(ws, 4, 1, 9, 8);
    put(ws, 11, 1, ['※実績は令和5年度末（令和6年3月31日）現在。']);
  },
  expected: {
    file: 'h199-d-carer-plan-indicators.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, 'ヤングケアラー支援関係機関連絡会議の開催回数', '回', 6, 4), targetSource: 'final' },
      { ...ind(D_SHEET, '家族介護者相談支援件数', '件', 1500, 1532), targetSource: 'final' },
      { ...ind(D_SHEET, '介護者サロン設置箇所数', 'か所', 10, 8), targetSource: 'final' },
      { ...ind(D_SHEET, 'ケアラー支援を知っている市民の割合', '％', 50, 27.9), targetSource: 'final' },
      { ...ind(D_SHEET, '介護離職者数', '人', 7, 9, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
