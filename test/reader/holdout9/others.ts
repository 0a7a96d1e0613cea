/** Hold-out 9: other shapes from municipal practice (one project per sheet, years as rows, split sheets, ％ as fractions, an unstated period). */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const PROJECTS: [string, string, string, number, number, string][] = [
  ['地域公共交通対策事業', 'デマンド交通利用者数', '人', 12000, 10950, 'B'],
  ['空き家バンク運営事業', '空き家バンク成約件数', '件', 25, 31, 'A'],
  ['市民活動支援事業', '市民活動団体登録数', '団体', 140, 96, 'C'],
];

/** One 事務事業評価調書 per sheet, labels down column A and values beside them. */
const projectPerSheet: Holdout2Workbook = {
  name: 'h9-n-project-sheets',
  layout: 'one 事務事業評価調書 per sheet: labels (事業名, 評価年度, 成果指標, 単位, 目標値, 実績値, 一次評価) down A, values in B',
  build(wb) {
    PROJECTS.forEach(([project, name, unit, target, actual, grade], i) => {
      const ws = wb.addWorksheet(`調書${i + 1}`);
      put(ws, 1, 1, ['事務事業評価調書']);
      const rows: [string, string | number][] = [
        ['評価年度', '令和5年度'],
        ['事業名', project],
        ['担当課', '企画政策課'],
        ['成果指標', name],
        ['単位', unit],
        ['目標値', target],
        ['実績値', actual],
        ['一次評価', grade],
      ];
      rows.forEach(([label, value], r) => put(ws, 3 + r, 1, [label, value]));
    });
  },
  expected: {
    file: 'h9-n-project-sheets.xlsx',
    fiscalYear: 2023,
    indicators: PROJECTS.map(([, name, unit, target, actual, grade], i) => ind(`調書${i + 1}`, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

const Y = '成果指標推移';

/** Years down the rows, each indicator two columns (目標 / 実績) under a merged heading with its unit in brackets. */
const yearsAsRows: Holdout2Workbook = {
  name: 'h9-n-years-down',
  layout: 'years 令和2年度…令和7年度 down the rows, each indicator a merged heading "名（単位）" over 目標 / 実績 columns, evaluation year in the title',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    put(ws, 1, 1, ['生涯学習推進計画　成果指標の推移（令和5年度評価）']);
    put(ws, 3, 1, ['年度', '図書館貸出冊数（冊）', undefined, '公民館講座受講者数（人）', undefined, 'スポーツ施設利用者数（人）']);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    put(ws, 4, 1, [undefined, '目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['令和2年度', 480000, 452000, 5200, 3100, 310000, 221000]);
    put(ws, 6, 1, ['令和3年度', 490000, 470500, 5300, 4010, 320000, 268000]);
    put(ws, 7, 1, ['令和4年度', 500000, 488200, 5400, 4620, 330000, 301500]);
    put(ws, 8, 1, ['令和5年度', 510000, 503900, 5500, 5610, 340000, 262300]);
    put(ws, 9, 1, ['令和6年度', 520000, undefined, 5600, undefined, 350000]);
    put(ws, 10, 1, ['令和7年度', 530000, undefined, 5700, undefined, 360000]);
  },
  expected: {
    file: 'h9-n-years-down.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y, '図書館貸出冊数', '冊', 510000, 503900),
      ind(Y, '公民館講座受講者数', '人', 5500, 5610),
      ind(Y, 'スポーツ施設利用者数', '人', 340000, 262300),
    ],
    groups: [],
  },
};

const T = '目標';
const R = '実績';

/** Targets and actuals on two sheets, joined by 指標番号; the 実績 sheet lists them in another order. */
const splitSheets: Holdout2Workbook = {
  name: 'h9-n-split-by-number',
  layout: 'two sheets, 目標 (番号 | 指標名 | 単位 | 令和5年度目標) and 実績 (番号 | 指標名 | 令和5年度実績), joined by 番号, rows in another order',
  build(wb) {
    const t = wb.addWorksheet(T);
    put(t, 1, 1, ['農業振興計画　指標の目標値']);
    put(t, 3, 1, ['番号', '指標名', '単位', '令和5年度目標']);
    put(t, 4, 1, ['1-1', '新規就農者数', '人', 8]);
    put(t, 5, 1, ['1-2', '認定農業者数', '経営体', 420]);
    put(t, 6, 1, ['2-1', '農産物直売所売上額', '百万円', 350]);
    const r = wb.addWorksheet(R);
    put(r, 1, 1, ['農業振興計画　令和5年度実績']);
    put(r, 3, 1, ['番号', '指標名', '令和5年度実績']);
    put(r, 4, 1, ['2-1', '農産物直売所売上額', 362]);
    put(r, 5, 1, ['1-1', '新規就農者数', 5]);
    put(r, 6, 1, ['1-2', '認定農業者数', 398]);
  },
  expected: {
    file: 'h9-n-split-by-number.xlsx',
    fiscalYear: 2023,
    indicators: [ind(T, '新規就農者数', '人', 8, 5), ind(T, '認定農業者数', '経営体', 420, 398), ind(T, '農産物直売所売上額', '百万円', 350, 362)],
    groups: [],
  },
};

const P = '達成状況';

/** ％ figures stored as fractions under a 0.0% format, beside a computed 達成率 column. */
const percentFractions: Holdout2Workbook = {
  name: 'h9-n-percent-fractions',
  layout: 'table 指標 | 単位 | 基準値 | 令和5年度目標 | 令和5年度実績 | 達成率, ％ values stored as fractions under "0.0%", 達成率 also a %',
  build(wb) {
    const ws = wb.addWorksheet(P);
    put(ws, 1, 1, ['男女共同参画プラン　数値目標の達成状況']);
    put(ws, 3, 1, ['指標', '単位', '基準値', '令和5年度目標', '令和5年度実績', '達成率']);
    const rows: [string, string, number, number, number][] = [
      ['審議会等における女性委員の割合', '％', 0.284, 0.35, 0.312],
      ['男性の育児休業取得率', '％', 0.12, 0.3, 0.318],
      ['女性の就業率', '％', 0.52, 0.56, 0.542],
    ];
    rows.forEach(([name, unit, base, target, actual], i) => {
      put(ws, 4 + i, 1, [name, unit, base, target, actual, actual / target]);
      for (const c of [3, 4, 5, 6]) ws.getCell(4 + i, c).numFmt = '0.0%';
    });
  },
  expected: {
    file: 'h9-n-percent-fractions.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P, '審議会等における女性委員の割合', '％', 35, 31.2),
      ind(P, '男性の育児休業取得率', '％', 30, 31.8),
      ind(P, '女性の就業率', '％', 56, 54.2),
    ],
    groups: [],
  },
};

const U = '進捗管理';

/** Nothing states the year: the latest year with actuals (one of them 見込み) is the one read, a guess to flag. */
const unstatedPeriod: Holdout2Workbook = {
  name: 'h9-n-unstated-period',
  layout:
    'progress table 指標 | 単位 | 令和3年度 | 令和4年度 | 令和5年度 | 令和6年度, 計画値 and 実績値 per indicator, no evaluation year written, one actual "（見込み）"',
  build(wb) {
    const ws = wb.addWorksheet(U);
    put(ws, 1, 1, ['地域福祉計画　進捗管理表']);
    put(ws, 3, 1, ['指標', '区分', '単位', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    put(ws, 4, 1, ['認知症サポーター養成者数', '計画値', '人', 600, 650, 700, 750]);
    put(ws, 5, 1, [undefined, '実績値', undefined, 540, 712, '688（見込み）']);
    put(ws, 6, 1, ['地域見守り協力事業所数', '計画値', '事業所', 80, 90, 100, 110]);
    put(ws, 7, 1, [undefined, '実績値', undefined, 77, 85, 92]);
    put(ws, 8, 1, ['福祉ボランティア登録者数', '計画値', '人', 1200, 1250, 1300, 1350]);
    put(ws, 9, 1, [undefined, '実績値', undefined, 1020, 990, 760]);
  },
  expected: {
    file: 'h9-n-unstated-period.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(U, '認知症サポーター養成者数', '人', 700, 688, { actualStatus: 'provisional' }),
      ind(U, '地域見守り協力事業所数', '事業所', 100, 92),
      ind(U, '福祉ボランティア登録者数', '人', 1300, 760),
    ],
    groups: [],
    guesses: ['period'],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [projectPerSheet, yearsAsRows, splitSheets, percentFractions, unstatedPeriod];
