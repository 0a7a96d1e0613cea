/** Hold-out 192, traps: workbooks of 伝統工芸・地場産業 that invite a silent wrong reading; the facts are what a careful clerk reads. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- 1: 単年度 and 累計 actual columns side by side; next year's columns already part-filled ---------- */

const R_SHEET = '成果指標進捗';

// 指標, 単位, 区分, R4目標, R4実績, R5目標, R5実績（単年度）, R5実績（累計）, R6目標, R6実績（9月末現在）, 備考
const R_ROWS: (string | number | null)[][] = [
  ['伝統工芸士認定者数（累計）', '人', '累計', 41, 40, 45, 3, 43, 48, 43, '認定試験は毎年11月'],
  ['産地ブランド認証品目数（累計）', '品目', '累計', 35, 33, 40, 5, 38, 45, 41, ''],
  ['後継者育成研修 新規受講者数', '人', '単年度', 15, 12, 15, 11, 23, 15, 14, ''],
  ['工房開業支援件数', '件', '単年度', 3, 2, 3, 4, 6, 3, 2, '空き店舗活用型2件を含む'],
  ['地場産品アンテナショップ売上額', '千円', '単年度', 18000, 15380, 18000, 16920, 32300, 19000, 9840, 'R6は上半期分'],
  ['伝統工芸品の修理相談件数', '件', '単年度', 120, 96, 120, 88, 184, 120, 51, ''],
];

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet(R_SHEET);
  widths(ws, [32, 6, 8, 9, 9, 9, 11, 11, 9, 12, 24]);
  merge(ws, 1, 1, 1, 11, '伝統工芸振興事業　成果指標の進捗状況（令和５年度評価）');
  ws.getCell(2, 1).value = '※計画期間：令和4年度～令和8年度。「累計」は計画開始（令和4年度）からの積み上げではなく、各年度末時点の総数。';
  merge(ws, 3, 1, 4, 1, '指標');
  merge(ws, 3, 2, 4, 2, '単位');
  merge(ws, 3, 3, 4, 3, '区分');
  merge(ws, 3, 4, 3, 5, '令和4年度');
  merge(ws, 3, 6, 3, 8, '令和5年度');
  merge(ws, 3, 9, 3, 10, '令和6年度');
  merge(ws, 3, 11, 4, 11, '備考');
  put(ws, 4, 4, ['目標', '実績', '目標', '実績\n（単年度）', '実績\n（累計）', '目標', '実績\n（9月末現在）']);
  wrap(ws, 3, 1, 4, 11);
  R_ROWS.forEach((row, i) => put(ws, 5 + i, 1, row));
  box(ws, 3, 1, 4 + R_ROWS.length, 11);
  ws.getCell(6 + R_ROWS.length, 1).value = '※区分が「累計」の指標は累計欄、「単年度」の指標は単年度欄の実績を目標と比較する。';
  ws.getCell(7 + R_ROWS.length, 1).value = '※実績（累計）欄の単年度指標は令和4年度からの合計（参考値）。';
}

const CUMULATIVE: Holdout2Workbook = {
  name: 'h192-trap-tannendo-ruikei',
  layout:
    'trap: R5 has both 実績（単年度） and 実績（累計） columns, a 区分 column says which each indicator is compared on, R6 columns already part-filled (9月末現在)',
  build: buildCumulative,
  expected: {
    file: 'h192-trap-tannendo-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(R_SHEET, '伝統工芸士認定者数（累計）', '人', 45, 43),
      ind(R_SHEET, '産地ブランド認証品目数（累計）', '品目', 40, 38),
      ind(R_SHEET, '後継者育成研修 新規受講者数', '人', 15, 11),
      ind(R_SHEET, '工房開業支援件数', '件', 3, 4),
      ind(R_SHEET, '地場産品アンテナショップ売上額', '千円', 18000, 16920),
      ind(R_SHEET, '伝統工芸品の修理相談件数', '件', 120, 88),
    ],
    groups: [],
  },
};

/* ---------- 2: ％ stored as fractions, ↓ indicators, a 見込 column before the 確定値 column ---------- */

const F_SHEET = '成果指標';

// 指標名, 単位, 方向, R6目標, R6実績見込（11月時点）, R6実績（確定値）, 備考
const F_ROWS: [string, string, string, number, number, number | string, string][] = [
  ['伝統工芸品産地の事業所廃業率', '％', '↓ 低いほど良い', 0.045, 0.04, 0.052, '組合員数に対する廃業事業所の割合'],
  ['新商品により売上が増加した認証事業者の割合', '％', '↑ 高いほど良い', 0.6, 0.55, 0.52, '認証事業者アンケート（回答42社）'],
  ['陶磁器くず（産業廃棄物）排出量', 't', '↓ 低いほど良い', 1200, 1180, 1350, '窯業組合調べ'],
  ['製造現場の労働災害発生件数', '件', '↓ 低いほど良い', 4, 1, 0, '休業4日以上'],
  ['伝統工芸品の市民認知度', '％', '↑ 高いほど良い', 0.5, 0.45, 0.36, '市民意識調査（2月実施）'],
  ['地場産品の域外販売額', '千円', '↑ 高いほど良い', 85000, 82000, '集計中', '確定値は7月公表予定'],
  ['工芸体験の外国人参加者数', '人', '↑ 高いほど良い', 800, 950, 1012, ''],
];

function buildFractions(wb: Workbook): void {
  const ws = wb.addWorksheet(F_SHEET);
  widths(ws, [36, 6, 14, 11, 13, 13, 30]);
  merge(ws, 1, 1, 1, 7, '令和６年度　地場産業振興施策　成果指標評価表');
  ws.getCell(2, 7).value = '令和7年6月 ものづくり推進課';
  put(ws, 3, 1, ['指標名', '単位', '目指す方向', '令和6年度\n目標', '令和6年度\n実績見込\n（11月時点）', '令和6年度\n実績\n（確定値）', '備考']);
  wrap(ws, 3, 1, 3, 7);
  F_ROWS.forEach((row, i) => {
    const r = 4 + i;
    put(ws, r, 1, row);
    if (row[1] === '％') for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '0.0%';
    else for (const c of [4, 5, 6]) ws.getCell(r, c).numFmt = '#,##0';
  });
  box(ws, 3, 1, 3 + F_ROWS.length, 7);
  ws.getCell(5 + F_ROWS.length, 1).value = '※実績見込は予算編成時（11月）の見込値。評価は確定値により行う。';
}

const FRACTIONS: Holdout2Workbook = {
  name: 'h192-trap-wariai-mikomi',
  layout:
    'trap: ％ stored as fractions under a 0.0% format, ↓ indicators in a 目指す方向 column (one actual 0), a 実績見込 column left of the 確定値 column whose one cell is 集計中',
  build: buildFractions,
  expected: {
    file: 'h192-trap-wariai-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(F_SHEET, '伝統工芸品産地の事業所廃業率', '％', 4.5, 5.2, { direction: 'down' }),
      ind(F_SHEET, '新商品により売上が増加した認証事業者の割合', '％', 60, 52),
      ind(F_SHEET, '陶磁器くず（産業廃棄物）排出量', 't', 1200, 1350, { direction: 'down' }),
      ind(F_SHEET, '製造現場の労働災害発生件数', '件', 4, 0, { direction: 'down' }),
      ind(F_SHEET, '伝統工芸品の市民認知度', '％', 50, 36),
      ind(F_SHEET, '地場産品の域外販売額', '千円', 85000, null, { actualStatus: 'pending' }),
      ind(F_SHEET, '工芸体験の外国人参加者数', '人', 800, 1012),
    ],
    groups: [],
  },
};

/* ---------- 3: the sheet's own scale (A 100 / B 90 / C 70), targets in words, a ※ note marking a ↓ indicator ---------- */

const W_SHEET = '評価表';

/** The sheet's own scale: A ≥ 100 %, B ≥ 90 %, C ≥ 70 %, D below. */
function ownGrade(i: ExpectedIndicator): ExpectedIndicator {
  if (i.target === null || i.target === undefined || i.actual === null || i.actual === undefined) return { ...i, grade: null };
  const rate = i.direction === 'down' ? (i.actual === 0 ? Infinity : i.target / i.actual) : i.actual / i.target;
  return { ...i, grade: rate >= 1 ? 'A' : rate >= 0.9 ? 'B' : rate >= 0.7 ? 'C' : 'D' };
}

function buildWords(wb: Workbook): void {
  const ws = wb.addWorksheet(W_SHEET);
  widths(ws, [5, 34, 8, 20, 12, 9, 6, 30]);
  merge(ws, 1, 1, 1, 8, '令和５年度　伝統的工芸品産業振興事業　評価表');
  merge(ws, 2, 1, 2, 8, '評価基準　A：達成率100％以上　B：90％以上100％未満　C：70％以上90％未満　D：70％未満');
  put(ws, 4, 1, ['No.', '指標', '単位', '令和5年度目標', '令和5年度\n実績', '達成率', '評価', '備考']);
  wrap(ws, 4, 1, 4, 8);
  const rows: (string | number)[][] = [
    [1, '伝統工芸品展示即売会売上額', '千円', 9000, 7920, '88.0%', 'B', '出店者数が前年より3店減'],
    [2, '伝統工芸体験講座参加者数', '人', '現状維持（480人）', 502, '104.6%', 'A', ''],
    [3, '若手職人（40歳未満）の離職者数', '人', 3, 4, '75.0%', 'C', '※2'],
    [4, '地場産業事業所数', '事業所', '現状維持（128事業所）', 121, '94.5%', 'B', '経済センサス活動調査ベースで推計'],
    [5, '海外見本市出展数', '回', '目標設定なし', 2, '－', '－', 'パリ・ミラノに各1回出展'],
    [6, '伝統的工芸品産業振興補助金交付件数', '件', 12, 7, '58.3%', 'D', '※1'],
  ];
  rows.forEach((row, i) => {
    put(ws, 5 + i, 1, row);
    wrap(ws, 5 + i, 2, 5 + i, 8);
  });
  box(ws, 4, 1, 4 + rows.length, 8);
  ws.getCell(6 + rows.length, 2).value = '※1 交付申請の取下げ3件を含まない。';
  ws.getCell(7 + rows.length, 2).value = '※2 数値が小さいほど良好な指標のため、達成率は目標÷実績で算出。';
}

const WORDS: Holdout2Workbook = {
  name: 'h192-trap-jogen-hyoka',
  layout:
    'trap: the sheet states its own scale (A 100 / B 90 / C 70 %), targets in words 「現状維持（480人）」 and 「目標設定なし」, a ※2 footnote that makes one indicator lower-is-better',
  build: buildWords,
  expected: {
    file: 'h192-trap-jogen-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ownGrade(ind(W_SHEET, '伝統工芸品展示即売会売上額', '千円', 9000, 7920, { existing: 'B' })),
      ownGrade(ind(W_SHEET, '伝統工芸体験講座参加者数', '人', 480, 502, { existing: 'A' })),
      ownGrade(ind(W_SHEET, '若手職人（40歳未満）の離職者数', '人', 3, 4, { direction: 'down', existing: 'C' })),
      ownGrade(ind(W_SHEET, '地場産業事業所数', '事業所', 128, 121, { existing: 'B' })),
      ownGrade(ind(W_SHEET, '海外見本市出展数', '回', null, 2)),
      ownGrade(ind(W_SHEET, '伝統的工芸品産業振興補助金交付件数', '件', 12, 7, { existing: 'D' })),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [CUMULATIVE, FRACTIONS, WORDS];
