/**
 * Hold-out 131, three traps: a 令和４年度 施策評価シート whose 令和５年度 目標／実績 columns are already filled (the period is the
 * stated one, not the latest), a 成果指標評価表 with a 「前年度以上」 target, a 「－」 actual and 備考 notes that look like values
 * (「（参考）R4実績 39人」「国の目標 30％（2025年）」), and a 進捗状況 table with 単年度／累計 rows where the target is the 累計 one
 * and ％ stored as fractions under a % format.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

/** The stated year's columns among other years' (令和５年度 already filled). */
const O = '施策評価';
const otherYears: Holdout2Workbook = {
  name: 'h131-seishonen-other-year-columns',
  layout: 'trap: 令和４年度 施策評価, 目標／実績 column pairs for 令和３年度…令和５年度 with 令和５年度 already filled',
  build(wb) {
    const ws = wb.addWorksheet(O);
    widths(ws, [32, 7, 9, 9, 9, 9, 9, 9, 26]);
    merge(ws, 1, 1, 1, 9, '令和４年度　施策評価シート（青少年の健全育成）');
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    merge(ws, 4, 1, 5, 1, '成果指標');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 4, 4, '令和３年度');
    merge(ws, 4, 5, 4, 6, '令和４年度');
    merge(ws, 4, 7, 4, 8, '令和５年度');
    merge(ws, 4, 9, 5, 9, '備考');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: Cell[][] = [
      ['青少年健全育成大会の参加者数', '人', 550, 305, 600, 512, 650, 701, '令和３年度は人数制限'],
      ['通学合宿の実施地区数', '地区', 12, 4, 12, 7, 12, 11, '全１２地区'],
      ['子ども会加入率', '％', 55.0, 50.2, 55.0, 48.6, 52.0, 47.1, '各年度５月１日現在'],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    wrap(ws, 4, 1, 8, 9);
    box(ws, 4, 1, 8, 9);
    put(ws, 10, 1, ['※令和５年度欄は本シート更新時（令和６年３月末）の数値を参考に記載']);
  },
  expected: {
    file: 'h131-seishonen-other-year-columns.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O, '青少年健全育成大会の参加者数', '人', 600, 512),
      ind(O, '通学合宿の実施地区数', '地区', 12, 7),
      ind(O, '子ども会加入率', '％', 55.0, 48.6),
    ],
    groups: [],
  },
};

/** A target in words, a 「－」 actual, and 備考 notes with numbers in them. */
const W = '成果指標';
const targetWords: Holdout2Workbook = {
  name: 'h131-heiwa-target-words-notes',
  layout: 'trap: 成果指標評価表 with a 「前年度以上」 target, a 「－」 actual (派遣なし) and 備考 notes that look like values',
  build(wb) {
    const ws = wb.addWorksheet(W);
    widths(ws, [40, 6, 14, 14, 34]);
    merge(ws, 1, 1, 1, 5, '令和５年度　人権・平和施策　成果指標評価表');
    put(ws, 3, 1, ['指標名', '単位', '目標値\n（令和５年度）', '実績値\n（令和５年度）', '備考']);
    const rows: Cell[][] = [
      ['人権擁護委員による特設人権相談所の開設回数', '回', '前年度以上', 24, '法務局と共催'],
      ['女性の防災リーダー登録者数', '人', 60, 47, '（参考）R4実績 39人'],
      ['平和大使派遣者数', '人', 10, '－', '派遣先の受入中止により派遣なし（R4：8人）'],
      ['市職員の管理職に占める女性の割合', '％', 20.0, 17.6, '国の目標 30％（2025年）'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 7, 5);
    box(ws, 3, 1, 7, 5);
  },
  expected: {
    file: 'h131-heiwa-target-words-notes.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '人権擁護委員による特設人権相談所の開設回数', '回', null, 24),
      ind(W, '女性の防災リーダー登録者数', '人', 60, 47),
      ind(W, '平和大使派遣者数', '人', 10, null, { actualStatus: 'not-applicable' }),
      ind(W, '市職員の管理職に占める女性の割合', '％', 20.0, 17.6),
    ],
    groups: [],
  },
};

/** 単年度／累計 rows with the target on the 累計 row; ％ stored as fractions under a % number format. */
const F = '進捗状況';
const fractionsCumulative: Holdout2Workbook = {
  name: 'h131-danjo-fraction-cumulative',
  layout: 'trap: 進捗状況 with 区分 単年度／累計 rows (the 目標値 on the 累計 row) and ％ figures stored as fractions under 0.0% formats',
  build(wb) {
    const ws = wb.addWorksheet(F);
    widths(ws, [34, 8, 6, 11, 11, 11, 13, 9]);
    merge(ws, 1, 1, 1, 8, '人権・男女共同参画推進計画　進捗状況（令和５年度実績）');
    put(ws, 3, 1, ['指標名', '区分', '単位', '令和３年度', '令和４年度', '令和５年度', '目標値\n（令和５年度）', '達成率']);
    merge(ws, 4, 1, 5, 1, '男女共同参画サポーター養成数');
    put(ws, 4, 2, ['単年度', '人', 52, 41, 45, '－', '－']);
    put(ws, 5, 2, ['累計', '人', 52, 93, 138, 150]);
    ws.getCell(5, 8).value = { formula: 'F5/G5', result: 138 / 150 };
    put(ws, 6, 1, ['人権教育講座の受講者満足度', '単年度', '％', 0.874, 0.901, 0.853, 0.9]);
    ws.getCell(6, 8).value = { formula: 'F6/G6', result: 0.853 / 0.9 };
    put(ws, 7, 1, ['平和記念式典への中高生参加率', '単年度', '％', 0.12, 0.18, 0.214, 0.25]);
    ws.getCell(7, 8).value = { formula: 'F7/G7', result: 0.214 / 0.25 };
    for (let r = 6; r <= 7; r++) for (let c = 4; c <= 7; c++) ws.getCell(r, c).numFmt = '0.0%';
    for (let r = 5; r <= 7; r++) ws.getCell(r, 8).numFmt = '0.0%';
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
    put(ws, 9, 1, ['※サポーター養成数の目標値は計画期間（令和３～７年度）の累計。中高生参加率＝式典参加中高生数÷市内中高生数']);
  },
  expected: {
    file: 'h131-danjo-fraction-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F, '男女共同参画サポーター養成数', '人', 150, 138),
      ind(F, '人権教育講座の受講者満足度', '％', 90, 85.3),
      ind(F, '平和記念式典への中高生参加率', '％', 25, 21.4),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, targetWords, fractionsCumulative];
