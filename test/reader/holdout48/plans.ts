/**
 * Hold-out 48, family D (計画の指標): an 環境基本計画 list with 策定時, 中間目標（令和5年度） and 最終目標 columns and an
 * 増減 column; a 点検評価 table whose 現況値 / 目標値 / 実績値 cells carry unit and year ("1,286千人\n（令和５年度）"),
 * the direction only in 指標の説明 and a 【参考】 row; a 健康増進計画 table with no evaluation year written anywhere
 * (R3…R6 実績 columns, R6 still empty: the period is a guess) and 以下 targets.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 1: 中間目標 and 最終目標 columns

interface Ind1 {
  policy?: string;
  name: string;
  unit: string;
  way: '増加' | '減少';
  base: number;
  mid: number;
  final: number;
  actual: number | '集計中';
  how: string;
}

const D1_SHEET = '指標一覧';
const D1_INDS_IN: Ind1[] = [
  {
    policy: '1 循環型社会の形成',
    name: '市民1人1日当たりのごみ排出量',
    unit: 'g',
    way: '減少',
    base: 912,
    mid: 880,
    final: 860,
    actual: 895,
    how: '一般廃棄物処理実態調査',
  },
  { name: 'リサイクル率', unit: '％', way: '増加', base: 18.2, mid: 21.0, final: 23.0, actual: 17.6, how: '一般廃棄物処理実態調査' },
  {
    policy: '2 脱炭素社会の実現',
    name: '市域の温室効果ガス排出量',
    unit: '千t-CO2',
    way: '減少',
    base: 1245,
    mid: 1120,
    final: 1030,
    actual: '集計中',
    how: '環境省の推計手法により算定（2年遅れ）',
  },
  { name: '公共施設の太陽光発電設備導入施設数', unit: '施設', way: '増加', base: 14, mid: 22, final: 30, actual: 19, how: '施設管理課調べ' },
  {
    policy: '3 環境を守り育てる人づくり',
    name: '環境学習講座の参加者数',
    unit: '人',
    way: '増加',
    base: 1850,
    mid: 2200,
    final: 2500,
    actual: 2364,
    how: '環境政策課調べ',
  },
  { name: '河川のBOD環境基準達成率', unit: '％', way: '増加', base: 83.3, mid: 100, final: 100, actual: 91.7, how: '公共用水域水質測定（12地点）' },
];

function buildD1(ws: Worksheet): void {
  ws.getCell('A1').value = '第2次環境基本計画 指標の進捗状況（令和５年度）';
  ws.getCell('H2').value = '環境政策課';
  put(ws, 4, 1, [
    '基本方針',
    'No.',
    '指標名',
    '単位',
    '増減',
    '策定時\n（令和2年度）',
    '中間目標\n（令和5年度）',
    '最終目標\n（令和7年度）',
    '令和5年度\n実績',
    '中間目標に\n対する達成率',
    '現状把握の方法',
  ]);
  D1_INDS_IN.forEach((x, i) => {
    const a = x.actual;
    const rate = typeof a === 'number' ? (x.way === '減少' ? x.mid / a : a / x.mid) : null;
    put(ws, 5 + i, 1, [x.policy, i + 1, x.name, x.unit, x.way, x.base, x.mid, x.final, a, rate === null ? '－' : `${(rate * 100).toFixed(1)}%`, x.how]);
  });
  for (const r of [5, 7, 9]) ws.mergeCells(r, 1, r + 1, 1);
  ws.getCell('A12').value = '※温室効果ガス排出量は統計の公表が2年遅れとなるため、令和5年度分は令和7年度に算定予定。';
  ws.getCell('A13').value = '※BOD：生物化学的酸素要求量。達成率は測定地点のうち環境基準を満たした地点の割合。';
}

const D1_INDS: ExpectedIndicator[] = D1_INDS_IN.map((x) =>
  ind(D1_SHEET, x.name, x.unit, x.mid, typeof x.actual === 'number' ? x.actual : null, {
    direction: x.way === '減少' ? 'down' : 'up',
    actualStatus: x.actual === '集計中' ? 'pending' : undefined,
  }),
);

const D1: Holdout2Workbook = {
  name: 'h48-d-midterm-targets',
  layout: 'D: 環境基本計画の指標一覧（策定時・中間目標（令和5年度）・最終目標（令和7年度）・令和5年度実績、増減の列、基本方針は結合、集計中）',
  build: (wb) => buildD1(wb.addWorksheet(D1_SHEET)),
  expected: { file: 'h48-d-midterm-targets.xlsx', fiscalYear: 2023, indicators: D1_INDS, groups: [] },
};

// ---------------------------------------------------------------- 2: unit and year inside the cells

interface Ind2 {
  policy?: string;
  name: string;
  desc: string;
  now: string;
  target: string;
  actual: string;
  dept: string;
  fact?: { unit: string; target: number; actual: number | null; down?: boolean; pending?: boolean };
}

const D2_SHEET = '点検評価';
const D2_ROWS: Ind2[] = [
  {
    policy: '(1) 観光の振興',
    name: '観光施設入込数',
    desc: '市内主要観光施設の年間入込客数',
    now: '1,320千人\n（令和元年度）',
    target: '1,450千人\n（令和７年度）',
    actual: '1,286千人\n（令和５年度）',
    dept: '観光課',
    fact: { unit: '千人', target: 1450, actual: 1286 },
  },
  {
    name: '宿泊者数',
    desc: '市内宿泊施設の延べ宿泊者数',
    now: '215,400人\n（令和元年度）',
    target: '240,000人\n（令和７年度）',
    actual: '198,760人\n（令和５年度）',
    dept: '観光課',
    fact: { unit: '人', target: 240000, actual: 198760 },
  },
  {
    name: '観光ボランティアガイド登録者数',
    desc: '観光ボランティアガイドの会の登録者数',
    now: '45人\n（令和２年度）',
    target: '60人\n（令和７年度）',
    actual: '調査中',
    dept: '観光課',
    fact: { unit: '人', target: 60, actual: null, pending: true },
  },
  {
    policy: '(2) 商業の振興',
    name: '中心市街地の歩行者通行量',
    desc: '中心商店街4地点の休日1日当たりの歩行者数',
    now: '8,420人/日\n（令和２年度）',
    target: '9,000人/日\n（令和７年度）',
    actual: '8,965人/日\n（令和５年度）',
    dept: '商工課',
    fact: { unit: '人/日', target: 9000, actual: 8965 },
  },
  {
    name: '中心商店街の空き店舗数',
    desc: '中心商店街の空き店舗の数（減少を目指す指標）',
    now: '31店舗\n（令和２年度）',
    target: '20店舗\n（令和７年度）',
    actual: '24店舗\n（令和５年度）',
    dept: '商工課',
    fact: { unit: '店舗', target: 20, actual: 24, down: true },
  },
  {
    name: '商店街イベント開催数',
    desc: '商店街が主催するイベントの年間開催回数',
    now: '12回\n（令和２年度）',
    target: '24回\n（令和７年度）',
    actual: '18回\n（令和５年度）',
    dept: '商工課',
    fact: { unit: '回', target: 24, actual: 18 },
  },
  {
    name: '【参考】小売業年間商品販売額',
    desc: '商業統計・経済センサス（目標は設定しない）',
    now: '1,845億円\n（平成28年）',
    target: '－',
    actual: '1,790億円\n（令和３年）',
    dept: '商工課',
  },
];

function buildD2(ws: Worksheet): void {
  ws.getCell('A1').value = '令和6年度 点検評価報告書（令和5年度実績）';
  ws.getCell('A2').value = '基本方針3　にぎわいと活力のあるまちづくり';
  put(ws, 4, 1, ['施策', '指標', '指標の説明', '現況値', '目標値', '実績値', '担当課']);
  D2_ROWS.forEach((x, i) => put(ws, 5 + i, 1, [x.policy, x.name, x.desc, x.now, x.target, x.actual, x.dept]));
  ws.mergeCells('A5:A7');
  ws.mergeCells('A8:A11');
  ws.getCell('A13').value = '※目標値は計画最終年度（令和７年度）の値。実績値の評価は目標値に対する割合による。';
  ws.getCell('A14').value = '※ボランティアガイド登録者数は、会の総会（6月）後に確定するため調査中。';
}

const D2_INDS: ExpectedIndicator[] = D2_ROWS.filter((x) => x.fact).map((x) => {
  const f = x.fact!;
  const e = ind(D2_SHEET, x.name, f.unit, f.target, f.actual, { direction: f.down ? 'down' : 'up', actualStatus: f.pending ? 'pending' : undefined });
  e.targetSource = 'final';
  return e;
});

const D2: Holdout2Workbook = {
  name: 'h48-d-years-in-cells',
  layout:
    'D: 現況値・目標値・実績値のセルに単位と年度（「1,286千人⏎（令和５年度）」）、減少は指標の説明にだけ、調査中、【参考】の行、令和6年度の報告書で令和5年度実績',
  build: (wb) => buildD2(wb.addWorksheet(D2_SHEET)),
  expected: { file: 'h48-d-years-in-cells.xlsx', fiscalYear: 2023, indicators: D2_INDS, groups: [] },
};

// ---------------------------------------------------------------- 3: no evaluation year anywhere (a guess)

interface Ind3 {
  area: string;
  name: string;
  unit: string;
  base: number;
  actuals: number[]; // R3, R4, R5 (R6 empty)
  target: string;
  fact: { target: number; down?: boolean };
}

const D3_SHEET = '指標の状況';
const D3_ROWS: Ind3[] = [
  { area: '身体活動・運動', name: '週1回以上運動する市民の割合', unit: '％', base: 42.0, actuals: [43.5, 44.8, 46.1], target: '50.0', fact: { target: 50 } },
  { area: '喫煙', name: '成人の喫煙率', unit: '％', base: 16.8, actuals: [16.1, 15.2, 14.9], target: '12.0以下', fact: { target: 12, down: true } },
  { area: '健康づくり', name: '健康教室参加者数', unit: '人', base: 2100, actuals: [1020, 1640, 2230], target: '2,600', fact: { target: 2600 } },
  { area: '歯・口腔', name: '3歳児でむし歯のない者の割合', unit: '％', base: 86.5, actuals: [87.9, 88.4, 90.2], target: '92.0', fact: { target: 92 } },
  {
    area: '栄養・食生活',
    name: '朝食を欠食する子どもの割合',
    unit: '％',
    base: 5.2,
    actuals: [4.9, 5.5, 4.6],
    target: '3.0以下',
    fact: { target: 3, down: true },
  },
];

function buildD3(ws: Worksheet): void {
  ws.getCell('A1').value = '健康増進計画（第3次）　指標の状況';
  ws.getCell('F2').value = '健康推進課';
  put(ws, 4, 1, ['分野', '指標', '単位', '基準値\n（R2）', 'R3実績', 'R4実績', 'R5実績', 'R6実績', '目標値\n（R7）', '出典']);
  D3_ROWS.forEach((x, i) =>
    put(ws, 5 + i, 1, [x.area, x.name, x.unit, x.base, ...x.actuals, undefined, x.target, i === 2 ? '事業実績' : '市民健康意識調査・健診結果']),
  );
  ws.getCell('A11').value = '※「以下」の目標は、値が小さいほど良い指標。';
}

const D3_INDS: ExpectedIndicator[] = D3_ROWS.map((x) => {
  const e = ind(D3_SHEET, x.name, x.unit, x.fact.target, x.actuals[2], { direction: x.fact.down ? 'down' : 'up' });
  e.targetSource = 'final';
  return e;
});

const D3: Holdout2Workbook = {
  name: 'h48-d-no-year-guess',
  layout: 'D: 健康増進計画の指標（R3〜R6実績の列、R6は空欄、目標値（R7）、「以下」の目標）、評価年度はどこにも書かれていない（推測）',
  build: (wb) => buildD3(wb.addWorksheet(D3_SHEET)),
  expected: { file: 'h48-d-no-year-guess.xlsx', fiscalYear: 2023, indicators: D3_INDS, groups: [], guesses: ['period'] },
};

export const PLAN_WORKBOOKS: Holdout2Workbook[] = [D1, D2, D3];
