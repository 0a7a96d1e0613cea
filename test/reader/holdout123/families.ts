/**
 * Hold-out set 123, the four families, as 農業委員会 offices write them for 農地等の利用の最適化の推進: a 施策評価シート with
 * stacked indicator blocks R2（現状値）…R7（目標値） and 期待値／実績値 rows, a 事業実績 table of 農業委員会 activities with text
 * figures, a KPI table with 目標値／実績値 rows per 年度, and a plan's indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): one 基本施策, four stacked indicator blocks, evaluation period 令和６年度.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '↑（増加）' | '↓（減少）';
  /** R2…R7 実績値 (R2 is the 現状値); undefined: not yet. */
  actual: (number | string | undefined)[];
  /** R3…R7 期待値 (R7 is the 目標値). */
  expect: number[];
  note: string;
}

const A_SHEET = '施策4-2';
const A_BLOCKS: Block[] = [
  {
    name: '担い手への農地集積率',
    desc: '管内耕地面積に占める認定農業者等の担い手の経営面積の割合',
    unit: '％',
    way: '↑（増加）',
    actual: [52.4, 54.0, 55.1, 56.9, 58.3, undefined],
    expect: [54.0, 56.0, 58.0, 62.0, 65.0],
    note: '農地中間管理機構を通じた貸借を含む',
  },
  {
    name: '遊休農地面積',
    desc: '農地法第30条の利用状況調査で把握した遊休農地（1号・2号）の面積',
    unit: 'ha',
    way: '↓（減少）',
    actual: [55.2, 53.8, 51.0, 49.9, 48.6, undefined],
    expect: [53.0, 50.0, 47.5, 45.0, 42.0],
    note: '各年度11月末現在',
  },
  {
    name: '新規参入者数',
    desc: '農地法第3条許可により新たに農業経営を開始した個人・法人の数（単年度）',
    unit: '経営体',
    way: '↑（増加）',
    actual: [5, 6, 7, 8, 9, undefined],
    expect: [6, 7, 8, 8, 9],
    note: '',
  },
  {
    name: '農地パトロール実施回数',
    desc: '農業委員・農地利用最適化推進委員による地区別農地パトロールの年間実施回数',
    unit: '回',
    way: '↑（増加）',
    actual: [10, 11, 12, 12, 7, undefined],
    expect: [12, 12, 12, 12, 12],
    note: 'R6は夏季の猛暑により一部地区で中止',
  },
];

function buildPolicy(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [14, 12, 12, 12, 12, 12, 12, 14]);
  merge(ws, 1, 1, 1, 8, '令和６年度　基本施策評価シート（評価対象期間：令和６年度）');
  put(ws, 2, 1, ['基本方針']);
  merge(ws, 2, 2, 2, 8, '４　活力ある農林業のまち');
  put(ws, 3, 1, ['基本施策']);
  merge(ws, 3, 2, 3, 8, '4-2　優良農地の保全と農地利用の最適化');
  put(ws, 4, 1, ['担当部等']);
  merge(ws, 4, 2, 4, 8, '農業委員会事務局　農地係');
  put(ws, 5, 1, ['達成状況評価']);
  merge(ws, 5, 2, 5, 3);
  put(ws, 5, 4, ['（B）', '※（　）は前年度評価']);
  box(ws, 2, 1, 5, 8);
  let r = 7;
  A_BLOCKS.forEach((b, i) => {
    put(ws, r, 1, [`指標${'①②③④'[i]}`]);
    merge(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['単位', b.unit, b.way]);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.desc);
    put(ws, r + 2, 1, ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
    put(ws, r + 3, 1, ['実績値', ...b.actual]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', undefined, ...b.expect]);
    put(ws, r + 5, 1, ['備考']);
    merge(ws, r + 5, 2, r + 5, 8, b.note || undefined);
    wrap(ws, r + 4, 1, r + 4, 1);
    box(ws, r, 1, r + 5, 8);
    r += 7;
  });
  put(ws, r, 1, ['総合評価']);
  merge(ws, r, 2, r, 8, '集積率・遊休農地面積は改善が続くが、期待値には届いていない。農地パトロールは猛暑により回数が減少した。');
  put(ws, r + 1, 1, ['今後の方向性']);
  merge(ws, r + 1, 2, r + 1, 8, '推進委員の地区担当制を強化し、利用意向調査の結果を踏まえた集約化を進める。');
}

const A_INDICATORS: ExpectedIndicator[] = A_BLOCKS.map((b) =>
  ind(A_SHEET, b.name, b.unit, b.expect[3], b.actual[4] as number, b.way.startsWith('↓') ? { direction: 'down' } : {}),
);

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和５年度 推進事業 of the 農業委員会, figures as text, two measures in one cell, one 未実施.

const B_SHEET = '推進事業実績';

function buildProjects(wb: Workbook): void {
  const ws = wb.addWorksheet(B_SHEET);
  widths(ws, [5, 40, 18, 22, 22, 8, 10, 30]);
  merge(ws, 1, 1, 1, 8, '令和５年度　農地等の利用の最適化の推進　推進事業の実績（資料２）');
  put(ws, 2, 8, ['農業委員会事務局']);
  put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性', '成果・課題']);
  const rows: (string | undefined)[][] = [
    [
      '1',
      '1-1　農地利用状況調査（農地パトロール）\n概要：管内全農地を対象に8月～10月に利用状況を調査し、遊休農地を把握する。',
      '調査面積 1,238ha',
      '調査面積 1,250ha',
      '調査面積 1,250ha',
      'A',
      '継続',
      '全筆調査を完了。',
    ],
    [
      '2',
      '1-2　利用意向調査の実施\n概要：遊休農地の所有者に今後の利用意向を確認する。',
      '発送件数 265件',
      '発送件数 300件',
      '発送件数 214件',
      'B',
      '継続',
      '相続未登記で送付先不明が多い。',
    ],
    [
      '3',
      '2-1　農地中間管理事業による集積・集約化\n概要：機構と連携し担い手への貸借・団地化を進める。',
      '集積面積 68.0ha／集約化 15.2ha',
      '集積面積 80ha／集約化 20ha',
      '集積面積 72.5ha／集約化 21.3ha',
      'B',
      '拡充',
      '地域計画の策定と合わせて推進。',
    ],
    [
      '4',
      '3-1　新規参入者相談会の開催\n概要：就農希望者向けに農地の確保に関する相談会を開催する。',
      '開催回数 2回',
      '開催回数 4回',
      '未実施',
      'D',
      '見直し',
      '県の就農フェアに統合したため単独開催せず。',
    ],
    ['5', '4-1　農業委員・推進委員研修会\n概要：委員の資質向上のため研修を行う。', '研修回数 3回', '研修回数 3回', '研修回数 3回', 'A', '継続', ''],
  ];
  rows.forEach((row, i) =>
    put(
      ws,
      4 + i,
      1,
      row.map((x) => (x === '' ? undefined : x)),
    ),
  );
  wrap(ws, 3, 1, 8, 8);
  box(ws, 3, 1, 8, 8);
}

const B_INDICATORS: ExpectedIndicator[] = [
  ind(B_SHEET, '農地利用状況調査（農地パトロール）', 'ha', 1250, 1250, { existing: 'A' }),
  ind(B_SHEET, '利用意向調査の実施', '件', 300, 214, { existing: 'B' }),
  {
    sheet: B_SHEET,
    name: '農地中間管理事業による集積・集約化',
    unit: 'ha',
    direction: 'up',
    measures: [
      { label: '集積面積', target: 80, actual: 72.5, unit: 'ha' },
      { label: '集約化', target: 20, actual: 21.3, unit: 'ha' },
    ],
    existing: 'B',
    grade: 'B',
  },
  ind(B_SHEET, '新規参入者相談会の開催', '回', 4, null, { actualStatus: 'not-implemented', existing: 'D' }),
  ind(B_SHEET, '農業委員・推進委員研修会', '回', 3, 3, { existing: 'A' }),
];

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 目標値／実績値 rows per 年度, values with units, "-" where there is no target; 令和５年度 実績.

const C_SHEET = 'KPI進捗';
const C_YEARS = ['令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [30, 10, 14, 14, 14, 14, 14]);
  merge(ws, 1, 1, 1, 7, '農業委員会 活動目標（KPI）の進捗状況　令和５年度実績');
  put(ws, 3, 1, ['KPI', '区分', ...C_YEARS]);
  const kpis: [string, (string | number)[], (string | number | undefined)[]][] = [
    ['担い手への農地集積面積', ['1,300 ha', '1,360 ha', '1,420 ha', '1,480 ha', '1,550 ha'], ['1,295 ha', '1,341 ha', '1,388 ha']],
    ['新規参入者数', ['4 経営体', '5 経営体', '5 経営体', '5 経営体', '6 経営体'], ['3 経営体', '5 経営体', '6 経営体']],
    ['遊休農地の解消面積', ['3.0 ha', '3.0 ha', '3.0 ha', '3.0 ha', '3.0 ha'], ['2.4 ha', '3.2 ha', '2.1 ha']],
    ['違反転用の是正件数', ['-', '-', '-', '-', '-'], ['1 件', '3 件', '2 件']],
  ];
  let r = 4;
  for (const [name, targets, actuals] of kpis) {
    merge(ws, r, 1, r + 1, 1, name);
    put(ws, r, 2, ['目標値', ...targets]);
    put(ws, r + 1, 2, ['実績値', ...actuals]);
    r += 2;
  }
  box(ws, 3, 1, r - 1, 7);
  put(ws, r + 1, 1, ['※違反転用の是正件数は目標を設定せず、実績のみ把握する。']);
}

const C_INDICATORS: ExpectedIndicator[] = [
  ind(C_SHEET, '担い手への農地集積面積', 'ha', 1420, 1388),
  ind(C_SHEET, '新規参入者数', '経営体', 5, 6),
  ind(C_SHEET, '遊休農地の解消面積', 'ha', 3.0, 2.1),
  ind(C_SHEET, '違反転用の是正件数', '件', null, 2),
];

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 現況（計画策定時） and 実績 with their year in the cell, 目標（R8）, a 集計中.

const D_SHEET = '成果指標';

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet(D_SHEET);
  widths(ws, [26, 40, 18, 12, 18, 30]);
  merge(ws, 1, 1, 1, 6, '農地利用最適化推進計画　成果指標の点検・評価（令和６年度）');
  put(ws, 3, 1, ['指標', '指標の説明', '現況（計画策定時）', '目標（R8）', '実績', '現状把握の方法']);
  const rows: (string | number)[][] = [
    [
      '担い手への集積面積（ha）',
      '認定農業者・認定新規就農者・集落営農組織等の経営面積',
      '1,052\n（令和3年度）',
      1300,
      '1,130\n（令和6年度）',
      '農地台帳・機構集計',
    ],
    ['遊休農地面積（ha）', '利用状況調査による遊休農地の面積（減少を目指す）', '58.2\n（令和3年度）', 40.0, '51.7\n（令和6年度）', '農地利用状況調査'],
    ['新規参入者数（累計）（人）', '計画期間中に新たに参入した者の累計', '12\n（令和3年度）', 30, '集計中', '農地法第3条許可台帳'],
    ['農地相談件数（件）', '農業委員会窓口・出張相談の受付件数', '85\n（令和3年度）', 100, '104\n（令和6年度）', '相談記録簿'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  wrap(ws, 3, 1, 7, 6);
  box(ws, 3, 1, 7, 6);
}

const D_INDICATORS: ExpectedIndicator[] = [
  { ...ind(D_SHEET, '担い手への集積面積', 'ha', 1300, 1130), targetSource: 'final' },
  { ...ind(D_SHEET, '遊休農地面積', 'ha', 40, 51.7, { direction: 'down' }), targetSource: 'final' },
  { ...ind(D_SHEET, '新規参入者数（累計）', '人', 30, null, { actualStatus: 'pending' }), targetSource: 'final' },
  { ...ind(D_SHEET, '農地相談件数', '件', 100, 104), targetSource: 'final' },
];

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h123-nougyoi-shisaku-sheet',
    layout: 'A: 施策評価シート, four stacked blocks R2（現状値）…R7（目標値）, 期待値／実績値 rows, ↑／↓ direction, empty grade beside 「（B）」',
    build: buildPolicy,
    expected: {
      file: 'h123-nougyoi-shisaku-sheet.xlsx',
      fiscalYear: 2024,
      indicators: A_INDICATORS,
      groups: [{ sheet: A_SHEET, cell: 'B5', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
    },
  },
  {
    name: 'h123-nougyoi-jigyo-jisseki',
    layout: 'B: 令和５年度 推進事業 table, text figures 「調査面積 1,250ha」, two measures in one cell, 未実施, 自己評価',
    build: buildProjects,
    expected: { file: 'h123-nougyoi-jigyo-jisseki.xlsx', fiscalYear: 2023, indicators: B_INDICATORS, groups: [] },
  },
  {
    name: 'h123-nougyoi-kpi',
    layout: 'C: KPI × 令和3年度…令和7年度, 目標値／実績値 rows, 「1,388 ha」, "-" where no target',
    build: buildKpi,
    expected: { file: 'h123-nougyoi-kpi.xlsx', fiscalYear: 2023, indicators: C_INDICATORS, groups: [] },
  },
  {
    name: 'h123-nougyoi-keikaku-shihyo',
    layout: 'D: 成果指標 with unit in the name, 現況／実績 with year in the cell, 目標（R8）, 集計中, 減少 in the 説明',
    build: buildPlan,
    expected: { file: 'h123-nougyoi-keikaku-shihyo.xlsx', fiscalYear: 2024, indicators: D_INDICATORS, groups: [] },
  },
];
