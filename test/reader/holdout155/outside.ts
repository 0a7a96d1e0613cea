/**
 * Hold-out 155, shapes outside the four families that 社会教育・公民館・青少年教育 offices use: the 教育委員会 点検・評価報告書
 * (令和５年度 report of 令和４年度分) with one column per 指標 and labels down the side; a 放課後子ども教室 実施状況の推移 with years
 * as rows, 目標／実績 pairs under merged headings and no evaluation year stated (a 令和6年度 row of targets only); a 公民館の運営
 * 状況に関する評価 with one sheet per 公民館 and the same 評価指標 on both, a 未実施; a 図書館サービス目標 table with the unit in
 * the heading 「個人貸出冊数（冊）」 between a 令和５年度実績 column and 達成率／前年度比 columns.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- 点検・評価報告書: one column per indicator ---------- */

const T_SHEET = '施策5';

function buildTenken(wb: Workbook): void {
  const ws = wb.addWorksheet(T_SHEET);
  widths(ws, [22, 26, 26, 26]);
  merge(ws, 1, 1, 1, 4, '令和５年度　教育に関する事務の管理及び執行の状況の点検及び評価報告書（令和４年度分）');
  put(ws, 3, 1, ['施策５', '社会教育の充実と公民館活動の推進']);
  merge(ws, 3, 2, 3, 4);
  put(ws, 4, 1, ['担当課', '生涯学習課・中央公民館']);
  merge(ws, 4, 2, 4, 4);
  put(ws, 5, 1, ['施策の概要']);
  merge(ws, 5, 2, 5, 4, '市民の多様な学習ニーズに応える講座を提供するとともに、放課後の子どもの居場所づくりを進める。');
  box(ws, 3, 1, 5, 4);
  put(ws, 7, 1, ['■成果指標']);
  put(ws, 8, 1, ['指標', '公民館講座受講者の満足度', '放課後子ども教室の実施校数', '成人教育講座の開設数']);
  put(ws, 9, 1, ['単位', '％', '校', '講座']);
  put(ws, 10, 1, ['基準値（平成30年度）', 75.2, 14, 52]);
  put(ws, 11, 1, ['目標値（令和4年度）', 85, 18, 45]);
  put(ws, 12, 1, ['実績値（令和4年度）', 81.7, 18, 30]);
  put(ws, 13, 1, ['達成率', '96.1%', '100.0%', '66.7%']);
  put(ws, 14, 1, ['評価', 'B', 'A', 'C']);
  ws.getCell(11, 2).numFmt = '0.0';
  box(ws, 8, 1, 14, 4);
  wrap(ws, 8, 1, 14, 4);
  put(ws, 16, 1, ['評価基準　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
  put(ws, 18, 1, ['学識経験者の意見']);
  merge(ws, 18, 2, 18, 4, '成人教育講座は受講者の固定化が見られる。講座の統合により開設数が減っているが、内容の充実を評価したい。');
}

const tenken: Holdout2Workbook = {
  name: 'h155-tenken-hyoka',
  layout: '点検・評価報告書 (令和５年度 report of 令和４年度分): labels down column A, one column per 指標, 基準値／目標値／実績値／達成率／評価 rows',
  build: buildTenken,
  expected: {
    file: 'h155-tenken-hyoka.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T_SHEET, '公民館講座受講者の満足度', '％', 85, 81.7, { existing: 'B' }),
      ind(T_SHEET, '放課後子ども教室の実施校数', '校', 18, 18, { existing: 'A' }),
      ind(T_SHEET, '成人教育講座の開設数', '講座', 45, 30, { existing: 'C' }),
    ],
    groups: [],
  },
};

/* ---------- 放課後子ども教室: years as rows, period not stated ---------- */

const Y_SHEET = '推移';

function buildYears(wb: Workbook): void {
  const ws = wb.addWorksheet(Y_SHEET);
  widths(ws, [14, 9, 9, 11, 11, 11, 11, 36]);
  merge(ws, 1, 1, 1, 8, '放課後子ども教室推進事業　実施状況の推移');
  put(ws, 2, 8, ['生涯学習課　青少年係']);
  merge(ws, 4, 1, 5, 1, '年度');
  merge(ws, 4, 2, 4, 3, '実施教室数（か所）');
  merge(ws, 4, 4, 4, 5, '延べ参加児童数（人）');
  merge(ws, 4, 6, 4, 7, '地域ボランティア登録者数（人）');
  merge(ws, 4, 8, 5, 8, '備考');
  put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
  const rows: (string | number | undefined)[][] = [
    ['令和元年度', 10, 10, 20000, 21450, 180, 172],
    ['令和2年度', 11, 9, 21000, 8032, 190, 151, '新型コロナウイルス感染症により4～6月休止'],
    ['令和3年度', 12, 11, 22000, 15870, 200, 158],
    ['令和4年度', 13, 12, 24000, 22960, 210, 163],
    ['令和5年度', 14, 13, 26000, 27315, 220, 168, '西小学校区で新規開設'],
    ['令和6年度', 15, undefined, 28000, undefined, 230, undefined],
  ];
  rows.forEach((row, i) => put(ws, 6 + i, 1, row));
  for (let r = 6; r <= 11; r++) for (const c of [4, 5]) ws.getCell(r, c).numFmt = '#,##0';
  box(ws, 4, 1, 11, 8);
}

const years: Holdout2Workbook = {
  name: 'h155-hokago-suii',
  layout: 'years as rows 令和元年度…令和6年度, 目標／実績 pairs under merged headings with the unit, no evaluation year stated (令和6年度 targets only)',
  build: buildYears,
  expected: {
    file: 'h155-hokago-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '実施教室数', 'か所', 14, 13),
      ind(Y_SHEET, '延べ参加児童数', '人', 26000, 27315),
      ind(Y_SHEET, '地域ボランティア登録者数', '人', 220, 168),
    ],
    groups: [],
    guesses: ['period'],
  },
};

/* ---------- 公民館の運営状況に関する評価: one sheet per 公民館 ---------- */

interface Kan {
  sheet: string;
  rows: [string, string, string, number, number | string, string, string, string][];
}

const KAN: Kan[] = [
  {
    sheet: '中央公民館',
    rows: [
      ['学習機会の提供', '主催講座の延べ受講者数', '人', 6500, 5912, '91%', 'B', '人気講座は抽選となった。'],
      ['施設の利用', '施設利用率', '％', 60, 47.5, '79%', 'C', '大ホールの利用が回復していない。'],
      ['情報発信', '公民館だよりの発行回数', '回', 12, 12, '100%', 'A', '毎月発行し全戸配布した。'],
    ],
  },
  {
    sheet: '北部公民館',
    rows: [
      ['学習機会の提供', '主催講座の延べ受講者数', '人', 2400, 1380, '58%', 'C', '感染拡大期に３講座を中止した。'],
      ['施設の利用', '施設利用率', '％', 45, 39.2, '87%', 'B', ''],
      ['地域課題への対応', '地域課題解決講座の開催数', '講座', 4, '未実施', '－', 'D', '新型コロナウイルス感染症の拡大により中止'],
    ],
  },
];

function buildKan(wb: Workbook): void {
  for (const k of KAN) {
    const ws = wb.addWorksheet(k.sheet);
    widths(ws, [16, 28, 7, 11, 11, 9, 7, 34]);
    merge(ws, 1, 1, 1, 8, '令和３年度　公民館の運営状況に関する評価（社会教育法第32条）');
    put(ws, 2, 1, ['公民館名', k.sheet]);
    put(ws, 4, 1, ['評価項目', '評価指標', '単位', '目標（R3）', '実績（R3）', '達成度', '評価', '評価の理由・課題']);
    k.rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 7, 8);
    wrap(ws, 4, 1, 7, 8);
    put(ws, 9, 1, ['評価　A：目標を達成　B：概ね達成（80％以上）　C：やや不十分（60％以上）　D：不十分（60％未満）']);
  }
}

const kan: Holdout2Workbook = {
  name: 'h155-kominkan-unei-hyoka',
  layout: '公民館の運営状況に関する評価, one sheet per 公民館 with the same 評価指標, 目標（R3）／実績（R3）, written A–D (one generous), a 未実施',
  build: buildKan,
  expected: {
    file: 'h155-kominkan-unei-hyoka.xlsx',
    fiscalYear: 2021,
    indicators: KAN.flatMap((k) =>
      k.rows.map(([, name, unit, target, actual, , grade]) =>
        typeof actual === 'number'
          ? ind(k.sheet, name, unit, target, actual, { existing: grade })
          : ind(k.sheet, name, unit, target, null, { existing: grade, actualStatus: 'not-implemented' }),
      ),
    ),
    groups: [],
  },
};

/* ---------- 図書館サービス目標: unit in the heading, last year's column beside ---------- */

const L_SHEET = 'サービス目標';

function buildLibrary(wb: Workbook): void {
  const ws = wb.addWorksheet(L_SHEET);
  widths(ws, [10, 36, 14, 14, 14, 10, 10, 28]);
  merge(ws, 1, 1, 1, 8, '令和６年度　市立図書館サービス目標の達成状況');
  put(ws, 3, 1, ['区分', '項目', '令和５年度実績', '令和６年度目標', '令和６年度実績', '達成率', '前年度比', '備考']);
  const rows: (string | number | undefined)[][] = [
    ['貸出', '個人貸出冊数（冊）', 603552, 620000, 598214, 0.965, 0.991],
    ['利用者', '新規利用登録者数（人）', 2950, 3000, 3184, 1.061, 1.079],
    ['調査相談', 'レファレンス受付件数（件）', 6480, 8000, 6127, 0.766, 0.946, 'うち電話・メールによる受付 1,204件'],
    ['行事', '図書館行事の参加者数（人）', 4870, 5000, 5360, 1.072, 1.101],
    ['施設', '移動図書館車の巡回ステーション数（か所）', 42, 42, 40, 0.952, 0.952, '利用者減により2か所を廃止'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  for (let r = 4; r <= 8; r++) {
    for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = '#,##0';
    for (const c of [6, 7]) ws.getCell(r, c).numFmt = '0.0%';
  }
  box(ws, 3, 1, 8, 8);
  wrap(ws, 3, 1, 8, 8);
}

const library: Holdout2Workbook = {
  name: 'h155-toshokan-mokuhyo',
  layout: '図書館サービス目標: unit in the heading 「個人貸出冊数（冊）」, 令和５年度実績 before 令和６年度目標／実績, 達成率 and 前年度比 as % numbers',
  build: buildLibrary,
  expected: {
    file: 'h155-toshokan-mokuhyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(L_SHEET, '個人貸出冊数', '冊', 620000, 598214),
      ind(L_SHEET, '新規利用登録者数', '人', 3000, 3184),
      ind(L_SHEET, 'レファレンス受付件数', '件', 8000, 6127),
      ind(L_SHEET, '図書館行事の参加者数', '人', 5000, 5360),
      ind(L_SHEET, '移動図書館車の巡回ステーション数', 'か所', 42, 40),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [tenken, years, kan, library];
