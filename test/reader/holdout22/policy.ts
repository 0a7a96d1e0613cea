/** Hold-out 22, family A: 施策評価シート as three other offices lay them out (blocks three across, stacked blocks, years down the rows). */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';

/** One tiled block: 6 columns wide; years 令和3年度…令和7年度 across, 計画値 and 実績値 rows. */
function tiledBlock(
  ws: Worksheet,
  row: number,
  col: number,
  no: string,
  name: string,
  unit: string,
  dir: string,
  plan: number[],
  actual: number[],
  note = '',
): void {
  put(ws, row, col, [`成果指標${no}`, name]);
  ws.mergeCells(row, col + 1, row, col + 5);
  put(ws, row + 1, col, ['単位', unit, '方向性', dir]);
  put(ws, row + 2, col, ['年度', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度\n（目標年度）']);
  put(ws, row + 3, col, ['計画値', ...plan]);
  put(ws, row + 4, col, ['実績値', ...actual]);
  put(ws, row + 5, col, ['備考', note]);
  ws.mergeCells(row + 5, col + 1, row + 5, col + 5);
}

const S1 = '施策3-2';
const tiled: Holdout2Workbook = {
  name: 'h22-a-policy-tiled-three-across',
  layout:
    '施策評価シート: five indicator blocks tiled three across with spacer columns, 計画値/実績値 rows, 令和３年度 headings, 方向性 ↓ on one, 前年度評価 beside the rating cell',
  build(wb) {
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和６年度　施策評価シート（令和５年度実績評価）']);
    ws.mergeCells(1, 1, 1, 20);
    put(ws, 3, 1, ['政策', '3　安全で安心して暮らせるまち']);
    put(ws, 4, 1, ['施策', '3-2　交通安全と防犯の推進']);
    put(ws, 5, 1, ['所管課', '市民協働課']);
    put(ws, 3, 15, ['施策の達成度']);
    ws.mergeCells(3, 15, 3, 16);
    put(ws, 3, 19, ['前年度評価', '（B）']);
    tiledBlock(ws, 8, 1, '１', '交通事故発生件数', '件', '↓ 減少', [310, 300, 290, 280, 270], [322, 305, 296], '※減少を目指す指標');
    tiledBlock(ws, 8, 8, '２', '防犯灯のLED化率', '％', '↑ 増加', [70, 80, 90, 95, 100], [72, 81, 88]);
    tiledBlock(ws, 8, 15, '３', '交通安全教室参加者数', '人', '↑ 増加', [4000, 4500, 5000, 5000, 5000], [3100, 4200, 5210]);
    tiledBlock(ws, 16, 1, '４', '自主防犯パトロール団体数', '団体', '↑ 増加', [40, 42, 44, 46, 48], [41, 41, 30], '高齢化により解散する団体が相次いだ');
    tiledBlock(ws, 16, 8, '５', '消費生活相談の解決率', '％', '↑ 増加', [95, 95, 95, 95, 95], [93.1, 94.0, 96.2]);
  },
  expected: {
    file: 'h22-a-policy-tiled-three-across.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S1, '交通事故発生件数', '件', 290, 296, { direction: 'down' }),
      ind(S1, '防犯灯のLED化率', '％', 90, 88),
      ind(S1, '交通安全教室参加者数', '人', 5000, 5210),
      ind(S1, '自主防犯パトロール団体数', '団体', 44, 30),
      ind(S1, '消費生活相談の解決率', '％', 95, 96.2),
    ],
    groups: [{ sheet: S1, cell: 'Q3', grade: rollUp(['B', 'B', 'A', 'C', 'A']) }],
  },
};

/** One stacked block: years 2020年度（基準値）…2025年度（目標） across, 目標値 and 実績値 rows. */
function stackedBlock(ws: Worksheet, row: number, name: string, unit: string, idea: string, target: number[], actual: number[]): number {
  put(ws, row, 1, ['指標名', name]);
  ws.mergeCells(row, 2, row, 8);
  put(ws, row + 1, 1, ['単位', unit, '指標の考え方', idea]);
  ws.mergeCells(row + 1, 4, row + 1, 8);
  put(ws, row + 2, 2, ['2020年度\n（基準値）', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度\n（目標）']);
  put(ws, row + 3, 1, ['目標値', undefined, ...target]);
  put(ws, row + 4, 1, ['実績値', ...actual]);
  return row + 6;
}

function policySheet(ws: Worksheet, title: string, last: string): void {
  put(ws, 1, 1, ['施策マネジメントシート']);
  put(ws, 3, 1, ['施策名', title]);
  ws.mergeCells(3, 2, 3, 8);
  put(ws, 4, 1, ['施策の総合評価', undefined, undefined, `（昨年度：${last}）`]);
  ws.mergeCells(4, 1, 4, 2);
}

const S2a = '施策1-1';
const S2b = '施策1-2';
const stacked: Holdout2Workbook = {
  name: 'h22-a-policy-stacked-settings-year',
  layout:
    '施策マネジメントシート ×2 with blocks stacked down, 2020年度（基準値）…2025年度 headings, year only in a 評価設定 sheet, direction in 指標の考え方 text, a 部集計 summary sheet',
  build(wb) {
    const set = wb.addWorksheet('評価設定');
    put(set, 1, 1, ['評価設定']);
    put(set, 3, 1, ['評価対象年度', '2023年度']);
    put(set, 4, 1, ['作成部署', '健康福祉部']);
    const a = wb.addWorksheet(S2a);
    policySheet(a, '1-1　子育て支援の充実', 'A');
    let r = stackedBlock(a, 6, '待機児童数', '人', '保育所等の待機児童の解消を目指す（少ないほど良い指標）', [10, 6, 3, 0, 0], [15, 12, 5, 2]);
    r = stackedBlock(
      a,
      r,
      '子育て支援センター利用者数',
      '人',
      '子育て世帯の交流と相談の場の利用状況',
      [18000, 19000, 20000, 20000, 20000],
      [14100, 15200, 17800, 18450],
    );
    stackedBlock(a, r, '乳幼児健診受診率', '％', '乳幼児健康診査の受診者の割合', [97, 97, 98, 98, 98], [96.0, 96.5, 97.2, 95.1]);
    const b = wb.addWorksheet(S2b);
    policySheet(b, '1-2　高齢者福祉の充実', 'B');
    r = stackedBlock(b, 6, '認知症サポーター養成者数', '人', '平成18年度からの累計の養成者数', [9000, 9500, 10000, 10500, 11000], [8300, 8700, 9120, 9480]);
    r = stackedBlock(b, r, '介護予防教室参加者数', '人', '介護予防教室に参加した延べ人数', [3000, 3200, 3400, 3600, 3800], [1800, 2100, 2600, 1900]);
    stackedBlock(
      b,
      r,
      '要介護認定率',
      '％',
      '第1号被保険者の要介護認定率の上昇の抑制を目指す（低いほど良い指標）',
      [18.5, 18.8, 19.0, 19.2, 19.5],
      [18.0, 18.2, 18.6, 18.9],
    );
    const sum = wb.addWorksheet('部集計');
    put(sum, 1, 1, ['健康福祉部　施策評価一覧（部内集計用）']);
    put(sum, 3, 1, ['施策番号', '施策名', '指標数', '総合評価', '前年度評価']);
    put(sum, 4, 1, ['1-1', '子育て支援の充実', 3, undefined, 'A']);
    put(sum, 5, 1, ['1-2', '高齢者福祉の充実', 3, undefined, 'B']);
  },
  expected: {
    file: 'h22-a-policy-stacked-settings-year.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S2a, '待機児童数', '人', 3, 2, { direction: 'down' }),
      ind(S2a, '子育て支援センター利用者数', '人', 20000, 18450),
      ind(S2a, '乳幼児健診受診率', '％', 98, 95.1),
      ind(S2b, '認知症サポーター養成者数', '人', 10000, 9480),
      ind(S2b, '介護予防教室参加者数', '人', 3400, 1900),
      ind(S2b, '要介護認定率', '％', 19.0, 18.9, { direction: 'down' }),
    ],
    groups: [
      { sheet: S2a, cell: 'C4', grade: rollUp(['A', 'B', 'B']) },
      { sheet: S2b, cell: 'C4', grade: rollUp(['B', 'D', 'A']) },
    ],
  },
};

/** One block with the years down the rows (FY2021…FY2025), units in the column headings. */
function rowsBlock(
  ws: Worksheet,
  row: number,
  no: string,
  name: string,
  unit: string,
  target: number[],
  actual: number[],
  notes: (string | undefined)[] = [],
): number {
  put(ws, row, 1, [`指標${no}`, name]);
  ws.mergeCells(row, 2, row, 5);
  put(ws, row + 1, 1, ['年度', `目標値（${unit}）`, `実績値（${unit}）`, '備考']);
  ['FY2021', 'FY2022', 'FY2023', 'FY2024', 'FY2025'].forEach((fy, i) => put(ws, row + 2 + i, 1, [fy, target[i], actual[i], notes[i]]));
  return row + 8;
}

const S3 = '施策5-3';
const yearRows: Holdout2Workbook = {
  name: 'h22-a-policy-fy-rows-bands-sheet',
  layout:
    '施策評価: blocks with FY2021…FY2025 down the rows and units in 目標値（人）headings, year and the (default) bands in a 判定基準 sheet, a 速報値 note in the 備考 of the year',
  build(wb) {
    const set = wb.addWorksheet('判定基準');
    put(set, 1, 1, ['評価の設定']);
    put(set, 3, 1, ['評価対象年度', 'FY2023']);
    put(set, 5, 1, ['達成度の判定']);
    put(set, 6, 1, ['A（順調）', '100%以上']);
    put(set, 7, 1, ['B（概ね順調）', '80%以上100%未満']);
    put(set, 8, 1, ['C（やや遅れている）', '60%以上80%未満']);
    put(set, 9, 1, ['D（遅れている）', '60%未満']);
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['施策評価表']);
    put(ws, 2, 1, ['施策', '5-3　生涯学習の推進']);
    put(ws, 3, 4, ['施策評価', undefined, '前年度評価：C']);
    let r = rowsBlock(ws, 5, '①', '公民館講座受講者数', '人', [8000, 8500, 9000, 9500, 10000], [5200, 7100, 8350]);
    r = rowsBlock(ws, r, '②', '図書館の年間貸出冊数', '冊', [520000, 530000, 540000, 550000, 560000], [498000, 521000, 547300]);
    rowsBlock(ws, r, '③', '生涯学習ボランティア登録者数', '人', [300, 320, 340, 360, 380], [250, 262, 201], [undefined, undefined, '速報値']);
  },
  expected: {
    file: 'h22-a-policy-fy-rows-bands-sheet.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S3, '公民館講座受講者数', '人', 9000, 8350),
      ind(S3, '図書館の年間貸出冊数', '冊', 540000, 547300),
      ind(S3, '生涯学習ボランティア登録者数', '人', 340, 201, { actualStatus: 'provisional' }),
    ],
    groups: [{ sheet: S3, cell: 'E3', grade: rollUp(['B', 'A', 'D']) }],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [tiled, stacked, yearRows];
