/**
 * Hold-out 45: the same table once per fiscal year, one sheet each. The evaluation year is the latest sheet
 * that holds actuals (the next year's sheet an empty form), or the one a 表紙 names (the next year's sheet
 * already holding half-year figures); no other year's sheet gives an indicator's actual.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Row = [name: string, unit: string, base: number, target: number, actual: number | null, pct: string | null, grade: string | null];

const BASE_HEAD = ['番号', '成果指標', '単位', '基準値（H30）', '目標値（R7）', '当該年度実績', '達成度', '評価', '備考'];

function basicSheet(ws: Worksheet, era: string, rows: Row[], remark: string | null): void {
  put(ws, 1, 1, [`${era}　第２次奥州総合計画　成果指標評価シート`]);
  put(ws, 2, 1, ['所管：協働まちづくり部　地域づくり推進課']);
  put(ws, 4, 1, BASE_HEAD);
  rows.forEach(([name, unit, base, target, actual, pct, grade], i) => put(ws, 5 + i, 1, [i + 1, name, unit, base, target, actual, pct, grade]));
  if (remark) put(ws, 5, 9, [remark]);
  put(ws, 5 + rows.length + 1, 1, ['※達成度＝当該年度実績÷目標値（R7）。評価はA（100％以上）、B（80％以上）、C（60％以上）、D（60％未満）。']);
  ws.getColumn(2).width = 40;
}

const R4: Row[] = [
  ['自治会加入率', '％', 78.2, 80.0, 76.5, '95.6％', 'B'],
  ['市民活動団体登録数', '団体', 112, 140, 121, '86.4％', 'B'],
  ['協働事業提案件数', '件', 8, 15, 9, '60.0％', 'C'],
  ['生涯学習講座受講者数', '人', 4820, 6000, 3905, '65.1％', 'C'],
  ['地域おこし協力隊員の定住者数（累計）', '人', 3, 12, 6, '50.0％', 'D'],
];
const R5: Row[] = [
  ['自治会加入率', '％', 78.2, 80.0, 75.9, '94.9％', 'B'],
  ['市民活動団体登録数', '団体', 112, 140, 131, '93.6％', 'A'],
  ['協働事業提案件数', '件', 8, 15, 16, '106.7％', null],
  ['生涯学習講座受講者数', '人', 4820, 6000, 4410, '73.5％', null],
  ['地域おこし協力隊員の定住者数（累計）', '人', 3, 12, 7, '58.3％', null],
];
const R6: Row[] = R5.map(([name, unit, base, target]) => [name, unit, base, target, null, null, null]);

const yearSheetsLatest: Holdout2Workbook = {
  name: 'h45-year-sheets-latest-actuals',
  layout: 'one sheet per year (令和4年度 / 令和5年度 / 令和6年度) of the same table; 当該年度実績 heading names no year; the 令和6年度 sheet an empty form',
  build(wb: Workbook) {
    basicSheet(wb.addWorksheet('令和4年度'), '令和４年度', R4, null);
    basicSheet(wb.addWorksheet('令和5年度'), '令和５年度', R5, '加入世帯の減少が続いている');
    basicSheet(wb.addWorksheet('令和6年度'), '令和６年度', R6, null);
  },
  expected: {
    file: 'h45-year-sheets-latest-actuals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('令和5年度', '自治会加入率', '％', 80, 75.9, { existing: 'B' }),
      ind('令和5年度', '市民活動団体登録数', '団体', 140, 131, { existing: 'A' }),
      ind('令和5年度', '協働事業提案件数', '件', 15, 16),
      ind('令和5年度', '生涯学習講座受講者数', '人', 6000, 4410),
      ind('令和5年度', '地域おこし協力隊員の定住者数（累計）', '人', 12, 7),
    ],
    groups: [],
  },
};

type FyRow = [name: string, unit: string, target: string | number, actual: string | number | null, dept: string];

function fySheet(ws: Worksheet, year: number, rows: FyRow[], note: string): void {
  put(ws, 1, 2, [`${year}年度　施策別成果指標の実績`]);
  put(ws, 2, 2, [note]);
  put(ws, 4, 2, ['施策', '指標名', '単位', '年度目標', '年度実績', '達成率', '所管課']);
  ws.mergeCells(5, 2, 7, 2);
  ws.getCell(5, 2).value = '観光・交流の推進';
  ws.mergeCells(8, 2, 10, 2);
  ws.getCell(8, 2).value = 'にぎわいの創出';
  rows.forEach(([name, unit, target, actual, dept], i) => {
    const num = (v: string | number | null) => (typeof v === 'number' ? v : v && /^[\d,]+$/.test(v) ? Number(v.replace(/,/g, '')) : null);
    const [t, a] = [num(target), num(actual)];
    const rate = t !== null && a !== null ? `${((100 * a) / t).toFixed(1)}%` : null;
    put(ws, 5 + i, 3, [name, unit, target, actual, rate, dept]);
  });
  ws.getColumn(3).width = 36;
}

const FY2022: FyRow[] = [
  ['観光入込客数', '千人', 1400, 1296, '観光物産課'],
  ['市内宿泊者数', '人', 200000, 188410, '観光物産課'],
  ['ふるさと納税寄附件数', '件', 16000, 14022, '企画課'],
  ['空き家バンク成約件数', '件', 22, 19, '定住推進課'],
  ['中心市街地歩行者通行量（平日）', '人', 9600, 7805, '商工課'],
  ['創業支援による創業者数', '人', 28, 21, '商工課'],
];
const FY2023: FyRow[] = [
  ['観光入込客数', '千人', '1,450', '1,388', '観光物産課'],
  ['市内宿泊者数', '人', '210,000', '226,540', '観光物産課'],
  ['ふるさと納税寄附件数', '件', '18,000', '12,950', '企画課'],
  ['空き家バンク成約件数', '件', 25, 31, '定住推進課'],
  ['中心市街地歩行者通行量（平日）', '人', '9,800', '7,420', '商工課'],
  ['創業支援による創業者数', '人', 30, 17, '商工課'],
];
const FY2024: FyRow[] = [
  ['観光入込客数', '千人', '1,500', '702（9月末）', '観光物産課'],
  ['市内宿泊者数', '人', '220,000', '118,300（9月末）', '観光物産課'],
  ['ふるさと納税寄附件数', '件', '19,000', null, '企画課'],
  ['空き家バンク成約件数', '件', 27, '14（9月末）', '定住推進課'],
  ['中心市街地歩行者通行量（平日）', '人', '10,000', null, '商工課'],
  ['創業支援による創業者数', '人', 32, '9（9月末）', '商工課'],
];

const coverYearSheets: Holdout2Workbook = {
  name: 'h45-cover-names-year-sheets',
  layout:
    '表紙 names 評価対象年度 令和5年度; sheets 2022年度 / 2023年度 / 2024年度 of one table, the 2024 sheet already holding 9月末 figures; 施策 merged down',
  build(wb: Workbook) {
    const cover = wb.addWorksheet('表紙');
    put(cover, 3, 2, ['令和５年度　行政評価（施策評価）調書']);
    put(cover, 6, 2, ['評価対象年度', '令和５年度（2023年度）']);
    put(cover, 7, 2, ['作成課', '総務部　企画政策課']);
    put(cover, 9, 2, ['※各年度のシートは同じ様式です。2024年度シートは上半期の状況を参考に記載しています。']);
    fySheet(wb.addWorksheet('2022年度'), 2022, FY2022, '（確定値）');
    fySheet(wb.addWorksheet('2023年度'), 2023, FY2023, '（確定値）');
    fySheet(wb.addWorksheet('2024年度'), 2024, FY2024, '（参考：令和6年9月末現在）');
  },
  expected: {
    file: 'h45-cover-names-year-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('2023年度', '観光入込客数', '千人', 1450, 1388),
      ind('2023年度', '市内宿泊者数', '人', 210000, 226540),
      ind('2023年度', 'ふるさと納税寄附件数', '件', 18000, 12950),
      ind('2023年度', '空き家バンク成約件数', '件', 25, 31),
      ind('2023年度', '中心市街地歩行者通行量（平日）', '人', 9800, 7420),
      ind('2023年度', '創業支援による創業者数', '人', 30, 17),
    ],
    groups: [],
  },
};

export const YEAR_SHEET_WORKBOOKS: Holdout2Workbook[] = [yearSheetsLatest, coverYearSheets];
