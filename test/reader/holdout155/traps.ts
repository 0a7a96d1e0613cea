/**
 * Hold-out 155, traps a careless reader falls into in 社会教育・青少年教育 workbooks: a 青少年体験活動推進計画 進捗管理表 of 令和元年度
 * whose targets are 累計 with both 実績値（単年度） and 実績値（累計） rows; a 令和２年度 成果指標評価表 with a 「前年度以上」 target
 * beside a 前年度実績 column, a 集計中, 備考 full of figures 「R1実績 45回、うち合同巡回 12回」 and a 減少 indicator marked only in
 * its 備考; a 生涯学習推進計画 進捗状況 (令和６年度実績) with a 令和7年度実績（9月末現在） column already filled and ％ stored as
 * fractions under a % format.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/* ---------- 累計 targets with 単年度 and 累計 actual rows ---------- */

const R_SHEET = '進捗管理';

function buildCumulative(wb: Workbook): void {
  const ws = wb.addWorksheet(R_SHEET);
  widths(ws, [30, 7, 16, 11, 11, 11, 11, 13, 28]);
  merge(ws, 1, 1, 1, 9, '青少年体験活動推進計画（平成30年度～令和4年度）　進捗管理表');
  put(ws, 2, 1, ['評価対象年度：令和元年度']);
  put(ws, 4, 1, ['指標', '単位', '区分', '平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度\n（目標年度）', '備考']);
  merge(ws, 5, 1, 7, 1, 'ジュニアリーダー養成講座修了者数');
  merge(ws, 5, 2, 7, 2, '人');
  put(ws, 5, 3, ['目標値（累計）', 48, 72, 96, 120, 144]);
  put(ws, 6, 3, ['実績値（単年度）', 45, 21]);
  put(ws, 7, 3, ['実績値（累計）', 45, 66]);
  merge(ws, 5, 9, 7, 9, '計画期間（5年間）の累計で管理');
  merge(ws, 8, 1, 10, 1, '通学合宿の実施地区数');
  merge(ws, 8, 2, 10, 2, '地区');
  put(ws, 8, 3, ['目標値（累計）', 9, 12, 15, 18, 20]);
  put(ws, 9, 3, ['実績値（単年度）', 9, 3]);
  put(ws, 10, 3, ['実績値（累計）', 9, 12]);
  merge(ws, 8, 9, 10, 9, '実施した地区の累計（同一地区の再実施は数えない）');
  merge(ws, 11, 1, 12, 1, '自然体験活動プログラムの参加者数');
  merge(ws, 11, 2, 12, 2, '人');
  put(ws, 11, 3, ['目標値', 1400, 1500, 1600, 1700, 1800]);
  put(ws, 12, 3, ['実績値', 1385, 1322]);
  merge(ws, 11, 9, 12, 9, '各年度の参加者数（単年度）');
  for (let r = 5; r <= 12; r++) for (let c = 4; c <= 8; c++) ws.getCell(r, c).numFmt = '#,##0';
  box(ws, 4, 1, 12, 9);
  wrap(ws, 4, 1, 12, 9);
}

const cumulative: Holdout2Workbook = {
  name: 'h155-trap-ruikei',
  layout: '進捗管理表 of 令和元年度: 目標値（累計） with 実績値（単年度） and 実績値（累計） rows (compare 累計 with 累計), one 単年度 indicator',
  build: buildCumulative,
  expected: {
    file: 'h155-trap-ruikei.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind(R_SHEET, 'ジュニアリーダー養成講座修了者数', '人', 72, 66),
      ind(R_SHEET, '通学合宿の実施地区数', '地区', 12, 12),
      ind(R_SHEET, '自然体験活動プログラムの参加者数', '人', 1500, 1322),
    ],
    groups: [],
  },
};

/* ---------- a target in words, notes full of figures ---------- */

const W_SHEET = '成果指標評価表';

function buildWords(wb: Workbook): void {
  const ws = wb.addWorksheet(W_SHEET);
  widths(ws, [5, 36, 7, 13, 13, 13, 7, 40]);
  merge(ws, 1, 1, 1, 8, '令和２年度　青少年健全育成事業　成果指標評価表');
  put(ws, 3, 1, ['No.', '成果指標', '単位', '前年度実績\n（令和元年度）', '目標値\n（令和2年度）', '実績値\n（令和2年度）', '評価', '備考']);
  const rows: (string | number | undefined)[][] = [
    [1, '青少年相談窓口の相談件数', '件', 398, '前年度以上', 412, 'A', '相談内容の内訳：不登校 138件、家庭 96件、交友関係 71件ほか'],
    [2, '青少年健全育成推進員による街頭巡回の実施回数', '回', 45, 48, 52, 'A', 'R1実績 45回、うち合同巡回 12回'],
    [3, 'インターネット安全教室の実施校数', '校', 17, 20, 18, 'B', '2校は新型コロナウイルス感染症の影響により令和3年度へ延期'],
    [4, '青少年の居場所（ユースルーム）の延べ利用者数', '人', 1084, '1,200', '集計中', undefined, '令和3年5月確定予定'],
    [5, '少年の補導件数', '件', 64, 60, 57, 'A', '減少を目指す指標（目標値÷実績値で評価）'],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  box(ws, 3, 1, 8, 8);
  wrap(ws, 3, 1, 8, 8);
  put(ws, 10, 1, [undefined, '評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
}

const words: Holdout2Workbook = {
  name: 'h155-trap-mokuhyo-bunsho',
  layout: '成果指標評価表 of 令和２年度: 前年度実績 column, a 「前年度以上」 target, a 集計中, 備考 with figures, 減少 stated only in 備考',
  build: buildWords,
  expected: {
    file: 'h155-trap-mokuhyo-bunsho.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(W_SHEET, '青少年相談窓口の相談件数', '件', null, 412, { existing: 'A' }),
      ind(W_SHEET, '青少年健全育成推進員による街頭巡回の実施回数', '回', 48, 52, { existing: 'A' }),
      ind(W_SHEET, 'インターネット安全教室の実施校数', '校', 20, 18, { existing: 'B' }),
      ind(W_SHEET, '青少年の居場所（ユースルーム）の延べ利用者数', '人', 1200, null, { actualStatus: 'pending' }),
      ind(W_SHEET, '少年の補導件数', '件', 60, 57, { direction: 'down', existing: 'A' }),
    ],
    groups: [],
  },
};

/* ---------- later year already filled, ％ as fractions ---------- */

const P_SHEET = '進捗状況';

function buildLater(wb: Workbook): void {
  const ws = wb.addWorksheet(P_SHEET);
  widths(ws, [5, 34, 7, 12, 12, 12, 12, 12, 12, 14, 11]);
  merge(ws, 1, 1, 1, 11, '生涯学習推進計画　進捗状況（令和６年度実績）');
  put(ws, 2, 1, ['※令和７年度実績は９月末現在の数値']);
  put(ws, 4, 1, [
    'No.',
    '指標',
    '単位',
    '令和3年度実績',
    '令和4年度実績',
    '令和5年度実績',
    '令和6年度目標',
    '令和6年度実績',
    '令和7年度目標',
    '令和7年度実績\n（9月末現在）',
    '達成率（R6）',
  ]);
  const rows: (string | number)[][] = [
    [1, '公民館施設の稼働率', '％', 0.382, 0.451, 0.497, 0.55, 0.512, 0.57, 0.538, 0.931],
    [2, '市民講座の延べ受講者数', '人', 3120, 3950, 4402, 4800, 4516, 5000, 2310, 0.941],
    [3, '生涯学習情報サイトのアクセス件数', '件', 48210, 55830, 63077, 60000, 71240, 75000, 40118, 1.187],
    [4, '生涯学習に取り組んでいる市民の割合', '％', 0.368, 0.374, 0.381, 0.45, 0.392, 0.47, '－', 0.871],
  ];
  rows.forEach((row, i) => put(ws, 5 + i, 1, row));
  for (let r = 5; r <= 8; r++) {
    const pct = r === 5 || r === 8;
    for (let c = 4; c <= 10; c++) ws.getCell(r, c).numFmt = pct ? '0.0%' : '#,##0';
    ws.getCell(r, 11).numFmt = '0.0%';
  }
  box(ws, 4, 1, 8, 11);
  wrap(ws, 4, 1, 8, 11);
}

const later: Holdout2Workbook = {
  name: 'h155-trap-tasho-nendo',
  layout: '進捗状況 (令和６年度実績): 令和3…5年度実績 before 令和6年度目標／実績, a 令和7年度実績（9月末現在） column filled, ％ stored as fractions',
  build: buildLater,
  expected: {
    file: 'h155-trap-tasho-nendo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '公民館施設の稼働率', '％', 55, 51.2),
      ind(P_SHEET, '市民講座の延べ受講者数', '人', 4800, 4516),
      ind(P_SHEET, '生涯学習情報サイトのアクセス件数', '件', 60000, 71240),
      ind(P_SHEET, '生涯学習に取り組んでいる市民の割合', '％', 45, 39.2),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, words, later];
