/**
 * Hold-out set 184, three traps, as 再犯防止・犯罪被害者支援・更生保護 offices write them: a 令和５年度 進捗管理表 that also holds
 * 令和４年度実績 and 令和６年度目標 columns, with a ％ stored as a fraction under a % format; a 犯罪被害者等支援 実施状況 of
 * 令和４年度 whose 単年度 目標 sits beside both 単年度 and 累計 実績 and whose 備考 holds figures (「前年度 102件」); and a
 * 令和元年度 更生保護 成果指標評価表 whose targets are text (「年2回」, 「増加」) and whose ◎○△× legend gives bands alone.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. Other years' columns: R4実績｜R5目標｜R5実績｜R6目標, the year evaluated is 令和５年度; one ％ stored as a fraction.

const PROGRESS = [
  { name: '協力雇用主による雇用者数', unit: '人', way: '↑', r4: 12, t5: 15, a5: 13, t6: 18, pct: false },
  { name: '保護観察対象者の就労率', unit: '％', way: '↑', r4: 0.438, t5: 0.5, a5: 0.452, t6: 0.55, pct: true },
  { name: '更生保護ボランティア数', unit: '人', way: '↑', r4: 305, t5: 300, a5: 318, t6: 320, pct: false },
  { name: '刑法犯認知件数', unit: '件', way: '↓', r4: 1287, t5: 1200, a5: 1350, t6: 1150, pct: false },
];

const otherYears: Holdout2Workbook = {
  name: 'h184-trap-otheryears',
  layout:
    '再犯防止推進計画 進捗管理表（令和５年度）: 指標｜単位｜方向｜令和4年度実績｜令和5年度目標｜令和5年度実績｜令和6年度目標｜備考; 就労率 stored as fractions under 0.0% (43.8 %, 50.0 %, 45.2 %, 55.0 %); the R6 target to the right of the R5 actual',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [34, 6, 6, 13, 13, 13, 13, 28]);
    merge(ws, 1, 1, 1, 8, '再犯防止推進計画　進捗管理表（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['指標', '単位', '方向', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '令和6年度\n目標', '備考']);
    PROGRESS.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [p.name, p.unit, p.way, p.r4, p.t5, p.a5, p.t6]);
      for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = p.pct ? '0.0%' : '#,##0';
    });
    put(ws, 5, 8, ['保護観察所調べ']);
    put(ws, 7, 8, ['暦年（県警察統計）']);
    wrap(ws, 3, 1, 3, 8);
    box(ws, 3, 1, 3 + PROGRESS.length, 8);
    put(ws, 9, 1, ['※方向　↑：増加を目指す　↓：減少を目指す。令和6年度目標は令和6年3月の推進会議で改定したもの。']);
  },
  expected: {
    file: 'h184-trap-otheryears.xlsx',
    fiscalYear: 2023,
    indicators: PROGRESS.map((p) =>
      ind('進捗管理表', p.name, p.unit, p.pct ? p.t5 * 100 : p.t5, p.pct ? Math.round(p.a5 * 1000) / 10 : p.a5, {
        direction: p.way === '↓' ? 'down' : 'up',
      }),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 単年度 vs 累計: the target is 単年度; 単年度実績 and 累計実績（平成30年度～） side by side; 備考 with figures.

const CUMUL = [
  { name: '犯罪被害者等見舞金の支給件数', unit: '件', target: 6, year: 4, total: 21, note: '前年度 5件' },
  { name: '被害者支援ボランティアの養成人数', unit: '人', target: 20, year: 22, total: 97, note: '前年度 18人（養成講座2回）' },
  { name: '犯罪被害者等からの相談件数', unit: '件', target: 130, year: 118, total: 540, note: '前年度 102件' },
  { name: '支援関係機関連絡会議の開催回数', unit: '回', target: 3, year: 3, total: 14, note: '' },
];

const cumulative: Holdout2Workbook = {
  name: 'h184-trap-ruikei',
  layout:
    '犯罪被害者等支援施策 実施状況（令和４年度）: 指標｜単位｜令和4年度目標（単年度）｜令和4年度実績 split into 単年度｜累計（平成30年度～） under a merged heading｜備考 with figures 「前年度 102件」',
  build(wb) {
    const ws = wb.addWorksheet('実施状況');
    widths(ws, [34, 6, 14, 11, 14, 26]);
    merge(ws, 1, 1, 1, 6, '犯罪被害者等支援施策の実施状況（令和４年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '令和4年度目標\n（単年度）');
    merge(ws, 3, 4, 3, 5, '令和4年度実績');
    put(ws, 4, 4, ['単年度', '累計\n（平成30年度～）']);
    merge(ws, 3, 6, 4, 6, '備考');
    CUMUL.forEach((c, i) => put(ws, 5 + i, 1, [c.name, c.unit, c.target, c.year, c.total, c.note || undefined]));
    wrap(ws, 3, 1, 4, 6);
    box(ws, 3, 1, 4 + CUMUL.length, 6);
    put(ws, 6 + CUMUL.length, 1, ['※累計は支援条例施行（平成30年度）からの合計。目標は毎年度の単年度目標。']);
  },
  expected: {
    file: 'h184-trap-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: CUMUL.map((c) => ind('実施状況', c.name, c.unit, c.target, c.year)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. Text targets (「年2回」 is a number, 「増加」 is not), ◎○△× legend with bands alone: the marks as written.

const TEXT_ROWS = [
  { name: '保護司の定数充足率', unit: '％', target: '増加', actual: '84.3％', mark: '○', t: null, a: 84.3 },
  { name: '「社会を明るくする運動」推進委員会の開催', unit: '回', target: '年2回', actual: '2回', mark: '◎', t: 2, a: 2 },
  { name: '更生保護サポートセンターの利用件数', unit: '件', target: '500件', actual: '455件', mark: '○', t: 500, a: 455 },
  { name: '保護司研修の参加率', unit: '％', target: '70％', actual: '48.6％', mark: '×', t: 70, a: 48.6 },
];

const textTargets: Holdout2Workbook = {
  name: 'h184-trap-texttarget',
  layout:
    '更生保護 成果指標評価表（令和元年度）: 成果指標｜目標（令和元年度）as text 「年2回」「500件」「増加」｜実績 as text｜評価 ◎○△× with a legend of bands alone (◎：100％以上 ○：80％以上 …); 「増加」 is no number',
  build(wb) {
    const ws = wb.addWorksheet('評価表');
    widths(ws, [5, 38, 16, 14, 8, 30]);
    merge(ws, 1, 1, 1, 6, '令和元年度　更生保護の推進　成果指標評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '成果指標', '目標（令和元年度）', '実績', '評価', '説明']);
    TEXT_ROWS.forEach((x, i) => put(ws, 4 + i, 1, [`（${i + 1}）`, x.name, x.target, x.actual, x.mark, i === 0 ? '平成30年度 82.6％から増加した' : undefined]));
    wrap(ws, 3, 1, 3 + TEXT_ROWS.length, 6);
    box(ws, 3, 1, 3 + TEXT_ROWS.length, 6);
    put(ws, 5 + TEXT_ROWS.length, 1, ['評価　◎：100％以上　○：80％以上　△：60％以上　×：60％未満（数値目標のないものは担当課の判断による）']);
  },
  expected: {
    file: 'h184-trap-texttarget.xlsx',
    fiscalYear: 2019,
    indicators: TEXT_ROWS.map((x) => ind('評価表', x.name, x.unit, x.t, x.a, { existing: x.mark })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulative, textTargets];
