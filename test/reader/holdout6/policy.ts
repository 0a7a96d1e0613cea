/**
 * Hold-out 6, policy sheets: a 施策評価シート with its indicator blocks stacked down the sheet, two
 * policy sheets with the 目標 row above the 実績 row, a printed form (borders, merged labels, blank
 * spacer columns) and a 行政評価 summary with several 施策 stacked on one sheet, each with its own cell.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const THIN = { style: 'thin' as const };

/** Thin borders on every cell of a rectangle (1-based, inclusive). */
function box(ws: Worksheet, top: number, left: number, bottom: number, right: number): void {
  for (let r = top; r <= bottom; r++) for (let c = left; c <= right; c++) ws.getCell(r, c).border = { top: THIN, left: THIN, bottom: THIN, right: THIN };
}

// 1. 施策評価シート, blocks one under the other: 実績値 row then 期待値 row, R3…R7 (R7 目標値).
const S1 = '施策3-2';
const BLOCKS1: [string, string, string, (number | null)[], number[]][] = [
  ['新事業創出支援事業補助金採択件数', '補助金により新事業に取り組んだ事業者の件数', '件', [2, 1, 1, null, null], [2, 2, 2, 3, 3]],
  ['産業支援センター相談件数', '産業支援センターが受けた経営・技術相談の件数', '件', [1412, 1398, 1405, null, null], [1500, 1550, 1600, 1650, 1700]],
  ['ふるさと応援寄附額', 'ふるさと納税による寄附の額', '百万円', [512, 608, 572, null, null], [500, 550, 600, 650, 700]],
  ['農商工連携による新商品開発件数', '農業者と商工業者の連携で開発された商品の件数', '件', [3, 4, 6, null, null], [3, 4, 5, 6, 6]],
];
const IND1 = BLOCKS1.map(([name, , unit, act, exp]) => ind(S1, name, unit, exp[2], act[2]));

const verticalBlocks: Holdout2Workbook = {
  name: 'h6-shisaku-vertical-blocks',
  layout: '施策評価シート: indicator blocks stacked down one column (成果指標N, 説明, 単位, R3–R7 heading, 実績値 row above 期待値 row)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S1);
    ws.getColumn(1).width = 14;
    put(ws, 1, 1, ['令和６年度　施策評価シート（評価対象年度：令和５年度）']);
    put(ws, 3, 1, ['政策', '3　活力ある産業のまち']);
    put(ws, 4, 1, ['施策', '3-2　新たな産業の創出']);
    put(ws, 5, 1, ['主担当課', '商工観光部　産業雇用支援課']);
    put(ws, 6, 1, ['達成状況評価', 'B', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    let r = 8;
    BLOCKS1.forEach(([name, desc, unit, act, exp], i) => {
      put(ws, r, 1, [`成果指標${i + 1}`, name]);
      ws.mergeCells(r, 2, r, 6);
      put(ws, r + 1, 1, ['指標の説明', desc]);
      put(ws, r + 2, 1, ['単位', unit]);
      put(ws, r + 3, 1, ['区分', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 4, 1, ['実績値', ...act]);
      put(ws, r + 5, 1, ['期待値\n※R7は目標値', ...exp]);
      box(ws, r, 1, r + 5, 6);
      r += 7;
    });
    put(ws, r, 1, ['達成状況分析', '相談件数は横ばい、寄附額は前年比94％程度となり、期待値を下回った。']);
  },
  expected: {
    file: 'h6-shisaku-vertical-blocks.xlsx',
    fiscalYear: 2023,
    indicators: IND1,
    groups: [{ sheet: S1, cell: 'B6', grade: rollUp(IND1.map((i) => i.grade)) }],
  },
};

// 2. Two policy sheets, one row per 区分 (目標 above 実績), 令和3年度…令和7年度 columns.
type Row2 = [string, string, number[], (number | string | null)[], number | null, ('provisional' | 'not-implemented')?];
const SHEETS2: [string, string, Row2[]][] = [
  [
    '施策2-1',
    '2-1　安心して子どもを産み育てられる環境の充実',
    [
      ['子育て支援センター利用者数', '人', [18000, 18500, 19000, 19500, 20000], [15230, 16870, 17420], 17420],
      ['乳幼児健康診査受診率', '％', [97.0, 97.5, 98.0, 98.5, 99.0], [96.2, 97.8, 95.1], 95.1],
      ['ファミリー・サポート・センター会員数', '人', [620, 640, 660, 680, 700], [598, 655, '671（見込み）'], 671, 'provisional'],
    ],
  ],
  [
    '施策2-2',
    '2-2　確かな学力と豊かな心の育成',
    [
      ['授業がよくわかると答えた児童生徒の割合', '％', [80, 81, 82, 83, 85], [78.4, 79.9, 76.5], 76.5],
      ['学校図書館の児童生徒1人当たり貸出冊数', '冊', [40, 42, 44, 46, 48], [36.1, 33.8, 30.2], 30.2],
      ['中学生海外派遣研修の参加者数', '人', [20, 20, 20, 20, 20], ['未実施', 12, '未実施'], null, 'not-implemented'],
    ],
  ],
];
const IND2 = SHEETS2.map(([sheet, , rows]) => rows.map(([name, unit, t, , a, st]) => ind(sheet, name, unit, t[2], a, st ? { actualStatus: st } : {})));

const targetFirst: Holdout2Workbook = {
  name: 'h6-policy-two-sheets-target-first',
  layout: 'two 施策評価 sheets: 評価年度 label/value, one 目標 row then one 実績 row per indicator (name only on the 目標 row), 令和N年度 columns',
  build(wb: Workbook) {
    for (const [sheet, title, rows] of SHEETS2) {
      const ws = wb.addWorksheet(sheet);
      put(ws, 1, 1, ['施策評価シート']);
      put(ws, 2, 1, ['評価年度', '令和5年度']);
      put(ws, 3, 1, ['施策名', title]);
      put(ws, 4, 1, ['施策の総合評価', null, '※成果指標の達成度から評価']);
      put(ws, 6, 1, ['No.', '指標名', '単位', '区分', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '令和7年度']);
      rows.forEach(([name, unit, t, a], i) => {
        put(ws, 7 + 2 * i, 1, [i + 1, name, unit, '目標', ...t]);
        put(ws, 8 + 2 * i, 4, ['実績', ...a]);
      });
      box(ws, 6, 1, 6 + 2 * rows.length, 9);
    }
  },
  expected: {
    file: 'h6-policy-two-sheets-target-first.xlsx',
    fiscalYear: 2023,
    indicators: IND2.flat(),
    groups: SHEETS2.map(([sheet], i) => ({ sheet, cell: 'B4', grade: rollUp(IND2[i].map((x) => x.grade)) })),
  },
};

// 3. A printed 調書: borders everywhere, merged label cells, narrow blank columns between the figures.
const S3 = '施策評価（様式1）';
const ROWS3: [string, string, number, number, number][] = [
  ['公民館講座の延べ受講者数', '人', 18420, 20000, 16985],
  ['図書館の年間貸出冊数', '冊', 512300, 530000, 498760],
  ['生涯学習ボランティア登録者数', '人', 210, 240, 251],
  ['市民講座の満足度', '％', 88.0, 90.0, 91.4],
];
const IND3 = ROWS3.map(([name, unit, , t, a]) => ind(S3, name, unit, t, a));

const printedForm: Holdout2Workbook = {
  name: 'h6-printed-form-spacers',
  layout:
    'printed 施策評価調書: bordered, merged labels (name over B:D), blank spacer columns F/H/J/L between 基準値, 目標値（R5）, 実績値（R5）, 達成度; 総合評価 cell merged',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    ws.getColumn(1).width = 2;
    for (const c of [6, 8, 10, 12]) ws.getColumn(c).width = 1.5;
    ws.mergeCells('B2:M2');
    ws.getCell('B2').value = '令和５年度　施策評価調書';
    const pair = (row: number, l1: string, v1: string, l2: string, v2: string) => {
      ws.mergeCells(row, 2, row, 3);
      ws.mergeCells(row, 4, row, 5);
      ws.mergeCells(row, 7, row, 8);
      ws.mergeCells(row, 9, row, 13);
      put(ws, row, 2, [l1, null, v1]);
      put(ws, row, 7, [l2, null, v2]);
      box(ws, row, 2, row, 13);
    };
    pair(4, '施策番号', '5-3', '施策名', '生涯学習の推進');
    pair(5, '評価年度', '令和5年度', '所管課', '教育部　生涯学習課');
    ws.mergeCells('B7:M7');
    ws.getCell('B7').value = '１　成果指標の状況';
    ws.mergeCells('B8:D8');
    put(ws, 8, 2, ['成果指標', null, null, '単位', null, '基準値', null, '目標値（R5）', null, '実績値（R5）', null, '達成度']);
    ROWS3.forEach(([name, unit, base, t, a], i) => {
      const r = 9 + i;
      ws.mergeCells(r, 2, r, 4);
      put(ws, r, 2, [name, null, null, unit, null, base, null, t, null, a, null, a / t]);
      ws.getCell(r, 13).numFmt = '0.0%';
    });
    box(ws, 8, 2, 8 + ROWS3.length, 13);
    ws.mergeCells('B15:M15');
    ws.getCell('B15').value = '２　施策の評価';
    ws.mergeCells('B16:D16');
    ws.mergeCells('E16:F16');
    ws.mergeCells('G16:M16');
    put(ws, 16, 2, ['総合評価', null, null, null, null, '（A：順調　B：概ね順調　C：やや遅れている　D：遅れている）']);
    box(ws, 16, 2, 16, 13);
  },
  expected: {
    file: 'h6-printed-form-spacers.xlsx',
    fiscalYear: 2023,
    indicators: IND3,
    groups: [{ sheet: S3, cell: 'E16', grade: rollUp(IND3.map((i) => i.grade)) }],
  },
};

// 4. 行政評価 summary: 施策 heading rows (their 施策評価 in column I) with their indicators beneath.
const S4 = '施策別指標一覧';
type Row4 = [string, string, number, number, number, string];
const POLICIES4: [string, string, string, Row4[]][] = [
  [
    '1-1',
    '地域医療体制の充実',
    'B',
    [
      ['特定健康診査受診率', '％', 38.2, 45.0, 41.3, 'B'],
      ['がん検診受診率（胃がん）', '％', 7.8, 10.0, 6.9, 'C'],
      ['休日当番医の実施日数', '日', 72, 72, 72, 'A'],
    ],
  ],
  [
    '1-2',
    '高齢者福祉の充実',
    'B',
    [
      ['認知症サポーター養成者数', '人', 8250, 10000, 10412, 'A'],
      ['介護予防教室参加者数', '人', 3120, 3600, 2540, 'B'],
      ['高齢者サロン設置数', 'か所', 41, 50, 47, 'B'],
    ],
  ],
  [
    '1-3',
    '障がい者福祉の充実',
    'C',
    [
      ['障がい者就労支援事業所からの一般就労者数', '人', 14, 20, 11, 'D'],
      ['手話奉仕員養成講座修了者数', '人', 12, 15, 13, 'B'],
    ],
  ],
];
const IND4 = POLICIES4.map(([, , , rows]) => rows.map(([name, unit, , t, a, ex]) => ind(S4, name, unit, t, a, { existing: ex })));

const stackedSummary: Holdout2Workbook = {
  name: 'h6-gyosei-summary-stacked',
  layout:
    '行政評価 結果一覧: each 施策 a heading row (番号, 名称, 施策評価 in I) with its indicators under it (基準値（R2）, R5目標, R5実績, 達成率, 指標評価)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['令和5年度　行政評価（施策評価）結果一覧']);
    put(ws, 3, 1, ['施策番号', '施策名／成果指標', '単位', '基準値（R2）', 'R5目標', 'R5実績', '達成率', '指標評価', '施策評価']);
    let r = 4;
    for (const [no, title, grade, rows] of POLICIES4) {
      put(ws, r, 1, [no, title, null, null, null, null, null, null, grade]);
      r++;
      for (const [name, unit, base, t, a, ex] of rows) {
        put(ws, r, 2, [name, unit, base, t, a, a / t, ex]);
        ws.getCell(r, 7).numFmt = '0.0%';
        r++;
      }
    }
    box(ws, 3, 1, r - 1, 9);
    put(ws, r + 1, 1, ['※達成率＝R5実績÷R5目標。指標評価 A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
  },
  expected: {
    file: 'h6-gyosei-summary-stacked.xlsx',
    fiscalYear: 2023,
    indicators: IND4.flat(),
    groups: [4, 8, 12].map((row, i) => ({ sheet: S4, cell: `I${row}`, grade: rollUp(IND4[i].map((x) => x.grade)) })),
  },
};

export const POLICY_WORKBOOKS: Holdout2Workbook[] = [verticalBlocks, targetFirst, printedForm, stackedSummary];
