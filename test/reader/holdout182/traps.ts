/**
 * Hold-out set 182, three traps: a 工賃向上計画 指標の推移 of 令和３年度…令和６年度（９月末現在） each 目標｜実績 with the R6 half-year
 * figures already filled, the evaluated year (令和５年度) only in a note, ％ stored as fractions; a ノウフク推進プラン 進捗管理表 whose
 * targets are 累計 while a 単年度 row sits above each 累計 row (令和４年度); a 障害者就労支援 成果指標評価表 (令和６年度) with a target
 * 「設定なし」, 備考 holding other figures (「（参考）R5実績：1,386件」「県平均 17,032円」), 集計中, 「－」 and ○△× whose legend
 * bands are not the default scale's.
 */
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';

// ---------------------------------------------------------------------------------------------------------------------------
// 9. 指標の推移: 令和3年度…令和6年度（9月末現在） each 目標｜実績, R6 already partly filled; the evaluated year in a note; ％ as fractions.

interface Trend {
  name: string;
  unit: string;
  fmt: string;
  targets: number[];
  actuals: number[];
}

const TRENDS: Trend[] = [
  { name: '就労継続支援Ｂ型の平均工賃月額', unit: '円', fmt: '#,##0', targets: [16000, 16500, 17000, 17500], actuals: [15980, 16210, 16890, 17210] },
  { name: '目標工賃を達成した事業所の割合', unit: '％', fmt: '0.0%', targets: [0.4, 0.45, 0.5, 0.55], actuals: [0.385, 0.417, 0.455, 0.6] },
  { name: '就労継続支援Ｂ型の平均工賃時間額', unit: '円', fmt: '#,##0', targets: [240, 250, 260, 270], actuals: [236, 248, 271, 279] },
  { name: '工賃向上計画を作成した事業所の割合', unit: '％', fmt: '0.0%', targets: [0.9, 0.95, 1, 1], actuals: [0.846, 0.885, 0.923, 0.96] },
  { name: '共同受注窓口を通じた受注額', unit: '千円', fmt: '#,##0', targets: [9000, 9500, 10000, 11000], actuals: [8310, 9870, 8420, 4150] },
  { name: '農福連携による作業受託件数', unit: '件', fmt: '#,##0', targets: [20, 25, 30, 35], actuals: [18, 21, 17, 22] },
];

const TREND_FACTS: ExpectedIndicator[] = [
  ind('推移', '就労継続支援Ｂ型の平均工賃月額', '円', 17000, 16890),
  ind('推移', '目標工賃を達成した事業所の割合', '％', 50, 45.5),
  ind('推移', '就労継続支援Ｂ型の平均工賃時間額', '円', 260, 271),
  ind('推移', '工賃向上計画を作成した事業所の割合', '％', 100, 92.3),
  ind('推移', '共同受注窓口を通じた受注額', '千円', 10000, 8420),
  ind('推移', '農福連携による作業受託件数', '件', 30, 17),
];

const suii: Holdout2Workbook = {
  name: 'h182-trap-kochin-r6',
  layout:
    '工賃向上計画 指標の推移: 令和3年度｜令和4年度｜令和5年度｜令和6年度（9月末現在） each 目標｜実績, the R6 actuals already filled (higher than R5 for some), the evaluated year 令和５年度 only in a note under the table, two ％ indicators stored as fractions under 0.0%',
  build(wb) {
    const ws = wb.addWorksheet('推移');
    widths(ws, [5, 34, 7, 10, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 11, '第４期工賃向上計画　指標の推移');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    ['令和3年度', '令和4年度', '令和5年度', '令和6年度\n（9月末現在）'].forEach((y, i) => {
      merge(ws, 3, 4 + i * 2, 3, 5 + i * 2, y);
      put(ws, 4, 4 + i * 2, ['目標', '実績']);
    });
    TRENDS.forEach((t, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, t.name, t.unit, ...t.targets.flatMap((x, j) => [x, t.actuals[j]])]);
      for (let c = 4; c <= 11; c++) ws.getCell(r, c).numFmt = t.fmt;
    });
    const end = 4 + TRENDS.length;
    ws.getRow(3).height = 32;
    wrap(ws, 3, 1, 4, 11);
    box(ws, 3, 1, end, 11);
    merge(ws, end + 2, 1, end + 2, 11, '※本表により令和５年度の達成状況を評価する（工賃向上計画推進会議 令和６年11月）。令和６年度は9月末現在の数値。');
    merge(ws, end + 3, 1, end + 3, 11, '※受注額は年度の累計、事業所の割合は年度末時点。');
  },
  expected: { file: 'h182-trap-kochin-r6.xlsx', fiscalYear: 2023, indicators: TREND_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 10. 進捗管理表: each 指標 a 単年度 row (実績 only, 目標 「－」) above a 累計 row (目標 and 実績); one 指標 with 単年度 targets only.

interface Row {
  name: string;
  unit: string;
  /** 単年度 targets per 年度 R3…R6, or null when the target is 累計. */
  single: (number | null)[];
  singleActual: (number | null)[];
  /** 累計 targets R3…R6 and 累計 actuals R3, R4; absent when there is no 累計 row. */
  cum?: { targets: number[]; actuals: number[] };
}

const ROWS: Row[] = [
  {
    name: '農福連携による障害者の新規就労者数',
    unit: '人',
    single: [null, null, null, null],
    singleActual: [12, 9, null, null],
    cum: { targets: [10, 25, 40, 55], actuals: [12, 21] },
  },
  {
    name: '農業に参入した障害福祉サービス事業所数',
    unit: '事業所',
    single: [null, null, null, null],
    singleActual: [3, 2, null, null],
    cum: { targets: [3, 6, 9, 12], actuals: [3, 5] },
  },
  { name: '施設外就労（農作業）の受入農家数', unit: '戸', single: [20, 24, 28, 32], singleActual: [22, 25, null, null] },
  {
    name: '農福連携研修会の受講者数',
    unit: '人',
    single: [null, null, null, null],
    singleActual: [35, 28, null, null],
    cum: { targets: [40, 80, 120, 160], actuals: [35, 63] },
  },
];

const dash = (v: number | null | undefined): number | string => (v === null || v === undefined ? '－' : v);

const ruikei: Holdout2Workbook = {
  name: 'h182-trap-nofuku-ruikei',
  layout:
    'ノウフク推進プラン 進捗管理表 (令和４年度末): R3｜R4｜R5｜R6 each 目標｜実績, each 指標 merged over a 単年度 row (実績 only, 目標 「－」) and a 累計 row carrying the plan targets, one 指標 with 単年度 targets and no 累計 row; R5 and R6 実績 blank',
  build(wb) {
    const ws = wb.addWorksheet('進捗管理表');
    widths(ws, [5, 32, 8, 8, 9, 9, 9, 9, 9, 9, 9, 9, 24]);
    merge(ws, 1, 1, 1, 13, 'ノウフク推進プラン（令和３年度～令和６年度）　進捗管理表（令和４年度末現在）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '区分');
    ['R3', 'R4', 'R5', 'R6'].forEach((y, i) => {
      merge(ws, 3, 5 + i * 2, 3, 6 + i * 2, y);
      put(ws, 4, 5 + i * 2, ['目標', '実績']);
    });
    merge(ws, 3, 13, 4, 13, '備考');
    let r = 5;
    ROWS.forEach((x, i) => {
      const span = x.cum ? 2 : 1;
      merge(ws, r, 1, r + span - 1, 1, i + 1);
      merge(ws, r, 2, r + span - 1, 2, x.name);
      merge(ws, r, 3, r + span - 1, 3, x.unit);
      put(ws, r, 4, ['単年度', ...[0, 1, 2, 3].flatMap((j) => [dash(x.single[j]), x.singleActual[j] ?? undefined])]);
      if (x.cum) {
        const cum = x.cum;
        put(ws, r + 1, 4, ['累計', ...[0, 1, 2, 3].flatMap((j) => [cum.targets[j], cum.actuals[j]])]);
        merge(ws, r, 13, r + 1, 13, '目標はプラン期間の累計');
      }
      r += span;
    });
    wrap(ws, 3, 1, r - 1, 13);
    box(ws, 3, 1, r - 1, 13);
    merge(ws, r + 1, 1, r + 1, 13, '※達成状況は令和４年度の目標（累計の指標は累計目標）に対する実績で判断する。');
  },
  expected: {
    file: 'h182-trap-nofuku-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('進捗管理表', '農福連携による障害者の新規就労者数', '人', 25, 21),
      ind('進捗管理表', '農業に参入した障害福祉サービス事業所数', '事業所', 6, 5),
      ind('進捗管理表', '施設外就労（農作業）の受入農家数', '戸', 24, 25),
      ind('進捗管理表', '農福連携研修会の受講者数', '人', 80, 63),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 11. 成果指標評価表: a 「設定なし」 target, 備考 with other figures, 集計中, 「－」, ○△× with a non-default legend.

interface Eval {
  name: string;
  unit: string;
  base: number | string;
  target: number | string;
  actual: number | string;
  mark: string;
  note?: string;
}

const EVALS: Eval[] = [
  { name: '障害者就業・生活支援センターの相談件数', unit: '件', base: 1240, target: 1400, actual: 1452, mark: '○', note: '（参考）R5実績：1,386件' },
  { name: 'ハローワークを通じた障害者の就職件数', unit: '件', base: 142, target: '設定なし', actual: 151, mark: '－', note: '状況把握指標（R5：147件）' },
  { name: '市内民間企業の障害者実雇用率', unit: '％', base: 2.21, target: 2.5, actual: 2.38, mark: '△', note: '法定雇用率 2.5％（令和6年4月～）' },
  { name: '就労継続支援Ｂ型の平均工賃月額', unit: '円', base: 16210, target: 17500, actual: '集計中', mark: '－', note: '県平均 17,032円（R5）' },
  { name: '障害者雇用促進奨励金の交付件数', unit: '件', base: 26, target: 30, actual: 18, mark: '×', note: '予算 30件分' },
  { name: '就職後６か月の職場定着率', unit: '％', base: 81.0, target: 80.0, actual: '－', mark: '－', note: '令和６年度は調査未実施' },
  { name: '障害者雇用セミナーの参加企業数', unit: '社', base: 35, target: 40, actual: 44, mark: '○' },
];

const S = '評価表';
const EVAL_FACTS: ExpectedIndicator[] = [
  ind(S, '障害者就業・生活支援センターの相談件数', '件', 1400, 1452, { existing: '○' }),
  { ...ind(S, 'ハローワークを通じた障害者の就職件数', '件', null, 151), grade: null },
  ind(S, '市内民間企業の障害者実雇用率', '％', 2.5, 2.38, { existing: '△' }),
  { ...ind(S, '就労継続支援Ｂ型の平均工賃月額', '円', 17500, null, { actualStatus: 'pending' }), grade: null },
  ind(S, '障害者雇用促進奨励金の交付件数', '件', 30, 18, { existing: '×' }),
  { ...ind(S, '就職後６か月の職場定着率', '％', 80.0, null, { actualStatus: 'not-applicable' }), grade: null },
  ind(S, '障害者雇用セミナーの参加企業数', '社', 40, 44, { existing: '○' }),
];

const hyoka: Holdout2Workbook = {
  name: 'h182-trap-hyoka-biko',
  layout:
    "障害者就労支援 成果指標評価表 (令和６年度): 基準値（R4）｜R6目標｜R6実績｜評価｜備考, a target 「設定なし」, 備考 with other years' and other bodies' figures (「（参考）R5実績：1,386件」「県平均 17,032円（R5）」「法定雇用率 2.5％」), 集計中, 「－」, ○△× with bands alone (○ 達成, △ 80％以上, × 80％未満)",
  build(wb) {
    const ws = wb.addWorksheet(S);
    widths(ws, [5, 36, 6, 12, 11, 11, 7, 32]);
    merge(ws, 1, 1, 1, 8, '令和６年度　障害者就労支援　成果指標評価表');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['商工労政課・障がい福祉課']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '基準値\n（R4）', 'R6目標', 'R6実績', '評価', '備考']);
    EVALS.forEach((e, i) => {
      put(ws, 4 + i, 1, [i + 1, e.name, e.unit, e.base, e.target, e.actual, e.mark, e.note]);
      for (let c = 4; c <= 6; c++) ws.getCell(4 + i, c).numFmt = e.unit === '％' ? '0.00' : '#,##0';
    });
    const end = 3 + EVALS.length;
    wrap(ws, 3, 1, end, 8);
    box(ws, 3, 1, end, 8);
    merge(ws, end + 2, 1, end + 2, 8, '評価　○：目標値以上　△：目標値の80％以上　×：目標値の80％未満　－：評価対象外');
  },
  expected: { file: 'h182-trap-hyoka-biko.xlsx', fiscalYear: 2024, indicators: EVAL_FACTS, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [suii, ruikei, hyoka];
