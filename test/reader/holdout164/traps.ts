/**
 * Hold-out set 164, traps a careless reader falls into in 再生可能エネルギー・省エネルギー workbooks: a 令和６年度 再エネ・省エネ
 * 設備導入状況 with 単年度 目標／実績 beside a 参考：累計 pair and ％ stored as fractions; a 令和元年度 エコオフィス点検表 whose
 * targets are partly words (「前年度以下」「削減に努める」「全職員が受講」), with 前年度実績, a 前年度比 and 備考 full of
 * figures, and ○× without bands; a 2024年度 推進会議資料 of 2023年度 results with 2022年度実績 and 2030年度目標 columns,
 * full-width digits and 備考 figures of the next year.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 単年度 vs 累計, ％ as fractions (令和６年度).

interface Row {
  name: string;
  unit: string;
  last: number;
  target: number;
  actual: number;
  cumTarget: number;
  cumActual: number;
}

const DONYU: Row[] = [
  { name: '住宅用太陽光発電設備の設置補助件数', unit: '件', last: 268, target: 300, actual: 276, cumTarget: 900, cumActual: 812 },
  { name: '家庭用燃料電池（エネファーム）の設置補助件数', unit: '件', last: 41, target: 50, actual: 38, cumTarget: 150, cumActual: 120 },
  { name: '省エネ家電買替補助件数', unit: '件', last: 233, target: 250, actual: 281, cumTarget: 750, cumActual: 702 },
  { name: '公共施設で使用する電力の再エネ比率', unit: '％', last: 0.284, target: 0.35, actual: 0.312, cumTarget: 0, cumActual: 0 },
  { name: '省エネ行動を実践している市民の割合', unit: '％', last: 0.652, target: 0.7, actual: 0.688, cumTarget: 0, cumActual: 0 },
];

const pct = (r: Row, v: number) => (r.unit === '％' ? Math.round(v * 1000) / 10 : v);

const DONYU_FACTS: ExpectedIndicator[] = DONYU.map((r) => ind('導入状況', r.name, r.unit, pct(r, r.target), pct(r, r.actual)));

const tannendo: Holdout2Workbook = {
  name: 'h164-trap-tannendo-ruikei',
  layout:
    "令和６年度 再エネ・省エネ設備の導入状況: 令和５年度実績｜令和６年度（単年度） 目標・実績｜参考：計画期間累計（令和４～６年度） 目標・実績 (larger numbers), 「－」 累計 for ％ rows, ％ stored as fractions under 0.0% (31.2 % is 0.312), a 達成率 column; the 単年度 pair is the year's",
  build(wb) {
    const ws = wb.addWorksheet('導入状況');
    widths(ws, [5, 38, 6, 12, 12, 12, 12, 12, 10]);
    merge(ws, 1, 1, 1, 9, '令和６年度　再生可能エネルギー・省エネルギー設備の導入状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '令和５年度\n実績');
    merge(ws, 3, 5, 3, 6, '令和６年度（単年度）');
    put(ws, 4, 5, ['目標', '実績']);
    merge(ws, 3, 7, 3, 8, '参考：計画期間累計\n（令和４～６年度）');
    put(ws, 4, 7, ['目標', '実績']);
    merge(ws, 3, 9, 4, 9, '達成率\n（単年度）');
    DONYU.forEach((d, i) => {
      const r = 5 + i;
      const isPct = d.unit === '％';
      put(ws, r, 1, [i + 1, d.name, d.unit, d.last, d.target, d.actual, isPct ? '－' : d.cumTarget, isPct ? '－' : d.cumActual]);
      ws.getCell(r, 9).value = { formula: `F${r}/E${r}`, result: d.actual / d.target };
      ws.getCell(r, 9).numFmt = '0.0%';
      for (let c = 4; c <= 8; c++) ws.getCell(r, c).numFmt = isPct ? '0.0%' : '#,##0';
    });
    const end = 4 + DONYU.length;
    wrap(ws, 3, 1, 4, 9);
    box(ws, 3, 1, end, 9);
    merge(ws, end + 2, 1, end + 2, 9, '※累計は第２次実行計画の期間（令和４年度～）の合計で参考値。評価は単年度の目標・実績による。');
  },
  expected: { file: 'h164-trap-tannendo-ruikei.xlsx', fiscalYear: 2024, indicators: DONYU_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. Word targets, 前年度 figures and notes full of numbers, ○× without bands (令和元年度).

interface Check {
  item: string;
  name: string;
  unit: string;
  way: '減少' | '増加';
  target: number | string;
  last: number;
  actual: number;
  mark: '○' | '×';
  note: string;
}

const CHECKS: Check[] = [
  {
    item: '節電の徹底',
    name: '本庁舎の電気使用量',
    unit: 'kWh',
    way: '減少',
    target: '前年度以下',
    last: 2401200,
    actual: 2345600,
    mark: '○',
    note: '空調設定温度の徹底（夏28℃・冬20℃）',
  },
  {
    item: 'エコドライブの推進',
    name: '公用車の燃料使用量',
    unit: 'L',
    way: '減少',
    target: '削減に努める',
    last: 39870,
    actual: 38420,
    mark: '○',
    note: 'うち軽油 4,210L',
  },
  {
    item: '用紙類の削減',
    name: 'コピー用紙購入量',
    unit: '枚',
    way: '減少',
    target: 3200000,
    last: 3380000,
    actual: 3410000,
    mark: '×',
    note: '選挙事務（２回）で約150,000枚増',
  },
  {
    item: '省エネ設備の導入',
    name: 'LED照明に更新した施設数',
    unit: '施設',
    way: '増加',
    target: 6,
    last: 3,
    actual: 4,
    mark: '×',
    note: '２施設は令和２年度に延期（計画総数 30施設）',
  },
  {
    item: 'グリーン購入',
    name: 'グリーン購入調達率',
    unit: '％',
    way: '増加',
    target: 100,
    last: 94.8,
    actual: 96.3,
    mark: '×',
    note: '対象品目 19分野',
  },
  {
    item: '職員の意識啓発',
    name: 'エコオフィス研修の受講者数',
    unit: '人',
    way: '増加',
    target: '全職員が受講',
    last: 198,
    actual: 212,
    mark: '×',
    note: '職員数 1,046人（e-ラーニング受講を含む）',
  },
  {
    item: 'ごみの減量',
    name: '庁舎の可燃ごみ排出量',
    unit: 't',
    way: '減少',
    target: 48.0,
    last: 49.6,
    actual: 46.2,
    mark: '○',
    note: '前年度比 ▲3.4t',
  },
];

const CHECK_FACTS: ExpectedIndicator[] = CHECKS.map((c) =>
  ind('点検表', c.name, c.unit, typeof c.target === 'number' ? c.target : null, c.actual, { direction: c.way === '減少' ? 'down' : 'up', existing: c.mark }),
);

const mokuhyo: Holdout2Workbook = {
  name: 'h164-trap-text-targets',
  layout:
    '令和元年度 エコオフィス推進計画 点検表: 取組項目｜指標｜単位｜方向｜目標 (numbers and words: 「前年度以下」「削減に努める」「全職員が受講」)｜平成30年度実績｜令和元年度実績｜前年度比 (0.0%)｜達成状況 ○× (legend without bands)｜備考 full of figures (「うち軽油 4,210L」「職員数 1,046人」「前年度比 ▲3.4t」)',
  build(wb) {
    const ws = wb.addWorksheet('点検表');
    widths(ws, [18, 28, 7, 7, 14, 13, 13, 10, 9, 34]);
    merge(ws, 1, 1, 1, 10, 'エコオフィス推進計画　取組状況点検表（令和元年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 10, ['総務部 管財課・環境課']);
    put(ws, 3, 1, ['取組項目', '指標', '単位', '方向', '目標', '平成30年度\n実績', '令和元年度\n実績', '前年度比', '達成状況', '備考']);
    CHECKS.forEach((c, i) => {
      const r = 4 + i;
      put(ws, r, 1, [c.item, c.name, c.unit, c.way, c.target, c.last, c.actual]);
      ws.getCell(r, 8).value = { formula: `G${r}/F${r}`, result: c.actual / c.last };
      ws.getCell(r, 8).numFmt = '0.0%';
      put(ws, r, 9, [c.mark, c.note]);
      for (const col of [5, 6, 7]) ws.getCell(r, col).numFmt = c.unit === '％' || c.unit === 't' ? '0.0' : '#,##0';
    });
    const end = 3 + CHECKS.length;
    wrap(ws, 3, 1, end, 10);
    box(ws, 3, 1, end, 10);
    put(ws, end + 2, 1, ['達成状況　○：目標を達成　×：目標を達成していない']);
  },
  expected: { file: 'h164-trap-text-targets.xlsx', fiscalYear: 2019, indicators: CHECK_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. A 2024年度 meeting's paper of 2023年度 results: 基準値（2013年度）, 2022年度実績, 2023年度目標・実績, 2030年度目標, full-width.

interface Zc {
  name: string;
  unit: string;
  way: '↓減少' | '↑増加';
  base: string;
  prev: string | number;
  target: string | number;
  actual: string | number;
  goal: string | number;
  note: string;
  /** The 2023年度 figures as read. */
  t: number;
  a: number | null;
}

const ZC: Zc[] = [
  {
    name: '温室効果ガス排出量（市域）',
    unit: '千t-CO2',
    way: '↓減少',
    base: '1,245',
    prev: 1050,
    target: 1010,
    actual: '集計中',
    goal: 672,
    note: '2022年度は速報値。2023年度は2026年3月頃公表予定',
    t: 1010,
    a: null,
  },
  {
    name: '再生可能エネルギー導入容量',
    unit: 'MW',
    way: '↑増加',
    base: '21.5',
    prev: 86.4,
    target: 95.0,
    actual: '９３．１',
    goal: 180.0,
    note: '2024年度見込み 101.2MW',
    t: 95,
    a: 93.1,
  },
  {
    name: '太陽光発電設備を設置した公共施設数',
    unit: '施設',
    way: '↑増加',
    base: '３',
    prev: '１４',
    target: '１８',
    actual: '１８',
    goal: '４０',
    note: '新たに４施設（第二中学校ほか）に設置',
    t: 18,
    a: 18,
  },
  {
    name: 'ZEH（ネット・ゼロ・エネルギー・ハウス）補助件数',
    unit: '件',
    way: '↑増加',
    base: '－',
    prev: 22,
    target: 40,
    actual: 23,
    goal: 100,
    note: '2024年度は60件を予定（予算 3,000万円）',
    t: 40,
    a: 23,
  },
  {
    name: '家庭部門の1世帯当たりエネルギー消費量',
    unit: 'GJ/世帯',
    way: '↓減少',
    base: '36.9',
    prev: 32.8,
    target: 31.5,
    actual: 32.1,
    goal: 25.8,
    note: '2013年度比 ▲13.0％',
    t: 31.5,
    a: 32.1,
  },
  {
    name: 'ゼロカーボンシティ宣言の市民認知度',
    unit: '％',
    way: '↑増加',
    base: '－',
    prev: 41.3,
    target: 50.0,
    actual: 47.6,
    goal: 80.0,
    note: '市民アンケート（回答数 1,208件、回収率 40.3％）',
    t: 50,
    a: 47.6,
  },
];

const ZC_FACTS: ExpectedIndicator[] = ZC.map((z) => {
  const direction = z.way.startsWith('↓') ? ('down' as const) : ('up' as const);
  return z.a === null ? ind('進捗', z.name, z.unit, z.t, null, { direction, actualStatus: 'pending' }) : ind('進捗', z.name, z.unit, z.t, z.a, { direction });
});

const nendo: Holdout2Workbook = {
  name: 'h164-trap-other-years',
  layout:
    '2024年度 第1回ゼロカーボンシティ推進会議 資料２ (the meeting year in the title, the results of 2023年度): 指標｜単位｜方向 ↓減少／↑増加｜基準値（2013年度）｜2022年度実績｜2023年度 目標・実績｜2030年度目標｜備考 with next-year figures 「2024年度見込み 101.2MW」「60件を予定（予算 3,000万円）」; full-width digits 「９３．１」「１８」 as text; one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('進捗');
    widths(ws, [5, 36, 10, 8, 12, 12, 11, 11, 12, 38]);
    merge(ws, 1, 1, 1, 10, '2024年度　第1回〇〇市ゼロカーボンシティ推進会議　資料２');
    merge(ws, 2, 1, 2, 10, '2023年度の取組実績と成果指標の進捗状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '成果指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    merge(ws, 3, 5, 4, 5, '基準値\n（2013年度）');
    merge(ws, 3, 6, 4, 6, '2022年度\n実績');
    merge(ws, 3, 7, 3, 8, '2023年度');
    put(ws, 4, 7, ['目標', '実績']);
    merge(ws, 3, 9, 4, 9, '2030年度\n目標');
    merge(ws, 3, 10, 4, 10, '備考');
    ZC.forEach((z, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, z.name, z.unit, z.way, z.base, z.prev, z.target, z.actual, z.goal, z.note]);
      for (const c of [6, 7, 8, 9])
        if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = ['MW', 'GJ/世帯', '％'].includes(z.unit) ? '0.0' : '#,##0';
    });
    const end = 4 + ZC.length;
    wrap(ws, 3, 1, end, 10);
    box(ws, 3, 1, end, 10);
    merge(ws, end + 2, 1, end + 2, 10, '※温室効果ガス排出量は、国の統計の公表時期の関係から２年遅れで算定している。');
  },
  expected: { file: 'h164-trap-other-years.xlsx', fiscalYear: 2023, indicators: ZC_FACTS, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [tannendo, mokuhyo, nendo];
