/**
 * Second hold-out, table layouts: a database export (one row per indicator, year and 目標/実績),
 * English-ish headings, 二段書き cells, targets as a change over the baseline, ratios and money in
 * differing units, 1-1-1 numbering, 前年度/今年度 columns without years.
 */
import { ind, put, type Holdout2Workbook } from './kit';

const S1 = '指標データ';
const dbRows: [string, string, string, string, [number, number | null, number | null][]][] = [
  [
    'K001',
    '観光入込客数',
    '人',
    '増加',
    [
      [2021, 480000, 301000],
      [2022, 490000, 398000],
      [2023, 500000, 452000],
      [2024, 510000, null],
    ],
  ],
  [
    'K002',
    '空き家バンク登録件数',
    '件',
    '増加',
    [
      [2021, 20, 18],
      [2022, 25, 27],
      [2023, 30, 31],
      [2024, 35, null],
    ],
  ],
  [
    'K003',
    '市民1人1日当たりごみ排出量',
    'g',
    '減少',
    [
      [2021, 870, 902],
      [2022, 860, 889],
      [2023, 850, 880],
      [2024, 840, null],
    ],
  ],
  [
    'K004',
    '特定健診受診率',
    '%',
    '増加',
    [
      [2021, 45, 40.2],
      [2022, 50, 41.8],
      [2023, 55, 43.1],
      [2024, 60, null],
    ],
  ],
];

const dbExport: Holdout2Workbook = {
  name: 'h2-db-export-long',
  layout:
    'database export: 指標ID | 指標名 | 単位 | 目指す方向 | 年度 (西暦) | 区分 (目標/実績) | 値, one row per fact; period = latest year with actuals (a guess)',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['指標ID', '指標名', '単位', '目指す方向', '年度', '区分', '値']);
    let r = 2;
    for (const [id, name, unit, dir, years] of dbRows)
      for (const [y, t, a] of years) {
        put(ws, r++, 1, [id, name, unit, dir, y, '目標', t]);
        if (a !== null) put(ws, r++, 1, [id, name, unit, dir, y, '実績', a]);
      }
  },
  expected: {
    file: 'h2-db-export-long.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind(S1, '観光入込客数', '人', 500000, 452000),
      ind(S1, '空き家バンク登録件数', '件', 30, 31),
      ind(S1, '市民1人1日当たりごみ排出量', 'g', 850, 880, { direction: 'down' }),
      ind(S1, '特定健診受診率', '%', 55, 43.1),
    ],
    groups: [],
  },
};

const S2 = 'KPI';
const english: Holdout2Workbook = {
  name: 'h2-english-headings',
  layout: 'English-ish headings: KPI | Unit | FY2022 Target | FY2022 Actual | FY2023 Target | FY2023 Actual | FY2024 Target, title names FY2023 (令和5年度)',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['KPI Progress Report FY2023（令和5年度）']);
    put(ws, 3, 1, ['No.', 'KPI', 'Unit', 'FY2022 Target', 'FY2022 Actual', 'FY2023 Target', 'FY2023 Actual', 'FY2024 Target', 'Note']);
    put(ws, 4, 1, [1, '外国人観光客宿泊者数', '人泊', 8000, 6100, 10000, 9300, 12000]);
    put(ws, 5, 1, [2, 'ふるさと納税寄附件数', '件', 20000, 21500, 22000, 25800, 24000]);
    put(ws, 6, 1, [3, '英語検定3級以上取得中学生割合', '%', 45, 41, 50, 37.5, 55]);
    put(ws, 7, 1, [4, 'Wi-Fi整備観光施設数', '施設', 12, 12, 15, undefined, 18, '集計中']);
    ws.getCell('G7').value = '集計中';
  },
  expected: {
    file: 'h2-english-headings.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2, '外国人観光客宿泊者数', '人泊', 10000, 9300),
      ind(S2, 'ふるさと納税寄附件数', '件', 22000, 25800),
      ind(S2, '英語検定3級以上取得中学生割合', '%', 50, 37.5),
      ind(S2, 'Wi-Fi整備観光施設数', '施設', 15, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const S3 = '事務事業評価';
const twoLine: Holdout2Workbook = {
  name: 'h2-two-line-cells',
  layout: '二段書き: each year cell holds 「目標 100 / 実績 90」 (one with a line break), years as 令和4年度 / 令和5年度 columns, title 令和5年度',
  build(wb) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和5年度 事務事業評価（成果指標）']);
    put(ws, 3, 1, ['番号', '指標名', '単位', '令和4年度', '令和5年度']);
    put(ws, 4, 1, [1, '子育て支援センター利用者数', '人', '目標 12,000 / 実績 11,420', '目標 12,500 / 実績 13,010']);
    put(ws, 5, 1, [2, '放課後児童クラブ待機児童数', '人', '目標 5 / 実績 9', '目標 0 / 実績 3']);
    put(ws, 6, 1, [3, '乳幼児健診受診率', '%', '目標 97 / 実績 95.1', '目標 98\n実績 96.4']);
    put(ws, 7, 1, [4, '子育て講座開催回数', '回', '目標 24 / 実績 20', '目標 24 / 実績 14']);
    ws.getCell('B5').note = '少ないほど良い';
  },
  expected: {
    file: 'h2-two-line-cells.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '子育て支援センター利用者数', '人', 12500, 13010),
      // Fewer is better (the name's comment says so): 目標 0, 実績 3 ⇒ attainment 0 ⇒ D.
      ind(S3, '放課後児童クラブ待機児童数', '人', 0, 3, { direction: 'down' }),
      ind(S3, '乳幼児健診受診率', '%', 98, 96.4),
      ind(S3, '子育て講座開催回数', '回', 24, 14),
    ],
    groups: [],
  },
};

const S4 = '計画指標';
const baseline: Holdout2Workbook = {
  name: 'h2-target-vs-baseline',
  layout: '目標 written relative to the baseline: 「基準値比10%増」, 「基準値から5%減」, 「現状維持」, 「増加」 (no number ⇒ no grade), with one plain number',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['第2期まち・ひと・しごと創生総合戦略 数値目標の進捗（令和5年度実績）']);
    put(ws, 3, 1, ['指標', '単位', '基準値（令和元年度）', '目標（令和5年度）', '実績（令和5年度）', '担当課']);
    put(ws, 4, 1, ['移住相談件数', '件', 200, '基準値比10%増', 236, '企画課']);
    put(ws, 5, 1, ['温室効果ガス排出量（市役所事務事業）', 't-CO2', 12000, '基準値から5%減', 11700, '環境課']);
    put(ws, 6, 1, ['図書館貸出冊数', '冊', 410000, '現状維持', 372000, '生涯学習課']);
    put(ws, 7, 1, ['地域おこし協力隊員数', '人', 4, '増加', 7, '企画課']);
    put(ws, 8, 1, ['創業支援件数', '件', 18, 25, 21, '商工課']);
  },
  expected: {
    file: 'h2-target-vs-baseline.xlsx',
    fiscalYear: 2023,
    // a target computed from the baseline (基準値比10%増 → 220) is the reader's arithmetic, not a figure written: a clerk checks it
    guesses: ['target-from-baseline'],
    indicators: [
      ind(S4, '移住相談件数', '件', 220, 236),
      ind(S4, '温室効果ガス排出量（市役所事務事業）', 't-CO2', 11400, 11700, { direction: 'down' }),
      ind(S4, '図書館貸出冊数', '冊', 410000, 372000),
      { sheet: S4, name: '地域おこし協力隊員数', unit: '人', target: null, actual: 7, grade: null },
      ind(S4, '創業支援件数', '件', 25, 21),
    ],
    groups: [],
  },
};

const S5 = '成果指標';
const units: Holdout2Workbook = {
  name: 'h2-ratios-and-money',
  layout: 'ratios 「3.5倍」 and money with target/actual units differing (「1,200千円」 vs 「1.5百万円」), values as text with units',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和５年度　産業振興施策　成果指標']);
    put(ws, 3, 1, ['指標名', '目標値', '実績値', '達成率', '所管']);
    put(ws, 4, 1, ['有効求人倍率', '1.20倍', '1.05倍', '87.5%', '商工労働課']);
    put(ws, 5, 1, ['ふるさと納税返礼品の新規開発による寄附増加額', '1,200千円', '1.5百万円', '125.0%', '財政課']);
    put(ws, 6, 1, ['企業誘致による設備投資額', '30億円', '2,400百万円', '80.0%', '企業立地課']);
    put(ws, 7, 1, ['農産物直売所売上高', '450,000千円', '4億1千万円', '91.1%', '農政課']);
    put(ws, 8, 1, ['移住体験ツアー参加倍率', '3.5倍', '2.1倍', '60.0%', '企画課']);
  },
  expected: {
    file: 'h2-ratios-and-money.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S5, '有効求人倍率', '倍', 1.2, 1.05),
      ind(S5, 'ふるさと納税返礼品の新規開発による寄附増加額', '千円', 1200, 1500),
      ind(S5, '企業誘致による設備投資額', '億円', 30, 24),
      ind(S5, '農産物直売所売上高', '千円', 450000, 410000),
      ind(S5, '移住体験ツアー参加倍率', '倍', 3.5, 2.1),
    ],
    groups: [],
  },
};

const S6 = '基本計画指標';
const numbered: Holdout2Workbook = {
  name: 'h2-numbered-1-1-1',
  layout: 'indicators numbered 1-1-1 in their own column and prefixed in the name cell, 基準値(H30) | 目標値(R5) | 実績値(R5) | 評価 (the department’s grade)',
  build(wb) {
    const ws = wb.addWorksheet(S6);
    put(ws, 1, 1, ['総合計画 基本計画 成果指標一覧（令和5年度評価）']);
    put(ws, 3, 1, ['番号', '成果指標', '単位', '基準値(H30)', '目標値(R5)', '実績値(R5)', '評価']);
    put(ws, 4, 1, ['1-1-1', '自主防災組織の組織率', '%', 72.5, 85, 83.2, 'B']);
    put(ws, 5, 1, ['1-1-2', '防災メール登録者数', '人', 5200, 9000, 9480, 'A']);
    put(ws, 6, 1, ['1-2-1', '1-2-1 交通事故発生件数', '件', 310, 250, 268, 'B']);
    put(ws, 7, 1, ['2-1-1', '2-1-1　消防団員充足率', '%', 91, 95, 88.4, 'C']);
    put(ws, 8, 1, ['2-1-2', '救命講習受講者数', '人', 1500, 2000, '未実施', 'D']);
    ws.getCell('C6').note = '減少を目指す指標';
    ws.getCell('D3').note = '平成30年度';
  },
  expected: {
    file: 'h2-numbered-1-1-1.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S6, '自主防災組織の組織率', '%', 85, 83.2, { existing: 'B' }),
      ind(S6, '防災メール登録者数', '人', 9000, 9480, { existing: 'A' }),
      // Only a cell comment says fewer is better; a clerk reading the figures (250 target < 310 baseline) reads it as down.
      ind(S6, '交通事故発生件数', '件', 250, 268, { direction: 'down', existing: 'B' }),
      ind(S6, '消防団員充足率', '%', 95, 88.4, { existing: 'C' }),
      ind(S6, '救命講習受講者数', '人', 2000, null, { existing: 'D', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const S7 = '評価調書';
const prevThis: Holdout2Workbook = {
  name: 'h2-prev-this-year',
  layout: '前年度実績 | 今年度目標 | 今年度実績 columns with no years; the year only in a 「（令和５年度）」 title line',
  build(wb) {
    const ws = wb.addWorksheet(S7);
    put(ws, 1, 2, ['事務事業評価調書']);
    put(ws, 2, 2, ['（令和５年度）']);
    put(ws, 4, 2, ['事業名', '活動・成果指標', '単位', '前年度実績', '今年度目標', '今年度実績', '所属']);
    put(ws, 5, 2, ['高齢者健康づくり事業', '介護予防教室参加者数', '人', 1320, 1500, 1410, '健康推進課']);
    put(ws, 6, 2, ['生活習慣病予防事業', 'がん検診受診者数', '人', 8800, 9500, 7300, '健康推進課']);
    put(ws, 7, 2, ['食育推進事業', '食育講座参加者数', '人', 410, 400, 455, '健康推進課']);
    put(ws, 8, 2, ['地域医療確保事業', '休日当番医の空白日数', '日', 6, 0, 0, '地域医療課（少ないほど良い）']);
  },
  expected: {
    file: 'h2-prev-this-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S7, '介護予防教室参加者数', '人', 1500, 1410),
      ind(S7, 'がん検診受診者数', '人', 9500, 7300),
      ind(S7, '食育講座参加者数', '人', 400, 455),
      // Down is better (0 days of gap); target 0 and actual 0: met (an actual of 0 counts as met).
      { sheet: S7, name: '休日当番医の空白日数', unit: '日', target: 0, actual: 0, direction: 'down', grade: 'A' },
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [dbExport, english, twoLine, baseline, units, numbered, prevThis];
