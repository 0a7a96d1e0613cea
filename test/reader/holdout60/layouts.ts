/**
 * Hold-out 60, layouts outside the four families: years as rows (a KPI 推移 table, and two stacked tables with derived
 * 達成率 columns), a label/value form going down the sheet, one project per sheet (活動指標 / 成果指標 under a 事業費 table),
 * targets and actuals on two sheets joined by 指標No., and 実績値 / 目標値 headers over period sub-columns.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, fmt, heading, widths } from './sheet';

const FY = 2023;

/** Years as rows, indicators as columns: each indicator's name (with unit) merged over 目標 / 実績. */
const kpiYearsRows: Holdout2Workbook = {
  name: 'h60-kpi-years-rows',
  layout: 'KPI 推移表: 年度 rows (R2–R6), each KPI merged over 目標 / 実績 sub-columns, a 累計 row under the years, direction in a note',
  build(wb) {
    const ws = wb.addWorksheet('KPI推移');
    widths(ws, [2, 14, 11, 11, 11, 11, 11, 11, 11, 11]);
    put(ws, 2, 2, ['第２期 みなと市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）推移表']);
    ws.mergeCells('B2:J2');
    ws.getCell('B2').font = { bold: true, size: 14 };
    put(ws, 3, 2, ['評価対象年度：令和５年度（2023年度）　　作成：企画政策課']);
    ws.mergeCells('B3:J3');
    put(ws, 5, 2, ['年度', '創業支援相談件数（件）', undefined, '新規就農者数（人）', undefined, '観光入込客数（千人）', undefined, '転出超過数（人）']);
    put(ws, 6, 3, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    ws.mergeCells('B5:B6');
    ws.mergeCells('C5:D5');
    ws.mergeCells('E5:F5');
    ws.mergeCells('G5:H5');
    ws.mergeCells('I5:J5');
    heading(ws, 5, 2, 6, 10);
    const years = ['令和２年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度'];
    const cols: [number[], (number | null)[]][] = [
      [
        [100, 110, 120, 130, 140],
        [92, 105, 118, 121, null],
      ],
      [
        [8, 8, 9, 10, 10],
        [6, 9, 7, 11, null],
      ],
      [
        [1200, 1250, 1300, 1350, 1400],
        [640, 810, 1020, 1096, null],
      ],
      [
        [300, 280, 260, 240, 220],
        [352, 331, 298, 276, null],
      ],
    ];
    years.forEach((y, i) => put(ws, 7 + i, 2, [y, ...cols.flatMap(([t, a]) => [t[i], a[i]])]));
    const sum = (xs: (number | null)[]) => xs.slice(0, 4).reduce<number>((s, x) => s + (x ?? 0), 0);
    put(ws, 12, 2, ['累計（R2〜R5）', ...cols.flatMap(([t, a]) => [sum(t), sum(a)])]);
    fmt(ws, 7, 3, 12, 10, '#,##0');
    box(ws, 5, 2, 12, 10);
    put(ws, 14, 2, ['※転出超過数は減少を目指す指標であり、実績値が目標値以下で達成とする。']);
    put(ws, 15, 2, ['※令和６年度の実績値は令和７年６月に確定予定。']);
  },
  expected: {
    file: 'h60-kpi-years-rows.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('KPI推移', '創業支援相談件数', '件', 130, 121),
      ind('KPI推移', '新規就農者数', '人', 10, 11),
      ind('KPI推移', '観光入込客数', '千人', 1350, 1096),
      ind('KPI推移', '転出超過数', '人', 240, 276, { direction: 'down' }),
    ],
    groups: [],
  },
};

/** Two years-as-rows tables stacked on one sheet under 基本目標 headings, headings "名称\n目標値（単位）", derived 達成率 columns. */
const kpiTwoTables: Holdout2Workbook = {
  name: 'h60-kpi-two-tables',
  layout: '効果検証シート: two years-as-rows tables (2021年度–2024年度) stacked, "企業誘致件数\\n目標値（件）" headings, 達成率 columns',
  build(wb) {
    const ws = wb.addWorksheet('効果検証');
    widths(ws, [2, 2, 12, 14, 14, 14, 14, 14, 14]);
    put(ws, 2, 2, ['令和５年度　地方創生推進交付金事業　効果検証シート']);
    ws.mergeCells('B2:I2');
    ws.getCell('B2').font = { bold: true, size: 14 };
    put(ws, 3, 2, ['事業名：みなと市しごと・移住一体推進事業　／　検証会議：令和６年８月２０日']);
    put(ws, 5, 3, ['【基本目標１】地域で稼ぐ力を高め、安定した雇用を創出する']);
    ws.mergeCells('C5:I5');
    put(ws, 6, 3, [
      '年度',
      '企業誘致件数\n目標値（件）',
      '企業誘致件数\n実績値（件）',
      '企業誘致件数\n達成率',
      '市内事業所従業者数\n目標値（人）',
      '市内事業所従業者数\n実績値（人）',
      '市内事業所従業者数\n達成率',
    ]);
    heading(ws, 6, 3, 6, 9);
    ws.getRow(6).height = 32;
    const y4 = ['2021年度', '2022年度', '2023年度', '2024年度'];
    const firm: [number, number | null][] = [
      [2, 1],
      [2, 3],
      [2, 2],
      [2, null],
    ];
    const emp: [number, number | null][] = [
      [15200, 15010],
      [15200, 14890],
      [15300, 15120],
      [15300, null],
    ];
    y4.forEach((y, i) => {
      const [ft, fa] = firm[i];
      const [et, ea] = emp[i];
      put(ws, 7 + i, 3, [y, ft, fa, fa === null ? null : fa / ft, et, ea, ea === null ? null : ea / et]);
    });
    fmt(ws, 7, 6, 10, 6, '0.0%');
    fmt(ws, 7, 7, 10, 8, '#,##0');
    fmt(ws, 7, 9, 10, 9, '0.0%');
    box(ws, 6, 3, 10, 9);
    put(ws, 11, 3, ['※達成率＝実績値÷目標値']);
    put(ws, 13, 3, ['【基本目標２】新しいひとの流れをつくり、結婚・出産・子育ての希望をかなえる']);
    ws.mergeCells('C13:I13');
    put(ws, 14, 3, [
      '年度',
      '移住相談件数\n目標値（件）',
      '移住相談件数\n実績値（件）',
      '移住者数\n目標値（人）',
      '移住者数\n実績値（人）',
      '出生数\n目標値（人）',
      '出生数\n実績値（人）',
    ]);
    heading(ws, 14, 3, 14, 9);
    ws.getRow(14).height = 32;
    const rows: (number | null)[][] = [
      [150, 132, 40, 38, 520, 498],
      [160, 171, 45, 41, 510, 471],
      [170, 158, 50, 52, 500, 455],
      [180, null, 55, null, 490, null],
    ];
    y4.forEach((y, i) => put(ws, 15 + i, 3, [y, ...rows[i]]));
    box(ws, 14, 3, 18, 9);
    put(ws, 19, 3, ['※2024年度の実績値は2025年度の検証会議で報告する。']);
  },
  expected: {
    file: 'h60-kpi-two-tables.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('効果検証', '企業誘致件数', '件', 2, 2),
      ind('効果検証', '市内事業所従業者数', '人', 15300, 15120),
      ind('効果検証', '移住相談件数', '件', 170, 158),
      ind('効果検証', '移住者数', '人', 50, 52),
      ind('効果検証', '出生数', '人', 500, 455),
    ],
    groups: [],
  },
};

/** A label/value form going down the sheet: one card per indicator, 前年度実績値 above the year's 目標値 and 実績値. */
const labelValueForm: Holdout2Workbook = {
  name: 'h60-label-value-form',
  layout: 'label/value cards down column B:C (指標名, 単位, [指標の方向], 前年度実績値（R4）, 目標値（R5）, 実績値（R5）, 達成率, 評価)',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [2, 20, 16, 16]);
    put(ws, 2, 2, ['令和５年度　事務事業評価シート（成果指標）']);
    ws.mergeCells('B2:D2');
    ws.getCell('B2').font = { bold: true, size: 13 };
    put(ws, 3, 2, ['事業名：健康増進事業　　所管課：健康づくり課']);
    ws.mergeCells('B3:D3');
    const cards: [string, string, string | null, number, number, number | string, number, string][] = [
      ['特定健康診査受診率', '％', null, 47.2, 60, 48.6, 48.6 / 60, 'B'],
      ['がん検診受診者数', '人', null, 4880, 5000, '5,214', 5214 / 5000, 'A'],
      ['健康づくり教室参加者数', '人', null, 655, 800, 612, 612 / 800, 'C'],
      ['20歳以上の喫煙率', '％', '減少', 14.1, 12.0, 13.5, 12 / 13.5, 'B'],
    ];
    let r = 5;
    for (const [name, unit, dir, prev, target, actual, rate, grade] of cards) {
      const lines: [string, string | number][] = [
        ['指標名', name],
        ['単位', unit],
        ...(dir ? [['指標の方向', dir] as [string, string]] : []),
        ['前年度実績値（R4）', prev],
        ['目標値（R5）', target],
        ['実績値（R5）', actual],
        ['達成率', rate],
        ['評価', grade],
      ];
      lines.forEach(([label, value], i) => {
        put(ws, r + i, 2, [label, value]);
        ws.mergeCells(r + i, 3, r + i, 4);
        ws.getCell(r + i, 2).fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFF2F2F2' } };
        if (label === '達成率') ws.getCell(r + i, 3).numFmt = '0.0%';
      });
      box(ws, r, 2, r + lines.length - 1, 4);
      r += lines.length + 1;
    }
    put(ws, r, 2, ['※達成率は、喫煙率は目標値÷実績値、その他は実績値÷目標値で算出。評価はA〜Dの4段階。']);
  },
  expected: {
    file: 'h60-label-value-form.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('成果指標', '特定健康診査受診率', '％', 60, 48.6, { existing: 'B' }),
      ind('成果指標', 'がん検診受診者数', '人', 5000, 5214, { existing: 'A' }),
      ind('成果指標', '健康づくり教室参加者数', '人', 800, 612, { existing: 'C' }),
      ind('成果指標', '20歳以上の喫煙率', '％', 12, 13.5, { direction: 'down', existing: 'B' }),
    ],
    groups: [],
  },
};

interface Project {
  sheet: string;
  name: string;
  dept: string;
  purpose: string;
  budget: (number | null)[];
  spent: (number | null)[];
  activity: [string, string, number[], (number | null)[]];
  outcome: [string, string, number[], (number | null)[]];
  self: string;
}

const PROJECTS: Project[] = [
  {
    sheet: '01_放課後児童クラブ',
    name: '放課後児童クラブ運営事業',
    dept: 'こども未来課',
    purpose: '保護者が就労等により昼間家庭にいない児童に、放課後の安全な居場所を提供する。',
    budget: [182000, 191500, 204300, 215800],
    spent: [176420, 188950, 201130, null],
    activity: ['開設クラブ数', 'か所', [12, 13, 14, 14], [12, 13, 14, null]],
    outcome: ['登録児童数', '人', [600, 620, 640, 660], [588, 631, 652, null]],
    self: 'A',
  },
  {
    sheet: '02_シルバー人材',
    name: 'シルバー人材センター運営補助事業',
    dept: '長寿福祉課',
    purpose: '高年齢者の就業機会を確保し、生きがいづくりと地域社会への参加を促進する。',
    budget: [8200, 8200, 8400, 8400],
    spent: [8200, 8200, 8400, null],
    activity: ['就業延べ日数', '日', [42000, 42500, 43000, 43500], [40210, 41880, 39120, null]],
    outcome: ['会員数', '人', [500, 510, 520, 530], [492, 481, 468, null]],
    self: 'B',
  },
  {
    sheet: '03_デマンド交通',
    name: 'デマンド型乗合交通運行事業',
    dept: '交通政策課',
    purpose: '路線バスの廃止地域で予約制の乗合交通を運行し、高齢者等の移動手段を確保する。',
    budget: [21500, 22800, 24100, 25000],
    spent: [20988, 22150, 23870, null],
    activity: ['運行日数', '日', [244, 244, 244, 243], [243, 244, 244, null]],
    outcome: ['延べ利用者数', '人', [11000, 11500, 12000, 12500], [7820, 8410, 8950, null]],
    self: 'B',
  },
];

function projectSheet(ws: Worksheet, p: Project): void {
  widths(ws, [2, 12, 26, 8, 8, 12, 12, 12, 12]);
  put(ws, 2, 2, ['令和５年度　事務事業評価シート']);
  ws.mergeCells('B2:I2');
  ws.getCell('B2').font = { bold: true, size: 14 };
  put(ws, 4, 2, ['事業名', p.name]);
  put(ws, 5, 2, ['担当課', p.dept]);
  put(ws, 6, 2, ['事業の目的', p.purpose]);
  for (const r of [4, 5, 6]) ws.mergeCells(r, 3, r, 9);
  box(ws, 4, 2, 6, 9);
  const years = ['令和３年度', '令和４年度', '令和５年度', '令和６年度'];
  put(ws, 8, 2, ['■事業費']);
  put(ws, 9, 2, ['区分', undefined, undefined, undefined, ...years]);
  put(ws, 10, 2, ['予算額（千円）', undefined, undefined, undefined, ...p.budget]);
  put(ws, 11, 2, ['決算額（千円）', undefined, undefined, undefined, ...p.spent]);
  for (const r of [9, 10, 11]) ws.mergeCells(r, 2, r, 5);
  heading(ws, 9, 2, 9, 9);
  fmt(ws, 10, 6, 11, 9, '#,##0');
  box(ws, 9, 2, 11, 9);
  put(ws, 13, 2, ['■指標']);
  put(ws, 14, 2, ['区分', '指標名', '単位', undefined, ...years]);
  heading(ws, 14, 2, 14, 9);
  (
    [
      ['活動指標', p.activity],
      ['成果指標', p.outcome],
    ] as const
  ).forEach(([kind, [name, unit, t, a]], i) => {
    const r = 15 + 2 * i;
    put(ws, r, 2, [kind, name, unit, '目標', ...t]);
    put(ws, r + 1, 5, ['実績', ...a]);
    for (const c of [2, 3, 4]) ws.mergeCells(r, c, r + 1, c);
  });
  fmt(ws, 15, 6, 18, 9, '#,##0');
  box(ws, 14, 2, 18, 9);
  put(ws, 20, 2, ['自己評価', p.self]);
  put(ws, 21, 2, ['今後の方向性', '継続']);
  box(ws, 20, 2, 21, 3);
}

/** One project per sheet: a 事業費 table (予算額 / 決算額 by year) above 活動指標 / 成果指標 rows of 目標 and 実績. */
const projectPerSheet: Holdout2Workbook = {
  name: 'h60-project-per-sheet',
  layout: '事務事業評価シート, one project per sheet: 事業費 (予算額 / 決算額 × 令和３〜６年度) above 活動指標 / 成果指標 目標 / 実績 rows',
  build(wb) {
    for (const p of PROJECTS) projectSheet(wb.addWorksheet(p.sheet), p);
  },
  expected: {
    file: 'h60-project-per-sheet.xlsx',
    fiscalYear: FY,
    indicators: PROJECTS.flatMap((p) => [p.activity, p.outcome].map(([name, unit, t, a]) => ind(p.sheet, name, unit, t[2], a[2]))),
    groups: [],
  },
};

const TARGETS: [string, string, string, string, number, number[]][] = [
  ['E-01', '市民1人1日当たりのごみ排出量', 'g', '減少', 935, [895, 880, 865, 850]],
  ['E-02', 'リサイクル率', '％', '増加', 19.8, [23.0, 24.0, 25.0, 26.0]],
  ['E-03', '住宅用太陽光発電設備設置補助件数', '件', '増加', 85, [110, 120, 130, 140]],
  ['E-04', '市域の温室効果ガス排出量', '千t-CO2', '減少', 901, [830, 812, 794, 776]],
  ['E-05', '環境学習講座参加者数', '人', '増加', 1020, [1400, 1500, 1600, 1700]],
  ['E-06', '不法投棄通報件数', '件', '減少', 58, [44, 40, 36, 32]],
];

/** Targets on one sheet, actuals on another in another order (by 担当課), joined by 指標No.; a 【参考】 row and a 集計中 actual. */
const splitById: Holdout2Workbook = {
  name: 'h60-split-by-id',
  layout: '目標値 sheet (指標No., 目指す方向, R4–R7目標) and 実績値 sheet (R3–R5実績) in another row order, joined by 指標No.',
  build(wb) {
    const t = wb.addWorksheet('目標値');
    widths(t, [2, 9, 34, 9, 10, 12, 10, 10, 10, 13]);
    put(t, 2, 2, ['第３次みなと市環境基本計画　成果指標　目標値一覧']);
    t.getCell('B2').font = { bold: true, size: 13 };
    put(t, 3, 2, ['計画期間：令和３年度〜令和７年度']);
    put(t, 5, 2, ['指標No.', '指標名', '単位', '目指す方向', '基準値（R元）', 'R4目標', 'R5目標', 'R6目標', 'R7目標（最終）']);
    heading(t, 5, 2, 5, 10);
    TARGETS.forEach(([no, name, unit, dir, base, ts], i) => put(t, 6 + i, 2, [no, name, unit, dir, base, ...ts]));
    box(t, 5, 2, 11, 10);
    const a = wb.addWorksheet('実績値');
    widths(a, [2, 13, 9, 34, 10, 10, 10, 36]);
    put(a, 2, 2, ['成果指標　実績値一覧（評価対象：令和５年度実績）']);
    a.getCell('B2').font = { bold: true, size: 13 };
    put(a, 3, 2, ['※指標No.は目標値シートと共通。並びは担当課順。']);
    put(a, 5, 2, ['担当課', '指標No.', '指標名', 'R3実績', 'R4実績', 'R5実績', '備考']);
    heading(a, 5, 2, 5, 8);
    const rows: (string | number | undefined)[][] = [
      ['環境政策課', 'E-04', '市域の温室効果ガス排出量', 872, 858, '集計中', '国の統計公表後（令和７年３月頃）に確定'],
      ['環境政策課', 'E-03', '住宅用太陽光発電設備設置補助件数', 102, 117, 134, undefined],
      ['環境政策課', 'E-05', '環境学習講座参加者数', 890, 1104, 1182, undefined],
      ['廃棄物対策課', 'E-06', '不法投棄通報件数', 51, 45, 37, undefined],
      ['廃棄物対策課', 'E-01', '市民1人1日当たりのごみ排出量', 918, 907, 902, undefined],
      ['廃棄物対策課', 'E-02', 'リサイクル率', 20.6, 21.0, 21.3, undefined],
      ['廃棄物対策課', '－', '【参考】ごみ総排出量（t）', 41230, 40560, 40105, '指標ではなく参考値'],
    ];
    rows.forEach((r, i) => put(a, 6 + i, 2, r));
    fmt(a, 6, 5, 12, 7, '#,##0.0;-#,##0.0;0;@');
    box(a, 5, 2, 12, 8);
  },
  expected: {
    file: 'h60-split-by-id.xlsx',
    fiscalYear: FY,
    indicators: [
      ind('実績値', '市民1人1日当たりのごみ排出量', 'g', 880, 902, { direction: 'down' }),
      ind('実績値', 'リサイクル率', '％', 24, 21.3),
      ind('実績値', '住宅用太陽光発電設備設置補助件数', '件', 120, 134),
      ind('実績値', '市域の温室効果ガス排出量', '千t-CO2', 812, null, { direction: 'down', actualStatus: 'pending' }),
      ind('実績値', '環境学習講座参加者数', '人', 1500, 1182),
      ind('実績値', '不法投棄通報件数', '件', 40, 37, { direction: 'down' }),
    ],
    groups: [],
  },
};

const SPORTS: [string, string, (number | null)[], number[]][] = [
  ['週1回以上スポーツをする成人の割合', '％', [45.2, 47.8, 49.1, null], [52.0, 54.0, 55.0]],
  ['総合体育館利用者数', '人', [98412, 121530, 138904, null], [150000, 155000, 160000]],
  ['スポーツ教室参加者数', '人', [1820, 2110, 2460, null], [2400, 2450, 2500]],
  ['スポーツ少年団団員数', '人', [1205, 1168, 1102, null], [1250, 1250, 1250]],
];

const SPORT_FACTS = SPORTS.map(([name, unit, a, t]) => ind('施策評価', name, unit, t[0], a[2]));

/** 実績値 merged over Ｒ３–Ｒ６ and 目標値 over Ｒ５–Ｒ７; the sheet is 令和６年度's, the year evaluated (令和５年度) is in a cell beside. */
const measureOverPeriods: Holdout2Workbook = {
  name: 'h60-measure-over-periods',
  layout: '施策評価シート 令和６年度: 実績値 over Ｒ３ Ｒ４ Ｒ５ Ｒ６ (Ｒ６ empty), 目標値 over Ｒ５ Ｒ６ Ｒ７（最終）, 評価対象年度 令和５年度 in J4',
  build(wb) {
    const ws = wb.addWorksheet('施策評価');
    widths(ws, [2, 34, 7, 10, 10, 10, 10, 10, 10, 11, 11]);
    put(ws, 2, 2, ['令和６年度　施策評価シート']);
    ws.mergeCells('B2:K2');
    ws.getCell('B2').font = { bold: true, size: 14 };
    put(ws, 4, 2, ['施策', '3-2 生涯スポーツの推進', undefined, undefined, undefined, undefined, '評価対象年度', undefined, '令和５年度']);
    ws.mergeCells('C4:G4');
    ws.mergeCells('H4:I4');
    ws.mergeCells('J4:K4');
    put(ws, 5, 2, ['主管課', 'スポーツ振興課']);
    ws.mergeCells('C5:G5');
    box(ws, 4, 2, 5, 11);
    put(ws, 7, 2, ['成果指標', '単位', '実績値', undefined, undefined, undefined, '目標値', undefined, undefined, '達成率（Ｒ５）']);
    put(ws, 8, 4, ['Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ５', 'Ｒ６', 'Ｒ７（最終）']);
    ws.mergeCells('B7:B8');
    ws.mergeCells('C7:C8');
    ws.mergeCells('D7:G7');
    ws.mergeCells('H7:J7');
    ws.mergeCells('K7:K8');
    heading(ws, 7, 2, 8, 11);
    SPORTS.forEach(([name, unit, a, t], i) => put(ws, 9 + i, 2, [name, unit, ...a, ...t, (a[2] as number) / t[0]]));
    fmt(ws, 9, 4, 12, 10, '#,##0.0;-#,##0.0;0');
    fmt(ws, 10, 4, 12, 10, '#,##0');
    fmt(ws, 9, 11, 12, 11, '0.0%');
    box(ws, 7, 2, 12, 11);
    put(ws, 14, 2, ['施策の達成状況', 'B', undefined, '※A 順調　B 概ね順調　C やや遅れている　D 遅れている']);
    ws.mergeCells('C14:D14');
    ws.getCell('C14').alignment = { horizontal: 'center' };
    box(ws, 14, 2, 14, 4);
    put(ws, 16, 2, ['※Ｒ６の実績値は令和７年度の施策評価で記入する。']);
  },
  expected: {
    file: 'h60-measure-over-periods.xlsx',
    fiscalYear: FY,
    indicators: SPORT_FACTS,
    groups: [{ sheet: '施策評価', cell: 'C14', grade: rollUp(SPORT_FACTS.map((i) => i.grade)) }],
  },
};

export const LAYOUT_WORKBOOKS: Holdout2Workbook[] = [kpiYearsRows, kpiTwoTables, labelValueForm, projectPerSheet, splitById, measureOverPeriods];
