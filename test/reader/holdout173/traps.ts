/** Hold-out 173, traps: other years' columns, a target in words, notes that look like values, ％ as fractions, 集計中／－／未実施, marks. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';

/** A 令和６年度 sheet of 令和５年度実績: 令和4年度実績, 令和5年度 目標／実績, 令和6年度 目標／実績（見込） filled, a target in words. */
const otherYears: Holdout2Workbook = {
  name: 'h173-trap-r6-sheet-r5-jisseki',
  layout:
    'trap: 令和６年度 行政評価シート of 令和５年度実績 with 令和6年度 目標 and 実績（見込） already filled, a 目標 「収支状況により判断」, letters with no legend',
  build(wb) {
    const ws = wb.addWorksheet('評価シート');
    widths(ws, [26, 8, 14, 14, 14, 14, 16, 8]);
    merge(ws, 1, 1, 1, 8, '令和６年度　ボートレース事業　行政評価シート（令和５年度実績）');
    put(ws, 3, 1, ['指標名', '単位', '令和4年度実績', '令和5年度目標', '令和5年度実績', '令和6年度目標', '令和6年度実績（見込）', '評価']);
    const rows: (string | number)[][] = [
      ['舟券売上額', '億円', 820.4, 850, 873.2, 900, 910, 'A'],
      ['本場来場者数', '人', 142000, 150000, 131500, 155000, 140000, 'B'],
      ['一般会計繰出金', '百万円', 1200, '収支状況により判断', 1500, '収支状況により判断', 1500, '－'],
      ['ネット投票会員数', '人', 58000, 60000, 64120, 66000, 70000, 'A'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h173-trap-r6-sheet-r5-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('評価シート', '舟券売上額', '億円', 850, 873.2, { existing: 'A' }),
      ind('評価シート', '本場来場者数', '人', 150000, 131500, { existing: 'B' }),
      ind('評価シート', '一般会計繰出金', '百万円', null, 1500),
      ind('評価シート', 'ネット投票会員数', '人', 60000, 64120, { existing: 'A' }),
    ],
    groups: [],
  },
};

/** ％ stored as fractions under a % format, 備考 with 累計 and 前年度 figures that look like values, a 達成率 column of fractions. */
const fractions: Holdout2Workbook = {
  name: 'h173-trap-fraction-ruikei',
  layout:
    'trap: 競輪場施設整備・収益金活用 指標, ％ stored as fractions (0.7 under 0.0%), 備考 「累計 38箇所（R2末）」「※前年度 47,800千円」, 達成率 fractions',
  build(wb) {
    const ws = wb.addWorksheet('指標');
    widths(ws, [34, 8, 12, 12, 10, 30]);
    merge(ws, 1, 1, 1, 6, '競輪場施設整備・収益金活用計画　指標の状況（令和２年度）');
    put(ws, 3, 1, ['指標', '単位', '目標値', '実績値', '達成率', '備考']);
    const rows: [string, string, number, number, string, boolean][] = [
      ['洋式トイレ改修箇所数（単年度）', '箇所', 8, 6, '累計 38箇所（R2末）', false],
      ['車券売上に占めるネット投票の割合', '％', 0.7, 0.732, '※前年度 0.654', true],
      ['収益金充当事業費', '千円', 50000, 42150, '※前年度 47,800千円', false],
      ['来場者満足度', '％', 0.8, 0.65, '回答数 412件', true],
      ['防災訓練実施回数', '回', 2, 2, '累計 12回', false],
    ];
    rows.forEach(([name, unit, t, a, note, pct], i) => {
      const r = 4 + i;
      put(ws, r, 1, [name, unit, t, a, a / t, note]);
      if (pct) {
        ws.getCell(r, 3).numFmt = '0.0%';
        ws.getCell(r, 4).numFmt = '0.0%';
      } else {
        ws.getCell(r, 3).numFmt = '#,##0';
        ws.getCell(r, 4).numFmt = '#,##0';
      }
      ws.getCell(r, 5).numFmt = '0.0%';
    });
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h173-trap-fraction-ruikei.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind('指標', '洋式トイレ改修箇所数（単年度）', '箇所', 8, 6),
      ind('指標', '車券売上に占めるネット投票の割合', '％', 70, 73.2),
      ind('指標', '収益金充当事業費', '千円', 50000, 42150),
      ind('指標', '来場者満足度', '％', 80, 65),
      ind('指標', '防災訓練実施回数', '回', 2, 2),
    ],
    groups: [],
  },
};

/** Full-width digits, 集計中, 「－」 target, 未実施, a ↓ 方向 column and ○× marks with no legend (written as is). */
const marks: Holdout2Workbook = {
  name: 'h173-trap-zenkaku-shukeichu',
  layout: 'trap: 平成30年度 公営競技事業評価表, full-width digits 「５０，０００」, 集計中, 「－」 target, 未実施, 方向 ↑／↓, ○× with no legend',
  build(wb) {
    const ws = wb.addWorksheet('評価表');
    widths(ws, [6, 26, 8, 6, 12, 12, 6, 30]);
    merge(ws, 1, 1, 1, 8, '平成30年度　公営競技事業評価表');
    put(ws, 2, 8, ['競輪事業課']);
    put(ws, 3, 1, ['番号', '評価指標', '単位', '方向', '目標値', '実績値', '評価', '備考']);
    const rows: string[][] = [
      ['１', '本場入場者数', '人', '↑', '５０，０００', '４８，２１０', '○', '前年度　４６，８８０人'],
      ['２', '場外発売日数', '日', '↑', '３４０', '３４２', '○', ''],
      ['３', '来場者アンケート満足度', '％', '↑', '８０', '集計中', '－', '５月末集計予定'],
      ['４', '場内事故件数', '件', '↓', '５', '８', '×', '転倒事故が多い'],
      ['５', '収益金繰出額', '百万円', '↑', '－', '１２０', '－', '目標は設定していない'],
      ['６', '選手宿舎改修', '棟', '↑', '２', '未実施', '×', '入札不調のため翌年度に延期'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h173-trap-zenkaku-shukeichu.xlsx',
    fiscalYear: 2018,
    indicators: [
      ind('評価表', '本場入場者数', '人', 50000, 48210, { existing: '○' }),
      ind('評価表', '場外発売日数', '日', 340, 342, { existing: '○' }),
      ind('評価表', '来場者アンケート満足度', '％', 80, null, { actualStatus: 'pending' }),
      ind('評価表', '場内事故件数', '件', 5, 8, { direction: 'down', existing: '×' }),
      ind('評価表', '収益金繰出額', '百万円', null, 120),
      ind('評価表', '選手宿舎改修', '棟', 2, null, { actualStatus: 'not-implemented', existing: '×' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, fractions, marks];
