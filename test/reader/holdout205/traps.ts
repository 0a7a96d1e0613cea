/** Hold-out 205, three workbooks that invite a silent wrong reading. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- R6 beside R7 目標 / R7 見込 and R8 目標, a ↓ row, 集計中
const P_SHEET = '進捗管理表';
const progress: Holdout2Workbook = {
  name: 'h205-shinchoku-mikomi',
  layout: 'trap: 進捗管理表 with R5 実績, R6 目標/実績/達成率 beside filled R7 目標/見込 and R8 目標 columns, a ↓ row, a （累計） name, R6 実績 集計中',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [5, 36, 6, 6, 10, 10, 10, 10, 9, 10, 10, 12]);
    merge(ws, 1, 1, 1, 12, '中小企業支援施策　進捗管理表（令和６年度評価）');
    put(ws, 2, 9, ['令和７年５月末現在　商工労働課']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    merge(ws, 3, 5, 4, 5, '基準値\n（R2）');
    put(ws, 3, 6, ['令和５年度']);
    merge(ws, 3, 7, 3, 9, '令和６年度');
    merge(ws, 3, 10, 3, 11, '令和７年度');
    put(ws, 3, 12, ['令和８年度']);
    put(ws, 4, 6, ['実績', '目標', '実績', '達成率', '目標', '見込', '目標（最終）']);
    const rows: (string | number)[][] = [
      [1, '事業承継相談件数', '件', '↑', 210, 298, 320, 305, 305 / 320, 340, 350, 360],
      [2, '事業承継マッチング成約件数（累計）', '件', '↑', 3, 17, 25, 22, 22 / 25, 32, 30, 40],
      [3, '企業倒産件数（負債1,000万円以上）', '件', '↓', 14, 11, 10, 13, 10 / 13, 9, 12, 8],
      [4, '創業件数', '件', '↑', 38, 47, 50, 44, 44 / 50, 55, 55, 60],
      [5, '経営革新計画承認件数', '件', '↑', 6, 9, 10, '集計中', '－', 11, '－', 12],
    ];
    rows.forEach((row, i) => {
      put(ws, 5 + i, 1, row);
      ws.getCell(5 + i, 9).numFmt = '0.0%';
    });
    box(ws, 3, 1, 9, 12);
    wrap(ws, 3, 1, 9, 12);
    put(ws, 11, 1, ['※方向　↑：増加を目指す指標　↓：減少を目指す指標（達成率＝目標÷実績）']);
    put(ws, 12, 1, ['※令和７年度見込は、令和７年度当初予算編成時の見込値。']);
    put(ws, 13, 1, ['※経営革新計画承認件数は県の公表待ち（例年６月公表）。']);
  },
  expected: {
    file: 'h205-shinchoku-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P_SHEET, '事業承継相談件数', '件', 320, 305),
      ind(P_SHEET, '事業承継マッチング成約件数（累計）', '件', 25, 22),
      ind(P_SHEET, '企業倒産件数（負債1,000万円以上）', '件', 10, 13, { direction: 'down' }),
      ind(P_SHEET, '創業件数', '件', 50, 44),
      ind(P_SHEET, '経営革新計画承認件数', '件', 10, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- ％ as fractions, 前年度実績以上, a ↓ row by footnote, unit by footnote
const F_SHEET = '成果指標（R6）';
const fractions: Holdout2Workbook = {
  name: 'h205-renkei-seika-percent',
  layout:
    'trap: ％ stored as fractions under 0.0% formats, a target in words (前年度実績以上) beside the R5 actual, a ↓ row and a 百万円 unit said only by ※ footnotes',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [42, 8, 14, 16, 14, 30]);
    merge(ws, 1, 1, 1, 6, 'みなと商工会議所連携事業　成果指標の達成状況（令和６年度）');
    put(ws, 3, 1, ['指標', '単位', '令和５年度\n実績', '令和６年度\n目標', '令和６年度\n実績', '備考']);
    put(ws, 4, 1, ['事業承継計画の策定率（事業承継診断実施事業者のうち）', '%', 0.221, 0.3, 0.264, '']);
    put(ws, 5, 1, ['補助金活用事業者のうち売上が増加した事業者の割合', '%', 0.472, 0.5, 0.538, '']);
    put(ws, 6, 1, ['専門家派遣回数', '回', 142, '前年度実績以上', 151, '']);
    put(ws, 7, 1, ['廃業届出件数※1', '件', 88, 85, 92, '']);
    put(ws, 8, 1, ['制度融資の融資実行額※2', undefined, 1087, 1200, 1134, '']);
    for (const r of [4, 5]) for (const c of [3, 4, 5]) ws.getCell(r, c).numFmt = '0.0%';
    for (const c of [3, 4, 5]) ws.getCell(8, c).numFmt = '#,##0';
    box(ws, 3, 1, 8, 6);
    wrap(ws, 3, 1, 8, 6);
    put(ws, 10, 1, ['※1 廃業届出件数は減少を目指す指標であり、達成率は目標値÷実績値により算出する。']);
    put(ws, 11, 1, ['※2 融資実行額の単位は百万円（小規模企業振興資金・事業承継資金の合計）。']);
    put(ws, 12, 1, ['※実績値は令和７年３月末現在。']);
  },
  expected: {
    file: 'h205-renkei-seika-percent.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(F_SHEET, '事業承継計画の策定率（事業承継診断実施事業者のうち）', '%', 30, 26.4),
      ind(F_SHEET, '補助金活用事業者のうち売上が増加した事業者の割合', '%', 50, 53.8),
      ind(F_SHEET, '専門家派遣回数', '回', 142, 151),
      ind(F_SHEET, '廃業届出件数', '件', 85, 92, { direction: 'down' }),
      ind(F_SHEET, '制度融資の融資実行額', '百万円', 1200, 1134),
    ],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

// ---------------------------------------------------------------- 累計 targets beside 単年度 and 累計 actuals, a 単年度 indicator and a ↓ row
const K_SHEET = 'KPI進捗';
const cumulative: Holdout2Workbook = {
  name: 'h205-ruikei-tannendo',
  layout: 'trap: 目標値（累計） rows beside 実績値（単年度） and 実績値（累計） rows under R4…R8, plus a 単年度-only indicator and a ↓ one',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [34, 6, 8, 16, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 9, '事業承継・創業支援　KPI進捗状況（令和６年度評価）');
    merge(ws, 2, 1, 2, 9, '※計画期間（令和４年度～令和８年度）の累計で目標を設定した指標は、実績を単年度と累計で併記する。');
    put(ws, 4, 1, ['指標', '単位', '目指す\n方向', '区分', 'R4', 'R5', 'R6', 'R7', 'R8']);
    const blocks: [string, string, string, [string, (number | null)[]][]][] = [
      [
        '事業承継支援による承継件数',
        '件',
        '↑',
        [
          ['目標値（累計）', [6, 12, 18, 24, 30]],
          ['実績値（単年度）', [5, 7, 4, null, null]],
          ['実績値（累計）', [5, 12, 16, null, null]],
        ],
      ],
      [
        '創業支援事業による創業者数',
        '人',
        '↑',
        [
          ['目標値（累計）', [40, 80, 120, 160, 200]],
          ['実績値（単年度）', [38, 45, 41, null, null]],
          ['実績値（累計）', [38, 83, 124, null, null]],
        ],
      ],
      [
        '商工会議所共催セミナー参加者数',
        '人',
        '↑',
        [
          ['目標値（単年度）', [150, 150, 150, 150, 150]],
          ['実績値（単年度）', [141, 158, 132, null, null]],
        ],
      ],
      [
        '市内事業所の廃業件数',
        '件',
        '↓',
        [
          ['目標値（単年度）', [100, 95, 90, 85, 80]],
          ['実績値（単年度）', [104, 99, 97, null, null]],
        ],
      ],
    ];
    let r = 5;
    for (const [name, unit, dir, lines] of blocks) {
      merge(ws, r, 1, r + lines.length - 1, 1, name);
      merge(ws, r, 2, r + lines.length - 1, 2, unit);
      merge(ws, r, 3, r + lines.length - 1, 3, dir);
      lines.forEach(([label, v], i) => put(ws, r + i, 4, [label, ...v]));
      r += lines.length;
    }
    box(ws, 4, 1, r - 1, 9);
    wrap(ws, 4, 1, 4, 9);
    put(ws, r + 1, 1, ['※累計で目標を設定した指標の達成率は、累計実績÷累計目標により算出する。']);
  },
  expected: {
    file: 'h205-ruikei-tannendo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K_SHEET, '事業承継支援による承継件数', '件', 18, 16),
      ind(K_SHEET, '創業支援事業による創業者数', '人', 120, 124),
      ind(K_SHEET, '商工会議所共催セミナー参加者数', '人', 150, 132),
      ind(K_SHEET, '市内事業所の廃業件数', '件', 90, 97, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [progress, fractions, cumulative];
