/**
 * Hold-out 45: lists — a KPI 一覧 grouped under 基本目標 heading rows merged across the table, a table
 * exported with English headings, and a 行政評価 results list of 施策 grades beside the 施策 sheets.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

function goalHeading(ws: Worksheet, row: number, text: string): void {
  ws.mergeCells(row, 1, row, 8);
  ws.getCell(row, 1).value = text;
  ws.getCell(row, 1).font = { bold: true };
}

const kpiGoals: Holdout2Workbook = {
  name: 'h45-kpi-list-basic-goals',
  layout:
    'KPI 一覧 grouped under 基本目標１/２/３ rows merged across A:H, sub-numbered 1-1 / １－２ / 2-1; 評価 written; lower-is-better said in a foot note; one actual of the year before 「371（R4）」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('指標一覧');
    put(ws, 1, 1, ['第２期一関市まち・ひと・しごと創生総合戦略　重要業績評価指標（ＫＰＩ）一覧']);
    put(ws, 2, 1, ['（令和５年度実績）']);
    put(ws, 4, 1, ['番号', '重要業績評価指標（ＫＰＩ）', '単位', '基準値（R元）', '目標値（R6）', '実績値（R5）', '評価', '担当課']);
    goalHeading(ws, 5, '基本目標１　地域の特性を生かした安定したしごとをつくる');
    put(ws, 6, 1, ['1-1', '新規企業立地件数', '件', 2, 10, 7, 'C', '商工労働課']);
    put(ws, 7, 1, ['１－２', '市内事業所従業者数', '人', '10,796', '10,100', '10,250', 'A', '商工労働課']);
    put(ws, 8, 1, ['1-3', '新規就農者数', '人', 5, 8, 6, 'B', '農政課']);
    goalHeading(ws, 9, '基本目標２　一関への新しいひとの流れをつくる');
    put(ws, 10, 1, ['2-1', '移住相談件数', '件', 120, 300, 342, 'A', 'まちづくり推進課']);
    put(ws, 11, 1, ['2-2', '転出超過数', '人', 412, 300, 356, 'B', 'まちづくり推進課']);
    goalHeading(ws, 12, '基本目標３　結婚・出産・子育ての希望をかなえる');
    put(ws, 13, 1, ['3-1', '婚姻件数', '件', 410, 450, '371（R4）', 'C', 'こども家庭課']);
    put(ws, 14, 1, ['3-2', '待機児童数', '人', 14, 0, 0, 'A', 'こども保育課']);
    put(ws, 15, 1, ['3-3', '子育て支援センター利用者数', '人', '18,500', '20,000', '集計中', undefined, 'こども家庭課']);
    put(ws, 17, 1, ['※「転出超過数」「待機児童数」は、数値が小さいほど良い指標です。']);
    put(ws, 18, 1, ['※「婚姻件数」は人口動態統計の公表時期の関係で、令和４年の数値を記載しています。']);
    put(ws, 19, 1, ['※評価　A：目標達成　B：達成率80％以上　C：達成率60％以上　D：達成率60％未満']);
    ws.getColumn(2).width = 34;
  },
  expected: {
    file: 'h45-kpi-list-basic-goals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('指標一覧', '新規企業立地件数', '件', 10, 7, { existing: 'C' }),
      ind('指標一覧', '市内事業所従業者数', '人', 10100, 10250, { existing: 'A' }),
      ind('指標一覧', '新規就農者数', '人', 8, 6, { existing: 'B' }),
      ind('指標一覧', '移住相談件数', '件', 300, 342, { existing: 'A' }),
      ind('指標一覧', '転出超過数', '人', 300, 356, { existing: 'B', direction: 'down' }),
      ind('指標一覧', '婚姻件数', '件', 450, 371, { existing: 'C' }),
      ind('指標一覧', '待機児童数', '人', 0, 0, { existing: 'A', direction: 'down' }),
      ind('指標一覧', '子育て支援センター利用者数', '人', 20000, null, { actualStatus: 'pending' }),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

const englishExport: Holdout2Workbook = {
  name: 'h45-english-headings-export',
  layout:
    'a system export with English headings (No., KPI, Unit, Baseline(FY2020), Target(FY2025), FY2022 Actual, FY2023 Actual, Status, Note) and Japanese names',
  build(wb: Workbook) {
    const ws = wb.addWorksheet('KPI_Export');
    put(ws, 1, 1, ['DX推進計画 KPI Progress Report (FY2023)']);
    put(ws, 2, 1, ['Exported 2024-05-20 / 情報政策課']);
    put(ws, 4, 1, ['No.', 'KPI', 'Unit', 'Baseline(FY2020)', 'Target(FY2025)', 'FY2022 Actual', 'FY2023 Actual', 'Status', 'Note']);
    put(ws, 5, 1, [1, '市ホームページ年間閲覧数', '件', '820,000', '1,000,000', '905,112', '968,400', 'B']);
    put(ws, 6, 1, [2, '電子申請対応手続数', '手続', 35, 200, 96, 148, 'C']);
    put(ws, 7, 1, [3, 'マイナンバーカード交付率', '%', 21.4, 90, 68.2, 76.5, 'A']);
    put(ws, 8, 1, [4, 'オープンデータ公開件数', '件', 40, 120, 88, 131, 'A']);
    put(ws, 9, 1, [5, '公共施設Wi-Fi設置箇所数', '箇所', 12, 45, 30, 38]);
    put(ws, 10, 1, [6, 'RPA導入業務数', '業務', 0, 30, 9, 14, 'D', '速報値']);
    ws.getColumn(2).width = 30;
  },
  expected: {
    file: 'h45-english-headings-export.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI_Export', '市ホームページ年間閲覧数', '件', 1000000, 968400, { existing: 'B' }),
      ind('KPI_Export', '電子申請対応手続数', '手続', 200, 148, { existing: 'C' }),
      ind('KPI_Export', 'マイナンバーカード交付率', '%', 90, 76.5, { existing: 'A' }),
      ind('KPI_Export', 'オープンデータ公開件数', '件', 120, 131, { existing: 'A' }),
      ind('KPI_Export', '公共施設Wi-Fi設置箇所数', '箇所', 45, 38),
      ind('KPI_Export', 'RPA導入業務数', '業務', 30, 14, { existing: 'D', actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

type PolicyRow = [name: string, unit: string, base: number | string, target: number | string, actual: number | string, way: string];

function policySheet(ws: Worksheet, code: string, title: string, rows: PolicyRow[]): void {
  put(ws, 1, 1, ['令和５年度　施策評価シート']);
  put(ws, 3, 1, ['政策', '１　安全・安心に暮らせるまちづくり']);
  put(ws, 4, 1, ['施策', `${code}　${title}`, undefined, undefined, '主管課', '危機管理課']);
  put(ws, 5, 1, ['達成度評価']);
  ws.getCell('B5').border = { top: { style: 'thin' }, bottom: { style: 'thin' }, left: { style: 'thin' }, right: { style: 'thin' } };
  put(ws, 5, 3, ['（A～D）']);
  put(ws, 7, 1, ['成果指標']);
  put(ws, 8, 1, ['No', '指標名', '単位', '現状値（R元）', 'R5目標', 'R5実績', '方向']);
  rows.forEach((r, i) => put(ws, 9 + i, 1, [i + 1, ...r]));
  put(ws, 9 + rows.length + 1, 1, ['方向：↑は値が大きいほど良い、↓は値が小さいほど良い']);
  ws.getColumn(2).width = 30;
}

const SAFETY: PolicyRow[] = [
  ['自主防災組織の組織率', '％', 88.0, 92.0, 90.3, '↑'],
  ['防災訓練参加者数', '人', '5,870', '6,500', '4,980', '↑'],
  ['住宅の耐震化率', '％', 84.5, 90.0, 87.1, '↑'],
  ['火災発生件数', '件', 33, 25, 31, '↓'],
];
const TRAFFIC: PolicyRow[] = [
  ['交通事故発生件数', '件', 352, 300, 276, '↓'],
  ['交通安全教室参加者数', '人', '8,120', '9,000', '9,450', '↑'],
  ['刑法犯認知件数', '件', 540, 480, 611, '↓'],
];

const gradeList: Holdout2Workbook = {
  name: 'h45-policy-grade-list',
  layout:
    'a 行政評価結果一覧 of 施策 with their A–D grades only (no indicators) before two 施策 sheets, each with an empty 達成度評価 cell and a ↑/↓ 方向 column',
  build(wb: Workbook) {
    const list = wb.addWorksheet('評価結果一覧');
    put(list, 1, 1, ['令和５年度　行政評価結果一覧（施策評価）']);
    put(list, 3, 1, ['政策', '施策番号', '施策名', '主管部', '評価', '前年度評価']);
    const policies: [string, string, string, string, string, string][] = [
      ['１　安全・安心', '1-1', '防災体制の充実', '総務部', 'B', 'B'],
      ['１　安全・安心', '1-2', '交通安全・防犯対策の推進', '市民部', 'A', 'B'],
      ['２　健康・福祉', '2-1', '健康づくりの推進', '保健福祉部', 'B', 'C'],
      ['２　健康・福祉', '2-2', '地域福祉の推進', '保健福祉部', 'C', 'C'],
      ['３　産業・雇用', '3-1', '商工業の振興', '商工観光部', 'B', 'B'],
      ['３　産業・雇用', '3-2', '農林業の振興', '農林部', 'D', 'C'],
    ];
    policies.forEach((p, i) => put(list, 4 + i, 1, p));
    put(list, 11, 1, ['評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
    policySheet(wb.addWorksheet('施策1-1'), '1-1', '防災体制の充実', SAFETY);
    policySheet(wb.addWorksheet('施策1-2'), '1-2', '交通安全・防犯対策の推進', TRAFFIC);
  },
  expected: {
    file: 'h45-policy-grade-list.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('施策1-1', '自主防災組織の組織率', '％', 92, 90.3),
      ind('施策1-1', '防災訓練参加者数', '人', 6500, 4980),
      ind('施策1-1', '住宅の耐震化率', '％', 90, 87.1),
      ind('施策1-1', '火災発生件数', '件', 25, 31, { direction: 'down' }),
      ind('施策1-2', '交通事故発生件数', '件', 300, 276, { direction: 'down' }),
      ind('施策1-2', '交通安全教室参加者数', '人', 9000, 9450),
      ind('施策1-2', '刑法犯認知件数', '件', 480, 611, { direction: 'down' }),
    ],
    // B, C, B, B → 2.75 → B; A, A, C → 3.33 → B.
    groups: [
      { sheet: '施策1-1', cell: 'B5', grade: 'B' },
      { sheet: '施策1-2', cell: 'B5', grade: 'B' },
    ],
  },
};

export const LIST_WORKBOOKS: Holdout2Workbook[] = [kpiGoals, englishExport, gradeList];
