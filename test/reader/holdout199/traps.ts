/** Hold-out 199, three ヤングケアラー・家族介護者支援 workbooks that invite a silent wrong reading. */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const PCT = '0.0%';

// ---------------------------------------------------------------------------------------------
// 1. 単年度 beside 累計: the target is cumulative, the 実績（単年度）row comes first; R6 filled to 9月末; ％ as fractions; one ↓.
// ---------------------------------------------------------------------------------------------

const C_SHEET = '指標進捗';

const cumulative: Holdout2Workbook = {
  name: 'h199-t-carer-cumulative',
  layout:
    'trap: 目標（累計）with 実績（単年度）above 実績（累計）, R6 actuals filled to 9月末, a ％ stored as fractions, a lower-is-better row said only in 備考',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 14, 7, 10, 10, 10, 12, 28]);
    merge(ws, 1, 1, 1, 8, '家族介護者・ヤングケアラー支援の推進　指標進捗管理表');
    put(ws, 2, 1, ['評価対象年度：令和５年度（令和6年10月 作成）']);
    put(ws, 4, 1, ['指標', '区分', '単位', 'R4', 'R5', 'R6', 'R7\n（目標年度）', '備考']);
    let r = 5;
    const block = (name: string, unit: string, rows: [string, (number | null)[]][], note?: string, pct = false) => {
      merge(ws, r, 1, r + rows.length - 1, 1, name);
      rows.forEach(([kind, values], i) => {
        put(ws, r + i, 2, [kind, unit, ...values]);
        if (pct) for (let c = 4; c <= 7; c++) ws.getCell(r + i, c).numFmt = PCT;
      });
      if (note) merge(ws, r, 8, r + rows.length - 1, 8, note);
      r += rows.length;
    };
    block(
      'ケアラーサポーター養成数',
      '人',
      [
        ['目標（累計）', [300, 600, 900, 1200]],
        ['実績（単年度）', [286, 251, 112, null]],
        ['実績（累計）', [286, 537, 649, null]],
      ],
      'R6は9月末現在',
    );
    block(
      '介護者のつどい開催回数',
      '回',
      [
        ['目標', [24, 24, 24, 24]],
        ['実績', [20, 22, 11, null]],
      ],
      'R6は9月末現在',
    );
    block(
      'ケアラー相談窓口の認知度',
      '％',
      [
        ['目標', [0.3, 0.4, 0.5, 0.6]],
        ['実績', [0.284, 0.352, null, null]],
      ],
      '市民意識調査（毎年11月）',
      true,
    );
    block(
      '介護を理由とする離職者数',
      '人',
      [
        ['目標', [12, 10, 8, 6]],
        ['実績', [13, 12, 5, null]],
      ],
      '減少を目指す指標（少ないほど良い）',
    );
    block('ヤングケアラー支援プラン作成件数', '件', [
      ['目標（単年度）', [20, 25, 30, 35]],
      ['実績（単年度）', [18, 27, 16, null]],
      ['実績（累計）', [18, 45, 61, null]],
    ]);
    wrap(ws, 4, 1, r - 1, 8);
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※累計はR4（計画初年度）からの積み上げ。']);
  },
  expected: {
    file: 'h199-t-carer-cumulative.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, 'ケアラーサポーター養成数', '人', 600, 537),
      ind(C_SHEET, '介護者のつどい開催回数', '回', 24, 22),
      ind(C_SHEET, 'ケアラー相談窓口の認知度', '％', 40, 35.2),
      ind(C_SHEET, '介護を理由とする離職者数', '人', 10, 12, { direction: 'down' }),
      ind(C_SHEET, 'ヤングケアラー支援プラン作成件数', '件', 25, 27),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. 令和6年度 見込 columns right of the evaluated year, a target in words (前年度実績以上), a 見込 actual, 集計中.
// ---------------------------------------------------------------------------------------------

const E_SHEET = '評価表';

const forecast: Holdout2Workbook = {
  name: 'h199-t-carer-forecast-words',
  layout: 'trap: R5 目標/実績/評価 then R6 目標 and R6 実績見込 columns, one target written 「前年度実績以上」, one R5 actual marked （見込）, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(E_SHEET);
    widths(ws, [5, 36, 7, 12, 14, 12, 7, 12, 12, 26]);
    merge(ws, 1, 1, 1, 10, '令和６年度　ケアラー支援事業　評価表（令和５年度実績）');
    put(ws, 2, 8, ['高齢介護課・こども家庭課']);
    put(ws, 4, 1, ['No.', '指標', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '評価', '令和6年度\n目標', '令和6年度\n実績見込', '備考']);
    const rows: (string | number | undefined)[][] = [
      [1, 'ヤングケアラー相談件数', '件', 142, '前年度実績以上', 168, 'A', 180, 190],
      [2, '家族介護者教室参加者数', '人', 410, 450, 398, 'A', 450, 430, '定員を超える申込みの回あり'],
      [3, 'ケアラー支援ハンドブック配布数', '部', '1,850', '2,000', '2,350', 'A', '2,500', '2,600'],
      [4, '介護者訪問相談件数', '件', 281, 300, '262（見込）', 'B', 300, 310, '3月分集計中のため見込値'],
      [5, 'レスパイト事業登録者数', '人', 64, 80, '集計中', undefined, 85, 82, '事業者からの報告待ち'],
      [6, 'ヤングケアラー家事支援（ヘルパー派遣）利用世帯数', '世帯', 3, 8, 11, 'A', 12, 14],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 4, 1, 10, 10);
    box(ws, 4, 1, 10, 10);
    put(ws, 12, 1, ['※評価　A：目標達成　B：目標の8割以上　C：目標の6割以上　D：目標の6割未満']);
    put(ws, 13, 1, ['※令和6年度実績見込は令和6年12月末時点の見込み。']);
  },
  expected: {
    file: 'h199-t-carer-forecast-words.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(E_SHEET, 'ヤングケアラー相談件数', '件', 142, 168, { existing: 'A' }),
      ind(E_SHEET, '家族介護者教室参加者数', '人', 450, 398, { existing: 'A' }),
      ind(E_SHEET, 'ケアラー支援ハンドブック配布数', '部', 2000, 2350, { existing: 'A' }),
      ind(E_SHEET, '介護者訪問相談件数', '件', 300, 262, { existing: 'B', actualStatus: 'provisional' }),
      ind(E_SHEET, 'レスパイト事業登録者数', '人', 80, null, { actualStatus: 'pending' }),
      ind(E_SHEET, 'ヤングケアラー家事支援（ヘルパー派遣）利用世帯数', '世帯', 8, 11, { existing: 'A' }),
    ],
    groups: [],
    guesses: ['target-from-last-year'],
  },
};

// ---------------------------------------------------------------------------------------------
// 3. 方向 ↑/↓ column, ％ as fractions, R6 actuals already filled (the evaluated year is R5), an actual of 0.
// ---------------------------------------------------------------------------------------------

const L_SHEET = '成果指標';
const L_ROWS: [string, '↑' | '↓', string, number[], number[], boolean][] = [
  ['介護負担が「重い」と感じる介護者の割合', '↓', '％', [0.5, 0.48, 0.45, 0.42], [0.521, 0.497, 0.482, 0.455], true],
  ['支援につながっていないヤングケアラー世帯数', '↓', '世帯', [30, 25, 20, 15], [34, 22, 14, 9], false],
  ['要介護者の在宅生活継続率', '↑', '％', [0.8, 0.83, 0.85, 0.87], [0.792, 0.804, 0.812, 0.839], true],
  ['「相談先がない」と答えた介護者の割合', '↓', '％', [0.2, 0.18, 0.15, 0.12], [0.27, 0.29, 0.26, 0.21], true],
  ['介護離職者数（市把握分）', '↓', '人', [10, 9, 8, 7], [9, 4, 0, 3], false],
];

const lowerBetter: Holdout2Workbook = {
  name: 'h199-t-carer-lower-better',
  layout:
    'trap: 目標/実績 row pairs under R3–R6 with R6 already filled though R5 is evaluated, a 方向 ↑/↓ column (four ↓), ％ stored as fractions, a ↓ actual of 0',
  build(wb) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [38, 6, 7, 7, 10, 10, 10, 10, 22]);
    merge(ws, 1, 1, 1, 9, '第３次さくら台市ケアラー支援計画　成果指標の推移');
    put(ws, 2, 1, ['【今回の評価対象】令和５年度実績（令和6年度 第1回ケアラー支援推進委員会）']);
    put(ws, 4, 1, ['指標', '方向', '単位', '区分', 'R3', 'R4', 'R5', 'R6', '備考']);
    L_ROWS.forEach(([name, dir, unit, targets, actuals, pct], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, dir);
      merge(ws, r, 3, r + 1, 3, unit);
      put(ws, r, 4, ['目標', ...targets]);
      put(ws, r + 1, 4, ['実績', ...actuals]);
      if (pct) for (let c = 5; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = PCT;
    });
    put(ws, 13, 9, ['R5は離職者の報告なし']);
    wrap(ws, 4, 1, 14, 9);
    box(ws, 4, 1, 14, 9);
    put(ws, 16, 1, ['※方向　↑：高いほど良い　↓：低いほど良い（減少を目指す）']);
    put(ws, 17, 1, ['※R6欄は令和7年3月末の速報値（参考）。']);
  },
  expected: {
    file: 'h199-t-carer-lower-better.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(L_SHEET, '介護負担が「重い」と感じる介護者の割合', '％', 45, 48.2, { direction: 'down' }),
      ind(L_SHEET, '支援につながっていないヤングケアラー世帯数', '世帯', 20, 14, { direction: 'down' }),
      ind(L_SHEET, '要介護者の在宅生活継続率', '％', 85, 81.2),
      ind(L_SHEET, '「相談先がない」と答えた介護者の割合', '％', 15, 26, { direction: 'down' }),
      ind(L_SHEET, '介護離職者数（市把握分）', '人', 8, 0, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [cumulative, forecast, lowerBetter];
