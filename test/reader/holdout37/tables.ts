/**
 * Hold-out 37: tables of other offices: FY headings with values as text (units, commas, full-width digits, 見込み,
 * 未実施, －), a wide per-year 目標/実績 table that states no evaluation year, and two departments' tables side by
 * side with their columns in different orders.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import { merge, widths } from './sheet';

const F = '国際交流KPI';

/** FY headings, every figure a text with its unit. */
const fyText: Holdout2Workbook = {
  name: 'h37-fy-text-values',
  layout:
    'FY2022実績 / FY2023目標 / FY2023実績 / FY2024目標 headings, every value text with its unit ("１，３１３件", "512 人（見込み）"), 未実施, － for a survey not held, 備考',
  build(wb) {
    const ws = wb.addWorksheet(F);
    widths(ws, [34, 14, 14, 18, 14, 40]);
    put(ws, 1, 1, ['FY2023　国際交流・多文化共生推進プラン　成果指標一覧']);
    put(ws, 2, 1, ['（年度は4月から翌年3月まで。FY2023＝令和5年度）']);
    put(ws, 4, 1, ['指標', 'FY2022 実績', 'FY2023 目標', 'FY2023 実績', 'FY2024 目標', '備考']);
    const rows: (string | undefined)[][] = [
      ['外国人住民向け相談件数', '1,104 件', '1,200 件', '１，３１３件', '1,300 件'],
      ['日本語教室参加者数', '486 人', '600 人', '512 人（見込み）', '650 人', '2月・3月分は見込み'],
      ['姉妹都市への青少年派遣人数', '0 人', '20 人', '未実施', '20 人', '相手都市の受入れ中止により派遣を見送った'],
      ['多言語化した行政文書数', '45 件', '60 件', '58 件', '80 件'],
      ['外国人住民アンケートの満足度', '68.5 ％', '75.0 ％', '－', '80.0 ％', '隔年調査のため令和5年度は調査なし'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 11, 1, ['出典：国際交流協会 事業報告、市民課 外国人住民統計']);
  },
  expected: {
    file: 'h37-fy-text-values.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F, '外国人住民向け相談件数', '件', 1200, 1313),
      ind(F, '日本語教室参加者数', '人', 600, 512, { actualStatus: 'provisional' }),
      ind(F, '姉妹都市への青少年派遣人数', '人', 20, null, { actualStatus: 'not-implemented' }),
      ind(F, '多言語化した行政文書数', '件', 60, 58),
      ind(F, '外国人住民アンケートの満足度', '％', 75, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

const W = '指標管理';

/** name, unit, 基準値(R2), then [目標, 実績] for R3…R7 (実績 as written; undefined: not yet) */
type WideRow = [string, string, number, [number, number | string | undefined][]];

const WIDE_ROWS: WideRow[] = [
  [
    '審議会等における女性委員の割合',
    '％',
    28.5,
    [
      [30, 29.1],
      [32, 30.4],
      [34, 31.8],
      [36, undefined],
      [40, undefined],
    ],
  ],
  [
    '男女共同参画講座受講者数',
    '人',
    140,
    [
      [150, 162],
      [160, 171],
      [170, '158（見込み）'],
      [180, undefined],
      [200, undefined],
    ],
  ],
  [
    '市職員の男性育児休業取得率',
    '％',
    12.0,
    [
      [15, 18.2],
      [20, 25.0],
      [30, 41.7],
      [40, undefined],
      [50, undefined],
    ],
  ],
  [
    '女性の就業率（25～44歳）',
    '％',
    51.0,
    [
      [52, 51.2],
      [53, 52.0],
      [54, '集計中'],
      [55, undefined],
      [56, undefined],
    ],
  ],
  [
    '家族経営協定締結農家数（累計）',
    '戸',
    40,
    [
      [41, 41],
      [43, 42],
      [45, 42],
      [47, undefined],
      [50, undefined],
    ],
  ],
];

/** A 目標/実績 pair under each year R3…R7, no evaluation year anywhere: the latest year with actuals (R5) is a guess. */
const widePairs: Holdout2Workbook = {
  name: 'h37-wide-pairs-no-period',
  layout:
    'wide table with R3…R7 merged over 目標/実績 pairs, 基準値(R2), no evaluation year stated anywhere (latest actuals R5: a guess), a 見込み and a 集計中 in R5',
  build(wb) {
    const ws = wb.addWorksheet(W);
    widths(ws, [34, 6, 10]);
    put(ws, 1, 1, ['第3次男女共同参画プラン　成果指標管理表']);
    put(ws, 2, 1, ['市民協働課']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '基準値(R2)');
    for (let y = 0; y < 5; y++) {
      merge(ws, 4, 4 + y * 2, 4, 5 + y * 2, `R${3 + y}`);
      put(ws, 5, 4 + y * 2, ['目標', '実績']);
    }
    WIDE_ROWS.forEach(([name, unit, base, pairs], i) => put(ws, 6 + i, 1, [name, unit, base, ...pairs.flat()]));
    put(ws, 12, 1, ['※実績の（見込み）は年度末までの見込み値']);
  },
  expected: {
    file: 'h37-wide-pairs-no-period.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W, '審議会等における女性委員の割合', '％', 34, 31.8),
      ind(W, '男女共同参画講座受講者数', '人', 170, 158, { actualStatus: 'provisional' }),
      ind(W, '市職員の男性育児休業取得率', '％', 30, 41.7),
      ind(W, '女性の就業率（25～44歳）', '％', 54, null, { actualStatus: 'pending' }),
      ind(W, '家族経営協定締結農家数（累計）', '戸', 45, 42),
    ],
    groups: [],
    guesses: ['period'],
  },
};

const S = '部局別';

/** Two departments' tables side by side: the left one 指標|単位|目標|実績|自己評価|備考, the right one 指標|実績|目標|単位|自己評価. */
const sideBySide: Holdout2Workbook = {
  name: 'h37-side-by-side-orders',
  layout:
    "two departments' tables side by side (blank column G between): left 指標|単位|目標(R5)|実績(R5)|自己評価|備考, right 指標|実績(R5)|目標(R5)|単位|自己評価 — columns in another order",
  build(wb) {
    const ws = wb.addWorksheet(S);
    widths(ws, [28, 6, 10, 10, 8, 18, 3, 28, 10, 10, 6, 8]);
    put(ws, 1, 1, ['令和5年度　部局別重点目標　達成状況']);
    put(ws, 3, 1, ['■ 市民生活部']);
    put(ws, 3, 8, ['■ 都市整備部']);
    put(ws, 4, 1, ['指標', '単位', '目標(R5)', '実績(R5)', '自己評価', '備考']);
    put(ws, 4, 8, ['指標', '実績(R5)', '目標(R5)', '単位', '自己評価']);
    put(ws, 5, 1, ['マイナンバーカード交付率', '％', 80.0, 76.4, 'B']);
    put(ws, 6, 1, ['窓口平均待ち時間', '分', 15, 18, 'B', '短縮を目指す指標']);
    put(ws, 7, 1, ['防犯講習会参加者数', '人', 500, 455, 'A']);
    put(ws, 5, 8, ['市道舗装補修延長', 12.4, 15.0, 'km', 'B']);
    put(ws, 6, 8, ['公園愛護団体数', 48, 45, '団体', 'A']);
    put(ws, 7, 8, ['橋りょう長寿命化修繕着手数', 3, 6, '橋', 'C']);
  },
  expected: {
    file: 'h37-side-by-side-orders.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S, 'マイナンバーカード交付率', '％', 80, 76.4, { existing: 'B' }),
      ind(S, '窓口平均待ち時間', '分', 15, 18, { direction: 'down', existing: 'B' }),
      ind(S, '防犯講習会参加者数', '人', 500, 455, { existing: 'A' }),
      ind(S, '市道舗装補修延長', 'km', 15, 12.4, { existing: 'B' }),
      ind(S, '公園愛護団体数', '団体', 45, 48, { existing: 'A' }),
      ind(S, '橋りょう長寿命化修繕着手数', '橋', 6, 3, { existing: 'C' }),
    ],
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [fyText, widePairs, sideBySide];
