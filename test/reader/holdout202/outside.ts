/** Hold-out 202, four shapes outside the families that a 災害時要配慮者・個別避難計画・福祉避難所 office really uses. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, lettersForLegendMarks, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- O1: monthly table, 年間目標 and 12 month columns, 合計 by SUM
const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
interface MRow {
  name: string;
  unit: string;
  target: number | string;
  months: number[];
  note?: string;
}
const M_ROWS: MRow[] = [
  { name: '個別避難計画作成件数', unit: '件', target: 360, months: [18, 22, 25, 30, 28, 31, 35, 33, 29, 27, 30, 34] },
  { name: '個別避難計画更新件数', unit: '件', target: 200, months: [10, 12, 15, 18, 20, 16, 19, 22, 17, 21, 20, 24] },
  { name: '同意確認のための戸別訪問件数', unit: '件', target: 600, months: [30, 35, 40, 42, 38, 36, 40, 41, 37, 39, 45, 52], note: '8月は台風対応で減' },
  { name: '福祉専門職への作成委託件数', unit: '件', target: 150, months: [8, 10, 12, 14, 13, 12, 14, 13, 12, 13, 14, 15] },
  { name: '名簿情報提供同意書の回収件数', unit: '件', target: 400, months: [20, 24, 26, 28, 27, 25, 30, 29, 26, 27, 28, 28] },
  {
    name: '要配慮者・家族からの避難相談件数',
    unit: '件',
    target: '－',
    months: [15, 18, 20, 22, 19, 17, 21, 23, 18, 16, 20, 25],
    note: '目標設定なし（参考値）',
  },
];
const sum = (a: number[]) => a.reduce((x, y) => x + y, 0);

function buildMonthly(wb: Workbook): void {
  const ws = wb.addWorksheet(M_SHEET);
  widths(ws, [32, 6, 9, ...MONTHS.map(() => 6), 9, 9, 22]);
  merge(ws, 1, 1, 1, 18, '令和６年度　個別避難計画作成等　月別実績表');
  put(ws, 2, 15, ['福祉政策課　地域支援係']);
  put(ws, 3, 1, ['項目', '単位', '年間目標', ...MONTHS, '合計', '達成率', '備考']);
  M_ROWS.forEach((m, i) => {
    const r = 4 + i;
    put(ws, r, 1, [m.name, m.unit, m.target, ...m.months]);
    ws.getCell(r, 16).value = { formula: `SUM(D${r}:O${r})`, result: sum(m.months) };
    if (typeof m.target === 'number') {
      ws.getCell(r, 17).value = { formula: `P${r}/C${r}`, result: sum(m.months) / m.target };
      ws.getCell(r, 17).numFmt = '0.0%';
    } else put(ws, r, 17, ['－']);
    if (m.note) put(ws, r, 18, [m.note]);
  });
  box(ws, 3, 1, 3 + M_ROWS.length, 18);
  put(ws, 5 + M_ROWS.length, 1, ['※各月の件数は月末締め。3月分は4月10日時点で確定。']);
}

const mInds: ExpectedIndicator[] = M_ROWS.map((m) => ind(M_SHEET, m.name, m.unit, typeof m.target === 'number' ? m.target : null, sum(m.months)));

// ---------------------------------------------------------------- O2: one 事務事業評価シート per sheet, a small 指標 table in each
interface FormSheet {
  sheet: string;
  project: string;
  section: string;
  purpose: string;
  rows: [string, string, string, number, number, string][];
}
const FORMS: FormSheet[] = [
  {
    sheet: '要支援者支援',
    project: '避難行動要支援者支援事業',
    section: '福祉政策課',
    purpose: '避難行動要支援者名簿を整備し、平常時から避難支援等関係者へ名簿情報を提供する体制をつくる。',
    rows: [
      ['活動指標', '名簿登載者への意向確認通知数', '通', 2400, 2415, 'A'],
      ['成果指標', '平常時名簿提供同意者数', '人', 1300, 1122, 'B'],
    ],
  },
  {
    sheet: '福祉避難所',
    project: '福祉避難所機能強化事業',
    section: '障がい福祉課',
    purpose: '福祉避難所の運営マニュアル策定と受入体制の整備を支援し、要配慮者の受入可能人数を確保する。',
    rows: [
      ['活動指標', '運営マニュアル策定施設数', 'か所', 12, 9, 'B'],
      ['成果指標', '福祉避難所受入可能人数', '人', 1600, 1540, 'B'],
    ],
  },
  {
    sheet: '研修',
    project: '要配慮者避難支援研修事業',
    section: '危機管理課',
    purpose: '自主防災組織・民生委員等を対象に、要配慮者の特性に応じた避難支援の研修を行う。',
    rows: [
      ['活動指標', '研修開催回数', '回', 6, 6, 'A'],
      ['成果指標', '受講後アンケートで「理解できた」と回答した割合', '％', 85, 91.2, 'A'],
    ],
  },
];

function buildForms(wb: Workbook): void {
  for (const f of FORMS) {
    const ws = wb.addWorksheet(f.sheet);
    widths(ws, [12, 34, 7, 11, 11, 10, 7]);
    merge(ws, 1, 1, 1, 7, '令和６年度　事務事業評価シート');
    put(ws, 3, 1, ['事業名']);
    merge(ws, 3, 2, 3, 7, f.project);
    put(ws, 4, 1, ['担当課']);
    merge(ws, 4, 2, 4, 7, f.section);
    put(ws, 5, 1, ['評価対象年度']);
    merge(ws, 5, 2, 5, 7, '令和６年度（令和６年４月～令和７年３月）');
    put(ws, 6, 1, ['事業の目的']);
    merge(ws, 6, 2, 6, 7, f.purpose);
    box(ws, 3, 1, 6, 7);
    put(ws, 8, 1, ['指標区分', '指標名', '単位', '目標値', '実績値', '達成率', '評価']);
    f.rows.forEach((row, i) => {
      const r = 9 + i;
      put(ws, r, 1, row.slice(0, 5) as (string | number)[]);
      ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: row[4] / row[3] };
      ws.getCell(r, 6).numFmt = '0.0%';
      put(ws, r, 7, [row[5]]);
    });
    box(ws, 8, 1, 10, 7);
    wrap(ws, 8, 1, 10, 7);
    merge(ws, 12, 1, 12, 7, '※評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
    put(ws, 13, 1, ['今後の方向性', '継続']);
  }
}

const fInds: ExpectedIndicator[] = FORMS.flatMap((f) => f.rows.map(([, name, unit, t, a, g]) => ind(f.sheet, name, unit, t, a, { existing: g })));

// ---------------------------------------------------------------- O3: years as rows, 目標/実績 pairs per indicator across
const Y_SHEET = '年度別推移';
const YEARS = ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度', '令和8年度'];
const Y_FACILITIES = [318, 322, 328, 332, 334, 336, 340];
interface YInd {
  name: string;
  unit: string;
  targets: (number | string | null)[];
  actuals: (number | null)[];
}
const Y_INDS: YInd[] = [
  { name: '避難確保計画作成施設数', unit: '施設', targets: ['－', 240, 270, 290, 310, 325, 340], actuals: [201, 238, 265, 284, 296, null, null] },
  { name: '避難確保計画作成率', unit: '％', targets: ['－', 75, 82, 87, 92, 96, 100], actuals: [63.2, 73.9, 80.8, 85.5, 88.6, null, null] },
  { name: '避難訓練実施施設数', unit: '施設', targets: ['－', 150, 190, 220, 250, 280, 310], actuals: [98, 126, 151, 160, 171, null, null] },
  { name: '訓練結果報告率', unit: '％', targets: ['－', 45, 60, 70, 80, 90, 100], actuals: [30.8, 39.1, 46.0, 48.2, 55.2, null, null] },
  { name: '情報伝達訓練参加施設数', unit: '施設', targets: ['－', 100, 130, 150, 180, 200, 220], actuals: [85, 110, 142, 168, 192, null, null] },
];

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [12, 10, ...Y_INDS.flatMap(() => [9, 9]), 22]);
  const last = 3 + 2 * Y_INDS.length;
  merge(ws, 1, 1, 1, last, '要配慮者利用施設の避難確保計画・避難訓練　年度別推移（令和６年度評価）');
  put(ws, 2, 1, ['危機管理課']);
  merge(ws, 3, 1, 4, 1, '年度');
  merge(ws, 3, 2, 4, 2, '対象施設数\n（施設）');
  Y_INDS.forEach((y, i) => {
    merge(ws, 3, 3 + 2 * i, 3, 4 + 2 * i, `${y.name}（${y.unit}）`);
    put(ws, 4, 3 + 2 * i, ['目標', '実績']);
  });
  merge(ws, 3, last, 4, last, '備考');
  YEARS.forEach((yr, j) => {
    const r = 5 + j;
    put(ws, r, 1, [yr, Y_FACILITIES[j]]);
    Y_INDS.forEach((y, i) => put(ws, r, 3 + 2 * i, [y.targets[j], y.actuals[j]]));
  });
  put(ws, 5, last, ['計画策定時']);
  put(ws, 9, last, ['評価対象年度']);
  put(ws, 11, last, ['計画最終年度']);
  wrap(ws, 3, 1, 4, last);
  box(ws, 3, 1, 11, last);
  put(ws, 13, 1, ['※対象施設は、洪水浸水想定区域及び土砂災害警戒区域内で地域防災計画に定めた要配慮者利用施設。']);
}

const yInds: ExpectedIndicator[] = Y_INDS.map((y) => ind(Y_SHEET, y.name, y.unit, y.targets[4] as number, y.actuals[4]));

// ---------------------------------------------------------------- O4: 進捗管理表, half-year actuals, ◎○△× under a legend naming each band
const P_SHEET = '進捗管理表';
function buildProgress(wb: Workbook): void {
  const ws = wb.addWorksheet(P_SHEET);
  widths(ws, [5, 36, 6, 10, 12, 12, 10, 8, 14, 28]);
  merge(ws, 1, 1, 1, 10, '令和６年度　個別避難計画推進　進捗管理表');
  put(ws, 2, 9, ['令和7年4月30日現在']);
  put(ws, 3, 1, ['No.', '取組項目', '単位', '年間目標', '上半期実績\n（4～9月）', '下半期実績\n（10～3月）', '年間実績', '進捗\n状況', '担当', '備考']);
  const rows: (string | number)[][] = [
    [1, '優先度の高い要支援者の個別避難計画作成', '件', 250, 110, 128, 238, '○', '福祉政策課', ''],
    [2, '福祉専門職向け計画作成研修の開催', '回', 4, 2, 2, 4, '◎', '長寿介護課', ''],
    [3, '地域調整会議の開催', '地区', 20, 6, 9, 15, '△', '福祉政策課', '町内会長交代時期と重なり調整難航'],
    [4, '個別避難計画に基づく避難訓練の実施', '回', 10, 3, 4, 7, '○', '危機管理課', ''],
    [5, '計画情報の台帳システム登録', '件', 500, 180, 355, 535, '◎', '福祉政策課', ''],
    [6, '福祉避難所への直接避難の事前マッチング', '人', 60, '－', '－', '未実施', '×', '障がい福祉課', '受入施設との調整が整わず未実施'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  wrap(ws, 3, 1, 9, 10);
  box(ws, 3, 1, 9, 10);
  merge(ws, 11, 1, 11, 10, '【進捗状況】◎＝達成（100％以上）　○＝概ね達成（80％以上100％未満）　△＝やや遅れ（60％以上80％未満）　×＝遅れ（60％未満）');
}

const pInds: ExpectedIndicator[] = [
  ind(P_SHEET, '優先度の高い要支援者の個別避難計画作成', '件', 250, 238, { existing: '○' }),
  ind(P_SHEET, '福祉専門職向け計画作成研修の開催', '回', 4, 4, { existing: '◎' }),
  ind(P_SHEET, '地域調整会議の開催', '地区', 20, 15, { existing: '△' }),
  ind(P_SHEET, '個別避難計画に基づく避難訓練の実施', '回', 10, 7, { existing: '○' }),
  ind(P_SHEET, '計画情報の台帳システム登録', '件', 500, 535, { existing: '◎' }),
  ind(P_SHEET, '福祉避難所への直接避難の事前マッチング', '人', 60, null, { actualStatus: 'not-implemented', existing: '×' }),
];

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = lettersForLegendMarks(
  [
    {
      name: 'h202-keikaku-monthly',
      layout: 'monthly table: 年間目標, twelve month columns 4月…3月, 合計 by SUM formula and 達成率 formula, one row without a target',
      build: buildMonthly,
      expected: { file: 'h202-keikaku-monthly.xlsx', fiscalYear: 2024, indicators: mInds, groups: [] },
    },
    {
      name: 'h202-jimujigyo-forms',
      layout: 'one 事務事業評価シート per sheet (three sheets), label-value header and a two-row 指標 table with 達成率 formula and 評価 letter',
      build: buildForms,
      expected: { file: 'h202-jimujigyo-forms.xlsx', fiscalYear: 2024, indicators: fInds, groups: [] },
    },
    {
      name: 'h202-kakuho-years-rows',
      layout: 'years as rows (令和2年度…令和8年度), each indicator a merged heading over 目標/実績 columns, later years with targets only',
      build: buildYears,
      expected: { file: 'h202-kakuho-years-rows.xlsx', fiscalYear: 2024, indicators: yInds, groups: [] },
    },
    {
      name: 'h202-suishin-progress-marks',
      layout: '進捗管理表: 上半期/下半期/年間実績 columns, 未実施 in words, ◎○△× 進捗状況 under a legend naming each band',
      build: buildProgress,
      expected: { file: 'h202-suishin-progress-marks.xlsx', fiscalYear: 2024, indicators: pInds, groups: [] },
    },
  ],
  new Set(['h202-suishin-progress-marks']),
);
