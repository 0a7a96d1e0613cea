/** Hold-out 154, three traps of 地籍調査・土地利用・公有地管理 workbooks. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1_SHEET = '地籍調査';
const otherYears: Holdout2Workbook = {
  name: 'h154-t-chiseki-tanendo',
  layout:
    'trap: 令和４年度 地籍調査事業 評価調書 (評価対象年度：令和４年度) with 令和３年度 and a filled 令和５年度（12月末現在） column beside it, 目標（単年度）／実績（単年度）／実績（累計） rows, 方向 ↑増加／↓減少',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [30, 8, 8, 14, 12, 12, 14]);
    merge(ws, 1, 1, 1, 7, '令和４年度　地籍調査事業 評価調書');
    put(ws, 2, 6, ['評価対象年度：令和４年度']);
    put(ws, 4, 1, ['指標名', '単位', '方向', '区分', '令和３年度', '令和４年度', '令和５年度\n（12月末現在）']);
    merge(ws, 5, 1, 7, 1, '地籍調査実施面積');
    merge(ws, 5, 2, 7, 2, 'k㎡');
    merge(ws, 5, 3, 7, 3, '↑増加');
    put(ws, 5, 4, ['目標（単年度）', 2.5, 2.5, 2.5]);
    put(ws, 6, 4, ['実績（単年度）', 2.6, 2.1, 2.4]);
    put(ws, 7, 4, ['実績（累計）', 96.4, 98.5, 100.9]);
    merge(ws, 8, 1, 9, 1, '地籍調査進捗率（累計）');
    merge(ws, 8, 2, 9, 2, '％');
    merge(ws, 8, 3, 9, 3, '↑増加');
    put(ws, 8, 4, ['目標', 40.0, 41.0, 42.0]);
    put(ws, 9, 4, ['実績', 39.9, 40.6, 41.5]);
    merge(ws, 10, 1, 11, 1, '境界未確定による調査保留筆数');
    merge(ws, 10, 2, 11, 2, '筆');
    merge(ws, 10, 3, 11, 3, '↓減少');
    put(ws, 10, 4, ['目標', 30, 25, 20]);
    put(ws, 11, 4, ['実績', 34, 40, 22]);
    box(ws, 4, 1, 11, 7);
    wrap(ws, 4, 1, 11, 7);
    merge(ws, 13, 1, 13, 7, '※令和５年度の数値は12月末現在の速報であり、評価の対象外');
  },
  expected: {
    file: 'h154-t-chiseki-tanendo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T1_SHEET, '地籍調査実施面積', 'k㎡', 2.5, 2.1),
      ind(T1_SHEET, '地籍調査進捗率（累計）', '％', 41.0, 40.6),
      ind(T1_SHEET, '境界未確定による調査保留筆数', '筆', 25, 40, { direction: 'down' }),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標';
const wordTargets: Holdout2Workbook = {
  name: 'h154-t-koyuchi-mokuhyo',
  layout:
    'trap: 令和６年度 公有地管理 成果指標 評価表 with targets 「増加させる」 and 「－」, a 集計中 actual, full-width 「１２，０００」, 備考 notes with figures (「入札不調 2件」「前年度 11,842千円」「R5：85.1％」)',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 34, 8, 14, 14, 28]);
    merge(ws, 1, 1, 1, 6, '令和６年度　公有地管理 成果指標 評価表（管財課）');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標値（R6）', '実績値（R6）', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '未利用市有地の売却件数', '件', 5, 6, '入札不調 2件（再公告予定）'],
      [2, '市有地の管理委託箇所数', 'か所', '増加させる', 48, '除草・巡回を委託'],
      [3, '寄附・交換による公有地取得件数', '件', '－', 3, '目標設定なし'],
      [4, '市有地貸付料収入', '千円', '１２，０００', '集計中', '前年度 11,842千円'],
      [5, '公有財産台帳と登記の整合率', '％', 90.0, 87.3, 'R5：85.1％'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 3 + rows.length, 6);
    wrap(ws, 3, 1, 3 + rows.length, 6);
  },
  expected: {
    file: 'h154-t-koyuchi-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '未利用市有地の売却件数', '件', 5, 6),
      ind(T2_SHEET, '市有地の管理委託箇所数', 'か所', null, 48),
      ind(T2_SHEET, '寄附・交換による公有地取得件数', '件', null, 3),
      ind(T2_SHEET, '市有地貸付料収入', '千円', 12000, null, { actualStatus: 'pending' }),
      ind(T2_SHEET, '公有財産台帳と登記の整合率', '％', 90.0, 87.3),
    ],
    groups: [],
  },
};

const T3_SHEET = '進捗状況';
const fractions: Holdout2Workbook = {
  name: 'h154-t-chiseki-keikaku',
  layout:
    'trap: 第７次十箇年計画 地籍調査 進捗状況 令和５年度, ％ figures stored as fractions under a 0.0% format (0.418 = 41.8 ％), a 計画期間目標（R11） beside the 令和５年度目標, a 令和４年度実績 column, 累計 indicator with 「うち令和５年度 4地区」 in 備考',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [28, 8, 16, 14, 14, 14, 10, 24]);
    merge(ws, 1, 1, 1, 8, '地籍調査事業計画（第７次十箇年計画）進捗状況　令和５年度');
    put(ws, 3, 1, ['指標', '単位', '計画期間目標（R11）', '令和４年度実績', '令和５年度目標', '令和５年度実績', '達成率', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['地籍調査進捗率', '％', 0.5, 0.405, 0.43, 0.418, 0.418 / 0.43],
      ['調査面積', 'k㎡', '28.0（10年計）', 2.62, 2.8, 2.1, 2.1 / 2.8, '累計 118.6k㎡'],
      ['立会完了率', '％', 0.95, 0.931, 0.95, 0.912, 0.912 / 0.95],
      ['成果の登記完了率', '％', 1, 1, 1, 1, 1],
      ['認証地区数（累計）', '地区', 48, 31, 36, 35, 35 / 36, 'うち令和５年度 4地区'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (let i = 0; i < rows.length; i++) {
      const pct = rows[i][1] === '％';
      for (const c of [3, 4, 5, 6]) if (pct) ws.getCell(4 + i, c).numFmt = '0.0%';
      ws.getCell(4 + i, 7).numFmt = '0.0%';
    }
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3, 8);
  },
  expected: {
    file: 'h154-t-chiseki-keikaku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3_SHEET, '地籍調査進捗率', '％', 43, 41.8),
      ind(T3_SHEET, '調査面積', 'k㎡', 2.8, 2.1),
      ind(T3_SHEET, '立会完了率', '％', 95, 91.2),
      ind(T3_SHEET, '成果の登記完了率', '％', 100, 100),
      ind(T3_SHEET, '認証地区数（累計）', '地区', 36, 35),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, wordTargets, fractions];
