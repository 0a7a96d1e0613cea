/** Hold-out 192, the four known families as a 伝統工芸・地場産業 office writes them (A policy sheet, B 事業実績, C KPI, D plan indicators). */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- A: 基本施策事後評価シート, indicator blocks stacked, 目指す方向 per block ---------- */

const A_SHEET = '3-2';

interface Block {
  name: string;
  unit: string;
  way: string;
  note: string;
  actual: (number | null)[];
  expect: (number | null)[];
  biko: string;
}

/** R2（現状値）…R7（目標値）. */
const A_BLOCKS: Block[] = [
  {
    name: '伝統工芸品産業従事者数',
    unit: '人',
    way: '↑ 増やす（減少の抑制）',
    note: '市内の伝統的工芸品（国・県指定）製造事業所に従事する者の数（各年度4月1日現在、産地組合調べ）',
    actual: [332, 325, 318, 296, null, null],
    expect: [null, 330, 320, 310, 300, 290],
    biko: '高齢による引退が続き、期待値を下回った。',
  },
  {
    name: '伝統工芸士認定者数（累計）',
    unit: '人',
    way: '↑ 増やす',
    note: '（一財）伝統的工芸品産業振興協会が認定した市内在住の伝統工芸士の累計数',
    actual: [36, 38, 40, 43, null, null],
    expect: [null, 38, 40, 42, 44, 46],
    biko: '',
  },
  {
    name: '販路開拓支援による商談成立件数',
    unit: '件',
    way: '↑ 増やす',
    note: '市が出展を支援した見本市・商談会（ギフトショー等）での商談成立件数',
    actual: [18, 29, 41, 34, null, null],
    expect: [null, 30, 45, 60, 70, 80],
    biko: '円安による原材料高騰で新規取引の慎重姿勢が見られた。',
  },
  {
    name: '伝統工芸事業所の廃業件数',
    unit: '件',
    way: '↓ 減らす',
    note: '産地組合を脱退（廃業）した事業所の件数（単年度）',
    actual: [9, 8, 6, 7, null, null],
    expect: [null, 8, 6, 5, 4, 3],
    biko: '後継者不在による廃業4件を含む。',
  },
  {
    name: '後継者育成研修修了者数',
    unit: '人',
    way: '↑ 増やす',
    note: '市の伝統工芸後継者育成研修（2年課程）を修了した者の数（単年度）',
    actual: [7, 8, 10, 11, null, null],
    expect: [null, 8, 10, 12, 12, 12],
    biko: '',
  },
];

function buildPolicySheet(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [14, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 10, 12]);
  merge(ws, 1, 1, 1, 14, '○○市総合計画 2021～2030　令和６年度 基本施策事後評価シート　（評価対象期間：令和５年度）');
  merge(ws, 2, 1, 2, 1, '基本方針');
  merge(ws, 2, 2, 2, 8, '３　地域の資源と技を活かした活力ある産業のまち');
  merge(ws, 2, 9, 2, 10, '担当\n部等');
  merge(ws, 2, 11, 2, 14, '産業振興部 ものづくり推進課');
  merge(ws, 3, 1, 3, 1, '基本施策');
  merge(ws, 3, 2, 3, 8, '３－２　伝統工芸の継承と地場産業の振興');
  merge(ws, 3, 9, 3, 12, '施策の達成状況\n（対象：R5）');
  ws.getCell(3, 14).value = '（C）';
  merge(ws, 4, 1, 4, 1, '施策の概要');
  merge(ws, 4, 2, 4, 14, '漆器・焼物・染織など本市の伝統工芸を次代へ継承するため、後継者の育成と産地の販路開拓を支援し、地場産業の持続的な発展を図ります。');
  ws.getRow(4).height = 30;
  ws.getCell(5, 12).value = '※（　）は前年度評価';
  box(ws, 2, 1, 4, 14);

  let r = 7;
  A_BLOCKS.forEach((b, i) => {
    ws.getCell(r, 1).value = `成果指標${'①②③④⑤'[i]}`;
    merge(ws, r, 2, r, 8, b.name);
    ws.getCell(r, 9).value = '単位';
    ws.getCell(r, 10).value = b.unit;
    ws.getCell(r, 11).value = '目指す方向';
    merge(ws, r, 12, r, 14, b.way);
    ws.getCell(r + 1, 1).value = '指標の説明';
    merge(ws, r + 1, 2, r + 1, 14, b.note);
    put(ws, r + 2, 1, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    merge(ws, r + 2, 8, r + 2, 14, '備考');
    ws.getCell(r + 3, 1).value = '実績値';
    put(ws, r + 3, 2, b.actual);
    merge(ws, r + 3, 8, r + 4, 14, b.biko);
    ws.getCell(r + 4, 1).value = '期待値\n※R7は目標値';
    put(ws, r + 4, 2, b.expect);
    wrap(ws, r, 1, r + 4, 7);
    box(ws, r, 1, r + 4, 14);
    r += 6;
  });
  merge(ws, r, 1, r + 2, 1, '達成状況\n分析');
  merge(
    ws,
    r,
    2,
    r + 2,
    14,
    '・伝統工芸士認定者数は期待値を上回ったが、販路開拓支援による商談成立件数は期待値を大きく下回った。\n・後継者育成研修は定員12人に対し修了者11人と概ね順調に推移している。',
  );
  box(ws, r, 1, r + 2, 14);
}

const A_INDICATORS = [
  ind(A_SHEET, '伝統工芸品産業従事者数', '人', 310, 296),
  ind(A_SHEET, '伝統工芸士認定者数（累計）', '人', 42, 43),
  ind(A_SHEET, '販路開拓支援による商談成立件数', '件', 60, 34),
  ind(A_SHEET, '伝統工芸事業所の廃業件数', '件', 5, 7, { direction: 'down' }),
  ind(A_SHEET, '後継者育成研修修了者数', '人', 12, 11),
];

const POLICY: Holdout2Workbook = {
  name: 'h192-dento-kihonsesaku',
  layout: 'A: policy sheet, five indicator blocks stacked one under another, 目指す方向 ↑/↓ per block, rating cell M3 with last year’s （C） in N3',
  build: buildPolicySheet,
  expected: {
    file: 'h192-dento-kihonsesaku.xlsx',
    fiscalYear: 2023,
    indicators: A_INDICATORS,
    groups: [{ sheet: A_SHEET, cell: 'M3', grade: rollUp(A_INDICATORS.map((i) => i.grade)) }],
  },
};

/* ---------- B: 事業実績 (資料2), targets and actuals as text ---------- */

const B_SHEET = '事業実績';

const B_ROWS: [string, string, string, string, string, string, string][] = [
  // 推進事業（コード・名称・概要）, R4実績, R5数値目標, R5実績, 自己評価, 今後の方向性, 備考
  [
    '2-1-1\n伝統工芸後継者育成事業補助金\n工房が研修生を受け入れて技術指導を行う経費の一部を補助',
    '研修生受入 5人',
    '研修生受入 6人',
    '研修生受入 5人',
    'B',
    '継続',
    '1人は年度途中で辞退',
  ],
  ['2-1-2\n地場産業振興センター相談事業\n経営・販路・デザイン等の専門相談窓口の運営', '相談件数 338件', '相談件数 360件', '相談件数 412件', 'A', '継続', ''],
  [
    '2-2-1\n伝統的工芸品展示販売会開催事業\n「○○の手しごと展」を駅前交流センターで開催',
    '開催回数:2回\n来場者数:3,860人',
    '開催回数:3回\n来場者数:4,500人',
    '開催回数:3回\n来場者数:3,120人',
    'B',
    '見直し',
    '秋開催分が台風接近により1日短縮',
  ],
  ['2-2-2\nものづくり人材育成講座\n若手職人向けの技術・経営講座（全6回）', '受講者数 64人', '受講者数 80人', '未実施', 'D', '見直し', '講師の確保ができず中止'],
  ['2-3-1\n地場産品ブランド認証事業\n「○○ものづくりブランド」の認証と PR', '認証品目数 6品目', '認証品目数 10品目', '認証品目数 7品目', 'B', '継続', ''],
  [
    '2-3-2\n工芸品海外展開支援事業補助金\n海外見本市出展・越境EC出店経費の補助',
    '交付決定事業所数 3社',
    '交付決定事業所数 5社',
    '交付決定事業所数 4社',
    'A',
    '拡充',
    '',
  ],
  [
    '2-3-3\n産地組合新商品開発支援事業\n産地組合が行う新商品開発・試作経費の補助',
    '新商品開発件数 9件',
    '新商品開発件数 8件',
    '新商品開発件数 12件',
    'A',
    '継続',
    '',
  ],
];

function buildProjectTable(wb: Workbook): void {
  const ws = wb.addWorksheet(B_SHEET);
  widths(ws, [5, 40, 18, 18, 18, 9, 10, 24]);
  merge(ws, 1, 1, 1, 8, '資料２　令和５年度　地場産業振興計画 推進事業実績');
  ws.getCell(2, 8).value = '産業振興部 ものづくり推進課';
  put(ws, 3, 1, ['No.', '推進事業', 'R4年度\n実績値', 'R5年度\n数値目標', 'R5年度\n実績値', '自己\n評価', '今後の\n方向性', '備考']);
  wrap(ws, 3, 1, 3, 8);
  merge(ws, 4, 1, 4, 8, '施策の柱２　伝統工芸の継承と地場産品の販路拡大');
  B_ROWS.forEach((row, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, ...row]);
    wrap(ws, r, 2, r, 8);
    ws.getRow(r).height = 48;
  });
  box(ws, 3, 1, 4 + B_ROWS.length, 8);
  const foot = 6 + B_ROWS.length;
  ws.getCell(foot, 2).value = '※自己評価　A：目標を達成　B：目標の8割以上　C：目標の6割以上　D：目標の6割未満又は未実施';
  ws.getCell(foot + 1, 2).value = '※今後の方向性　拡充／継続／見直し／縮小／廃止／終了';
}

const FAMILY_B: Holdout2Workbook = {
  name: 'h192-jiba-jigyo-jisseki',
  layout: 'B: 事業実績 table under a 施策の柱 band row, code/name/概要 in one cell, figures as text, one cell with two measures, 未実施',
  build: buildProjectTable,
  expected: {
    file: 'h192-jiba-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '伝統工芸後継者育成事業補助金', '人', 6, 5, { existing: 'B' }),
      ind(B_SHEET, '地場産業振興センター相談事業', '件', 360, 412, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '伝統的工芸品展示販売会開催事業',
        measures: [
          { label: '開催回数', target: 3, actual: 3, unit: '回' },
          { label: '来場者数', target: 4500, actual: 3120, unit: '人' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, 'ものづくり人材育成講座', '人', 80, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '地場産品ブランド認証事業', '品目', 10, 7, { existing: 'B' }),
      ind(B_SHEET, '工芸品海外展開支援事業補助金', '社', 5, 4, { existing: 'A' }),
      ind(B_SHEET, '産地組合新商品開発支援事業', '件', 8, 12, { existing: 'A' }),
    ],
    groups: [],
  },
};

/* ---------- C: 地方創生 KPI, 目標値/実績値 rows per KPI, columns by 3月末 ---------- */

const C_SHEET = 'KPI';

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [30, 8, 16, 16, 16, 16, 28]);
  merge(ws, 1, 1, 1, 7, '地方創生推進交付金事業　効果検証シート（伝統工芸産地再生プロジェクト）');
  ws.getCell(2, 1).value = '評価対象：令和６年３月末時点の実績（事業２年目）';
  put(ws, 4, 1, ['重要業績評価指標（KPI）', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
  const kpis: [string, (string | null)[], (string | null)[], string][] = [
    ['伝統工芸品出荷額', ['17.6 億円', '18.5 億円', '19.4 億円', '20.0 億円'], ['17.9 億円', '17.1 億円', null, null], '産地組合出荷統計（暦年）'],
    ['工房見学・体験受入者数', ['10,000 人', '12,000 人', '14,000 人', '15,000 人'], ['10,820 人', '13,480 人', null, null], ''],
    ['伝統工芸分野の新規就業者数', ['4 人', '5 人', '5 人', '6 人'], ['4 人', '3 人', null, null], '地域おこし協力隊を含む'],
    ['産地ECサイト売上額', ['1,200 万円', '2,400 万円', '3,000 万円', '3,600 万円'], ['1,050 万円', '1,310 万円', null, null], 'R5.4 サイト全面改修'],
    ['産地連携による新商品開発数', ['-', '6 件', '6 件', '8 件'], ['3 件', '6 件', null, null], ''],
  ];
  kpis.forEach(([name, targets, actuals, note], i) => {
    const r = 5 + i * 2;
    merge(ws, r, 1, r + 1, 1, name);
    ws.getCell(r, 2).value = '目標値';
    ws.getCell(r + 1, 2).value = '実績値';
    put(ws, r, 3, targets);
    put(ws, r + 1, 3, actuals);
    merge(ws, r, 7, r + 1, 7, note);
  });
  box(ws, 4, 1, 4 + kpis.length * 2, 7);
  ws.getCell(6 + kpis.length * 2, 1).value = '※令和7年3月末以降の実績は次年度以降の検証で記入';
}

const FAMILY_C: Holdout2Workbook = {
  name: 'h192-sanchi-kpi',
  layout:
    'C: KPI × 3月末 columns, 目標値/実績値 row pairs under a merged KPI name, values with units, 億円 with a decimal, a "-" target in an earlier column, later columns targets only',
  build: buildKpi,
  expected: {
    file: 'h192-sanchi-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '伝統工芸品出荷額', '億円', 18.5, 17.1),
      ind(C_SHEET, '工房見学・体験受入者数', '人', 12000, 13480),
      ind(C_SHEET, '伝統工芸分野の新規就業者数', '人', 5, 3),
      ind(C_SHEET, '産地ECサイト売上額', '万円', 2400, 1310),
      ind(C_SHEET, '産地連携による新商品開発数', '件', 6, 6),
    ],
    groups: [],
  },
};

/* ---------- D: 計画の指標 (点検評価), 現況 with its year, 目標（R8）, 実績 with its year ---------- */

const D_SHEET = '計画の指標';

function buildPlan(wb: Workbook): void {
  const ws: Worksheet = wb.addWorksheet(D_SHEET);
  widths(ws, [4, 30, 34, 8, 14, 12, 14, 26]);
  merge(ws, 1, 1, 1, 8, '資料３　○○市ものづくり産業振興計画（令和4年度～令和8年度）点検評価　令和５年度');
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
  wrap(ws, 3, 1, 3, 8);
  const rows: (string | number)[][] = [
    [1, '伝統的工芸品製造事業所数', '国・県指定伝統的工芸品を製造する市内事業所数', '事業所', '48\n（令和2年度）', 45, '46\n（令和5年度）', '産地組合名簿'],
    [2, '製造品出荷額等', '市内製造業（従業者4人以上）の製造品出荷額等', '億円', '2,140\n（令和元年）', 2300, '2,086\n（令和4年）', '経済構造実態調査'],
    [3, '地場産品ブランド認証品目数（累計）', '「○○ものづくりブランド」認証品目の累計', '品目', '24\n（令和2年度）', 60, '47\n（令和5年度）', '担当課集計'],
    [4, 'ものづくり体験施設利用者数', '伝統工芸館・産業会館の体験工房利用者数', '人', '8,200\n（令和2年度）', 15000, '15,340\n（令和5年度）', '指定管理者報告'],
    [5, '伝統工芸後継者育成数（累計）', '後継者育成研修修了者のうち市内で就業した者の累計', '人', '6\n（令和2年度）', 25, '14\n（令和5年度）', '担当課集計'],
    [6, '事業承継相談件数', '事業承継・引継ぎ支援センターへの市内製造業者からの相談件数', '件', '－', 50, '集計中', '県事業承継・引継ぎ支援センター'],
  ];
  rows.forEach((row, i) => {
    put(ws, 4 + i, 1, row);
    wrap(ws, 4 + i, 1, 4 + i, 8);
    ws.getRow(4 + i).height = 36;
  });
  box(ws, 3, 1, 3 + rows.length, 8);
  ws.getCell(5 + rows.length, 2).value = '※製造品出荷額等は統計の公表時期の関係で、最新の公表値（令和4年）を記載している。';
  ws.getCell(6 + rows.length, 2).value = '※伝統的工芸品製造事業所数は、廃業の進行を見込み現況より低い目標としている（維持・確保を目指す指標）。';
}

const FAMILY_D: Holdout2Workbook = {
  name: 'h192-monozukuri-keikaku-shihyo',
  layout: 'D: plan indicators with 単位 column, 現況/実績 with year notes, one actual of the year before (統計の公表時期), a target below the baseline, 集計中',
  build: buildPlan,
  expected: {
    file: 'h192-monozukuri-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, '伝統的工芸品製造事業所数', '事業所', 45, 46), targetSource: 'final' },
      { ...ind(D_SHEET, '製造品出荷額等', '億円', 2300, 2086), targetSource: 'final' },
      { ...ind(D_SHEET, '地場産品ブランド認証品目数（累計）', '品目', 60, 47), targetSource: 'final' },
      { ...ind(D_SHEET, 'ものづくり体験施設利用者数', '人', 15000, 15340), targetSource: 'final' },
      { ...ind(D_SHEET, '伝統工芸後継者育成数（累計）', '人', 25, 14), targetSource: 'final' },
      { ...ind(D_SHEET, '事業承継相談件数', '件', 50, null, { actualStatus: 'pending' }), targetSource: 'final' },
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [POLICY, FAMILY_B, FAMILY_C, FAMILY_D];
