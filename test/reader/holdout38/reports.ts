/**
 * Hold-out 38, documents written for the council and the settlement of accounts: a 主要な施策の成果説明書
 * (決算額 beside each project, 成果指標 lines inside the project's block, last year's actual first), a
 * 議会報告資料 with a narrative 評価 column full of numbers beside an A–D 評価, and a workbook whose
 * 集計 sheet repeats the departments' sheets.
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const KESSAN = '７款商工費';

interface Project {
  name: string;
  section: string;
  cost: string;
  summary: string;
  /** 指標名, 単位, 令和３年度実績, 令和４年度目標, 令和４年度実績, 達成率, 備考 */
  lines: (string | number | undefined)[][];
}

const PROJECTS: Project[] = [
  {
    name: '中小企業振興資金融資事業',
    section: '商工労政課',
    cost: '45,320',
    summary: '市内中小企業者の経営安定のため、市制度融資の利子補給及び信用保証料補給を行った。',
    lines: [
      ['融資実行件数', '件', 104, 120, 98, '81.7%'],
      ['利子補給対象事業者数', '社', 77, 80, 85, '106.3%'],
    ],
  },
  {
    name: '企業立地促進事業',
    section: '企業立地課',
    cost: '128,004',
    summary: '工業団地に立地した企業に対し、立地奨励金（3社）及び雇用奨励金を交付した。',
    lines: [
      ['新規立地企業数', '社', 2, 3, 3, '100.0%'],
      ['立地企業の新規雇用者数', '人', 64, 150, '86（見込み）', '57.3%', '令和5年3月末時点の見込み'],
    ],
  },
  {
    name: '観光宣伝推進事業',
    section: '観光課',
    cost: '31,870',
    summary: '首都圏での観光物産展（2回）の開催、観光パンフレットの作成（30,000部）を行った。',
    lines: [
      ['観光入込客数', '千人', '1,980', '2,450', '2,302', '94.0%'],
      ['外国人宿泊者数', '人', '1,210', '12,000', '集計中', '－', '県の観光統計（令和5年9月公表予定）'],
    ],
  },
  {
    name: '商店街活性化事業',
    section: '商工労政課',
    cost: '8,500',
    summary: '空き店舗への出店者に改装費を補助した。',
    lines: [
      ['空き店舗活用件数', '件', 4, 6, '５', '83.3%'],
      ['まちなかイベント開催回数', '回', '－', 4, '未実施', '－', '感染症の拡大により開催を見送った'],
    ],
  },
];

/** One project's block from row r; returns the next free row. */
function projectBlock(ws: Worksheet, r: number, p: Project): number {
  put(ws, r, 1, ['事業名', p.name, undefined, undefined, undefined, '担当課', p.section]);
  ws.mergeCells(r, 2, r, 5);
  put(ws, r + 1, 1, ['決算額', p.cost, '千円', '（財源内訳）一般財源及び諸収入']);
  ws.mergeCells(r + 1, 4, r + 1, 8);
  put(ws, r + 2, 1, ['事業の概要', p.summary]);
  ws.mergeCells(r + 2, 2, r + 2, 8);
  put(ws, r + 3, 1, ['成果指標', '指標名', '単位', '令和３年度実績', '令和４年度目標', '令和４年度実績', '達成率', '備考']);
  p.lines.forEach((l, i) => put(ws, r + 4 + i, 2, l));
  ws.mergeCells(r + 3, 1, r + 3 + p.lines.length, 1);
  return r + 5 + p.lines.length;
}

/** 主要な施策の成果説明書: project blocks with 決算額 and the 成果指標 lines inside each block, 令和３年度実績 before the year's 目標/実績. */
const kessan: Holdout2Workbook = {
  name: 'h38-02-kessan-seika-setsumeisho',
  layout:
    '主要な施策の成果説明書 (決算資料, 令和４年度): project blocks (事業名, 決算額 in 千円, 概要) each with 成果指標 lines 令和３年度実績 | 令和４年度目標 | 令和４年度実績, 見込み, 集計中, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(KESSAN);
    put(ws, 1, 1, ['令和４年度　主要な施策の成果説明書']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['（決算附属資料）　花巻市']);
    put(ws, 4, 1, ['７款　商工費　　１項　商工費　　２目　商工振興費']);
    let r = 6;
    for (const p of PROJECTS) r = projectBlock(ws, r, p);
  },
  expected: {
    file: 'h38-02-kessan-seika-setsumeisho.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(KESSAN, '融資実行件数', '件', 120, 98),
      ind(KESSAN, '利子補給対象事業者数', '社', 80, 85),
      ind(KESSAN, '新規立地企業数', '社', 3, 3),
      ind(KESSAN, '立地企業の新規雇用者数', '人', 150, 86, { actualStatus: 'provisional' }),
      ind(KESSAN, '観光入込客数', '千人', 2450, 2302),
      ind(KESSAN, '外国人宿泊者数', '人', 12000, null, { actualStatus: 'pending' }),
      ind(KESSAN, '空き店舗活用件数', '件', 6, 5),
      ind(KESSAN, 'まちなかイベント開催回数', '回', 4, null, { actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

const GIKAI = '進捗状況';

/** 議会報告資料: 基本目標 merged down, a long narrative 評価 with numbers in it, then the department's A–D 評価 (one generous). */
const gikai: Holdout2Workbook = {
  name: 'h38-03-gikai-narrative-grade',
  layout:
    '議会報告資料 (dated 令和６年６月, about 令和５年度): 基本目標 merged down, narrative 評価（取組状況・課題） column with numbers and percentages, then 評価（A～D）; a down indicator marked in a note row',
  build(wb) {
    const ws = wb.addWorksheet(GIKAI);
    put(ws, 1, 1, ['第２期奥州市総合戦略　令和５年度の進捗状況について']);
    ws.mergeCells('A1:H1');
    put(ws, 2, 1, ['令和６年６月　総務常任委員会資料', undefined, undefined, undefined, undefined, undefined, undefined, '企画調整課']);
    put(ws, 4, 1, ['基本目標', '施策', '重要業績評価指標（KPI）', '単位', '目標値\n（R5）', '実績値\n（R5）', '評価（取組状況・課題）', '評価\n（A～D）']);
    const rows: (string | number | undefined)[][] = [
      [
        '１　しごとをつくる',
        '企業誘致の推進',
        '誘致企業数',
        '社',
        12,
        11,
        '令和５年度は２社が新たに立地し累計11社となった。目標の12社に対し1社不足したが、92%の達成。',
        'B',
      ],
      [undefined, '創業支援', '創業件数', '件', 25, 31, '創業塾の受講者から9件が創業。前年度（20件）を上回った。', 'A'],
      [undefined, '農業の担い手確保', '新規就農者数', '人', 15, 9, '目標を下回った。研修制度の周知を強化する。', 'B'],
      ['２　ひとの流れをつくる', '移住・定住の促進', '移住者数', '人', 300, 254, '相談窓口経由の移住者は254人（前年度比＋38人）。', 'B'],
      [undefined, '関係人口の創出', 'ふるさと納税寄附件数', '件', '25,000', '31,420', '返礼品の拡充により大幅に増加した。', 'A'],
      ['３　結婚・出産・子育て', '子育て支援', '放課後児童クラブ待機児童数', '人', 0, 4, '４人の待機が生じた。施設整備を進める。', 'D'],
      [undefined, '結婚支援', '婚活イベント参加者数', '人', 200, '１３８', '参加者138人のうち12組が成立した。', 'C'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    ws.mergeCells('A5:A7');
    ws.mergeCells('A8:A9');
    ws.mergeCells('A10:A11');
    put(ws, 13, 1, ['評価基準　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 14, 1, ['※ 放課後児童クラブ待機児童数は、数値が少ないほど良い指標です（達成率＝目標値÷実績値）。']);
  },
  expected: {
    file: 'h38-03-gikai-narrative-grade.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(GIKAI, '誘致企業数', '社', 12, 11, { existing: 'B' }),
      ind(GIKAI, '創業件数', '件', 25, 31, { existing: 'A' }),
      ind(GIKAI, '新規就農者数', '人', 15, 9, { existing: 'B' }),
      ind(GIKAI, '移住者数', '人', 300, 254, { existing: 'B' }),
      ind(GIKAI, 'ふるさと納税寄附件数', '件', 25000, 31420, { existing: 'A' }),
      ind(GIKAI, '放課後児童クラブ待機児童数', '人', 0, 4, { direction: 'down', existing: 'D' }),
      ind(GIKAI, '婚活イベント参加者数', '人', 200, 138, { existing: 'C' }),
    ],
    groups: [],
  },
};

const HEALTH = '健康福祉部';
const EDU = '教育委員会';

/** 成果指標名, 単位, R5目標値, R5実績値, 達成率, 部局評価 */
const DEPT_ROWS: Record<string, (string | number)[][]> = {
  [HEALTH]: [
    ['がん検診受診率（胃がん）', '%', 40, 33.5, '83.8%', 'B'],
    ['認知症サポーター養成者数', '人', '1,000', '1,240', '124.0%', 'A'],
    ['地域包括支援センター相談件数', '件', '3,600', '2,010', '55.8%', 'C'],
    ['国民健康保険税収納率', '%', 95, 95.6, '100.6%', 'A'],
  ],
  [EDU]: [
    ['図書館の年間貸出冊数', '冊', '420,000', '398,215', '94.8%', 'B'],
    ['学校給食における地場産食材使用率', '%', 35, 28.4, '81.1%', 'A'],
    ['スポーツ教室参加者数', '人', '2,500', '1,610', '64.4%', 'C'],
    ['いじめ認知件数のうち解消した割合', '%', 100, 91.2, '91.2%', 'B'],
  ],
};

function deptSheet(ws: Worksheet, dept: string): void {
  put(ws, 1, 1, ['令和５年度　成果指標評価シート']);
  put(ws, 2, 1, [`部局名：${dept}`]);
  put(ws, 4, 1, ['No.', '成果指標名', '単位', 'R5目標値', 'R5実績値', '達成率', '部局評価', '備考']);
  DEPT_ROWS[dept].forEach((row, i) => put(ws, 5 + i, 1, [i + 1, ...row]));
}

/** The 集計 sheet first: every department's indicator again with its 部局, then a count of grades (A 3件 …). */
function summarySheet(ws: Worksheet): void {
  put(ws, 1, 1, ['令和５年度　成果指標評価　集計表']);
  put(ws, 3, 1, ['部局', '成果指標名', '単位', '目標値', '実績値', '部局評価']);
  let r = 4;
  for (const dept of [HEALTH, EDU]) for (const row of DEPT_ROWS[dept]) put(ws, r++, 1, [dept, row[0], row[1], row[2], row[3], row[5]]);
  const grades = Object.values(DEPT_ROWS).flatMap((rows) => rows.map((row) => row[5]));
  put(ws, r + 1, 1, ['評価別件数']);
  ['A', 'B', 'C', 'D'].forEach((g, i) => put(ws, r + 2 + i, 1, [g, `${grades.filter((x) => x === g).length}件`]));
  put(ws, r + 6, 1, ['計', `${grades.length}件`]);
}

/** A 集計 sheet (first) repeating two departments' sheets: the indicators are the departments', not new ones. */
const shukei: Holdout2Workbook = {
  name: 'h38-05-shukei-repeats-departments',
  layout:
    'three sheets: 集計 (first; every indicator again with its 部局, then 評価別件数 rows A/B/C/D) summarising 健康福祉部 and 教育委員会 sheets with 部局評価',
  build(wb) {
    summarySheet(wb.addWorksheet('集計'));
    deptSheet(wb.addWorksheet(HEALTH), HEALTH);
    deptSheet(wb.addWorksheet(EDU), EDU);
  },
  expected: {
    file: 'h38-05-shukei-repeats-departments.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(HEALTH, 'がん検診受診率（胃がん）', '%', 40, 33.5, { existing: 'B' }),
      ind(HEALTH, '認知症サポーター養成者数', '人', 1000, 1240, { existing: 'A' }),
      ind(HEALTH, '地域包括支援センター相談件数', '件', 3600, 2010, { existing: 'C' }),
      ind(HEALTH, '国民健康保険税収納率', '%', 95, 95.6, { existing: 'A' }),
      ind(EDU, '図書館の年間貸出冊数', '冊', 420000, 398215, { existing: 'B' }),
      ind(EDU, '学校給食における地場産食材使用率', '%', 35, 28.4, { existing: 'A' }),
      ind(EDU, 'スポーツ教室参加者数', '人', 2500, 1610, { existing: 'C' }),
      ind(EDU, 'いじめ認知件数のうち解消した割合', '%', 100, 91.2, { existing: 'B' }),
    ],
    groups: [],
  },
};

export const REPORT_WORKBOOKS: Holdout2Workbook[] = [kessan, gikai, shukei];
