/** Hold-out 188, traps: workbooks of a 指定管理者制度・公の施設 office that invite a silent wrong reading. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 累計 and 単年度 side by side, ％ as fractions, a 見込 year

const P_SHEET = '進捗管理表';
type Pv = number | string | null;
const P_ROWS: [string, string, string, Pv[], string][] = [
  ['指定管理者制度導入施設数（累計）', '施設', '↑', [32, 31, 36, 34, 40, 37, 44, 41, 48], '累計値'],
  ['導入施設の年間利用者数', '千人', '↑', [1000, 958, 1150, 1120, 1320, 1351, 1400, 1420, 1500], ''],
  ['指定管理料の縮減額（単年度）', '千円', '↑', [15000, 16220, 16000, 14980, 18000, 12640, 20000, 21500, 22000], '各年度の縮減額（累計ではない）'],
  ['指定管理料の縮減額（累計）', '千円', '↑', [15000, 16220, 31000, 31200, 49000, 43840, 69000, 65340, 91000], 'R3からの累計'],
  ['利用者満足度', '％', '↑', [0.8, 0.784, 0.82, 0.797, 0.85, 0.812, 0.87, 0.83, 0.9], '利用者アンケート'],
  ['苦情件数', '件', '↓', [40, 38, 35, 33, 30, 26, 28, 24, 25], '少ないほど良い'],
  ['第三者評価受審施設数（累計）', '施設', '↑', [5, 4, 10, 7, 15, 9, 20, 14, 25], '累計値'],
];
const progressTable: Holdout2Workbook = {
  name: 'h188-trap-shinchoku-ruikei',
  layout:
    'trap: 進捗管理表 R3…R7 with 目標／実績 pairs, R6 目標／見込 filled, 単年度 and 累計 rows of the same 縮減額, ％ stored as fractions under 0.0%, ↓ in a 方向 column',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [32, 6, 6, 9, 9, 9, 9, 9, 9, 9, 9, 11, 28]);
    merge(ws, 1, 1, 1, 13, '指定管理者制度導入推進　進捗管理表（令和５年度評価）');
    put(ws, 2, 12, ['行政経営課']);
    merge(ws, 3, 1, 4, 1, '指標');
    merge(ws, 3, 2, 4, 2, '単位');
    merge(ws, 3, 3, 4, 3, '方向');
    ['R3', 'R4', 'R5', 'R6'].forEach((y, i) => {
      merge(ws, 3, 4 + 2 * i, 3, 5 + 2 * i, y);
      put(ws, 4, 4 + 2 * i, ['目標', y === 'R6' ? '見込' : '実績']);
    });
    merge(ws, 3, 12, 4, 12, 'R7目標\n（最終）');
    merge(ws, 3, 13, 4, 13, '備考');
    P_ROWS.forEach(([name, unit, way, vals, note], i) => {
      const r = 5 + i;
      put(ws, r, 1, [name, unit, way, ...vals, note || undefined]);
      for (let c = 4; c <= 12; c++) ws.getCell(r, c).numFmt = unit === '％' ? '0.0%' : '#,##0';
    });
    wrap(ws, 3, 1, 4 + P_ROWS.length, 13);
    box(ws, 3, 1, 4 + P_ROWS.length, 13);
    put(ws, 6 + P_ROWS.length, 1, ['※R6は令和6年12月末時点の見込。評価はR5（令和5年度）実績による。']);
  },
  expected: {
    file: 'h188-trap-shinchoku-ruikei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '指定管理者制度導入施設数（累計）', '施設', 40, 37),
      ind(P_SHEET, '導入施設の年間利用者数', '千人', 1320, 1351),
      ind(P_SHEET, '指定管理料の縮減額（単年度）', '千円', 18000, 12640),
      ind(P_SHEET, '指定管理料の縮減額（累計）', '千円', 49000, 43840),
      ind(P_SHEET, '利用者満足度', '％', 85, 81.2),
      ind(P_SHEET, '苦情件数', '件', 30, 26, { direction: 'down' }),
      ind(P_SHEET, '第三者評価受審施設数（累計）', '施設', 15, 9),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- lower-is-better costs, targets in words, a 見込 actual

const K_SHEET = 'コストモニタリング';
const K_ROWS: [string, string, string, string, number, string | number, string | number, string][] = [
  ['コスト', '指定管理料総額', '千円', '↓ 縮減', 812400, 812400, 826950, '物価高騰に伴う協定変更（+14,550千円）'],
  ['コスト', '指定管理施設の光熱水費（総額）', '千円', '↓ 縮減', 98750, 96000, 103200, ''],
  ['コスト', '市民一人当たり施設維持管理コスト', '円', '↓ 縮減', 7910, 7800, 7650, '人口は住民基本台帳（4月1日現在）'],
  ['収入', '指定管理料に占める利用料金収入の割合', '％', '↑ 増加', 33.8, 35.0, 32.9, ''],
  ['安全', '重大事故発生件数', '件', '↓ 減少', 1, 'ゼロ', 0, ''],
  ['運営', '利用者アンケート実施施設数', '施設', '↑ 増加', 36, '全施設（42施設）', 39, '3施設は休館のため未実施'],
  ['利用', '年間施設利用件数', '件', '↑ 増加', 57320, 58000, '61,200（見込）', '※3月分は見込値（4月末確定予定）'],
];
const costTable: Holdout2Workbook = {
  name: 'h188-trap-cost-gensho',
  layout:
    'trap: cost indicators where lower is better (↓ 縮減 column), a 前年度実績（R5） column before the R6 目標, targets in words 「ゼロ」「全施設（42施設）」, an actual 「61,200（見込）」',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [8, 34, 7, 10, 14, 18, 16, 34]);
    merge(ws, 1, 1, 1, 8, '令和６年度　公の施設　維持管理コスト等モニタリング結果');
    put(ws, 2, 6, ['令和7年4月　行政経営課']);
    put(ws, 4, 1, ['区分', '指標', '単位', '目指す方向', '前年度実績\n（R5）', '目標値\n（R6）', '実績値\n（R6）', '備考']);
    K_ROWS.forEach((row, i) => {
      put(
        ws,
        5 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      for (let c = 5; c <= 7; c++) ws.getCell(5 + i, c).numFmt = row[2] === '％' ? '0.0' : '#,##0';
    });
    wrap(ws, 4, 1, 4 + K_ROWS.length, 8);
    box(ws, 4, 1, 4 + K_ROWS.length, 8);
    put(ws, 6 + K_ROWS.length, 1, ['※↓の指標は値が小さいほど良い。']);
  },
  expected: {
    file: 'h188-trap-cost-gensho.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K_SHEET, '指定管理料総額', '千円', 812400, 826950, { direction: 'down' }),
      ind(K_SHEET, '指定管理施設の光熱水費（総額）', '千円', 96000, 103200, { direction: 'down' }),
      ind(K_SHEET, '市民一人当たり施設維持管理コスト', '円', 7800, 7650, { direction: 'down' }),
      ind(K_SHEET, '指定管理料に占める利用料金収入の割合', '％', 35.0, 32.9),
      ind(K_SHEET, '重大事故発生件数', '件', 0, 0, { direction: 'down' }),
      ind(K_SHEET, '利用者アンケート実施施設数', '施設', 42, 39),
      ind(K_SHEET, '年間施設利用件数', '件', 58000, 61200, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- the next year's first quarter filled, a 集計中, a new indicator

const L_SHEET = '図書館評価';
const L_ROWS: [string, string, Pv, Pv, Pv, Pv, Pv, Pv, string][] = [
  ['図書館入館者数', '人', 512300, 431870, 480000, 452160, 490000, 118420, ''],
  ['電子図書館貸出数', '点', '－', 9870, '－', 18340, 25000, 5960, '令和6年度から成果指標に追加'],
  ['レファレンス件数', '件', 6120, 6350, 6500, 7012, 6600, 1804, ''],
  ['読み聞かせ等自主事業参加者数', '人', 5480, 2960, 5200, 3080, 5300, 920, '会場の改修で3か月休止'],
  ['図書館サービス満足度', '％', 82.0, 84.3, 85.0, '集計中', 86.0, '－', '利用者アンケート（令和6年2月実施）集計中'],
  ['施設利用に関する苦情件数', '件', 21, 19, 15, 17, 14, 4, '減少を目指す指標'],
  ['開館日数', '日', 298, 296, 300, 298, 300, 76, ''],
];
const libraryTable: Holdout2Workbook = {
  name: 'h188-trap-toshokan-kongetsu',
  layout:
    'trap: 令和５年度 sheet written in 令和6年8月 with R6 目標／実績（4～6月） filled to the right, a 基準値（R元） column, a 集計中 R5 actual, a 「－」 R5 target of an indicator added in R6, a 減少を目指す note',
  build(wb) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [30, 6, 11, 11, 11, 11, 11, 13, 34]);
    merge(ws, 1, 1, 1, 9, '中央図書館　指定管理者評価シート（令和５年度）');
    put(ws, 2, 7, ['作成：令和6年8月20日　生涯学習課']);
    merge(ws, 4, 1, 5, 1, '指標');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '基準値\n（R元）');
    merge(ws, 4, 4, 5, 4, 'R4実績');
    merge(ws, 4, 5, 4, 6, 'R5');
    put(ws, 5, 5, ['目標', '実績']);
    merge(ws, 4, 7, 4, 8, 'R6');
    put(ws, 5, 7, ['目標', '実績\n（4～6月）']);
    merge(ws, 4, 9, 5, 9, '備考');
    L_ROWS.forEach((row, i) => {
      put(
        ws,
        6 + i,
        1,
        row.map((v) => (v === '' ? undefined : v)),
      );
      for (let c = 3; c <= 8; c++) ws.getCell(6 + i, c).numFmt = row[1] === '％' ? '0.0' : '#,##0';
    });
    wrap(ws, 4, 1, 5 + L_ROWS.length, 9);
    box(ws, 4, 1, 5 + L_ROWS.length, 9);
    put(ws, 7 + L_ROWS.length, 1, ['※R6実績は第1四半期（4～6月）の速報。次年度評価の参考として掲載。']);
  },
  expected: {
    file: 'h188-trap-toshokan-kongetsu.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L_SHEET, '図書館入館者数', '人', 480000, 452160),
      ind(L_SHEET, '電子図書館貸出数', '点', null, 18340),
      ind(L_SHEET, 'レファレンス件数', '件', 6500, 7012),
      ind(L_SHEET, '読み聞かせ等自主事業参加者数', '人', 5200, 3080),
      ind(L_SHEET, '図書館サービス満足度', '％', 85.0, null, { actualStatus: 'pending' }),
      ind(L_SHEET, '施設利用に関する苦情件数', '件', 15, 17, { direction: 'down' }),
      ind(L_SHEET, '開館日数', '日', 300, 298),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [progressTable, costTable, libraryTable];
