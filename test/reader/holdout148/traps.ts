/**
 * Hold-out 148, three traps of 生物多様性・自然環境保全・環境教育 sheets: a 年度別実績 evaluated for 令和５年度 with a
 * 令和６年度（9月末現在） column already filled and ％ stored as fractions; a 成果指標評価表 whose targets are words
 * (「拡大」「－」), numbers with 以上／以下 and units in the cell, a 集計中 actual and a 備考 that looks like a value; a 森づくり
 * 進捗管理表 whose targets are 累計 beside 単年度 and 累計 実績 rows.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 年度別実績 with a later, partial year filled (令和５年度)

const T_SHEET = '年度別実績';
const T_ROWS: { name: string; unit: string; v: number[]; pct?: boolean }[] = [
  { name: '学校ビオトープ設置校数', unit: '校', v: [9, 11, 14, 13, 16, 15] },
  { name: '環境学習プログラム受講後の理解度（「よく理解できた」の割合）', unit: '％', v: [0.712, 0.745, 0.8, 0.768, 0.82, 0.801], pct: true },
  { name: '自然観察指導員の派遣回数', unit: '回', v: [48, 55, 60, 72, 60, 31] },
  { name: '環境学習センター来館者数', unit: '人', v: [18420, 19870, 24000, 20150, 25000, 9836] },
];

const laterYear: Holdout2Workbook = {
  name: 'h148-t-nendobetsu-r6-chukan',
  layout: '年度別実績: 令和３・４年度 実績, 令和５年度 目標／実績, 令和６年度 目標／実績（9月末現在） already filled, ％ as fractions under a % format',
  build(wb) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [44, 6, 12, 12, 12, 12, 12, 16]);
    merge(ws, 1, 1, 1, 8, '緑川市環境教育推進プラン　年度別実績');
    put(ws, 2, 1, ['評価対象年度：令和５年度']);
    merge(ws, 4, 1, 5, 1, '指標');
    merge(ws, 4, 2, 5, 2, '単位');
    put(ws, 4, 3, ['令和３年度', '令和４年度']);
    merge(ws, 4, 5, 4, 6, '令和５年度');
    merge(ws, 4, 7, 4, 8, '令和６年度');
    put(ws, 5, 3, ['実績', '実績', '目標', '実績', '目標', '実績\n（9月末現在）']);
    T_ROWS.forEach((t, i) => {
      const r = 6 + i;
      put(ws, r, 1, [t.name, t.unit, ...t.v]);
      for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = t.pct ? '0.0%' : '#,##0';
    });
    box(ws, 4, 1, 9, 8);
    wrap(ws, 4, 1, 9, 8);
    put(ws, 11, 1, ['※令和６年度の実績は9月末現在の速報であり、年度評価には用いない。']);
  },
  expected: {
    file: 'h148-t-nendobetsu-r6-chukan.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T_SHEET, '学校ビオトープ設置校数', '校', 14, 13),
      ind(T_SHEET, '環境学習プログラム受講後の理解度（「よく理解できた」の割合）', '％', 80, 76.8),
      ind(T_SHEET, '自然観察指導員の派遣回数', '回', 60, 72),
      ind(T_SHEET, '環境学習センター来館者数', '人', 24000, 20150),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 成果指標評価表 with word targets (令和２年度)

const S_SHEET = '成果指標';
const S_ROWS: [string, string, string, string, string][] = [
  ['里地里山の保全活動面積', '↑', '拡大', '126.4ha', '市民団体・企業の活動区域の合計'],
  ['自然環境に満足している市民の割合', '↑', '70％以上', '66.2％', '前年度 64.8％'],
  ['野生鳥獣による農作物被害額', '↓', '8,000千円以下', '9,350千円', 'イノシシ被害が中山間地で増加'],
  ['環境保全団体への活動支援件数', '↑', '－', '14件', '目標設定なし（実績把握のみ）'],
  ['ホタルの確認地点数', '↑', '25地点', '集計中', '調査結果取りまとめ中（令和3年6月公表予定）'],
  ['環境学習講座の開催回数', '↑', '40回', '３６回', '2回は緊急事態宣言により中止'],
];

const wordTargets: Holdout2Workbook = {
  name: 'h148-t-seika-mojimokuhyo',
  layout: '成果指標評価表: targets 「拡大」「－」 and 「70％以上」「8,000千円以下」 with units in the cells, ↑／↓ 方向, a 集計中, 備考 「前年度 64.8％」',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [5, 34, 6, 16, 14, 40]);
    merge(ws, 1, 1, 1, 6, '令和２年度　自然環境分野　成果指標評価表');
    put(ws, 3, 1, ['No.', '指標名', '方向', '目標値\n（令和2年度）', '実績値\n（令和2年度）', '備考']);
    S_ROWS.forEach((s, i) => put(ws, 4 + i, 1, [i + 1, ...s]));
    box(ws, 3, 1, 9, 6);
    wrap(ws, 3, 1, 9, 6);
    put(ws, 11, 2, ['方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h148-t-seika-mojimokuhyo.xlsx',
    fiscalYear: 2020,
    indicators: [
      ind(S_SHEET, '里地里山の保全活動面積', 'ha', null, 126.4),
      ind(S_SHEET, '自然環境に満足している市民の割合', '％', 70, 66.2),
      ind(S_SHEET, '野生鳥獣による農作物被害額', '千円', 8000, 9350, { direction: 'down' }),
      ind(S_SHEET, '環境保全団体への活動支援件数', '件', null, 14),
      ind(S_SHEET, 'ホタルの確認地点数', '地点', 25, null, { actualStatus: 'pending' }),
      ind(S_SHEET, '環境学習講座の開催回数', '回', 40, 36),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 累計 targets beside 単年度 and 累計 実績 (令和６年度)

const C_SHEET = '森づくり';
const CUM: { name: string; unit: string; rows: [string, (number | null)[]][] }[] = [
  {
    name: '市民参加による植樹本数',
    unit: '本',
    rows: [
      ['目標（累計）', [10000, 20000, 30000, 40000, 50000]],
      ['実績（単年度）', [9150, 10000, 8300, null, null]],
      ['実績（累計）', [9150, 19150, 27450, null, null]],
    ],
  },
  {
    name: '生物多様性保全協定の締結数',
    unit: '件',
    rows: [
      ['目標（累計）', [4, 8, 12, 16, 20]],
      ['実績（単年度）', [5, 6, 2, null, null]],
      ['実績（累計）', [5, 11, 13, null, null]],
    ],
  },
  {
    name: '緑化ボランティア登録者数',
    unit: '人',
    rows: [
      ['目標（年度末）', [120, 135, 150, 165, 180]],
      ['実績（年度末）', [118, 131, 138, null, null]],
    ],
  },
];

const cumulative: Holdout2Workbook = {
  name: 'h148-t-morizukuri-ruikei',
  layout: '森づくり 進捗管理表: 目標（累計） with 実績（単年度） and 実績（累計） rows per indicator, one 年度末 indicator, 令和４年度…令和８年度（目標年度）',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 6, 16, 12, 12, 12, 12, 14]);
    merge(ws, 1, 1, 1, 8, '緑川市森づくり・緑化推進計画　進捗管理表（令和６年度）');
    put(ws, 3, 1, ['指標', '単位', '区分', '令和４年度', '令和５年度', '令和６年度', '令和７年度', '令和８年度\n（目標年度）']);
    let r = 4;
    for (const c of CUM) {
      merge(ws, r, 1, r + c.rows.length - 1, 1, c.name);
      merge(ws, r, 2, r + c.rows.length - 1, 2, c.unit);
      for (const [label, vs] of c.rows) {
        put(ws, r, 3, [label, ...vs]);
        for (let k = 4; k <= 8; k++) ws.getCell(r, k).numFmt = '#,##0';
        r++;
      }
    }
    box(ws, 3, 1, r - 1, 8);
    wrap(ws, 3, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※植樹本数・協定締結数は計画期間（令和４年度～令和８年度）の累計で目標を設定している。']);
  },
  expected: {
    file: 'h148-t-morizukuri-ruikei.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(C_SHEET, '市民参加による植樹本数', '本', 30000, 27450),
      ind(C_SHEET, '生物多様性保全協定の締結数', '件', 12, 13),
      ind(C_SHEET, '緑化ボランティア登録者数', '人', 150, 138),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYear, wordTargets, cumulative];
