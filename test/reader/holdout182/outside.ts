/**
 * Hold-out set 182, four workbooks outside the families, as 障害福祉・農政 offices write them: a 事業所別 工賃実績及び目標工賃
 * 達成状況 (one row per 就労継続支援Ｂ型事業所, 令和４年度, a 前年度比 under a % format, a new 事業所 without 目標工賃), a 就労指標の
 * 推移 with years as rows and 目標｜実績 pairs under each 指標 (令和３年度), 事務事業評価シート one 事業 per sheet (対象年度 令和６年度),
 * and a 県への 農福連携推進事業 実績報告書 written as label–value rows with full-width digits and a 「約2,500」 (令和５年度).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 5. 事業所別 工賃実績: one row per 事業所, 目標工賃（月額）｜工賃実績（月額）｜前年度工賃実績｜前年度比 (fraction, 0.0%).

interface Office {
  name: string;
  corp: string;
  cap: number;
  target: number | string;
  actual: number;
  last: number;
  note?: string;
}

const OFFICES: Office[] = [
  { name: 'ワークハウスひまわり', corp: '社会福祉法人ひまわり会', cap: 20, target: 18000, actual: 18420, last: 17650 },
  { name: 'あおば作業所', corp: 'NPO法人あおば', cap: 15, target: 16000, actual: 14230, last: 14870 },
  { name: '就労支援センターみのり', corp: '社会福祉法人みのり福祉会', cap: 30, target: 21000, actual: 22650, last: 20410, note: '農産物加工（ジャム・漬物）' },
  { name: 'はたけの家', corp: '一般社団法人はたけ', cap: 20, target: 14500, actual: 11020, last: 10880, note: '露地野菜の栽培・直売' },
  { name: '多機能型事業所こもれび', corp: '社会福祉法人こもれび', cap: 10, target: 15000, actual: 8400, last: 9120, note: '受注作業の減少' },
  {
    name: 'ファームサポートつくし',
    corp: '株式会社つくしファーム',
    cap: 20,
    target: '－',
    actual: 12300,
    last: 0,
    note: '令和4年10月新規指定（目標工賃未設定）',
  },
  { name: '工房すずらん', corp: '社会福祉法人すずらん会', cap: 25, target: 17500, actual: 17500, last: 16990 },
];

const KOCHIN = '工賃実績';
const OFFICE_FACTS: ExpectedIndicator[] = OFFICES.map((o) => {
  if (typeof o.target === 'string') return { ...ind(KOCHIN, o.name, '円', null, o.actual), grade: null };
  return ind(KOCHIN, o.name, '円', o.target, o.actual);
});

const jigyosho: Holdout2Workbook = {
  name: 'h182-jigyosho-kochin',
  layout:
    '令和４年度 就労継続支援Ｂ型事業所 工賃実績及び目標工賃達成状況: one row per 事業所 (名称, 運営法人, 定員), 目標工賃（月額・円）｜工賃実績（月額・円）｜前年度工賃実績｜前年度比 as fractions under 0.0%, a new 事業所 with 目標工賃 「－」 and 前年度 「－」',
  build(wb) {
    const ws = wb.addWorksheet(KOCHIN);
    widths(ws, [5, 24, 24, 7, 13, 13, 13, 10, 30]);
    merge(ws, 1, 1, 1, 9, '令和４年度　就労継続支援Ｂ型事業所　工賃実績及び目標工賃達成状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 9, ['（県工賃実績調査報告より）']);
    put(ws, 3, 1, [
      'No.',
      '事業所名',
      '運営法人',
      '定員',
      '目標工賃\n（月額・円）',
      '工賃実績\n（月額・円）',
      '前年度工賃実績\n（月額・円）',
      '前年度比',
      '備考',
    ]);
    OFFICES.forEach((o, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, o.name, o.corp, o.cap, o.target, o.actual, o.last || '－', o.last ? Math.round((o.actual / o.last) * 1000) / 1000 : '－', o.note]);
      ws.getCell(r, 5).numFmt = '#,##0';
      ws.getCell(r, 6).numFmt = '#,##0';
      ws.getCell(r, 7).numFmt = '#,##0';
      ws.getCell(r, 8).numFmt = '0.0%';
    });
    const end = 3 + OFFICES.length;
    wrap(ws, 3, 1, end, 9);
    box(ws, 3, 1, end, 9);
    merge(ws, end + 2, 1, end + 2, 9, '※工賃実績は令和４年度に支払った工賃総額÷延べ利用者数（月額）。目標工賃は各事業所の工賃向上計画による。');
  },
  expected: { file: 'h182-jigyosho-kochin.xlsx', fiscalYear: 2022, indicators: OFFICE_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 6. 就労指標の推移: years as rows (平成29年度…令和３年度), 目標｜実績 under each 指標, units in the headings.

const YEARS = ['平成29年度', '平成30年度', '令和元年度', '令和２年度', '令和３年度'];
const TRENDS = [
  { name: '一般就労移行者数', unit: '人', targets: [15, 16, 18, 20, 22], actuals: [14, 17, 16, 18, 23] },
  { name: 'ハローワークを通じた障害者の就職件数', unit: '件', targets: [130, 135, 140, 145, 150], actuals: [126, 141, 133, 118, 128] },
  { name: '平均工賃月額', unit: '円', targets: [14000, 14500, 15000, 15000, 15500], actuals: [13720, 14380, 14950, 14630, 15102] },
  { name: '障害者就業・生活支援センター登録者数', unit: '人', targets: [280, 300, 320, 340, 360], actuals: [275, 302, 318, 333, 371] },
];

const suii: Holdout2Workbook = {
  name: 'h182-shuro-suii',
  layout:
    '障害者の就労に関する指標の推移 (令和３年度評価): years as rows 平成29年度…令和３年度, two-row headings 指標（単位） over 目標｜実績, the evaluated year in the title and the last row',
  build(wb) {
    const ws = wb.addWorksheet('推移');
    widths(ws, [13, 9, 9, 11, 11, 11, 11, 11, 11]);
    merge(ws, 1, 1, 1, 9, '障害者の就労に関する指標の推移（令和３年度評価）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, '年度');
    TRENDS.forEach((t, i) => {
      merge(ws, 3, 2 + i * 2, 3, 3 + i * 2, `${t.name}（${t.unit}）`);
      put(ws, 4, 2 + i * 2, ['目標', '実績']);
    });
    YEARS.forEach((y, j) => {
      put(ws, 5 + j, 1, [y, ...TRENDS.flatMap((t) => [t.targets[j], t.actuals[j]])]);
      for (let c = 2; c <= 9; c++) ws.getCell(5 + j, c).numFmt = '#,##0';
    });
    ws.getRow(3).height = 44;
    wrap(ws, 3, 1, 4, 9);
    box(ws, 3, 1, 4 + YEARS.length, 9);
    merge(ws, 6 + YEARS.length, 1, 6 + YEARS.length, 9, '※平均工賃月額は市内の就労継続支援Ｂ型事業所の平均。就職件数は公共職業安定所の業務統計による。');
  },
  expected: {
    file: 'h182-shuro-suii.xlsx',
    fiscalYear: 2021,
    indicators: TRENDS.map((t) => ind('推移', t.name, t.unit, t.targets[4], t.actuals[4])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 7. 事務事業評価シート: one 事業 per sheet, label–value heading rows, 活動指標／成果指標 with R5実績｜R6目標｜R6実績｜達成率.

interface Card {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  rows: { kind: string; name: string; unit: string; last: number; target: number; actual: number }[];
  review: string;
}

const CARDS: Card[] = [
  {
    sheet: '農福マッチング',
    name: '農福連携マッチング支援事業',
    dept: '産業部 農政課',
    purpose: '人手不足の農家と、仕事を求める障害福祉サービス事業所を結び付け、農業の担い手確保と障害者の工賃向上を図る。',
    rows: [
      { kind: '活動指標', name: '農家・事業所からのマッチング相談件数', unit: '件', last: 38, target: 40, actual: 46 },
      { kind: '成果指標', name: '作業受委託契約の成立件数', unit: '件', last: 12, target: 15, actual: 11 },
    ],
    review: '相談は増えたが、作業時期と事業所の送迎体制が合わず成立に至らない例があった。',
  },
  {
    sheet: '工賃向上',
    name: '障害者就労施設工賃向上支援事業',
    dept: '健康福祉部 障がい福祉課',
    purpose: '専門家の派遣と商品開発の支援により、就労継続支援Ｂ型事業所の工賃水準を引き上げる。',
    rows: [
      { kind: '活動指標', name: '専門家派遣回数', unit: '回', last: 22, target: 24, actual: 24 },
      { kind: '成果指標', name: '支援事業所の平均工賃月額', unit: '円', last: 16620, target: 17500, actual: 16980 },
    ],
    review: '原材料費の上昇により、売上の伸びほど工賃が上がらなかった。',
  },
  {
    sheet: '優先調達',
    name: '障害者就労施設等優先調達推進事業',
    dept: '健康福祉部 障がい福祉課',
    purpose: '市の調達方針に基づき、障害者就労施設等からの物品・役務の調達を拡大する。',
    rows: [
      { kind: '活動指標', name: '庁内向け調達説明会の開催回数', unit: '回', last: 2, target: 2, actual: 1 },
      { kind: '成果指標', name: '障害者就労施設等からの調達実績額', unit: '千円', last: 9720, target: 10000, actual: 10430 },
    ],
    review: '説明会は1回のみとなったが、公園清掃など役務の発注が増え調達額は目標を上回った。',
  },
];

const cards: Holdout2Workbook = {
  name: 'h182-jimujigyo-cards',
  layout:
    '事務事業評価シート, one 事業 per sheet (評価年度 令和７年度／対象年度 令和６年度 in label–value heading rows), 活動指標 and 成果指標 rows with R5実績｜R6目標｜R6実績｜達成率 (a text 「115.0%」), 円・千円',
  build(wb) {
    for (const c of CARDS) {
      const ws = wb.addWorksheet(c.sheet);
      widths(ws, [14, 34, 7, 11, 11, 11, 10]);
      merge(ws, 1, 1, 1, 7, '事務事業評価シート');
      ws.getCell(1, 1).font = { bold: true, size: 14 };
      put(ws, 2, 1, ['評価年度']);
      merge(ws, 2, 2, 2, 3, '令和７年度');
      put(ws, 2, 4, ['対象年度']);
      merge(ws, 2, 5, 2, 7, '令和６年度');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 7, c.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 7, c.dept);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, c.purpose);
      ws.getRow(5).height = 40;
      box(ws, 2, 1, 5, 7);
      put(ws, 7, 1, ['■指標']);
      put(ws, 8, 1, ['区分', '指標名', '単位', 'R5実績', 'R6目標', 'R6実績', '達成率']);
      c.rows.forEach((x, i) => {
        put(ws, 9 + i, 1, [x.kind, x.name, x.unit, x.last, x.target, x.actual, `${((x.actual / x.target) * 100).toFixed(1)}%`]);
        for (let col = 4; col <= 6; col++) ws.getCell(9 + i, col).numFmt = '#,##0';
      });
      box(ws, 8, 1, 8 + c.rows.length, 7);
      put(ws, 12, 1, ['評価・課題']);
      merge(ws, 12, 2, 12, 7, c.review);
      ws.getRow(12).height = 40;
      box(ws, 12, 1, 12, 7);
      wrap(ws, 2, 1, 12, 7);
    }
  },
  expected: {
    file: 'h182-jimujigyo-cards.xlsx',
    fiscalYear: 2024,
    indicators: CARDS.flatMap((c) => c.rows.map((x) => ind(c.sheet, x.name, x.unit, x.target, x.actual))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 8. 農福連携推進事業 実績報告書 (to the prefecture): label–value rows per 指標 stacked down the form, full-width digits, 「約2,500」.

interface Item {
  name: string;
  unit: string;
  target: string;
  actual: string;
  rate: string;
  note: string;
}

const ITEMS: Item[] = [
  { name: '農福連携技術支援者の育成数', unit: '人', target: '５', actual: '６', rate: '120％', note: '県の育成研修を受講した農業者・事業所職員' },
  { name: '障害者の農業分野への新規就労者数', unit: '人', target: '２０', actual: '１３', rate: '65％', note: '雇用就労及び施設外就労の新規開始者' },
  { name: 'ノウフク・マルシェの来場者数', unit: '人', target: '３，０００', actual: '約２，５００', rate: '83％', note: '来場者数は主催者による概数' },
];

const hokoku: Holdout2Workbook = {
  name: 'h182-hokoku-nofuku',
  layout:
    '県への 農福連携推進事業 実績報告書 (様式第５号): 事業実施年度 令和５年度 as a label–value row, each 指標 a stacked block of 指標名｜単位｜目標値｜実績値｜達成率｜備考 rows, values in full-width digits 「３，０００」, an actual 「約２，５００」',
  build(wb) {
    const ws = wb.addWorksheet('実績報告書');
    widths(ws, [4, 16, 50]);
    put(ws, 1, 3, ['様式第５号（第１０条関係）']);
    merge(ws, 2, 1, 2, 3, '農福連携推進事業　実績報告書');
    ws.getCell(2, 1).font = { bold: true, size: 14 };
    put(ws, 4, 1, ['１', '事業実施年度', '令和５年度']);
    put(ws, 5, 1, ['２', '事業実施主体', '〇〇市（産業部 農政課）']);
    put(ws, 6, 1, ['３', '事業の内容', '農福連携コーディネーターの配置、技術支援者の育成、マルシェの開催']);
    put(ws, 7, 1, ['４', '成果指標の達成状況']);
    box(ws, 4, 1, 6, 3);
    let r = 8;
    ITEMS.forEach((it, i) => {
      merge(ws, r, 2, r, 3, `（${i + 1}）指標${['１', '２', '３'][i]}`);
      put(ws, r + 1, 2, ['指標名', it.name]);
      put(ws, r + 2, 2, ['単位', it.unit]);
      put(ws, r + 3, 2, ['目標値', it.target]);
      put(ws, r + 4, 2, ['実績値', it.actual]);
      put(ws, r + 5, 2, ['達成率', it.rate]);
      put(ws, r + 6, 2, ['備考', it.note]);
      box(ws, r + 1, 2, r + 6, 3);
      r += 8;
    });
    wrap(ws, 4, 1, r, 3);
    put(ws, r, 1, ['５', '添付書類', '収支決算書、写真']);
  },
  expected: {
    file: 'h182-hokoku-nofuku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('実績報告書', '農福連携技術支援者の育成数', '人', 5, 6),
      ind('実績報告書', '障害者の農業分野への新規就労者数', '人', 20, 13),
      ind('実績報告書', 'ノウフク・マルシェの来場者数', '人', 3000, 2500, { actualStatus: 'approximate' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [jigyosho, suii, cards, hokoku];
