/**
 * Hold-out set 99, four layouts outside the families (月次・四半期の進行管理): one sheet per month (4月〜3月) whose 当月｜累計
 * columns run on from the month before, the year read from the 3月 sheet; a 進行管理表 年度目標｜上期実績｜下期実績｜年度実績｜
 * 達成率｜評価 with the city's own bands and 下期 見込; a monthly table 4月〜12月 実績 and 1月〜3月 見込 with a 年度計（見込）; months
 * as rows (R6.4末〜R7.3末) with the indicators across, stocks and flows side by side and a 年度実績 row.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { Direction, ExpectedIndicator } from '../model';
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

function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

function shade(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const cell = ws.getCell(r, c);
      cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE2EFDA' } };
      cell.alignment = { wrapText: true, vertical: 'middle', horizontal: 'center' };
    }
}

/** A1 name of a 1-based column. */
function col(c: number): string {
  let s = '';
  for (let n = c; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** Integers in proportion to the weights that add up to the total exactly. */
function split(total: number, weights: number[]): number[] {
  const sw = weights.reduce((a, b) => a + b, 0);
  const raw = weights.map((w) => (total * w) / sw);
  const out = raw.map(Math.floor);
  let rest = total - out.reduce((a, b) => a + b, 0);
  const order = raw.map((x, i) => [x - Math.floor(x), i]).sort((a, b) => b[0] - a[0]);
  for (let k = 0; rest > 0; k++, rest--) out[order[k % order.length][1]]++;
  return out;
}

const sumOf = (xs: (number | string | null)[]) => xs.reduce<number>((a, b) => a + (typeof b === 'number' ? b : 0), 0);

// ───────────────────────────── one sheet per month ─────────────────────────────

interface MonthlyRow {
  name: string;
  kind: '延べ' | '月末現在' | '回数';
  unit: string;
  target: number;
  /** Twelve months, 4月〜3月; a string is written as is (休館, －). */
  months: (number | string)[];
  lastYear: (number | string)[];
  note?: string;
}

const SPORTS: MonthlyRow[] = [
  {
    name: '市民体育館利用者数',
    kind: '延べ',
    unit: '人',
    target: 180000,
    months: split(176420, [15.2, 14.6, 13.9, 16.4, 17.3, 14.1, 15.5, 14.2, 11.8, 12.9, 13.4, 12.6]),
    lastYear: split(171880, [14.8, 15.1, 14.3, 15.7, 17.6, 13.8, 15.2, 13.9, 12.2, 12.7, 13.1, 12.4]),
  },
  {
    name: 'スポーツ教室参加者数',
    kind: '延べ',
    unit: '人',
    target: 9600,
    months: split(10115, [8, 9, 9, 10, 7, 9, 10, 9, 7, 8, 8, 6]),
    lastYear: split(9402, [8, 9, 9, 10, 7, 9, 10, 9, 7, 8, 8, 6]),
  },
  {
    name: '総合型地域スポーツクラブ会員数',
    kind: '月末現在',
    unit: '人',
    target: 2400,
    months: [2210, 2236, 2248, 2251, 2254, 2262, 2270, 2275, 2279, 2283, 2290, 2296],
    lastYear: [2144, 2170, 2181, 2186, 2190, 2195, 2199, 2201, 2204, 2207, 2208, 2202],
  },
  {
    name: 'スポーツ少年団登録者数',
    kind: '月末現在',
    unit: '人',
    target: 1850,
    months: [1760, 1754, 1748, 1741, 1736, 1730, 1726, 1721, 1718, 1712, 1709, 1702],
    lastYear: [1832, 1829, 1823, 1818, 1811, 1807, 1799, 1794, 1790, 1786, 1780, 1771],
    note: '年度途中の退団による減',
  },
  {
    name: '市民プール利用者数',
    kind: '延べ',
    unit: '人',
    target: 52000,
    months: ['休場', '休場', 3120, 14880, 18640, 4240, '休場', '休場', '休場', '休場', '休場', '休場'],
    lastYear: ['休場', '休場', 3810, 17120, 21400, 5010, '休場', '休場', '休場', '休場', '休場', '休場'],
    note: '7月〜8月に設備故障による休場日あり',
  },
  {
    name: '出前スポーツ講座実施回数',
    kind: '回数',
    unit: '回',
    target: 60,
    months: [2, 4, 5, 4, 3, 5, 6, 5, 3, 3, 4, 3],
    lastYear: [3, 4, 5, 5, 4, 5, 6, 5, 4, 4, 4, 3],
  },
  {
    name: 'スポーツ施設予約システム登録団体数',
    kind: '月末現在',
    unit: '団体',
    target: 520,
    months: [498, 503, 507, 510, 512, 515, 519, 522, 525, 528, 531, 534],
    lastYear: [462, 468, 471, 474, 476, 480, 483, 486, 488, 491, 494, 496],
  },
  {
    name: '健康ウォーキング大会参加者数',
    kind: '延べ',
    unit: '人',
    target: 1500,
    months: ['－', '－', '－', '－', '－', '－', 1138, '－', '－', '－', '－', '－'],
    lastYear: ['－', '－', '－', '－', '－', '－', 1326, '－', '－', '－', '－', '－'],
    note: '10月20日開催（雨天のため短縮コース）',
  },
];

function buildMonthSheets(wb: Workbook): void {
  MONTHS.forEach((m, mi) => {
    const ws = wb.addWorksheet(m);
    widths(ws, [5, 34, 10, 7, 12, 12, 12, 10, 12, 30]);
    put(ws, 1, 1, [`令和６年度　スポーツ推進課　月次進行管理報告（${m}分）`]);
    ws.mergeCells(1, 1, 1, 10);
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['※累計実績は4月からの累計。月末現在の項目は当月末の数値で、累計欄は「－」。']);
    ws.mergeCells(2, 1, 2, 10);
    put(ws, 4, 1, ['No.', '項目', '区分', '単位', '年間目標', '当月実績', '累計実績', '進捗率', '前年同月', '備考']);
    shade(ws, 4, 1, 4, 10);
    SPORTS.forEach((s, i) => {
      const r = 5 + i;
      const now = s.months[mi];
      put(ws, r, 1, [i + 1, s.name, s.kind, s.unit, s.target, now, undefined, undefined, s.lastYear[mi], s.note]);
      const g = ws.getCell(r, 7);
      const h = ws.getCell(r, 8);
      if (s.kind === '月末現在') {
        g.value = '－';
        h.value = { formula: `F${r}/E${r}`, result: (now as number) / s.target };
      } else {
        const cum = sumOf(s.months.slice(0, mi + 1));
        g.value = mi === 0 ? { formula: `N(F${r})`, result: cum } : { formula: `'${MONTHS[mi - 1]}'!G${r}+N(F${r})`, result: cum };
        h.value = { formula: `G${r}/E${r}`, result: cum / s.target };
      }
      g.numFmt = '#,##0';
      h.numFmt = '0.0%';
      for (const c of [5, 6, 9]) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '#,##0';
      for (const c of [6, 7, 9]) ws.getCell(r, c).alignment = { horizontal: 'right', vertical: 'middle' };
    });
    frame(ws, 4, 1, 4 + SPORTS.length, 10);
    put(ws, 6 + SPORTS.length, 1, [`報告日：令和${mi < 8 ? 6 : 7}年${mi < 8 ? mi + 5 : mi - 7}月10日　担当：スポーツ推進係`]);
  });
}

const MONTH_SHEET = '3月';
const SPORTS_IND: ExpectedIndicator[] = SPORTS.map((s) =>
  ind(MONTH_SHEET, s.name, s.unit, s.target, s.kind === '月末現在' ? (s.months[11] as number) : sumOf(s.months)),
);

const SPORTS_MONTHLY: Holdout2Workbook = {
  name: 'h99-sports-geppo',
  layout:
    'N: one sheet per month 4月〜3月 (令和６年度 月次進行管理報告), 年間目標｜当月実績｜累計実績（前月シートからの式）｜進捗率｜前年同月, 月末現在 stocks with 累計 「－」; the year read from the 3月 sheet',
  build: buildMonthSheets,
  expected: { file: 'h99-sports-geppo.xlsx', fiscalYear: 2024, indicators: SPORTS_IND, groups: [] },
};

// ───────────────────────────── 進行管理表 (the city's own bands) ─────────────────────────────

interface Progress {
  pillar: string;
  name: string;
  unit: string;
  dir: Direction;
  target: number;
  first: number | string;
  second: number | string;
  year: number | string;
  /** The year's actual as a number (null: none), and whether it includes 見込. */
  actual: number | null;
  provisional?: boolean;
  notImplemented?: boolean;
  pending?: boolean;
  written?: string;
  note?: string;
}

const ENV: Progress[] = [
  {
    pillar: '１　循環型社会',
    name: '1人1日当たり家庭系ごみ排出量',
    unit: 'g',
    dir: 'down',
    target: 520,
    first: 538,
    second: '512\n（見込）',
    year: '525\n（見込）',
    actual: 525,
    provisional: true,
    written: 'B',
    note: '年度実績は年間排出量÷人口÷日数',
  },
  { pillar: '', name: 'リサイクル率', unit: '％', dir: 'up', target: 24.0, first: 20.6, second: 21.5, year: 21.1, actual: 21.1, written: 'B' },
  {
    pillar: '',
    name: '資源物回収量',
    unit: 't',
    dir: 'up',
    target: 6800,
    first: 3420,
    second: '3,310\n（見込）',
    year: '6,730\n（見込）',
    actual: 6730,
    provisional: true,
    written: 'A',
  },
  { pillar: '', name: '不法投棄処理件数', unit: '件', dir: 'down', target: 60, first: 28, second: 35, year: 63, actual: 63, written: 'B' },
  {
    pillar: '２　環境教育',
    name: '環境学習講座参加者数',
    unit: '人',
    dir: 'up',
    target: 1200,
    first: 540,
    second: 720,
    year: 1260,
    actual: 1260,
    written: 'A',
  },
  {
    pillar: '',
    name: 'エコドライブ講習会開催回数',
    unit: '回',
    dir: 'up',
    target: 6,
    first: '未実施',
    second: '未実施',
    year: '未実施',
    actual: null,
    notImplemented: true,
    written: 'D',
    note: '講師の確保ができず未実施',
  },
  {
    pillar: '３　脱炭素',
    name: '市の公共施設の温室効果ガス排出量',
    unit: 't-CO2',
    dir: 'down',
    target: 14500,
    first: '－',
    second: '－',
    year: '集計中',
    actual: null,
    pending: true,
    written: '－',
    note: '電力会社の排出係数公表後に算定（7月頃）',
  },
  {
    pillar: '',
    name: '住宅用太陽光発電設備設置補助件数',
    unit: '件',
    dir: 'up',
    target: 150,
    first: 61,
    second: '37\n（見込）',
    year: '98\n（見込）',
    actual: 98,
    provisional: true,
    written: 'C',
  },
  { pillar: '', name: '生ごみ処理機購入補助件数', unit: '件', dir: 'up', target: 80, first: 22, second: 18, year: 40, actual: 40, written: 'D' },
];

/** The city's own bands, stated on the sheet: A ≥ 100 %, B ≥ 90 %, C ≥ 70 %, D below (未実施 D). */
function cityGrade(target: number, actual: number | null, dir: Direction): string | null {
  if (actual === null) return null;
  const rate = dir === 'up' ? actual / target : actual === 0 ? Infinity : target / actual;
  return rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D';
}

function buildProgressTable(wb: Workbook): void {
  const ws = wb.addWorksheet('進行管理表');
  widths(ws, [5, 14, 32, 8, 7, 11, 12, 12, 12, 10, 7, 30]);
  put(ws, 1, 1, ['令和５年度　第３次環境基本計画　進行管理表']);
  ws.mergeCells(1, 1, 1, 12);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['環境政策課（令和６年２月末時点。下期実績のうち「（見込）」は１月〜３月分を見込で計上）']);
  ws.mergeCells(2, 1, 2, 12);
  put(ws, 4, 1, [
    'No.',
    '施策の柱',
    '指標',
    '単位',
    '目標の\n方向',
    '年度目標',
    '上期実績\n（4〜9月）',
    '下期実績\n（10〜3月）',
    '年度実績',
    '達成率',
    '評価',
    '備考',
  ]);
  shade(ws, 4, 1, 4, 12);
  ws.getRow(4).height = 32;
  let pillarStart = 5;
  ENV.forEach((e, i) => {
    const r = 5 + i;
    if (e.pillar && i > 0) {
      ws.mergeCells(pillarStart, 2, r - 1, 2);
      pillarStart = r;
    }
    put(ws, r, 1, [
      i + 1,
      e.pillar || undefined,
      e.name,
      e.unit,
      e.dir === 'up' ? '↑' : '↓',
      e.target,
      e.first,
      e.second,
      e.year,
      undefined,
      e.written,
      e.note,
    ]);
    const rate = ws.getCell(r, 10);
    if (typeof e.year === 'number') {
      const f = e.dir === 'up' ? `I${r}/F${r}` : `F${r}/I${r}`;
      rate.value = { formula: f, result: e.dir === 'up' ? e.year / e.target : e.target / e.year };
      rate.numFmt = '0.0%';
    } else if (e.actual !== null) {
      rate.value = `${(100 * (e.dir === 'up' ? e.actual / e.target : e.target / e.actual)).toFixed(1)}％\n（見込）`;
    } else rate.value = '－';
    for (const c of [6, 7, 8, 9]) {
      const cell = ws.getCell(r, c);
      if (typeof cell.value === 'number') cell.numFmt = e.unit === '％' ? '0.0' : '#,##0';
    }
    ws.getRow(r).height = 30;
  });
  ws.mergeCells(pillarStart, 2, 4 + ENV.length, 2);
  frame(ws, 4, 1, 4 + ENV.length, 12);
  const n = 6 + ENV.length;
  put(ws, n, 1, ['【評価基準】　Ａ：達成率100％以上　Ｂ：達成率90％以上100％未満　Ｃ：達成率70％以上90％未満　Ｄ：達成率70％未満（未実施を含む）']);
  put(ws, n + 1, 1, ['※達成率＝年度実績÷年度目標。目標の方向が↓（減少を目指す指標）は年度目標÷年度実績。']);
  put(ws, n + 2, 1, ['※1人1日当たり家庭系ごみ排出量の上期・下期は各期間の値（年度実績は上期・下期の合計ではない）。']);
  ws.mergeCells(n, 1, n, 12);
}

const ENV_IND: ExpectedIndicator[] = ENV.map((e) => {
  const out = ind('進行管理表', e.name, e.unit, e.target, e.actual, {
    direction: e.dir,
    existing: e.written && e.written !== '－' ? e.written : undefined,
    actualStatus: e.notImplemented ? 'not-implemented' : e.pending ? 'pending' : e.provisional ? 'provisional' : undefined,
  });
  out.grade = e.notImplemented ? 'D' : cityGrade(e.target, e.actual, e.dir);
  return out;
});

const ENV_PROGRESS: Holdout2Workbook = {
  name: 'h99-kankyo-shinko-kanri',
  layout:
    'N: 環境基本計画 進行管理表 年度目標｜上期実績｜下期実績｜年度実績｜達成率｜評価, the city bands (Ｂ 90％以上, Ｃ 70％以上) stated below, ↑/↓ column, 「512⏎（見込）」 in 下期 and 年度, a per-capita figure that is no sum of the halves, 未実施, 集計中',
  build: buildProgressTable,
  expected: { file: 'h99-kankyo-shinko-kanri.xlsx', fiscalYear: 2023, indicators: ENV_IND, groups: [] },
};

// ───────────────────────────── 4月〜12月 実績, 1月〜3月 見込 ─────────────────────────────

interface Forecast {
  name: string;
  unit: string;
  target: number | string;
  months: number[];
  stock?: boolean;
  note?: string;
}

const HEALTH: Forecast[] = [
  { name: '特定健康診査受診者数', unit: '人', target: 9800, months: split(9350, [3, 6, 14, 16, 15, 13, 12, 8, 5, 4, 3, 1]) },
  { name: 'がん検診受診者数（延べ）', unit: '人', target: 21000, months: split(22180, [2, 8, 13, 14, 12, 13, 14, 12, 6, 3, 2, 1]) },
  { name: '健康相談件数', unit: '件', target: 1800, months: split(1412, [9.4, 8.1, 8.8, 7.6, 7.2, 9.3, 8.9, 8.4, 6.8, 8.2, 9.1, 9.6]) },
  { name: '母子健康手帳交付数', unit: '件', target: '－', months: split(612, [9, 8, 9, 8, 9, 8, 9, 8, 8, 8, 8, 8]), note: '目標は設定しない（実績把握のみ）' },
  {
    name: '健康ポイント事業参加登録者数',
    unit: '人',
    target: 5000,
    months: [3820, 3905, 3990, 4066, 4118, 4190, 4262, 4330, 4398, 4470, 4545, 4620],
    stock: true,
    note: '月末現在の登録者数。年度計欄は3月末見込',
  },
  { name: '禁煙外来治療費助成件数', unit: '件', target: 40, months: [1, 2, 1, 2, 1, 2, 2, 1, 1, 2, 1, 2] },
  { name: '離乳食教室参加者数', unit: '人', target: 360, months: split(371, [10, 11, 9, 12, 8, 10, 11, 10, 9, 10, 11, 12]) },
  { name: '定期予防接種接種者数（延べ）', unit: '人', target: 14500, months: split(13980, [9, 9, 8, 8, 8, 8, 9, 9, 8, 8, 8, 8]) },
];

function buildForecastTable(wb: Workbook): void {
  const ws = wb.addWorksheet('月別実績・見込');
  widths(ws, [5, 30, 6, 10, ...MONTHS.map(() => 8), 11, 10, 28]);
  put(ws, 1, 1, ['令和６年度　健康づくり課　事業別月別実績及び年度見込']);
  ws.mergeCells(1, 1, 1, 19);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['（令和７年１月31日現在。4月〜12月は実績、1月〜3月は見込）']);
  ws.mergeCells(2, 1, 2, 19);
  put(ws, 4, 1, ['No.', '事業・指標', '単位', '年間目標', '実績']);
  put(ws, 4, 14, ['見込']);
  put(ws, 4, 17, ['年度計\n（見込）', '達成率\n（見込）', '備考']);
  put(ws, 5, 5, MONTHS);
  for (const c of [1, 2, 3, 4, 17, 18, 19]) ws.mergeCells(4, c, 5, c);
  ws.mergeCells(4, 5, 4, 13);
  ws.mergeCells(4, 14, 4, 16);
  shade(ws, 4, 1, 5, 19);
  HEALTH.forEach((h, i) => {
    const r = 6 + i;
    put(ws, r, 1, [i + 1, h.name, h.unit, h.target, ...h.months]);
    const total = h.stock ? h.months[11] : sumOf(h.months);
    ws.getCell(r, 17).value = h.stock ? { formula: `P${r}`, result: total } : { formula: `SUM(E${r}:P${r})`, result: total };
    const rate = ws.getCell(r, 18);
    if (typeof h.target === 'number') {
      rate.value = { formula: `Q${r}/D${r}`, result: total / h.target };
      rate.numFmt = '0.0%';
    } else rate.value = '－';
    if (h.note) ws.getCell(r, 19).value = h.note;
    for (let c = 4; c <= 17; c++) if (typeof ws.getCell(r, c).value !== 'string') ws.getCell(r, c).numFmt = '#,##0';
    for (let c = 14; c <= 16; c++) ws.getCell(r, c).font = { italic: true, color: { argb: 'FF1F4E79' } };
  });
  const last = 5 + HEALTH.length;
  frame(ws, 4, 1, last, 19);
  put(ws, last + 2, 1, ['※1月〜3月の見込は、前年度同月の実績と予約状況から算出。年度計は実績と見込の合計（月末現在で把握する項目は3月末の見込）。']);
}

const HEALTH_IND: ExpectedIndicator[] = HEALTH.map((h) =>
  ind('月別実績・見込', h.name, h.unit, typeof h.target === 'number' ? h.target : null, h.stock ? h.months[11] : sumOf(h.months), {
    actualStatus: 'provisional',
  }),
);

const HEALTH_FORECAST: Holdout2Workbook = {
  name: 'h99-kenko-getsubetsu-mikomi',
  layout:
    'N: 健康づくり課 monthly columns under 実績（4月〜12月）and 見込（1月〜3月）, 年間目標 left, 年度計（見込）=SUM and 達成率（見込）right, a 月末現在 stock whose 年度計 is =P (3月末見込), one row with 年間目標 「－」',
  build: buildForecastTable,
  expected: { file: 'h99-kenko-getsubetsu-mikomi.xlsx', fiscalYear: 2024, indicators: HEALTH_IND, groups: [] },
};

// ───────────────────────────── months as rows ─────────────────────────────

interface Column {
  name: string;
  unit: string;
  stock: boolean;
  dir: Direction;
  target: number;
  months: number[];
}

const NURSERY: Column[] = [
  {
    name: '保育の受け皿（利用定員）',
    unit: '人',
    stock: true,
    dir: 'up',
    target: 3520,
    months: [3420, 3420, 3420, 3435, 3435, 3435, 3460, 3460, 3460, 3480, 3480, 3480],
  },
  { name: '待機児童数', unit: '人', stock: true, dir: 'down', target: 10, months: [0, 2, 3, 5, 6, 8, 9, 11, 12, 12, 13, 14] },
  { name: '延長保育登録児童数', unit: '人', stock: true, dir: 'up', target: 820, months: [742, 756, 768, 770, 774, 779, 781, 785, 788, 791, 795, 798] },
  { name: '一時預かり事業延べ利用者数', unit: '人', stock: false, dir: 'up', target: 7200, months: split(6930, [7, 8, 8, 9, 10, 8, 8, 8, 9, 8, 8, 9]) },
  { name: '病児・病後児保育延べ利用者数', unit: '人', stock: false, dir: 'up', target: 1500, months: split(1622, [7, 8, 9, 8, 6, 7, 8, 9, 11, 12, 9, 8]) },
  { name: '地域子育て支援拠点延べ利用者数', unit: '人', stock: false, dir: 'up', target: 24000, months: split(25310, [7, 8, 8, 9, 10, 8, 9, 8, 7, 8, 8, 9]) },
  { name: '保育士・保育所支援センター経由の就職者数', unit: '人', stock: false, dir: 'up', target: 36, months: [4, 1, 2, 1, 0, 3, 1, 2, 1, 2, 1, 3] },
];

function buildMonthRows(wb: Workbook): void {
  const ws = wb.addWorksheet('月別推移');
  widths(ws, [14, ...NURSERY.map(() => 15)]);
  const last = 1 + NURSERY.length;
  put(ws, 1, 1, ['保育所等の利用状況及び子育て支援事業の実施状況（月別推移）']);
  ws.mergeCells(1, 1, 1, last);
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  put(ws, 2, 1, ['保育課']);
  put(ws, 4, 1, ['区分', '月末現在']);
  put(ws, 4, 5, ['当月実績']);
  ws.mergeCells(4, 2, 4, 4);
  ws.mergeCells(4, 5, 4, last);
  put(ws, 5, 1, ['項目', ...NURSERY.map((n) => n.name)]);
  put(ws, 6, 1, ['単位', ...NURSERY.map((n) => n.unit)]);
  shade(ws, 4, 1, 6, last);
  ws.getRow(5).height = 45;
  const labels = ['令和６年４月末', '５月末', '６月末', '７月末', '８月末', '９月末', '10月末', '11月末', '12月末', '令和７年１月末', '２月末', '３月末'];
  labels.forEach((l, mi) => put(ws, 7 + mi, 1, [l, ...NURSERY.map((n) => n.months[mi])]));
  const yr = 19;
  put(ws, yr, 1, ['年度実績']);
  put(ws, yr + 1, 1, ['年度目標', ...NURSERY.map((n) => n.target)]);
  put(ws, yr + 2, 1, ['達成率']);
  NURSERY.forEach((n, i) => {
    const c = 2 + i;
    const L = col(c);
    const actual = n.stock ? n.months[11] : sumOf(n.months);
    ws.getCell(yr, c).value = n.stock ? { formula: `${L}18`, result: actual } : { formula: `SUM(${L}7:${L}18)`, result: actual };
    ws.getCell(yr + 2, c).value =
      n.dir === 'up' ? { formula: `${L}${yr}/${L}${yr + 1}`, result: actual / n.target } : { formula: `${L}${yr + 1}/${L}${yr}`, result: n.target / actual };
    ws.getCell(yr + 2, c).numFmt = '0.0%';
    for (let r = 7; r <= yr + 1; r++) ws.getCell(r, c).numFmt = '#,##0';
  });
  for (const r of [yr, yr + 1, yr + 2]) ws.getCell(r, 1).font = { bold: true };
  frame(ws, 4, 1, yr + 2, last);
  put(ws, yr + 4, 1, ['※年度実績欄：月末現在の項目は３月末の数値、当月実績の項目は４月〜３月の合計。']);
  put(ws, yr + 5, 1, ['※待機児童数は減少を目指す指標のため、達成率＝年度目標÷年度実績。']);
  put(ws, yr + 6, 1, ['※待機児童数は国の定義による。年度途中の入所申込により年度後半に増加する。']);

  const memo = wb.addWorksheet('メモ');
  memo.getColumn(1).width = 90;
  put(memo, 1, 1, ['毎月10日までに前月末の数値を入力すること。']);
  put(memo, 2, 1, ['延べ利用者数は各事業者からの実績報告（月報）による。']);
}

const NURSERY_IND: ExpectedIndicator[] = NURSERY.map((n) =>
  ind('月別推移', n.name, n.unit, n.target, n.stock ? n.months[11] : sumOf(n.months), { direction: n.dir }),
);

const NURSERY_MONTH_ROWS: Holdout2Workbook = {
  name: 'h99-hoiku-getsubetsu-suii',
  layout:
    'N: 保育課 months as rows 「令和６年４月末」〜「３月末」 (the year only there), indicators across under 月末現在｜当月実績, a 年度実績 row (=B18 for stocks, SUM for flows), 年度目標 and 達成率 rows, 待機児童数 rising to 14 with 目標 10 (↓ in a note)',
  build: buildMonthRows,
  expected: { file: 'h99-hoiku-getsubetsu-suii.xlsx', fiscalYear: 2024, indicators: NURSERY_IND, groups: [] },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [SPORTS_MONTHLY, ENV_PROGRESS, HEALTH_FORECAST, NURSERY_MONTH_ROWS];
