/**
 * Hold-out 90, part 3: three traps (an old plan's target year written 「H35年度」 = 令和5年度; a title in 和暦 one year off the
 * 西暦 headings, a typo; cumulative KPI targets over the plan with yearly actuals and a 累計 row below them).
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 環境白書（年次報告）: the 第2次環境基本計画 was made in 平成28年, so its headings still say 基準値（H26年度）, 中間目標（H30年度）
// and 目標値（H35年度）; H35 = 令和5年度, the year reported, so the 目標値 column is that year's target. 実績値 R元〜R5 under
// one merged heading.
type Kankyo = [string, string, number, number, number[], number, string | undefined];
const KANKYO: Kankyo[] = [
  ['1人1日当たりのごみ排出量', 'g', 985, 930, [951, 958, 936, 918, 902], 880, '削減を目指す'],
  ['リサイクル率', '％', 18.2, 22.0, [19.5, 20.1, 19.9, 20.3, 19.8], 25.0, undefined],
  ['住宅用太陽光発電設備の設置件数（累計）', '件', 1850, 2800, [2960, 3180, 3390, 3610, 3812], 3500, undefined],
  ['環境学習講座の参加者数', '人', 1420, 1700, [1655, 420, 880, 1302, 1486], 2000, 'R2は感染症対策で講座を縮小'],
  ['公園愛護会の団体数', '団体', 41, 50, [48, 49, 50, 51, 52], 60, undefined],
  ['河川の環境基準（BOD）達成率', '％', 87.5, 100, [100, 87.5, 100, 100, 100], 100, '市内8地点'],
];
const T1 = '進捗状況';
const heisei35: Holdout2Workbook = {
  name: 'h90-trap-heisei35',
  layout:
    '令和5年度版環境白書の第2次環境基本計画（平成28〜35年度）の進捗: 見出しは計画策定時のまま 基準値（H26年度）・中間目標（H30年度）・目標値（H35年度）、「実績値」の下にR元〜R5年度、H35年度＝令和5年度でその年の目標',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度版　○○市環境白書（年次報告）']);
    put(ws, 2, 1, ['第2次○○市環境基本計画（計画期間：平成28年度～平成35年度）　環境指標の進捗状況']);
    put(ws, 4, 1, [
      '環境指標',
      '単位',
      '基準値\n（H26年度）',
      '中間目標\n（H30年度）',
      '実績値',
      undefined,
      undefined,
      undefined,
      undefined,
      '目標値\n（H35年度）',
      '備考',
    ]);
    put(ws, 5, 5, ['R元年度', 'R2年度', 'R3年度', 'R4年度', 'R5年度']);
    ws.mergeCells('E4:I4');
    for (const c of [1, 2, 3, 4, 10, 11]) ws.mergeCells(4, c, 5, c);
    for (const c of [3, 4, 10]) ws.getCell(4, c).alignment = { wrapText: true };
    KANKYO.forEach(([name, unit, base, mid, actuals, target, biko], i) => {
      put(ws, 6 + i, 1, [name, unit, base, mid, ...actuals, target, biko]);
      for (let c = 3; c <= 10; c++) ws.getCell(6 + i, c).numFmt = unit === '％' ? '0.0' : '#,##0';
    });
    put(ws, 13, 1, ['出典：環境政策課調べ、ごみ排出量・リサイクル率は一般廃棄物処理実態調査']);
    ws.getColumn(1).width = 40;
    ws.getColumn(11).width = 30;
  },
  expected: {
    file: 'h90-trap-heisei35.xlsx',
    fiscalYear: 2023,
    indicators: KANKYO.map(([name, unit, , , actuals, target, biko]) =>
      ind(T1, name, unit, target, actuals[4], biko === '削減を目指す' ? { direction: 'down' } : {}),
    ),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 子ども・子育て支援事業計画の進捗状況: the title says 令和4年度 but the headings are 2021年度〜2024年度 in 西暦, the sheet is dated
// 令和6年5月 and 2023年度 is the latest column with 実績 (2024年度 has a 目標 only). A clerk takes 2023年度 (令和5年度) as the year
// reported and the title as a typo, but would ask the department before grading: a guess of the period, flagged.
type Kodomo = [string, string, number, [number, number][], number, string | undefined, boolean];
const KODOMO: Kodomo[] = [
  [
    '放課後児童クラブの待機児童数',
    '人',
    38,
    [
      [25, 31],
      [18, 22],
      [10, 14],
    ],
    0,
    '減少を目指す',
    true,
  ],
  [
    '地域子育て支援拠点の利用者数',
    '人',
    35200,
    [
      [38000, 30410],
      [40000, 36880],
      [42000, 39150],
    ],
    44000,
    undefined,
    false,
  ],
  [
    'ファミリー・サポート・センターの会員数',
    '人',
    1020,
    [
      [1080, 1041],
      [1120, 1075],
      [1150, 1098],
    ],
    1180,
    undefined,
    false,
  ],
  [
    '一時預かり事業の延べ利用者数',
    '人日',
    8960,
    [
      [9400, 6820],
      [9600, 8935],
      [9800, 10412],
    ],
    10000,
    undefined,
    false,
  ],
  [
    '乳児家庭全戸訪問事業の訪問率',
    '％',
    96.8,
    [
      [98.0, 97.5],
      [98.0, 98.2],
      [98.0, 97.1],
    ],
    98.0,
    undefined,
    false,
  ],
  [
    '利用者支援事業の相談件数',
    '件',
    1830,
    [
      [2000, 2215],
      [2200, 2604],
      [2400, 2861],
    ],
    2600,
    undefined,
    false,
  ],
];
const T2 = '進捗状況';
const yearTypo: Holdout2Workbook = {
  name: 'h90-trap-title-year-typo',
  layout:
    '第2期子ども・子育て支援事業計画の進捗: 表題は「令和4年度」だが見出しは西暦の2021〜2024年度（各年度 目標・実績）、作成は令和6年5月、実績があるのは2023年度まで（表題の誤記。2023年度を読むが係も確認する推測）',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['令和4年度　第2期○○市子ども・子育て支援事業計画　進捗状況報告']);
    put(ws, 2, 1, ['令和6年5月　こども家庭課']);
    put(ws, 4, 1, ['指標', '単位', '基準値\n（2019年度）', '2021年度', undefined, '2022年度', undefined, '2023年度', undefined, '2024年度', undefined, '備考']);
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3, 12]) ws.mergeCells(4, c, 5, c);
    for (const c of [4, 6, 8, 10]) ws.mergeCells(4, c, 4, c + 1);
    ws.getCell(4, 3).alignment = { wrapText: true };
    KODOMO.forEach(([name, unit, base, pairs, last, biko], i) => {
      put(ws, 6 + i, 1, [name, unit, base, ...pairs.flat(), last, undefined, biko]);
      for (let c = 3; c <= 11; c++) ws.getCell(6 + i, c).numFmt = unit === '％' ? '0.0' : '#,##0';
    });
    put(ws, 13, 1, ['※計画期間：令和2年度～令和6年度（2020年度～2024年度）']);
    ws.getColumn(1).width = 38;
    ws.getColumn(12).width = 20;
  },
  expected: {
    file: 'h90-trap-title-year-typo.xlsx',
    fiscalYear: 2023,
    indicators: KODOMO.map(([name, unit, , pairs, , , down]) => ind(T2, name, unit, pairs[2][0], pairs[2][1], down ? { direction: 'down' } : {})),
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 総合戦略 KPI 進捗（令和5年度末時点）: years as rows, one column per KPI; 目標値 row above the years with a 目標の考え方 row
// (R2〜R6の累計 / R6年度の年間値); yearly actuals R2〜R5 (R6 blank), then a 累計（R2〜R5） row (－ for the yearly KPI) and the
// department's 進捗率 row. A cumulative target is compared with the 累計 to date; the yearly one with R5's figure.
type Ruikei = { name: string; unit: string; target: number; kind: string; yearly: number[]; cumulative: boolean };
const RUIKEI: Ruikei[] = [
  { name: '新規就農者数', unit: '人', target: 50, kind: 'R2～R6の累計', yearly: [8, 11, 9, 12], cumulative: true },
  { name: '企業立地件数', unit: '件', target: 10, kind: 'R2～R6の累計', yearly: [1, 2, 1, 3], cumulative: true },
  { name: '移住相談窓口を通じた移住者数', unit: '人', target: 300, kind: 'R2～R6の累計', yearly: [42, 55, 68, 79], cumulative: true },
  { name: '創業支援による創業者数', unit: '人', target: 60, kind: 'R2～R6の累計', yearly: [10, 12, 14, 15], cumulative: true },
  { name: '観光入込客数', unit: '千人', target: 450, kind: 'R6年度の年間値', yearly: [261, 298, 375, 428], cumulative: false },
];
const actualOf = (k: Ruikei) => (k.cumulative ? k.yearly.reduce((a, b) => a + b, 0) : k.yearly[3]);
const T3 = 'KPI進捗';
const ruikei: Holdout2Workbook = {
  name: 'h90-trap-ruikei-target',
  layout:
    '総合戦略KPIの進捗（令和5年度末時点）: 年度が行・KPIが列、単位・目標値（R6）・目標の考え方（R2〜R6の累計／R6年度の年間値）の行、R2〜R6年度の年間実績（R6空欄）、その下に累計（R2〜R5）の行（年間値のKPIは －）と担当課の進捗率の行',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['第2期○○市総合戦略　重要業績評価指標（KPI）の進捗状況（令和5年度末時点）']);
    put(ws, 2, 1, ['基本目標1　しごとをつくり、人を呼び込む']);
    put(ws, 4, 1, ['区分', ...RUIKEI.map((k) => k.name)]);
    put(ws, 5, 1, ['単位', ...RUIKEI.map((k) => k.unit)]);
    put(ws, 6, 1, ['目標値（R6）', ...RUIKEI.map((k) => k.target)]);
    put(ws, 7, 1, ['目標の考え方', ...RUIKEI.map((k) => k.kind)]);
    ['R2年度', 'R3年度', 'R4年度', 'R5年度', 'R6年度'].forEach((y, i) => put(ws, 8 + i, 1, [y, ...RUIKEI.map((k) => k.yearly[i])]));
    put(ws, 13, 1, ['累計（R2～R5）', ...RUIKEI.map((k) => (k.cumulative ? actualOf(k) : '－'))]);
    put(ws, 14, 1, ['進捗率', ...RUIKEI.map((k) => actualOf(k) / k.target)]);
    for (let c = 2; c <= 6; c++) {
      ws.getCell(14, c).numFmt = '0.0%';
      ws.getCell(4, c).alignment = { wrapText: true };
      ws.getColumn(c).width = 16;
    }
    ws.getColumn(1).width = 16;
    put(ws, 16, 1, ['※進捗率は、累計の指標は累計（R2～R5）÷目標値、年間値の指標はR5年度実績÷目標値。']);
  },
  expected: {
    file: 'h90-trap-ruikei-target.xlsx',
    fiscalYear: 2023,
    indicators: RUIKEI.map((k) => ind(T3, k.name, k.unit, k.target, actualOf(k))),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [heisei35, yearTypo, ruikei];
