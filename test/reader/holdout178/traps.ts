/** Hold-out 178, three traps: later years already filled with ％ stored as fractions, targets that are not numbers, 単年度 vs 累計 rows. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** 評価対象年度 令和４年度, but the 令和５年度 columns are already filled; two ％ indicators stored as fractions under a % format. */
const O_SHEET = '年度別推移';
const otherYears: Holdout2Workbook = {
  name: 'h178-t-other-years-fraction',
  layout:
    '年度別推移 with 目標／実績 column pairs for 令和3…5年度, the 令和５年度 pair already filled, 評価対象年度：令和４年度 in a cell, ％ as fractions under a 0.0% format',
  build(wb) {
    const ws = wb.addWorksheet(O_SHEET);
    widths(ws, [40, 8, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 8, '障がい者の社会参加促進に関する指標の推移');
    put(ws, 2, 1, ['評価対象年度：令和４年度']);
    merge(ws, 4, 1, 5, 1, '指標名');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 4, 4, '令和３年度');
    merge(ws, 4, 5, 4, 6, '令和４年度');
    merge(ws, 4, 7, 4, 8, '令和５年度');
    put(ws, 5, 3, ['目標', '実績', '目標', '実績', '目標', '実績']);
    put(ws, 6, 1, ['手話言語条例の認知度', '％', 0.3, 0.274, 0.35, 0.312, 0.4, 0.395]);
    put(ws, 7, 1, ['パーキングパーミット協力施設数', '施設', 100, 104, 120, 131, 140, 118]);
    put(ws, 8, 1, ['段差が解消された公共施設の割合', '％', 0.8, 0.61, 0.85, 0.62, 0.9, 0.88]);
    for (const r of [6, 8]) for (let c = 3; c <= 8; c++) ws.getCell(r, c).numFmt = '0.0%';
    box(ws, 4, 1, 8, 8);
    put(ws, 10, 1, ['※令和５年度実績は令和６年６月時点の速報を参考に記載']);
  },
  expected: {
    file: 'h178-t-other-years-fraction.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(O_SHEET, '手話言語条例の認知度', '％', 35, 31.2),
      ind(O_SHEET, 'パーキングパーミット協力施設数', '施設', 120, 131),
      ind(O_SHEET, '段差が解消された公共施設の割合', '％', 85, 62),
    ],
    groups: [],
  },
};

/** 成果指標評価表: a target 「増加」 and a 「－」 target (no grade), 備考 with figures that look like values. */
const W_SHEET = '成果指標評価表';
const targetWords: Holdout2Workbook = {
  name: 'h178-t-target-words',
  layout:
    '成果指標評価表 令和５年度: targets 「増加」 and 「－（目標設定なし）」 beside numeric ones, 備考 「※前年度 4,820部」「R4実績：47か所」 that look like values',
  build(wb) {
    const ws = wb.addWorksheet(W_SHEET);
    widths(ws, [40, 8, 16, 12, 28]);
    merge(ws, 1, 1, 1, 5, '令和５年度　成果指標評価表（ユニバーサルデザイン推進）');
    put(ws, 3, 1, ['成果指標', '単位', '令和５年度目標値', '令和５年度実績値', '備考']);
    const rows: (string | number)[][] = [
      ['多目的トイレを設置した公共施設数', 'か所', '増加', 52, 'R4実績：47か所'],
      ['手話言語条例啓発パンフレット配布数', '部', 5000, 5600, '※前年度 4,820部'],
      ['点字・音声版広報紙の発行回数', '回', 12, 12, '毎月発行'],
      ['バリアフリー化された指定避難所の割合', '％', '－（目標設定なし）', 68.4, '参考：県平均 61.0％'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 7, 5);
    wrap(ws, 3, 1, 7, 5);
  },
  expected: {
    file: 'h178-t-target-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(W_SHEET, '多目的トイレを設置した公共施設数', 'か所', null, 52),
      ind(W_SHEET, '手話言語条例啓発パンフレット配布数', '部', 5000, 5600),
      ind(W_SHEET, '点字・音声版広報紙の発行回数', '回', 12, 12),
      ind(W_SHEET, 'バリアフリー化された指定避難所の割合', '％', null, 68.4),
    ],
    groups: [],
  },
};

/** 単年度 and 累計 rows per indicator; the target sits in the row it is set for (the other row's 目標 is 「－」). */
const R_SHEET = '進捗管理';
const ruikei: Holdout2Workbook = {
  name: 'h178-t-tannendo-ruikei',
  layout:
    '進捗管理表 令和３年度: each indicator on a 単年度 row and a 累計 row, the target in one of them and 「－」 in the other, 令和２年度実績 column beside',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [30, 8, 8, 14, 14, 14, 24]);
    merge(ws, 1, 1, 1, 7, '令和３年度　手話・心のバリアフリー推進事業　進捗管理表');
    put(ws, 3, 1, ['指標名', '区分', '単位', '令和２年度実績', '令和３年度目標', '令和３年度実績', '備考']);
    const items: [string, string, (string | number)[], (string | number)[], string][] = [
      ['手話奉仕員登録者数', '人', [15, '－', 18], [124, 150, 142], '目標は累計で設定'],
      ['心のバリアフリーサポーター養成数', '人', [160, 200, 176], [876, '－', 1052], ''],
      ['点字ブロック補修箇所数', 'か所', [26, 30, 22], [188, '－', 210], '補修は単年度目標'],
    ];
    items.forEach(([name, unit, single, total, note], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['単年度', unit, ...single]);
      put(ws, r + 1, 2, ['累計', unit, ...total]);
      merge(ws, r, 7, r + 1, 7, note);
    });
    box(ws, 3, 1, 9, 7);
    wrap(ws, 3, 1, 9, 7);
  },
  expected: {
    file: 'h178-t-tannendo-ruikei.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(R_SHEET, '手話奉仕員登録者数', '人', 150, 142),
      ind(R_SHEET, '心のバリアフリーサポーター養成数', '人', 200, 176),
      ind(R_SHEET, '点字ブロック補修箇所数', 'か所', 30, 22),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [otherYears, targetWords, ruikei];
