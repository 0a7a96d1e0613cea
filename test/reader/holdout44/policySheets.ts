/**
 * Hold-out 44, family A (施策評価シート with indicator blocks) as three more offices lay it out: blocks
 * turned by 90° (years down the rows, 実績値/期待値/目標値 across), blocks with 西暦 year headings under a
 * 令和 title beside a 構成事業 table that holds no indicators, and two policy sheets whose period is
 * stated only on the workbook's cover sheet.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

/** Writes a value into the top-left cell of a range and merges the range. */
export function merged(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

const LEGEND = 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている';

/** One block turned by 90°: the name on top, then 年度 down the rows with 実績値 / 期待値 / 目標値 / 備考 across. */
function rotatedBlock(
  ws: Worksheet,
  row: number,
  col: number,
  no: string,
  name: string,
  unit: string,
  rows: (string | number | undefined)[][],
  note?: string,
): void {
  const c = (i: number) => ws.getColumn(col + i).letter;
  put(ws, row, col, [no]);
  merged(ws, `${c(1)}${row}:${c(4)}${row}`, name);
  put(ws, row + 1, col, ['単位', unit]);
  if (note) merged(ws, `${c(2)}${row + 1}:${c(4)}${row + 1}`, note);
  put(ws, row + 2, col, ['年度', '実績値', '期待値', '目標値', '備考']);
  rows.forEach((r, i) => put(ws, row + 3 + i, col, r));
}

const TONO_YEARS = ['令和2年度（基準値）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度'];
const tonoRows = (actuals: (string | number | undefined)[], expected: (number | undefined)[], target: number) =>
  TONO_YEARS.map((y, i) => [y, actuals[i], i === 5 ? undefined : expected[i], i === 5 ? target : undefined]);

const tonoGrades = [
  ind('施策2-3', '観光入込客数', '千人', 600, 612),
  ind('施策2-3', '道の駅の農産物等販売額', '百万円', 520, 468, { actualStatus: 'provisional' }),
  ind('施策2-3', '観光ボランティアガイド案内件数', '件', 300, 171),
  ind('施策2-3', '観光施設における事故・苦情件数', '件', 12, 15, { direction: 'down' }),
];

const tono: Holdout2Workbook = {
  name: 'h44-tono-rotated-blocks',
  layout:
    'A: 施策評価シート whose indicator blocks are turned by 90° (令和 years down the rows, 実績値/期待値/目標値 across), 2 across, one 見込み actual, one lower-is-better block',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    merged(ws, 'A1:K1', '遠野市総合計画後期基本計画　令和6年度 施策評価シート');
    merged(ws, 'A2:E2', '評価対象年度：令和5年度');
    put(ws, 4, 1, ['政策']);
    merged(ws, 'B4:E4', '2 ふるさとの魅力を生かした交流のまちづくり');
    merged(ws, 'G4:H4', '施策の達成度');
    put(ws, 4, 10, ['（C）']);
    put(ws, 5, 1, ['施策']);
    merged(ws, 'B5:E5', '2-3 観光交流の推進');
    put(ws, 5, 7, ['担当課', '観光交流課']);
    put(ws, 6, 7, ['凡例']);
    merged(ws, 'H6:K6', LEGEND);
    rotatedBlock(ws, 8, 1, '成果指標①', '観光入込客数', '千人', tonoRows([412, 455, 560, 612], [undefined, 480, 540, 600, 650], 700));
    rotatedBlock(ws, 8, 7, '成果指標②', '道の駅の農産物等販売額', '百万円', tonoRows([395, 430, 501, '468（見込み）'], [undefined, 440, 480, 520, 550], 580));
    rotatedBlock(ws, 19, 1, '成果指標③', '観光ボランティアガイド案内件数', '件', tonoRows([95, 120, 188, 171], [undefined, 150, 250, 300, 330], 360));
    rotatedBlock(
      ws,
      19,
      7,
      '成果指標④',
      '観光施設における事故・苦情件数',
      '件',
      tonoRows([21, 18, 16, 15], [undefined, 18, 15, 12, 10], 8),
      '※件数が少ないほど良い指標（減少を目指す）',
    );
    put(ws, 30, 1, ['※令和5年度の道の駅販売額は3月分を含む見込みの額']);
  },
  expected: {
    file: 'h44-tono-rotated-blocks.xlsx',
    fiscalYear: 2023,
    indicators: tonoGrades,
    groups: [{ sheet: '施策2-3', cell: 'I4', grade: rollUp(tonoGrades.map((i) => i.grade)) }],
  },
};

const HANA_SHEET = '基本施策3-2';
const hanaInds = [
  ind(HANA_SHEET, '新規就農者数', '人', 15, 11),
  ind(HANA_SHEET, '認定農業者数', '経営体', 420, 428),
  ind(HANA_SHEET, '農地の担い手への集積率', '％', 58, 55.1),
  ind(HANA_SHEET, '鳥獣による農作物被害額', '千円', 30000, 24500, { direction: 'down' }),
];

/** One indicator of the 西暦 table: its name and unit merged over a 実績値 and a 期待値 row. */
function seirekiRows(
  ws: Worksheet,
  row: number,
  name: string,
  unit: string,
  actuals: (string | number)[],
  expected: (string | number | undefined)[],
  note = '',
): void {
  merged(ws, `A${row}:A${row + 1}`, name);
  merged(ws, `B${row}:B${row + 1}`, unit);
  put(ws, row, 3, ['実績値', ...actuals]);
  put(ws, row + 1, 3, ['期待値', ...expected]);
  if (note) merged(ws, `J${row}:J${row + 1}`, note);
}

const hanamaki: Holdout2Workbook = {
  name: 'h44-hanamaki-seireki-blocks-projects',
  layout:
    "A: 令和 title, indicator rows with 西暦 year headings (2020年度…2025年度), last year's grade in its own cell, and a 構成事業 table (事業名, 決算額, 担当課) below that is not indicators",
  build(wb) {
    const ws = wb.addWorksheet(HANA_SHEET);
    merged(ws, 'A1:J1', '花巻市まちづくり総合計画　令和６年度施策評価調書（対象：令和５年度実績）');
    put(ws, 3, 1, ['施策名']);
    merged(ws, 'B3:E3', '3-2 農業の担い手の確保・育成');
    put(ws, 3, 6, ['施策の評価', undefined, '令和4年度評価', 'B']);
    put(ws, 4, 1, ['主管課', '農政課']);
    put(ws, 4, 6, ['評価区分', LEGEND]);
    put(ws, 6, 1, ['■ 成果指標']);
    put(ws, 7, 1, ['指標名', '単位', '区分', '2020年度\n（基準値）', '2021年度', '2022年度', '2023年度', '2024年度', '2025年度\n（目標）', '備考']);
    seirekiRows(ws, 8, '新規就農者数', '人', [12, 14, 13, 11], [undefined, 13, 14, 15, 15, 16]);
    seirekiRows(ws, 10, '認定農業者数', '経営体', [402, 405, 411, 428], [undefined, 405, 410, 420, 425, 430]);
    seirekiRows(ws, 12, '農地の担い手への集積率', '％', [53.2, 54.0, 54.9, 55.1], [undefined, 54.0, 56.0, 58.0, 59.0, 60.0]);
    seirekiRows(
      ws,
      14,
      '鳥獣による農作物被害額',
      '千円',
      ['38,400', '35,210', '31,980', '24,500'],
      [undefined, '36,000', '33,000', '30,000', '28,000', '25,000'],
      '減少を目指す指標',
    );
    put(ws, 17, 1, ['■ 構成事業']);
    put(ws, 18, 1, ['No.', '事業名', undefined, undefined, '決算額（千円）', '担当課', '事業の方向性']);
    const projects: [number, string, string, string, string][] = [
      [1, '新規就農総合支援事業', '48,210', '農政課', '継続'],
      [2, '農地中間管理事業', '12,530', '農村林務課', '継続'],
      [3, '有害鳥獣被害防止対策事業', '21,870', '農村林務課', '拡充'],
    ];
    projects.forEach(([no, name, cost, dept, dir], i) => {
      put(ws, 19 + i, 1, [no]);
      merged(ws, `B${19 + i}:D${19 + i}`, name);
      put(ws, 19 + i, 5, [cost, dept, dir]);
    });
  },
  expected: {
    file: 'h44-hanamaki-seireki-blocks-projects.xlsx',
    fiscalYear: 2023,
    indicators: hanaInds,
    groups: [{ sheet: HANA_SHEET, cell: 'G3', grade: rollUp(hanaInds.map((i) => i.grade)) }],
  },
};

/** A classic block (name, then R元…R7 across with 目標 and 実績 rows), the unit in the heading cell 「（単位：人）」. */
function takiBlock(
  ws: Worksheet,
  row: number,
  col: number,
  no: string,
  name: string,
  unit: string,
  targets: (string | number | undefined)[],
  actuals: (string | number | undefined)[],
  note?: string,
): void {
  const c = (i: number) => ws.getColumn(col + i).letter;
  put(ws, row, col, [no]);
  merged(ws, `${c(1)}${row}:${c(7)}${row}`, name);
  put(ws, row + 1, col, [`（単位：${unit}）`, 'R元', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 2, col, ['目標', ...targets]);
  put(ws, row + 3, col, ['実績', ...actuals]);
  if (note) put(ws, row + 4, col, [note]);
}

const taki11 = [
  ind('施策1-1', '保育所等待機児童数', '人', 0, 3, { direction: 'down' }),
  ind('施策1-1', '子育て支援センター利用者数', '人', 18000, 16920),
  { ...ind('施策1-1', '乳幼児健康診査受診率', '％', 98, null), actualStatus: 'pending' as const },
];
const taki12 = [
  ind('施策1-2', '放課後児童クラブ登録児童数', '人', 1150, 1188),
  ind('施策1-2', '子ども食堂の設置数', 'か所', 12, 9),
  ind('施策1-2', 'ファミリー・サポート・センター会員数', '人', 620, 640),
];

const takizawa: Holdout2Workbook = {
  name: 'h44-takizawa-cover-period-two-sheets',
  layout:
    'A: cover sheet with the only period statement, 評価基準 sheet, two policy sheets of R元…R7 blocks (目標/実績 rows, unit 「（単位：人）」 in the block), a 集計中 actual and a target of 0 for a lower-is-better count',
  build(wb) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['滝沢市　令和6年度 行政評価（施策評価）']);
    put(cover, 5, 2, ['評価対象年度', '令和5年度']);
    put(cover, 6, 2, ['作成', '企画総務部 企画政策課']);
    const scale = wb.addWorksheet('評価基準');
    put(scale, 1, 1, ['施策の評価区分']);
    put(scale, 2, 1, ['区分', '内容']);
    const bands = ['順調（達成率100%以上）', '概ね順調（80%以上100%未満）', 'やや遅れている（60%以上80%未満）', '遅れている（60%未満）'];
    ['A', 'B', 'C', 'D'].forEach((g, i) => put(scale, 3 + i, 1, [g, bands[i]]));
    const s1 = wb.addWorksheet('施策1-1');
    put(s1, 1, 1, ['施策評価シート']);
    put(s1, 2, 1, ['施策', '1-1 子育て支援の充実']);
    put(s1, 2, 10, ['施策評価']);
    put(s1, 3, 1, ['担当部', 'こども未来部']);
    takiBlock(s1, 5, 1, '指標1', '保育所等待機児童数', '人', [undefined, undefined, 3, 2, 0, 0, 0], [9, 6, 4, 2, 3], '※少ないほど良い指標');
    takiBlock(
      s1,
      5,
      10,
      '指標2',
      '子育て支援センター利用者数',
      '人',
      [undefined, undefined, '15,000', '16,500', '18,000', '18,500', '19,000'],
      ['17,850', '9,120', '12,604', '15,377', '16,920'],
    );
    takiBlock(s1, 11, 1, '指標3', '乳幼児健康診査受診率', '％', [undefined, undefined, 97.0, 97.5, 98.0, 98.0, 98.0], [96.1, 94.8, 96.5, 97.2, '集計中']);
    const s2 = wb.addWorksheet('施策1-2');
    put(s2, 1, 1, ['施策評価シート']);
    put(s2, 2, 1, ['施策', '1-2 子どもの居場所づくり']);
    put(s2, 2, 10, ['施策評価']);
    put(s2, 3, 1, ['担当部', 'こども未来部']);
    takiBlock(
      s2,
      5,
      1,
      '指標1',
      '放課後児童クラブ登録児童数',
      '人',
      [undefined, undefined, '1,050', '1,100', '1,150', '1,200', '1,250'],
      ['982', '1,004', '1,071', '1,122', '1,188'],
    );
    takiBlock(s2, 5, 10, '指標2', '子ども食堂の設置数', 'か所', [undefined, undefined, 6, 9, 12, 14, 16], [2, 4, 6, 8, 9]);
    takiBlock(s2, 11, 1, '指標3', 'ファミリー・サポート・センター会員数', '人', [undefined, undefined, 580, 600, 620, 640, 660], [561, 570, 588, 611, 640]);
  },
  expected: {
    file: 'h44-takizawa-cover-period-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [...taki11, ...taki12],
    groups: [
      { sheet: '施策1-1', cell: 'K2', grade: rollUp(taki11.map((i) => i.grade)) },
      { sheet: '施策1-2', cell: 'K2', grade: rollUp(taki12.map((i) => i.grade)) },
    ],
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [tono, hanamaki, takizawa];
