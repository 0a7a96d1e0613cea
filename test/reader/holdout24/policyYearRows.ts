/**
 * Family A of the twenty-fourth hold-out set, a third office: one block per indicator with the years running down the
 * rows (年度 | 目標値 | 実績値 | 達成率), blocks three across and two deep, the unit in the block's title, a note under a
 * block saying it should go down, a rating cell 施策評価（Ａ～Ｄ） and a 記入要領 sheet of prose.
 */
import type { Worksheet } from 'exceljs';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { ind, merged, put, rollUp } from './kit24';

interface YearBlock {
  title: string;
  targets: number[];
  actuals: number[];
  down?: boolean;
}

const YEARS = ['R3', 'R4', 'R5', 'R6', 'R7'];

function yearBlock(ws: Worksheet, row: number, col: number, b: YearBlock): void {
  merged(ws, row, col, b.title, 1, 4);
  put(ws, row + 1, col, ['年度', '目標値', '実績値', '達成率']);
  YEARS.forEach((year, i) => {
    put(ws, row + 2 + i, col, [year, b.targets[i], b.actuals[i]]);
    if (b.actuals[i] === undefined) return;
    const rate = ws.getCell(row + 2 + i, col + 3);
    rate.value = Math.round((b.down ? b.targets[i] / b.actuals[i] : b.actuals[i] / b.targets[i]) * 1000) / 1000;
    rate.numFmt = '0.0%';
    if (b.targets[i] >= 1000) for (const c of [1, 2]) ws.getCell(row + 2 + i, col + c).numFmt = '#,##0';
  });
  if (b.down) merged(ws, row + 7, col, '※減少を目指す指標', 1, 4);
}

const BLOCKS: YearBlock[] = [
  { title: '指標１　資源化率（％）', targets: [23.0, 24.0, 25.0, 26.0, 27.0], actuals: [21.8, 22.9, 22.4] },
  { title: '指標２　市民１人１日当たりのごみ排出量（ｇ）', targets: [910, 895, 880, 865, 850], actuals: [925, 908, 902], down: true },
  { title: '指標３　環境学習講座の参加者数（人）', targets: [500, 550, 600, 650, 700], actuals: [388, 571, 655] },
  { title: '指標４　太陽光発電設備を導入した公共施設数（施設）', targets: [12, 15, 18, 21, 24], actuals: [11, 14, 15] },
  { title: '指標５　市の事務事業に伴う温室効果ガス排出量（t-CO₂）', targets: [23500, 22500, 21500, 20500, 19500], actuals: [24800, 25300, 27800], down: true },
];

const SHEET = '基本施策5-1';
const facts: ExpectedIndicator[] = [
  ind(SHEET, '資源化率', '%', 25.0, 22.4),
  ind(SHEET, '市民１人１日当たりのごみ排出量', 'g', 880, 902, { direction: 'down' }),
  ind(SHEET, '環境学習講座の参加者数', '人', 600, 655),
  ind(SHEET, '太陽光発電設備を導入した公共施設数', '施設', 18, 15),
  ind(SHEET, '市の事務事業に伴う温室効果ガス排出量', 't-CO2', 21500, 27800, { direction: 'down' }),
];

function guideSheet(ws: Worksheet): void {
  const lines = [
    '記入要領',
    '',
    '１　実績値は各年度末（3月31日）現在の数値を記入してください。',
    '２　達成率は、実績値÷目標値（減少を目指す指標は目標値÷実績値）で自動計算されます。',
    '３　施策評価は、各指標の達成率を踏まえ、次の基準により記入してください。',
    '　　Ａ：順調（100％以上）　Ｂ：概ね順調（80％以上）　Ｃ：やや遅れている（60％以上）　Ｄ：遅れている（60％未満）',
  ];
  lines.forEach((text, i) => text && put(ws, 1 + i, 1, [text]));
}

export const yearRowsBlocks: Holdout2Workbook = {
  name: 'h24-policy-year-rows-blocks',
  layout:
    '施策評価シート: each indicator a block of years down the rows (年度 | 目標値 | 実績値 | 達成率 %), three across and two deep, unit in the block title, ※減少を目指す指標 under two blocks, rating cell right of 施策評価（Ａ～Ｄ）, a prose 記入要領 sheet',
  build(wb) {
    const ws = wb.addWorksheet(SHEET);
    merged(ws, 1, 1, '基本施策評価シート', 1, 14);
    merged(ws, 2, 1, '評価対象年度', 1, 2);
    merged(ws, 2, 3, '令和５年度', 1, 2);
    const head: [string, string][] = [
      ['基本目標', '５　環境と共生するまち'],
      ['基本施策', '５－１　循環型社会の形成'],
      ['担当課', '市民生活部　環境政策課'],
    ];
    head.forEach(([label, value], i) => {
      merged(ws, 3 + i, 1, label, 1, 2);
      merged(ws, 3 + i, 3, value, 1, 7);
    });
    merged(ws, 7, 1, '施策評価（Ａ～Ｄ）', 1, 2);
    merged(ws, 7, 4, 'Ａ 順調／Ｂ 概ね順調／Ｃ やや遅れている／Ｄ 遅れている', 1, 11);
    BLOCKS.forEach((b, i) => yearBlock(ws, 9 + Math.floor(i / 3) * 10, 1 + (i % 3) * 5, b));
    guideSheet(wb.addWorksheet('記入要領'));
  },
  expected: {
    file: 'h24-policy-year-rows-blocks.xlsx',
    fiscalYear: 2023,
    indicators: facts,
    groups: [{ sheet: SHEET, cell: 'C7', grade: rollUp(facts.map((i) => i.grade)) }],
  },
};
