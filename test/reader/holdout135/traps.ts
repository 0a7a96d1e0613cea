/**
 * Hold-out 135, three traps: a みなと振興ビジョン table with 単年度 and 累計 actuals side by side where the （累計） indicators
 * compare with the 累計 column, a バス交通 年度別推移 with ％ stored as fractions, a 令和7年度（9月末現在） column already
 * filled and notes under the table that look like values, and a 空港振興 成果指標評価表 with 「維持」 and 「20日以下」 targets,
 * 集計中, a 前年度実績 column and a 備考 that gives another year's figure.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度

const R_SHEET = '港湾振興';

const R_ROWS: { name: string; unit: string; target: number; single: number; total: number; note: string; cumulative: boolean }[] = [
  { name: 'クルーズ船寄港回数（累計）', unit: '回', target: 24, single: 11, total: 21, note: '目標値は令和３年度からの累計', cumulative: true },
  { name: '外航コンテナ取扱量', unit: 'TEU', target: 42000, single: 39850, total: 118300, note: '単年度の目標', cumulative: false },
  { name: 'みなとオアシス来場者数（累計）', unit: '人', target: 450000, single: 162400, total: 470200, note: '目標値は令和３年度からの累計', cumulative: true },
  { name: '港湾関連企業の立地件数（累計）', unit: '件', target: 6, single: 1, total: 3, note: '目標値は令和３年度からの累計', cumulative: true },
];

const cumulative: Holdout2Workbook = {
  name: 'h135-kouwan-ruikei-tannendo',
  layout:
    'trap: みなと振興ビジョン 成果指標の状況（令和５年度）, 実績値 split into 令和５年度（単年度） and 累計（令和３～５年度）; （累計） indicators compare with 累計, the others with 単年度',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [32, 8, 16, 16, 18, 28]);
    merge(ws, 1, 1, 1, 6, 'みなと振興ビジョン　成果指標の状況（令和５年度）');
    merge(ws, 3, 1, 4, 1, '指標名');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '目標値\n（令和５年度）');
    merge(ws, 3, 4, 3, 5, '実績値');
    put(ws, 4, 4, ['令和５年度\n（単年度）', '累計\n（令和３～５年度）']);
    merge(ws, 3, 6, 4, 6, '備考');
    R_ROWS.forEach((r, i) => put(ws, 5 + i, 1, [r.name, r.unit, r.target, r.single, r.total, r.note]));
    for (const c of [3, 4, 5]) ws.getColumn(c).numFmt = '#,##0';
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h135-kouwan-ruikei-tannendo.xlsx',
    fiscalYear: 2023,
    indicators: R_ROWS.map((r) => ind(R_SHEET, r.name, r.unit, r.target, r.cumulative ? r.total : r.single)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// ％ as fractions, a later partial year, notes that look like values

const F_SHEET = '指標推移';

interface Trend {
  name: string;
  unit: string;
  down?: boolean;
  fraction?: boolean;
  /** 令和4年度…令和7年度（9月末現在）. */
  targets: number[];
  actuals: (number | string)[];
}

const F_ROWS: Trend[] = [
  { name: '路線バス利用者数', unit: '千人', targets: [2000, 2050, 2100, 2150], actuals: [1912, 1988, 2046, 1052] },
  { name: 'ノンステップバス導入率', unit: '％', fraction: true, targets: [0.75, 0.8, 0.85, 0.9], actuals: [0.781, 0.834, 0.882, 0.895] },
  { name: '公共交通利用者満足度', unit: '％', fraction: true, targets: [0.55, 0.58, 0.6, 0.62], actuals: [0.532, 0.561, 0.575, '－'] },
  { name: 'バス車内事故件数', unit: '件', down: true, targets: [5, 4, 4, 3], actuals: [6, 5, 3, 2] },
];

const fractions: Holdout2Workbook = {
  name: 'h135-bus-suii-fraction',
  layout:
    'trap: バス交通の成果指標 年度別推移, 評価対象年度：令和６年度 beside a filled 令和7年度（9月末現在） column, ％ stored as fractions under 0.0%, a 目指す方向 ↓, notes 「R6年度末 112台／127台」 under the table',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [26, 8, 10, 8, 12, 12, 12, 16, 24]);
    merge(ws, 1, 1, 1, 9, 'バス交通の成果指標　年度別推移');
    put(ws, 2, 1, ['評価対象年度：令和６年度']);
    put(ws, 4, 1, ['指標名', '単位', '目指す方向', '区分', '令和4年度', '令和5年度', '令和6年度', '令和7年度\n（9月末現在）', '備考']);
    F_ROWS.forEach((t, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, t.name);
      merge(ws, r, 2, r + 1, 2, t.unit);
      merge(ws, r, 3, r + 1, 3, t.down ? '↓' : '↑');
      put(ws, r, 4, ['目標', ...t.targets]);
      put(ws, r + 1, 4, ['実績', ...t.actuals]);
      for (let c = 5; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = t.fraction ? '0.0%' : '#,##0';
    });
    put(ws, 10, 9, ['満足度調査は毎年11月実施']);
    wrap(ws, 4, 1, 12, 9);
    box(ws, 4, 1, 12, 9);
    put(ws, 14, 1, ['※令和７年度は９月末現在の数値']);
    put(ws, 15, 1, ['※ノンステップバス導入率：R6年度末 112台／127台']);
    put(ws, 16, 1, ['※バス車内事故件数は市内路線バス事業者２社の報告による（R6：転倒 2件、急ブレーキ 1件）']);
  },
  expected: {
    file: 'h135-bus-suii-fraction.xlsx',
    fiscalYear: 2024,
    indicators: F_ROWS.map((t) => {
      const k = t.fraction ? 100 : 1;
      const a = t.actuals[2] as number;
      return ind(F_SHEET, t.name, t.unit, Math.round(t.targets[2] * k * 1000) / 1000, Math.round(a * k * 1000) / 1000, {
        direction: t.down ? 'down' : 'up',
      });
    }),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Targets that are not numbers, 集計中, another year's figures beside

const N_SHEET = '成果指標';

const notANumber: Holdout2Workbook = {
  name: 'h135-kuko-shinko-mokuhyo-moji',
  layout:
    'trap: 令和５年度 空港振興施策 成果指標評価表, 目標値 「維持」 (no numeric target) and 「20日以下」 (down), 集計中, a 前年度実績（令和４年度） column, 備考 「（参考）コロナ禍前の令和元年度：412,560人」',
  build(wb) {
    const ws = wb.addWorksheet(N_SHEET);
    widths(ws, [26, 8, 12, 16, 16, 34]);
    merge(ws, 1, 1, 1, 6, '令和５年度　空港振興施策　成果指標評価表');
    put(ws, 3, 1, ['指標名', '単位', '目標値', '実績値\n（令和５年度）', '前年度実績\n（令和４年度）', '備考']);
    const rows: (string | number)[][] = [
      ['空港利用者数', '人', 350000, 338120, 301560, '（参考）コロナ禍前の令和元年度：412,560人'],
      ['国際線就航路線数', '路線', '維持', 2, 2, 'ソウル線・台北線'],
      ['空港アクセスバス利用者数', '人', 48000, '集計中', 41230, '令和６年７月確定予定'],
      ['空港駐車場の満車日数', '日', '20日以下', 14, 23, '立体駐車場の供用開始（令和５年６月）'],
      ['航空貨物取扱量', 'トン', 2400, 1926, 2105, '国際貨物を含む'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    for (const c of [3, 4, 5]) ws.getColumn(c).numFmt = '#,##0';
    wrap(ws, 3, 1, 8, 6);
    box(ws, 3, 1, 8, 6);
  },
  expected: {
    file: 'h135-kuko-shinko-mokuhyo-moji.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(N_SHEET, '空港利用者数', '人', 350000, 338120),
      ind(N_SHEET, '国際線就航路線数', '路線', null, 2),
      ind(N_SHEET, '空港アクセスバス利用者数', '人', 48000, null, { actualStatus: 'pending' }),
      ind(N_SHEET, '空港駐車場の満車日数', '日', 20, 14, { direction: 'down' }),
      ind(N_SHEET, '航空貨物取扱量', 'トン', 2400, 1926),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, fractions, notANumber];
