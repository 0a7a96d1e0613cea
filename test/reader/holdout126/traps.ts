/**
 * Hold-out 126, traps a careless reader falls into in 国際交流・多文化共生 workbooks: other years' columns beside the evaluated
 * one (a 令和６年度 見込 filled, a 集計中 in the evaluated year), ％ stored as fractions with a target written 「増加」, a ↓
 * indicator and 備考 holding other figures, and 累計／単年度 rows of one indicator with the target on either row.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

type Cell = string | number | null;

const Y = '姉妹都市交流';

const otherYears: Holdout2Workbook = {
  name: 'h126-trap-shimai-years',
  layout:
    'trap: 令和５年度評価 of 姉妹都市交流 with 令和3・4年度 実績 and a filled 令和6年度 見込 column to the right, a 集計中 in 令和5年度 beside a 見込 figure, ○× 達成 column',
  build(wb) {
    const ws = wb.addWorksheet(Y);
    widths(ws, [34, 6, 10, 10, 10, 10, 10, 6, 30]);
    merge(ws, 1, 1, 1, 9, '姉妹都市・友好都市交流事業　成果指標の推移（令和５年度評価）');
    put(ws, 3, 1, ['指標', '単位', '目標値\n（R5）', '令和3年度\n実績', '令和4年度\n実績', '令和5年度\n実績', '令和6年度\n見込', '達成', '備考']);
    const rows: Cell[][] = [
      ['姉妹都市への市民訪問団参加者数', '人', 40, 0, 12, 34, 45, '×', '令和３年度は派遣中止'],
      ['友好都市からの訪問団受入人数', '人', 30, 0, 8, 31, 25, '○', '令和６年度見込は12月末時点'],
      ['オンライン交流会の開催回数', '回', 6, 10, 7, 4, 6, '×', '対面交流の再開により減少'],
      ['姉妹都市提携記念事業の参加者数', '人', 500, '－', '－', '集計中', 600, '－', '提携30周年記念（令和5年度・6年度）'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 7, 9);
    box(ws, 3, 1, 7, 9);
  },
  expected: {
    file: 'h126-trap-shimai-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y, '姉妹都市への市民訪問団参加者数', '人', 40, 34),
      ind(Y, '友好都市からの訪問団受入人数', '人', 30, 31),
      ind(Y, 'オンライン交流会の開催回数', '回', 6, 4),
      ind(Y, '姉妹都市提携記念事業の参加者数', '人', 500, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

const P = '意識調査指標';

const percentFractions: Holdout2Workbook = {
  name: 'h126-trap-ishiki-percent',
  layout:
    'trap: 多文化共生 意識調査 indicators in ％ stored as fractions under a 0.0% format, a target 「増加」, a ↓ indicator marked in a 方向 column, 備考 holding 前回調査 and 回答者数 figures',
  build(wb) {
    const ws = wb.addWorksheet(P);
    widths(ws, [46, 6, 6, 12, 12, 12, 30]);
    merge(ws, 1, 1, 1, 7, '多文化共生に関する市民・外国人住民意識調査　指標の達成状況');
    put(ws, 2, 1, ['評価対象年度：令和６年度（令和６年度調査）']);
    put(ws, 4, 1, ['指標名', '単位', '方向', '基準値\n（R2）', '目標値\n（R6）', '実績値\n（R6）', '備考']);
    const rows: Cell[][] = [
      ['「多文化共生」という言葉の認知度', '％', '↑', 0.412, 0.55, 0.538, '前回調査（R4）：48.9％'],
      ['外国人住民で「地域の行事に参加したことがある」割合', '％', '↑', 0.183, 0.3, 0.312, '回答者数 412人'],
      ['日本人住民で外国人と交流したことがある割合', '％', '↑', 0.27, '増加', 0.296, '目標は基準値からの増加'],
      ['外国人住民で市政情報の入手に困っている割合', '％', '↓', 0.348, 0.25, 0.281, '前回調査（R4）：30.5％'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 8; r++) for (let c = 4; c <= 6; c++) ws.getCell(r, c).numFmt = '0.0%';
    wrap(ws, 4, 1, 8, 7);
    box(ws, 4, 1, 8, 7);
    put(ws, 10, 1, ['※方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
  },
  expected: {
    file: 'h126-trap-ishiki-percent.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(P, '「多文化共生」という言葉の認知度', '％', 55, 53.8),
      ind(P, '外国人住民で「地域の行事に参加したことがある」割合', '％', 30, 31.2),
      ind(P, '日本人住民で外国人と交流したことがある割合', '％', null, 29.6),
      ind(P, '外国人住民で市政情報の入手に困っている割合', '％', 25, 28.1, { direction: 'down' }),
    ],
    groups: [],
  },
};

const K = '養成講座';

const cumulative: Holdout2Workbook = {
  name: 'h126-trap-ruikei',
  layout:
    'trap: 令和２年度 日本語ボランティア養成事業 実績報告, 単年度 and 累計 rows of one indicator with the target on the 累計 row for one and on the 単年度 row for another, 平成30年度…令和２年度 columns, a full-width actual',
  build(wb) {
    const ws = wb.addWorksheet(K);
    widths(ws, [32, 8, 6, 12, 12, 12, 16, 30]);
    merge(ws, 1, 1, 1, 8, '令和２年度　日本語ボランティア養成事業　実績報告');
    put(ws, 3, 1, ['指標', '区分', '単位', '平成30年度', '令和元年度', '令和２年度', '目標値', '備考']);
    merge(ws, 4, 1, 5, 1, '日本語ボランティア養成講座修了者数');
    put(ws, 4, 2, ['単年度', '人', 32, 28, 15, '－', '令和２年度は定員を半減して開催']);
    put(ws, 5, 2, ['累計', '人', 32, 60, 75, 100, '目標は令和２年度までの累計']);
    merge(ws, 6, 1, 7, 1, '日本語学習支援の延べ回数');
    put(ws, 6, 2, ['単年度', '回', 480, 512, 236, 500, '目標は毎年度500回']);
    put(ws, 7, 2, ['累計', '回', 480, 992, 1228, '－', null]);
    put(ws, 8, 1, ['日本語ボランティア活動者数', '年度末', '人', 45, 51, 49, 60, '登録者のうち活動実績のある者']);
    put(ws, 9, 1, ['日本語教室の開設か所数', '年度末', 'か所', 4, 5, '５', 5, null]);
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h126-trap-ruikei.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(K, '日本語ボランティア養成講座修了者数', '人', 100, 75),
      ind(K, '日本語学習支援の延べ回数', '回', 500, 236),
      ind(K, '日本語ボランティア活動者数', '人', 60, 49),
      ind(K, '日本語教室の開設か所数', 'か所', 5, 5),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, percentFractions, cumulative];
