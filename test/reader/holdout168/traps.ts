/** Hold-out 168, traps a careless reader of 浄化槽・し尿処理・生活排水対策 workbooks falls into. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1 = '効果検証';
const otherYears: Holdout2Workbook = {
  name: 'h168-t-other-year-columns',
  layout: '令和６年度 効果検証シート of 令和５年度実績: 令和4／5／6年度 目標・実績 pairs, the 令和6年度 実績 already filled 「（6月末現在）」, 目指す方向 ↑／↓',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1);
    widths(ws, [28, 7, 9, 10, 10, 10, 10, 10, 12, 20]);
    merge(ws, 1, 1, 1, 10, '令和６年度　生活排水対策　効果検証シート（令和５年度実績）');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '目指す方向');
    merge(ws, 4, 4, 4, 5, '令和4年度');
    merge(ws, 4, 6, 4, 7, '令和5年度');
    merge(ws, 4, 8, 4, 9, '令和6年度');
    merge(ws, 4, 10, 5, 10, '備考');
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績\n（6月末現在）']);
    const rows: (string | number)[][] = [
      ['浄化槽設置補助基数', '基', '↑', 40, 38, 40, 44, 45, 12, '単年度'],
      ['浄化槽法定検査受検率', '％', '↑', 57.0, 55.4, 60.0, 52.8, 63.0, 18.7, '11条検査'],
      ['くみ取り便槽からの転換件数', '件', '↑', 25, 19, 25, 14, 25, 3, ''],
      ['し尿収集量', 'kL', '↓', 8000, 8240, 7800, 8120, 7600, 2050, ''],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    for (let c = 4; c <= 9; c++) ws.getCell(9, c).numFmt = '#,##0';
    wrap(ws, 4, 1, 9, 10);
    box(ws, 4, 1, 9, 10);
  },
  expected: {
    file: 'h168-t-other-year-columns.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '浄化槽設置補助基数', '基', 40, 44),
      ind(T1, '浄化槽法定検査受検率', '％', 60.0, 52.8),
      ind(T1, 'くみ取り便槽からの転換件数', '件', 25, 14),
      ind(T1, 'し尿収集量', 'kL', 7800, 8120, { direction: 'down' }),
    ],
    groups: [],
  },
};

const T2 = '指標達成状況';
const fractions: Holdout2Workbook = {
  name: 'h168-t-fraction-cumulative',
  layout:
    '令和２年度 指標達成状況: 単年度 and 累計 rows of one count, ％ stored as fractions under a 0.0% format, 備考 with last year’s and the prefecture’s figures',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2);
    widths(ws, [34, 7, 12, 12, 24]);
    merge(ws, 1, 1, 1, 5, '令和２年度　生活排水対策　指標達成状況');
    put(ws, 3, 1, ['指標名', '単位', '目標値', '実績値', '備考']);
    put(ws, 4, 1, ['合併処理浄化槽設置基数（単年度）', '基', 45, 39, 'R元年度 41基']);
    put(ws, 5, 1, ['合併処理浄化槽設置基数（累計）', '基', 4900, 4812, '令和2年度末現在']);
    put(ws, 6, 1, ['汚水処理人口普及率', '％', 0.88, 0.874, 'R元年度 86.9％']);
    put(ws, 7, 1, ['浄化槽法定検査受検率', '％', 0.6, 0.615, '県平均 47.2％']);
    for (const r of [4, 5]) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '#,##0';
    for (const r of [6, 7]) for (const c of [3, 4]) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 7, 5);
    box(ws, 3, 1, 7, 5);
  },
  expected: {
    file: 'h168-t-fraction-cumulative.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(T2, '合併処理浄化槽設置基数（単年度）', '基', 45, 39),
      ind(T2, '合併処理浄化槽設置基数（累計）', '基', 4900, 4812),
      ind(T2, '汚水処理人口普及率', '％', 88, 87.4),
      ind(T2, '浄化槽法定検査受検率', '％', 60, 61.5),
    ],
    groups: [],
  },
};

const T3 = '成果指標評価表';
const wordTargets: Holdout2Workbook = {
  name: 'h168-t-word-targets-marks',
  layout:
    '令和６年度 浄化槽行政 成果指標評価表: a target 「増加」, 集計中, 「－」, full-width digits, ◎○ with a legend of the 100／80／60 % bands and their words',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3);
    widths(ws, [5, 30, 7, 7, 10, 10, 7, 24]);
    merge(ws, 1, 1, 1, 8, '令和６年度　浄化槽行政　成果指標評価表');
    put(ws, 3, 1, ['No.', '成果指標', '単位', '方向', '目標値', '実績値', '評価', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, '浄化槽設置基数（新規）', '基', '↑', '増加', '５２', '◎', '前年度 48基'],
      [2, '浄化槽法定検査受検率', '％', '↑', '７０．０', '集計中', undefined, '指定検査機関の報告待ち'],
      [3, '生活排水処理率', '％', '↑', '９０．５', '９１．２', '◎', ''],
      [4, '浄化槽清掃実施率', '％', '↑', '８０．０', '－', undefined, 'R7年度から調査予定'],
      [5, '浄化槽汚泥の適正処理率', '％', '↑', '１００', '９８．６', '○', ''],
      [6, '浄化槽に関する苦情件数', '件', '↓', '１２', '１５', '○', '悪臭・放流水に関するもの'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    merge(ws, 11, 1, 11, 8, '【評価】◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）');
    put(ws, 12, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標']);
  },
  expected: {
    file: 'h168-t-word-targets-marks.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T3, '浄化槽設置基数（新規）', '基', null, 52, { existing: 'A' }),
      ind(T3, '浄化槽法定検査受検率', '％', 70.0, null, { actualStatus: 'pending' }),
      ind(T3, '生活排水処理率', '％', 90.5, 91.2, { existing: 'A' }),
      ind(T3, '浄化槽清掃実施率', '％', 80.0, null, { actualStatus: 'not-applicable' }),
      ind(T3, '浄化槽汚泥の適正処理率', '％', 100, 98.6, { existing: 'B' }),
      ind(T3, '浄化槽に関する苦情件数', '件', 12, 15, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, fractions, wordTargets];
