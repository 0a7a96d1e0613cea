/**
 * Hold-out set 99, three traps of the monthly progress books: a 年度末 報告 whose 累計 column for two indicators sums only
 * 4月〜12月 (1〜3月 blank, 集計中 in 備考), so their year is not closed; a monthly table whose 月末現在 rows must be read at
 * 3月 and not summed (the 年度計 is 「－」 for them); a 年度計 whose SUM stops at 2月, so the written 年度計, 達成率 and the
 * department's 評価 leave March out.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const THIN = { style: 'thin' as const };
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

function frame(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
      cell.alignment = { wrapText: true, vertical: 'middle', ...(cell.alignment ?? {}) };
    }
}

function shade(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
}

function split(total: number, weights: number[]): number[] {
  const sw = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sw);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0; k++, rest--) out[order[k % order.length][1]]++;
  return out;
}

const sumOf = (xs: (number | string | undefined)[]) => xs.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);

// ───────────────────────────── 累計 that stops at 12月 ─────────────────────────────

interface CareRow {
  name: string;
  unit: string;
  target: number;
  /** 4月〜3月; undefined: not yet entered. */
  months: (number | undefined)[];
  stock?: boolean;
  note?: string;
}

const nine = (total: number, w: number[]) => [...split(total, w), undefined, undefined, undefined];

const CARE: CareRow[] = [
  { name: '地域包括支援センター総合相談件数', unit: '件', target: 6000, months: split(6240, [8.3, 7.9, 8.8, 9.2, 7.6, 8.4, 9.1, 8.2, 7.7, 8.1, 8.5, 9.4]) },
  { name: '介護予防教室参加者数（延べ）', unit: '人', target: 4800, months: split(4515, [7, 9, 9, 8, 6, 9, 10, 9, 7, 7, 8, 8]) },
  { name: '認知症カフェ参加者数（延べ）', unit: '人', target: 1440, months: split(1188, [8.2, 7.8, 8.5, 9.1, 7.4, 8.9, 9.3, 8.1, 7.6, 7.9, 8.4, 9.2]) },
  {
    name: '住民主体の通いの場参加者数（延べ）',
    unit: '人',
    target: 36000,
    months: nine(27930, [9, 10, 10, 10, 8, 10, 11, 11, 9]),
    note: '12月分まで。1〜3月分は各団体の活動報告の取りまとめ中（集計中）',
  },
  {
    name: '保健事業と介護予防の一体的実施 個別支援件数',
    unit: '件',
    target: 400,
    months: nine(318, [3, 4, 4, 4, 3, 4, 4, 4, 3]),
    note: '12月分まで。1〜3月分は国保連データ確定待ちのため集計中',
  },
  { name: '地域ケア会議開催回数', unit: '回', target: 24, months: [2, 2, 2, 2, 1, 2, 2, 2, 1, 2, 2, 2] },
  { name: '配食サービス配食数', unit: '食', target: 42000, months: split(43650, [8.1, 8.3, 7.9, 8.2, 8.4, 8.0, 8.2, 8.3, 8.9, 9.1, 8.1, 8.5]) },
  {
    name: '緊急通報装置設置台数',
    unit: '台',
    target: 650,
    months: [588, 590, 593, 595, 597, 598, 601, 603, 605, 607, 609, 611],
    stock: true,
    note: '各月末現在の設置台数（累計欄は3月末の台数）',
  },
];

function buildCumulativeStops(wb: Workbook): void {
  const ws = wb.addWorksheet('月次進捗');
  [5, 34, 6, 10, ...MONTHS.map(() => 8), 10, 9, 36].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 1, 1, ['令和６年度　地域包括ケア推進事業　月次進捗管理表（年度末報告）']);
  ws.mergeCells(1, 1, 1, 19);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['高齢介護課　令和７年４月18日作成']);
  ws.mergeCells(2, 1, 2, 19);
  put(ws, 4, 1, ['No.', '指標', '単位', '年間目標', ...MONTHS, '累計', '進捗率', '備考']);
  shade(ws, 4, 1, 4, 19);
  CARE.forEach((c, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, c.name, c.unit, c.target, ...c.months.map((m) => m ?? null)]);
    const total = c.stock ? (c.months[11] as number) : sumOf(c.months);
    ws.getCell(r, 17).value = c.stock ? { formula: `P${r}`, result: total } : { formula: `SUM(E${r}:P${r})`, result: total };
    ws.getCell(r, 18).value = { formula: `Q${r}/D${r}`, result: total / c.target };
    ws.getCell(r, 18).numFmt = '0.0%';
    if (c.note) ws.getCell(r, 19).value = c.note;
    for (let k = 4; k <= 17; k++) ws.getCell(r, k).numFmt = '#,##0';
    ws.getRow(r).height = 30;
  });
  const last = 4 + CARE.length;
  frame(ws, 4, 1, last, 19);
  put(ws, last + 2, 1, ['※累計は4月からの合計（月末現在で把握する指標は直近月末の数値）。進捗率＝累計÷年間目標。']);
}

const CARE_IND: ExpectedIndicator[] = CARE.map((c) => {
  const closed = c.months[11] !== undefined;
  if (!closed) return ind('月次進捗', c.name, c.unit, c.target, null, { actualStatus: 'pending' });
  return ind('月次進捗', c.name, c.unit, c.target, c.stock ? (c.months[11] as number) : sumOf(c.months));
});

const CARE_CUMULATIVE: Holdout2Workbook = {
  name: 'h99-houkatsu-ruikei-12gatsu',
  layout:
    'T: 地域包括ケア 月次進捗管理表（年度末報告）, 4月〜3月 then 累計 (=SUM) and 進捗率; two rows filled only to 12月 with 1〜3月 blank and 「集計中」 in 備考, so their 累計 is no year actual; a 月末現在 stock whose 累計 is =P',
  build: buildCumulativeStops,
  expected: { file: 'h99-houkatsu-ruikei-12gatsu.xlsx', fiscalYear: 2024, indicators: CARE_IND, groups: [] },
};

// ───────────────────────────── stocks that must not be summed ─────────────────────────────

interface SafetyRow {
  kind: '各月末現在' | '当月';
  name: string;
  unit: string;
  target: number;
  months: number[];
}

const SAFETY: SafetyRow[] = [
  {
    kind: '各月末現在',
    name: '防災メール登録者数',
    unit: '人',
    target: 12000,
    months: [10820, 10874, 10935, 11010, 11062, 11190, 11236, 11281, 11322, 11370, 11418, 11460],
  },
  {
    kind: '各月末現在',
    name: '防災アプリダウンロード数（累計）',
    unit: '件',
    target: 10000,
    months: [7210, 7480, 7765, 8140, 8470, 9020, 9260, 9480, 9655, 9890, 10120, 10380],
  },
  { kind: '各月末現在', name: '自主防災組織結成数', unit: '団体', target: 180, months: [165, 165, 166, 166, 167, 168, 168, 169, 170, 171, 171, 172] },
  { kind: '各月末現在', name: '個別避難計画作成件数（累計）', unit: '件', target: 900, months: [410, 428, 447, 466, 488, 512, 536, 561, 583, 606, 631, 655] },
  { kind: '当月', name: '防災訓練参加者数', unit: '人', target: 8000, months: [120, 340, 980, 410, 260, 2150, 1480, 890, 115, 140, 260, 200] },
  { kind: '当月', name: '防災出前講座開催回数', unit: '回', target: 50, months: [3, 5, 6, 5, 4, 7, 6, 5, 3, 4, 5, 5] },
  { kind: '当月', name: '防災士新規養成数', unit: '人', target: 30, months: [0, 0, 0, 0, 0, 0, 0, 17, 0, 0, 0, 0] },
  { kind: '当月', name: '家具転倒防止器具取付支援件数', unit: '件', target: 120, months: [4, 6, 7, 8, 7, 9, 8, 7, 6, 7, 8, 7] },
];

function buildStocks(wb: Workbook): void {
  const ws = wb.addWorksheet('防災指標（月別）');
  [12, 32, 7, 10, ...MONTHS.map(() => 9), 10, 30].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 1, 1, ['令和５年度　防災・減災の取組　月別実績']);
  ws.mergeCells(1, 1, 1, 18);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['危機管理課　（令和６年４月12日現在）']);
  ws.mergeCells(2, 1, 2, 18);
  put(ws, 4, 1, ['区分', '指標', '単位', '年度目標', ...MONTHS, '年度計', '備考']);
  shade(ws, 4, 1, 4, 18);
  SAFETY.forEach((s, i) => {
    const r = 5 + i;
    put(ws, r, 1, [s.kind, s.name, s.unit, s.target, ...s.months]);
    ws.getCell(r, 17).value = s.kind === '当月' ? { formula: `SUM(E${r}:P${r})`, result: sumOf(s.months) } : '－';
    ws.getCell(r, 17).alignment = { horizontal: 'right' };
    for (let k = 4; k <= 17; k++) ws.getCell(r, k).numFmt = '#,##0';
  });
  ws.mergeCells(5, 1, 8, 1);
  ws.mergeCells(9, 1, 12, 1);
  ws.getCell(9, 18).value = '9月に総合防災訓練（2,030人）';
  ws.getCell(11, 18).value = '11月に養成講座（受験者19人、合格17人）';
  frame(ws, 4, 1, 12, 18);
  put(ws, 14, 1, ['※区分「各月末現在」の指標は各月末時点の数値を記載し、年度目標は年度末の目標値。区分「当月」の指標は当月の実績を記載。']);
}

const SAFETY_IND: ExpectedIndicator[] = SAFETY.map((s) =>
  ind('防災指標（月別）', s.name, s.unit, s.target, s.kind === '当月' ? sumOf(s.months) : s.months[11]),
);

const SAFETY_STOCKS: Holdout2Workbook = {
  name: 'h99-bosai-gatsumatsu',
  layout:
    'T: 防災 月別実績, 4月〜3月 and 年度計, 区分 「各月末現在」 (four stocks, two of them named （累計）, 年度計 「－」: the year is the 3月 figure) above 区分 「当月」 (four flows with 年度計 =SUM), 年度目標 left; summing the stocks would pass them all',
  build: buildStocks,
  expected: { file: 'h99-bosai-gatsumatsu.xlsx', fiscalYear: 2023, indicators: SAFETY_IND, groups: [] },
};

// ───────────────────────────── a 年度計 that leaves March out ─────────────────────────────

interface TourRow {
  name: string;
  unit: string;
  target: number;
  months: (number | string)[];
  written: string;
  note?: string;
}

/** Eleven months in proportion to the weights, then March as given. */
const withMarch = (total: number, march: number, w: number[]) => [...split(total - march, w), march];
const W = [8, 10, 9, 10, 12, 9, 11, 10, 6, 5, 6];

const TOURISM: TourRow[] = [
  { name: '観光案内所利用者数', unit: '人', target: 48000, months: withMarch(49200, 4600, W), written: 'B' },
  { name: '体験型観光プログラム参加者数', unit: '人', target: 3000, months: withMarch(2870, 310, W), written: 'B' },
  { name: '物産館売上額', unit: '千円', target: 96000, months: withMarch(97450, 8900, W), written: 'B' },
  {
    name: '市営キャンプ場利用者数',
    unit: '人',
    target: 12000,
    months: [...split(11240, [9, 14, 10, 22, 26, 11, 5, 3]), '休場', '休場', '休場', '休場'],
    written: 'B',
    note: '12月〜3月は冬季休場',
  },
  { name: '観光ボランティアガイド案内件数', unit: '件', target: 420, months: withMarch(352, 38, W), written: 'C' },
  { name: '教育旅行受入校数', unit: '校', target: 25, months: [0, 4, 6, 1, 0, 3, 5, 2, 0, 0, 1, 0], written: 'B' },
  { name: '観光公式サイトアクセス数', unit: '千件', target: 1200, months: withMarch(1236, 98, W), written: 'B' },
  { name: '外国人観光客案内件数', unit: '件', target: 1800, months: withMarch(1500, 140, W), written: 'C' },
];

function buildMarchLeftOut(wb: Workbook): void {
  const ws = wb.addWorksheet('月別実績（年間）');
  [5, 30, 7, ...MONTHS.map(() => 9), 11, 11, 9, 7, 26].forEach((w, i) => (ws.getColumn(i + 1).width = w));
  put(ws, 1, 1, ['令和６年度　観光振興事業　月別実績（年間集計）']);
  ws.mergeCells(1, 1, 1, 20);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['商工観光課　令和７年４月25日']);
  ws.mergeCells(2, 1, 2, 20);
  put(ws, 4, 1, ['No.', '項目', '単位', ...MONTHS, '年度計', '年間目標', '達成率', '評価', '備考']);
  shade(ws, 4, 1, 4, 20);
  TOURISM.forEach((t, i) => {
    const r = 5 + i;
    put(ws, r, 1, [i + 1, t.name, t.unit, ...t.months]);
    // The template's SUM was made when the sheet ended at 2月; the 3月 column added after it is outside the range.
    const shown = sumOf(t.months.slice(0, 11));
    ws.getCell(r, 16).value = { formula: `SUM(D${r}:N${r})`, result: shown };
    ws.getCell(r, 17).value = t.target;
    ws.getCell(r, 18).value = { formula: `P${r}/Q${r}`, result: shown / t.target };
    ws.getCell(r, 18).numFmt = '0.0%';
    ws.getCell(r, 19).value = t.written;
    ws.getCell(r, 19).alignment = { horizontal: 'center' };
    if (t.note) ws.getCell(r, 20).value = t.note;
    for (let k = 4; k <= 17; k++) ws.getCell(r, k).numFmt = '#,##0';
  });
  const last = 4 + TOURISM.length;
  frame(ws, 4, 1, last, 20);
  put(ws, last + 2, 1, ['※評価　Ａ：達成率100％以上　Ｂ：80％以上100％未満　Ｃ：60％以上80％未満　Ｄ：60％未満']);
  put(ws, last + 3, 1, ['※物産館売上額は税込。観光公式サイトアクセス数はページビュー数（千件未満切捨て）。']);
}

const TOURISM_IND: ExpectedIndicator[] = TOURISM.map((t) => ind('月別実績（年間）', t.name, t.unit, t.target, sumOf(t.months), { existing: t.written }));

const TOURISM_MARCH: Holdout2Workbook = {
  name: 'h99-kanko-nendokei-3gatsu',
  layout:
    'T: 観光振興 月別実績（年間集計）, 4月〜3月 filled, but 年度計 =SUM(D:N) stops at 2月 (cached totals without March), 達成率 =P/Q and the written 評価 follow it; the year is the twelve months (one row closed in 3月 is unaffected)',
  build: buildMarchLeftOut,
  expected: { file: 'h99-kanko-nendokei-3gatsu.xlsx', fiscalYear: 2024, indicators: TOURISM_IND, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [CARE_CUMULATIVE, SAFETY_STOCKS, TOURISM_MARCH];
