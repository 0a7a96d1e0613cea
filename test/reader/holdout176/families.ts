/** Hold-out 176, the four families as 駐車場・駐輪場・放置自転車対策 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** A: one 施策 sheet, stacked indicator blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向, a 集計中. */
const A_SHEET = '施策3-2';
const aBlocks: {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: string;
  expect: (number | string | null)[];
  actual: (number | string | null)[];
  note: string;
}[] = [
  {
    no: '指標①',
    name: '駅周辺の放置自転車台数',
    desc: '市内主要６駅周辺の放置自転車等の台数（毎年10月の実態調査）',
    unit: '台',
    dir: '↓（減少）',
    expect: [null, 340, 300, 270, 240, 210],
    actual: [412, 365, 342, null, null, null],
    note: 'R2は基準値。R4は駅前再開発工事の影響で一時的に増加。',
  },
  {
    no: '指標②',
    name: '市営駐輪場の利用率',
    desc: '市営自転車駐車場（12か所）の定期・一時利用の平均利用率',
    unit: '％',
    dir: '↑（増加）',
    expect: [null, 82.0, 85.0, 87.0, 89.0, 90.0],
    actual: [76.3, 77.9, 78.4, null, null, null],
    note: '',
  },
  {
    no: '指標③',
    name: '撤去自転車の返還率',
    desc: '撤去した自転車のうち所有者に返還された割合',
    unit: '％',
    dir: '↑（増加）',
    expect: [null, 57.0, 60.0, 62.0, 64.0, 65.0],
    actual: [54.8, 55.1, '集計中', null, null, null],
    note: '保管期間満了分の処分確定後（６月）に確定',
  },
  {
    no: '指標④',
    name: '駐輪場の整備箇所数（累計）',
    desc: '自転車等駐車対策計画に基づき整備した駐輪場の箇所数（累計）',
    unit: 'か所',
    dir: '↑（増加）',
    expect: [null, 10, 12, 13, 14, 15],
    actual: [9, 11, 12, null, null, null],
    note: '',
  },
];

function buildA(ws: Worksheet): void {
  widths(ws, [14, 12, 12, 12, 12, 12, 12, 30]);
  merge(ws, 1, 1, 1, 8, '令和４年度　施策評価シート（評価対象期間：令和４年度）');
  put(ws, 3, 1, ['基本目標', '３　安全で快適なまちづくり']);
  put(ws, 4, 1, ['施策', '３－２　自転車等の駐車対策と放置自転車の解消']);
  put(ws, 5, 1, ['担当部等', '都市整備部　交通政策課・道路管理課']);
  merge(ws, 3, 2, 3, 8);
  merge(ws, 4, 2, 4, 8);
  merge(ws, 5, 2, 5, 8);
  put(ws, 7, 1, ['施策の達成状況']);
  put(ws, 7, 3, ['（前年度）', '（Ｂ）']);
  put(ws, 7, 5, ['※Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている']);
  merge(ws, 7, 5, 7, 8);
  box(ws, 3, 1, 7, 4);
  let r = 9;
  for (const b of aBlocks) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 8, b.name);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.desc);
    put(ws, r + 2, 1, ['単位', b.unit, '目指す方向', b.dir]);
    put(ws, r + 3, 1, ['区分', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', '－', ...b.expect.slice(1)]);
    put(ws, r + 5, 1, ['実績値', ...b.actual]);
    put(ws, r + 6, 1, ['備考', b.note]);
    merge(ws, r + 6, 2, r + 6, 8);
    wrap(ws, r + 4, 1, r + 4, 1);
    box(ws, r, 1, r + 6, 8);
    r += 8;
  }
  put(ws, r, 1, ['内部要因']);
  merge(ws, r, 2, r, 8, '・駅前再開発に伴い仮設駐輪場を設置したが、収容台数が不足し放置が一時的に増加した。');
  put(ws, r + 1, 1, ['今後の方向性']);
  merge(ws, r + 1, 2, r + 1, 8, '・再開発完了後の恒久駐輪場への誘導と、撤去・啓発の強化を図る。');
}

const aInds = [
  ind(A_SHEET, '駅周辺の放置自転車台数', '台', 300, 342, { direction: 'down' }),
  ind(A_SHEET, '市営駐輪場の利用率', '％', 85, 78.4),
  ind(A_SHEET, '撤去自転車の返還率', '％', 60, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '駐輪場の整備箇所数（累計）', 'か所', 12, 12),
];

const A: Holdout2Workbook = {
  name: 'h176-a-churin-shisaku',
  layout: '施策評価シート, stacked blocks R2（基準値）…R7（目標値）, 期待値／実績値 rows, ↓（減少）, a 集計中, empty 施策の達成状況 beside （Ｂ）',
  build(wb) {
    buildA(wb.addWorksheet(A_SHEET));
  },
  expected: {
    file: 'h176-a-churin-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: aInds,
    groups: [{ sheet: A_SHEET, cell: 'B7', grade: rollUp(aInds.map((i) => i.grade)) }],
  },
};

/** B: 令和５年度 事業実績, one row per 推進事業 with text figures, two measures in one cell, a 未実施. */
const B_SHEET = '事業実績';
const bRows: [string, string, string, string, string, string, string][] = [
  [
    '1-1　放置自転車撤去事業',
    '駅周辺の放置禁止区域内の放置自転車を撤去し、保管所で保管する。',
    '撤去台数 1,288台',
    '撤去台数 １，２００台',
    '撤去台数 1,356台',
    'A',
    '継続',
  ],
  ['1-2　自転車駐車場整備事業', '需要の高い駅周辺に自転車駐車場を新設する。', '新設 1か所', '新設 2か所', '新設 1か所', 'C', '継続'],
  ['2-1　駐輪マナー啓発事業', '駅前での街頭啓発、警告札の取付けを行う。', '街頭啓発 20回', '街頭啓発 24回', '街頭啓発 22回', 'B', '拡充'],
  [
    '2-2　撤去自転車返還・再利用事業',
    '撤去自転車の返還を促し、引取りのない自転車をリサイクルする。',
    '返還 398台／リサイクル 276台',
    '返還 500台／リサイクル 300台',
    '返還 412台／リサイクル 315台',
    'B',
    '継続',
  ],
  ['3-1　シェアサイクル連携事業', '駐輪場内にシェアサイクルのポートを設置する。', '－', 'ポート設置 5か所', '未実施', 'D', '見直し'],
];

const B: Holdout2Workbook = {
  name: 'h176-b-hochi-jigyo',
  layout: '事業実績 table, code+name and 概要, text figures 「撤去台数 １，２００台」, 「返還 500台／リサイクル 300台」, a 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 28, 36, 18, 22, 22, 10, 12]);
    merge(ws, 1, 1, 1, 8, '令和５年度　放置自転車対策推進事業の実績');
    put(ws, 2, 6, ['（都市整備部 交通政策課）']);
    put(ws, 3, 1, ['No.', '推進事業', '事業概要', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性']);
    bRows.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※自己評価　Ａ：目標を達成　Ｂ：概ね達成　Ｃ：やや遅れ　Ｄ：遅れ・未実施']);
  },
  expected: {
    file: 'h176-b-hochi-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '放置自転車撤去事業', '台', 1200, 1356, { existing: 'A' }),
      ind(B_SHEET, '自転車駐車場整備事業', 'か所', 2, 1, { existing: 'C' }),
      ind(B_SHEET, '駐輪マナー啓発事業', '回', 24, 22, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '撤去自転車返還・再利用事業',
        unit: '台',
        measures: [
          { label: '返還', target: 500, actual: 412, unit: '台' },
          { label: 'リサイクル', target: 300, actual: 315, unit: '台' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(500, 412),
      },
      ind(B_SHEET, 'シェアサイクル連携事業', 'か所', 5, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

/** C: 自転車活用推進計画 KPI, 目標値／実績値 rows per 令和4年3月末…令和8年3月末, values 「300 台」, 「-」, ◎○△× with a worded legend. */
const C_SHEET = 'KPI進捗';
const cKpis: { name: string; base: string; dir: string; unit: string; t: (number | null)[]; a: number[]; mark: string; note: string }[] = [
  { name: '駅周辺の放置自転車数', base: '412 台（R2）', dir: '減少', unit: '台', t: [380, 340, 300, 260, 220], a: [371, 322, 286], mark: '◎', note: '' },
  {
    name: '駐輪場の年間利用者数',
    base: '1,012 千人（R2）',
    dir: '増加',
    unit: '千人',
    t: [1100, 1140, 1180, 1220, 1260],
    a: [1020, 1061, 1096],
    mark: '○',
    note: '',
  },
  {
    name: 'シェアサイクルの利用回数',
    base: '－',
    dir: '増加',
    unit: '回',
    t: [null, null, null, 60000, 80000],
    a: [21350, 36900, 48210],
    mark: '－',
    note: 'R5年度から目標設定',
  },
  { name: '自転車盗難認知件数', base: '268 件（R2）', dir: '減少', unit: '件', t: [230, 205, 180, 165, 150], a: [241, 226, 214], mark: '△', note: '' },
];
const fmt = (n: number, unit: string) => `${n.toLocaleString('en-US')} ${unit}`;

const C: Holdout2Workbook = {
  name: 'h176-c-jitensha-kpi',
  layout:
    'KPI table, 目標値／実績値 rows, 令和4年3月末…令和8年3月末 columns, values with units in the cell, 「-」 targets, 方向 column, ◎○△× with a worded legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 26, 14, 8, 8, 13, 13, 13, 13, 13, 8, 20]);
    merge(ws, 1, 1, 1, 12, '自転車活用推進計画　重要業績評価指標（KPI）の進捗状況（令和６年３月末現在）');
    put(ws, 3, 1, ['No.', 'KPI', '基準値', '方向', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '評価', '備考']);
    cKpis.forEach((k, i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, String(i + 1));
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.base);
      merge(ws, r, 4, r + 1, 4, k.dir);
      put(ws, r, 5, ['目標値', ...k.t.map((v) => (v === null ? '-' : fmt(v, k.unit)))]);
      put(ws, r + 1, 5, ['実績値', ...k.a.map((v) => fmt(v, k.unit))]);
      merge(ws, r, 11, r + 1, 11, k.mark);
      merge(ws, r, 12, r + 1, 12, k.note);
    });
    box(ws, 3, 1, 11, 12);
    put(ws, 13, 1, [
      '評価（令和6年3月末の達成率）　◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）',
    ]);
  },
  expected: {
    file: 'h176-c-jitensha-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '駅周辺の放置自転車数', '台', 300, 286, { direction: 'down', existing: 'A' }),
      ind(C_SHEET, '駐輪場の年間利用者数', '千人', 1180, 1096, { existing: 'B' }),
      ind(C_SHEET, 'シェアサイクルの利用回数', '回', null, 48210),
      ind(C_SHEET, '自転車盗難認知件数', '件', 180, 214, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

/** D: 自転車等駐車対策計画 成果指標, 現況 with its year in the cell, 目標（R7）, 実績 「642⏎（令和4年度）」, a blank 実績. */
const D_SHEET = '成果指標';
const D: Holdout2Workbook = {
  name: 'h176-d-chusha-taisaku-keikaku',
  layout: 'plan indicators, 現況（計画策定時） and 実績 with their years in the cell, 目標（R7）, 減少を目指す in the description, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 34, 8, 16, 12, 16, 26]);
    merge(ws, 1, 1, 1, 8, '第３次自転車等駐車対策総合計画　成果指標の点検評価（令和４年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '放置自転車等の台数',
        '駅周辺の放置自転車・原付の台数（10月の実態調査）。減少を目指す。',
        '台',
        '1,120\n（令和元年度）',
        500,
        '642\n（令和4年度）',
        '放置自転車実態調査',
      ],
      [2, '駐輪場の平均利用率', '市営自転車駐車場の平均利用率', '％', '72.5\n（令和元年度）', 90.0, '81.3\n（令和4年度）', '指定管理者の月報'],
      [3, '自転車駐車場の収容台数', '市営・民営の自転車駐車場の収容台数の合計', '台', '8,640\n（令和元年度）', 9800, '9,950\n（令和4年度）', '駐輪場台帳'],
      [4, '放置禁止区域の指定駅数', '放置禁止区域を指定した駅の数', '駅', '5\n（令和元年度）', 8, '', '告示'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
    put(ws, 9, 1, ['※実績欄が空欄のものは未把握']);
  },
  expected: {
    file: 'h176-d-chusha-taisaku-keikaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind(D_SHEET, '放置自転車等の台数', '台', 500, 642, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '駐輪場の平均利用率', '％', 90, 81.3), targetSource: 'final' },
      { ...ind(D_SHEET, '自転車駐車場の収容台数', '台', 9800, 9950), targetSource: 'final' },
      { ...ind(D_SHEET, '放置禁止区域の指定駅数', '駅', 8, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A, B, C, D];
