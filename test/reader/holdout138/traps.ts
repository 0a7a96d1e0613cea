/** Hold-out 138, traps a careless reader falls into (school lunch, 食育, 地産地消). */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 令和５年度 評価表 with 令和3・4年度実績 columns before and 令和6年度 目標／実績（見込み） columns after the year evaluated. */
const laterYear: Holdout2Workbook = (() => {
  const sheet = '成果指標評価';
  const rows: (string | number)[][] = [
    ['学校給食の地場産物使用率（品目数ベース）', '％', '↑', 34.8, 36.0, 40.0, 37.5, 42.0, 41.0],
    ['学校給食の残食率', '％', '↓', 6.9, 6.6, 5.0, 6.4, 4.8, 5.9],
    ['食育だよりの発行回数', '回', '↑', 10, 12, 12, 12, 12, 9],
  ];
  return {
    name: 'r5-kyushoku-seika-hyoka-r6mikomi',
    layout: 'the year evaluated between earlier years’ actuals and the next year’s 目標／実績（見込み） columns, a 方向 column',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [38, 6, 6, 11, 11, 11, 11, 11, 13]);
      put(ws, 1, 1, ['令和５年度　学校給食　成果指標評価表']);
      put(ws, 3, 1, ['成果指標', '単位', '方向', '令和3年度', '令和4年度', '令和5年度', undefined, '令和6年度']);
      merge(ws, 3, 6, 3, 7, '令和5年度（評価年度）');
      merge(ws, 3, 8, 3, 9, '令和6年度');
      put(ws, 4, 4, ['実績', '実績', '目標', '実績', '目標', '実績\n（見込み）']);
      for (const c of [1, 2, 3]) merge(ws, 3, c, 4, c);
      rows.forEach((row, i) => put(ws, 5 + i, 1, row));
      wrap(ws, 3, 1, 4, 9);
      box(ws, 3, 1, 4 + rows.length, 9);
      put(ws, 9, 1, ['※方向　↑：高いほうが良い　↓：低いほうが良い。令和6年度実績は12月末時点の見込み。']);
    },
    expected: {
      file: 'r5-kyushoku-seika-hyoka-r6mikomi.xlsx',
      fiscalYear: 2023,
      indicators: [
        ind(sheet, '学校給食の地場産物使用率（品目数ベース）', '％', 40.0, 37.5),
        ind(sheet, '学校給食の残食率', '％', 5.0, 6.4, { direction: 'down' }),
        ind(sheet, '食育だよりの発行回数', '回', 12, 12),
      ],
      groups: [],
    },
  };
})();

/** Targets that are not numbers (「前年度以上」「毎月発行」) beside the department's own A, and a 備考 with numbers in it. */
const wordTargets: Holdout2Workbook = (() => {
  const sheet = '評価';
  const rows: (string | number | undefined)[][] = [
    ['学校給食における県内産食材の使用割合', '％', '前年度以上', 58.2, 'A', '金額ベース。調査対象：市内小中学校18校'],
    ['食に関する指導の全体計画を作成している学校の割合', '％', 100, 95.5, 'B', '未作成1校（令和5年度作成予定）'],
    ['学校給食だよりの発行', '回', '毎月発行', 12, 'A', '夏休み期間は合併号（7・8月号）'],
    ['地元生産者との交流給食の実施校数', '校', 18, 15, 'B', '対象18校中15校、残り3校は次年度実施'],
  ];
  return {
    name: 'r4-shokuiku-shihyo-moji-mokuhyo',
    layout: 'targets written as words (前年度以上, 毎月発行), the department’s A beside them, 備考 with numbers',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [40, 6, 12, 12, 10, 36]);
      put(ws, 1, 1, ['学校における食育の推進　指標評価（令和４年度）']);
      put(ws, 3, 1, ['成果指標', '単位', '目標', '令和4年度\n実績', '担当課\n評価', '備考']);
      rows.forEach((row, i) => put(ws, 4 + i, 1, row));
      wrap(ws, 3, 1, 3 + rows.length, 6);
      box(ws, 3, 1, 3 + rows.length, 6);
      put(ws, 9, 1, ['担当課評価　A：達成　B：概ね達成　C：やや遅れ　D：遅れ']);
    },
    expected: {
      file: 'r4-shokuiku-shihyo-moji-mokuhyo.xlsx',
      fiscalYear: 2022,
      indicators: [
        ind(sheet, '学校給食における県内産食材の使用割合', '％', null, 58.2, { existing: 'A' }),
        ind(sheet, '食に関する指導の全体計画を作成している学校の割合', '％', 100, 95.5, { existing: 'B' }),
        ind(sheet, '学校給食だよりの発行', '回', null, 12, { existing: 'A' }),
        ind(sheet, '地元生産者との交流給食の実施校数', '校', 18, 15, { existing: 'B' }),
      ],
      groups: [],
    },
  };
})();

/** 累計 vs 単年度 columns chosen per row by a 区分 column, and ％ figures stored as fractions under a % format. */
const cumulativeFractions: Holdout2Workbook = (() => {
  const sheet = '進捗状況';
  const rows: [string, string, string, number, number | string, number | string][] = [
    ['食育講座の延べ受講者数', '人', '累計', 2000, 430, 1960],
    ['地産地消推進店の認定数', '店', '累計', 50, 5, 47],
    ['学校給食センター見学者数', '人', '単年度', 1200, 1050, '－'],
    ['学校給食の地場産物使用割合', '％', '単年度', 0.35, 0.331, '－'],
    ['農業体験を行った学校の割合', '％', '単年度', 1, 0.556, '－'],
  ];
  return {
    name: 'r3-shokuiku-shinchoku-ruikei-tannendo',
    layout: 'a 区分 column says 累計 or 単年度 per row, with 実績 in 単年度 and 累計 columns; ％ stored as fractions',
    build(wb) {
      const ws = wb.addWorksheet(sheet);
      widths(ws, [32, 6, 10, 14, 14, 16]);
      put(ws, 1, 1, ['食育・地産地消推進計画　進捗状況（令和３年度）']);
      put(ws, 3, 1, ['指標', '単位', '区分', '目標値\n（令和3年度）', '実績値']);
      merge(ws, 3, 5, 3, 6, '実績値');
      put(ws, 4, 5, ['令和3年度\n（単年度）', '令和3年度末\n（平成31年度からの累計）']);
      for (const c of [1, 2, 3, 4]) merge(ws, 3, c, 4, c);
      rows.forEach((row, i) => {
        put(ws, 5 + i, 1, row);
        if (row[1] === '％') for (const c of [4, 5]) ws.getCell(5 + i, c).numFmt = '0.0%';
      });
      wrap(ws, 3, 1, 4, 6);
      box(ws, 3, 1, 4 + rows.length, 6);
      put(ws, 11, 1, ['※区分が「累計」の指標は、目標値・実績値とも計画初年度（平成31年度）からの累計']);
    },
    expected: {
      file: 'r3-shokuiku-shinchoku-ruikei-tannendo.xlsx',
      fiscalYear: 2021,
      indicators: [
        ind(sheet, '食育講座の延べ受講者数', '人', 2000, 1960),
        ind(sheet, '地産地消推進店の認定数', '店', 50, 47),
        ind(sheet, '学校給食センター見学者数', '人', 1200, 1050),
        ind(sheet, '学校給食の地場産物使用割合', '％', 35, 33.1),
        ind(sheet, '農業体験を行った学校の割合', '％', 100, 55.6),
      ],
      groups: [],
    },
  };
})();

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYear, wordTargets, cumulativeFractions];
