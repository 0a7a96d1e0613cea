/** Hold-out 31: shapes outside the four families (exported 調書 rows, 進捗管理表, KPI 一覧, monthly reports, cards, split sheets…). */
import type { Worksheet } from 'exceljs';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const title = (ws: Worksheet, cell: string, text: string) => {
  ws.getCell(cell).value = text;
  ws.getCell(cell).font = { bold: true, size: 14 };
};

const jimuExport: Holdout2Workbook = {
  name: 'h31-jimujigyo-export',
  layout: '事務事業評価調書 exported one row per 事業 with 指標1/指標2 columns (name, unit, target, actual each), 集計中, text with comma and unit',
  build(wb) {
    const ws = wb.addWorksheet('事務事業評価一覧');
    title(ws, 'A1', '令和5年度 事務事業評価調書（一覧出力）');
    put(ws, 2, 1, ['出力日：2024/06/14　行政評価システムより出力']);
    put(ws, 4, 1, [
      '事業番号',
      '事業名',
      '所管課',
      '指標1名称',
      '指標1単位',
      '指標1目標値',
      '指標1実績値',
      '指標2名称',
      '指標2単位',
      '指標2目標値',
      '指標2実績値',
      '備考',
    ]);
    put(ws, 5, 1, [1001, '子育て支援センター運営事業', 'こども家庭課', '子育て支援センター利用者数', '人', 24000, 21500, '子育て相談件数', '件', 1200, 1310]);
    put(ws, 6, 1, [1002, 'ごみ減量啓発事業', '環境政策課', '資源回収量', 't', 5200, 4700, '出前講座開催回数', '回', 30, '集計中', '講座実績は6月末確定']);
    put(ws, 7, 1, [1003, '観光案内所運営事業', '観光交流課', '観光案内件数', '件', 18000, '18,420件', '多言語対応件数', '件', 2500, 1600]);
  },
  expected: {
    file: 'h31-jimujigyo-export.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事務事業評価一覧', '子育て支援センター利用者数', '人', 24000, 21500),
      ind('事務事業評価一覧', '子育て相談件数', '件', 1200, 1310),
      ind('事務事業評価一覧', '資源回収量', 't', 5200, 4700),
      ind('事務事業評価一覧', '出前講座開催回数', '回', 30, null, { actualStatus: 'pending' }),
      ind('事務事業評価一覧', '観光案内件数', '件', 18000, 18420),
      ind('事務事業評価一覧', '多言語対応件数', '件', 2500, 1600),
    ],
    groups: [],
  },
};

const kosodate: Holdout2Workbook = {
  name: 'h31-kosodate-shinchoku',
  layout: '子ども・子育て支援事業計画 進捗管理表: R4実績 column before the R5 計画値, marks ◎○△× with a legend below, "－" actual',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表（R5）');
    title(ws, 'A1', '第2期 子ども・子育て支援事業計画 進捗管理表（令和5年度）');
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['No.', '事業・指標名', '単位', 'R4実績', 'R5計画値', 'R5実績', '評価', '備考']);
    put(ws, 4, 1, [1, '延長保育事業の利用者数', '人', 410, 450, 462, '◎']);
    put(ws, 5, 1, [2, '放課後児童クラブの登録児童数', '人', 1320, 1400, 1385, '○']);
    put(ws, 6, 1, [3, '一時預かり事業の延べ利用者数', '人日', 3100, 3600, 2480, '△', '保育士不足により受入制限']);
    put(ws, 7, 1, [4, '病児保育事業の延べ利用者数', '人日', 760, 900, '－', '－', '施設改修のため休止']);
    put(ws, 8, 1, [5, '利用者支援事業の相談件数', '件', 500, 520, 530, '◎']);
    put(ws, 10, 1, ['※評価　◎：目標達成（A）　○：概ね達成（B）　△：やや遅れ（C）　×：遅れ（D）']);
  },
  expected: {
    file: 'h31-kosodate-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('進捗管理表（R5）', '延長保育事業の利用者数', '人', 450, 462, { existing: 'A' }),
      ind('進捗管理表（R5）', '放課後児童クラブの登録児童数', '人', 1400, 1385, { existing: 'B' }),
      ind('進捗管理表（R5）', '一時預かり事業の延べ利用者数', '人日', 3600, 2480, { existing: 'C' }),
      ind('進捗管理表（R5）', '病児保育事業の延べ利用者数', '人日', 900, null, { actualStatus: 'not-applicable' }),
      ind('進捗管理表（R5）', '利用者支援事業の相談件数', '件', 520, 530, { existing: 'A' }),
    ],
    groups: [],
  },
};

const kpiYearly: Holdout2Workbook = {
  name: 'h31-senryaku-kpi-yearly',
  layout: '総合戦略 KPI 一覧: 基準値（H30）, 目標/実績 pairs per year R3–R5 under merged year headings, 最終目標（R6）, a 方向 column ↑/↓',
  build(wb) {
    const ws = wb.addWorksheet('KPI一覧');
    title(ws, 'A1', '第2期 まち・ひと・しごと創生総合戦略　KPI検証シート（令和5年度実績）');
    put(ws, 3, 1, [
      '基本目標',
      'KPI',
      '単位',
      '方向',
      '基準値（H30）',
      '令和3年度',
      undefined,
      '令和4年度',
      undefined,
      '令和5年度',
      undefined,
      '最終目標（R6）',
    ]);
    ws.mergeCells('F3:G3');
    ws.mergeCells('H3:I3');
    ws.mergeCells('J3:K3');
    put(ws, 4, 6, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 5, 1, ['1 しごと', '新規就農者数', '人', '↑', 5, 6, 5, 7, 6, 8, 4, 10]);
    put(ws, 6, 1, ['2 ひとの流れ', '移住相談件数', '件', '↑', 120, 150, 171, 180, 190, 200, 236, 220]);
    put(ws, 7, 1, [undefined, '観光入込客数', '万人', '↑', 85, 90, 61.2, 95, 80.3, 100, 92.4, 105]);
    put(ws, 8, 1, ['3 結婚・出産・子育て', '待機児童数', '人', '↓', 14, 6, 9, 3, 5, 0, 3, 0]);
    put(ws, 10, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標']);
  },
  expected: {
    file: 'h31-senryaku-kpi-yearly.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI一覧', '新規就農者数', '人', 8, 4),
      ind('KPI一覧', '移住相談件数', '件', 200, 236),
      ind('KPI一覧', '観光入込客数', '万人', 100, 92.4),
      ind('KPI一覧', '待機児童数', '人', 0, 3, { direction: 'down' }),
    ],
    groups: [],
  },
};

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const MONTHLY: [string, string, number, number[]][] = [
  ['図書館貸出冊数', '冊', 600000, [48210, 51020, 47330, 55120, 60210, 46870, 49510, 47220, 44050, 46130, 45880, 52440]],
  ['市民プール利用者数', '人', 90000, [1200, 3400, 9800, 24100, 27300, 6100, 900, 0, 0, 0, 0, 0]],
  ['体育館施設利用件数', '件', 7000, [520, 560, 580, 600, 590, 570, 610, 590, 540, 500, 520, 560]],
];
const monthly: Holdout2Workbook = {
  name: 'h31-monthly-cumulative',
  layout: '月次実績報告: 4月…3月 columns, 累計 as a SUM formula, 年間目標 after it, units in the name heading (冊), a 前年度累計 column',
  build(wb) {
    const ws = wb.addWorksheet('月次実績');
    title(ws, 'A1', '令和5年度 社会教育施設 月次実績報告（年度末確定）');
    put(ws, 3, 1, ['項目（単位）', ...MONTHS, '累計', '年間目標', '前年度累計']);
    MONTHLY.forEach(([name, unit, target, months], i) => {
      const r = 4 + i;
      put(ws, r, 1, [`${name}（${unit}）`, ...months]);
      ws.getCell(r, 14).value = { formula: `SUM(B${r}:M${r})`, result: months.reduce((a, b) => a + b, 0) };
      put(ws, r, 15, [target, Math.round(target * 0.93)]);
    });
  },
  expected: {
    file: 'h31-monthly-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map(([name, unit, target, months]) =>
      ind(
        '月次実績',
        name,
        unit,
        target,
        months.reduce((a, b) => a + b, 0),
      ),
    ),
    groups: [],
  },
};

const CARDS: [string, string, string, number, number, number, string, string][] = [
  ['指標01', '特定健診受診率', '％', 38.2, 50.0, 44.1, '増加を目指す', 'B'],
  ['指標02', '自主防災組織結成率', '％', 70.0, 85.0, 86.3, '増加を目指す', 'A'],
  ['指標03', '交通事故発生件数', '件', 388, 300, 342, '減少を目指す', 'B'],
];
const cards: Holdout2Workbook = {
  name: 'h31-indicator-cards',
  layout: '指標カード one per sheet, label/value pairs going down (基準値（R元）, 目標値（R5）, 実績値（R5）, 達成度 formula, 評価), 指標の方向 row',
  build(wb) {
    for (const [sheet, name, unit, base, target, actual, dir, grade] of CARDS) {
      const ws = wb.addWorksheet(sheet);
      title(ws, 'A1', '指標カード');
      put(ws, 2, 1, ['評価年度', '令和5年度']);
      put(ws, 4, 1, ['施策名', '安全・安心なまちづくり']);
      put(ws, 5, 1, ['指標名', name]);
      put(ws, 6, 1, ['単位', unit]);
      put(ws, 7, 1, ['指標の方向', dir]);
      put(ws, 8, 1, ['基準値（R元）', base]);
      put(ws, 9, 1, ['目標値（R5）', target]);
      put(ws, 10, 1, ['実績値（R5）', actual]);
      ws.getCell('A11').value = '達成度';
      ws.getCell('B11').value = { formula: dir.startsWith('減') ? 'B9/B10' : 'B10/B9', result: dir.startsWith('減') ? target / actual : actual / target };
      ws.getCell('B11').numFmt = '0.0%';
      put(ws, 12, 1, ['評価', grade]);
      put(ws, 14, 1, ['説明', '評価は A：達成 B：概ね達成 C：やや遅れ D：遅れ']);
    }
  },
  expected: {
    file: 'h31-indicator-cards.xlsx',
    fiscalYear: 2023,
    indicators: CARDS.map(([sheet, name, unit, , target, actual, dir, grade]) =>
      ind(sheet, name, unit, target, actual, { direction: dir.startsWith('減') ? 'down' : 'up', existing: grade }),
    ),
    groups: [],
  },
};

export const OTHER_WORKBOOKS: Holdout2Workbook[] = [jimuExport, kosodate, kpiYearly, monthly, cards];
