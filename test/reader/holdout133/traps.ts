/**
 * Hold-out 133, three traps: a 動物愛護 推進状況 whose 譲渡頭数 target is 累計 beside 単年度 and 累計 実績 rows (with ％ stored
 * as fractions and full-width text counts); a 令和３年度 成果指標評価表 with targets that are not numbers (「前年度以下」「増加」),
 * a 集計中, a target of 0 under ↓ and 備考 that look like figures (「令和２年度：3件」「最終目標 令和７年度 150件」); and a
 * 令和６年度 行政評価シート of 令和５年度実績 with 前年度実績（R4）, 最終目標値（R8）, a 達成率 column and full-width figures.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- 累計 vs 単年度, fractions (令和５年度)

const R_SHEET = '推進状況';

const ruikei: Holdout2Workbook = {
  name: 'h133-t-joto-ruikei',
  layout:
    '動物愛護 推進状況 令和５年度評価: 譲渡頭数 目標値（累計） with 実績値（単年度） and 実績値（累計） rows, 立入検査実施率 as fractions under 0.0%, 開催回数 as full-width text, 令和6・7年度 targets only',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [30, 6, 16, 11, 11, 11, 11, 14]);
    merge(ws, 1, 1, 1, 8, '動物愛護管理推進計画　推進状況（令和５年度評価）');
    put(ws, 3, 1, ['指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度\n（最終年度）']);
    merge(ws, 4, 1, 6, 1, '犬猫の譲渡頭数');
    merge(ws, 4, 2, 6, 2, '頭');
    put(ws, 4, 3, ['目標値（累計）', 200, 400, 600, 800, 1000]);
    put(ws, 5, 3, ['実績値（単年度）', 190, 205, 214]);
    put(ws, 6, 3, ['実績値（累計）', 190, 395, 609]);
    merge(ws, 7, 1, 8, 1, '動物取扱業者への立入検査実施率');
    merge(ws, 7, 2, 8, 2, '％');
    put(ws, 7, 3, ['目標値', 1, 1, 1, 1, 1]);
    put(ws, 8, 3, ['実績値', 0.92, 0.955, 0.875]);
    for (let c = 4; c <= 8; c++) ws.getCell(7, c).numFmt = '0%';
    for (let c = 4; c <= 6; c++) ws.getCell(8, c).numFmt = '0.0%';
    merge(ws, 9, 1, 10, 1, '動物愛護教室の開催回数');
    merge(ws, 9, 2, 10, 2, '回');
    put(ws, 9, 3, ['目標値', '１０', '１０', '１０', '１０', '１０']);
    put(ws, 10, 3, ['実績値', '８', '１１', '１２']);
    wrap(ws, 3, 1, 3, 8);
    box(ws, 3, 1, 10, 8);
    put(ws, 12, 1, ['※譲渡頭数の目標値は計画期間（令和３～７年度）の累計。単年度の目安は200頭。']);
  },
  expected: {
    file: 'h133-t-joto-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R_SHEET, '犬猫の譲渡頭数', '頭', 600, 609),
      ind(R_SHEET, '動物取扱業者への立入検査実施率', '％', 100, 87.5),
      ind(R_SHEET, '動物愛護教室の開催回数', '回', 10, 12),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- targets that are not numbers (令和３年度)

const N_SHEET = '評価表';

const noNumber = (name: string, unit: string, actual: number, direction: 'up' | 'down', existing: string): ExpectedIndicator => ({
  sheet: N_SHEET,
  name,
  unit,
  target: null,
  actual,
  direction,
  existing,
  grade: null,
});

const notNumber: Holdout2Workbook = {
  name: 'h133-t-mokuhyo-hisuchi',
  layout: '令和３年度 成果指標評価表: 目標値 「前年度以下」「増加」, a 集計中, target 0 under ↓, 備考 with figures of other years, department grades beside',
  build(wb) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [5, 28, 6, 10, 12, 14, 8, 30]);
    merge(ws, 1, 1, 1, 8, '令和３年度　生活衛生分野　成果指標評価表');
    put(ws, 3, 1, ['No.', '指標名', '単位', '目指す方向', '目標値', '令和３年度実績', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '食中毒発生件数', '件', '↓', '前年度以下', 2, 'A', '令和２年度：3件'],
      [2, '墓地台帳の電子化率', '％', '↑', 100, '集計中', '－', '令和４年５月に確定予定'],
      [3, '特定建築物立入検査件数', '件', '↑', 120, 131, 'A', '（最終目標 令和７年度 150件）'],
      [4, '犬による咬傷事故件数', '件', '↓', 0, 4, 'D', '全て飼い犬によるもの'],
      [5, '地域猫活動団体数', '団体', '↑', '増加', 14, 'A', '令和２年度：11団体'],
      [6, '動物愛護推進員の委嘱人数', '人', '↑', 20, 18, 'B'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
    put(ws, 11, 1, ['※評価　A：目標達成　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h133-t-mokuhyo-hisuchi.xlsx',
    fiscalYear: 2021,
    indicators: [
      noNumber('食中毒発生件数', '件', 2, 'down', 'A'),
      ind(N_SHEET, '墓地台帳の電子化率', '％', 100, null, { actualStatus: 'pending' }),
      ind(N_SHEET, '特定建築物立入検査件数', '件', 120, 131, { existing: 'A' }),
      ind(N_SHEET, '犬による咬傷事故件数', '件', 0, 4, { direction: 'down', existing: 'D' }),
      noNumber('地域猫活動団体数', '団体', 14, 'up', 'A'),
      ind(N_SHEET, '動物愛護推進員の委嘱人数', '人', 20, 18, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 令和６年度の評価, 令和５年度実績

const Y_SHEET = '成果指標';

const otherYears: Holdout2Workbook = {
  name: 'h133-t-hyoka-nendo-zure',
  layout:
    '令和６年度 行政評価シート（令和５年度実績）: 基準値（R元）, 前年度実績（R4）, 目標値（R5）, 実績値（R5）, 達成率, 最終目標値（R8）, full-width figures in one row',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [5, 28, 6, 8, 11, 12, 11, 11, 9, 12]);
    merge(ws, 1, 1, 1, 10, '令和６年度　行政評価シート（令和５年度実績）');
    put(ws, 2, 1, ['施策：生活衛生の向上と動物愛護の推進　　担当：環境衛生課']);
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '目標の\n方向',
      '基準値\n（R元）',
      '前年度実績\n（R4）',
      '目標値\n（R5）',
      '実績値\n（R5）',
      '達成率',
      '最終目標値\n（R8）',
    ]);
    const rows: (string | number)[][] = [
      [1, '猫の引取り数', '頭', '減少', 420, 310, 280, 296, '94.6%', 200],
      [2, '斎場の利用者満足度', '％', '増加', 78.0, 84.2, 90.0, 86.0, '95.6%', 92.0],
      [3, '衛生害虫駆除講習会の参加者数', '人', '増加', 120, 132, 150, 98, '65.3%', 200],
      [4, '市営墓地の区画貸付率', '％', '増加', '９１．５', '９４．８', '９５．０', '９６．２', '101.3%', '９７．０'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 8, 10);
    box(ws, 4, 1, 8, 10);
    put(ws, 10, 1, ['※達成率＝実績値÷目標値（減少を目指す指標は目標値÷実績値）']);
  },
  expected: {
    file: 'h133-t-hyoka-nendo-zure.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '猫の引取り数', '頭', 280, 296, { direction: 'down' }),
      ind(Y_SHEET, '斎場の利用者満足度', '％', 90.0, 86.0),
      ind(Y_SHEET, '衛生害虫駆除講習会の参加者数', '人', 150, 98),
      ind(Y_SHEET, '市営墓地の区画貸付率', '％', 95.0, 96.2),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, notNumber, otherYears];
