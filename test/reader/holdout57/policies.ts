/** Hold-out 57: policy sheets (family A) in other cities' hands — 「R5(2023)」 headings, units typed in the cells, 「①-1」 numbers, final-only targets. */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const n = (v: number) => v.toLocaleString('en-US');
const fin = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

// ---------------------------------------------------------------------------------------------
// 1. Stacked indicator blocks, headings 「R3(2021)」…, every figure typed with its unit (「11,268人」).
const P1 = '施策2-1';
const p1Rows: [string, string, string, number[], number[], number][] = [
  ['①-1', '地域子育て支援拠点の利用者数', '人', [11000, 11500, 12000, 12500, 13000], [9812, 10904, 11268], 0],
  ['①-2', 'ファミリー・サポート・センター会員数', '人', [1150, 1200, 1250, 1300, 1350], [1088, 1176, 1262], 0],
  ['②-1', '保育所等待機児童数', '人', [10, 5, 2, 0, 0], [12, 7, 3], 1],
  ['②-2', '乳幼児健康診査の受診率', '%', [96.0, 96.5, 97.0, 97.5, 98.0], [95.2, 96.8, 96.1], 2],
];
const p1Ind = p1Rows.map(([, name, unit, t, a, k]) => ind(P1, name, unit, t[2], a[2], k === 1 ? { direction: 'down' } : {}));
const POLICY_R_AD: Holdout2Workbook = {
  name: 'h57-policy-r-ad-unit-cells',
  layout: 'policy sheet, indicator blocks stacked down, headings 「R5(2023)」, targets/actuals typed with their unit (「11,268人」「96.1%」), 「①-1」 numbers',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(P1);
    put(ws, 1, 1, ['令和5年度　施策評価シート']);
    put(ws, 2, 1, ['評価対象年度：令和5年度（2023年度）']);
    put(ws, 3, 1, ['基本方針', '2　安心して子どもを産み育てられるまち']);
    put(ws, 4, 1, ['基本施策', '2-1　子育て支援の充実']);
    put(ws, 5, 1, ['担当部等', 'こども未来部　こども支援課・保育課']);
    put(ws, 6, 1, ['施策の達成状況', 'B', '（前年度　B）']);
    let r = 8;
    for (const [no, name, unit, t, a, k] of p1Rows) {
      const fmt = (v: number) => (unit === '%' ? `${v.toFixed(1)}%` : `${n(v)}${unit}`);
      put(ws, r, 1, [no, name]);
      ws.mergeCells(r, 2, r, 6);
      if (k === 1) put(ws, r, 7, ['※減少を目指す指標']);
      put(ws, r + 1, 1, ['区分', 'R3(2021)', 'R4(2022)', 'R5(2023)', 'R6(2024)', 'R7(2025)']);
      put(ws, r + 2, 1, ['目標値', ...t.map(fmt)]);
      put(ws, r + 3, 1, ['実績値', ...a.map(fmt)]);
      r += 5;
    }
    put(ws, r, 1, ['※R7(2025)の目標値は第2期子ども・子育て支援事業計画の最終目標']);
    put(ws, r + 2, 1, ['施策の総合評価', '待機児童数は減少したが解消には至っていない。拠点の利用者は回復傾向にある。']);
    ws.getColumn(2).width = 14;
  },
  expected: {
    file: 'h57-policy-r-ad-unit-cells.xlsx',
    fiscalYear: 2023,
    indicators: p1Ind,
    groups: [{ sheet: P1, cell: 'B6', grade: rollUp(p1Ind.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. Two policy sheets; each block has only a final 目標値 (2025(R7)) and yearly 実績 with units in the cells.
type Blk = [string, string, string, number, (number | null)[], number];
const p2: Record<string, { title: string; grade: string; rows: Blk[] }> = {
  '施策3-1': {
    title: '3-1　生涯学習の推進',
    grade: 'B',
    rows: [
      ['1-(1)-1', '公民館講座の受講者数', '人', 8420, [6105, 7388, 8902], 9000],
      ['1-(1)-2', '市立図書館の貸出冊数', '冊', 612000, [598211, 605437, 633020], 650000],
      ['1-(2)-1', '生涯学習に取り組んでいる市民の割合', '%', 42.3, [43.0, null, 47.6], 50.0],
    ],
  },
  '施策3-2': {
    title: '3-2　スポーツ活動の推進',
    grade: 'B',
    rows: [
      ['2-(1)-1', '総合体育館の利用者数', '人', 182300, [121005, 158744, 191260], 185000],
      ['2-(1)-2', '成人の週1回以上のスポーツ実施率', '%', 48.5, [49.2, 51.0, 50.3], 65.0],
    ],
  },
};
const p2Ind: Record<string, ExpectedIndicator[]> = {};
for (const [sheet, s] of Object.entries(p2)) p2Ind[sheet] = s.rows.map(([, name, unit, , a, t]) => fin(ind(sheet, name, unit, t, a[2])));
function p2Sheet(ws: Worksheet, s: { title: string; grade: string; rows: Blk[] }) {
  put(ws, 1, 1, ['基本施策評価シート（評価年度　令和5年度）']);
  put(ws, 2, 1, ['基本施策', s.title, undefined, undefined, '所管', '教育委員会 生涯学習課']);
  put(ws, 4, 1, ['施策の評価', s.grade, undefined, '※A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  let r = 6;
  for (const [no, name, unit, base, a, t] of s.rows) {
    const fmt = (v: number | null) => (v === null ? '－' : unit === '%' ? `${v.toFixed(1)}%` : `${n(v)}${unit}`);
    put(ws, r, 1, ['成果指標 ' + no, name]);
    ws.mergeCells(r, 2, r, 7);
    put(ws, r + 1, 1, [undefined, '基準値 2020(R2)', '2021(R3)', '2022(R4)', '2023(R5)', '2024(R6)', '目標値 2025(R7)']);
    put(ws, r + 2, 1, ['実績', fmt(base), ...a.map(fmt), undefined, fmt(t)]);
    if (a[1] === null) put(ws, r + 3, 1, ['※2022(R4)は市民意識調査を実施していないため「－」']);
    r += 5;
  }
  put(ws, r, 1, ['今後の方向性', '現行どおり推進']);
}
const POLICY_FINAL_ONLY: Holdout2Workbook = {
  name: 'h57-policy-ad-r-final-only',
  layout: 'two policy sheets, blocks with 基準値 2020(R2) … 2024(R6) and only a final 目標値 2025(R7), figures typed with their unit, 「1-(1)-1」 numbers',
  build(wb) {
    for (const [sheet, s] of Object.entries(p2)) p2Sheet(wb.addWorksheet(sheet), s);
  },
  expected: {
    file: 'h57-policy-ad-r-final-only.xlsx',
    fiscalYear: 2023,
    indicators: Object.values(p2Ind).flat(),
    groups: Object.entries(p2Ind).map(([sheet, is]) => ({ sheet, cell: 'B4', grade: rollUp(is.map((i) => i.grade)) })),
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [POLICY_R_AD, POLICY_FINAL_ONLY];
