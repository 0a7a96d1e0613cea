/** Hold-out 28, other shapes: years as rows, one indicator card per sheet, a department's summary and settings sheets, a sheet that states no year. */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

const grades = (xs: { grade: string | null }[]) => xs.map((x) => x.grade);

const R1_IND = [
  ind('推移', '子育て支援センター利用者数', '人', 21000, 19650),
  ind('推移', '待機児童数', '人', 0, 3, { direction: 'down' }),
  ind('推移', '病児保育利用日数', '日', 900, 958),
];
const R1: Holdout2Workbook = {
  name: 'h28-years-as-rows-two-row-heading',
  layout:
    'years as rows (令和４年度…令和８年度), each indicator a merged two-row heading over 目標 / 実績 columns, a 合計 row under the years, a spacer column between indicators',
  build(wb) {
    const ws = wb.addWorksheet('推移');
    put(ws, 1, 1, ['こども未来計画　指標の推移（令和６年度評価）']);
    put(ws, 3, 1, ['年度', '子育て支援センター利用者数（人）', null, null, '待機児童数（人）※減少を目指す', null, null, '病児保育利用日数（日）']);
    put(ws, 4, 2, ['目標', '実績', null, '目標', '実績', null, '目標', '実績']);
    ws.mergeCells('A3:A4');
    ws.mergeCells('B3:C3');
    ws.mergeCells('E3:F3');
    ws.mergeCells('H3:I3');
    const rows: [string, number, number | null, number, number | null, number, number | null][] = [
      ['令和４年度', 19000, 18420, 5, 7, 800, 731],
      ['令和５年度', 20000, 19010, 3, 4, 850, 902],
      ['令和６年度', 21000, 19650, 0, 3, 900, 958],
      ['令和７年度', 22000, null, 0, null, 950, null],
      ['令和８年度', 23000, null, 0, null, 1000, null],
    ];
    rows.forEach(([y, t1, a1, t2, a2, t3, a3], i) => put(ws, 5 + i, 1, [y, t1, a1, null, t2, a2, null, t3, a3]));
    put(ws, 10, 1, ['合計（R4～R6）', 60000, 57080, null, null, null, null, 2550, 2591]);
  },
  expected: { file: 'h28-years-as-rows-two-row-heading.xlsx', fiscalYear: 2024, indicators: R1_IND, groups: [] },
};

/** One 事務事業評価表 card: label cells in column A, values in column C (B is a spacer). */
function card(ws: Worksheet, name: string, unit: string, dir: string, target: string, actual: string, last: string) {
  put(ws, 1, 1, ['令和６年度　事務事業評価表']);
  put(ws, 3, 1, ['事業名', null, ws.name]);
  put(ws, 4, 1, ['成果指標', null, name]);
  put(ws, 5, 1, ['単位', null, unit]);
  put(ws, 6, 1, ['指標の方向性', null, dir]);
  put(ws, 7, 1, ['（参考）令和５年度実績', null, last]);
  put(ws, 8, 1, ['令和６年度目標値', null, target]);
  put(ws, 9, 1, ['令和６年度実績値', null, actual]);
  put(ws, 10, 1, ['課長所見', null, '引き続き周知に努める。']);
}

const L1_IND = [
  ind('消費生活相談', '消費生活相談の解決率', '%', 95, 96.2),
  ind('ごみ減量推進', '市民一人一日当たりごみ排出量', 'g', 850, 893, { direction: 'down' }),
  ind('資源回収', '集団資源回収量', 't', 1400, 1012),
];
const L1: Holdout2Workbook = {
  name: 'h28-label-value-cards',
  layout:
    'one 事務事業評価表 card per sheet: label / value pairs with a spacer column, a （参考）前年度実績 row above the target, direction in words 「下げる」',
  build(wb) {
    card(wb.addWorksheet('消費生活相談'), '消費生活相談の解決率', '%', '上げる', '95.0', '96.2', '94.8');
    card(wb.addWorksheet('ごみ減量推進'), '市民一人一日当たりごみ排出量', 'g', '下げる', '850', '893', '901');
    card(wb.addWorksheet('資源回収'), '集団資源回収量', 't', '上げる', '1,400', '1,012', '1,105');
  },
  expected: { file: 'h28-label-value-cards.xlsx', fiscalYear: 2024, indicators: L1_IND, groups: [] },
};

/** A compact policy sheet: header, rating cell at D3, indicators in rows (name, unit, 目標値, 実績値). */
function policy(ws: Worksheet, title: string, rows: [string, string, number, number | string][]) {
  put(ws, 1, 1, [title]);
  put(ws, 3, 1, ['所管', '長寿福祉課', '総合評価', null]);
  put(ws, 5, 1, ['指標名', '単位', '2024年度目標値', '2024年度実績値', '2023年度実績値']);
  rows.forEach((r, i) => put(ws, 6 + i, 1, [...r, null]));
}

const S1_A = [ind('施策1', '認知症サポーター養成数', '人', 1500, 1620), ind('施策1', '介護予防教室参加者数', '人', 2400, 1530)];
const S1_B = [ind('施策2', 'シルバー人材センター会員数', '人', 800, 742), ind('施策2', '高齢者サロン設置数', '箇所', 60, 61)];
const S1: Holdout2Workbook = {
  name: 'h28-summary-and-settings-sheets',
  layout:
    'a department summary sheet (counts per grade, a 合計 row) and a 評価設定 sheet restating the default bands before two compact policy sheets with 2024年度 headings and a 2023年度 column after the actual',
  build(wb) {
    const sum = wb.addWorksheet('集計');
    put(sum, 1, 1, ['長寿福祉課　2024年度　施策評価集計']);
    put(sum, 3, 1, ['施策', '指標数', 'A', 'B', 'C', 'D']);
    put(sum, 4, 1, ['施策1', 2, null, null, null, null]);
    put(sum, 5, 1, ['施策2', 2, null, null, null, null]);
    put(sum, 6, 1, ['合計', 4, null, null, null, null]);
    const set = wb.addWorksheet('評価設定');
    put(set, 1, 1, ['評価年度', '2024年度']);
    put(set, 3, 1, ['評価', '達成率']);
    put(set, 4, 1, ['A', '100%以上']);
    put(set, 5, 1, ['B', '80%以上100%未満']);
    put(set, 6, 1, ['C', '60%以上80%未満']);
    put(set, 7, 1, ['D', '60%未満']);
    const w1 = wb.addWorksheet('施策1');
    policy(w1, '施策1　認知症になっても安心して暮らせる地域づくり', [
      ['認知症サポーター養成数', '人', 1500, 1620],
      ['介護予防教室参加者数', '人', 2400, 1530],
    ]);
    w1.getCell('E6').value = 1490;
    w1.getCell('E7').value = 1980;
    const w2 = wb.addWorksheet('施策2');
    policy(w2, '施策2　高齢者の社会参加の促進', [
      ['シルバー人材センター会員数', '人', 800, 742],
      ['高齢者サロン設置数', '箇所', 60, 61],
    ]);
    w2.getCell('E6').value = 760;
    w2.getCell('E7').value = 57;
  },
  expected: {
    file: 'h28-summary-and-settings-sheets.xlsx',
    fiscalYear: 2024,
    indicators: [...S1_A, ...S1_B],
    groups: [
      { sheet: '施策1', cell: 'D3', grade: rollUp(grades(S1_A)) },
      { sheet: '施策2', cell: 'D3', grade: rollUp(grades(S1_B)) },
    ],
  },
};

const G1_IND = [
  ind('指標管理', '都市公園の面積', 'ha', 128, 126.5),
  ind('指標管理', '公園愛護会の登録団体数', '団体', 44, 45),
  ind('指標管理', '街路樹の剪定・維持管理延長', 'km', 36, 27.9),
];
const G1: Holdout2Workbook = {
  name: 'h28-guess-no-year-stated',
  layout:
    'indicator table with R4…R7 columns of 目標 / 実績 rows and no evaluation year stated anywhere: the latest period with actuals (R5) is inferred (a guess)',
  build(wb) {
    const ws = wb.addWorksheet('指標管理');
    put(ws, 1, 1, ['公園緑地課　指標管理表']);
    put(ws, 3, 1, ['指標', '単位', '', 'R4', 'R5', 'R6', 'R7']);
    const row = (r: number, name: string, unit: string, t: number[], a: number[]) => {
      put(ws, r, 1, [name, unit, '目標', ...t]);
      put(ws, r + 1, 3, ['実績', ...a]);
    };
    row(4, '都市公園の面積', 'ha', [126, 128, 130, 132], [125.1, 126.5]);
    row(6, '公園愛護会の登録団体数', '団体', [42, 44, 46, 48], [41, 45]);
    row(8, '街路樹の剪定・維持管理延長', 'km', [34, 36, 38, 40], [31.2, 27.9]);
  },
  expected: { file: 'h28-guess-no-year-stated.xlsx', fiscalYear: 2023, indicators: G1_IND, groups: [], guesses: ['period'] },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [R1, L1, S1, G1];
