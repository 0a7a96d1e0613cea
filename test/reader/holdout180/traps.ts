/** Hold-out 180, traps: what a careless reader of まちの美化・ポイ捨て防止・路上喫煙対策 workbooks gets wrong. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

/**
 * 令和５年度 評価 of a plan table that already holds 令和6年度 目標 and a 実績（見込）, beside 令和4年度: the stated year is read,
 * not the latest filled column; the 路上喫煙率 is stored as fractions under a % format with 単位 ％ (read as shown: 1.0, 1.2).
 */
const otherYears: Holdout2Workbook = {
  name: 'h180-trap-later-year-filled',
  layout: 'R4/R5/R6 目標・実績 column pairs with R6 実績（見込） filled, 評価対象年度 令和５年度 in the title, ％ stored as fractions',
  build(wb) {
    const ws = wb.addWorksheet('指標進捗');
    widths(ws, [28, 6, 6, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 10, 'まち美化推進プラン　指標の進捗状況（評価対象年度：令和５年度）');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '方向');
    merge(ws, 3, 4, 4, 4, '基準値\n（R1）');
    merge(ws, 3, 5, 3, 6, '令和4年度');
    merge(ws, 3, 7, 3, 8, '令和5年度');
    merge(ws, 3, 9, 3, 10, '令和6年度');
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績（見込）']);
    const rows: (string | number)[][] = [
      ['清掃ボランティア登録者数', '人', '↑', 1850, 2200, 2180, 2400, 2310, 2600, 2500],
      ['重点区域の路上喫煙率', '％', '↓', 0.018, 0.012, 0.013, 0.01, 0.012, 0.008, 0.011],
      ['不法投棄件数', '件', '↓', 330, 270, 281, 250, 238, 230, 240],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let c = 4; c <= 10; c++) ws.getCell(6, c).numFmt = '0.0%';
    for (let c = 4; c <= 10; c++) ws.getCell(5, c).numFmt = '#,##0';
    wrap(ws, 3, 1, 4, 10);
    box(ws, 3, 1, 7, 10);
    put(ws, 9, 1, ['※令和6年度実績は12月末時点の見込み。方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h180-trap-later-year-filled.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標進捗', '清掃ボランティア登録者数', '人', 2400, 2310),
      ind('指標進捗', '重点区域の路上喫煙率', '％', 1.0, 1.2, { direction: 'down' }),
      ind('指標進捗', '不法投棄件数', '件', 250, 238, { direction: 'down' }),
    ],
    groups: [],
  },
};

/**
 * 令和３年度 取組指標: two 「（累計）」 indicators with a 単年度 row and a 累計 row each (the 累計 row is the indicator's figure),
 * and one indicator counted per year; a 計画目標（R7） column that is not the year's target.
 */
const cumulative: Holdout2Workbook = {
  name: 'h180-trap-cumulative-rows',
  layout: '（累計） indicators with 単年度 and 累計 rows under one merged name, R2/R3 目標・実績 pairs and a 計画目標（R7） column',
  build(wb) {
    const ws = wb.addWorksheet('取組指標');
    widths(ws, [30, 8, 8, 10, 10, 10, 10, 12]);
    merge(ws, 1, 1, 1, 8, '路上喫煙対策・まち美化推進　取組指標の進捗（令和３年度）');
    merge(ws, 2, 1, 3, 1, '指標');
    merge(ws, 2, 2, 3, 2, '区分');
    merge(ws, 2, 3, 3, 3, '単位');
    merge(ws, 2, 4, 2, 5, '令和2年度');
    merge(ws, 2, 6, 2, 7, '令和3年度');
    merge(ws, 2, 8, 3, 8, '計画目標\n（R7）');
    put(ws, 3, 4, ['目標', '実績', '目標', '実績']);
    merge(ws, 4, 1, 5, 1, '指定喫煙所の整備数（累計）');
    put(ws, 4, 2, ['単年度', 'か所', 2, 2, 2, 1, undefined]);
    put(ws, 5, 2, ['累計', 'か所', 4, 4, 6, 5, 12]);
    merge(ws, 6, 1, 7, 1, '美化推進重点地区の指定数（累計）');
    put(ws, 6, 2, ['単年度', '地区', 1, 1, 1, 0, undefined]);
    put(ws, 7, 2, ['累計', '地区', 4, 4, 5, 4, 8]);
    put(ws, 8, 1, ['清掃活動参加者数', '単年度', '人', 8500, 6020, 9000, 7650, 10000]);
    wrap(ws, 2, 1, 8, 8);
    box(ws, 2, 1, 8, 8);
    put(ws, 10, 1, ['※累計は令和元年度からの累計。令和元年度末の累計は、整備喫煙所 2か所、重点地区 3地区。']);
  },
  expected: {
    file: 'h180-trap-cumulative-rows.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind('取組指標', '指定喫煙所の整備数（累計）', 'か所', 6, 5),
      ind('取組指標', '美化推進重点地区の指定数（累計）', '地区', 5, 4),
      ind('取組指標', '清掃活動参加者数', '人', 9000, 7650),
    ],
    groups: [],
  },
};

/**
 * 令和元年度 成果指標評価表: a 「前年度実績以上」 target (no number: no grade), a text 「70％」 target, an actual stored as a
 * fraction under a % format, 備考 that look like values (「前年度 318件」), and 達成度 marks whose legend gives bands alone
 * (◎：100％以上 …, no words): the marks are `existing` as written.
 */
const notes: Holdout2Workbook = {
  name: 'h180-trap-text-target-notes',
  layout: '令和元年度 評価表: 「前年度実績以上」 target, 「70％」 text target vs a fraction actual, 備考 with figures, ◎○ marks with bands only',
  build(wb) {
    const ws = wb.addWorksheet('評価表');
    widths(ws, [5, 30, 6, 6, 16, 12, 8, 26]);
    merge(ws, 1, 1, 1, 8, '令和元年度　成果指標評価表（路上喫煙・ポイ捨て対策）');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '方向', '目標値（R1）', '実績値（R1）', '達成度', '備考']);
    put(ws, 4, 1, [1, 'まち美化活動参加団体数', '団体', '↑', '前年度実績以上', 212, '－', '新規登録 9団体']);
    put(ws, 5, 1, [2, '不法投棄件数', '件', '↓', 300, 276, '◎', '前年度 318件']);
    put(ws, 6, 1, [3, 'ポイ捨て防止啓発物配布数', '枚', '↑', '10,000', '8,120', '○', 'うち小学校配布 2,400枚']);
    put(ws, 7, 1, [4, '路上喫煙防止条例の認知度', '％', '↑', '70％', 0.623, '○', '市民アンケート（回答 1,046人）']);
    ws.getCell(7, 6).numFmt = '0.0%';
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
    put(ws, 9, 1, ['達成度　◎：100％以上　○：80％以上　△：60％以上　×：60％未満']);
  },
  expected: {
    file: 'h180-trap-text-target-notes.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('評価表', 'まち美化活動参加団体数', '団体', null, 212),
      ind('評価表', '不法投棄件数', '件', 300, 276, { direction: 'down', existing: '◎' }),
      ind('評価表', 'ポイ捨て防止啓発物配布数', '枚', 10000, 8120, { existing: '○' }),
      ind('評価表', '路上喫煙防止条例の認知度', '％', 70, 62.3, { existing: '○' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, cumulative, notes];
