/**
 * Hold-out 38, sheets converted from PDF or Word: headings split over two cells, a number and its
 * unit in separate merged cells, digits broken by stray spaces, names wrapped onto a second row,
 * a page footer and a repeated heading row in the middle of a table.
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const KPI = 'KPI実績';

/** A PDF table: headings split over two rows (「目標」「値（R5）」), value and unit in separate cells, "1 250" and "5 0 0" digits. */
const pdfKpi: Holdout2Workbook = {
  name: 'h38-01-pdf-kpi-spaced-digits',
  layout: 'PDF-converted KPI table: headings split over two rows, value and unit in separate cells, digits with stray spaces, a name wrapped onto a second row',
  build(wb) {
    const ws = wb.addWorksheet(KPI);
    put(ws, 1, 1, ['令和５年度　第２期帯広市まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の実績']);
    ws.mergeCells('A1:I1');
    put(ws, 2, 9, ['資料３']);
    put(ws, 4, 1, ['No.', '重要業績', '基準', '目標', undefined, '実績', undefined, '達成', '備考']);
    put(ws, 5, 1, [undefined, '評価指標', '値（R1）', '値（R5）', undefined, '値（R5）', undefined, '率']);
    ws.mergeCells('A4:A5');
    ws.mergeCells('D4:E4');
    ws.mergeCells('D5:E5');
    ws.mergeCells('F4:G4');
    ws.mergeCells('F5:G5');
    ws.mergeCells('I4:I5');
    put(ws, 6, 1, [1, '観光入込客数', '1 050千人', '1 250', '千人', '1 104', '千人', '88.3%']);
    put(ws, 7, 1, [2, '市内企業への新規高卒者の', '118人', '150', '人', '132', '人', '88.0%']);
    put(ws, 8, 2, ['就職者数']);
    put(ws, 9, 1, [3, '創業支援件数', '22件', '30', '件', '31', '件', '103.3%']);
    put(ws, 10, 1, [4, '移住相談件数', '180件', '400', '件', '262', '件', '65.5%']);
    put(ws, 11, 1, [5, 'ふるさと納税寄附額', '3 2 0百万円', '5 0 0', '百万円', '6 1 2', '百万円', '122.4%']);
    put(ws, 12, 1, [6, '待機児童数', '12人', '0', '人', '3', '人', '－', '数値が小さいほど良い指標（各年4月1日現在）']);
    put(ws, 14, 1, ['※ 達成率は実績値÷目標値。No.6は数値が小さいほど良い指標のため達成率を算出していない。']);
    ws.mergeCells('A14:I14');
  },
  expected: {
    file: 'h38-01-pdf-kpi-spaced-digits.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KPI, '観光入込客数', '千人', 1250, 1104),
      ind(KPI, '市内企業への新規高卒者の就職者数', '人', 150, 132),
      ind(KPI, '創業支援件数', '件', 30, 31),
      ind(KPI, '移住相談件数', '件', 400, 262),
      ind(KPI, 'ふるさと納税寄附額', '百万円', 500, 612),
      ind(KPI, '待機児童数', '人', 0, 3, { direction: 'down' }),
    ],
    groups: [],
  },
};

const T1 = 'Table 1';

/** A PDF table with every heading split into two cells side by side, a page footer and the heading repeated mid-table. */
const pdfPaged: Holdout2Workbook = {
  name: 'h38-09-pdf-paged-split-headings',
  layout:
    'PDF-converted table on sheet "Table 1": headings split into two adjacent cells (成果|指標, 目標|値), values merged over two columns, unit column, a page footer and a repeated heading row mid-table',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['R5年度　留萌市農林水産業振興計画　進捗管理表']);
    ws.mergeCells('A1:J1');
    const heading = (r: number) => put(ws, r, 1, ['No', '成果', '指標', '目標', '値', '(単位)', '実績', '値', '達成', '状況']);
    const row = (r: number, no: number, name: string, target: string, unit: string, actual: string, state: string) => {
      put(ws, r, 1, [no, name, undefined, target, undefined, unit, actual, undefined, state]);
      ws.mergeCells(r, 2, r, 3);
      ws.mergeCells(r, 4, r, 5);
      ws.mergeCells(r, 7, r, 8);
      ws.mergeCells(r, 9, r, 10);
    };
    heading(3);
    row(4, 1, '有害鳥獣捕獲頭数', '1 500', '頭', '1 62 8', '達成');
    row(5, 2, '農地の集積率', '7 0.0', '%', '6 6.4', '未達成');
    row(6, 3, '林道・作業道の開設延長', '12.0', 'km', '8.7', '未達成');
    put(ws, 8, 1, ['- 1 -']);
    ws.mergeCells('A8:J8');
    heading(10);
    row(11, 4, '漁業就業者数', '85', '人', '79', '未達成');
    row(12, 5, '地元産木材の利用量', '3 000', '㎥', '2 140', '未達成');
    row(13, 6, '農業用施設の長寿命化対策実施箇所数', '9', 'か所', '9', '達成');
    put(ws, 15, 1, ['- 2 -']);
    ws.mergeCells('A15:J15');
  },
  expected: {
    file: 'h38-09-pdf-paged-split-headings.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '有害鳥獣捕獲頭数', '頭', 1500, 1628),
      ind(T1, '農地の集積率', '%', 70, 66.4),
      ind(T1, '林道・作業道の開設延長', 'km', 12, 8.7),
      ind(T1, '漁業就業者数', '人', 85, 79),
      ind(T1, '地元産木材の利用量', '㎥', 3000, 2140),
      ind(T1, '農業用施設の長寿命化対策実施箇所数', 'か所', 9, 9),
    ],
    groups: [],
  },
};

const CHOSHO = '調書';

/** One Word-converted indicator block: a heading paragraph (maybe wrapped), 目標値 / 実績値 lines with the unit in its own cell, a 説明 line. */
function wordBlock(ws: import('exceljs').Worksheet, r: number, title: string[], target: string, actual: string, unit: string, note: string): void {
  title.forEach((t, i) => {
    put(ws, r + i, 1, [t]);
    ws.mergeCells(r + i, 1, r + i, 6);
  });
  const at = r + title.length;
  put(ws, at, 1, ['目標値（令和５年度）', undefined, target, unit]);
  put(ws, at + 1, 1, ['実績値（令和５年度）', undefined, actual, unit]);
  put(ws, at + 2, 1, ['説明', note]);
  ws.mergeCells(at, 1, at, 2);
  ws.mergeCells(at + 1, 1, at + 1, 2);
  ws.mergeCells(at + 2, 2, at + 2, 6);
}

const wordIndicators = [
  ind(CHOSHO, '子ども食堂の設置数', 'か所', 15, 12),
  ind(CHOSHO, 'ボランティアセンター登録者数', '人', 1200, 1315),
  ind(CHOSHO, '民生委員・児童委員の充足率', '%', 100, 94.2),
  ind(CHOSHO, '地域見守りネットワーク協定締結事業者数', '社', 60, 48),
  ind(CHOSHO, '福祉バス利用者数', '人', 8000, 5210, { actualStatus: 'provisional' }),
];

/** A Word 施策評価調書 pasted into Excel: label lines, one block per indicator, a name wrapped over two rows, an empty 施策の達成状況 cell. */
const wordForm: Holdout2Workbook = {
  name: 'h38-07-word-policy-form',
  layout:
    "Word-converted 施策評価調書: 基本施策 header with an empty 施策の達成状況 cell and last year's （C）, one paragraph block per indicator (目標値/実績値 lines, unit in its own cell), one name wrapped over two rows, numbers in 説明 text",
  build(wb) {
    const ws = wb.addWorksheet(CHOSHO);
    put(ws, 1, 1, ['令和５年度　施策評価調書']);
    ws.mergeCells('A1:F1');
    put(ws, 3, 1, ['基本施策', '３－２　地域福祉の推進']);
    ws.mergeCells('B3:F3');
    put(ws, 4, 1, ['担当課', '社会福祉課']);
    put(ws, 5, 1, ['施策の達成状況', undefined, '前年度評価', '（C）']);
    put(ws, 7, 1, ['１　成果指標']);
    wordBlock(ws, 8, ['（１）子ども食堂の設置数'], '１５', '１２', 'か所', '地域の団体と連携し、新たに３か所を開設した。');
    wordBlock(ws, 13, ['（２）ボランティアセンター登録者数'], '1,200', '1,315', '人', '高校生の登録が前年度より120人増えた。');
    wordBlock(ws, 18, ['（３）民生委員・児童委員の充足率'], '100', '94.2', '%', '定数172人に対し162人を委嘱。');
    wordBlock(ws, 23, ['（４）地域見守りネットワーク協定', '締結事業者数'], '60', '48', '社', '新たに金融機関など6社と協定を締結した。');
    wordBlock(ws, 29, ['（５）福祉バス利用者数'], '8,000', '5,210（見込み）', '人', '3月分は見込みで計上している。');
    put(ws, 34, 1, ['２　今後の方向性', '継続']);
  },
  expected: {
    file: 'h38-07-word-policy-form.xlsx',
    fiscalYear: 2023,
    indicators: wordIndicators,
    groups: [{ sheet: CHOSHO, cell: 'B5', grade: rollUp(wordIndicators.map((i) => i.grade)) }],
  },
};

export const CONVERTED_WORKBOOKS: Holdout2Workbook[] = [pdfKpi, pdfPaged, wordForm];
