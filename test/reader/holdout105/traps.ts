/**
 * Hold-out 105, three traps: 農業産出額 whose latest figure is two years old (集計中 this year), a 公共交通 table whose 備考 says
 * one 実績 is last 年度's (報告未着), and 農林業 indicators with 単年度 and 累計 actual rows under a 累計 or 単年度 target.
 */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const wide = (ws: Worksheet, widths: number[]) => widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));

// ---------------------------------------------------------------------------------------------------------------------------
// 農業振興計画 進行管理表: 農業産出額 has R3's figure, R4 and R5 集計中 (農林水産省 publishes two years late).
const SHINKO = '進行管理表';
interface Row {
  name: string;
  unit: string;
  dir: '↑' | '↓';
  t: (number | null)[];
  a: (number | string | null)[];
  note: string;
}
const shinkoRows: Row[] = [
  {
    name: '農業産出額',
    unit: '億円',
    dir: '↑',
    t: [null, 96, 98, 100, 102, 104],
    a: [94.2, 95.4, '集計中', '集計中', null, null],
    note: '農林水産省「市町村別農業産出額（推計）」。公表は概ね２年後（令和３年値は令和５年３月公表）',
  },
  { name: '新規就農者数', unit: '人', dir: '↑', t: [null, 5, 5, 5, 5, 5], a: [4, 5, 3, 6, null, null], note: '単年度' },
  { name: '耕作放棄地面積', unit: 'ha', dir: '↓', t: [null, 210, 207, 204, 201, 198], a: [212.4, 210.8, 209.5, 206.2, null, null], note: '農地利用状況調査' },
  {
    name: '鳥獣による農作物被害額',
    unit: '千円',
    dir: '↓',
    t: [null, 17000, 15500, 14000, 12500, 11000],
    a: [18640, 16200, 15930, 12150, null, null],
    note: '農業共済・ＪＡ報告',
  },
  { name: '間伐面積', unit: 'ha', dir: '↑', t: [null, 90, 90, 90, 90, 90], a: [88.0, 84.2, 92.5, 71.0, null, null], note: '単年度' },
  { name: '集落営農組織数', unit: '組織', dir: '↑', t: [null, 20, 21, 22, 23, 24], a: [19, 20, 21, 21, null, null], note: '' },
];

const sanshutsu: Holdout2Workbook = {
  name: 'h105-trap-sanshutsu-lag',
  layout:
    '農業振興計画 進行管理表: 目標値／実績値 rows, R2（基準）〜R7（目標）, 目指す方向 ↑↓ column with legend; 農業産出額 has R3 95.4 and 「集計中」 for R4 and R5 (公表は２年後)',
  build(wb) {
    const ws = wb.addWorksheet(SHINKO);
    wide(ws, [4, 24, 7, 8, 8, 10, 10, 10, 10, 10, 10, 40]);
    put(ws, 1, 1, ['第３次〇〇市農業振興計画　成果指標の進行管理（令和５年度実績）']);
    put(ws, 2, 1, ['目指す方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目指す方向', '区分', 'R2\n（基準）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標）', '出典・備考']);
    shinkoRows.forEach((x, i) => {
      const r = 4 + i * 2;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.dir, '目標値', ...x.t, x.note]);
      put(ws, r + 1, 5, ['実績値', ...x.a]);
      for (const c of [1, 2, 3, 4, 12]) ws.mergeCells(r, c, r + 1, c);
      for (let c = 6; c <= 11; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = x.unit === '千円' ? '#,##0' : '#,##0.0';
    });
    put(ws, 17, 1, ['※ 令和５年度の評価は各指標のR5欄による。']);
  },
  expected: {
    file: 'h105-trap-sanshutsu-lag.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SHINKO, '農業産出額', '億円', 100, null, { actualStatus: 'pending' }),
      ind(SHINKO, '新規就農者数', '人', 5, 6),
      ind(SHINKO, '耕作放棄地面積', 'ha', 204, 206.2, { direction: 'down' }),
      ind(SHINKO, '鳥獣による農作物被害額', '千円', 14000, 12150, { direction: 'down' }),
      ind(SHINKO, '間伐面積', 'ha', 90, 71),
      ind(SHINKO, '集落営農組織数', '組織', 22, 21),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 公共交通 評価指標: the 路線バス figure in the R5 column is 令和４年度's, said only in 備考 (事業者の報告未着).
const HYOKA = 'R5評価';
const hyokaRows: [string, string, number, number, number, string, string, string][] = [
  [
    '路線バス（民間）年間利用者数',
    '人',
    452000,
    430000,
    412300,
    '95.9%',
    'B',
    '交通事業者からの実績報告が未着のため、令和４年度の値を記載（令和６年６月報告予定）',
  ],
  ['コミュニティバス年間利用者数', '人', 84210, 92000, 93480, '101.6%', 'A', '運行年度（R4.10～R5.9）'],
  ['コミュニティバス収支率', '％', 18.4, 21.0, 17.2, '81.9%', 'C', '運行年度（R4.10～R5.9）'],
  ['コミュニティバス1便あたり乗車人数', '人/便', 3.1, 3.7, 2.4, '64.9%', 'C', '運行年度（R4.10～R5.9）'],
  ['デマンド交通登録者数', '人', 612, 1000, 861, '86.1%', 'B', '令和６年３月末'],
  ['デマンド交通年間利用者数', '人', 4100, 6500, 5870, '90.3%', 'A', ''],
  ['交通空白地域の居住人口', '人', 2860, 1900, 1940, '97.9%', 'B', '減少を目指す指標（達成率＝目標÷実績）'],
];

const late: Holdout2Workbook = {
  name: 'h105-trap-jigyosha-michaku',
  layout:
    '公共交通 評価指標 R5: 基準値（R2）｜R5目標｜R5実績｜達成率｜評価｜備考; the 路線バス R5実績 is that of 令和４年度 per 備考 (報告未着), 評価 A–D written, a 減少 indicator said in 備考',
  build(wb) {
    const ws = wb.addWorksheet(HYOKA);
    wide(ws, [34, 8, 12, 12, 12, 10, 8, 50]);
    put(ws, 1, 1, ['令和５年度　〇〇市地域公共交通計画　評価指標の状況']);
    put(ws, 2, 1, ['評価　A：目標達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ（60％未満）']);
    put(ws, 4, 1, ['評価指標', '単位', '基準値\n（R2）', 'R5目標', 'R5実績', '達成率', '評価', '備考']);
    hyokaRows.forEach((r, i) => {
      put(ws, 5 + i, 1, r);
      for (const c of [3, 4, 5]) ws.getCell(5 + i, c).numFmt = r[1] === '人' ? '#,##0' : '0.0';
    });
    put(ws, 13, 1, ['※ 達成率は事務局で算出。']);
  },
  expected: {
    file: 'h105-trap-jigyosha-michaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(HYOKA, '路線バス（民間）年間利用者数', '人', 430000, 412300, { existing: 'B' }),
      ind(HYOKA, 'コミュニティバス年間利用者数', '人', 92000, 93480, { existing: 'A' }),
      ind(HYOKA, 'コミュニティバス収支率', '％', 21, 17.2, { existing: 'C' }),
      ind(HYOKA, 'コミュニティバス1便あたり乗車人数', '人/便', 3.7, 2.4, { existing: 'C' }),
      ind(HYOKA, 'デマンド交通登録者数', '人', 1000, 861, { existing: 'B' }),
      ind(HYOKA, 'デマンド交通年間利用者数', '人', 6500, 5870, { existing: 'A' }),
      ind(HYOKA, '交通空白地域の居住人口', '人', 1900, 1940, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 農林業振興ビジョン: 目標値（累計） against 実績値（単年度）and 実績値（累計） rows; 間伐 has a 単年度 target.
const VISION = '成果指標';
interface VRow {
  name: string;
  unit: string;
  rows: [string, (number | null)[]][];
}
const visionRows: VRow[] = [
  {
    name: '新規就農者数',
    unit: '人',
    rows: [
      ['目標値（累計）', [5, 10, 15, 20, 25]],
      ['実績値（単年度）', [6, 3, 4, null, null]],
      ['実績値（累計）', [6, 9, 13, null, null]],
    ],
  },
  {
    name: '6次産業化の認定件数',
    unit: '件',
    rows: [
      ['目標値（累計）', [8, 10, 12, 14, 15]],
      ['実績値（単年度）', [1, 1, 0, null, null]],
      ['実績値（累計）', [8, 9, 9, null, null]],
    ],
  },
  {
    name: '間伐面積',
    unit: 'ha',
    rows: [
      ['目標値（単年度）', [90, 90, 90, 90, 90]],
      ['実績値（単年度）', [84.2, 92.5, 71.0, null, null]],
      ['実績値（累計）', [84.2, 176.7, 247.7, null, null]],
    ],
  },
  {
    name: '担い手への農地集積面積',
    unit: 'ha',
    rows: [
      ['目標値（累計）', [1480, 1520, 1560, 1600, 1640]],
      ['実績値（累計）', [1462, 1488, 1502, null, null]],
    ],
  },
  {
    name: 'スマート農業機器導入経営体数',
    unit: '経営体',
    rows: [
      ['目標値（累計）', [4, 7, 10, 13, 16]],
      ['実績値（単年度）', [3, 4, 3, null, null]],
      ['実績値（累計）', [3, 7, 10, null, null]],
    ],
  },
];

const ruikei: Holdout2Workbook = {
  name: 'h105-trap-ruikei-tannendo',
  layout:
    '農林業振興ビジョン 成果指標: per indicator 目標値（累計）/実績値（単年度）/実績値（累計） rows (間伐 目標値（単年度）), R3〜R7 columns, 単位 column, 令和５年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet(VISION);
    wide(ws, [28, 8, 18, 10, 10, 10, 10, 10]);
    put(ws, 1, 1, ['令和５年度　〇〇市農林業振興ビジョン　成果指標の実績']);
    put(ws, 3, 1, ['成果指標', '単位', '区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
    let r = 4;
    for (const v of visionRows) {
      v.rows.forEach(([label, vals], k) => put(ws, r + k, k === 0 ? 1 : 3, k === 0 ? [v.name, v.unit, label, ...vals] : [label, ...vals]));
      ws.mergeCells(r, 1, r + v.rows.length - 1, 1);
      ws.mergeCells(r, 2, r + v.rows.length - 1, 2);
      r += v.rows.length;
    }
    put(ws, r + 1, 1, ['※ 累計は令和３年度からの累計（6次産業化の認定件数は計画策定前の認定分７件を含む）。']);
  },
  expected: {
    file: 'h105-trap-ruikei-tannendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(VISION, '新規就農者数', '人', 15, 13),
      ind(VISION, '6次産業化の認定件数', '件', 12, 9),
      ind(VISION, '間伐面積', 'ha', 90, 71),
      ind(VISION, '担い手への農地集積面積', 'ha', 1560, 1502),
      ind(VISION, 'スマート農業機器導入経営体数', '経営体', 10, 10),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [sanshutsu, late, ruikei];
