/**
 * Hold-out 111, three traps: a 市民相談事業 evaluation whose own 評価基準 puts A at 達成率 110 % and B at 90 % (the default bands
 * would grade four of its rows otherwise), a 令和６年度 進捗管理表 of 令和５年度実績 with a 前年比 column, a 令和6年度 目標
 * （見直し後） and half-year 令和6年度 実績（4～9月） to the right, and a 消費者教育推進計画 whose 実績の時点 column says two survey
 * figures are of 令和4年度 (read as written, a guess to flag).
 */
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// The sheet's own scale: A ≥ 110 %, B ≥ 90 %, C ≥ 70 %, D below.

const own = (target: number, actual: number): string => {
  const r = actual / target;
  return r >= 1.1 ? 'A' : r >= 0.9 ? 'B' : r >= 0.7 ? 'C' : 'D';
};

const OS = '市民相談事業';
const SODAN: [string, string, string, number, number, string][] = [
  ['法律相談', '無料法律相談の開催回数', '回', 48, 48, 'B'],
  ['', '無料法律相談の相談者数', '人', 380, 421, 'A'],
  ['税務相談', '税務相談の開催回数', '回', 12, 10, 'C'],
  ['行政相談', '行政相談の相談件数', '件', 60, 38, 'C'],
  ['市民相談室', '市民相談室の相談受付件数', '件', 1800, 1932, 'A'],
  ['', '相談員研修の受講率', '％', 100, 100, 'B'],
  ['外国人相談', '外国人相談窓口の対応件数', '件', 30, 34, 'A'],
  ['消費生活相談', '消費生活相談のあっせん解決率', '％', 85, 78.2, 'B'],
];

const ownScale: Holdout2Workbook = {
  name: 'h111-trap-ownscale',
  layout:
    'trap: 市民相談事業 evaluation with its own 評価基準 (A 110 %以上, B 90 %以上, C 70 %以上, D 70 %未満) stated above the table, 相談区分 merged down, 達成率 and the written 評価 per row',
  build(wb) {
    const ws = wb.addWorksheet(OS);
    put(ws, 1, 1, ['令和５年度　市民相談事業の評価（市民相談室）']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['評価基準（達成率による）　A：110％以上　B：90％以上110％未満　C：70％以上90％未満　D：70％未満']);
    ws.mergeCells('A2:H2');
    put(ws, 4, 1, ['相談区分', '指標名', '単位', '目標', '実績', '達成率', '評価', '備考']);
    SODAN.forEach((r, i) => put(ws, 5 + i, 1, [r[0] || undefined, r[1], r[2], r[3], r[4], `${((r[4] / r[3]) * 100).toFixed(1)}%`, r[5]]));
    ws.mergeCells('A5:A6');
    ws.mergeCells('A9:A10');
    ws.getCell('H11').value = '対象は日本語での会話が困難な市民';
    put(ws, 14, 1, ['※評価は担当課の自己評価。達成率＝実績÷目標。']);
  },
  expected: {
    file: 'h111-trap-ownscale.xlsx',
    fiscalYear: 2023,
    indicators: SODAN.map((r): ExpectedIndicator => ({ ...ind(OS, r[1], r[2] === '％' ? '%' : r[2], r[3], r[4], { existing: r[5] }), grade: own(r[3], r[4]) })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// A 令和６年度 sheet of 令和５年度 results, with next year's targets and half-year actuals to the right.

const NS = '進捗管理表';
const NEXT: [string, string, string, number | string, string, string, number | string, string, string][] = [
  // 指標, 単位, R4実績, R5目標, R5実績, 前年比, R6目標（見直し後）, R6実績（4～9月）, 備考
  ['ふるさと納税寄附件数', '件', '19,870', 22000, '24,806', '124.8%', 26000, '9,512', ''],
  ['ふるさと納税寄附金額', '千円', '351,200', 420000, '398,700', '113.5%', 450000, '141,380', '上半期は例年低調'],
  ['返礼品の新規登録数', '品', '52', 60, '41', '78.8%', 60, '23', ''],
  ['市外向けPRイベントの来場者数', '人', '10,230', 12000, '13,540', '132.4%', 14000, '6,105', ''],
  ['公式X（旧Twitter）のインプレッション数', '万回', '154.0', 250, '182.4', '118.4%', 220, '101.2', 'R6目標を下方修正'],
  ['移住相談窓口の相談件数', '件', '88', 150, '96', '109.1%', 150, '51', ''],
  ['市の魅力発信サポーター数', '人', '214', 300, '集計中', '－', 320, '－', '年度末登録者数を精査中'],
];

const nextYear: Holdout2Workbook = {
  name: 'h111-trap-nextyear',
  layout:
    'trap: 令和６年度 進捗管理表 of 令和５年度実績 (評価対象年度 stated), 前年比 column beside the actual, then 令和6年度 目標（見直し後） and 令和6年度 実績（4～9月） to the right, text figures, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(NS);
    put(ws, 1, 1, ['令和６年度　シティプロモーション・ふるさと納税　進捗管理表']);
    ws.mergeCells('A1:I1');
    put(ws, 2, 1, ['評価対象年度', '令和５年度', undefined, undefined, undefined, undefined, '作成：令和6年10月']);
    put(ws, 3, 1, ['指標', '単位', '令和4年度', '令和5年度', undefined, undefined, '令和6年度', undefined, '備考']);
    put(ws, 4, 3, ['実績', '目標', '実績', '前年比', '目標\n（見直し後）', '実績\n（4～9月）']);
    for (const c of ['A', 'B', 'I']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('D3:F3');
    ws.mergeCells('G3:H3');
    NEXT.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 13, 1, ['※前年比＝令和5年度実績÷令和4年度実績。令和6年度実績は9月末時点の速報。']);
  },
  expected: {
    file: 'h111-trap-nextyear.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(NS, 'ふるさと納税寄附件数', '件', 22000, 24806),
      ind(NS, 'ふるさと納税寄附金額', '千円', 420000, 398700),
      ind(NS, '返礼品の新規登録数', '品', 60, 41),
      ind(NS, '市外向けPRイベントの来場者数', '人', 12000, 13540),
      ind(NS, '公式X（旧Twitter）のインプレッション数', '万回', 250, 182.4),
      ind(NS, '移住相談窓口の相談件数', '件', 150, 96),
      ind(NS, '市の魅力発信サポーター数', '人', 300, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Two actuals of the year before (実績の時点 令和4年度): read as written, with a guess.

const TS = '成果指標';
const otherYear: Holdout2Workbook = {
  name: 'h111-trap-otheryear',
  layout:
    'trap: 第２次消費者教育推進計画 成果指標, 基準値（令和元年度）｜目標値（令和6年度）｜実績値｜実績の時点 columns, two survey actuals of 令和4年度 in a 令和５年度 progress sheet, 減少を目指す in 備考',
  build(wb) {
    const ws = wb.addWorksheet(TS);
    put(ws, 1, 1, ['第２次○○市消費者教育推進計画　成果指標の進捗状況（令和５年度）']);
    ws.mergeCells('A1:G1');
    put(ws, 3, 1, ['指標', '単位', '基準値\n（令和元年度）', '目標値\n（令和6年度）', '実績値', '実績の時点', '備考']);
    const rows: (string | number)[][] = [
      ['消費者教育講座の受講者数', '人', 1850, 2500, 2315, '令和5年度', ''],
      ['消費生活センターを知っている市民の割合', '％', 58.0, 70.0, 62.5, '令和4年度', '市民意識調査（隔年）。令和5年度は調査なし'],
      ['消費者トラブルにあった際に相談した人の割合', '％', 41.2, 55.0, 45.1, '令和4年度', '市民意識調査（隔年）'],
      ['消費生活相談のあっせん解決率', '％', 88.0, 95.0, 93.8, '令和5年度', ''],
      ['高齢者の消費者被害相談件数', '件', 412, 350, 386, '令和5年度', '65歳以上からの相談件数。減少を目指す'],
      ['消費者教育出前授業の実施校数', '校', 6, 20, 14, '令和5年度', '小・中・高等学校'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['※目標値は計画最終年度の値。']);
  },
  expected: {
    file: 'h111-trap-otheryear.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(TS, '消費者教育講座の受講者数', '人', 2500, 2315),
      ind(TS, '消費生活センターを知っている市民の割合', '%', 70, 62.5),
      ind(TS, '消費者トラブルにあった際に相談した人の割合', '%', 55, 45.1),
      ind(TS, '消費生活相談のあっせん解決率', '%', 95, 93.8),
      ind(TS, '高齢者の消費者被害相談件数', '件', 350, 386, { direction: 'down' }),
      ind(TS, '消費者教育出前授業の実施校数', '校', 20, 14),
    ].map((i) => ({ ...i, targetSource: 'final' })),
    groups: [],
    guesses: ['other-year'],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ownScale, nextYear, otherYear];
