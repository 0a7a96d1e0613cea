/**
 * Hold-out 44, family C (KPI tables per period) as three more offices lay it out: one small table per KPI
 * with 4月…3月 across, a 月別 row and a 累計 row and the 年度目標 written in the block's heading row
 * (「年度目標　1,200件」); a 四半期 table with 年度目標, 年度実績, 進捗率 and a 判定 legend in a footnote (FY2023);
 * full-width figures under 令和３年度…令和５年度 headings split into 目標 / 実績 with a 最終目標 column.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { merged } from './policySheets';

const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const running = (xs: number[]) => xs.map((_, i) => xs.slice(0, i + 1).reduce((a, b) => a + b, 0));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

/** One KPI block: 「KPI①」, its name, 「年度目標　1,200件」 on the heading row; 月 / 月別実績 / 累計 rows below. */
function monthlyBlock(ws: Worksheet, row: number, no: string, name: string, goal: string, monthly: number[]): void {
  put(ws, row, 1, [no]);
  merged(ws, `B${row}:H${row}`, name);
  merged(ws, `J${row}:M${row}`, goal);
  put(ws, row + 1, 1, ['月', ...MONTHS]);
  put(ws, row + 2, 1, ['月別実績', ...monthly]);
  put(ws, row + 3, 1, ['累計', ...running(monthly)]);
  for (let c = 2; c <= 13; c++) for (const r of [row + 2, row + 3]) ws.getCell(r, c).numFmt = '#,##0';
}

const KUJI = '月次KPI';
const kujiMonthly = {
  guide: [80, 95, 110, 150, 210, 120, 100, 85, 60, 55, 50, 95],
  move: [8, 12, 10, 9, 14, 11, 13, 10, 7, 9, 12, 15],
  furusato: [400, 450, 500, 520, 610, 700, 900, 1400, 3900, 300, 280, 350],
};

const kuji: Holdout2Workbook = {
  name: 'h44-kuji-monthly-running-totals',
  layout:
    "C: one block per KPI stacked down the sheet, 4月…3月 across with a 月別実績 row and a 累計 row, 年度目標 written as text in the block's heading row, no 年度計 column",
  build(wb) {
    const ws = wb.addWorksheet(KUJI);
    merged(ws, 'A1:M1', '久慈市　令和5年度　重点KPI 月次進捗管理表');
    put(ws, 2, 10, ['（単位：件）']);
    monthlyBlock(ws, 4, 'KPI①', '観光案内所の問合せ対応件数', '年度目標　1,200件', kujiMonthly.guide);
    monthlyBlock(ws, 9, 'KPI②', '移住・定住相談件数', '年度目標　150件', kujiMonthly.move);
    monthlyBlock(ws, 14, 'KPI③', 'ふるさと納税寄附件数', '年度目標　12,000件', kujiMonthly.furusato);
    put(ws, 19, 1, ['※累計は4月からの累計。ふるさと納税は12月に申込が集中する。']);
  },
  expected: {
    file: 'h44-kuji-monthly-running-totals.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KUJI, '観光案内所の問合せ対応件数', '件', 1200, sum(kujiMonthly.guide)),
      ind(KUJI, '移住・定住相談件数', '件', 150, sum(kujiMonthly.move)),
      ind(KUJI, 'ふるさと納税寄附件数', '件', 12000, sum(kujiMonthly.furusato)),
    ],
    groups: [],
  },
};

const HACHI = 'KPI四半期';
const hachiRows: (string | number)[][] = [
  [1, 'スキー場来場者数', '千人', 420, '－', '－', 160, 230, 390, '92.9%', 'B'],
  [2, '新規企業誘致・創業件数', '件', 8, 1, 3, 2, 3, 9, '112.5%', 'A'],
  [3, '温泉施設利用者数', '人', '250,000', '52,300', '61,800', '58,400', '49,100', '221,600', '88.6%', 'B'],
  [4, '市民ワークショップ参加者満足度', '％', 80.0, 76.5, 82.0, 79.0, 81.5, 79.8, '99.8%', 'A'],
  [5, '移住支援制度を利用した移住者数', '人', 60, 12, 9, 7, '集計中', '集計中', '－', '－'],
];

const hachimantai: Holdout2Workbook = {
  name: 'h44-hachimantai-quarters-progress',
  layout:
    'C: KPI × 第1～第4四半期 with 年度目標, 年度実績 (a mean for a ％ KPI), 進捗率 and 判定 columns, FY2023 in the title, － in closed-season quarters, 集計中, 判定 legend in a footnote',
  build(wb) {
    const ws = wb.addWorksheet(HACHI);
    merged(ws, 'A1:K1', '八幡平市まち・ひと・しごと創生総合戦略　KPI進捗管理表（FY2023）');
    put(ws, 3, 1, [
      'No.',
      'KPI',
      '単位',
      '年度目標',
      '第1四半期\n（4～6月）',
      '第2四半期\n（7～9月）',
      '第3四半期\n（10～12月）',
      '第4四半期\n（1～3月）',
      '年度実績',
      '進捗率',
      '判定',
    ]);
    hachiRows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 10, 1, ['※年度実績は四半期の合計（満足度は4回の平均）。進捗率＝年度実績÷年度目標。']);
    put(ws, 11, 1, ['※判定基準　A：進捗率100%以上　B：80%以上100%未満　C：60%以上80%未満　D：60%未満']);
  },
  expected: {
    file: 'h44-hachimantai-quarters-progress.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(HACHI, 'スキー場来場者数', '千人', 420, 390, { existing: 'B' }),
      ind(HACHI, '新規企業誘致・創業件数', '件', 8, 9, { existing: 'A' }),
      ind(HACHI, '温泉施設利用者数', '人', 250000, 221600, { existing: 'B' }),
      ind(HACHI, '市民ワークショップ参加者満足度', '％', 80, 79.8, { existing: 'A' }),
      { ...ind(HACHI, '移住支援制度を利用した移住者数', '人', 60, null), actualStatus: 'pending' as const },
    ],
    groups: [],
  },
};

const HIRA = 'ＫＰＩ';
const hiraRows: [string, string, ...string[]][] = [
  ['世界遺産ガイダンスセンター入館者数', '人', '３０，０００', '１８，４２０', '４０，０００', '３６，１５０', '５０，０００', '５２，８３０', '６０，０００'],
  ['観光消費額', '百万円', '１，２００', '９８０', '１，５００', '１，４１０', '１，８００', '１，６５２', '２，０００'],
  ['町内宿泊者数', '人', '－', '－', '２０，０００', '１７，８００', '２５，０００', '１４，６００', '３０，０００'],
  ['新規起業者数', '人', '２', '１', '３', '３', '３', '２', '１２（累計）'],
];

const hiraizumi: Holdout2Workbook = {
  name: 'h44-hiraizumi-fullwidth-year-pairs',
  layout:
    'C: 令和３年度…令和５年度 headings merged over 目標 / 実績 sub-columns, full-width figures with full-width commas, － in a year before the KPI began, a 最終目標（令和６年度） column to the right, period in a 報告対象 line',
  build(wb) {
    const ws = wb.addWorksheet(HIRA);
    merged(ws, 'A1:J1', '平泉町　地方創生推進交付金事業　ＫＰＩ達成状況報告書');
    put(ws, 2, 1, ['報告対象：令和５年度']);
    merged(ws, 'A4:A5', '重要業績評価指標（ＫＰＩ）');
    merged(ws, 'B4:B5', '単位');
    merged(ws, 'C4:D4', '令和３年度');
    merged(ws, 'E4:F4', '令和４年度');
    merged(ws, 'G4:H4', '令和５年度');
    merged(ws, 'I4:I5', '最終目標\n（令和６年度）');
    merged(ws, 'J4:J5', '備考');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    hiraRows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 8, 10, ['令和4年度から計上']);
    put(ws, 11, 1, ['※数値は各年度末（3月31日）現在。']);
  },
  expected: {
    file: 'h44-hiraizumi-fullwidth-year-pairs.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(HIRA, '世界遺産ガイダンスセンター入館者数', '人', 50000, 52830),
      ind(HIRA, '観光消費額', '百万円', 1800, 1652),
      ind(HIRA, '町内宿泊者数', '人', 25000, 14600),
      ind(HIRA, '新規起業者数', '人', 3, 2),
    ],
    groups: [],
  },
};

export const KPI_WORKBOOKS: Holdout2Workbook[] = [kuji, hachimantai, hiraizumi];
