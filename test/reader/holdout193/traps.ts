/**
 * Hold-out 193, three workbooks that invite a silent wrong reading: cumulative targets beside single-year actuals with a
 * later year's 見込 column, survey rates stored as fractions with a target in words, and fewer-is-better indicators (one
 * marked only by its note) with the next year's actuals already filled and the period only in a 評価設定 sheet.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- 累計 vs 単年度, a 見込 column

const K_SHEET = '成果指標';

interface KBlock {
  name: string;
  unit: string;
  rows: [string, (number | null)[]][];
  note: string;
}

const K_BLOCKS: KBlock[] = [
  {
    name: '遊休農地解消面積',
    unit: 'ha',
    rows: [
      ['目標（累計）', [1.5, 3.5, 6.0, 8.5, 11.0]],
      ['実績（単年度）', [1.5, 1.8, 2.1, 2.3, null]],
      ['実績（累計）', [1.5, 3.3, 5.4, 7.7, null]],
    ],
    note: '計画期間（R4～R8）の累計で管理',
  },
  {
    name: '市民農園の新規開設区画数',
    unit: '区画',
    rows: [
      ['目標（累計）', [40, 90, 150, 200, 250]],
      ['実績（単年度）', [42, 52, 38, 45, null]],
      ['実績（累計）', [42, 94, 132, 177, null]],
    ],
    note: '計画期間の累計で管理',
  },
  {
    name: '農業体験農園の開設数',
    unit: '園',
    rows: [
      ['目標（累計）', [1, 3, 6, 8, 10]],
      ['実績（単年度）', [1, 2, 1, 2, null]],
      ['実績（累計）', [1, 3, 4, 6, null]],
    ],
    note: 'R4以降の新規開設の累計',
  },
  {
    name: '農業体験イベント参加者数',
    unit: '人',
    rows: [
      ['目標', [2600, 3200, 3400, 3600, 3800]],
      ['実績', [2760, 3415, 3520, 3650, null]],
    ],
    note: '単年度（延べ人数）',
  },
  {
    name: '援農ボランティア活動延べ人数',
    unit: '人日',
    rows: [
      ['目標', [1200, 1350, 1500, 1650, 1800]],
      ['実績', [1020, 1260, 1180, 1400, null]],
    ],
    note: '単年度',
  },
  {
    name: '直売所出荷登録農家数',
    unit: '戸',
    rows: [
      ['目標', [110, 115, 120, 125, 130]],
      ['実績', [108, 112, 118, 121, null]],
    ],
    note: '各年度末現在',
  },
];

const cumulative: Holdout2Workbook = {
  name: 'h193-trap-ruikei-mikomi',
  layout:
    'trap: cumulative targets with 実績（単年度） and 実績（累計） rows per indicator, year columns R4…R8 where R7 is a 見込 column already filled; evaluated year R6 stated',
  build(wb) {
    const ws = wb.addWorksheet(K_SHEET);
    widths(ws, [28, 7, 15, 10, 10, 10, 11, 11, 26]);
    merge(ws, 1, 1, 1, 9, 'さくら野市都市農業振興基本計画　成果指標の進捗状況（令和６年度評価）');
    put(ws, 2, 1, ['評価対象年度：令和6年度　　※R7欄は令和7年9月末時点の見込値']);
    put(ws, 4, 1, ['成果指標', '単位', '区分', 'R4', 'R5', 'R6', 'R7（見込）', 'R8\n（目標年度）', '備考']);
    let r = 5;
    for (const b of K_BLOCKS) {
      const n = b.rows.length;
      merge(ws, r, 1, r + n - 1, 1, b.name);
      merge(ws, r, 2, r + n - 1, 2, b.unit);
      merge(ws, r, 9, r + n - 1, 9, b.note);
      b.rows.forEach(([label, xs], i) => put(ws, r + i, 3, [label, ...xs]));
      r += n;
    }
    wrap(ws, 4, 1, 4, 9);
    box(ws, 4, 1, r - 1, 9);
    put(ws, r + 1, 1, ['※累計で管理する指標は、目標・実績とも計画初年度（令和4年度）からの累計値で評価する。']);
  },
  expected: {
    file: 'h193-trap-ruikei-mikomi.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(K_SHEET, '遊休農地解消面積', 'ha', 6.0, 5.4),
      ind(K_SHEET, '市民農園の新規開設区画数', '区画', 150, 132),
      ind(K_SHEET, '農業体験農園の開設数', '園', 6, 4),
      ind(K_SHEET, '農業体験イベント参加者数', '人', 3400, 3520),
      ind(K_SHEET, '援農ボランティア活動延べ人数', '人日', 1500, 1180),
      ind(K_SHEET, '直売所出荷登録農家数', '戸', 120, 118),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- ％ as fractions, a target in words

const S_SHEET = 'アンケート指標';

const survey: Holdout2Workbook = {
  name: 'h193-trap-anketo-ritsu',
  layout:
    'trap: survey rates stored as fractions under a 0.0% format (targets too), hidden helper columns of answer counts, one target written as 「増加」, one count indicator in 人',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [4, 40, 6, 10, 10, 9, 9, 11, 30]);
    merge(ws, 1, 1, 1, 9, '令和６年度　市民農園利用者・農業体験参加者アンケート結果（成果指標）');
    put(ws, 2, 1, ['調査期間：令和7年1月～2月　回答者数：市民農園利用者 486人／農業体験参加者 612人']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目標値', '実績値', '該当回答数', '回答者数', '前年度実績', '備考']);
    const rows: [string, string, number | string, number, number | null, number | null, number | null, string][] = [
      ['市民農園利用者の満足度', '％', 0.9, 0.924, 449, 486, 0.911, '「満足」「やや満足」の合計'],
      ['農業体験参加者の満足度', '％', 0.95, 0.887, 543, 612, 0.902, '同上'],
      ['再参加を希望する参加者の割合', '％', 0.8, 0.761, 466, 612, 0.774, ''],
      ['体験後に市内産農産物を購入するようになった参加者の割合', '％', 0.5, 0.382, 234, 612, 0.355, ''],
      ['都市農地を残すべきと考える利用者の割合', '％', '増加', 0.716, 348, 486, 0.702, '目標は前年度からの増加'],
      ['農業体験参加者数', '人', 3400, 3520, null, null, 3415, 'アンケート対象事業の延べ参加者'],
    ];
    rows.forEach((row, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, ...row.map((x) => (x === '' ? undefined : x))]);
      if (row[1] === '％') for (const c of [4, 5, 8]) if (typeof ws.getCell(r, c).value === 'number') ws.getCell(r, c).numFmt = '0.0%';
      if (row[1] === '人') for (const c of [4, 5, 8]) ws.getCell(r, c).numFmt = '#,##0';
    });
    ws.getColumn(6).hidden = true;
    ws.getColumn(7).hidden = true;
    wrap(ws, 4, 1, 4 + rows.length, 9);
    box(ws, 4, 1, 4 + rows.length, 9);
    put(ws, 6 + rows.length, 1, ['※満足度等は回答者数に対する該当回答数の割合。']);
  },
  expected: {
    file: 'h193-trap-anketo-ritsu.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S_SHEET, '市民農園利用者の満足度', '％', 90, 92.4),
      ind(S_SHEET, '農業体験参加者の満足度', '％', 95, 88.7),
      ind(S_SHEET, '再参加を希望する参加者の割合', '％', 80, 76.1),
      ind(S_SHEET, '体験後に市内産農産物を購入するようになった参加者の割合', '％', 50, 38.2),
      ind(S_SHEET, '都市農地を残すべきと考える利用者の割合', '％', null, 71.6),
      ind(S_SHEET, '農業体験参加者数', '人', 3400, 3520),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- fewer is better, later actuals, period in a settings sheet

const G_SHEET = '指標';

const fewer: Holdout2Workbook = {
  name: 'h193-trap-gensho-settei',
  layout:
    'trap: 目標/実績 pairs for R4, R5, R6 (R6 actuals already in), period only in a 評価設定 sheet, three ↓ indicators and one marked fewer-is-better only in its 備考, an actual of 0',
  build(wb) {
    const set = wb.addWorksheet('評価設定');
    widths(set, [16, 40]);
    put(set, 1, 1, ['都市農業推進係　指標評価の設定']);
    put(set, 3, 1, ['評価対象年度', '令和5年度']);
    put(set, 4, 1, ['作成日', '令和6年6月14日']);
    put(set, 5, 1, ['評価基準', 'A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    put(set, 6, 1, ['達成率の算出', '↑の指標は実績÷目標、↓（少ないほど良い）の指標は目標÷実績']);
    box(set, 3, 1, 6, 2);

    const ws = wb.addWorksheet(G_SHEET);
    widths(ws, [4, 28, 7, 6, 9, 9, 9, 9, 9, 9, 30]);
    merge(ws, 1, 1, 1, 11, '都市農業・農業体験関係　指標一覧');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標名');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '方向');
    merge(ws, 3, 5, 3, 6, 'R4');
    merge(ws, 3, 7, 3, 8, 'R5');
    merge(ws, 3, 9, 3, 10, 'R6');
    put(ws, 4, 5, ['目標', '実績', '目標', '実績', '目標', '実績']);
    merge(ws, 3, 11, 4, 11, '備考');
    const rows: (string | number | undefined)[][] = [
      [1, '遊休農地面積', 'ha', '↓', 5.4, 5.9, 4.8, 5.6, 4.2, 5.1, '農地パトロール結果（12月末）'],
      [2, '市民農園の空き区画数', '区画', undefined, 50, 62, 40, 38, 30, 41, '少ないほど良い（4月1日現在の未利用区画）'],
      [3, '鳥獣による農作物被害額', '千円', '↓', 2000, 2410, 1800, 2650, 1600, 1980, 'ハクビシン・アライグマによる被害が増加'],
      [4, '農業体験参加者数', '人', '↑', 2600, 2760, 3200, 3415, 3400, 3520, undefined],
      [5, '市民農園利用者満足度', '％', '↑', 85, 84.2, 85, 83.0, 88, 92.4, '利用者アンケート'],
      [6, '農薬散布に関する苦情件数', '件', '↓', 12, 9, 10, 0, 8, 3, '近隣住民からの苦情（農政課受付分）'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 4 + rows.length, 11);
    box(ws, 3, 1, 4 + rows.length, 11);
    put(ws, 6 + rows.length, 1, ['※方向　↑：多いほど良い　↓：少ないほど良い']);
  },
  expected: {
    file: 'h193-trap-gensho-settei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(G_SHEET, '遊休農地面積', 'ha', 4.8, 5.6, { direction: 'down' }),
      ind(G_SHEET, '市民農園の空き区画数', '区画', 40, 38, { direction: 'down' }),
      ind(G_SHEET, '鳥獣による農作物被害額', '千円', 1800, 2650, { direction: 'down' }),
      ind(G_SHEET, '農業体験参加者数', '人', 3200, 3415),
      ind(G_SHEET, '市民農園利用者満足度', '％', 85, 83.0),
      ind(G_SHEET, '農薬散布に関する苦情件数', '件', 10, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, survey, fewer];
