/**
 * Hold-out 23: forms and sheets read down — 指標カード one per sheet, targets and actuals on two sheets joined
 * by 指標No, an 外部評価委員会 施策評価シート per 施策 with an empty rating cell, and a 事務事業評価調書 with
 * western years and a revised target.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { comma, fw } from './tables';

type Card = {
  no: string;
  name: string;
  section: string;
  about: string;
  unit: string;
  way: '増加' | '減少';
  base: number;
  final: number;
  target: number;
  actual: number;
  fullWidth?: boolean;
  grade: string;
  note: string;
};

const CARDS: Card[] = [
  {
    no: '1-2-03',
    name: '地域包括支援センターへの相談件数',
    section: '高齢福祉課',
    about: '市内３か所の地域包括支援センターで受け付けた総合相談の延べ件数',
    unit: '件',
    way: '増加',
    base: 3120,
    final: 4000,
    target: 3700,
    actual: 3512,
    grade: 'B',
    note: '',
  },
  {
    no: '3-1-02',
    name: '特殊詐欺被害件数',
    section: '市民安全課',
    about: '市内で発生した特殊詐欺の認知件数（警察署調べ、暦年）',
    unit: '件',
    way: '減少',
    base: 14,
    final: 5,
    target: 8,
    actual: 11,
    grade: 'B',
    note: '被害額は前年より減少',
  },
  {
    no: '1-4-01',
    name: '認知症サポーター養成数（累計）',
    section: '高齢福祉課',
    about: '認知症サポーター養成講座の修了者数の累計',
    unit: '人',
    way: '増加',
    base: 8240,
    final: 12000,
    target: 10500,
    actual: 10820,
    fullWidth: true,
    grade: 'A',
    note: '令和５年度末現在',
  },
];

const cardSheet = (i: number) => `指標${String(i + 1).padStart(2, '0')}`;

function writeCard(ws: Worksheet, c: Card): void {
  put(ws, 1, 1, ['成果指標カード（令和５年度評価）']);
  ws.mergeCells('A1:D1');
  const rows: [string, string | number][] = [
    ['指標番号', c.no],
    ['指標名', c.name],
    ['所管課', c.section],
    ['指標の説明', c.about],
    ['単位', c.unit],
    ['目指す方向', c.way],
    ['基準値（令和元年度）', c.base],
    ['目標値（令和７年度）', c.final],
    ['令和５年度　目標値', c.target],
    ['令和５年度　実績値', c.fullWidth ? fw(comma(c.actual)) : c.actual],
    ['達成状況（担当課評価）', c.grade],
    ['備考', c.note],
  ];
  rows.forEach(([label, value], r) => {
    put(ws, 3 + r, 1, [label, value === '' ? undefined : value]);
    ws.mergeCells(3 + r, 2, 3 + r, 4);
  });
}

/** 指標カード: one card per sheet, labels down A, values merged over B:D, the year's target beside the plan's final one. */
const cards: Holdout2Workbook = {
  name: 'h23-shihyo-card',
  layout:
    '指標カード one per sheet: label/value pairs down A/B (merged B:D), 基準値・最終目標値・年度目標値・実績値, 目指す方向 増加/減少, full-width text actual, 担当課評価',
  build(wb) {
    CARDS.forEach((c, i) => writeCard(wb.addWorksheet(cardSheet(i)), c));
  },
  expected: {
    file: 'h23-shihyo-card.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map((c, i) => ind(cardSheet(i), c.name, c.unit, c.target, c.actual, { direction: c.way === '減少' ? 'down' : 'up', existing: c.grade })),
    groups: [],
  },
};

type Welfare = [no: string, name: string, unit: string, targets: number[], r4: number, r5: number | '－', note: string];

/** Targets R4…R7; actuals R4 and R5. */
const WELFARE: Welfare[] = [
  ['W-01', 'ボランティア登録者数', '人', [1400, 1500, 1600, 1700], 1388, 1432, ''],
  ['W-02', '民生委員・児童委員の充足率', '％', [100, 100, 100, 100], 96.2, 94.7, '一斉改選後の欠員あり'],
  ['W-03', '地区社協サロン開催回数', '回', [450, 480, 500, 520], 431, 512, ''],
  ['W-04', '生活困窮者自立相談の新規相談件数', '件', [240, 260, 280, 300], 255, 301, ''],
  ['W-05', '成年後見制度利用支援事業の利用件数', '件', [10, 12, 14, 16], 7, '－', '令和５年度は申請なし（対象者なし）'],
];

const T_SHEET = '目標値';
const A_SHEET = '実績値';
/** The order the actuals sheet lists them in (not the targets sheet's). */
const ACTUAL_ORDER = [2, 0, 4, 1, 3];

/** 目標値 on one sheet (R4…R7 columns), 実績値 on another in another order, joined by 指標No. */
const splitSheets: Holdout2Workbook = {
  name: 'h23-split-targets-actuals',
  layout: 'targets on sheet 目標値 (年度別, R4…R7), actuals on sheet 実績値 in another row order with 前年度比 and 備考, joined by 指標No; 「－」 actual',
  build(wb) {
    const t = wb.addWorksheet(T_SHEET);
    put(t, 1, 1, ['第４期地域福祉計画　成果指標の年度別目標値']);
    put(t, 3, 1, ['指標No', '成果指標', '単位', '令和４年度', '令和５年度', '令和６年度', '令和７年度']);
    WELFARE.forEach(([no, name, unit, targets], i) => put(t, 4 + i, 1, [no, name, unit, ...targets]));
    const a = wb.addWorksheet(A_SHEET);
    put(a, 1, 1, ['令和５年度　地域福祉計画　成果指標の実績（評価対象年度：令和５年度）']);
    put(a, 3, 1, ['指標No', '指標名', '令和４年度実績', '令和５年度実績', '前年度比', '備考']);
    ACTUAL_ORDER.forEach((k, i) => {
      const [no, name, , , r4, r5, note] = WELFARE[k];
      const ratio = typeof r5 === 'number' ? { formula: `D${4 + i}/C${4 + i}`, result: r5 / r4 } : '－';
      put(a, 4 + i, 1, [no, name, r4, r5, undefined, note || undefined]);
      a.getCell(4 + i, 5).value = ratio;
    });
    put(a, 10, 1, ['※目標値は「目標値」シートを参照。']);
  },
  expected: {
    file: 'h23-split-targets-actuals.xlsx',
    fiscalYear: 2023,
    indicators: WELFARE.map(([, name, unit, targets, , r5]) =>
      r5 === '－'
        ? { ...ind(A_SHEET, name, unit, targets[1], null, { actualStatus: 'not-applicable' }) }
        : ind(A_SHEET, name, unit.normalize('NFKC'), targets[1], r5),
    ),
    groups: [],
  },
};

type Measure = [name: string, unit: string, down: boolean, r2: number, r4: number, target: number, actual: number];
type Policy = [sheet: string, policy: string, measure: string, section: string, last: string, measures: Measure[]];

const POLICIES: Policy[] = [
  [
    '施策2-1',
    '2-1　子育て支援の充実',
    '2　安心して子どもを産み育てられるまち',
    'こども家庭課',
    'B',
    [
      ['保育所等待機児童数', '人', true, 12, 3, 0, 2],
      ['ファミリー・サポート・センター会員数', '人', false, 640, 701, 750, 733],
      ['子育て世代包括支援センター相談件数', '件', false, 1850, 2104, 2200, 2396],
    ],
  ],
  [
    '施策2-2',
    '2-2　学校教育の充実',
    '2　安心して子どもを産み育てられるまち',
    '学校教育課',
    'A',
    [
      ['授業がわかると回答した児童生徒の割合', '％', false, 78.5, 80.1, 85.0, 81.6],
      ['不登校児童生徒の出現率', '％', true, 1.9, 2.4, 1.6, 2.5],
      ['学校図書館の児童生徒1人当たり貸出冊数', '冊', false, 38, 41, 45, 47],
    ],
  ],
];

const RATING_CELL = 'C16';

function writePolicy(ws: Worksheet, [, policy, goal, section, last, measures]: Policy): void {
  put(ws, 1, 8, ['令和５年度　外部評価委員会　資料２']);
  put(ws, 2, 1, ['施策評価シート（令和５年度実績）']);
  ws.mergeCells('A2:H2');
  put(ws, 4, 1, ['政策', goal]);
  put(ws, 5, 1, ['施策', policy]);
  put(ws, 6, 1, ['主管課', section]);
  for (const r of [4, 5, 6]) ws.mergeCells(r, 2, r, 8);
  put(ws, 8, 1, ['■成果指標']);
  put(ws, 9, 1, ['指標名', '単位', '策定時（R2）', 'R4実績', 'R5目標', 'R5実績', '達成率', '備考']);
  measures.forEach(([name, unit, down, r2, r4, target, actual], i) => {
    const r = 10 + i;
    put(ws, r, 1, [name, unit, r2, r4, target, actual]);
    ws.getCell(r, 7).value = down
      ? { formula: `IF(F${r}=0,1,E${r}/F${r})`, result: actual === 0 ? 1 : target / actual }
      : { formula: `F${r}/E${r}`, result: actual / target };
    ws.getCell(r, 7).numFmt = '0.0%';
    if (down) ws.getCell(r, 8).value = '低いほど良い指標（減少を目指す）';
  });
  put(ws, 15, 1, ['■施策の評価']);
  put(ws, 16, 1, ['担当課による達成度評価（Ａ～Ｄ）']);
  ws.mergeCells('A16:B16');
  put(ws, 16, 4, [`（前年度：${last}）`]);
  put(ws, 18, 1, ['■委員会意見']);
  put(ws, 19, 1, ['指標の達成状況は概ね妥当であるが、目標未達の指標について原因分析を深められたい。']);
  ws.mergeCells('A19:H21');
}

/** 外部評価委員会 資料: one 施策評価シート per 施策, an indicator table going down, an empty rating cell with last year's grade beside it. */
const committee: Holdout2Workbook = {
  name: 'h23-gaibu-hyoka',
  layout:
    '外部評価委員会 資料: one 施策評価シート per 施策, 指標 table (策定時・R4実績・R5目標・R5実績・達成率 formula・備考 for direction), empty rating cell with （前年度：B） beside, 委員会意見 merged text',
  build(wb) {
    POLICIES.forEach((p) => writePolicy(wb.addWorksheet(p[0]), p));
  },
  expected: {
    file: 'h23-gaibu-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: POLICIES.flatMap(([sheet, , , , , measures]) =>
      measures.map(([name, unit, down, , , target, actual]) => ind(sheet, name, unit.normalize('NFKC'), target, actual, { direction: down ? 'down' : 'up' })),
    ),
    groups: POLICIES.map(([sheet, , , , , measures]) => ({
      sheet,
      cell: RATING_CELL,
      grade: rollUp(
        measures.map(([name, unit, down, , , target, actual]) => ind(sheet, name, unit, target, actual, { direction: down ? 'down' : 'up' }).grade),
      ),
    })),
  },
};

const FORM = '調書';

/** 事務事業評価調書: a form with label/value pairs, then 目標値/実績値 rows per 指標 under 2021…2024年度 columns, one target revised. */
const chosho: Holdout2Workbook = {
  name: 'h23-jigyo-chosho-form',
  layout:
    '事務事業評価調書 form: 評価対象年度 2023年度 as a label/value pair, 指標 rows (目標値/実績値, 当初目標値/修正目標値/実績値) under 2021…2024年度, direction in 備考',
  build(wb) {
    const ws = wb.addWorksheet(FORM);
    put(ws, 1, 1, ['事務事業評価調書']);
    const head: [string, string][] = [
      ['評価対象年度', '2023年度'],
      ['事業名', '商店街にぎわい創出事業'],
      ['担当課', '商工振興課'],
      ['事業の目的', '空き店舗の活用とイベント支援により中心商店街の来訪者を増やす。'],
    ];
    head.forEach(([l, v], i) => {
      put(ws, 2 + i, 1, [l, v]);
      ws.mergeCells(2 + i, 2, 2 + i, 9);
    });
    put(ws, 7, 1, ['■活動指標・成果指標']);
    put(ws, 8, 1, ['区分', '指標名', '単位', '', '2021年度', '2022年度', '2023年度', '2024年度', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['活動指標', '空き店舗活用補助件数', '件', '目標値', 3, 4, 5, 5],
      [undefined, undefined, undefined, '実績値', 2, 4, 6],
      ['成果指標', '商店街歩行者通行量（休日）', '人/日', '当初目標値', 4500, 4800, 5000, 5200],
      [undefined, undefined, undefined, '修正目標値', undefined, undefined, 4200, 4400],
      [undefined, undefined, undefined, '実績値', 3650, 3980, 4020],
      ['成果指標', '商店街の空き店舗率', '％', '目標値', 18.0, 16.0, 14.0, 12.0, '低いほど良い（減少を目指す）'],
      [undefined, undefined, undefined, '実績値', 19.5, 17.2, 15.1],
    ];
    rows.forEach((r, i) => put(ws, 9 + i, 1, r));
    for (const [a, b] of [
      [9, 10],
      [11, 13],
      [14, 15],
    ])
      for (const c of [1, 2, 3]) ws.mergeCells(a, c, b, c);
    put(ws, 17, 1, ['※2023年度に、コロナ禍後の通行量の回復状況を踏まえ、通行量の目標値を修正した（2023年6月　行政評価委員会了承）。']);
    put(ws, 19, 1, ['一次評価（担当課）', 'B', '今後の方向性', '継続']);
  },
  expected: {
    file: 'h23-jigyo-chosho-form.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(FORM, '空き店舗活用補助件数', '件', 5, 6),
      ind(FORM, '商店街歩行者通行量（休日）', '人/日', 4200, 4020),
      ind(FORM, '商店街の空き店舗率', '%', 14.0, 15.1, { direction: 'down' }),
    ] as ExpectedIndicator[],
    groups: [],
  },
};

export const CARD_WORKBOOKS: Holdout2Workbook[] = [cards, splitSheets, committee, chosho];
