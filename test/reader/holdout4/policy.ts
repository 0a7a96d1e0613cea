/** Hold-out 4, family A: policy sheets with indicator blocks and a rating cell, as three other offices lay them out. */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const grades = (xs: ExpectedIndicator[]) => xs.map((x) => x.grade);

function cover(ws: Worksheet, title: string): void {
  put(ws, 3, 2, [title]);
  put(ws, 6, 2, ['担当：企画政策課']);
  put(ws, 8, 2, ['※本冊子は庁内評価用の資料です。']);
}

/** Stacked blocks, 成果指標 with the unit in a heading bracket, years R3…R6 across, 目標値 / 実績値 rows. */
const S1 = '施策3-2';
const I1 = [
  ind(S1, '子育て支援センター利用者数', '人', 12000, 11350),
  ind(S1, '放課後児童クラブ待機児童数', '人', 10, 4, { direction: 'down' }),
  ind(S1, '子育て相談件数', '件', 900, null, { actualStatus: 'pending' }),
];
const hanamaki: Holdout2Workbook = {
  name: 'h4-policy-stacked-hanamaki',
  layout: 'A: cover + policy sheet, stacked 成果指標 blocks with (人) in the name heading, years R3…R6, a 集計中 actual, a notes sheet',
  build(wb) {
    cover(wb.addWorksheet('表紙'), '令和5年度　施策評価シート');
    const ws = wb.addWorksheet(S1);
    put(ws, 1, 1, ['令和5年度　施策評価シート（令和5年度実施分）']);
    put(ws, 2, 1, ['政策', '３　安心して子どもを産み育てられるまち']);
    put(ws, 3, 1, ['施策', '３－２　子育て支援の充実']);
    put(ws, 4, 1, ['施策の総合評価', undefined, undefined]);
    ws.mergeCells('A4:B4');
    ws.mergeCells('C4:D4');
    put(ws, 4, 5, ['※Ａ～Ｄで記入']);
    const block = (row: number, no: string, name: string, unit: string, t: (number | string)[], a: (number | string | null)[], note: string) => {
      put(ws, row, 1, [`成果指標${no}`, `${name}（${unit}）`]);
      ws.mergeCells(row, 2, row, 6);
      put(ws, row + 1, 1, ['区分', 'R3', 'R4', 'R5', 'R6']);
      put(ws, row + 2, 1, ['目標値', ...t]);
      put(ws, row + 3, 1, ['実績値', ...a]);
      put(ws, row + 4, 1, ['備考', note]);
    };
    block(6, '１', '子育て支援センター利用者数', '人', [10000, 11000, 12000, 13000], [9800, 10400, 11350, null], '');
    block(12, '２', '放課後児童クラブ待機児童数', '人', [20, 15, 10, 0], [18, 9, 4, null], '減少を目指す指標');
    block(18, '３', '子育て相談件数', '件', [800, 850, 900, 950], [812, 870, '集計中', null], '年度末に確定');
    const notes = wb.addWorksheet('注記');
    put(notes, 1, 1, ['注記']);
    put(notes, 2, 1, ['１　実績値は各年度末現在の数値です。']);
    put(notes, 3, 1, ['２　「集計中」は評価時点で数値が確定していないものです。']);
  },
  expected: { file: 'h4-policy-stacked-hanamaki.xlsx', fiscalYear: 2023, indicators: I1, groups: [{ sheet: S1, cell: 'C4', grade: rollUp(grades(I1)) }] },
};

/** Tiled two across, 2023年度 headings in full, 計画値 / 実績 rows, the prior grade beside the rating cell. */
const S2 = '基本施策2-1';
const I2 = [
  ind(S2, '観光入込客数', '千人', 1500, 1320),
  ind(S2, '宿泊者数', '千人', 420, 430),
  ind(S2, '観光案内所利用者数', '人', 30000, 17000),
  ind(S2, 'ふるさと納税寄附件数', '件', 25000, 26100),
];
const tiled: Holdout2Workbook = {
  name: 'h4-policy-tiled-2023nendo',
  layout: 'A: blocks tiled two across, periods 2021年度…2024年度, 計画値 / 実績 rows, units in a 単位 cell, the prior grade (Ｂ) beside the rating cell',
  build(wb) {
    const ws = wb.addWorksheet(S2);
    put(ws, 1, 1, ['基本施策評価シート　評価対象年度：2023年度']);
    put(ws, 2, 1, ['基本施策', '２－１　観光の振興']);
    put(ws, 3, 1, ['担当部', '商工観光部']);
    put(ws, 2, 9, ['達成度評価', undefined, '前年度']);
    put(ws, 3, 11, ['（Ｂ）']);
    ws.mergeCells('I3:J3');
    const years = ['2021年度', '2022年度', '2023年度', '2024年度'];
    const block = (row: number, col: number, no: string, name: string, unit: string, plan: number[], act: (number | null)[]) => {
      put(ws, row, col, [`指標${no}`, name]);
      ws.mergeCells(row, col + 1, row, col + 4);
      put(ws, row + 1, col, ['単位', unit]);
      put(ws, row + 2, col, ['', ...years]);
      put(ws, row + 3, col, ['計画値', ...plan]);
      put(ws, row + 4, col, ['実績', ...act]);
    };
    block(5, 1, '①', '観光入込客数', '千人', [1300, 1400, 1500, 1600], [1100, 1250, 1320, null]);
    block(5, 7, '②', '宿泊者数', '千人', [380, 400, 420, 440], [350, 395, 430, null]);
    block(11, 1, '③', '観光案内所利用者数', '人', [26000, 28000, 30000, 32000], [15000, 16500, 17000, null]);
    block(11, 7, '④', 'ふるさと納税寄附件数', '件', [21000, 23000, 25000, 27000], [22000, 24500, 26100, null]);
  },
  expected: { file: 'h4-policy-tiled-2023nendo.xlsx', fiscalYear: 2023, indicators: I2, groups: [{ sheet: S2, cell: 'I3', grade: rollUp(grades(I2)) }] },
};

/** KPI wording, 令和N年度 headings on two merged header rows, 目標値 / 結果 rows, 未実施 and － for years with no target. */
const S3 = '施策シート';
const I3 = [
  ind(S3, '移住相談件数', '件', 240, 251),
  ind(S3, '空き家バンク成約件数', '件', 30, 21),
  ind(S3, '移住体験ツアー参加者数', '人', 40, null, { actualStatus: 'not-implemented' }),
];
const kpiPolicy: Holdout2Workbook = {
  name: 'h4-policy-kpi-reiwa',
  layout: 'A: KPI blocks under a merged 年度 band (令和4年度…令和6年度 on a second header row), 目標値 / 結果 rows, 未実施, － where no target, a cover sheet',
  build(wb) {
    cover(wb.addWorksheet('表紙'), '移住定住推進施策　評価調書');
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 2, ['令和５年度　施策評価調書']);
    put(ws, 3, 2, ['施策名', '移住・定住の促進']);
    put(ws, 3, 6, ['評価', undefined]);
    put(ws, 4, 2, ['評価の基準', 'Ａ：順調　Ｂ：概ね順調　Ｃ：やや遅れている　Ｄ：遅れている']);
    const block = (row: number, name: string, unit: string, t: (number | string)[], a: (number | string | null)[]) => {
      put(ws, row, 2, ['KPI', name, `単位（${unit}）`]);
      put(ws, row + 1, 2, ['', '', '年度']);
      ws.mergeCells(row + 1, 4, row + 1, 6);
      put(ws, row + 2, 2, ['', '', '令和4年度', '令和5年度', '令和6年度']);
      put(ws, row + 3, 2, ['', '目標値', ...t]);
      put(ws, row + 4, 2, ['', '結果', ...a]);
    };
    block(6, '移住相談件数', '件', [200, 240, 280], [215, 251, null]);
    block(12, '空き家バンク成約件数', '件', [25, 30, 35], [22, 21, null]);
    block(18, '移住体験ツアー参加者数', '人', ['－', 40, 40], ['－', '未実施', null]);
    put(ws, 24, 2, ['※移住体験ツアーは令和5年度開始予定であったが、受入先調整がつかず未実施。']);
  },
  expected: { file: 'h4-policy-kpi-reiwa.xlsx', fiscalYear: 2023, indicators: I3, groups: [{ sheet: S3, cell: 'G3', grade: rollUp(grades(I3)) }] },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [hanamaki, tiled, kpiPolicy];
