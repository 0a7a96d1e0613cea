/** Hold-out 189, three workbooks that invite a silent wrong reading; the facts are what a careful clerk reads. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// 1. 累計 vs 単年度, and an R7 見込 column filled: the target is cumulative, so the cumulative actual counts, for R6.
const R_SHEET = '指標進捗';
const cumulative: Holdout2Workbook = {
  name: 'h189-trap-ruikei-mikomi',
  layout: 'per-year columns R4…R6 plus a filled R7（見込） column; the gatekeeper indicator has a cumulative 目標値 with both 単年度 and 累計 実績 rows',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [4, 32, 8, 16, 10, 10, 10, 12, 30]);
    merge(ws, 1, 1, 1, 9, '○○市孤独・孤立対策推進計画　指標の進捗状況（令和６年度末）');
    put(ws, 2, 9, ['福祉総務課 地域共生係']);
    put(ws, 3, 1, ['No.', '指標', '単位', '区分', 'R4', 'R5', 'R6', 'R7（見込）', '備考']);
    // 1: ゲートキーパー
    merge(ws, 4, 1, 6, 1, 1);
    merge(ws, 4, 2, 6, 2, 'ゲートキーパー（つなぎ役）養成者数');
    merge(ws, 4, 3, 6, 3, '人');
    put(ws, 4, 4, ['目標値（累計）', 300, 600, 900, 1200]);
    put(ws, 5, 4, ['実績値（単年度）', 280, 310, 240, 270]);
    put(ws, 6, 4, ['実績値（累計）', 280, 590, 830, 1100]);
    merge(ws, 4, 9, 6, 9, 'R4からの累計で目標設定。R6は講師派遣の調整がつかず市民向け講座を2回中止。');
    // 2: 見守り協定
    merge(ws, 7, 1, 8, 1, 2);
    merge(ws, 7, 2, 8, 2, '地域見守り協定締結事業者数');
    merge(ws, 7, 3, 8, 3, '事業者');
    put(ws, 7, 4, ['目標値', 40, 50, 60, 65]);
    put(ws, 8, 4, ['実績値', 40, 44, 57, 62]);
    merge(ws, 7, 9, 8, 9, '各年度末の協定締結事業者数');
    // 3: 相談件数
    merge(ws, 9, 1, 10, 1, 3);
    merge(ws, 9, 2, 10, 2, '孤独・孤立相談窓口の相談件数');
    merge(ws, 9, 3, 10, 3, '件');
    put(ws, 9, 4, ['目標値', 800, 900, 1000, 1100]);
    put(ws, 10, 4, ['実績値', 742, 915, 1124, 1200]);
    merge(ws, 9, 9, 10, 9, '電話・SNS・来所の合計');
    // 4: 居場所補助
    merge(ws, 11, 1, 12, 1, 4);
    merge(ws, 11, 2, 12, 2, '居場所づくり団体への補助件数');
    merge(ws, 11, 3, 12, 3, '件');
    put(ws, 11, 4, ['目標値', 8, 10, 12, 14]);
    put(ws, 12, 4, ['実績値', 9, 10, 12, 15]);
    merge(ws, 11, 9, 12, 9, '単年度の交付件数');
    // 5: 出張相談
    merge(ws, 13, 1, 14, 1, 5);
    merge(ws, 13, 2, 14, 2, '地区公民館での出張相談会の開催回数');
    merge(ws, 13, 3, 14, 3, '回');
    put(ws, 13, 4, ['目標値', 12, 18, 24, 24]);
    put(ws, 14, 4, ['実績値', 12, 16, 17, 24]);
    merge(ws, 13, 9, 14, 9);
    wrap(ws, 3, 1, 14, 9);
    box(ws, 3, 1, 14, 9);
    put(ws, 16, 2, ['※R7（見込）は令和7年度当初予算・事業計画に基づく見込値であり、評価の対象外。']);
  },
  expected: {
    file: 'h189-trap-ruikei-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(R_SHEET, 'ゲートキーパー（つなぎ役）養成者数', '人', 900, 830),
      ind(R_SHEET, '地域見守り協定締結事業者数', '事業者', 60, 57),
      ind(R_SHEET, '孤独・孤立相談窓口の相談件数', '件', 1000, 1124),
      ind(R_SHEET, '居場所づくり団体への補助件数', '件', 12, 12),
      ind(R_SHEET, '地区公民館での出張相談会の開催回数', '回', 24, 17),
    ],
    groups: [],
  },
};

// 2. ％ stored as fractions under a % format, lower-is-better indicators marked ↓, a target in words, a target of 0.
const P_SHEET = '成果指標';
const pct = (ws: import('exceljs').Worksheet, r: number, c: number, v: number) => {
  ws.getCell(r, c).value = v;
  ws.getCell(r, c).numFmt = '0.0%';
};
const percentDown: Holdout2Workbook = {
  name: 'h189-trap-wariai-genshou',
  layout:
    '％ figures stored as fractions under a 0.0% format, ↓ indicators (one with a target of 0 人), a target written only in words (減少させる), department grades in a 評価 column',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [4, 40, 8, 8, 12, 12, 12, 8, 36]);
    merge(ws, 1, 1, 1, 9, '令和６年度　孤独・孤立対策の成果指標評価表');
    put(ws, 2, 1, ['※方向：↑は高いほど良い、↓は低いほど良い']);
    put(ws, 3, 1, ['No.', '成果指標', '方向', '単位', '基準値\n（R元）', 'R6目標', 'R6実績', '評価', '備考']);
    put(ws, 4, 1, [1, '孤独感が「ある」と回答した市民の割合', '↓', '％']);
    pct(ws, 4, 5, 0.392);
    pct(ws, 4, 6, 0.35);
    pct(ws, 4, 7, 0.382);
    put(ws, 4, 8, ['B', '市民意識調査（R6.11実施、回答者1,426人）']);
    put(ws, 5, 1, [2, '地域活動・ボランティア活動に参加している市民の割合', '↑', '％']);
    pct(ws, 5, 5, 0.436);
    pct(ws, 5, 6, 0.45);
    pct(ws, 5, 7, 0.418);
    put(ws, 5, 8, ['B', '同上']);
    put(ws, 6, 1, [
      3,
      '孤立死（死後4日以上経過して発見された事例）の件数',
      '↓',
      '件',
      14,
      '減少させる',
      11,
      '－',
      '警察・福祉事務所の情報による。数値目標は設定していない。',
    ]);
    put(ws, 7, 1, [4, '民生委員・児童委員の欠員数', '↓', '人', 3, 0, 6, 'C', '12月1日現在。R4一斉改選後の欠員が解消されていない。']);
    put(ws, 8, 1, [5, '見守りサービス利用者の満足度', '↑', '％']);
    pct(ws, 8, 5, 0.762);
    pct(ws, 8, 6, 0.8);
    pct(ws, 8, 7, 0.83);
    put(ws, 8, 8, ['A', '利用者アンケート（配食・緊急通報・訪問）']);
    wrap(ws, 3, 1, 8, 9);
    box(ws, 3, 1, 8, 9);
    put(ws, 10, 2, ['評価　A：目標達成　B：概ね達成　C：やや遅れ　D：遅れ　－：評価不能']);
  },
  expected: {
    file: 'h189-trap-wariai-genshou.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '孤独感が「ある」と回答した市民の割合', '％', 35, 38.2, { direction: 'down', existing: 'B' }),
      ind(P_SHEET, '地域活動・ボランティア活動に参加している市民の割合', '％', 45, 41.8, { existing: 'B' }),
      ind(P_SHEET, '孤立死（死後4日以上経過して発見された事例）の件数', '件', null, 11, { direction: 'down' }),
      ind(P_SHEET, '民生委員・児童委員の欠員数', '人', 0, 6, { direction: 'down', existing: 'C' }),
      ind(P_SHEET, '見守りサービス利用者の満足度', '％', 80, 83, { existing: 'A' }),
    ],
    groups: [],
  },
};

// 3. A 実績見込 column (written in February), the R5 実績 beside it, 集計中, and a 備考 that makes one indicator lower-is-better.
const K_SHEET = '実績見込';
const provisional: Holdout2Workbook = {
  name: 'h189-trap-jisseki-mikomi-biko',
  layout: 'R6 actuals only as 実績見込 (2月末時点) beside a filled R5実績 column; one 見込 still 集計中; a 備考 saying fewer is better',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [4, 36, 8, 10, 10, 14, 32]);
    merge(ws, 1, 1, 1, 7, '令和６年度　見守り関連事業　実績見込み報告');
    put(ws, 2, 7, ['（令和7年2月末時点）']);
    put(ws, 3, 1, ['No.', '指標', '単位', 'R5実績', 'R6目標', 'R6実績見込\n（2月末現在）', '備考']);
    const rows: (string | number)[][] = [
      [1, '民生委員等による見守り訪問延べ件数', '件', 8942, 9500, 9120, '3月分は過去3年平均で推計'],
      [2, '配食サービスによる安否確認件数', '件', 18420, 20000, 18900, ''],
      [3, '緊急通報装置設置台数', '台', 455, 480, 471, '年度末見込み'],
      [4, '担当世帯数が220世帯を超える民生委員の地区数', '地区', 6, 3, 5, '※少ないほど良い指標（担い手不足の状況を示す）'],
      [5, '孤独・孤立相談ダイヤル相談件数', '件', 312, 360, '集計中', '委託先からの報告待ち（4月確定）'],
      [6, '地域見守り協定締結事業者数', '事業者', 44, 48, 52, '2月に新たに3事業者と締結'],
    ];
    rows.forEach((row, i) =>
      put(
        ws,
        4 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      ),
    );
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
    put(ws, 11, 2, ['※実績は見込値であり、確定値は令和7年度の施策評価シートで報告する。']);
  },
  expected: {
    file: 'h189-trap-jisseki-mikomi-biko.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K_SHEET, '民生委員等による見守り訪問延べ件数', '件', 9500, 9120, { actualStatus: 'provisional' }),
      ind(K_SHEET, '配食サービスによる安否確認件数', '件', 20000, 18900, { actualStatus: 'provisional' }),
      ind(K_SHEET, '緊急通報装置設置台数', '台', 480, 471, { actualStatus: 'provisional' }),
      ind(K_SHEET, '担当世帯数が220世帯を超える民生委員の地区数', '地区', 3, 5, { direction: 'down', actualStatus: 'provisional' }),
      ind(K_SHEET, '孤独・孤立相談ダイヤル相談件数', '件', 360, null, { actualStatus: 'pending' }),
      ind(K_SHEET, '地域見守り協定締結事業者数', '事業者', 48, 52, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, percentDown, provisional];
