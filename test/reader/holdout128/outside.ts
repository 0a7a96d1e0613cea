/**
 * Hold-out 128, shapes outside the four families that 観光・文化財・景観 offices use: a 観光客入込数等の推移 table with the years
 * as rows (平成27年度…令和元年度), a 単位 row and a 「令和元年度目標」 row under them; a 事務事業評価シート, one 事業 per sheet, with
 * 活動指標／成果指標 as 目標／実績 row pairs over 令和４年度…令和７年度（計画）; a 屋外広告物適正化推進計画 table of 目標｜実績
 * column pairs per year under merged year captions, with a 方向 column ↑／↓ and a 「中止」 in an earlier year; a 観光施設
 * 利用状況 table in 西暦 (2023年度) with a 2022年度実績 column, a 達成率 formula column and ◎○△× under a legend.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// Years as rows.

const O1_SHEET = '入込状況';
const YEARS = ['平成27年度', '平成28年度', '平成29年度', '平成30年度', '令和元年度'];
const SERIES: { name: string; unit: string; values: number[]; goal: number; final: number }[] = [
  { name: '観光入込客数', unit: '人', values: [2105300, 2188900, 2251600, 2330100, 2384500], goal: 2400000, final: 2500000 },
  { name: '宿泊者数', unit: '人泊', values: [371200, 380450, 392800, 405600, 412800], goal: 400000, final: 420000 },
  { name: '外国人宿泊者数', unit: '人泊', values: [8210, 11540, 14880, 17930, 18420], goal: 25000, final: 35000 },
  { name: '観光案内所利用者数', unit: '人', values: [41200, 44870, 47910, 50260, 52310], goal: 60000, final: 65000 },
];

const yearsAsRows: Holdout2Workbook = {
  name: 'r1-kanko-irikomi-suii',
  layout: 'years as rows (平成27年度…令和元年度), one column per indicator, a 単位 row, 令和元年度目標 and 計画目標（令和３年度） rows below',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [22, 15, 13, 15, 17, 40]);
    merge(ws, 1, 1, 1, 6, '観光客入込数等の推移（観光振興計画　進捗状況報告　令和元年度）');
    put(ws, 3, 1, ['年度', ...SERIES.map((s) => s.name), '備考']);
    put(ws, 4, 1, ['単位', ...SERIES.map((s) => s.unit)]);
    YEARS.forEach((y, i) => {
      put(ws, 5 + i, 1, [y, ...SERIES.map((s) => s.values[i])]);
    });
    put(ws, 9, 6, ['※令和2年2月以降、新型コロナウイルス感染症の影響により減少']);
    put(ws, 10, 1, ['令和元年度目標', ...SERIES.map((s) => s.goal)]);
    put(ws, 11, 1, ['計画目標（令和３年度）', ...SERIES.map((s) => s.final)]);
    for (let r = 5; r <= 11; r++) for (let c = 2; c <= 5; c++) ws.getCell(r, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 11, 6);
    box(ws, 3, 1, 11, 6);
    put(ws, 13, 1, ['資料：県観光客入込数調査、市観光物産課調べ']);
  },
  expected: {
    file: 'r1-kanko-irikomi-suii.xlsx',
    fiscalYear: 2019,
    indicators: SERIES.map((s) => ind(O1_SHEET, s.name, s.unit, s.goal, s.values[4])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet.

interface Jigyo {
  sheet: string;
  name: string;
  ka: string;
  purpose: string;
  cost: number;
  rows: { kind: string; name: string; unit: string; targets: number[]; actuals: number[] }[];
  self: string;
  next: string;
}

const JIGYO: Jigyo[] = [
  {
    sheet: '文化財保護事業',
    name: '文化財保護事業',
    ka: '教育委員会　文化財課',
    purpose: '指定文化財の現況を把握し、所有者と連携して適切な保存と公開を図る。',
    cost: 18420,
    rows: [
      { kind: '活動指標', name: '文化財パトロール実施回数', unit: '回', targets: [24, 24, 24, 24], actuals: [24, 22, 20] },
      { kind: '成果指標', name: '指定文化財公開施設の入館者数', unit: '人', targets: [15000, 16000, 17000, 18000], actuals: [14210, 15880, 17420] },
    ],
    self: 'B（概ね順調）',
    next: '継続',
  },
  {
    sheet: '景観形成推進事業',
    name: '景観形成推進事業',
    ka: '都市整備部　都市計画課',
    purpose: '景観アドバイザーの派遣と修景補助により、重点地区の良好なまちなみを形成する。',
    cost: 9860,
    rows: [
      { kind: '活動指標', name: '景観アドバイザー派遣件数', unit: '件', targets: [12, 12, 15, 15], actuals: [10, 14, 18] },
      { kind: '成果指標', name: '修景補助件数', unit: '件', targets: [6, 6, 6, 6], actuals: [4, 5, 3] },
    ],
    self: 'C（やや遅れている）',
    next: '見直し（補助率の引上げを検討）',
  },
];

const perSheet: Holdout2Workbook = {
  name: 'r6-jimujigyo-bunkazai-keikan',
  layout: '事務事業評価シート, one 事業 per sheet, label-value header, 活動指標／成果指標 as 目標／実績 row pairs over 令和４年度…令和７年度（計画）',
  build(wb: Workbook) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [14, 30, 7, 7, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 8, '令和７年度　事務事業評価シート（令和６年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, j.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, j.ka);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, j.purpose);
      put(ws, 6, 1, ['令和６年度決算額', j.cost, '千円']);
      ws.getCell(6, 2).numFmt = '#,##0';
      box(ws, 3, 1, 6, 8);
      put(ws, 8, 1, ['区分', '指標名', '単位', '', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（計画）']);
      j.rows.forEach((x, i) => {
        const r = 9 + 2 * i;
        merge(ws, r, 1, r + 1, 1, x.kind);
        merge(ws, r, 2, r + 1, 2, x.name);
        merge(ws, r, 3, r + 1, 3, x.unit);
        put(ws, r, 4, ['目標', ...x.targets]);
        put(ws, r + 1, 4, ['実績', ...x.actuals]);
        for (let c = 5; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = '#,##0';
      });
      const end = 8 + 2 * j.rows.length;
      wrap(ws, 8, 1, 8, 8);
      box(ws, 8, 1, end, 8);
      put(ws, end + 2, 1, ['担当課評価']);
      merge(ws, end + 2, 2, end + 2, 8, j.self);
      put(ws, end + 3, 1, ['今後の方向性']);
      merge(ws, end + 3, 2, end + 3, 8, j.next);
      box(ws, end + 2, 1, end + 3, 8);
    }
  },
  expected: {
    file: 'r6-jimujigyo-bunkazai-keikan.xlsx',
    fiscalYear: 2024,
    indicators: JIGYO.flatMap((j) => j.rows.map((x) => ind(j.sheet, x.name, x.unit, x.targets[2], x.actuals[2]))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 目標｜実績 column pairs per year.

const O3_SHEET = '取組指標';
const KOKOKU: { name: string; unit: string; dir: '↑' | '↓'; pairs: [number, number | string | null][]; note?: string }[] = [
  {
    name: '屋外広告物許可件数',
    unit: '件',
    dir: '↑',
    pairs: [
      [1100, 1052],
      [1150, 1096],
      [1200, 1138],
      [1250, null],
    ],
  },
  {
    name: '違反広告物是正指導件数',
    unit: '件',
    dir: '↑',
    pairs: [
      [120, 98],
      [135, 142],
      [150, 171],
      [165, null],
    ],
  },
  {
    name: '簡易除却物件数',
    unit: '枚',
    dir: '↑',
    pairs: [
      [2500, 2310],
      [2800, 2655],
      [3000, 2140],
      [3000, null],
    ],
    note: 'はり紙・はり札・立看板等',
  },
  {
    name: '屋外広告物講習会受講者数',
    unit: '人',
    dir: '↑',
    pairs: [
      [80, '中止'],
      [80, 52],
      [80, 64],
      [80, null],
    ],
    note: 'R2は感染症対策のため中止',
  },
  {
    name: '許可期限切れ広告物件数',
    unit: '件',
    dir: '↓',
    pairs: [
      [120, 131],
      [105, 118],
      [90, 102],
      [75, null],
    ],
    note: '年度末時点',
  },
];

const pairs: Holdout2Workbook = {
  name: 'r4-okugai-kokoku-torikumi',
  layout: '目標｜実績 column pairs per year under merged 令和２年度…令和５年度 captions, a 方向 column ↑／↓ with its legend, a 「中止」 in 令和２年度',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [5, 26, 6, 6, 9, 9, 9, 9, 9, 9, 9, 9, 26]);
    merge(ws, 1, 1, 1, 13, '○○市屋外広告物適正化推進計画　取組指標の実績（令和４年度）');
    merge(ws, 2, 1, 2, 13, '方向　↑：増加を目指す指標　↓：減少を目指す指標');
    for (const [c, v] of [
      [1, 'No.'],
      [2, '取組指標'],
      [3, '単位'],
      [4, '方向'],
      [13, '備考'],
    ] as [number, string][])
      merge(ws, 4, c, 5, c, v);
    ['令和２年度', '令和３年度', '令和４年度', '令和５年度'].forEach((y, i) => {
      merge(ws, 4, 5 + 2 * i, 4, 6 + 2 * i, y);
      put(ws, 5, 5 + 2 * i, ['目標', '実績']);
    });
    KOKOKU.forEach((k, i) => {
      put(ws, 6 + i, 1, [i + 1, k.name, k.unit, k.dir, ...k.pairs.flat()]);
      put(ws, 6 + i, 13, [k.note]);
      for (let c = 5; c <= 12; c++) ws.getCell(6 + i, c).numFmt = '#,##0';
    });
    box(ws, 4, 1, 5 + KOKOKU.length, 13);
  },
  expected: {
    file: 'r4-okugai-kokoku-torikumi.xlsx',
    fiscalYear: 2022,
    indicators: KOKOKU.map((k) => ind(O3_SHEET, k.name, k.unit, k.pairs[2][0], k.pairs[2][1] as number, { direction: k.dir === '↓' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 観光施設 利用状況: 西暦 years, a 達成率 formula column and ◎○△× under a legend.

const O4_SHEET = '施設別';
const SHISETSU: { name: string; unit: string; prev: number; target: number; actual: number; mark: string; note?: string }[] = [
  { name: '温泉交流センター利用者数', unit: '人', prev: 165420, target: 180000, actual: 171250, mark: '○' },
  { name: '城址歴史公園入園者数', unit: '人', prev: 88760, target: 95000, actual: 101320, mark: '◎' },
  { name: '観光物産館売上額', unit: '千円', prev: 231900, target: 240000, actual: 226480, mark: '○' },
  { name: 'オートキャンプ場利用者数', unit: '人', prev: 9840, target: 12000, actual: 8930, mark: '○', note: '7月の豪雨により約1か月休業' },
  { name: '郷土資料館入館者数', unit: '人', prev: 5210, target: 9000, actual: 4870, mark: '×', note: '改修工事のため R5.10～R6.1 休館' },
  { name: '観光案内所外国語対応件数', unit: '件', prev: 1120, target: 1500, actual: 1730, mark: '◎' },
];

const marks: Holdout2Workbook = {
  name: '2023-kanko-shisetsu-riyo',
  layout: '観光施設 利用状況 in 西暦 (2023年度), a 2022年度実績 column, a 達成率 formula column, ◎○△× under a legend (one generous ○)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [5, 28, 6, 13, 13, 13, 9, 6, 30]);
    merge(ws, 1, 1, 1, 9, '観光施設の利用状況と目標達成状況（2023年度）');
    merge(ws, 2, 1, 2, 9, '評価　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満');
    put(ws, 4, 1, ['No.', '指標', '単位', '2022年度実績', '2023年度目標', '2023年度実績', '達成率', '評価', '備考']);
    SHISETSU.forEach((s, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, s.name, s.unit, s.prev, s.target, s.actual]);
      ws.getCell(r, 7).value = { formula: `F${r}/E${r}`, result: s.actual / s.target };
      ws.getCell(r, 7).numFmt = '0.0%';
      put(ws, r, 8, [s.mark, s.note]);
      for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '#,##0';
    });
    box(ws, 4, 1, 4 + SHISETSU.length, 9);
    put(ws, 6 + SHISETSU.length, 1, ['※評価は所管課による。']);
  },
  expected: {
    file: '2023-kanko-shisetsu-riyo.xlsx',
    fiscalYear: 2023,
    // The written marks stay as written (◎, ○, ×): the legend 「評価　◎：達成率100％以上　○：80％以上100％未満 …」 gives bands
    // alone, no letter and no status word, and sets 12, 71, 86, 96, 103 and 120 decided that such a legend is no mapping to A–D
    // (changed after the first run, see index.ts; the computed grades are unchanged).
    indicators: SHISETSU.map((s) => ind(O4_SHEET, s.name, s.unit, s.target, s.actual, { existing: s.mark })),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, pairs, marks];
