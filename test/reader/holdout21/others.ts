/**
 * Hold-out 21, other shapes: target and actual sheets joined by near-identical names, years as rows
 * in stacked tables, one project card per sheet, last year's block beside this year's, a cluttered
 * table with revised targets and a total row, an FY table that states no evaluation year and
 * indicators as columns.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const SPLIT_FUZZY: Holdout2Workbook = {
  name: 'h21-split-fuzzy-names',
  layout:
    '目標 and 実績 sheets; the 実績 sheet words two names a little differently (図書館貸出冊数 / 生涯学習講座の受講者数（延べ）), one name with a space, a 前年度実績 column',
  build(wb) {
    const t = wb.addWorksheet('目標');
    put(t, 1, 1, ['第２次生涯学習推進計画　目標値一覧']);
    put(t, 3, 1, ['指標名', '単位', '令和4年度', '令和5年度', '令和6年度']);
    put(t, 4, 1, ['図書館資料貸出冊数', '冊', 410000, 420000, 430000]);
    put(t, 5, 1, ['市民農園利用区画数', '区画', 180, 190, 200]);
    put(t, 6, 1, ['生涯学習講座受講者数', '人', 3000, 3200, 3400]);
    put(t, 7, 1, ['公民館利用者数', '人', 80000, 85000, 90000]);
    const a = wb.addWorksheet('実績');
    put(a, 1, 1, ['令和5年度　実績報告（生涯学習課）']);
    put(a, 3, 1, ['指標', '実績値', '単位', '前年度実績']);
    put(a, 4, 1, ['公民館利用者数', '86,410', '人', '79,880']);
    put(a, 5, 1, ['図書館貸出冊数', '401,220', '冊', '398,500']);
    put(a, 6, 1, ['市民農園 利用区画数', 192, '区画', 184]);
    put(a, 7, 1, ['生涯学習講座の受講者数（延べ）', '2,760', '人', '2,905']);
  },
  expected: {
    file: 'h21-split-fuzzy-names.xlsx',
    fiscalYear: 2023,
    guesses: ['fuzzy-join'],
    indicators: [
      ind('実績', '図書館資料貸出冊数', '冊', 420000, 401220),
      ind('実績', '市民農園利用区画数', '区画', 190, 192),
      ind('実績', '生涯学習講座受講者数', '人', 3200, 2760),
      ind('実績', '公民館利用者数', '人', 85000, 86410),
    ],
    groups: [],
  },
};

/** One small years-as-rows table: a ■ heading with the unit, then 年度 | 目標 | 実績 | 達成率 | 備考. */
function yearTable(ws: Worksheet, row: number, heading: string, rows: (string | number | undefined)[][]) {
  put(ws, row, 1, [heading]);
  put(ws, row + 1, 1, ['年度', '目標', '実績', '達成率', '備考']);
  rows.forEach((r, i) => {
    const at = row + 2 + i;
    put(ws, at, 1, r);
    if (typeof r[1] === 'number' && typeof r[2] === 'number') {
      ws.getCell(at, 4).value = { formula: `C${at}/B${at}`, result: r[2] / r[1] };
      ws.getCell(at, 4).numFmt = '0.0%';
    }
  });
}

const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h21-years-rows-stacked',
  layout:
    'three years-as-rows tables stacked on one sheet (■ heading with 単位), 2021年度…2025年度 rows, a 県平均 reference table beside the first, （見込み） and 集計中',
  build(wb) {
    const ws = wb.addWorksheet('健康づくり指標');
    put(ws, 1, 1, ['健康増進計画　指標の推移（評価対象：2024年度）']);
    yearTable(ws, 3, '■ 特定健康診査受診率（単位：％）', [
      ['2021年度', 50, 47.1],
      ['2022年度', 53, 48.8],
      ['2023年度', 56, 50.2],
      ['2024年度', 60, '52.3（見込み）', undefined, '法定報告は11月確定'],
      ['2025年度', 65, '－'],
    ]);
    put(ws, 3, 8, ['参考：県平均（％）']);
    put(ws, 4, 8, ['年度', '受診率']);
    [48.0, 49.6, 51.1, 52.0].forEach((v, i) => put(ws, 5 + i, 8, [`${2021 + i}年度`, v]));
    yearTable(ws, 11, '■ がん検診受診率（胃がん）（単位：％）', [
      ['2022年度', 13, 11.9],
      ['2023年度', 14, 12.4],
      ['2024年度', 15, '集計中', undefined, '令和7年9月確定予定'],
    ]);
    yearTable(ws, 17, '■ 健康ポイント事業参加者数（単位：人）', [
      ['2022年度', 2000, 1875],
      ['2023年度', 2500, 2633],
      ['2024年度', 3000, 3412],
    ]);
  },
  expected: {
    file: 'h21-years-rows-stacked.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('健康づくり指標', '特定健康診査受診率', '％', 60, 52.3, { actualStatus: 'provisional' }),
      ind('健康づくり指標', 'がん検診受診率（胃がん）', '％', 15, null, { actualStatus: 'pending' }),
      ind('健康づくり指標', '健康ポイント事業参加者数', '人', 3000, 3412),
    ],
    groups: [],
  },
};

/** A project card: label–value rows down columns A:B (a label merged over A, the value merged B:E). */
function card(ws: Worksheet, fields: [string, string | number][], from = 3) {
  put(ws, 1, 1, ['事務事業評価シート']);
  fields.forEach(([label, value], i) => {
    put(ws, from + i, 1, [label, value]);
    ws.mergeCells(from + i, 2, from + i, 5);
  });
}

const CARDS: Holdout2Workbook = {
  name: 'h21-project-cards',
  layout:
    'one project card per sheet (label–value rows, 対象年度 2023年度), a 指標名 beside the 事業名, one card with an R4/R5 mini table, 自己評価 as "Ｂ（概ね順調）", a direction written in words',
  build(wb) {
    card(wb.addWorksheet('事業01'), [
      ['対象年度', '2023年度'],
      ['事業名', '高齢者サロン運営支援事業'],
      ['担当課', '長寿福祉課'],
      ['指標名', 'サロン開設数'],
      ['単位', 'か所'],
      ['目標値', 45],
      ['実績値', 41],
      ['自己評価', 'Ｂ（概ね順調）'],
    ]);
    const ws2 = wb.addWorksheet('事業02');
    card(ws2, [
      ['対象年度', '2023年度'],
      ['事業名', '消防団員確保対策事業'],
      ['担当課', '消防総務課'],
      ['指標名', '消防団員数'],
      ['単位', '人'],
    ]);
    put(ws2, 9, 1, ['年度', '目標値', '実績値', '備考']);
    put(ws2, 10, 1, ['R4', '1,200人', '1,131人', '前年度']);
    put(ws2, 11, 1, ['R5', '1,200人', '1,093人', '4月1日現在']);
    put(ws2, 13, 1, ['自己評価', 'A（順調）']);
    card(wb.addWorksheet('事業03'), [
      ['対象年度', '2023年度'],
      ['事業名', '交通安全啓発事業'],
      ['担当課', '市民生活課'],
      ['指標名', '市内交通事故発生件数'],
      ['単位', '件'],
      ['指標の方向', '減少が望ましい'],
      ['目標値', 320],
      ['実績値', 298],
      ['自己評価', 'A'],
    ]);
  },
  expected: {
    file: 'h21-project-cards.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業01', 'サロン開設数', 'か所', 45, 41, { existing: 'B' }),
      ind('事業02', '消防団員数', '人', 1200, 1093, { existing: 'A' }),
      ind('事業03', '市内交通事故発生件数', '件', 320, 298, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

const SIDE_BY_SIDE: Holdout2Workbook = {
  name: 'h21-last-year-beside',
  layout:
    'last year (令和4年度（前年度）) and this year (令和5年度（今年度）) blocks of 目標/実績/評価 side by side under merged two-row headings, a blank spacer column, full-width digits',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    put(ws, 1, 1, ['令和５年度　行政評価　成果指標一覧（教育委員会）']);
    put(ws, 3, 1, ['指標名', '単位', '令和4年度（前年度）', undefined, undefined, undefined, '令和5年度（今年度）']);
    put(ws, 4, 3, ['目標', '実績', '評価', undefined, '目標', '実績', '評価']);
    ws.mergeCells(3, 1, 4, 1);
    ws.mergeCells(3, 2, 4, 2);
    ws.mergeCells(3, 3, 3, 5);
    ws.mergeCells(3, 7, 3, 9);
    put(ws, 5, 1, ['公民館利用者数', '人', 80000, 76200, 'B', undefined, 85000, 79300, 'B']);
    put(ws, 6, 1, ['図書館貸出冊数', '冊', 410000, 398500, 'B', undefined, 420000, '４３１，２５０', 'A']);
    put(ws, 7, 1, ['スポーツ教室参加者数', '人', 2400, 2310, 'B', undefined, 2500, 1480, 'C']);
    put(ws, 8, 1, ['文化財講座開催回数', '回', 12, 10, 'C', undefined, 12, 12, 'A']);
    put(ws, 10, 1, ['評価：A 順調（100％以上）、B 概ね順調（80％以上）、C やや遅れている（60％以上）、D 遅れている（60％未満）']);
  },
  expected: {
    file: 'h21-last-year-beside.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('成果指標', '公民館利用者数', '人', 85000, 79300, { existing: 'B' }),
      ind('成果指標', '図書館貸出冊数', '冊', 420000, 431250, { existing: 'A' }),
      ind('成果指標', 'スポーツ教室参加者数', '人', 2500, 1480, { existing: 'C' }),
      ind('成果指標', '文化財講座開催回数', '回', 12, 12, { existing: 'A' }),
    ],
    groups: [],
  },
};

const CLUTTERED: Holdout2Workbook = {
  name: 'h21-revised-targets-total',
  layout:
    '当初目標値 and 修正目標値 columns (a note says the revised one counts), an actual in 億/万円 in a 千円 row, a 計 row of two indicators with formulas, a spacer column, （速報値）',
  build(wb) {
    const ws = wb.addWorksheet('指標評価表');
    put(ws, 1, 1, ['令和5年度実績　商工観光課　成果指標評価表']);
    put(ws, 2, 1, ['※目標値を年度途中で修正した指標は、修正後の目標値で評価する。']);
    put(ws, 5, 1, ['No', '指標名', '単位', undefined, '当初目標値', '修正目標値', '実績値', '備考']);
    put(ws, 6, 1, [1, 'ふるさと納税寄附額', '千円', undefined, 150000, undefined, '1億2,345万円']);
    put(ws, 7, 1, [2, '創業支援件数', '件', undefined, 20, 15, 14, '国の補助制度変更により目標値を修正']);
    put(ws, 8, 1, [3, '空き店舗活用件数', '件', undefined, 6, undefined, 6]);
    put(ws, 9, 1, [4, '中心市街地歩行者通行量（平日）', '人/日', undefined, 8000, undefined, 7240, '9月・3月調査の平均']);
    put(ws, 10, 1, [5, '中心市街地歩行者通行量（休日）', '人/日', undefined, 10000, undefined, 6950, '9月・3月調査の平均']);
    put(ws, 11, 2, ['　　計', '人/日']);
    ws.getCell(11, 5).value = { formula: 'E9+E10', result: 18000 };
    ws.getCell(11, 7).value = { formula: 'G9+G10', result: 14190 };
    put(ws, 12, 1, [6, '観光案内所利用者数', '人', undefined, 24000, undefined, '25,870（速報値）']);
  },
  expected: {
    file: 'h21-revised-targets-total.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標評価表', 'ふるさと納税寄附額', '千円', 150000, 123450),
      ind('指標評価表', '創業支援件数', '件', 15, 14),
      ind('指標評価表', '空き店舗活用件数', '件', 6, 6),
      ind('指標評価表', '中心市街地歩行者通行量（平日）', '人/日', 8000, 7240),
      ind('指標評価表', '中心市街地歩行者通行量（休日）', '人/日', 10000, 6950),
      ind('指標評価表', '観光案内所利用者数', '人', 24000, 25870, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

const FY_NO_YEAR: Holdout2Workbook = {
  name: 'h21-fy-pairs-no-year',
  layout:
    'FY2021…FY2024 headings merged over 目標/実績 pairs, a 方向 column (上昇/低減), ％ stored as fractions for one row, no evaluation year written anywhere (latest actuals FY2023)',
  build(wb) {
    const ws = wb.addWorksheet('Sheet1');
    put(ws, 1, 1, ['高齢福祉・介護保険　成果指標']);
    put(ws, 3, 1, ['指標', '単位', '方向', 'FY2021', undefined, 'FY2022', undefined, 'FY2023', undefined, 'FY2024']);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3]) ws.mergeCells(3, c, 4, c);
    for (const c of [4, 6, 8, 10]) ws.mergeCells(3, c, 3, c + 1);
    put(ws, 5, 1, ['健診後保健指導実施率', '％', '上昇', 0.35, 0.331, 0.4, 0.362, 0.45, 0.385, 0.5]);
    for (let c = 4; c <= 10; c++) ws.getCell(5, c).numFmt = '0.0%';
    put(ws, 6, 1, ['介護予防教室参加者数', '人', '上昇', 800, 812, 850, 838, 900, 960, 950]);
    put(ws, 7, 1, ['要介護認定率', '％', '低減', 17.5, 17.9, 17.8, 18.4, 18.0, 18.9, 18.2]);
    put(ws, 8, 1, ['認知症サポーター養成数（累計）', '人', '上昇', 4500, 3650, 5200, 3980, 6000, 4200, 6800]);
  },
  expected: {
    file: 'h21-fy-pairs-no-year.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind('Sheet1', '健診後保健指導実施率', '％', 45, 38.5),
      ind('Sheet1', '介護予防教室参加者数', '人', 900, 960),
      ind('Sheet1', '要介護認定率', '％', 18, 18.9, { direction: 'down' }),
      ind('Sheet1', '認知症サポーター養成数（累計）', '人', 6000, 4200),
    ],
    groups: [],
  },
};

const COLUMNS_PER_INDICATOR: Holdout2Workbook = {
  name: 'h21-indicators-as-columns-h31',
  layout:
    'indicators as columns with the unit in the heading, 目標値/実績値/達成率/評価 rows, full-width digits, a hidden （旧）目標値 row, grades as words, 平成31年度（令和元年度）',
  build(wb) {
    const ws = wb.addWorksheet('R1評価');
    put(ws, 1, 1, ['平成31年度（令和元年度）　消費生活・市民相談　成果指標評価']);
    put(ws, 3, 1, ['項目', '消費者啓発講座開催回数（回）', '多重債務相談解決率（％）', '出前講座受講者数（人）', '特殊詐欺被害件数（件）']);
    put(ws, 4, 1, ['（旧）目標値', 20, 70, 1000, 10]);
    ws.getRow(4).hidden = true;
    put(ws, 5, 1, ['目標値', '５２', '７５．０', '１，２００', '８']);
    put(ws, 6, 1, ['実績値', '４８', '７８．２', '９６０', '１１']);
    put(ws, 7, 1, ['達成率', '92.3%', '104.3%', '80.0%', '72.7%']);
    put(ws, 8, 1, ['評価', '概ね順調', '順調', '概ね順調', 'やや遅れている']);
    put(ws, 9, 1, ['備考', undefined, undefined, undefined, '被害件数は少ないほど良い（達成率は目標÷実績）']);
  },
  expected: {
    file: 'h21-indicators-as-columns-h31.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('R1評価', '消費者啓発講座開催回数', '回', 52, 48, { existing: 'B' }),
      ind('R1評価', '多重債務相談解決率', '％', 75, 78.2, { existing: 'A' }),
      ind('R1評価', '出前講座受講者数', '人', 1200, 960, { existing: 'B' }),
      ind('R1評価', '特殊詐欺被害件数', '件', 8, 11, { direction: 'down', existing: 'C' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [SPLIT_FUZZY, YEARS_AS_ROWS, CARDS, SIDE_BY_SIDE, CLUTTERED, FY_NO_YEAR, COLUMNS_PER_INDICATOR];
