/**
 * Hold-out 185, shapes outside the four families that 海岸保全・砂防・土砂災害対策 offices use: a 整備推移 table with years as
 * rows (令和５年度), 事務事業評価シート one 事業 per sheet with ○△× on the sheet's own 100/80 bands (令和３年度), two
 * tables side by side (海岸保全 / 砂防) on one sheet (令和６年度), and a cluttered 進行管理表 whose legend gives Ａ～Ｄ their own
 * 100/90/70 bands (令和２年度).
 */
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';

const O1_SHEET = '整備推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h185-sabo-seibi-suii',
  layout: 'years as rows 令和２年度…令和６年度, three indicators with 目標／実績 sub-columns, unit in the heading, R6 targets only',
  build(wb) {
    const ws = wb.addWorksheet(O1_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 12, 12]);
    merge(ws, 1, 1, 1, 7, '砂防・急傾斜地対策施設整備等の推移');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '急傾斜地崩壊防止施設の累計整備箇所数（箇所）');
    merge(ws, 4, 4, 4, 5, '砂防えん堤の累計整備基数（基）');
    merge(ws, 4, 6, 4, 7, '避難指示発令訓練の実施回数（回）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number)[][] = [
      ['令和２年度', 74, 74, 36, 36, 4, 4],
      ['令和３年度', 78, 77, 37, 38, 4, 3],
      ['令和４年度', 82, 80, 39, 39, 4, 4],
      ['令和５年度', 86, 83, 41, 41, 4, 2],
      ['令和６年度', 90, '', 43, '', 4, ''],
    ];
    rows.forEach((row, i) => put(ws, 6 + i, 1, row));
    box(ws, 4, 1, 10, 7);
    wrap(ws, 4, 1, 5, 7);
    put(ws, 12, 1, ['※令和５年度の訓練は台風接近により２回中止']);
  },
  expected: {
    file: 'h185-sabo-seibi-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(O1_SHEET, '急傾斜地崩壊防止施設の累計整備箇所数', '箇所', 86, 83),
      ind(O1_SHEET, '砂防えん堤の累計整備基数', '基', 41, 41),
      ind(O1_SHEET, '避難指示発令訓練の実施回数', '回', 4, 2),
    ],
    groups: [],
  },
};

const O2_A = '海岸愛護推進事業';
const O2_B = '養浜事業';

function jigyoSheet(wb: Parameters<Holdout2Workbook['build']>[0], sheet: string, dept: string, rows: (string | number)[][]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 34, 8, 10, 10, 10, 10, 8]);
  merge(ws, 1, 1, 1, 8, '令和３年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, sheet);
  put(ws, 4, 1, ['担当課']);
  merge(ws, 4, 2, 4, 8, dept);
  put(ws, 5, 1, ['評価対象年度']);
  merge(ws, 5, 2, 5, 8, '令和３年度');
  put(ws, 7, 1, ['区分', '指標名', '単位', '目標値', '実績値', '達成率', '目指す方向', '評価']);
  rows.forEach((row, i) => put(ws, 8 + i, 1, row));
  box(ws, 3, 1, 9, 8);
  put(ws, 11, 1, ['（評価）○：100％以上　△：80％以上100％未満　×：80％未満']);
}

const perSheet: Holdout2Workbook = {
  name: 'h185-kaigan-jimujigyo',
  layout: '事務事業評価シート, one 事業 per sheet: 活動指標／成果指標 rows, 達成率 text, 目指す方向 ↑/↓, ○△× on the sheet’s own 100/80 bands',
  build(wb) {
    jigyoSheet(wb, O2_A, '土木課　海岸係', [
      ['活動指標', '海岸清掃活動の実施回数', '回', 24, 21, '87.5％', '↑', '△'],
      ['成果指標', '海岸清掃ボランティア参加者数', '人', 1500, 1712, '114.1％', '↑', '○'],
    ]);
    jigyoSheet(wb, O2_B, '土木課　海岸係', [
      ['活動指標', '養浜投入土砂量', '㎥', 15000, 9800, '65.3％', '↑', '×'],
      ['成果指標', '汀線後退が確認された観測地点数', '地点', 5, 6, '83.3％', '↓', '△'],
    ]);
  },
  expected: {
    file: 'h185-kaigan-jimujigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(O2_A, '海岸清掃活動の実施回数', '回', 24, 21, { existing: '△' }),
      ind(O2_A, '海岸清掃ボランティア参加者数', '人', 1500, 1712, { existing: '○' }),
      ind(O2_B, '養浜投入土砂量', '㎥', 15000, 9800, { existing: '×' }),
      ind(O2_B, '汀線後退が確認された観測地点数', '地点', 5, 6, { direction: 'down', existing: '△' }),
    ],
    groups: [],
  },
};

const O3_SHEET = '指標一覧';

const sideBySide: Holdout2Workbook = {
  name: 'h185-kaigan-sabo-narabi',
  layout: 'two tables side by side (海岸保全 at A, 砂防・土砂災害対策 at H) with 指標／単位／目標値／実績値／達成率',
  build(wb) {
    const ws = wb.addWorksheet(O3_SHEET);
    widths(ws, [26, 6, 9, 9, 9, 2, 2, 26, 6, 9, 9, 9]);
    merge(ws, 1, 1, 1, 12, '令和６年度　施策別成果指標の達成状況');
    for (const [col, caption, rows] of [
      [
        1,
        '【海岸保全】',
        [
          ['海岸堤防の嵩上げ完了延長', 'm', 850, 720, '84.7％'],
          ['離岸堤の整備基数', '基', 3, 3, '100.0％'],
        ],
      ],
      [
        8,
        '【砂防・土砂災害対策】',
        [
          ['土石流危険渓流の整備着手数', '渓流', 6, 4, '66.7％'],
          ['砂防ボランティア登録者数', '人', 150, 162, '108.0％'],
        ],
      ],
    ] as [number, string, (string | number)[][]][]) {
      merge(ws, 3, col, 3, col + 4, caption);
      put(ws, 4, col, ['指標', '単位', '目標値', '実績値', '達成率']);
      rows.forEach((row, i) => put(ws, 5 + i, col, row));
      box(ws, 3, col, 6, col + 4);
    }
    put(ws, 8, 1, ['※実績値は令和７年３月末現在']);
  },
  expected: {
    file: 'h185-kaigan-sabo-narabi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(O3_SHEET, '海岸堤防の嵩上げ完了延長', 'm', 850, 720),
      ind(O3_SHEET, '離岸堤の整備基数', '基', 3, 3),
      ind(O3_SHEET, '土石流危険渓流の整備着手数', '渓流', 6, 4),
      ind(O3_SHEET, '砂防ボランティア登録者数', '人', 150, 162),
    ],
    groups: [],
  },
};

const O4_SHEET = '進行管理表';

const cluttered: Holdout2Workbook = {
  name: 'h185-dosha-shinko-kanri',
  layout: 'cluttered 進行管理表: 事業番号, 担当課, 基準値（H30）, 達成率, Ａ～Ｄ on the sheet’s own 100/90/70 bands, 今後の方向性, long 備考',
  build(wb) {
    const ws = wb.addWorksheet(O4_SHEET);
    widths(ws, [8, 12, 32, 6, 10, 10, 10, 8, 6, 10, 30]);
    merge(ws, 1, 1, 1, 11, '令和２年度　土砂災害対策・海岸保全　進行管理表');
    put(ws, 2, 1, ['評価基準　Ａ：100％以上　Ｂ：90％以上　Ｃ：70％以上　Ｄ：70％未満']);
    put(ws, 4, 1, ['事業番号', '担当課', '成果指標', '単位', '基準値（H30）', '目標値（R2）', '実績値（R2）', '達成率', '評価', '今後の方向性', '備考']);
    const rows: (string | number)[][] = [
      ['05-01', '砂防課', '砂防関係施設の定期点検実施率', '％', 88.0, 100, 100, '100.0%', 'Ａ', '継続', '全142施設で実施'],
      [
        '05-02',
        '危機管理課',
        '土砂災害警戒区域等の住民説明会開催地区数',
        '地区',
        18,
        30,
        8,
        '26.7%',
        'Ｄ',
        '見直し',
        '新型コロナウイルス感染症の影響により22地区で中止。R3は書面・動画配信を併用',
      ],
      ['05-03', '砂防課', '急傾斜地崩壊危険区域指定箇所数', '箇所', 196, 212, 209, '98.6%', 'Ｂ', '継続', '3箇所は地元同意手続中'],
      ['05-04', '河川港湾課', '海岸漂着ごみ回収量', 't', 38, 50, 42, '84.0%', 'Ｃ', '拡充', '台風後の一斉清掃（R2.9）12tを含む'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    box(ws, 4, 1, 8, 11);
    wrap(ws, 4, 1, 8, 11);
  },
  expected: {
    file: 'h185-dosha-shinko-kanri.xlsx',
    fiscalYear: 2020,
    indicators: [
      { ...ind(O4_SHEET, '砂防関係施設の定期点検実施率', '％', 100, 100, { existing: 'A' }), grade: 'A' },
      { ...ind(O4_SHEET, '土砂災害警戒区域等の住民説明会開催地区数', '地区', 30, 8, { existing: 'D' }), grade: 'D' },
      { ...ind(O4_SHEET, '急傾斜地崩壊危険区域指定箇所数', '箇所', 212, 209, { existing: 'B' }), grade: 'B' },
      // 84.0 %: the default scale's B, the sheet's own bands' C (Ｃ：70％以上, Ｂ：90％以上).
      { ...ind(O4_SHEET, '海岸漂着ごみ回収量', 't', 50, 42, { existing: 'C' }), grade: 'C' },
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, perSheet, sideBySide, cluttered];
