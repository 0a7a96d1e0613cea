/** Hold-out 27, other shapes: indicator cards, split target/actual sheets, years as rows, side-by-side tables, a policy form with a rating cell. */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, gradeOf, type Holdout2Workbook as Holdout27Workbook } from '../holdout2/kit';

interface Card {
  sheet: string;
  policy: string;
  name: string;
  unit: string;
  way: '増加' | '減少';
  base: number | string;
  last: number | string;
  target: number | string;
  actual: number | string;
  grade: string;
}

const CARDS: Card[] = [
  {
    sheet: '指標1',
    policy: '3-2 生涯学習の推進',
    name: '公民館講座の受講者数',
    unit: '人',
    way: '増加',
    base: 4820,
    last: 3900,
    target: 5000,
    actual: 4450,
    grade: 'B',
  },
  {
    sheet: '指標2',
    policy: '3-3 読書活動の推進',
    name: '図書館の年間貸出冊数',
    unit: '冊',
    way: '増加',
    base: '402,100',
    last: '371,800',
    target: '420,000',
    actual: '385,200',
    grade: 'B',
  },
  {
    sheet: '指標3',
    policy: '3-5 スポーツの振興',
    name: 'スポーツ施設での事故件数',
    unit: '件',
    way: '減少',
    base: 9,
    last: 4,
    target: 5,
    actual: 7,
    grade: 'C',
  },
];

function writeCard(wb: Workbook, c: Card): void {
  const ws = wb.addWorksheet(c.sheet);
  ws.getCell('B1').value = '成果指標カード（令和５年度評価）';
  ws.mergeCells('B1:D1');
  const pairs: [string, string | number][] = [
    ['施策', c.policy],
    ['指標名', c.name],
    ['単位', c.unit],
    ['指標の方向', c.way === '増加' ? '増加（数値が大きいほど良い）' : '減少（数値が小さいほど良い）'],
    ['基準値（平成30年度）', c.base],
    ['前年度実績（令和４年度）', c.last],
    ['目標値（令和５年度）', c.target],
    ['実績値（令和５年度）', c.actual],
    ['担当課評価（A～D）', c.grade],
    ['備考', '評価は目標値に対する達成率による。'],
  ];
  pairs.forEach(([label, value], i) => {
    put(ws, 3 + i, 2, [label, value]);
    ws.mergeCells(3 + i, 3, 3 + i, 4);
  });
}

const num = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/,/g, '')));

/** 指標カード one per sheet: label/value pairs going down, with a last-year row and a baseline above the target. */
const cards: Holdout27Workbook = {
  name: 'h27-shihyou-card',
  layout: '指標カード one per sheet: label/value pairs down column B (merged values C:D), 基準値 and 前年度実績 rows, 担当課評価 letter',
  build(wb) {
    CARDS.forEach((c) => writeCard(wb, c));
  },
  expected: {
    file: 'h27-shihyou-card.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((c) =>
      ind(c.sheet, c.name, c.unit, num(c.target), num(c.actual), { direction: c.way === '増加' ? 'up' : 'down', existing: c.grade }),
    ),
    groups: [],
  },
};

const SPLIT: [string, string, string, '増加' | '減少', number, number, number][] = [
  ['1-01', '認知症サポーター養成数（累計）', '人', '増加', 9000, 11000, 9320],
  ['1-02', '健康づくり教室参加者数', '人', '増加', 1500, 1800, 1130],
  ['2-01', '市内企業の新規雇用者数', '人', '増加', 250, 300, 212],
  ['2-02', '観光施設入込客数', '千人', '増加', 1350, 1500, 1402],
  ['3-01', '交通事故発生件数', '件', '減少', 180, 150, 201],
];

/** Targets on one sheet, actuals on another in another order, joined by 指標No. */
const split: Holdout27Workbook = {
  name: 'h27-split-mokuhyo-jisseki',
  layout: 'targets on 目標値 sheet (R5 and R8 columns, 目標の方向), actuals on 実績値 sheet in another order (R4 and R5 columns), joined by 指標No.',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    t.getCell('A1').value = '第３次総合計画 後期基本計画　成果指標 目標値一覧';
    put(t, 3, 1, ['指標No.', '成果指標', '単位', '目標の方向', '令和５年度目標', '令和８年度目標']);
    SPLIT.forEach(([id, name, unit, way, t5, t8], i) => put(t, 4 + i, 1, [id, name, unit, way, t5, t8]));
    const a = wb.addWorksheet('実績値');
    a.getCell('A1').value = '成果指標　実績値（令和５年度）';
    put(a, 3, 1, ['指標No.', '成果指標', '令和４年度実績', '令和５年度実績', '備考']);
    const order = [4, 2, 0, 3, 1];
    const last = [8650, 1240, 231, 1288, 214];
    order.forEach((k, i) => {
      const [id, name, , , , , actual] = SPLIT[k];
      put(a, 4 + i, 1, [id, name, last[k], actual, k === 1 ? '会場改修のため一部中止' : undefined]);
    });
  },
  expected: {
    file: 'h27-split-mokuhyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: SPLIT.map(([, name, unit, way, t5, , actual]) => ind('実績値', name, unit, t5, actual, { direction: way === '増加' ? 'up' : 'down' })),
    groups: [],
  },
};

/** 観光振興計画: years as rows, each indicator a 目標/実績 column pair under a merged heading that holds the unit. */
const kanko: Holdout27Workbook = {
  name: 'h27-kanko-years-rows',
  layout: '観光振興計画 数値目標: years as rows (令和３〜６年度), indicators as merged column headings with the unit in brackets over 目標/実績 pairs',
  build(wb) {
    const ws = wb.addWorksheet('観光指標');
    ws.getCell('A1').value = '観光振興計画　数値目標の進捗状況（令和５年度評価）';
    ws.mergeCells('A1:G1');
    put(ws, 3, 1, ['年度', '観光入込客数（千人）', undefined, '宿泊者数（人）', undefined, '観光消費額（百万円）']);
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    put(ws, 5, 1, ['令和３年度', '1,100', '842', '95,000', '61,200', '8,000', '5,130']);
    put(ws, 6, 1, ['令和４年度', '1,200', '1,035', '105,000', '88,400', '9,000', '7,210']);
    put(ws, 7, 1, ['令和５年度', '1,300', '1,318', '115,000', '101,900', '10,000', '7,850']);
    put(ws, 8, 1, ['令和６年度', '1,400', undefined, '125,000', undefined, '11,000']);
    ws.getCell('A9').value = '※令和６年度は計画の最終年度';
  },
  expected: {
    file: 'h27-kanko-years-rows.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('観光指標', '観光入込客数', '千人', 1300, 1318),
      ind('観光指標', '宿泊者数', '人', 115000, 101900),
      ind('観光指標', '観光消費額', '百万円', 10000, 7850),
    ],
    groups: [],
  },
};

const MARK: Record<string, string> = { A: '◎', B: '○', C: '△', D: '×' };
const LEFT: [string, string, number, number][] = [
  ['ふれあいサロン設置数', '箇所', 45, 47],
  ['地域福祉推進員数', '人', 120, 101],
  ['ボランティア登録者数', '人', 1800, 1150],
];
const RIGHT: [string, string, number, number][] = [
  ['成年後見制度利用支援件数', '件', 30, 31],
  ['生活困窮者自立相談の新規相談件数', '件', 250, 268],
  ['ひとり暮らし高齢者の見守り登録者数', '人', 900, 420],
];

function sideTable(ws: Worksheet, col: number, heading: string, rows: [string, string, number, number][]): void {
  ws.getCell(3, col).value = heading;
  ws.mergeCells(3, col, 3, col + 4);
  put(ws, 4, col, ['指標', '単位', '目標値（R5）', '実績値（R5）', '評価']);
  rows.forEach(([name, unit, t, a], i) => put(ws, 5 + i, col, [name, unit, t, a, MARK[gradeOf(t, a) ?? 'D']]));
}

/** 地域福祉計画: two 基本目標 tables side by side sharing rows, grades as marks explained by a legend under them. */
const fukushi: Holdout27Workbook = {
  name: 'h27-chiiki-fukushi-side',
  layout: '地域福祉計画 進捗: two 基本目標 tables side by side (A:E and G:K) sharing rows, 評価 as ◎○△× with a legend row mapping them to A〜D',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    ws.getCell('A1').value = '第４期 地域福祉計画　令和５年度 進捗状況';
    sideTable(ws, 1, '基本目標１　みんなで支え合う地域づくり', LEFT);
    sideTable(ws, 7, '基本目標２　安心して暮らせる仕組みづくり', RIGHT);
    ws.getCell('A9').value = '【評価】◎：目標達成（Ａ）　○：概ね順調（Ｂ）　△：やや遅れている（Ｃ）　×：遅れている（Ｄ）';
  },
  expected: {
    file: 'h27-chiiki-fukushi-side.xlsx',
    fiscalYear: 2023,
    indicators: [...LEFT, ...RIGHT].map(([name, unit, t, a]) => ind('進捗状況', name, unit, t, a, { existing: gradeOf(t, a) ?? undefined })),
    groups: [],
  },
};

const POLICY_GRADES = [gradeOf(0, 0, 'down'), gradeOf(20000, 18350), gradeOf(98, 96.2), gradeOf(15, 22, 'down')];

/** 施策評価シート: a 施策の総合評価 cell to fill, revised targets beside the first ones, 皆減, full-width digits, a hidden abolished row. */
const shisaku: Holdout27Workbook = {
  name: 'h27-shisaku-hyoka-form',
  layout:
    '施策評価シート: header label/value cells with an empty 施策の総合評価 cell, 当初/見直し後 目標値 columns, ↑↓ 方向 column, 皆減, full-width digits, hidden abolished row',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    ws.getCell('A1').value = '令和５年度　施策評価シート';
    put(ws, 3, 1, ['施策番号', '2-3', '施策名', '子育て環境の充実']);
    ws.mergeCells('D3:G3');
    put(ws, 4, 1, ['主管課', 'こども家庭課', '施策の総合評価']);
    ws.getCell('E4').value = '（前年度：B）';
    ws.getCell('A6').value = '１　成果指標の状況';
    put(ws, 7, 1, ['成果指標', '単位', '方向', '当初目標値（R5）', '見直し後目標値（R5）', '実績値（R5）', '備考']);
    put(ws, 8, 1, ['保育所待機児童数', '人', '↓', 10, 0, '皆減', '令和４年度に目標を見直し']);
    put(ws, 9, 1, ['子育て支援センター延べ利用者数', '人', '↑', '24,000', '20,000', '18,350人', '利用方法の変更に伴い目標を見直し']);
    put(ws, 10, 1, ['乳幼児健康診査受診率', '％', '↑', 98, 98, '９６．２']);
    put(ws, 11, 1, ['【旧】子育て短期支援事業利用日数', '日', '↑', 200, '－', '－', '令和５年度から指標廃止']);
    ws.getRow(11).hidden = true;
    put(ws, 12, 1, ['放課後児童クラブ待機児童数', '人', '↓', 15, 15, 22]);
    ws.getCell('A13').value = '方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い';
  },
  expected: {
    file: 'h27-shisaku-hyoka-form.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策2-3', '保育所待機児童数', '人', 0, 0, { direction: 'down' }),
      ind('施策2-3', '子育て支援センター延べ利用者数', '人', 20000, 18350),
      ind('施策2-3', '乳幼児健康診査受診率', '％', 98, 96.2),
      ind('施策2-3', '放課後児童クラブ待機児童数', '人', 15, 22, { direction: 'down' }),
    ],
    groups: [{ sheet: '施策2-3', cell: 'D4', grade: rollUp(POLICY_GRADES) }],
  },
};

export const FORM_WORKBOOKS: Holdout27Workbook[] = [cards, split, kanko, fukushi, shisaku];
