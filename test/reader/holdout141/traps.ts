/**
 * Hold-out 141, traps a careless reader falls into: a 就労自立促進事業 進捗管理表 whose 令和５年度 期待値 is 累計 beside a
 * 単年度 and a 累計 実績 and a 進捗率 against the 計画期間目標, with a second table of rates stored as fractions under a %
 * format; a 成果指標評価表 with targets that are not numbers (「前年度実績以上」「全国平均以上」「－」), 「50％以上」, notes that
 * look like values (「（参考）全国平均 21.5％」), a 作成 date of the next year and ◎○△× on the department's own bands; a
 * 年度別推移 whose 令和4年度（9月末現在） column is already filled, ％ as fractions and a 速報値.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// 累計 vs 単年度, and rates as fractions.

const R_SHEET = '進捗管理';
const CUMULATIVE: [string, string, number, number, number, number][] = [
  ['ハローワーク連携による就職者数', '人', 450, 270, 84, 263],
  ['就労自立による保護廃止世帯数', '世帯', 150, 90, 27, 71],
  ['生活保護受給者等就労自立促進事業の支援対象者数', '人', 900, 540, 176, 552],
];
const RATES: [string, number, number, string][] = [
  ['支援対象者の就職率', 0.6, 0.574, '就職者数÷支援対象者数'],
  ['就職者の職場定着率（6か月後）', 0.7, 0.75, '就職後6か月時点で在職している者の割合'],
];

const ruikei: Holdout2Workbook = {
  name: 'h141-t-ruikei-tanendo',
  layout:
    '進捗管理表（評価対象年度：令和５年度）: 計画期間目標（R3～R7累計）, 令和５年度 期待値（累計）／実績（単年度）／実績（累計）, 進捗率 against the plan total; a rates table stored as fractions under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet(R_SHEET);
    widths(ws, [40, 6, 16, 12, 12, 12, 16, 26]);
    merge(ws, 1, 1, 1, 8, '生活保護受給者等就労自立促進事業（ハローワーク連携）　進捗管理表');
    put(ws, 2, 1, ['計画期間：令和3年度～令和7年度　　評価対象年度：令和５年度']);
    merge(ws, 4, 1, 5, 1, '指標');
    merge(ws, 4, 2, 5, 2, '単位');
    merge(ws, 4, 3, 5, 3, '計画期間目標\n（R3～R7累計）');
    merge(ws, 4, 4, 4, 6, '令和５年度');
    put(ws, 5, 4, ['期待値（累計）', '実績（単年度）', '実績（累計）']);
    merge(ws, 4, 7, 5, 7, '進捗率\n（累計実績÷計画期間目標）');
    merge(ws, 4, 8, 5, 8, '備考');
    CUMULATIVE.forEach(([name, unit, plan, exp, single, cum], i) => {
      const r = 6 + i;
      put(ws, r, 1, [name, unit, plan, exp, single, cum]);
      ws.getCell(r, 7).value = { formula: `F${r}/C${r}`, result: cum / plan };
      ws.getCell(r, 7).numFmt = '0.0%';
    });
    put(ws, 6, 8, ['R3：86人、R4：93人']);
    wrap(ws, 4, 1, 5, 8);
    box(ws, 4, 1, 5 + CUMULATIVE.length, 8);
    put(ws, 11, 1, ['【率に関する指標】']);
    put(ws, 12, 1, ['指標', '単位', '令和５年度目標', '令和５年度実績', undefined, undefined, undefined, '備考']);
    RATES.forEach(([name, target, actual, note], i) => {
      const r = 13 + i;
      put(ws, r, 1, [name, '％', target, actual]);
      ws.getCell(r, 3).numFmt = '0.0%';
      ws.getCell(r, 4).numFmt = '0.0%';
      ws.getCell(r, 8).value = note;
    });
    box(ws, 12, 1, 12 + RATES.length, 8);
  },
  expected: {
    file: 'h141-t-ruikei-tanendo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...CUMULATIVE.map(([name, unit, , exp, , cum]) => ind(R_SHEET, name, unit, exp, cum)),
      ind(R_SHEET, '支援対象者の就職率', '％', 60, 57.4),
      ind(R_SHEET, '就職者の職場定着率（6か月後）', '％', 70, 75),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Targets that are not numbers, notes that look like values, marks on the department's own bands.

const T_SHEET = '評価表';
const mojiMokuhyo: Holdout2Workbook = {
  name: 'h141-t-mokuhyo-moji',
  layout:
    '成果指標評価表（令和６年度実績, 作成：令和７年６月）: 目標値 「前年度実績以上」「全国平均以上」「－」「50％以上」, 備考 「（参考）令和5年度実績 1,086件」「全国平均 21.5％」, 方向 ↑／↓, ◎○△× on 100/85/70 bands, full-width 「１１２」',
  build(wb) {
    const ws = wb.addWorksheet(T_SHEET);
    widths(ws, [5, 40, 7, 6, 16, 10, 10, 36]);
    merge(ws, 1, 1, 1, 8, '生活福祉課　成果指標評価表（令和６年度実績）');
    put(ws, 2, 6, ['作成：令和７年６月']);
    put(ws, 4, 1, ['No.', '成果指標', '単位', '方向', '目標値', '実績値', '達成状況', '備考']);
    const rows: (string | number)[][] = [
      [1, '自立相談支援機関の新規相談件数', '件', '↑', '前年度実績以上', 1134, '◎', '（参考）令和5年度実績 1,086件'],
      [2, '就労支援対象者の就労・増収率', '％', '↑', '50％以上', 46.2, '○', ''],
      [3, '住居確保給付金の支給決定件数', '件', '↑', '－', 38, '－', '需要に応じて支給するため目標値は設定していない'],
      [4, '被保護者就労支援事業による就労開始者数', '人', '↑', 130, '１１２', '○', ''],
      [5, '生活保護費返還金等の収納率', '％', '↑', '全国平均以上', 19.8, '×', '（参考）全国平均 21.5％（令和5年度）'],
      [6, 'ケースワーカー１人当たり担当世帯数', '世帯', '↓', 80, 86, '○', '社会福祉法に定める標準数 80世帯'],
      [7, '学習支援事業参加者（中学３年生）の高校等進学率', '％', '↑', 100, 100, '◎', '参加者 18人全員が進学'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 4 + rows.length, 8);
    box(ws, 4, 1, 4 + rows.length, 8);
    put(ws, 13, 1, ['方向　↑：高いほど良い　↓：低いほど良い']);
    put(ws, 14, 1, ['達成状況　◎：100％以上　○：85％以上100％未満　△：70％以上85％未満　×：70％未満（目標値が数値でないものは担当課の判断）']);
  },
  expected: {
    file: 'h141-t-mokuhyo-moji.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T_SHEET, '自立相談支援機関の新規相談件数', '件', null, 1134, { existing: '◎' }),
      ind(T_SHEET, '就労支援対象者の就労・増収率', '％', 50, 46.2, { existing: '○' }),
      ind(T_SHEET, '住居確保給付金の支給決定件数', '件', null, 38),
      ind(T_SHEET, '被保護者就労支援事業による就労開始者数', '人', 130, 112, { existing: '○' }),
      ind(T_SHEET, '生活保護費返還金等の収納率', '％', null, 19.8, { existing: '×' }),
      ind(T_SHEET, 'ケースワーカー１人当たり担当世帯数', '世帯', 80, 86, { direction: 'down', existing: '○' }),
      ind(T_SHEET, '学習支援事業参加者（中学３年生）の高校等進学率', '％', 100, 100, { existing: '◎' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// A later, partial year already filled; ％ as fractions; a 速報値.

const S_SHEET = '年度別推移';
const YEARS = ['平成30年度', '令和元年度', '令和2年度', '令和3年度', '令和4年度\n（9月末現在）'];
const SUII: [string, string, number[], (number | string)[], boolean, string][] = [
  ['新規相談件数', '件', [650, 680, 720, 760, 800], [602, 655, 1482, 1106, 412], false, '令和2年度は特例貸付に係る相談を含む'],
  ['プラン作成率', '％', [0.25, 0.25, 0.3, 0.3, 0.3], [0.198, 0.224, 0.144, 0.213, 0.251], true, 'プラン作成件数÷新規相談件数'],
  ['就労支援対象者の就労・増収率', '％', [0.5, 0.5, 0.55, 0.55, 0.55], [0.478, 0.502, 0.389, 0.46, 0.521], true, '就労・増収者数÷就労支援対象者数'],
  ['就労による保護廃止世帯数', '世帯', [35, 35, 40, 40, 45], [31, 29, 18, '21（速報値）', 14], false, '令和3年度は速報値（被保護者調査の確定は翌年度）'],
];

const sokuho: Holdout2Workbook = {
  name: 'h141-t-suii-sokuho',
  layout:
    '年度別推移（評価対象年度：令和３年度）: 目標値／実績値 rows per 平成30年度…令和4年度（9月末現在）, the later column filled, ％ stored as fractions under 0.0%, 「21（速報値）」',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [30, 6, 8, 11, 11, 11, 11, 13, 34]);
    merge(ws, 1, 1, 1, 9, '生活困窮者自立支援・就労支援の年度別推移（行政評価資料）');
    put(ws, 2, 1, ['評価対象年度：令和３年度']);
    put(ws, 4, 1, ['指標', '単位', '区分', ...YEARS, '備考']);
    SUII.forEach(([name, unit, targets, actuals, fraction, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 2, r + 1, 2, unit);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      if (fraction) for (let c = 4; c <= 8; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = '0.0%';
      merge(ws, r, 9, r + 1, 9, note);
    });
    wrap(ws, 4, 1, 4 + SUII.length * 2, 9);
    box(ws, 4, 1, 4 + SUII.length * 2, 9);
  },
  expected: {
    file: 'h141-t-suii-sokuho.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(S_SHEET, '新規相談件数', '件', 760, 1106),
      ind(S_SHEET, 'プラン作成率', '％', 30, 21.3),
      ind(S_SHEET, '就労支援対象者の就労・増収率', '％', 55, 46),
      ind(S_SHEET, '就労による保護廃止世帯数', '世帯', 40, 21, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [ruikei, mojiMokuhyo, sokuho];
