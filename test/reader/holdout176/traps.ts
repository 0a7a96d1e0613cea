/** Hold-out 176, three traps: another year's columns already filled, 累計 vs 単年度 with ％ stored as fractions, non-number targets and notes that look like values. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 令和６年度 効果検証シート of 令和５年度実績: 令和4年度／令和5年度／令和6年度（9月末現在） 目標・実績 pairs, the later one partly filled. */
const O_SHEET = '効果検証';
const oRows: [string, string, string, number, number, number, number, number, number | string][] = [
  ['駅前放置自転車台数', '台', '↓', 320, 335, 300, 318, 280, 262],
  ['駐輪場定期利用率', '％', '↑', 86.0, 84.7, 88.0, 90.4, 90.0, 87.1],
  ['撤去自転車の返還率', '％', '↑', 58.0, 53.9, 60.0, 52.5, 62.0, '－'],
  ['自転車安全利用講習会の受講者数', '人', '↑', 2800, 2410, 3000, 1650, 3200, 1020],
];
const OTHER: Holdout2Workbook = {
  name: 'h176-t-r6-kensho-r5-jisseki',
  layout: '令和６年度 効果検証シート of 令和５年度実績: year pairs 目標／実績 under merged year headings, 令和6年度（9月末現在） already filled',
  build(wb) {
    const ws = wb.addWorksheet(O_SHEET);
    widths(ws, [30, 6, 6, 10, 10, 10, 10, 10, 14]);
    merge(ws, 1, 1, 1, 9, '令和６年度　駐輪対策事業の効果検証シート（令和５年度の取組実績に対する検証）');
    put(ws, 3, 1, ['成果指標', '単位', '方向']);
    merge(ws, 3, 1, 4, 1);
    merge(ws, 3, 2, 4, 2);
    merge(ws, 3, 3, 4, 3);
    merge(ws, 3, 4, 3, 5, '令和4年度');
    merge(ws, 3, 6, 3, 7, '令和5年度');
    merge(ws, 3, 8, 3, 9, '令和6年度（9月末現在）');
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績（9月末）']);
    oRows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 4, 9);
    box(ws, 3, 1, 8, 9);
    put(ws, 9, 1, ['※令和6年度の実績は9月末時点の速報であり、検証の対象外。']);
  },
  expected: {
    file: 'h176-t-r6-kensho-r5-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: oRows.map(([name, unit, dir, , , t, a]) => ind(O_SHEET, name, unit, t, a, { direction: dir === '↓' ? 'down' : 'up' })),
    groups: [],
  },
};

/** 駐輪場整備・利用状況: 計画目標（令和７年度・累計）, 令和４年度目標（累計）, 単年度 and 累計 actuals; ％ as fractions under a % format. */
const K_SHEET = '整備・利用状況';
const CUMU: Holdout2Workbook = {
  name: 'h176-t-ruikei-fraction',
  layout: '累計 vs 単年度 columns with a 令和７年度 plan target beside the year one, ％ rates stored as fractions, 「－」 in 累計 for rates',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [28, 6, 16, 16, 16, 16, 30]);
    merge(ws, 1, 1, 1, 7, '駐輪場の整備・利用状況（令和４年度）');
    put(ws, 3, 1, ['指標', '単位', '計画目標（令和７年度・累計）', '令和４年度目標（累計）', '令和４年度実績（単年度）', '令和４年度末実績（累計）', '備考']);
    const rows: (string | number)[][] = [
      ['駐輪場の整備台数（累計）', '台', 6000, 4800, 620, 4560, '東口第２駐輪場（620台）を整備'],
      ['駅周辺駐輪場の利用率', '％', 0.9, 0.85, 0.812, '－', '率のため累計なし'],
      ['サイクルラック設置基数（累計）', '基', 300, 220, 35, 228, ''],
      ['撤去自転車の返還率', '％', 0.65, 0.6, 0.452, '－', '率のため累計なし'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    for (const r of [5, 7]) for (let c = 3; c <= 5; c++) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 3, 1, 7, 7);
    box(ws, 3, 1, 7, 7);
    put(ws, 9, 1, ['※整備台数・設置基数は令和元年度からの累計で評価する。利用率・返還率は当該年度の値。']);
  },
  expected: {
    file: 'h176-t-ruikei-fraction.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(K_SHEET, '駐輪場の整備台数（累計）', '台', 4800, 4560),
      ind(K_SHEET, '駅周辺駐輪場の利用率', '％', 85, 81.2),
      ind(K_SHEET, 'サイクルラック設置基数（累計）', '基', 220, 228),
      ind(K_SHEET, '撤去自転車の返還率', '％', 60, 45.2),
    ],
    groups: [],
  },
};

/** 評価表 with targets 「増加」, a 集計中 with a 9月末 figure in 備考, 「－」 actual, 備考 notes with numbers (前年度 171台（▲33台）). */
const T_SHEET = '評価表';
const NOTES: Holdout2Workbook = {
  name: 'h176-t-moji-mokuhyo-biko',
  layout: '評価表: a target 「増加」, a 集計中 with a 9月末 figure in 備考, a 「－」 actual, 備考 with numbers and ▲, ○ without legend',
  build(wb) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [5, 32, 8, 6, 12, 12, 6, 40]);
    merge(ws, 1, 1, 1, 8, '令和６年度　駐車場・駐輪場施策　評価表');
    put(ws, 3, 1, ['No.', '指標', '単位', '方向', '目標値', '実績値', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '市営駐車場の年間利用台数', '台', '↑', '増加', 412305, '－', 'R5：398,770台'],
      [2, '駐輪場空き情報アプリの登録者数', '人', '↑', 5000, '集計中', '－', 'R7.5公表予定　※参考 9月末 3,480人'],
      [3, '放置自転車台数', '台', '↓', 150, 138, '○', '前年度 171台（▲33台）'],
      [4, '月極駐車場の契約率', '％', '↑', 90.0, 92.4, '○', '目標は前年度実績（89.1％）を上回る水準で設定'],
      [5, '電動アシスト自転車用駐輪区画数', '区画', '↑', 60, '－', '－', '区画の再配置中のため実績なし（令和７年度に計上）'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 4, 8, 8, 8);
    box(ws, 3, 1, 8, 8);
  },
  expected: {
    file: 'h176-t-moji-mokuhyo-biko.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T_SHEET, '市営駐車場の年間利用台数', '台', null, 412305),
      ind(T_SHEET, '駐輪場空き情報アプリの登録者数', '人', 5000, null, { actualStatus: 'pending' }),
      ind(T_SHEET, '放置自転車台数', '台', 150, 138, { direction: 'down', existing: '○' }),
      ind(T_SHEET, '月極駐車場の契約率', '％', 90, 92.4, { existing: '○' }),
      ind(T_SHEET, '電動アシスト自転車用駐輪区画数', '区画', 60, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [OTHER, CUMU, NOTES];
