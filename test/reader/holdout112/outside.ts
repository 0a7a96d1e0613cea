/**
 * Hold-out 112, outside the four families: a 経営戦略 投資・財政計画 progress table on two sheets with 令和4年度／令和5年度
 * （計画値｜実績値｜差引） and ▲ in 差引, a 水道事業ガイドライン 業務指標（PI）一覧 with PI番号, 望ましい方向 and an A–D 評価, the 上水・下水
 * tables side by side on one sheet (the right one with the unit in the name), and 下水道 普及状況 with years as rows and a
 * 目標（R7） row at the bottom, beside a reference sheet of populations.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const thin = { style: 'thin' as const };

function lines(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'middle' };
}

/** 実績 − 計画 as a 決算 table writes it: ▲ for minus, the plan's decimals. */
function sashihiki(plan: number, act: number, decimals: number): string {
  const d = Number((act - plan).toFixed(decimals));
  const s = Math.abs(d).toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
  return d < 0 ? `▲${s}` : s;
}

// ---------------------------------------------------------------------------------------------------------------------
// 投資・財政計画の進捗: two sheets, 計画値｜実績値｜差引 per year

interface PlanRow {
  name: string;
  unit: string;
  r4: [number, number];
  r5: [number, number];
  dec: number;
  note?: string;
  down?: boolean;
}

const SHUEKI = '収益的収支';
const SHIHON = '資本的収支';

const SHUEKI_ROWS: PlanRow[] = [
  { name: '年間有収水量', unit: '千㎥', r4: [10310, 10275], r5: [10240, 10118], dec: 0 },
  { name: '給水収益', unit: '百万円', r4: [1875, 1869], r5: [1862, 1831], dec: 0, note: '節水型機器の普及により減少' },
  { name: '営業費用', unit: '百万円', r4: [1730, 1712], r5: [1745, 1768], dec: 0, note: '費用の抑制に努める（動力費の高騰）', down: true },
  { name: '経常収支比率', unit: '％', r4: [104.5, 105.2], r5: [104.2, 103.1], dec: 1 },
  { name: '料金回収率', unit: '％', r4: [98.0, 98.7], r5: [98.5, 99.2], dec: 1 },
];

const SHIHON_ROWS: PlanRow[] = [
  { name: '建設改良費', unit: '百万円', r4: [1080, 1046], r5: [1120, 864], dec: 0, note: '入札不調により212百万円を翌年度へ繰越' },
  { name: '管路更新延長', unit: 'km', r4: [8.2, 8.0], r5: [8.5, 6.1], dec: 1 },
  { name: '管路更新率', unit: '％', r4: [0.82, 0.8], r5: [0.85, 0.61], dec: 2 },
  { name: '企業債借入額', unit: '百万円', r4: [540, 520], r5: [560, 420], dec: 0, note: '借入の抑制', down: true },
  { name: '企業債残高（年度末）', unit: '百万円', r4: [9410, 9380], r5: [9320, 9185], dec: 0, note: '残高の削減を目指す', down: true },
];

function planSheet(wb: Workbook, sheet: string, title: string, rows: PlanRow[]): void {
  const ws = wb.addWorksheet(sheet);
  ws.columns = [{ width: 22 }, { width: 8 }, ...Array.from({ length: 6 }, () => ({ width: 10 })), { width: 34 }];
  put(ws, 1, 1, ['水道事業経営戦略　投資・財政計画の進捗状況（令和５年度）']);
  ws.mergeCells('A1:I1');
  put(ws, 2, 1, [title]);
  put(ws, 2, 8, ['（単位：百万円、千㎥、km、％）']);
  ws.mergeCells('H2:I2');
  put(ws, 3, 1, ['区分', '単位', '令和4年度', undefined, undefined, '令和5年度', undefined, undefined, '備考']);
  put(ws, 4, 3, ['計画値', '実績値', '差引', '計画値', '実績値', '差引']);
  ws.mergeCells('A3:A4');
  ws.mergeCells('B3:B4');
  ws.mergeCells('C3:E3');
  ws.mergeCells('F3:H3');
  ws.mergeCells('I3:I4');
  rows.forEach((x, i) => {
    const r = 5 + i;
    put(ws, r, 1, [x.name, x.unit, x.r4[0], x.r4[1], sashihiki(x.r4[0], x.r4[1], x.dec), x.r5[0], x.r5[1], sashihiki(x.r5[0], x.r5[1], x.dec), x.note]);
    const fmt = x.dec === 0 ? '#,##0' : x.dec === 1 ? '0.0' : '0.00';
    for (const c of [3, 4, 6, 7]) ws.getCell(r, c).numFmt = fmt;
    for (const c of [5, 8]) ws.getCell(r, c).alignment = { horizontal: 'right' };
  });
  lines(ws, 3, 1, 4 + rows.length, 9);
  put(ws, 6 + rows.length, 1, ['※差引＝実績値－計画値（▲はマイナス）。実績値は決算額（税抜）。']);
}

function buildToushi(wb: Workbook): void {
  planSheet(wb, SHUEKI, '１　収益的収支・経営指標', SHUEKI_ROWS);
  planSheet(wb, SHIHON, '２　資本的収支・投資', SHIHON_ROWS);
}

const toushiIndicators: ExpectedIndicator[] = [
  ...SHUEKI_ROWS.map((x) => ind(SHUEKI, x.name, x.unit, x.r5[0], x.r5[1], { direction: x.down ? 'down' : 'up' })),
  ...SHIHON_ROWS.map((x) => ind(SHIHON, x.name, x.unit, x.r5[0], x.r5[1], { direction: x.down ? 'down' : 'up' })),
];

// ---------------------------------------------------------------------------------------------------------------------
// 業務指標（PI）一覧

const PI_SHEET = '業務指標（PI）';

interface Pi {
  no: string;
  name: string;
  unit: string;
  down?: boolean;
  y: [number, number, number];
  target: number | string;
  grade: string;
  formula: string;
}

const PIS: Pi[] = [
  { no: 'B110', name: '漏水率', unit: '％', down: true, y: [6.4, 6.1, 5.8], target: 5.0, grade: 'B', formula: '年間漏水量÷年間配水量×100' },
  { no: 'B112', name: '有収率', unit: '％', y: [89.8, 90.1, 90.3], target: 92.0, grade: 'B', formula: '年間有収水量÷年間配水量×100' },
  { no: 'B204', name: '管路の事故割合', unit: '件/100km', down: true, y: [2.3, 1.9, 1.6], target: 2.0, grade: 'A', formula: '管路の事故件数÷管路延長×100' },
  { no: 'B504', name: '管路の更新率', unit: '％', y: [0.71, 0.66, 0.58], target: 1.0, grade: 'C', formula: '更新された管路延長÷管路延長×100' },
  {
    no: 'B602',
    name: '浄水施設の耐震化率',
    unit: '％',
    y: [40.2, 40.2, 40.2],
    target: 60.0,
    grade: 'C',
    formula: '耐震対策の施された浄水施設能力÷全浄水施設能力×100',
  },
  { no: 'B605', name: '管路の耐震管率', unit: '％', y: [20.1, 21.3, 22.6], target: 22.0, grade: 'A', formula: '耐震管延長÷管路延長×100' },
  { no: 'B606', name: '基幹管路の耐震管率', unit: '％', y: [27.9, 29.8, 31.4], target: 35.0, grade: 'B', formula: '基幹管路のうち耐震管延長÷基幹管路延長×100' },
  {
    no: 'C102',
    name: '経常収支比率',
    unit: '％',
    y: [107.4, 105.8, 106.1],
    target: 105.0,
    grade: 'A',
    formula: '（営業収益＋営業外収益）÷（営業費用＋営業外費用）×100',
  },
  { no: 'C113', name: '料金回収率', unit: '％', y: [99.1, 97.9, 97.4], target: 100.0, grade: 'B', formula: '供給単価÷給水原価×100' },
  {
    no: 'C115',
    name: '給水原価',
    unit: '円/㎥',
    down: true,
    y: [168.2, 174.9, 178.3],
    target: 170.0,
    grade: 'B',
    formula: '（経常費用－受託工事費等）÷年間有収水量',
  },
  { no: 'C119', name: '自己資本構成比率', unit: '％', y: [71.2, 72.0, 72.8], target: '－', grade: '－', formula: '（資本金＋剰余金等）÷負債・資本合計×100' },
];

function buildPi(wb: Workbook): void {
  const ws = wb.addWorksheet(PI_SHEET);
  ws.columns = [
    { width: 8 },
    { width: 24 },
    { width: 10 },
    { width: 8 },
    { width: 10 },
    { width: 10 },
    { width: 10 },
    { width: 12 },
    { width: 6 },
    { width: 46 },
  ];
  put(ws, 1, 1, ['令和５年度　水道事業ガイドライン業務指標（PI）算定結果と目標の達成状況']);
  ws.mergeCells('A1:J1');
  put(ws, 2, 1, ['（JWWA Q 100:2016 による）']);
  put(ws, 3, 1, ['PI番号', '業務指標名', '単位', '望ましい方向', '算定値', undefined, undefined, '令和5年度\n目標値', '評価', '算定式']);
  put(ws, 4, 5, ['令和3年度', '令和4年度', '令和5年度']);
  for (const c of ['A', 'B', 'C', 'D', 'H', 'I', 'J']) ws.mergeCells(`${c}3:${c}4`);
  ws.mergeCells('E3:G3');
  PIS.forEach((p, i) => put(ws, 5 + i, 1, [p.no, p.name, p.unit, p.down ? '↓' : '↑', ...p.y, p.target, p.grade, p.formula]));
  lines(ws, 3, 1, 4 + PIS.length, 10);
  wrap(ws, 3, 1, 4, 10);
  const n = 6 + PIS.length;
  put(ws, n, 1, ['望ましい方向：↑ 値が大きいほど望ましい　↓ 値が小さいほど望ましい']);
  put(ws, n + 1, 1, ['評価：A 目標値を達成（達成率100％以上）　B 達成率80％以上　C 達成率60％以上　D 達成率60％未満　－ 目標値なし']);
  put(ws, n + 2, 1, ['達成率は、↑の指標は実績÷目標、↓の指標は目標÷実績により算出。']);
}

const piIndicators: ExpectedIndicator[] = PIS.map((p) =>
  ind(PI_SHEET, p.name, p.unit, typeof p.target === 'number' ? p.target : null, p.y[2], {
    direction: p.down ? 'down' : 'up',
    existing: p.grade === '－' ? undefined : p.grade,
  }),
);

// ---------------------------------------------------------------------------------------------------------------------
// 上水・下水の2表が横並び

const NARABI = '上下水道の主要指標';

function buildNarabi(wb: Workbook): void {
  const ws = wb.addWorksheet(NARABI);
  ws.columns = [
    { width: 3 },
    { width: 22 },
    { width: 7 },
    { width: 9 },
    { width: 9 },
    { width: 14 },
    { width: 3 },
    { width: 26 },
    { width: 9 },
    { width: 9 },
    { width: 14 },
  ];
  put(ws, 1, 2, ['令和5年度　上下水道事業　主要経営指標の目標と実績']);
  ws.mergeCells('B1:K1');
  put(ws, 2, 9, ['上下水道局 総務課']);
  put(ws, 4, 2, ['【水道事業】']);
  put(ws, 4, 8, ['【下水道事業】']);
  put(ws, 5, 2, ['指標', '単位', '目標', '実績', '達成状況']);
  put(ws, 5, 8, ['指標', '目標', '実績', '達成状況']);
  const left: (string | number)[][] = [
    ['有収率', '％', 90.5, 89.9, '概ね順調'],
    ['基幹管路の耐震適合率', '％', 40.0, 41.3, '順調'],
    ['漏水件数', '件', 95, 104, '概ね順調'],
    ['料金回収率', '％', 100.0, 94.2, '概ね順調'],
    ['経常収支比率', '％', 100.0, 102.6, '順調'],
  ];
  const right: (string | number)[][] = [
    ['下水道普及率（％）', 62.0, 61.1, '概ね順調'],
    ['水洗化率（％）', 90.0, 86.4, '順調'],
    ['経費回収率（％）', 100.0, 78.5, 'やや遅れている'],
    ['不明水率（％）', 20.0, 26.3, '遅れている'],
    ['管渠改築延長（km）', 2.0, '未実施', '遅れている'],
  ];
  left.forEach((row, i) => put(ws, 6 + i, 2, row));
  right.forEach((row, i) => put(ws, 6 + i, 8, row));
  lines(ws, 5, 2, 10, 6);
  lines(ws, 5, 8, 10, 11);
  put(ws, 12, 2, ['※漏水件数及び不明水率は、減少を目標とする指標です（目標÷実績で達成度を判断）。']);
  put(ws, 13, 2, ['※達成状況：順調（100％以上）、概ね順調（80％以上）、やや遅れている（60％以上）、遅れている（60％未満）']);
  put(ws, 14, 2, ['※管渠改築は国庫補助の採択が翌年度となったため未実施。']);
}

const narabiIndicators: ExpectedIndicator[] = [
  ind(NARABI, '有収率', '％', 90.5, 89.9, { existing: 'B' }),
  ind(NARABI, '基幹管路の耐震適合率', '％', 40, 41.3, { existing: 'A' }),
  ind(NARABI, '漏水件数', '件', 95, 104, { direction: 'down', existing: 'B' }),
  ind(NARABI, '料金回収率', '％', 100, 94.2, { existing: 'B' }),
  ind(NARABI, '経常収支比率', '％', 100, 102.6, { existing: 'A' }),
  ind(NARABI, '下水道普及率', '％', 62, 61.1, { existing: 'B' }),
  ind(NARABI, '水洗化率', '％', 90, 86.4, { existing: 'A' }),
  ind(NARABI, '経費回収率', '％', 100, 78.5, { existing: 'C' }),
  ind(NARABI, '不明水率', '％', 20, 26.3, { direction: 'down', existing: 'D' }),
  ind(NARABI, '管渠改築延長', 'km', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
];

// ---------------------------------------------------------------------------------------------------------------------
// 年度が行の推移

const SUII = '普及状況の推移';
const JINKO = '（参考）人口';

const SUII_COLS = [
  '下水道普及率（％）',
  '水洗化率（％）',
  '汚水処理人口普及率（％）',
  '合併処理浄化槽設置基数（基）',
  '下水道使用料収入（百万円）',
  '年間有収水量（千㎥）',
];
const SUII_YEARS: [string, (number | string)[]][] = [
  ['平成30年度', [55.2, 84.6, 82.9, 1088, 371, 3021]],
  ['令和元年度', [56.4, 85.1, 84.0, 1196, 379, 3088]],
  ['令和2年度', [57.9, 85.9, 85.3, 1301, 385, 3124]],
  ['令和3年度', [59.0, 86.6, 86.4, 1402, 390, 3170]],
  ['令和4年度', [60.3, 87.2, 87.3, 1515, 394, 3208]],
  ['令和5年度', [61.5, 87.9, 88.2, 1620, 398, 3250]],
];
const SUII_TARGET = [65.0, 95.0, 93.0, 1600, 480, 4200];

function buildSuii(wb: Workbook): void {
  const ws = wb.addWorksheet(SUII);
  ws.columns = [{ width: 16 }, ...SUII_COLS.map(() => ({ width: 14 })), { width: 24 }];
  put(ws, 1, 1, ['公共下水道　普及状況・経営状況の推移（令和5年度末現在）']);
  ws.mergeCells('A1:H1');
  put(ws, 3, 1, ['年度', ...SUII_COLS, '備考']);
  SUII_YEARS.forEach(([y, v], i) => put(ws, 4 + i, 1, [y, ...v]));
  put(ws, 5, 8, ['R1.10 消費税率改定に伴い使用料改定']);
  const t = 4 + SUII_YEARS.length;
  put(ws, t, 1, ['目標（R7）', ...SUII_TARGET, '下水道事業経営戦略（R3策定）']);
  for (let r = 4; r <= t; r++) {
    for (const c of [2, 3, 4]) ws.getCell(r, c).numFmt = '0.0';
    for (const c of [5, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
  }
  lines(ws, 3, 1, t, 8);
  wrap(ws, 3, 1, 3, 8);
  put(ws, t + 2, 1, ['※普及率＝処理区域内人口÷行政区域内人口、水洗化率＝水洗化人口÷処理区域内人口（各年度末）']);
  const js = wb.addWorksheet(JINKO);
  put(js, 1, 1, ['（参考）人口の推移（各年度末、住民基本台帳）']);
  put(js, 3, 1, ['年度', '行政区域内人口（人）', '処理区域内人口（人）', '水洗化人口（人）']);
  const pops: [string, number, number, number][] = [
    ['平成30年度', 52840, 29168, 24676],
    ['令和元年度', 52411, 29560, 25156],
    ['令和2年度', 51987, 30100, 25856],
    ['令和3年度', 51502, 30386, 26314],
    ['令和4年度', 51011, 30760, 26823],
    ['令和5年度', 50532, 31077, 27317],
  ];
  pops.forEach((p, i) => put(js, 4 + i, 1, p));
  for (let r = 4; r < 4 + pops.length; r++) for (const c of [2, 3, 4]) js.getCell(r, c).numFmt = '#,##0';
  lines(js, 3, 1, 3 + pops.length, 4);
}

const SUII_NAMES: [string, string][] = [
  ['下水道普及率', '％'],
  ['水洗化率', '％'],
  ['汚水処理人口普及率', '％'],
  ['合併処理浄化槽設置基数', '基'],
  ['下水道使用料収入', '百万円'],
  ['年間有収水量', '千㎥'],
];
const suiiIndicators: ExpectedIndicator[] = SUII_NAMES.map(([n, u], i) => ({
  ...ind(SUII, n, u, SUII_TARGET[i], SUII_YEARS[5][1][i] as number),
  targetSource: 'final',
}));

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h112-toushi-zaisei',
    layout:
      '経営戦略 投資・財政計画の進捗, two sheets, 令和4年度／令和5年度（計画値｜実績値｜差引） under merged headings, ▲ in 差引, 千㎥・百万円・km, 抑制／削減 in 備考',
    build: buildToushi,
    expected: { file: 'h112-toushi-zaisei.xlsx', fiscalYear: 2023, indicators: toushiIndicators, groups: [] },
  },
  {
    name: 'h112-pi-ichiran',
    layout: '業務指標（PI）一覧: PI番号 column, 望ましい方向 ↑／↓, 算定値 令和3〜5年度, 令和5年度目標値 and A–D 評価 (one 「－」), 算定式 column',
    build: buildPi,
    expected: { file: 'h112-pi-ichiran.xlsx', fiscalYear: 2023, indicators: piIndicators, groups: [] },
  },
  {
    name: 'h112-jougesui-narabi',
    layout:
      '上水・下水 side by side on one sheet: 【水道事業】 with a 単位 column, 【下水道事業】 with the unit in the name, 達成状況 in words, down-is-better in a footnote, 未実施',
    build: buildNarabi,
    expected: { file: 'h112-jougesui-narabi.xlsx', fiscalYear: 2023, indicators: narabiIndicators, groups: [] },
  },
  {
    name: 'h112-suisenka-suii',
    layout: 'years as rows (平成30年度〜令和5年度) and a 目標（R7） row at the bottom, units in the headings, beside a （参考）人口 sheet with no targets',
    build: buildSuii,
    expected: { file: 'h112-suisenka-suii.xlsx', fiscalYear: 2023, indicators: suiiIndicators, groups: [] },
  },
];
