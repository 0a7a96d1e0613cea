/** Family C, as three other offices write a KPI × period table: 2023.3-style periods, 目標/実績 column pairs per period end, and a table with no year written (a guess). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// C1: periods written 2022.3 / 2023.3 / 2024.3 / 2025.3 (each 3月末); evaluation 令和５年度末 = 2024.3. 目標 and 実績 rows per KPI.
const C1 = 'KPI進捗';
type C1Row = [string, string, number | string, (number | string)[], number[], string];
// name, unit, 基準値, targets 2022.3..2025.3, actuals 2022.3..2024.3, 備考
const C1_GOALS: [string, C1Row[]][] = [
  [
    '基本目標１　しごとをつくり、安心して働けるようにする',
    [
      ['新規就業者数（累計）', '人', '－', [100, 200, 300, 400], [96, 188, 271], ''],
      ['企業誘致件数（累計）', '件', '－', [2, 4, 6, 8], [1, 3, 6], ''],
      ['観光入込客数', '千人', 1020, [1200, 1300, 1400, 1500], [980, 1150, 1362], '暦年の値'],
    ],
  ],
  [
    '基本目標２　新しいひとの流れをつくる・結婚・出産・子育ての希望をかなえる',
    [
      ['出生数', '人', 574, [560, 560, 560, 560], [531, 508, 472], ''],
      ['転出超過数', '人', 268, [250, 230, 210, 190], [262, 241, 198], '少ないほど良い'],
      ['市民活動団体数', '団体', 76, ['－', '－', 85, 90], [78, 80, 83], 'R5に目標を設定'],
    ],
  ],
];
const C1_IND = C1_GOALS.flatMap(([, rows]) =>
  rows.map(([name, unit, , tgt, act, note]) => ind(C1, name, unit, tgt[2] as number, act[2], note === '少ないほど良い' ? { direction: 'down' } : {})),
);

const c1: Holdout2Workbook = {
  name: 'h52-c-dotted-period-ends',
  layout: 'KPI table, period columns 2022.3 … 2025.3 (3月末), 目標/実績 rows per KPI under 基本目標 rows, 基準値 and 備考 columns, "－" where no target',
  build(wb) {
    const ws = wb.addWorksheet(C1);
    put(ws, 1, 1, ['第２期○○市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和５年度末時点）']);
    put(ws, 2, 1, ['※期間の欄は各年3月末時点の値。令和５年度末＝2024.3']);
    put(ws, 4, 1, ['KPI', '単位', '基準値\n（2020.3）', '区分', '2022.3', '2023.3', '2024.3', '2025.3\n（最終）', '備考']);
    let r = 5;
    for (const [goal, rows] of C1_GOALS) {
      put(ws, r, 1, [goal]);
      ws.mergeCells(r, 1, r, 9);
      r++;
      for (const [name, unit, base, tgt, act, note] of rows) {
        put(ws, r, 1, [name, unit, base, '目標', ...tgt, note || undefined]);
        put(ws, r + 1, 4, ['実績', ...act]);
        for (const c of [1, 2, 3, 9]) ws.mergeCells(r, c, r + 1, c);
        r += 2;
      }
      r++;
    }
    put(ws, r, 1, ['出典：住民基本台帳、観光入込客統計、商工観光課調べ']);
    ws.getColumn(1).width = 26;
  },
  expected: { file: 'h52-c-dotted-period-ends.xlsx', fiscalYear: 2023, indicators: C1_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// C2: each period end (R4.3末 … R7.3末) a 目標|実績 column pair under a merged heading; values partly "2 社" text; 達成率 and 評価 for R6.3末.
const C2 = 'KPI';
type C2Row = [string, string, [number, number | string][], string | undefined];
const C2_ROWS: C2Row[] = [
  [
    'ICT関連企業の新規立地数',
    '社',
    [
      [1, '1 社'],
      [2, '2 社'],
      [3, '2 社'],
    ],
    'C',
  ],
  [
    'テレワーク施設の利用者数',
    '人',
    [
      [800, 754],
      [1200, 1310],
      [1500, 1620],
    ],
    'A',
  ],
  [
    '情報関連産業の新規雇用者数',
    '人',
    [
      [20, 18],
      [30, 24],
      [40, 31],
    ],
    'B',
  ],
  [
    '市内高校生のIT講座受講者数',
    '人',
    [
      [80, 86],
      [100, 97],
      [120, 132],
    ],
    'A',
  ],
  [
    'サテライトオフィス入居率',
    '％',
    [
      [60.0, 55.0],
      [70.0, 70.0],
      [80.0, 75.0],
    ],
    'B',
  ],
  [
    'UIJターン就職者数',
    '人',
    [
      [15, 12],
      [20, 17],
      [25, '集計中'],
    ],
    undefined,
  ],
];
const c2Num = (v: number | string) => (typeof v === 'number' ? v : Number(v.replace(/[^0-9.]/g, '')));
const C2_IND = C2_ROWS.map(([name, unit, figs, ev]) => {
  const [t, a] = figs[2];
  return a === '集計中' ? ind(C2, name, unit, t, null, { actualStatus: 'pending' }) : ind(C2, name, unit, t, c2Num(a), { existing: ev });
});

const c2: Holdout2Workbook = {
  name: 'h52-c-period-column-pairs',
  layout:
    'KPI table, each period end (R4.3末 … R7.3末) a merged heading over 目標|実績 columns, some values "2 社" text, 達成率 (%) and 評価 columns for the evaluated period',
  build(wb) {
    const ws = wb.addWorksheet(C2);
    put(ws, 1, 2, ['ICT拠点を活用した雇用再生計画　KPI評価シート']);
    put(ws, 2, 2, ['評価対象：令和５年度（令和６年３月末時点）', undefined, undefined, undefined, undefined, undefined, undefined, '情報政策課']);
    put(ws, 4, 2, ['No.', 'KPI', '単位', 'R4.3末', undefined, 'R5.3末', undefined, 'R6.3末', undefined, 'R7.3末', undefined, '達成率\n（R6.3末）', '評価']);
    put(ws, 5, 5, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [5, 7, 9, 11]) ws.mergeCells(4, c, 4, c + 1);
    for (const c of [2, 3, 4, 13, 14]) ws.mergeCells(4, c, 5, c);
    const finals = [4, 1800, 50, 150, 90, 30];
    C2_ROWS.forEach(([name, unit, figs, ev], i) => {
      const r = 6 + i;
      put(ws, r, 2, [i + 1, name, unit, ...figs.flat(), finals[i]]);
      const [t, a] = figs[2];
      if (a !== '集計中') {
        ws.getCell(r, 13).value = c2Num(a) / t;
        ws.getCell(r, 13).numFmt = '0%';
      } else ws.getCell(r, 13).value = '－';
      ws.getCell(r, 14).value = ev ?? '－';
    });
    put(ws, 13, 2, ['※評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(ws, 14, 2, ['※UIJターン就職者数は県の調査結果の公表（例年７月）後に確定']);
    ws.getColumn(3).width = 30;
  },
  expected: { file: 'h52-c-period-column-pairs.xlsx', fiscalYear: 2023, indicators: C2_IND, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// C3: no year written anywhere but the period headings (R3 … R6); actuals filled up to R5, so a clerk takes R5, a guess.
// Each KPI's unit in its own row under the name.
const C3 = '生涯学習';
type C3Row = [string, string, number[], number[]];
const C3_ROWS: C3Row[] = [
  ['図書館利用登録者数', '人', [21000, 21500, 22000, 22500], [20850, 21310, 21930]],
  ['スポーツ施設利用者数', '人', [310000, 320000, 330000, 340000], [248000, 301500, 335200]],
  ['文化ホール稼働率', '％', [65, 68, 70, 72], [52.3, 61.8, 66.4]],
  ['生涯学習講座の受講者数', '人', [3200, 3300, 3400, 3500], [2450, 2890, 2015]],
  ['公民館の利用団体数', '団体', [140, 142, 144, 146], [138, 135, 131]],
];
const C3_IND = C3_ROWS.map(([name, unit, tgt, act]) => ind(C3, name, unit, tgt[2], act[2]));

const c3: Holdout2Workbook = {
  name: 'h52-c-unit-row-no-year',
  layout:
    'KPI table with the unit in a row of its own under each name ("単位：人"), 目標値/実績値 rows, periods R3 … R6, no evaluation year written (latest actuals R5: a guess)',
  build(wb) {
    const ws = wb.addWorksheet(C3);
    put(ws, 1, 1, ['生涯学習・スポーツ分野　重要業績評価指標（KPI）の状況']);
    put(ws, 2, 1, ['担当：生涯学習課・スポーツ振興課']);
    put(ws, 4, 1, ['指標', undefined, 'R3', 'R4', 'R5', 'R6']);
    let r = 5;
    for (const [name, unit, tgt, act] of C3_ROWS) {
      put(ws, r, 1, [name, '目標値', ...tgt]);
      put(ws, r + 1, 1, [`単位：${unit}`, '実績値', ...act]);
      r += 2;
    }
    put(ws, r + 1, 1, ['※スポーツ施設利用者数はR3に施設の改修で一部休館']);
    put(ws, r + 2, 1, ['※生涯学習講座はR5から一部をオンライン講座に移行（オンライン受講者は含まない）']);
    ws.getColumn(1).width = 26;
  },
  expected: { file: 'h52-c-unit-row-no-year.xlsx', fiscalYear: 2023, indicators: C3_IND, groups: [], guesses: ['period'] },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [c1, c2, c3];
