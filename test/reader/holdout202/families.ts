/** Hold-out 202, the four known families as a 災害時要配慮者・個別避難計画・福祉避難所 office writes them. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- A: 基本施策評価シート, blocks stacked down the sheet
const A_SHEET = '2-3';
interface ABlock {
  no: string;
  name: string;
  desc: string;
  unit: string;
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}
const A_BLOCKS: ABlock[] = [
  {
    no: '成果指標①',
    name: '個別避難計画の作成件数（累計）',
    desc: '避難行動要支援者のうち、個別避難計画を作成した人数の累計（年度末現在）',
    unit: '件',
    actuals: [320, 610, 905, null, null],
    expects: ['－', 600, 900, 1200, 1500],
    note: '福祉専門職への作成委託を拡大',
  },
  {
    no: '成果指標②',
    name: '福祉避難所の指定数',
    desc: '災害対策基本法施行令に基づき指定した福祉避難所の数（年度末現在）',
    unit: 'か所',
    actuals: [17, 20, 22, null, null],
    expects: ['－', 20, 24, 26, 28],
    note: '社会福祉法人2法人と協議継続中',
  },
  {
    no: '成果指標③',
    name: '要配慮者利用施設の避難確保計画作成率',
    desc: '浸水想定区域・土砂災害警戒区域内の要配慮者利用施設のうち避難確保計画を作成した施設の割合',
    unit: '％',
    actuals: [73.9, 80.8, 84.2, null, null],
    expects: ['－', 85, 90, 95, 100],
    note: '',
  },
  {
    no: '成果指標④',
    name: '平常時からの名簿情報提供に同意した要支援者の割合',
    desc: '避難行動要支援者名簿登載者のうち、避難支援等関係者への平常時からの名簿情報提供に同意した人の割合',
    unit: '％',
    actuals: [44.6, 48.0, 51.3, null, null],
    expects: ['－', 60, 65, 70, 75],
    note: '未回答者への再通知を実施',
  },
  {
    no: '成果指標⑤',
    name: '福祉避難所開設・運営訓練の実施回数',
    desc: '福祉避難所の開設・運営訓練（施設と合同で行うもの）の年間実施回数',
    unit: '回',
    actuals: [1, 2, 3, null, null],
    expects: ['－', '－', '－', '－', 6],
    note: '期待値は最終年度（R8）のみ設定',
  },
];

function buildA(wb: Workbook): void {
  const ws = wb.addWorksheet(A_SHEET);
  widths(ws, [16, 11, 11, 11, 11, 11, 26]);
  merge(ws, 1, 1, 1, 7, '第２次総合計画　令和７年度基本施策事後評価シート　（評価対象期間：令和６年度）');
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 7, '２　誰もが安心して暮らせる災害に強いまちづくり');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 7, '２－３　災害時要配慮者の避難支援体制の充実');
  put(ws, 5, 1, ['担当部等']);
  merge(ws, 5, 2, 5, 7, '危機管理課・福祉政策課・障がい福祉課・長寿介護課');
  merge(ws, 6, 1, 7, 2, '施策の達成状況\n（A～D）');
  merge(ws, 6, 3, 7, 4);
  put(ws, 6, 5, ['（B）']);
  merge(ws, 6, 6, 7, 7, '※（　）内は前年度評価\nA順調 B概ね順調 Cやや遅れている D遅れている');
  box(ws, 3, 1, 7, 7);
  let r = 9;
  for (const b of A_BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 4, b.name);
    put(ws, r, 5, ['単位', b.unit, '目指す方向：↑']);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 7, b.desc);
    put(ws, r + 2, 1, ['年度', 'R4\n（現状値）', 'R5', 'R6', 'R7', 'R8', '備考']);
    put(ws, r + 3, 1, ['実績値', ...b.actuals.map((v) => v ?? undefined)]);
    put(ws, r + 4, 1, ['期待値\n※R8は目標値', ...b.expects]);
    merge(ws, r + 3, 7, r + 4, 7, b.note || undefined);
    wrap(ws, r + 2, 1, r + 4, 7);
    box(ws, r, 1, r + 4, 7);
    r += 6;
  }
  merge(ws, r, 1, r, 7, '内部要因：個別避難計画は福祉専門職への委託により作成が進んだが、名簿情報提供の同意率は伸び悩んでいる。');
  merge(ws, r + 1, 1, r + 1, 7, '今後の方向性：同意未回答者への戸別訪問と、福祉避難所への直接避難の事前調整を進める。');
}

const aInds: ExpectedIndicator[] = [
  ind(A_SHEET, '個別避難計画の作成件数（累計）', '件', 900, 905),
  ind(A_SHEET, '福祉避難所の指定数', 'か所', 24, 22),
  ind(A_SHEET, '要配慮者利用施設の避難確保計画作成率', '％', 90, 84.2),
  ind(A_SHEET, '平常時からの名簿情報提供に同意した要支援者の割合', '％', 65, 51.3),
  { ...ind(A_SHEET, '福祉避難所開設・運営訓練の実施回数', '回', 6, 3), targetSource: 'final' },
];

// ---------------------------------------------------------------- B: 事業実績 (資料2), targets and actuals as text
const B_SHEET = '資料2';
function buildB(wb: Workbook): void {
  const ws = wb.addWorksheet(B_SHEET);
  widths(ws, [5, 40, 18, 20, 20, 8, 30, 12]);
  merge(ws, 1, 1, 1, 8, '令和５年度　避難行動要支援者支援関連事業　実績一覧');
  put(ws, 2, 8, ['資料２']);
  put(ws, 3, 1, ['No.', '推進事業', '令和４年度\n実績値', '令和５年度\n数値目標', '令和５年度\n実績値', '自己\n評価', '成果・課題', '今後の\n方向性']);
  const rows: (string | number)[][] = [
    [
      1,
      '(1)-①\n避難行動要支援者名簿整備事業\n【概要】住民基本台帳・障がい者手帳情報等により名簿を作成・更新する。',
      '名簿更新回数 2回',
      '名簿更新回数 2回',
      '名簿更新回数 2回',
      'A',
      '年2回（6月・12月）更新を実施',
      '継続',
    ],
    [
      2,
      '(1)-②\n個別避難計画作成支援事業\n【概要】ケアマネジャー・相談支援専門員に作成を委託し、優先度の高い要支援者から計画を作成する。',
      '作成件数 262件',
      '作成件数 300件',
      '作成件数 285件',
      'A',
      '委託単価を見直し、受託事業所が増加した',
      '拡充',
    ],
    [
      3,
      '(2)-①\n福祉避難所設置運営訓練事業\n【概要】指定福祉避難所と合同で開設・受入訓練を行う。',
      '訓練実施 1回',
      '訓練実施 3回',
      '未実施',
      'D',
      '施設側の感染症対応のため延期',
      '見直し',
    ],
    [
      4,
      '(2)-②\n要配慮者支援研修事業\n【概要】避難支援等関係者向けに要配慮者の特性と支援方法の研修を行う。',
      '民生委員:98人\n自主防災組織:52人',
      '民生委員:120人\n自主防災組織:80人',
      '民生委員:104人\n自主防災組織:45人',
      'B',
      '自主防災組織の参加が伸びなかった',
      '継続',
    ],
    [
      5,
      '(3)-①\n要配慮者向け防災ガイドブック作成配布事業\n【概要】やさしい日本語・点字版を含むガイドブックを作成し配布する。',
      '配布部数 4,210部',
      '配布部数 5,000部',
      '配布部数 5,320部',
      'A',
      '外国語版（英・中・越）を追加',
      '継続',
    ],
    [
      6,
      '(3)-②\n福祉避難所備蓄物資整備事業\n【概要】福祉避難所に簡易ベッド・間仕切り・介護用品等を配備する。',
      '整備施設数 4か所',
      '整備施設数 10か所',
      '整備施設数 7か所',
      'B',
      '物価高騰により一部を翌年度へ',
      '継続',
    ],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  wrap(ws, 3, 1, 9, 8);
  box(ws, 3, 1, 9, 8);
  put(ws, 11, 1, ['※自己評価　A：目標達成　B：概ね達成　C：一部達成　D：未達成・未実施']);
}

const bInds: ExpectedIndicator[] = [
  ind(B_SHEET, '避難行動要支援者名簿整備事業', '回', 2, 2, { existing: 'A' }),
  ind(B_SHEET, '個別避難計画作成支援事業', '件', 300, 285, { existing: 'A' }),
  ind(B_SHEET, '福祉避難所設置運営訓練事業', '回', 3, null, { actualStatus: 'not-implemented', existing: 'D' }),
  {
    sheet: B_SHEET,
    name: '要配慮者支援研修事業',
    unit: '人',
    measures: [
      { label: '民生委員', target: 120, actual: 104, unit: '人' },
      { label: '自主防災組織', target: 80, actual: 45, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'D',
  },
  ind(B_SHEET, '要配慮者向け防災ガイドブック作成配布事業', '部', 5000, 5320, { existing: 'A' }),
  ind(B_SHEET, '福祉避難所備蓄物資整備事業', 'か所', 10, 7, { existing: 'B' }),
];

// ---------------------------------------------------------------- C: KPI 目標値/実績値 rows × 年月末 columns
const C_SHEET = 'KPI';
interface CKpi {
  name: string;
  unit: string;
  targets: (number | string)[];
  actuals: (number | null)[];
  note: string;
}
const C_KPIS: CKpi[] = [
  { name: '個別避難計画作成済者数', unit: '人', targets: [600, 1000, 1400, 1800], actuals: [640, 980, 1315, null], note: '' },
  { name: '福祉避難所協定締結施設数', unit: '施設', targets: [18, 21, 24, 27], actuals: [19, 22, 25, null], note: '' },
  { name: '名簿情報の平常時提供同意率', unit: '%', targets: [45, 50, 55, 60], actuals: [46.2, 48.9, 50.4, null], note: '' },
  { name: '要配慮者利用施設の避難訓練実施率', unit: '%', targets: [70, 80, 90, 100], actuals: [62.0, 71.5, 78.3, null], note: '' },
  {
    name: '要配慮者向け防災出前講座参加者数',
    unit: '人',
    targets: ['-', 300, 400, 500],
    actuals: [210, 340, 268, null],
    note: '講座回数減（講師派遣調整のため）',
  },
  { name: '福祉避難所の受入可能人数', unit: '人', targets: ['-', '-', '-', 2000], actuals: [1210, 1350, 1480, null], note: '目標は最終年度のみ' },
];
const fmt = (v: number | string | null, unit: string): string | undefined =>
  v === null ? undefined : typeof v === 'string' ? v : `${v.toLocaleString('en-US')} ${unit}`;

function buildC(wb: Workbook): void {
  const ws = wb.addWorksheet(C_SHEET);
  widths(ws, [34, 9, 15, 15, 15, 15, 28]);
  put(ws, 1, 1, ['地域防災計画（要配慮者支援分野）重要業績評価指標（KPI）の進捗状況']);
  put(ws, 2, 1, ['令和６年度評価（令和７年３月末時点）']);
  put(ws, 4, 1, ['KPI', '区分', '令和5年3月末', '令和6年3月末', '令和7年3月末', '令和8年3月末', '備考']);
  let r = 5;
  for (const k of C_KPIS) {
    merge(ws, r, 1, r + 1, 1, k.name);
    put(ws, r, 2, ['目標値', ...k.targets.map((v) => fmt(v, k.unit))]);
    put(ws, r + 1, 2, ['実績値', ...k.actuals.map((v) => fmt(v, k.unit))]);
    merge(ws, r, 7, r + 1, 7, k.note || undefined);
    r += 2;
  }
  box(ws, 4, 1, r - 1, 7);
  put(ws, r + 1, 1, ['※令和8年3月末の実績値は令和8年度評価で記載']);
}

const cInds: ExpectedIndicator[] = [
  ind(C_SHEET, '個別避難計画作成済者数', '人', 1400, 1315),
  ind(C_SHEET, '福祉避難所協定締結施設数', '施設', 24, 25),
  ind(C_SHEET, '名簿情報の平常時提供同意率', '%', 55, 50.4),
  ind(C_SHEET, '要配慮者利用施設の避難訓練実施率', '%', 90, 78.3),
  ind(C_SHEET, '要配慮者向け防災出前講座参加者数', '人', 400, 268),
  ind(C_SHEET, '福祉避難所の受入可能人数', '人', null, 1480),
];

// ---------------------------------------------------------------- D: 点検評価一覧 (資料3): 現況 with its year, 目標（R8）, 実績
const D_SHEET = '資料3';
function buildD(wb: Workbook): void {
  const ws = wb.addWorksheet(D_SHEET);
  widths(ws, [5, 30, 36, 8, 8, 14, 12, 14, 26]);
  merge(ws, 1, 1, 1, 9, '第２次避難行動要支援者支援計画（令和４年度～令和８年度）　点検評価一覧（令和６年度実績）');
  put(ws, 2, 9, ['資料３']);
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す\n方向', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
  const rows: (string | number)[][] = [
    [
      1,
      '個別避難計画作成率（優先度の高い避難行動要支援者）',
      '優先度が高いと判定した要支援者のうち、個別避難計画を作成した人の割合',
      '％',
      '増加',
      '18.5\n（令和3年度）',
      100,
      '72.4\n（令和6年度）',
      '避難行動要支援者台帳システム',
    ],
    [2, '福祉避難所指定数', '指定福祉避難所の数', 'か所', '増加', '14\n（令和3年度）', 30, '26\n（令和6年度）', '危機管理課調べ'],
    [
      3,
      '福祉避難所への直接避難の事前調整人数',
      '福祉避難所へ直接避難するための受入調整を終えた要配慮者の人数',
      '人',
      '増加',
      '0\n（令和3年度）',
      500,
      '120\n（令和6年度）',
      '福祉政策課調べ',
    ],
    [
      4,
      '要配慮者利用施設の避難確保計画作成率',
      '浸水想定区域等の要配慮者利用施設のうち計画を作成した施設の割合',
      '％',
      '増加',
      '76.0\n（令和3年度）',
      100,
      '100\n（令和6年度）',
      '危機管理課調べ',
    ],
    [
      5,
      '避難に不安を感じる要配慮者の割合',
      '要配慮者アンケートで「避難に不安がある」と回答した人の割合（減少を目指す）',
      '％',
      '減少',
      '48.2\n（令和3年度）',
      35.0,
      '39.6\n（令和6年度）',
      '要配慮者意識調査（隔年）',
    ],
    [
      6,
      '個別避難計画作成研修の受講者数（累計）',
      '福祉専門職向け個別避難計画作成研修の受講者数の累計',
      '人',
      '増加',
      '0\n（令和3年度）',
      400,
      '集計中',
      '長寿介護課調べ',
    ],
  ];
  rows.forEach((row, i) => put(ws, 4 + i, 1, row));
  wrap(ws, 3, 1, 9, 9);
  box(ws, 3, 1, 9, 9);
}

const dInd = (name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator => ({
  ...ind(D_SHEET, name, unit, target, actual, more),
  targetSource: 'final',
});
const dInds: ExpectedIndicator[] = [
  dInd('個別避難計画作成率（優先度の高い避難行動要支援者）', '％', 100, 72.4),
  dInd('福祉避難所指定数', 'か所', 30, 26),
  dInd('福祉避難所への直接避難の事前調整人数', '人', 500, 120),
  dInd('要配慮者利用施設の避難確保計画作成率', '％', 100, 100),
  dInd('避難に不安を感じる要配慮者の割合', '％', 35, 39.6, { direction: 'down' }),
  dInd('個別避難計画作成研修の受講者数（累計）', '人', 400, null, { actualStatus: 'pending' }),
];

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [
  {
    name: 'h202-kobetsu-policy-blocks',
    layout: 'A: 基本施策評価シート, five indicator blocks stacked, R4 現状値..R8, 期待値 row (※R8は目標値), one indicator with only the final 期待値',
    build: buildA,
    expected: {
      file: 'h202-kobetsu-policy-blocks.xlsx',
      fiscalYear: 2024,
      indicators: aInds,
      groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(aInds.map((i) => i.grade)) }],
    },
  },
  {
    name: 'h202-hinan-jigyo-results',
    layout: 'B: 事業実績 (資料2), code/name/概要 in one cell, targets and actuals as text, two measures in one cell, 未実施',
    build: buildB,
    expected: { file: 'h202-hinan-jigyo-results.xlsx', fiscalYear: 2023, indicators: bInds, groups: [] },
  },
  {
    name: 'h202-bosai-kpi-periods',
    layout: 'C: KPI 目標値/実績値 rows × 令和N年3月末 columns, values with units, "-" targets, next period empty',
    build: buildC,
    expected: { file: 'h202-bosai-kpi-periods.xlsx', fiscalYear: 2024, indicators: cInds, groups: [] },
  },
  {
    name: 'h202-shien-plan-indicators',
    layout: 'D: 点検評価一覧 (資料3), 現況 with its year in the cell, 目標（R8）, 実績 with its year, 目指す方向 column, 集計中',
    build: buildD,
    expected: { file: 'h202-shien-plan-indicators.xlsx', fiscalYear: 2024, indicators: dInds, groups: [] },
  },
];
