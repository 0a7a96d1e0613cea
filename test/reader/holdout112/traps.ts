/**
 * Hold-out 112, traps: a 経営比較分析表-style sheet whose 類似団体平均値 row under each 当該値 is not a target (the target is the
 * 経営戦略目標値（R5） column, 「－」 for two); a 下水道 決算 sheet with 当年度｜前年度｜増減 where 前年度 is last year's figure, not
 * the target, and 増減 carries ▲; a 進捗管理表 that states no year at all (実績値は直近の決算値, made 令和6年7月: the clerk takes
 * 令和5年度 and says so), with targets written 「100件以下」「5,800以下」.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const thin = { style: 'thin' as const };

function lines(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).border = { top: thin, left: thin, bottom: thin, right: thin };
}

// ---------------------------------------------------------------------------------------------------------------------
// 経営比較分析表: 当該値 / 類似団体平均値 rows, target column

const HIKAKU = '経営比較分析';

interface Hikaku {
  no: string;
  name: string;
  unit: string;
  down?: boolean;
  own: number[];
  avg: number[];
  target: number | string;
  memo: string;
}

const HIKAKU_ROWS: [string, Hikaku[]][] = [
  [
    '１．経営の健全性・効率性',
    [
      {
        no: '①',
        name: '経常収支比率',
        unit: '％',
        own: [108.9, 110.2, 106.5, 105.1, 104.8],
        avg: [112.8, 113.0, 112.4, 111.6, 111.2],
        target: 103.0,
        memo: '100％以上を維持',
      },
      { no: '②', name: '累積欠損金比率', unit: '％', down: true, own: [0, 0, 0, 0, 0], avg: [1.12, 1.08, 1.01, 0.98, 0.95], target: 0, memo: '欠損金なし' },
      { no: '③', name: '流動比率', unit: '％', own: [301.2, 297.8, 290.4, 288.0, 285.3], avg: [366.0, 363.8, 360.2, 357.5, 355.0], target: 250.0, memo: '' },
      {
        no: '④',
        name: '企業債残高対給水収益比率',
        unit: '％',
        down: true,
        own: [398.1, 402.7, 405.9, 409.3, 412.6],
        avg: [360.4, 357.2, 354.0, 351.6, 349.8],
        target: 400.0,
        memo: '借入抑制により上昇を抑える',
      },
      { no: '⑤', name: '料金回収率', unit: '％', own: [101.5, 102.3, 99.4, 98.2, 97.1], avg: [104.7, 105.1, 104.2, 103.9, 103.5], target: 100.0, memo: '' },
      {
        no: '⑥',
        name: '給水原価',
        unit: '円',
        down: true,
        own: [170.32, 171.05, 175.66, 179.8, 182.45],
        avg: [166.4, 167.9, 168.8, 170.1, 171.2],
        target: '－',
        memo: '目標値は設定していない',
      },
      { no: '⑦', name: '施設利用率', unit: '％', own: [59.6, 59.1, 58.8, 58.5, 58.2], avg: [61.2, 60.9, 60.6, 60.3, 60.1], target: '－', memo: '' },
      { no: '⑧', name: '有収率', unit: '％', own: [85.1, 85.6, 85.9, 86.0, 86.3], avg: [88.4, 88.2, 88.1, 88.0, 87.9], target: 90.0, memo: '漏水調査を強化' },
    ],
  ],
  [
    '２．老朽化の状況',
    [
      {
        no: '①',
        name: '有形固定資産減価償却率',
        unit: '％',
        down: true,
        own: [47.2, 48.1, 49.0, 49.9, 50.8],
        avg: [46.8, 47.6, 48.4, 49.0, 49.6],
        target: 52.0,
        memo: '',
      },
      {
        no: '②',
        name: '管路経年化率',
        unit: '％',
        down: true,
        own: [15.4, 17.0, 18.6, 20.1, 21.7],
        avg: [14.1, 15.2, 16.4, 17.5, 18.3],
        target: 20.0,
        memo: '',
      },
      {
        no: '③',
        name: '管路更新率',
        unit: '％',
        own: [0.62, 0.58, 0.6, 0.57, 0.55],
        avg: [0.7, 0.68, 0.67, 0.66, 0.66],
        target: 0.9,
        memo: '更新計画の前倒しを検討',
      },
    ],
  ],
];

function buildHikaku(wb: Workbook): void {
  const ws = wb.addWorksheet(HIKAKU);
  ws.columns = [
    { width: 4 },
    { width: 26 },
    { width: 6 },
    { width: 6 },
    { width: 14 },
    ...Array.from({ length: 5 }, () => ({ width: 9 })),
    { width: 14 },
    { width: 26 },
  ];
  put(ws, 1, 1, ['令和５年度決算　経営比較分析表（水道事業）に基づく目標管理']);
  ws.mergeCells('A1:L1');
  put(ws, 2, 1, ['※類似団体平均値は、総務省「経営比較分析表」の類似団体区分（給水人口5万人以上10万人未満）の平均値であり、参考として掲げる。']);
  ws.mergeCells('A2:L2');
  put(ws, 4, 1, ['No.', '指標', '単位', '方向', '区分', 'R1', 'R2', 'R3', 'R4', 'R5', '経営戦略目標値\n（R5）', '分析・取組']);
  ws.getCell(4, 11).alignment = { wrapText: true };
  let r = 5;
  for (const [head, rows] of HIKAKU_ROWS) {
    put(ws, r, 1, [head]);
    ws.mergeCells(r, 1, r, 12);
    r++;
    for (const h of rows) {
      put(ws, r, 1, [h.no, h.name, h.unit, h.down ? '↓' : '↑', '当該値', ...h.own, h.target, h.memo]);
      put(ws, r + 1, 5, ['類似団体平均値', ...h.avg]);
      for (const c of [1, 2, 3, 4, 11, 12]) ws.mergeCells(r, c, r + 1, c);
      r += 2;
    }
  }
  lines(ws, 4, 1, r - 1, 12);
  put(ws, r + 1, 1, ['方向：↑ 数値が高いほど良好　↓ 数値が低いほど良好（総務省の分析の考え方による）']);
}

const hikakuIndicators: ExpectedIndicator[] = HIKAKU_ROWS.flatMap(([, rows]) =>
  rows.map((h) => ind(HIKAKU, h.name, h.unit, typeof h.target === 'number' ? h.target : null, h.own[4], { direction: h.down ? 'down' : 'up' })),
);

// ---------------------------------------------------------------------------------------------------------------------
// 決算: 当年度｜前年度｜増減, target at the right

const KESSAN = '決算指標の点検';

interface Kessan {
  name: string;
  unit: string;
  cur: number;
  prev: number;
  dec: number;
  target: number | null;
  note?: string;
  down?: boolean;
}

const KESSAN_ROWS: Kessan[] = [
  { name: '処理区域内人口', unit: '人', cur: 48215, prev: 47980, dec: 0, target: null, note: '参考（目標設定なし）' },
  { name: '水洗化率', unit: '％', cur: 89.4, prev: 88.9, dec: 1, target: 91.0 },
  { name: '年間有収水量', unit: '千㎥', cur: 5122, prev: 5168, dec: 0, target: 5300 },
  { name: '不明水率', unit: '％', cur: 18.6, prev: 21.3, dec: 1, target: 20.0, note: '減少を目指す', down: true },
  { name: '経費回収率', unit: '％', cur: 92.3, prev: 90.1, dec: 1, target: 100.0 },
  { name: '経常収支比率', unit: '％', cur: 101.5, prev: 103.2, dec: 1, target: 100.0 },
  { name: '使用料単価', unit: '円/㎥', cur: 148.2, prev: 147.9, dec: 2, target: 150.0 },
  { name: '汚水処理原価', unit: '円/㎥', cur: 160.55, prev: 163.87, dec: 2, target: 150.0, note: '維持管理費の抑制', down: true },
  { name: '企業債残高', unit: '百万円', cur: 12480, prev: 12935, dec: 0, target: 12600, note: '残高の削減', down: true },
  { name: '管渠改築延長', unit: 'km', cur: 1.8, prev: 2.4, dec: 1, target: 2.5, note: '国費内示減' },
];

function zougen(cur: number, prev: number, dec: number): string {
  const d = Number((cur - prev).toFixed(dec));
  const s = Math.abs(d).toLocaleString('en-US', { minimumFractionDigits: dec, maximumFractionDigits: dec });
  return d < 0 ? `▲${s}` : `${s}`;
}

function buildKessan(wb: Workbook): void {
  const ws = wb.addWorksheet(KESSAN);
  ws.columns = [{ width: 18 }, { width: 8 }, { width: 14 }, { width: 14 }, { width: 10 }, { width: 14 }, { width: 22 }];
  put(ws, 1, 1, ['令和5年度決算に基づく経営戦略の点検（公共下水道事業会計）']);
  ws.mergeCells('A1:G1');
  put(ws, 2, 6, ['上下水道部 経営課']);
  put(ws, 3, 1, ['指標', '単位', '当年度\n（令和5年度）', '前年度\n（令和4年度）', '増減', '経営戦略の\n目標値', '備考']);
  for (let c = 1; c <= 7; c++) ws.getCell(3, c).alignment = { wrapText: true, horizontal: 'center' };
  KESSAN_ROWS.forEach((k, i) => {
    const r = 4 + i;
    put(ws, r, 1, [k.name, k.unit, k.cur, k.prev, zougen(k.cur, k.prev, k.dec), k.target ?? '－', k.note]);
    const fmt = k.dec === 0 ? '#,##0' : k.dec === 1 ? '0.0' : '0.00';
    for (const c of [3, 4, 6]) ws.getCell(r, c).numFmt = fmt;
    ws.getCell(r, 5).alignment = { horizontal: 'right' };
  });
  lines(ws, 3, 1, 3 + KESSAN_ROWS.length, 7);
  const n = 5 + KESSAN_ROWS.length;
  put(ws, n, 1, ['※増減＝当年度－前年度（▲は減）。目標値は下水道事業経営戦略（令和3年度改定）の令和5年度の値。']);
  put(ws, n + 1, 1, ['※経費回収率＝使用料単価÷汚水処理原価×100']);
}

const kessanIndicators: ExpectedIndicator[] = KESSAN_ROWS.map((k) => ind(KESSAN, k.name, k.unit, k.target, k.cur, { direction: k.down ? 'down' : 'up' }));

// ---------------------------------------------------------------------------------------------------------------------
// 進捗管理表 without a year

const SHINCHOKU = '進捗管理表';

function buildShinchoku(wb: Workbook): void {
  const ws = wb.addWorksheet(SHINCHOKU);
  ws.columns = [{ width: 8 }, { width: 26 }, { width: 30 }, { width: 9 }, { width: 12 }, { width: 10 }, { width: 9 }, { width: 6 }, { width: 12 }];
  put(ws, 1, 1, ['水道事業経営戦略　進捗管理表']);
  ws.mergeCells('A1:I1');
  put(ws, 3, 1, ['基本方針', '主な取組', '指標', '単位', '目標値', '実績値', '達成率', '評価', '担当']);
  const rows: (string | number)[][] = [
    ['安全', '管路の耐震化', '管路の耐震化率', '％', 30.0, 27.5, '91.7%', 'B', '工務課'],
    ['安全', '重要給水施設へのルートの耐震化', '重要給水施設配水管の耐震化率', '％', 50.0, 38.0, '76.0%', 'C', '工務課'],
    ['強靭', '老朽管の計画的更新', '管路更新率', '％', 1.0, 0.81, '81.0%', 'B', '工務課'],
    ['持続', '漏水防止対策', '有収率', '％', 92.0, 92.6, '100.7%', 'A', '給水課'],
    ['持続', '漏水防止対策', '漏水件数', '件', '100件以下', '87件', '114.9%', 'A', '給水課'],
    ['持続', '適正な料金水準', '料金回収率', '％', 100.0, 95.5, '95.5%', 'B', '総務課'],
    ['持続', '健全経営の維持', '経常収支比率', '％', '100.0以上', 104.1, '104.1%', 'A', '総務課'],
    ['持続', '企業債の抑制', '企業債残高', '百万円', '5,800以下', '5,912', '98.1%', 'A', '総務課'],
    ['環境', '省エネルギーの推進', '配水量1㎥当たり電力消費量', 'kWh/㎥', '0.40以下', 0.43, '93.0%', 'B', '浄水課'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  ws.mergeCells('A4:A5');
  ws.mergeCells('A7:A11');
  ws.mergeCells('B7:B8');
  lines(ws, 3, 1, 3 + rows.length, 9);
  const n = 5 + rows.length;
  put(ws, n, 1, ['※実績値は直近の決算値による。達成率は、「以下」とした指標は目標値÷実績値、その他は実績値÷目標値。']);
  put(ws, n + 1, 1, ['※評価：A 100％以上　B 80％以上　C 60％以上　D 60％未満']);
  put(ws, n + 3, 7, ['令和6年7月　上下水道局総務課作成']);
}

const shinchokuIndicators: ExpectedIndicator[] = [
  ind(SHINCHOKU, '管路の耐震化率', '％', 30, 27.5, { existing: 'B' }),
  ind(SHINCHOKU, '重要給水施設配水管の耐震化率', '％', 50, 38, { existing: 'C' }),
  ind(SHINCHOKU, '管路更新率', '％', 1, 0.81, { existing: 'B' }),
  ind(SHINCHOKU, '有収率', '％', 92, 92.6, { existing: 'A' }),
  ind(SHINCHOKU, '漏水件数', '件', 100, 87, { direction: 'down', existing: 'A' }),
  ind(SHINCHOKU, '料金回収率', '％', 100, 95.5, { existing: 'B' }),
  ind(SHINCHOKU, '経常収支比率', '％', 100, 104.1, { existing: 'A' }),
  ind(SHINCHOKU, '企業債残高', '百万円', 5800, 5912, { direction: 'down', existing: 'A' }),
  ind(SHINCHOKU, '配水量1㎥当たり電力消費量', 'kWh/㎥', 0.4, 0.43, { direction: 'down', existing: 'B' }),
];

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h112-hikaku-bunseki',
    layout:
      'trap: 経営比較分析表 style, 当該値 and 類似団体平均値 rows per indicator (R1〜R5), 経営戦略目標値（R5） column (「－」 for two), 方向 ↑／↓, ①… numbering restarting per section',
    build: buildHikaku,
    expected: { file: 'h112-hikaku-bunseki.xlsx', fiscalYear: 2023, indicators: hikakuIndicators, groups: [] },
  },
  {
    name: 'h112-kessan-zennen',
    layout: 'trap: 下水道 決算 当年度（令和5年度）｜前年度（令和4年度）｜増減 (▲) ｜経営戦略の目標値, 前年度 is not the target; a reference row with 「－」',
    build: buildKessan,
    expected: { file: 'h112-kessan-zennen.xlsx', fiscalYear: 2023, indicators: kessanIndicators, groups: [] },
  },
  {
    name: 'h112-shinchoku-nendo',
    layout:
      'trap: 進捗管理表 stating no year (実績値は直近の決算値, 令和6年7月作成 ⇒ 令和5年度, a guess), targets 「100件以下」「100.0以上」「5,800以下」, 達成率 as text',
    build: buildShinchoku,
    expected: { file: 'h112-shinchoku-nendo.xlsx', fiscalYear: 2023, indicators: shinchokuIndicators, groups: [], guesses: ['period'] },
  },
];
