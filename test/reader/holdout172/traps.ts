/** Hold-out 172, traps: things a careless reader of 地域おこし協力隊・関係人口・二地域居住 workbooks gets wrong. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const T1_SHEET = '効果検証';
const laterTargets: Holdout2Workbook = {
  name: 'h172-t-kouka-kensho-r6',
  layout: '令和６年度 効果検証シート of 令和５年度実績: 令和６年度 and 令和７年度 目標値 columns right of the 令和５年度 実績値, an actual of 0',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [32, 8, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 7, '令和６年度　地方創生推進交付金事業　効果検証シート（令和５年度実績）');
    merge(ws, 2, 1, 2, 7, '事業名：関係人口創出拠点「まちのえんがわ」整備・運営事業');
    put(ws, 3, 1, [
      '重要業績評価指標（KPI）',
      '単位',
      '事業開始前\n（令和4年3月）',
      '令和５年度\n目標値',
      '令和５年度\n実績値',
      '令和６年度\n目標値',
      '令和７年度\n目標値',
    ]);
    const rows: (string | number)[][] = [
      ['関係人口創出拠点の利用者数', '人', 0, 2000, 2310, 3000, 3500],
      ['拠点を通じた移住者数', '人', 0, 10, 6, 15, 20],
      ['拠点利用による起業・創業件数', '件', 0, 3, 0, 4, 5],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    box(ws, 3, 1, 6, 7);
    wrap(ws, 3, 1, 3, 7);
    put(ws, 8, 1, ['外部有識者の意見：拠点利用者は目標を上回ったが、移住・起業への結び付きが弱い。']);
  },
  expected: {
    file: 'h172-t-kouka-kensho-r6.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '関係人口創出拠点の利用者数', '人', 2000, 2310),
      ind(T1_SHEET, '拠点を通じた移住者数', '人', 10, 6),
      ind(T1_SHEET, '拠点利用による起業・創業件数', '件', 3, 0),
    ],
    groups: [],
  },
};

const T2_SHEET = '成果指標';
const fractionsAndTotals: Holdout2Workbook = {
  name: 'h172-t-teichakuritsu-ruikei',
  layout: '令和元年度 成果指標: ％ stored as fractions under a % format, a 累計 indicator with 単年度 and 累計 実績 columns, a target 「向上」',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [30, 8, 12, 14, 14, 34]);
    merge(ws, 1, 1, 1, 6, '令和元年度　地域おこし協力隊・移住施策　成果指標実績');
    put(ws, 2, 1, ['指標名', '単位', '目標値', '実績値\n（単年度）', '実績値\n（累計）', '備考']);
    put(ws, 3, 1, ['地域おこし協力隊の定着率', '％', 0.7, 0.625, undefined, '任期満了者８人のうち市内定住５人']);
    ws.getCell(3, 3).numFmt = '0.0%';
    ws.getCell(3, 4).numFmt = '0.0%';
    put(ws, 4, 1, ['移住者数（累計）', '人', 150, 31, 138, '平成27年度からの累計']);
    put(ws, 5, 1, ['関係人口登録者の満足度', '％', '向上', 0.78, undefined, '登録者アンケート（前年度 74.5％）']);
    ws.getCell(5, 4).numFmt = '0.0%';
    box(ws, 2, 1, 5, 6);
    wrap(ws, 2, 1, 2, 6);
    put(ws, 7, 1, ['※定着率＝任期満了者のうち引き続き市内に定住した者の割合']);
  },
  expected: {
    file: 'h172-t-teichakuritsu-ruikei.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(T2_SHEET, '地域おこし協力隊の定着率', '％', 70, 62.5),
      ind(T2_SHEET, '移住者数（累計）', '人', 150, 138),
      ind(T2_SHEET, '関係人口登録者の満足度', '％', null, 78),
    ],
    groups: [],
  },
};

const T3_SHEET = '関連指標';
const laterColumn: Holdout2Workbook = {
  name: 'h172-t-nendo-suii-genzai',
  layout:
    '令和５年度 関連指標の年度別推移: a 令和６年度（９月末現在） column already filled, a 減少 indicator marked ↓, full-width text figures, 備考 with figures',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [32, 8, 8, 12, 10, 10, 10, 14, 24]);
    merge(ws, 1, 1, 1, 9, '令和５年度　事務事業評価　関連指標の年度別推移（二地域居住・協力隊関係）');
    put(ws, 2, 1, ['指標名', '単位', '方向', '目標値（R5）', 'R3実績', 'R4実績', 'R5実績', 'R6\n（9月末現在）', '備考']);
    const rows: (string | number | undefined)[][] = [
      ['二地域居住推進住宅の入居世帯数', '世帯', '↑', 8, 3, 5, 6, 7, '全10戸'],
      ['関係人口交流イベント延べ参加者数', '人', '↑', '１，５００', '９８０', '１，２１０', '１，６２０', '８２０', '（参考）R2：410人'],
      ['協力隊OB・OGによる起業件数', '件', '↑', 2, 0, 1, 1, 1, 'R6：2件見込み'],
      ['地域おこし協力隊の任期途中退任者数', '人', '↓', 1, 3, 2, 2, 0, '減少を目指す'],
    ];
    rows.forEach((row, i) => put(ws, 3 + i, 1, row));
    box(ws, 2, 1, 6, 9);
    wrap(ws, 2, 1, 2, 9);
  },
  expected: {
    file: 'h172-t-nendo-suii-genzai.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T3_SHEET, '二地域居住推進住宅の入居世帯数', '世帯', 8, 6),
      ind(T3_SHEET, '関係人口交流イベント延べ参加者数', '人', 1500, 1620),
      ind(T3_SHEET, '協力隊OB・OGによる起業件数', '件', 2, 1),
      ind(T3_SHEET, '地域おこし協力隊の任期途中退任者数', '人', 1, 2, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterTargets, fractionsAndTotals, laterColumn];
