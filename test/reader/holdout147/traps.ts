/**
 * Hold-out 147, traps for a careless reader in 情報公開・個人情報保護・公文書管理 workbooks: a 令和６年度 行政評価シート of
 * 令和５年度実績 with the 令和６年度 columns already filled (９月末現在) and notes with figures; a 成果指標評価表 whose targets
 * are words (「前年度より増加」「全課で公表」) beside ％ stored as fractions; and a 進捗管理表 with 目標値（累計） beside
 * 実績値（単年度）and 実績値（累計） rows.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// Later year filled: 令和５年度実績の評価, 令和６年度目標／実績（９月末現在） columns to the right, 備考 with figures.

const T1_SHEET = '成果指標';

const laterYears: Holdout2Workbook = {
  name: 'h147-trap-later-years',
  layout:
    'trap: 令和６年度 行政評価シート of 令和５年度実績, 令和６年度目標 and 令和６年度実績（９月末現在） already filled to the right, 備考 「（参考）県内市平均 92.4％」, 集計中 in the later column',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 40, 6, 12, 12, 12, 12, 12, 16, 28]);
    merge(ws, 1, 1, 1, 10, '令和６年度　行政評価シート（令和５年度実績評価）');
    merge(ws, 2, 1, 2, 10, '施策：情報公開と適正な文書管理　　所管：総務部総務課');
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '令和３年度実績',
      '令和４年度実績',
      '令和５年度目標',
      '令和５年度実績',
      '令和６年度目標',
      '令和６年度実績（９月末現在）',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      [1, '情報公開請求に係る期限内決定率', '％', 97.0, 98.2, 100, 99.1, 100, 100.0, '（参考）県内市平均 92.4％'],
      [2, '行政文書ファイル管理簿をホームページで公開している課の数', '課', 28, 35, 40, 43, 48, 45, '全48課'],
      [3, '情報セキュリティ・個人情報保護研修の受講率', '％', 76.5, 79.0, 95, 81.0, 95, 42.0, '令和６年度は下期に集合研修を実施予定'],
      [4, '公文書館への歴史公文書移管冊数', '冊', 310, 402, 450, 438, 450, '集計中', '令和５年度は移管対象 452冊'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 4 + rows.length, 10);
    wrap(ws, 4, 1, 4 + rows.length, 10);
  },
  expected: {
    file: 'h147-trap-later-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1_SHEET, '情報公開請求に係る期限内決定率', '％', 100, 99.1),
      ind(T1_SHEET, '行政文書ファイル管理簿をホームページで公開している課の数', '課', 40, 43),
      ind(T1_SHEET, '情報セキュリティ・個人情報保護研修の受講率', '％', 95, 81.0),
      ind(T1_SHEET, '公文書館への歴史公文書移管冊数', '冊', 450, 438),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Word targets and fractions: 令和６年度 成果指標評価表, targets 「前年度より増加」「全課で公表」「増加」, ％ stored as fractions.

const T2_SHEET = '評価表';

const wordTargets: Holdout2Workbook = {
  name: 'h147-trap-word-targets',
  layout:
    'trap: 成果指標評価表 (令和６年４月１日～令和７年３月３１日), targets in words 「前年度より増加」「全課で公表」「増加」, ％ stored as fractions under a % format, 備考 「令和５年度：58.1％」',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 34, 6, 18, 16, 30]);
    merge(ws, 1, 1, 1, 6, '令和６年度　情報公開・文書管理　成果指標評価表');
    merge(ws, 2, 1, 2, 6, '評価対象期間：令和６年４月１日～令和７年３月３１日');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目標（令和６年度）', '実績（令和６年度）', '備考']);
    const rows: (string | number)[][] = [
      [1, '情報公開請求件数', '件', '前年度より増加', 455, ''],
      [2, '会議録の公開率', '％', 0.9, 0.874, ''],
      [3, '個人情報ファイル簿を公表した課の数', '課', '全課で公表', 38, '未公表の課は令和７年度に公表予定'],
      [4, '電子決裁率', '％', 0.8, 0.648, '令和５年度：58.1％'],
      [5, '保存期間満了文書の適正処理率', '％', 1, 1, ''],
      [6, 'オープンデータ公開件数', '件', '増加', '２１０', ''],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    for (const r of [6, 8, 9]) for (const c of [4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    box(ws, 4, 1, 4 + rows.length, 6);
    wrap(ws, 4, 1, 4 + rows.length, 6);
  },
  expected: {
    file: 'h147-trap-word-targets.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '情報公開請求件数', '件', null, 455),
      ind(T2_SHEET, '会議録の公開率', '％', 90, 87.4),
      ind(T2_SHEET, '個人情報ファイル簿を公表した課の数', '課', null, 38),
      ind(T2_SHEET, '電子決裁率', '％', 80, 64.8),
      ind(T2_SHEET, '保存期間満了文書の適正処理率', '％', 100, 100),
      ind(T2_SHEET, 'オープンデータ公開件数', '件', null, 210),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度: 公文書管理推進計画 進捗管理表（令和３年度）, 目標値（累計）, 実績値（単年度） and 実績値（累計） rows.

const T3_SHEET = '進捗管理';

const RUIKEI: [string, string, [string, (number | string)[]][], string][] = [
  [
    '歴史公文書等の目録作成数',
    '冊',
    [
      ['目標値（累計）', ['5,500', '7,200', '9,000', '10,800', '12,500']],
      ['実績値（単年度）', ['1,700', '1,500', '1,650', '', '']],
      ['実績値（累計）', ['5,270', '6,770', '8,420', '', '']],
    ],
    '累計は平成26年度からの通算',
  ],
  [
    '行政文書ファイル管理簿を電子化した課の数',
    '課',
    [
      ['目標値（累計）', [10, 20, 30, 38, 42]],
      ['実績値（単年度）', [8, 9, 6, '', '']],
      ['実績値（累計）', [12, 21, 27, '', '']],
    ],
    '',
  ],
  [
    '公文書管理研修の受講者数',
    '人',
    [
      ['目標値', [200, 200, 200, 200, 200]],
      ['実績値', [88, 156, 214, '', '']],
    ],
    '延べ受講者数 1,032人（平成30年度から）',
  ],
];

const ruikei: Holdout2Workbook = {
  name: 'h147-trap-ruikei',
  layout:
    'trap: 進捗管理表 (評価対象年度：令和３年度), 目標値（累計） beside 実績値（単年度） and 実績値（累計） rows, a 単年度 indicator with a 延べ figure in 備考',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [2, 32, 6, 16, 11, 11, 11, 11, 11, 30]);
    merge(ws, 1, 2, 1, 10, '公文書管理推進計画　進捗管理表');
    put(ws, 2, 2, ['評価対象年度：令和３年度']);
    put(ws, 4, 2, ['指標', '単位', '区分', '令和元年度', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '備考']);
    let r = 5;
    for (const [name, unit, rows, note] of RUIKEI) {
      merge(ws, r, 2, r + rows.length - 1, 2, name);
      merge(ws, r, 3, r + rows.length - 1, 3, unit);
      rows.forEach(([label, v], i) => put(ws, r + i, 4, [label, ...v]));
      merge(ws, r, 10, r + rows.length - 1, 10, note || undefined);
      r += rows.length;
    }
    box(ws, 4, 2, r - 1, 10);
  },
  expected: {
    file: 'h147-trap-ruikei.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(T3_SHEET, '歴史公文書等の目録作成数', '冊', 9000, 8420),
      ind(T3_SHEET, '行政文書ファイル管理簿を電子化した課の数', '課', 30, 27),
      ind(T3_SHEET, '公文書管理研修の受講者数', '人', 200, 214),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYears, wordTargets, ruikei];
