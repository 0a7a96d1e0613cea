/**
 * Hold-out 185, three traps for a careless reader: a 累計管理 table where the 令和５年度 target is 累計 and a 単年度 実績 column
 * sits before the 累計 one; a 年度別推移 of 令和４年度 with earlier years, a 令和５年度（8月末現在） column already filled,
 * ％ stored as fractions and a target 「減少を目指す」 that is not a number; and a 成果指標評価 of 令和６年度 whose 備考 are
 * full of figures (前年度, うち, 全60施設中33施設), with ◎○△× on the default bands and words.
 */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

const T1_SHEET = '進捗';

const cumulative: Holdout2Workbook = {
  name: 'h185-trap-ruikei-kanri',
  layout: '累計管理: 計画目標（R3～R7累計）, 令和５年度末目標（累計）, 令和５年度実績（単年度） before 令和５年度末実績（累計）; 評価は累計で',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [34, 6, 14, 14, 14, 14, 28]);
    merge(ws, 1, 1, 1, 7, '令和５年度　急傾斜地・海岸整備の進捗（累計管理）');
    put(ws, 2, 1, ['※達成状況は令和５年度末の累計実績と累計目標で評価する']);
    put(ws, 4, 1, [
      '指標',
      '単位',
      '計画目標\n（R3～R7累計）',
      '令和５年度末目標\n（累計）',
      '令和５年度実績\n（単年度）',
      '令和５年度末実績\n（累計）',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      ['急傾斜地崩壊対策施設の整備箇所数', '箇所', 30, 18, 5, 17, 'R5は1箇所が入札不調'],
      ['海岸堤防の改修延長', 'm', 4000, 2400, 380, 2050, '単年度目標 800m'],
      ['土砂災害ハザードマップの更新地区数', '地区', 50, 30, 12, 31, '前倒しで実施'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 7, 7);
    wrap(ws, 4, 1, 7, 7);
  },
  expected: {
    file: 'h185-trap-ruikei-kanri.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '急傾斜地崩壊対策施設の整備箇所数', '箇所', 18, 17),
      ind(T1_SHEET, '海岸堤防の改修延長', 'm', 2400, 2050),
      ind(T1_SHEET, '土砂災害ハザードマップの更新地区数', '地区', 30, 31),
    ],
    groups: [],
  },
};

const T2_SHEET = '年度別推移';

const otherYears: Holdout2Workbook = {
  name: 'h185-trap-nendobetsu-suii',
  layout: '年度別推移 of 令和４年度: 令和２・３年度実績, 令和４年度目標／実績, 令和５年度実績（8月末現在） filled, ％ as fractions, a target 「減少を目指す」',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [36, 6, 10, 12, 12, 14, 12, 16]);
    merge(ws, 1, 1, 1, 8, '土砂災害対策指標の年度別推移');
    put(ws, 2, 1, ['評価対象：令和４年度']);
    put(ws, 4, 1, ['指標名', '単位', '目指す方向', '令和２年度実績', '令和３年度実績', '令和４年度目標', '令和４年度実績', '令和５年度実績\n（8月末現在）']);
    const rows: (string | number)[][] = [
      ['土砂災害警戒区域内世帯への個別周知率', '％', '↑', 0.812, 0.874, 0.95, 0.923, 0.41],
      ['海岸保全区域の巡視回数', '回', '↑', 46, 49, 48, 52, 20],
      ['土砂災害の発生件数', '件', '↓', 12, 9, '減少を目指す', 7, 3],
      ['砂防施設の除石量', '㎥', '↑', 2480, 2910, 3000, 2640, 1200],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (let c = 4; c <= 8; c++) ws.getCell(5, c).numFmt = '0.0%';
    for (let r = 6; r <= 8; r++) for (let c = 4; c <= 8; c++) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 4, 1, 8, 8);
    wrap(ws, 4, 1, 4, 8);
  },
  expected: {
    file: 'h185-trap-nendobetsu-suii.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '土砂災害警戒区域内世帯への個別周知率', '％', 95, 92.3),
      ind(T2_SHEET, '海岸保全区域の巡視回数', '回', 48, 52),
      ind(T2_SHEET, '土砂災害の発生件数', '件', null, 7, { direction: 'down' }),
      ind(T2_SHEET, '砂防施設の除石量', '㎥', 3000, 2640),
    ],
    groups: [],
  },
};

const T3_SHEET = '成果指標評価';

const notesAsValues: Holdout2Workbook = {
  name: 'h185-trap-biko-suuchi',
  layout: '成果指標評価 of 令和６年度: 備考 with figures (前年度比, うち, 全60施設中33施設, H30実績), ◎○△× legend with the default bands and words',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [40, 6, 12, 12, 10, 36]);
    merge(ws, 1, 1, 1, 6, '令和６年度　土砂災害・海岸防災施策　成果指標評価表');
    put(ws, 3, 1, ['成果指標', '単位', '目標値（R6）', '実績値（R6）', '達成状況', '備考']);
    const rows: (string | number)[][] = [
      ['防災メール（土砂災害警戒情報）登録者数', '人', '12,000', '11,050', '○', '前年度比＋1,320人（R5：9,730人）'],
      ['砂防えん堤の除石実施箇所数', '箇所', 5, 5, '◎', 'うち緊急除石 2箇所'],
      ['海岸保全施設の健全度Ａ判定施設の割合', '％', 80.0, 55.0, '△', '全60施設中33施設'],
      ['土砂災害避難訓練の参加者数', '人', 2000, 1100, '×', '（H30実績 2,450人）雨天により１地区中止'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 7, 6);
    wrap(ws, 3, 1, 7, 6);
    put(ws, 9, 1, ['【達成状況】◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
  },
  expected: {
    file: 'h185-trap-biko-suuchi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '防災メール（土砂災害警戒情報）登録者数', '人', 12000, 11050, { existing: 'B' }),
      ind(T3_SHEET, '砂防えん堤の除石実施箇所数', '箇所', 5, 5, { existing: 'A' }),
      ind(T3_SHEET, '海岸保全施設の健全度Ａ判定施設の割合', '％', 80, 55, { existing: 'C' }),
      ind(T3_SHEET, '土砂災害避難訓練の参加者数', '人', 2000, 1100, { existing: 'D' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, otherYears, notesAsValues];
