/**
 * Hold-out set 156, three traps a careless reader falls into with 道の駅・農産物直売所・6次産業化 workbooks: a 令和４年度 評価表
 * whose 令和５年度 columns (12月末現在) are already filled, a 進捗状況 table with 単年度 and 累計 実績 beside a 累計 目標 and a
 * target 「増加」 that is not a number, and a 達成状況 table with ％ stored as fractions, a 「5.0％以下」 target, a 速報値 and notes
 * full of figures.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 9. Other years' columns: 令和４年度 is evaluated; 令和５年度 目標／実績（12月末現在） and 最終目標（令和７年度） sit to the right.

interface Row9 {
  name: string;
  unit: string;
  way: '↑' | '↓';
  r2: number;
  r3: number;
  t4: number;
  a4: number;
  t5: number;
  a5: number;
  final: number;
  note: string;
}

const ROWS9: Row9[] = [
  { name: '道の駅「かわせみ」来場者数', unit: '人', way: '↑', r2: 214380, r3: 268900, t4: 350000, a4: 322480, t5: 360000, a5: 298100, final: 400000, note: '' },
  { name: '農産物直売所販売額', unit: '千円', way: '↑', r2: 152300, r3: 171050, t4: 180000, a4: 186720, t5: 190000, a5: 150230, final: 210000, note: '' },
  {
    name: '農家レストラン利用者数',
    unit: '人',
    way: '↑',
    r2: 12480,
    r3: 15920,
    t4: 24000,
    a4: 17950,
    t5: 25000,
    a5: 19880,
    final: 30000,
    note: '人手不足により営業日を週5日に縮小',
  },
  { name: '特産品加工所の新商品数', unit: '品', way: '↑', r2: 2, r3: 4, t4: 5, a4: 5, t5: 5, a5: 6, final: 5, note: '各年度の新商品数' },
  { name: '道の駅での食品廃棄量', unit: 'トン', way: '↓', r2: 8.2, r3: 7.9, t4: 7.0, a4: 7.6, t5: 6.5, a5: 4.9, final: 5.0, note: '令和5年度から堆肥化を開始' },
];

const otherYears: Holdout2Workbook = {
  name: 'h156-trap-otheryears',
  layout:
    '令和４年度 地域振興施設 成果指標 評価表: 令和２年度・令和３年度 実績, 令和４年度 目標｜実績｜達成率, then 令和５年度 目標｜実績（12月末現在） already filled and 最終目標（令和７年度）; 方向 ↑／↓',
  build(wb) {
    const ws = wb.addWorksheet('成果指標評価');
    widths(ws, [5, 28, 7, 6, 11, 11, 11, 11, 9, 11, 13, 12, 26]);
    merge(ws, 1, 1, 1, 13, '令和４年度　地域振興施設（道の駅等）成果指標 評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 13, '評価対象年度：令和４年度　　※令和５年度の実績は12月末現在の参考値');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    put(ws, 3, 5, ['令和２年度', '令和３年度']);
    put(ws, 4, 5, ['実績', '実績']);
    merge(ws, 3, 7, 3, 9, '令和４年度');
    put(ws, 4, 7, ['目標', '実績', '達成率']);
    merge(ws, 3, 10, 3, 11, '令和５年度（参考）');
    put(ws, 4, 10, ['目標', '実績\n（12月末現在）']);
    merge(ws, 3, 12, 4, 12, '最終目標\n（令和７年度）');
    merge(ws, 3, 13, 4, 13, '備考');
    ROWS9.forEach((x, i) => {
      const r = 5 + i;
      const rate = x.way === '↑' ? x.a4 / x.t4 : x.t4 / x.a4;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.way, x.r2, x.r3, x.t4, x.a4, Math.round(rate * 1000) / 1000, x.t5, x.a5, x.final, x.note || undefined]);
      for (const c of [5, 6, 7, 8, 10, 11, 12]) ws.getCell(r, c).numFmt = x.unit === 'トン' ? '0.0' : '#,##0';
      ws.getCell(r, 9).numFmt = '0.0%';
    });
    const end = 4 + ROWS9.length;
    wrap(ws, 3, 1, end, 13);
    box(ws, 3, 1, end, 13);
    merge(ws, end + 1, 1, end + 1, 13, '※方向　↑：増加を目指す　↓：減少を目指す。達成率は↑が実績÷目標、↓が目標÷実績。');
  },
  expected: {
    file: 'h156-trap-otheryears.xlsx',
    fiscalYear: 2022,
    indicators: ROWS9.map((x) => ind('成果指標評価', x.name, x.unit, x.t4, x.a4, { direction: x.way === '↓' ? 'down' : 'up' })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 10. 累計 vs 単年度: the 令和5年度末目標 is cumulative, so the 累計 実績 is the actual (not the 単年度 one); a target 「増加」.

interface Row10 {
  name: string;
  unit: string;
  final: number | string;
  target: number | string;
  single: number;
  total: number | string;
  note: string;
}

const ROWS10: Row10[] = [
  { name: '総合化事業計画の認定件数', unit: '件', final: 15, target: 12, single: 2, total: 10, note: '（参考）令和4年度末 8件' },
  { name: '６次産業化商品の開発数', unit: '品目', final: 60, target: 45, single: 8, total: 47, note: 'ジャム・ドレッシング等 8品目' },
  { name: '直売所の新規出荷者数', unit: '人', final: 100, target: 75, single: 14, total: 58, note: '前年度 16人' },
  { name: '６次産業化研修会の受講者数', unit: '人', final: 500, target: 360, single: 92, total: 341, note: '延べ人数' },
  { name: '直売所の年間販売額', unit: '千円', final: '増加', target: '増加', single: 212400, total: '－', note: '単年度の指標（前年度 205,180千円）' },
];

const ruikei: Holdout2Workbook = {
  name: 'h156-trap-ruikei',
  layout:
    '６次産業化推進戦略 指標の進捗状況（令和５年度）: 計画目標（令和7年度末・累計）｜令和5年度末目標（累計）｜令和5年度実績（単年度）｜令和5年度末実績（累計）, the 累計 actual answers the 累計 target; a target 「増加」; 備考 with figures 「（参考）令和4年度末 8件」',
  build(wb) {
    const ws = wb.addWorksheet('進捗状況');
    widths(ws, [5, 30, 7, 14, 14, 14, 14, 30]);
    merge(ws, 1, 1, 1, 8, '６次産業化推進戦略　指標の進捗状況（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 8, '戦略期間：令和３年度～令和７年度　　農林課　６次産業化推進係');
    put(ws, 4, 1, [
      'No.',
      '指標',
      '単位',
      '計画目標\n（令和7年度末・累計）',
      '令和5年度末目標\n（累計）',
      '令和5年度実績\n（単年度）',
      '令和5年度末実績\n（累計）',
      '備考',
    ]);
    ROWS10.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, x.name, x.unit, x.final, x.target, x.single, x.total, x.note]);
      for (const c of [4, 5, 6, 7]) ws.getCell(r, c).numFmt = '#,##0';
    });
    const end = 4 + ROWS10.length;
    wrap(ws, 4, 1, end, 8);
    box(ws, 4, 1, end, 8);
    merge(ws, end + 1, 1, end + 1, 8, '※累計は戦略期間（令和３年度）からの累計。直売所の年間販売額は各年度の販売額（前年度からの増加を目標とする）。');
  },
  expected: {
    file: 'h156-trap-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: ROWS10.map((x) =>
      typeof x.target === 'number' ? ind('進捗状況', x.name, x.unit, x.target, x.total as number) : ind('進捗状況', x.name, x.unit, null, x.single),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 11. ％ stored as fractions under a % format, a 「5.0％以下」 target (down), a 速報値, 達成率 fractions, notes with figures.

const ritsu: Holdout2Workbook = {
  name: 'h156-trap-ritsu',
  layout:
    '令和３年度 道の駅・直売所 運営指標の達成状況: ％ as fractions under 0.0% (0.652 → 65.2%), one 「58.3％」 as text, a 「5.0％以下」 target, 「176,420⏎（速報値）」, a 達成率 column of fractions, 目標達成 ○／×, 備考 「前年度 61.8％」「うち 道の駅 18,420千円」',
  build(wb) {
    const ws = wb.addWorksheet('達成状況');
    widths(ws, [34, 7, 12, 14, 9, 9, 30]);
    merge(ws, 1, 1, 1, 7, '令和３年度　道の駅・直売所　運営指標の達成状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 2, 1, 2, 7, '（対象期間：令和3年4月1日～令和4年3月31日）　道の駅「ゆめの丘」運営協議会');
    put(ws, 4, 1, ['指標名', '単位', '目標値', '実績値', '達成率', '目標\n達成', '備考']);
    const rows: [string, string, number | string, number | string, number | string, string, string][] = [
      ['直売所販売額に占める市内産品の割合', '％', 0.7, 0.652, 0.931, '×', '前年度 61.8％'],
      ['道の駅来場者のうち市外在住者の割合', '％', 55, '58.3％', 1.06, '○', '（前年比 +4.1ポイント）'],
      ['レジ通過者数', '人', 185000, '176,420\n（速報値）', 0.954, '×', '確定値は令和4年6月に公表'],
      ['農産物の売れ残り率', '％', '5.0％以下', 0.043, '－', '○', '前年度 5.6％'],
      ['農家レストランの客単価', '円', 1200, 1138, 0.948, '×', '前年度 1,095円'],
      ['加工品の販売額', '千円', 24000, 26815, 1.117, '○', 'うち 道の駅 18,420千円'],
    ];
    rows.forEach((x, i) => {
      const r = 5 + i;
      put(ws, r, 1, x);
      for (const c of [3, 4]) {
        const v = x[c - 1];
        if (typeof v === 'number') ws.getCell(r, c).numFmt = v < 1 ? '0.0%' : '#,##0';
      }
      if (typeof x[4] === 'number') ws.getCell(r, 5).numFmt = '0.0%';
    });
    wrap(ws, 4, 1, 4 + rows.length, 7);
    box(ws, 4, 1, 4 + rows.length, 7);
    merge(ws, 6 + rows.length, 1, 6 + rows.length, 7, '※達成率＝実績値÷目標値（売れ残り率は目標値以下で達成）。目標達成欄　○：達成　×：未達成');
  },
  expected: {
    file: 'h156-trap-ritsu.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('達成状況', '直売所販売額に占める市内産品の割合', '％', 70, 65.2),
      ind('達成状況', '道の駅来場者のうち市外在住者の割合', '％', 55, 58.3),
      ind('達成状況', 'レジ通過者数', '人', 185000, 176420, { actualStatus: 'provisional' }),
      ind('達成状況', '農産物の売れ残り率', '％', 5, 4.3, { direction: 'down' }),
      ind('達成状況', '農家レストランの客単価', '円', 1200, 1138),
      ind('達成状況', '加工品の販売額', '千円', 24000, 26815),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, ruikei, ritsu];
