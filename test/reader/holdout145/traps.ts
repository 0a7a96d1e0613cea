/**
 * Hold-out 145, three traps of 公害監視 workbooks: a 年度別推移 whose 令和６年度（9月末現在） column is already filled, with
 * 実績（単年度）／実績（累計） rows under a 目標（累計） for one indicator and a 目標（単年度） for another; a 成果指標評価表 with
 * targets that are not numbers (「全局達成」「随時」), a ％ stored as a fraction, a 達成率 column and 備考 full of other years'
 * figures; an 環境目標 table of ppm／mg/m³／dB figures to keep low, whose names carry numbers (「年間98％値」「0.06ppmを超えた
 * 日数」), with an 環境基準 column beside the city's 目標値, last year's column beside, and a 隔年測定 「－」.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------
// 年度別推移: a later year already filled, 累計 and 単年度 rows

const Y_SHEET = '年度別推移';

const RUIKEI: Holdout2Workbook = {
  name: 'h145-t-ruikei-tannendo',
  layout: 'trap: 令和元年度…令和６年度（9月末現在） filled, 目標（累計） read against 実績（累計）, 目標（単年度） against 実績（単年度）',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [36, 6, 6, 12, 10, 10, 10, 10, 10, 12, 30]);
    merge(ws, 1, 1, 1, 11, '令和５年度　公害監視関連指標の年度別推移　（評価対象：令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 1).value = '※令和６年度は9月末現在の速報値（参考）。方向　↑：増加を目指す　↓：減少を目指す';
    put(ws, 3, 1, [
      '指標名',
      '単位',
      '方向',
      '区分',
      '令和元年度',
      '令和２年度',
      '令和３年度',
      '令和４年度',
      '令和５年度',
      '令和６年度\n（9月末現在）',
      '備考',
    ]);
    const blocks: { name: string; unit: string; way: string; rows: [string, (number | null)[]][]; note?: string }[] = [
      {
        name: 'アスベスト含有建材の事前調査立入件数（累計）',
        unit: '件',
        way: '↑',
        rows: [
          ['目標（累計）', [60, 120, 180, 240, 300, 360]],
          ['実績（単年度）', [58, 47, 55, 64, 64, 35]],
          ['実績（累計）', [58, 105, 160, 224, 288, 323]],
        ],
        note: '令和元年度からの累計',
      },
      {
        name: '大気汚染常時監視の有効測定率',
        unit: '％',
        way: '↑',
        rows: [
          ['目標', [95, 95, 95, 95, 95, 95]],
          ['実績', [97.8, 96.5, 98.1, 95.4, 94.1, 97.0]],
        ],
        note: 'R5は測定局の機器更新に伴う欠測あり',
      },
      {
        name: '騒音規制法特定施設の立入検査件数',
        unit: '件',
        way: '↑',
        rows: [
          ['目標（単年度）', [40, 40, 40, 40, 40, 40]],
          ['実績（単年度）', [38, 29, 33, 36, 31, 18]],
          ['実績（累計）', [38, 67, 100, 136, 167, 185]],
        ],
      },
      {
        name: '公害苦情件数',
        unit: '件',
        way: '↓',
        rows: [
          ['目標', [150, 145, 140, 135, 130, 125]],
          ['実績', [156, 162, 149, 138, 141, 70]],
        ],
      },
    ];
    let r = 4;
    for (const b of blocks) {
      const last = r + b.rows.length - 1;
      merge(ws, r, 1, last, 1, b.name);
      merge(ws, r, 2, last, 2, b.unit);
      merge(ws, r, 3, last, 3, b.way);
      merge(ws, r, 11, last, 11, b.note);
      b.rows.forEach(([label, values], i) => put(ws, r + i, 4, [label, ...values]));
      r = last + 1;
    }
    box(ws, 3, 1, r - 1, 11);
    wrap(ws, 3, 1, 3, 11);
  },
  expected: {
    file: 'h145-t-ruikei-tannendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, 'アスベスト含有建材の事前調査立入件数（累計）', '件', 300, 288),
      ind(Y_SHEET, '大気汚染常時監視の有効測定率', '％', 95, 94.1),
      ind(Y_SHEET, '騒音規制法特定施設の立入検査件数', '件', 40, 31),
      ind(Y_SHEET, '公害苦情件数', '件', 130, 141, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 成果指標評価表: targets that are not numbers, a fraction under %, figures in 備考

const E_SHEET = '成果指標評価';

const MOKUHYO_MOJI: Holdout2Workbook = {
  name: 'h145-t-mokuhyo-moji',
  layout:
    'trap: 成果指標評価表 with 「全局達成」「随時」 targets, 87.5 % stored as 0.875, a 達成率 column, 「3件以下」, 「6回（延べ参加者 182人）」, other years in 備考',
  build(wb) {
    const ws = wb.addWorksheet(E_SHEET);
    widths(ws, [5, 40, 6, 14, 20, 10, 6, 44]);
    merge(ws, 1, 1, 1, 8, '令和４年度　環境保全施策　成果指標評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 8).value = '環境部 環境保全課';
    put(ws, 3, 1, ['No.', '成果指標', '単位', '目標値\n（令和４年度）', '実績値\n（令和４年度）', '達成率', '評価', '備考']);
    const rows: (string | number | null)[][] = [
      [1, '二酸化窒素の環境基準達成局数', '局', '全局達成', 5, '－', '－', '一般環境大気測定局・自動車排出ガス測定局の全局で達成'],
      [2, '河川水質（BOD）の環境基準達成率', '％', 100, 0.875, 0.875, 'B', '16地点中14地点で達成（令和３年度：15地点）'],
      [3, '大気汚染測定結果の公表回数', '回', '随時', 52, '－', '－', '毎週ホームページで公表（参考：令和３年度 50回）'],
      [4, '騒音に係る環境基準達成率（道路に面する地域）', '％', 95.0, 93.2, 0.981, 'B', '（参考）令和３年度 94.1％、全国平均 94.5％'],
      [5, '水質事故（油流出等）の発生件数', '件', '3件以下', 2, 1.5, 'A', '件数の減少を目指す指標（令和３年度：4件）'],
      [6, '大気環境に関する出前講座の開催回数', '回', 6, '6回（延べ参加者 182人）', 1.0, 'A', null],
    ];
    rows.forEach((x, i) => put(ws, 4 + i, 1, x));
    ws.getCell(5, 5).numFmt = '0.0%';
    for (let i = 0; i < rows.length; i++) if (typeof rows[i][5] === 'number') ws.getCell(4 + i, 6).numFmt = '0.0%';
    box(ws, 3, 1, 3 + rows.length, 8);
    wrap(ws, 3, 1, 3 + rows.length, 8);
    ws.getCell(4 + rows.length, 1).value = '評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満　－：数値目標がないため評価しない';
  },
  expected: {
    file: 'h145-t-mokuhyo-moji.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(E_SHEET, '二酸化窒素の環境基準達成局数', '局', null, 5),
      ind(E_SHEET, '河川水質（BOD）の環境基準達成率', '％', 100, 87.5, { existing: 'B' }),
      ind(E_SHEET, '大気汚染測定結果の公表回数', '回', null, 52),
      ind(E_SHEET, '騒音に係る環境基準達成率（道路に面する地域）', '％', 95.0, 93.2, { existing: 'B' }),
      ind(E_SHEET, '水質事故（油流出等）の発生件数', '件', 3, 2, { direction: 'down', existing: 'A' }),
      ind(E_SHEET, '大気環境に関する出前講座の開催回数', '回', 6, 6, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------
// 環境目標の達成状況: figures to keep low, numbers in the names, 環境基準 beside 目標値, last year beside

const T_SHEET = '環境目標';

const PPM: Holdout2Workbook = {
  name: 'h145-t-ppm-98chi',
  layout:
    'trap: 大気・騒音・振動 環境目標, ppm／mg/m³／dB lower-is-better by 「以下」 and a note, 「年間98％値」 in a name, 環境基準等 beside 市の目標値, 令和５年度 beside, 隔年測定 「－」',
  build(wb) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [6, 46, 8, 26, 12, 11, 11, 10, 30]);
    merge(ws, 1, 1, 1, 9, '令和６年度　大気・騒音・振動に係る環境目標の達成状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    ws.getCell(2, 1).value = '※評価指標はいずれも数値が小さいほど良好な状態を示す（市の目標値以下で達成）。';
    put(ws, 3, 1, ['区分', '評価指標', '単位', '環境基準等', '市の目標値', '令和５年度', '令和６年度', '達成状況', '備考']);
    const rows: (string | number | null)[][] = [
      ['二酸化窒素（日平均値の年間98％値）', 'ppm', '0.04～0.06ppmのゾーン内又はそれ以下', '0.04以下', 0.031, 0.029, '達成', '6局の最大値'],
      ['浮遊粒子状物質（日平均値の2％除外値）', 'mg/m³', '0.10以下', '0.10以下', 0.038, 0.041, '達成', '6局の最大値'],
      ['光化学オキシダント（昼間の1時間値が0.06ppmを超えた日数）', '日', '0日（1時間値0.06ppm以下）', '20以下', 27, 31, '未達成', '最も多い局の日数'],
      ['自動車騒音 昼間等価騒音レベル（主要幹線道路の平均）', 'dB', '70以下', '68以下', 68.4, 69.1, '未達成', '12区間の平均'],
      ['新幹線鉄道騒音（軌道中心から25m地点の平均）', 'dB', '70以下', '70以下', 71, '－', '－', '隔年測定（次回は令和7年度）'],
      ['道路交通振動レベル（L10・昼間の平均）', 'dB', '70以下（要請限度）', '55以下', 53, 52, '達成', null],
    ];
    merge(ws, 4, 1, 6, 1, '大気');
    merge(ws, 7, 1, 8, 1, '騒音');
    ws.getCell(9, 1).value = '振動';
    rows.forEach((x, i) => put(ws, 4 + i, 2, x));
    box(ws, 3, 1, 3 + rows.length, 9);
    wrap(ws, 3, 1, 3 + rows.length, 9);
  },
  expected: {
    file: 'h145-t-ppm-98chi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T_SHEET, '二酸化窒素（日平均値の年間98％値）', 'ppm', 0.04, 0.029, { direction: 'down' }),
      ind(T_SHEET, '浮遊粒子状物質（日平均値の2％除外値）', 'mg/m³', 0.1, 0.041, { direction: 'down' }),
      ind(T_SHEET, '光化学オキシダント（昼間の1時間値が0.06ppmを超えた日数）', '日', 20, 31, { direction: 'down' }),
      ind(T_SHEET, '自動車騒音 昼間等価騒音レベル（主要幹線道路の平均）', 'dB', 68, 69.1, { direction: 'down' }),
      ind(T_SHEET, '新幹線鉄道騒音（軌道中心から25m地点の平均）', 'dB', 70, null, { direction: 'down', actualStatus: 'not-applicable' }),
      ind(T_SHEET, '道路交通振動レベル（L10・昼間の平均）', 'dB', 55, 52, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [RUIKEI, MOKUHYO_MOJI, PPM];
