/** Hold-out 36: family C (KPI tables per period) as yet other offices lay them out. */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | undefined;

const H = 'KPI進捗';
/** KPI, unit, note, then per year (R4, R5, R6): annual target and the 上半期 / 下半期 / 年間 actuals. */
const halfYears: [string, string, string, [number, Cell, Cell, Cell][]][] = [
  [
    '観光消費額',
    '億円',
    '',
    [
      [40, 17.5, 19.8, 37.3],
      [45, 19.0, 22.2, 41.2],
      [48, 20.4, undefined, undefined],
    ],
  ],
  [
    '子育て支援センター利用者数',
    '人',
    '延べ人数',
    [
      [23000, 11020, 12150, 23170],
      [24000, 12100, 13210, 25310],
      [25000, 12480, undefined, undefined],
    ],
  ],
  [
    '新規就農者数',
    '人',
    '',
    [
      [8, 3, 4, 7],
      [8, 2, 3, 5],
      [8, 4, undefined, undefined],
    ],
  ],
  [
    '1人1日当たりごみ排出量',
    'g',
    '少ないほど良い（削減目標）。年間は年度平均',
    [
      [900, 912, 920, 916],
      [880, 895, 909, 902],
      [860, 871, undefined, undefined],
    ],
  ],
];
const h: ExpectedIndicator[] = [
  ind(H, '観光消費額', '億円', 45, 41.2),
  ind(H, '子育て支援センター利用者数', '人', 24000, 25310),
  ind(H, '新規就農者数', '人', 8, 5),
  ind(H, '1人1日当たりごみ排出量', 'g', 880, 902, { direction: 'down' }),
];

function halfYearHeader(ws: Worksheet): void {
  put(ws, 3, 1, [
    '基本目標',
    'KPI',
    '単位',
    '区分',
    '令和4年度',
    undefined,
    undefined,
    '令和5年度',
    undefined,
    undefined,
    '令和6年度',
    undefined,
    undefined,
    '備考',
  ]);
  put(ws, 4, 5, ['上半期', '下半期', '年間', '上半期', '下半期', '年間', '上半期', '下半期', '年間']);
  for (const c of [5, 8, 11]) ws.mergeCells(3, c, 3, c + 2);
  for (const c of [1, 2, 3, 4, 14]) ws.mergeCells(3, c, 4, c);
}

/** C: KPI × (上半期, 下半期, 年間) per year, targets only in 年間, the next year's 上半期 already in. */
const halfYear: Holdout2Workbook = {
  name: 'h36-05-kpi-half-year-columns',
  layout:
    'C: KPI table, each year 令和4年度/令和5年度/令和6年度 spanning 上半期・下半期・年間 columns (two header rows, merged), 目標 only in 年間, R6 上半期 already filled, a 年間 that is a mean (ごみ g, 削減), 基本目標 merged down',
  build(wb) {
    const ws = wb.addWorksheet(H);
    put(ws, 1, 1, ['第２期まち・ひと・しごと創生総合戦略　ＫＰＩ進捗状況（令和５年度評価）']);
    halfYearHeader(ws);
    halfYears.forEach(([name, unit, note, years], i) => {
      const r = 5 + i * 2;
      put(ws, r, 2, [name, unit, '目標']);
      put(ws, r + 1, 4, ['実績']);
      years.forEach(([target, first, second, year], y) => {
        put(ws, r, 5 + y * 3, ['－', '－', target]);
        put(ws, r + 1, 5 + y * 3, [first, second, year]);
      });
      put(ws, r, 14, [note]);
      for (const c of [2, 3, 14]) ws.mergeCells(r, c, r + 1, c);
    });
    put(ws, 5, 1, ['1 しごと・子育て']);
    ws.mergeCells(5, 1, 8, 1);
    put(ws, 9, 1, ['2 農業・環境']);
    ws.mergeCells(9, 1, 12, 1);
    put(ws, 14, 1, ['※令和6年度は上半期（4～9月）の速報。']);
  },
  expected: { file: 'h36-05-kpi-half-year-columns.xlsx', fiscalYear: 2023, indicators: h, groups: [] },
};

const Y = 'KPI推移';
const y: ExpectedIndicator[] = [
  ind(Y, '移住定住施策による転入者数', '人', 150, 162),
  ind(Y, '空き家活用件数', '件', 20, 14),
  ind(Y, '地域防災訓練参加率', '％', 40, 35.2),
];

/** C: years as rows (H30, R元 … R6), each KPI a 目標｜実績 column pair with its unit in the heading; no year stated. */
const yearsDown: Holdout2Workbook = {
  name: 'h36-06-kpi-years-down-no-year',
  layout:
    'C: KPI推移 table from B4 with years as rows (H30, R元, R2 … R6) and each KPI a merged heading over 目標｜実績 columns, unit in the heading, actuals through R4, later targets only; no evaluation year stated',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    put(ws, 1, 2, ['人口減少対策　重点ＫＰＩ　推移表']);
    put(ws, 2, 9, ['企画政策課 作成']);
    put(ws, 4, 2, ['年度', '移住定住施策による転入者数（人）', undefined, '空き家活用件数（件）', undefined, '地域防災訓練参加率（％）', undefined, '備考']);
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [3, 5, 7]) ws.mergeCells(4, c, 4, c + 1);
    ws.mergeCells(4, 2, 5, 2);
    ws.mergeCells(4, 9, 5, 9);
    const rows: Cell[][] = [
      ['H30', '－', 120, '－', 11, '－', 31.0, '基準年'],
      ['R元', 130, 128, 14, 12, 33.0, 32.5],
      ['R2', 135, 97, 16, 9, 35.0, 18.4, '新型コロナウイルス感染症の影響で訓練を縮小'],
      ['R3', 140, 131, 18, 13, 38.0, 27.9],
      ['R4', 150, 162, 20, 14, 40.0, 35.2],
      ['R5', 155, undefined, 22, undefined, 42.0, undefined],
      ['R6', 160, undefined, 25, undefined, 45.0, undefined, '計画最終年度'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 2, r));
    put(ws, 14, 2, ['出典：転入者数は住民基本台帳の異動届に基づく移住相談窓口経由の件数、参加率は自主防災組織からの報告。']);
  },
  expected: { file: 'h36-06-kpi-years-down-no-year.xlsx', fiscalYear: 2022, indicators: y, groups: [], guesses: ['period'] },
};

const V = '効果検証';
const v: ExpectedIndicator[] = [
  ind(V, '新規雇用創出数', '人', 300, 268),
  ind(V, '企業誘致件数', '件', 6, 7),
  ind(V, '観光交流人口', '千人', 1850, 1702),
  ind(V, '市の施策による移住者数', '人', 90, 112),
  ind(V, '合計特殊出生率', null, 1.52, 1.41),
  ind(V, '妊娠・出産について満足している者の割合', '％', 85, 88.3),
];

/** One KPI table: its heading row, its column headings, then 目標 / 実績 row pairs (the KPI merged down). */
function kpiTable(ws: Worksheet, r: number, c: number, title: string, heads: string[], rows: [string, Cell[], Cell[], string?][]): void {
  put(ws, r, c, [title]);
  put(ws, r + 1, c, ['ＫＰＩ', '区分', ...heads, '備考']);
  rows.forEach(([name, targets, actuals, note], i) => {
    const at = r + 2 + i * 2;
    put(ws, at, c, [name, '目標', ...targets]);
    put(ws, at + 1, c + 1, ['実績', ...actuals]);
    put(ws, at, c + 2 + heads.length, [note]);
    ws.mergeCells(at, c, at + 1, c);
  });
}

/** C: three KPI tables down one sheet, each with its own period columns (shifted), units inside the value text. */
const threeTables: Holdout2Workbook = {
  name: 'h36-11-kpi-three-tables-shifted',
  layout:
    'C: 効果検証 sheet with three KPI tables stacked (基本目標1–3), each with other period columns (基準値＋2022–2024 / 2021–2024 from column B / 2023–2024), values as text with units, a unit-less rate, notes rows between',
  build(wb) {
    const ws = wb.addWorksheet(V);
    put(ws, 1, 1, ['令和５年度　地方創生推進交付金事業　効果検証シート']);
    kpiTable(
      ws,
      3,
      1,
      '【基本目標１】安定した雇用を創出する',
      ['基準値（R2）', '2022年度', '2023年度', '2024年度'],
      [
        ['新規雇用創出数', ['－', '150人', '300人', '450人'], ['0人', '141人', '268人'], '2021年度からの累計'],
        ['企業誘致件数', ['－', '5件', '6件', '6件'], ['3件', '4件', '7件'], '各年度の件数'],
      ],
    );
    put(ws, 9, 1, ['※実績値は各年度末現在。']);
    kpiTable(
      ws,
      11,
      2,
      '【基本目標２】新しいひとの流れをつくる',
      ['2021年度', '2022年度', '2023年度', '2024年度'],
      [
        ['観光交流人口', ['1,700千人', '1,800千人', '1,850千人', '1,900千人'], ['1,520千人', '1,655千人', '1,702千人']],
        ['市の施策による移住者数', ['70人', '80人', '90人', '100人'], ['66人', '85人', '112人']],
      ],
    );
    kpiTable(
      ws,
      18,
      1,
      '【基本目標３】結婚・出産・子育ての希望をかなえる',
      ['2023年度', '2024年度'],
      [
        ['合計特殊出生率', ['1.52', '1.55'], ['1.41'], '人口動態統計（暦年）'],
        ['妊娠・出産について満足している者の割合', ['85.0%', '87.0%'], ['88.3%'], '乳幼児健診時アンケート'],
      ],
    );
  },
  expected: { file: 'h36-11-kpi-three-tables-shifted.xlsx', fiscalYear: 2023, indicators: v, groups: [] },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [halfYear, yearsDown, threeTables];
