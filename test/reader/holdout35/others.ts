/** Hold-out 35, shapes outside the four families, each with a trap that tempts a silent mistake (written blind). */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

type Sheet = { sheet: string; project: string; name: string; unit: string; last: number; target: number | string; actual: number; note?: string };

function labelSheet(ws: Worksheet, s: Sheet) {
  put(ws, 1, 1, ['事務事業評価シート']);
  const rows: [string, string | number | undefined][] = [
    ['事業名', s.project],
    ['成果指標', s.name],
    ['単位', s.unit],
    ['前年度実績（R5）', s.last],
    ['目標値（R6）', s.target],
    ['実績値（R6）', s.actual],
    ['達成率', typeof s.target === 'number' ? `${((s.actual / s.target) * 100).toFixed(1)}%` : '－'],
    ['備考', s.note],
  ];
  rows.forEach(([k, v], i) => put(ws, 3 + i, 1, [k, v]));
}

const labelSheets: Sheet[] = [
  { sheet: '事業01', project: '市民協働推進事業', name: 'まちづくり活動団体登録数', unit: '団体', last: 128, target: 140, actual: 137 },
  { sheet: '事業02', project: '消費生活相談事業', name: '消費生活相談の解決率', unit: '％', last: 88.4, target: 90, actual: 95.1 },
  {
    sheet: '事業03',
    project: '交通安全対策事業',
    name: '市内交通事故死傷者数',
    unit: '人',
    last: 530,
    target: 480,
    actual: 512,
    note: '本指標は死傷者数の減少を目指すもの',
  },
  { sheet: '事業04', project: '文化会館管理運営事業', name: '文化会館利用者数', unit: '人', last: 85210, target: '前年度以上', actual: 88004 },
];

const morioka: Holdout2Workbook = {
  name: 'h35-label-value-sheets-settings',
  layout: 'label / value sheet per project, the year only in a 評価設定 sheet, a 前年度実績 row, a 「前年度以上」 target, 減少 only in 備考',
  build(wb) {
    const set = wb.addWorksheet('評価設定');
    put(set, 1, 1, ['評価対象年度', '令和6年度']);
    put(set, 2, 1, ['所管', '市民部']);
    for (const s of labelSheets) labelSheet(wb.addWorksheet(s.sheet), s);
  },
  expected: {
    file: 'h35-label-value-sheets-settings.xlsx',
    fiscalYear: 2024,
    indicators: labelSheets.map((s) =>
      ind(s.sheet, s.name, s.unit, typeof s.target === 'number' ? s.target : null, s.actual, s.note ? { direction: 'down' } : {}),
    ),
    groups: [],
  },
};

const akita: Holdout2Workbook = {
  name: 'h35-years-as-rows-cumulative',
  layout:
    'years as rows, indicators as merged 目標 / 実績 column pairs with the unit in the heading, a 見込み figure for the next year, a 累計 row, year only in the title',
  build(wb) {
    const ws = wb.addWorksheet('指標推移');
    put(ws, 1, 1, ['令和６年度　健康づくり推進計画　指標の達成状況']);
    put(ws, 3, 1, ['年度', 'がん検診受診者数（人）', undefined, '健康相談件数（件）', undefined, '特定保健指導実施率（％）']);
    ws.mergeCells('B3:C3');
    ws.mergeCells('D3:E3');
    ws.mergeCells('F3:G3');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['令和３年度', 5200, 5010, 900, 870, 45, 38.2]);
    put(ws, 6, 1, ['令和４年度', 5400, 5320, 950, 1012, 50, 41.5]);
    put(ws, 7, 1, ['令和５年度', 5600, 5480, 1000, 1050, 55, 44.0]);
    put(ws, 8, 1, ['令和６年度', '５，８００', '５，１５０', '１，０５０', '１，１３３', '６０．０', '４７．３']);
    put(ws, 9, 1, ['令和７年度', 6000, '5,900（見込み）', 1100, undefined, 65]);
    put(ws, 10, 1, ['累計（R3～R6）', 22000, 20960, 3900, 4065]);
  },
  expected: {
    file: 'h35-years-as-rows-cumulative.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('指標推移', 'がん検診受診者数', '人', 5800, 5150),
      ind('指標推移', '健康相談件数', '件', 1050, 1133),
      ind('指標推移', '特定保健指導実施率', '％', 60, 47.3),
    ],
    groups: [],
  },
};

const oita: Holdout2Workbook = {
  name: 'h35-side-by-side-reference',
  layout:
    'main table with a 単位 column and an 評価 column, a spacer column and a （参考）県内類似団体 table beside it with the same names, "0件", 2024年度 in the title',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    put(ws, 1, 1, ['2024年度（令和6年度）　環境・安全分野　成果指標評価表']);
    put(ws, 3, 1, ['指標名', '目標値', '実績値', '単位', '評価']);
    put(ws, 3, 7, ['（参考）県内類似団体の平均']);
    ws.mergeCells('G3:I3');
    put(ws, 4, 7, ['指標名', '2023年度', '2024年度']);
    const main: (string | number)[][] = [
      ['資源物リサイクル率', '25.0', '23.4', '％', 'B'],
      ['不法投棄発見件数', '40', '0件', '件', 'A'],
      ['環境学習講座参加者数', '1,200', '1,386', '人', 'A'],
      ['公用車の電動車導入率', '30.0', '18.0', '％', 'C'],
      ['消防団員充足率', '95', '85', '％', 'B'],
    ];
    main.forEach((r, i) => put(ws, 4 + i, 1, r));
    const ref: (string | number)[][] = [
      ['資源物リサイクル率', '21.8', '22.3'],
      ['不法投棄発見件数', '52', '47'],
      ['消防団員充足率', '90.2', '88.7'],
    ];
    ref.forEach((r, i) => put(ws, 5 + i, 7, r));
    put(ws, 10, 1, ['注）不法投棄発見件数は件数の減少を目指す指標。評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h35-side-by-side-reference.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('成果指標', '資源物リサイクル率', '％', 25, 23.4, { existing: 'B' }),
      ind('成果指標', '不法投棄発見件数', '件', 40, 0, { direction: 'down', existing: 'A' }),
      ind('成果指標', '環境学習講座参加者数', '人', 1200, 1386, { existing: 'A' }),
      ind('成果指標', '公用車の電動車導入率', '％', 30, 18, { existing: 'C' }),
      ind('成果指標', '消防団員充足率', '％', 95, 85, { existing: 'B' }),
    ],
    groups: [],
  },
};

const fy: Holdout2Workbook = {
  name: 'h35-fy-hidden-original-target',
  layout:
    'FY2023 / FY2024 / FY2025 headings, a hidden stale 目標（当初） column, a 「維持」 target, 達成 / 概ね達成 / 未達成 words with a legend, 減少 in a note',
  build(wb) {
    const ws = wb.addWorksheet('KPI_FY2024');
    put(ws, 1, 1, ['FY2024 Performance Review ／ 令和6年度 観光交流課 業績評価']);
    put(ws, 3, 1, ['KPI', 'Unit', 'FY2023 実績', 'FY2024 目標', 'FY2024 目標（当初）', 'FY2024 実績', 'FY2025 目標', '達成状況']);
    put(ws, 4, 1, ['外国人宿泊者数', '人泊', 41200, 45000, 60000, 47830, 50000, '達成']);
    put(ws, 5, 1, ['観光案内所利用者数', '人', 18900, '維持', 20000, 19240, '維持', '－']);
    put(ws, 6, 1, ['クルーズ船寄港回数', '回', 6, 10, 12, 7, 10, 'やや未達成']);
    put(ws, 7, 1, ['観光消費額', '億円', 312.5, 330, 350, 298.4, 340, '概ね達成']);
    put(ws, 8, 1, ['観光施設の事故件数', '件', 3, 2, 0, 2, 1, '達成']);
    ws.getColumn(5).hidden = true;
    put(ws, 10, 1, ['【達成状況】達成＝A（100％以上）／概ね達成＝B（80％以上）／やや未達成＝C（60％以上）／未達成＝D（60％未満）']);
    put(ws, 11, 1, ['※観光施設の事故件数は、件数の減少を目指す指標です。']);
  },
  expected: {
    file: 'h35-fy-hidden-original-target.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('KPI_FY2024', '外国人宿泊者数', '人泊', 45000, 47830, { existing: 'A' }),
      ind('KPI_FY2024', '観光案内所利用者数', '人', null, 19240),
      ind('KPI_FY2024', 'クルーズ船寄港回数', '回', 10, 7, { existing: 'C' }),
      ind('KPI_FY2024', '観光消費額', '億円', 330, 298.4, { existing: 'B' }),
      ind('KPI_FY2024', '観光施設の事故件数', '件', 2, 2, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

const noYear: Holdout2Workbook = {
  name: 'h35-no-year-latest-actuals',
  layout: 'plain table, R4 and R5 actual columns and a final 目標値（令和8年度）, no evaluation year stated anywhere (a guess), 減少 in 備考',
  build(wb) {
    const ws = wb.addWorksheet('Sheet1');
    put(ws, 1, 1, ['子ども・子育て支援事業計画　指標一覧']);
    put(ws, 2, 1, ['（こども家庭課）']);
    put(ws, 4, 1, ['No', '指標', '単位', '令和4年度実績', '令和5年度実績', '目標値（令和8年度）', '備考']);
    put(ws, 5, 1, [1, '地域子育て支援拠点利用者数', '人', '31,200', '33,480', '36,000']);
    put(ws, 6, 1, [2, '一時預かり事業延べ利用者数', '人', '4,120', '3,980', '5,000']);
    put(ws, 7, 1, [3, '保育所待機児童数', '人', 8, 5, 0, '減少を目指す指標']);
    put(ws, 8, 1, [4, '病児保育実施施設数', 'か所', 2, 3, 3]);
    put(ws, 9, 1, [5, '子育て応援アプリ登録者数', '人', '2,450', '集計中', '5,000']);
  },
  expected: {
    file: 'h35-no-year-latest-actuals.xlsx',
    fiscalYear: 2023,
    guesses: ['period'],
    indicators: [
      ind('Sheet1', '地域子育て支援拠点利用者数', '人', 36000, 33480),
      ind('Sheet1', '一時預かり事業延べ利用者数', '人', 5000, 3980),
      ind('Sheet1', '保育所待機児童数', '人', 0, 5, { direction: 'down' }),
      ind('Sheet1', '病児保育実施施設数', 'か所', 3, 3),
      ind('Sheet1', '子育て応援アプリ登録者数', '人', 5000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

function section(ws: Worksheet, r: number, title: string, rows: (string | number | undefined)[][]) {
  put(ws, r, 1, [title]);
  put(ws, r + 1, 1, ['指標名', '単位', '基準値（R2）', '目標値', '実績値', '達成率', '評価']);
  rows.forEach((row, i) => put(ws, r + 2 + i, 1, row));
}

const toyohashi: Holdout2Workbook = {
  name: 'h35-stacked-sections-header-block',
  layout:
    'a 評価年度 / 作成日（令和7年） header block, two stacked sections with their own headings, a 小計 row, 「前年度以上」, a ％ stored as a fraction, 減少 in a footnote',
  build(wb) {
    const ws = wb.addWorksheet('施策評価');
    put(ws, 1, 1, ['評価年度', '令和6年度']);
    put(ws, 2, 1, ['作成課', '生活安全課']);
    put(ws, 3, 1, ['作成日', '令和7年5月15日']);
    section(ws, 5, '１　防犯・交通安全', [
      ['刑法犯認知件数', '件', 1230, 980, 1045, '93.8%', 'B'],
      ['交通事故発生件数', '件', 620, 500, 488, '102.5%', 'A'],
      ['防犯カメラ設置台数（累計）', '台', 120, 260, 241, '92.7%', 'B'],
      ['小計（件数）', '件', 1850, 1480, 1533],
    ]);
    section(ws, 12, '２　消費生活', [
      ['消費生活相談件数', '件', 1450, '前年度以上', 1512, '－', '－'],
      ['出前講座の開催回数', '回', 24, 30, 27, '90.0%', 'B'],
      ['相談員研修受講率', '％', 0.8, 1, 0.95, '95.0%', 'B'],
    ]);
    for (const col of [3, 4, 5]) ws.getCell(16, col).numFmt = '0%';
    put(ws, 18, 1, ['注１）刑法犯認知件数及び交通事故発生件数は、件数の減少を目指す指標です。']);
    put(ws, 19, 1, ['注２）評価　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
  },
  expected: {
    file: 'h35-stacked-sections-header-block.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind('施策評価', '刑法犯認知件数', '件', 980, 1045, { direction: 'down', existing: 'B' }),
      ind('施策評価', '交通事故発生件数', '件', 500, 488, { direction: 'down', existing: 'A' }),
      ind('施策評価', '防犯カメラ設置台数（累計）', '台', 260, 241, { existing: 'B' }),
      ind('施策評価', '消費生活相談件数', '件', null, 1512),
      ind('施策評価', '出前講座の開催回数', '回', 30, 27, { existing: 'B' }),
      ind('施策評価', '相談員研修受講率', '％', 100, 95, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [morioka, akita, oita, fy, noYear, toyohashi];
