/** Hold-out 16, family A: policy sheets (施策評価シート) as three other offices lay them out. */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/** One indicator block stacked down the sheet: number+name+unit row, period row, 目標値 and 実績値 rows. */
function stackedBlock(ws: Worksheet, row: number, no: string, name: string, unit: string, targets: (string | number)[], actuals: (string | number)[]): void {
  put(ws, row, 2, [`成果指標${no}`, name]);
  ws.mergeCells(row, 3, row, 7);
  put(ws, row, 8, [`単位：${unit}`]);
  put(ws, row + 1, 2, ['区分', 'H30（基準）', 'R1', 'R2', 'R3', 'R4', 'R5', 'R6（目標）']);
  put(ws, row + 2, 2, ['目標値', ...targets]);
  put(ws, row + 3, 2, ['実績値', ...actuals]);
}

const STACKED_INDICATORS: ExpectedIndicator[] = [
  ind('施策2-1', '市民活動団体登録数', '団体', 120, 118),
  ind('施策2-1', '地域づくり講座参加者数', '人', 1500, 1620),
  ind('施策2-1', '自治会加入率', '％', 75, 68.2),
  { ...ind('施策2-1', 'ボランティア登録者数', '人', 2000, null), actualStatus: 'pending' },
];

/** Blocks stacked vertically, the rating cell below the header labelled 施策の総合評価, 集計中 actual, R-forms with （基準）/（目標）. */
const stacked: Holdout2Workbook = {
  name: 'h16-policy-stacked-blocks',
  layout: 'policy sheet, four indicator blocks stacked down, unit as 単位：x beside the name, 施策の総合評価 cell under the header, one actual 集計中',
  build(wb) {
    const ws = wb.addWorksheet('施策2-1');
    put(ws, 1, 2, ['令和６年度　施策評価シート（対象年度：令和５年度）']);
    ws.mergeCells('B1:I1');
    put(ws, 3, 2, ['政策', '２　市民とともに歩む協働のまちづくり']);
    put(ws, 4, 2, ['施策', '２－１　地域コミュニティの活性化']);
    put(ws, 5, 2, ['主管課', '市民協働課', undefined, undefined, '関係課', '生涯学習課、社会福祉課']);
    put(ws, 7, 2, ['施策の総合評価']);
    put(ws, 8, 2, ['（評価基準：A 順調　B 概ね順調　C やや遅れている　D 遅れている）']);
    put(ws, 9, 2, ['１　成果指標の状況']);
    stackedBlock(ws, 10, '１', '市民活動団体登録数', '団体', ['－', 105, 110, 113, 116, 120, 125], [98, 101, 104, 109, 112, 118]);
    stackedBlock(ws, 15, '２', '地域づくり講座参加者数', '人', ['－', 1250, 1300, 1350, 1400, 1500, 1600], [1180, 1260, 640, 905, 1310, 1620]);
    stackedBlock(ws, 20, '３', '自治会加入率', '％', ['－', 77.5, 77, 76.5, 76, 75, 75], [78.4, 77.1, 75.9, 74.0, 71.3, 68.2]);
    stackedBlock(ws, 25, '４', 'ボランティア登録者数', '人', ['－', 1840, 1880, 1920, 1960, 2000, 2050], [1795, 1830, 1702, 1688, 1741, '集計中']);
    put(ws, 30, 2, ['※R5実績のうち「集計中」は社会福祉協議会の年次集計（令和６年７月）後に確定します。']);
  },
  expected: {
    file: 'h16-policy-stacked-blocks.xlsx',
    fiscalYear: 2023,
    indicators: STACKED_INDICATORS,
    groups: [{ sheet: '施策2-1', cell: 'C7', grade: rollUp(STACKED_INDICATORS.map((i) => i.grade)) }],
  },
};

/** One sheet of the tiled workbook: three blocks across, AD years, a 方向性 row, the rating at the top right. */
function tiledSheet(ws: Worksheet, title: string, blocks: { name: string; unit: string; dir: string; t: number[]; a: number[] }[]): void {
  put(ws, 1, 1, [`施策評価表　${title}`]);
  put(ws, 2, 1, [
    '評価対象年度',
    '2023年度（令和5年度）',
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    undefined,
    '施策評価',
    undefined,
    '前年度',
    '（Ｃ）',
  ]);
  blocks.forEach((b, i) => {
    const c = 1 + i * 5;
    put(ws, 4, c, [`指標${'①②③'[i]}`]);
    put(ws, 5, c, [b.name]);
    ws.mergeCells(5, c, 5, c + 3);
    put(ws, 6, c, ['方向性', b.dir, '単位', b.unit]);
    put(ws, 7, c, ['年度', '目標', '実績', '達成率']);
    [2021, 2022, 2023, 2024].forEach((y, k) => put(ws, 8 + k, c, [`${y}年度`, b.t[k], b.a[k]]));
  });
  put(ws, 13, 1, ['※2024年度は目標のみ。達成率は決算確定後に記入。']);
}

const HOSP = [
  { name: '特定健康診査受診率', unit: '％', dir: '増やす', t: [45, 48, 50, 52], a: [41.2, 43.9, 44.6] },
  { name: '自殺死亡率（人口10万人当たり）', unit: '人', dir: '減らす', t: [16.0, 15.0, 14.0, 13.0], a: [17.1, 15.8, 16.3] },
  { name: 'がん検診精密検査受診者数', unit: '人', dir: '増やす', t: [300, 310, 320, 330], a: [288, 305, 332] },
];
const KIDS = [
  { name: '保育所待機児童数', unit: '人', dir: '減らす', t: [10, 5, 0, 0], a: [12, 6, 0] },
  { name: '子育て支援センター利用者数', unit: '人', dir: '増やす', t: [18000, 19000, 20000, 21000], a: [12400, 15800, 14900] },
  { name: '放課後児童クラブ登録児童数', unit: '人', dir: '増やす', t: [900, 930, 960, 990], a: [912, 944, 1003] },
];
const hospInd = [
  ind('3-1', '特定健康診査受診率', '％', 50, 44.6),
  ind('3-1', '自殺死亡率（人口10万人当たり）', '人', 14, 16.3, { direction: 'down' }),
  ind('3-1', 'がん検診精密検査受診者数', '人', 320, 332),
];
const kidsInd = [
  ind('3-2', '保育所待機児童数', '人', 0, 0, { direction: 'down' }),
  ind('3-2', '子育て支援センター利用者数', '人', 20000, 14900),
  ind('3-2', '放課後児童クラブ登録児童数', '人', 960, 1003),
];

/** Two policy sheets, three blocks tiled across, 2021年度 forms, direction written as 増やす/減らす, 施策評価 at J2 with last year's （Ｃ）. */
const tiled: Holdout2Workbook = {
  name: 'h16-policy-tiled-ad-years',
  layout: 'two policy sheets, three blocks across with a year-per-row 目標/実績 table each, 2021年度 forms, 方向性 増やす/減らす, rating K2',
  build(wb) {
    tiledSheet(wb.addWorksheet('3-1'), '3-1 健康づくりの推進', HOSP);
    tiledSheet(wb.addWorksheet('3-2'), '3-2 子育て環境の充実', KIDS);
  },
  expected: {
    file: 'h16-policy-tiled-ad-years.xlsx',
    fiscalYear: 2023,
    indicators: [...hospInd, ...kidsInd],
    groups: [
      { sheet: '3-1', cell: 'K2', grade: rollUp(hospInd.map((i) => i.grade)) },
      { sheet: '3-2', cell: 'K2', grade: rollUp(kidsInd.map((i) => i.grade)) },
    ],
  },
};

const FINAL_INDICATORS: ExpectedIndicator[] = [
  { ...ind('基本施策5-2', '観光入込客数', '万人', 320, 298), targetSource: 'final' },
  { ...ind('基本施策5-2', '宿泊者数', '人', 140000, 131000, { actualStatus: 'provisional' }), targetSource: 'final' },
  { ...ind('基本施策5-2', '観光案内所利用者数', '人', 12000, 7300), targetSource: 'final' },
  { ...ind('基本施策5-2', 'ふるさと納税寄附件数', '件', 25000, 26800), targetSource: 'final' },
];

/** Final target only (目標値（R7）), actuals per year with 見込み, 現状値 column, rating labelled 達成状況 in a side box. */
const finalTarget: Holdout2Workbook = {
  name: 'h16-policy-final-target',
  layout:
    'policy sheet as one indicator table: 現状値(R2) | R3〜R5実績 | 目標値(R7); no yearly target (final), R5 figure with （見込み）, 達成状況 box at the right',
  build(wb) {
    const ws = wb.addWorksheet('基本施策5-2');
    put(ws, 1, 1, ['基本施策評価シート']);
    put(ws, 2, 1, ['評価対象期間：令和５年度']);
    put(ws, 3, 1, ['基本施策', '5-2 観光・交流の振興', undefined, undefined, undefined, undefined, undefined, undefined, '達成状況', undefined]);
    put(ws, 4, 1, ['担当部', '商工観光部']);
    put(ws, 6, 1, ['No.', '成果指標', '単位', '現状値（R2）', 'R3実績', 'R4実績', 'R5実績', '目標値（R7）', '備考']);
    put(ws, 7, 1, [1, '観光入込客数', '万人', 210, 238, 265, 298, 320]);
    put(ws, 8, 1, [2, '宿泊者数', '人', '85,200', '92,400', '118,300', '131,000（見込み）', '140,000', 'R5は見込値']);
    put(ws, 9, 1, [3, '観光案内所利用者数', '人', 9800, 10100, 11600, 7300, 12000, '改修工事のため9月〜12月休館']);
    put(ws, 10, 1, [4, 'ふるさと納税寄附件数', '件', 15400, 18200, 21900, 26800, 25000]);
  },
  expected: {
    file: 'h16-policy-final-target.xlsx',
    fiscalYear: 2023,
    indicators: FINAL_INDICATORS,
    groups: [{ sheet: '基本施策5-2', cell: 'J3', grade: rollUp(FINAL_INDICATORS.map((i) => i.grade)) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [stacked, tiled, finalTarget];
