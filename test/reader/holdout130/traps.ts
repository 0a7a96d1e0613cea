/**
 * Hold-out 130, three traps: a 鳥獣被害防止計画 成果指標の推移 evaluated for 令和５年度 with a 令和６年度（12月末現在） column
 * already filled (one 集計中 there) and the 令和５年度 目標値 at the far right; a 成果指標評価表 with targets 「増加」「減少」「－」
 * that are not numbers, ％ stored as fractions under a % format and 備考 figures that look like values; and a 森林経営管理事業
 * 進捗状況 whose 令和６年度（単年度） 目標／実績 sit beside a 累計実績 and a 計画目標（累計）, full-width digits and ○×.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | null;

const T1_SHEET = '成果指標推移';

const laterColumn: Holdout2Workbook = {
  name: 'h130-r5-sokuhou-r6-column',
  layout: '成果指標の推移 for 令和５年度 with a 令和６年度（12月末現在） column filled, the 令和５年度 目標値 last, a 集計中 in the later column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [26, 6, 10, 10, 10, 10, 12, 11, 26]);
    merge(ws, 1, 1, 1, 9, '森沢市鳥獣被害防止計画　成果指標の推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    put(ws, 4, 1, ['成果指標', '単位', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度\n（12月末現在）', '令和５年度\n目標値', '備考']);
    const rows: Cell[][] = [
      ['イノシシ捕獲頭数', '頭', 380, 421, 455, 472, 318, 500, ''],
      ['ニホンジカ捕獲頭数', '頭', 260, 301, 342, 365, 290, 350, ''],
      ['農作物被害額', '千円', 13200, 11800, 10400, 9880, '集計中', 9500, '減少を目指す指標'],
      ['被害防止柵の設置延長（累計）', 'km', 30.5, 34.2, 38.0, 41.3, 43.0, 42.0, '平成27年度からの累計'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 8; r++) for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = r === 8 ? '0.0' : '#,##0';
    wrap(ws, 4, 1, 8, 9);
    box(ws, 4, 1, 8, 9);
    merge(ws, 10, 1, 10, 9, '※令和６年度は12月末現在の速報値（被害額は年度終了後に集計）');
  },
  expected: {
    file: 'h130-r5-sokuhou-r6-column.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, 'イノシシ捕獲頭数', '頭', 500, 472),
      ind(T1_SHEET, 'ニホンジカ捕獲頭数', '頭', 350, 365),
      ind(T1_SHEET, '農作物被害額', '千円', 9500, 9880, { direction: 'down' }),
      ind(T1_SHEET, '被害防止柵の設置延長（累計）', 'km', 42, 41.3),
    ],
    groups: [],
  },
};

const T2_SHEET = '評価表';

const wordTargets: Holdout2Workbook = {
  name: 'h130-r4-mokuhyo-moji-hiritsu',
  layout: '成果指標評価表: targets 「増加」「減少」「－」, ％ stored as fractions under a % format, 備考 with figures that look like values',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [6, 30, 6, 12, 12, 10, 34]);
    merge(ws, 1, 1, 1, 7, '令和４年度　林業振興・鳥獣被害対策　成果指標評価表');
    put(ws, 3, 1, ['番号', '成果指標', '単位', '目標値\n（R4）', '実績値\n（R4）', '達成率', '備考']);
    const rows: Cell[][] = [
      [1, '森林経営管理意向調査の回答率', '％', 0.7, 0.643, 0.643 / 0.7, '（参考）全国平均 58.0％'],
      [2, '有害鳥獣捕獲頭数', '頭', '増加', 1120, '－', '（参考）R3実績 1,045頭'],
      [3, '松くい虫被害材積', '㎥', '減少', 685, '－', '前年度（R3 742㎥）より減少させる'],
      [4, '林道舗装率', '％', 0.45, 0.452, 0.452 / 0.45, '舗装済 38.6km／全延長 85.4km'],
      [5, '木材搬出量', '㎥', 12000, 10480, 10480 / 12000, 'うち間伐材 6,230㎥'],
      [6, '鳥獣被害対策実施隊員数', '人', '－', 48, '－', '目標はR5年度に設定予定'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (const r of [4, 7]) {
      ws.getCell(r, 4).numFmt = '0%';
      ws.getCell(r, 5).numFmt = '0.0%';
    }
    for (const r of [4, 7, 8]) ws.getCell(r, 6).numFmt = '0.0%';
    ws.getCell(8, 4).numFmt = '#,##0';
    ws.getCell(8, 5).numFmt = '#,##0';
    ws.getCell(5, 5).numFmt = '#,##0';
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h130-r4-mokuhyo-moji-hiritsu.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T2_SHEET, '森林経営管理意向調査の回答率', '％', 70, 64.3),
      ind(T2_SHEET, '有害鳥獣捕獲頭数', '頭', null, 1120),
      ind(T2_SHEET, '松くい虫被害材積', '㎥', null, 685, { direction: 'down' }),
      ind(T2_SHEET, '林道舗装率', '％', 45, 45.2),
      ind(T2_SHEET, '木材搬出量', '㎥', 12000, 10480),
      ind(T2_SHEET, '鳥獣被害対策実施隊員数', '人', null, 48),
    ],
    groups: [],
  },
};

const T3_SHEET = '進捗状況';

const singleYearVsTotal: Holdout2Workbook = {
  name: 'h130-r6-tannendo-ruikei',
  layout: '森林経営管理事業 進捗状況: 令和６年度（単年度） 目標／実績 beside a R4～R6 累計実績 and a 計画目標（R4～R8累計）, full-width digits, ○×',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [30, 6, 10, 10, 12, 14, 8, 30]);
    merge(ws, 1, 1, 1, 8, '森林経営管理事業の進捗状況（令和６年度）');
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 3, 4, '令和６年度（単年度）');
    put(ws, 4, 3, ['目標', '実績']);
    merge(ws, 3, 5, 4, 5, 'R4～R6\n累計実績');
    merge(ws, 3, 6, 4, 6, '計画目標\n（R4～R8累計）');
    merge(ws, 3, 7, 4, 7, '達成\n状況');
    merge(ws, 3, 8, 4, 8, '備考');
    const rows: Cell[][] = [
      ['意向調査実施面積', 'ha', '４００', '３６２', '１，０５０', '２，０００', '×', ''],
      ['経営管理権集積計画の策定面積', 'ha', '１５０', '８８', '２１０', '６００', '×', '所有者との調整に時間を要した'],
      ['市町村森林経営管理事業による間伐面積', 'ha', '６０', '６４．５', '１４０．２', '３００', '○', 'うち再委託 25.0ha'],
      ['境界明確化実施面積', 'ha', '２００', '１７２．８', '３８５', '８００', '×', ''],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    merge(ws, 10, 1, 10, 8, '達成状況　○：単年度目標を達成　×：未達成');
  },
  expected: {
    file: 'h130-r6-tannendo-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3_SHEET, '意向調査実施面積', 'ha', 400, 362),
      ind(T3_SHEET, '経営管理権集積計画の策定面積', 'ha', 150, 88),
      ind(T3_SHEET, '市町村森林経営管理事業による間伐面積', 'ha', 60, 64.5),
      ind(T3_SHEET, '境界明確化実施面積', 'ha', 200, 172.8),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterColumn, wordTargets, singleYearVsTotal];
