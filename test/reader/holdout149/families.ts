/**
 * Hold-out 149, the four families as offices of 感染症対策・予防接種・健康危機管理 write them: a 施策評価シート with tiled
 * indicator blocks (R2（現状値）…R7（目標値）, 期待値 rows, 目指す方向), a 事業実績 of 予防接種・感染症対策 projects with text
 * figures, a KPI table with 目標値／実績値 rows per 3月末 and ○×, and a 感染症予防計画 点検評価一覧 with years in the cells.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | null | undefined;

// ---------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, evaluation period 令和４年度 (2022), four blocks tiled two across.

const A_SHEET = '3-2';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  actuals: Cell[];
  expected: Cell[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '麻しん風しん混合ワクチン（第１期）接種率',
    description: '１歳児のうち麻しん風しん混合ワクチン（第１期）を接種した人の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [94.2, 93.6, 93.1, null, null, null],
    expected: ['－', 95.0, 95.0, 95.0, 95.0, 95.0],
    note: '国の目標値（95％以上）に合わせて設定',
  },
  {
    no: '指標②',
    name: '高齢者インフルエンザ予防接種率',
    description: '65歳以上の定期接種対象者のうち接種した人の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [58.9, 54.1, 57.8, null, null, null],
    expected: ['－', 52.0, 55.0, 57.0, 58.0, 60.0],
    note: '',
  },
  {
    no: '指標③',
    name: '結核新規登録患者数',
    description: '市内在住者で新たに結核患者として登録された人数（暦年）',
    unit: '人',
    way: '↓（減少）',
    actuals: [11, 9, 10, null, null, null],
    expected: ['－', 10, 9, 8, 7, 6],
    note: '県保健所の結核登録者情報による',
  },
  {
    no: '指標④',
    name: '感染症予防出前講座の参加者数',
    description: '地区公民館・事業所等で実施した出前講座の延べ参加者数',
    unit: '人',
    way: '↑（増加）',
    actuals: [120, 260, 412, null, null, null],
    expected: ['－', 300, 600, 700, 800, 900],
    note: 'R4は集団感染防止のため定員を半数に制限',
  },
];

function aBlock(ws: Worksheet, top: number, left: number, b: Block): void {
  put(ws, top, left, [b.no]);
  merge(ws, top, left + 1, top, left + 6, b.name);
  put(ws, top + 1, left, ['指標の説明']);
  merge(ws, top + 1, left + 1, top + 1, left + 6, b.description);
  put(ws, top + 2, left, ['単位', b.unit, undefined, '目指す方向']);
  merge(ws, top + 2, left + 4, top + 2, left + 6, b.way);
  put(ws, top + 3, left, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
  put(ws, top + 4, left, ['実績値', ...b.actuals]);
  put(ws, top + 5, left, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, top + 6, left, ['備考']);
  merge(ws, top + 6, left + 1, top + 6, left + 6, b.note || undefined);
  wrap(ws, top + 3, left, top + 5, left + 6);
  box(ws, top, left, top + 6, left + 6);
}

const aPolicy: Holdout2Workbook = {
  name: 'r4-kansensho-shisaku-hyoka',
  layout: 'A: 施策評価シート (評価対象期間：令和４年度), four indicator blocks two across with 期待値 rows and 目指す方向 ↓（減少）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 12, 9, 9, 9, 9, 9, 10, 3, 12, 9, 9, 9, 9, 9, 10]);
    merge(ws, 1, 2, 1, 16, '第２次○○市総合計画　令和５年度施策評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 9, '３　健康で安心して暮らせるまち');
    put(ws, 3, 10, ['担当部等']);
    merge(ws, 3, 11, 3, 16, '保健福祉部（健康づくり課・感染症対策室）');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 9, '3-2　感染症対策と健康危機管理体制の充実');
    put(ws, 4, 10, ['関連計画']);
    merge(ws, 4, 11, 4, 16, '○○市感染症予防計画・新型インフルエンザ等対策行動計画');
    merge(ws, 5, 2, 6, 2, '達成状況\n評　　価');
    merge(ws, 5, 3, 6, 4);
    merge(ws, 5, 5, 6, 5, '（B）');
    merge(ws, 5, 6, 6, 9, '※（　）内は前年度の評価\nA 順調　B 概ね順調　C やや遅れている　D 遅れている');
    box(ws, 3, 2, 6, 16);
    put(ws, 8, 2, ['成果指標']);
    aBlock(ws, 9, 2, A_BLOCKS[0]);
    aBlock(ws, 9, 10, A_BLOCKS[1]);
    aBlock(ws, 17, 2, A_BLOCKS[2]);
    aBlock(ws, 17, 10, A_BLOCKS[3]);
    put(ws, 25, 2, ['達成状況分析']);
    merge(ws, 26, 2, 28, 16, '・定期接種の接種率は概ね期待値に近い水準で推移している。\n・出前講座は定員制限により参加者数が期待値を下回った。');
  },
  expected: {
    file: 'r4-kansensho-shisaku-hyoka.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, '麻しん風しん混合ワクチン（第１期）接種率', '％', 95, 93.1),
      ind(A_SHEET, '高齢者インフルエンザ予防接種率', '％', 55, 57.8),
      ind(A_SHEET, '結核新規登録患者数', '人', 9, 10, { direction: 'down' }),
      ind(A_SHEET, '感染症予防出前講座の参加者数', '人', 600, 412),
    ],
    groups: [{ sheet: A_SHEET, cell: 'C5', grade: rollUp(['B', 'A', 'B', 'C']) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 事業実績, 令和６年度 (2024): text figures, two measures in one cell, 未実施, full-width digits.

const B_SHEET = '事業実績';

const B_ROWS: Cell[][] = [
  [
    1,
    '①-1　定期予防接種事業\n（概要）予防接種法に基づく定期予防接種を実施し、対象者へ個別通知を行う。',
    '個別通知 11,820件',
    '個別通知 12,000件',
    '個別通知 11,460件',
    'A',
    '継続',
  ],
  [
    2,
    '①-2　HPVワクチンキャッチアップ接種勧奨事業\n（概要）積極的勧奨の差控えにより接種機会を逃した女性へ接種を勧奨する。',
    '接種者 540人',
    '接種者 800人',
    '接種者 612人',
    'B',
    '拡充',
  ],
  [
    3,
    '②-1　感染症予防啓発事業\n（概要）手洗い・咳エチケット等の出前講座を実施する。',
    '出前講座 16回\n参加者 402人',
    '出前講座 20回\n参加者 500人',
    '出前講座：18回\n参加者：530人',
    'B',
    '継続',
  ],
  [
    4,
    '③-1　健康危機管理訓練事業\n（概要）新型インフルエンザ等の発生を想定した関係機関合同訓練を実施する。',
    '訓練 1回',
    '訓練 2回',
    '未実施\n（県との合同訓練が次年度に延期）',
    'D',
    '見直し',
  ],
  [
    5,
    '①-3　帯状疱疹ワクチン接種費用助成事業\n（概要）50歳以上の市民の帯状疱疹ワクチン接種費用の一部を助成する。',
    '助成件数 430件',
    '助成件数 1,500件',
    '助成件数 １，６２８件',
    'A',
    '継続',
  ],
  [
    6,
    '②-2　結核患者服薬支援（DOTS）事業\n（概要）結核患者の服薬を保健師が確認・支援し、治療完遂を図る。',
    '支援対象者 12人',
    '支援対象者 15人',
    '支援対象者 14人',
    'A',
    '継続',
  ],
];

const bProjects: Holdout2Workbook = {
  name: 'r6-yobosesshu-jigyo-jisseki',
  layout: 'B: 事業実績 of 予防接種・感染症対策 projects, text figures 「個別通知 11,460件」, two measures in one cell, 未実施, full-width digits',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 46, 18, 18, 22, 10, 12]);
    merge(ws, 1, 1, 1, 7, '健康危機管理推進事業　令和６年度実績一覧');
    put(ws, 2, 6, ['健康づくり課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '今後の方向性']);
    B_ROWS.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + B_ROWS.length, 7);
    box(ws, 3, 1, 3 + B_ROWS.length, 7);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや未達成　D：未達成・未実施']);
  },
  expected: {
    file: 'r6-yobosesshu-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(B_SHEET, '定期予防接種事業', '件', 12000, 11460, { existing: 'A' }),
      ind(B_SHEET, 'HPVワクチンキャッチアップ接種勧奨事業', '人', 800, 612, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: '感染症予防啓発事業',
        measures: [
          { label: '出前講座', target: 20, actual: 18, unit: '回' },
          { label: '参加者', target: 500, actual: 530, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '健康危機管理訓練事業', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '帯状疱疹ワクチン接種費用助成事業', '件', 1500, 1628, { existing: 'A' }),
      ind(B_SHEET, '結核患者服薬支援（DOTS）事業', '人', 15, 14, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: KPI × 3月末, 令和６年３月末時点 (fiscal 2023): values with units, "-" where no target, ○× 達成状況.

const C_SHEET = 'KPI';

const C_KPIS: { name: string; base: string; targets: string[]; actuals: string[]; mark: string }[] = [
  {
    name: '医療・介護施設職員向け感染症対策研修の受講者数',
    base: '152 人\n（R2）',
    targets: ['200 人', '250 人', '300 人', '350 人'],
    actuals: ['236 人', '241 人', '284 人', ''],
    mark: '×',
  },
  {
    name: '個人防護具（PPE）の備蓄数',
    base: '1,800 セット\n（R2）',
    targets: ['3,000 セット', '4,000 セット', '5,000 セット', '6,000 セット'],
    actuals: ['3,150 セット', '4,080 セット', '5,200 セット', ''],
    mark: '○',
  },
  {
    name: '健康危機管理訓練の実施回数',
    base: '1 回\n（R2）',
    targets: ['2 回', '2 回', '2 回', '2 回'],
    actuals: ['0 回', '1 回', '1 回', ''],
    mark: '×',
  },
  {
    name: '帯状疱疹ワクチン接種費用助成件数',
    base: '-',
    targets: ['-', '-', '-', '1,500 件'],
    actuals: ['-', '-', '430 件', ''],
    mark: '－',
  },
];

const cKpi: Holdout2Workbook = {
  name: 'r5-kenkokiki-kpi',
  layout: 'C: 総合戦略 KPI × 令和4年3月末…令和7年3月末 with 目標値／実績値 rows, values 「284 人」, "-" targets, ○× 達成状況',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [14, 34, 12, 8, 13, 13, 13, 13, 10]);
    merge(ws, 1, 1, 1, 9, '第２期○○市まち・ひと・しごと創生総合戦略　KPI進捗状況（令和６年３月末時点）');
    put(ws, 2, 1, ['基本目標４　安心して暮らせるまちをつくる（健康危機管理分野）']);
    put(ws, 3, 1, ['具体的施策', 'KPI', '基準値', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '達成状況']);
    C_KPIS.forEach((k, i) => {
      const r = 4 + i * 2;
      if (i === 0) merge(ws, r, 1, r + C_KPIS.length * 2 - 1, 1, '(1) 感染症に強い地域体制の整備');
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.base);
      put(ws, r, 4, ['目標値', ...k.targets]);
      put(ws, r + 1, 4, ['実績値', ...k.actuals.map((a) => a || undefined)]);
      merge(ws, r, 9, r + 1, 9, k.mark);
    });
    wrap(ws, 3, 1, 11, 9);
    box(ws, 3, 1, 11, 9);
    put(ws, 12, 1, ['※達成状況　○：令和6年3月末の目標値を達成　×：未達成　－：目標値なし（令和6年1月事業開始）']);
  },
  expected: {
    file: 'r5-kenkokiki-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '医療・介護施設職員向け感染症対策研修の受講者数', '人', 300, 284),
      ind(C_SHEET, '個人防護具（PPE）の備蓄数', 'セット', 5000, 5200),
      ind(C_SHEET, '健康危機管理訓練の実施回数', '回', 2, 1),
      ind(C_SHEET, '帯状疱疹ワクチン接種費用助成件数', '件', null, 430),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 感染症予防計画 点検評価一覧 (令和６年度実績, fiscal 2024): 現況 with its year, 目標（R9）, 実績 with its year, 目標の方向.

const D_SHEET = '計画の指標';

const D_ROWS: Cell[][] = [
  [
    1,
    '定期予防接種（Ａ類疾病）の平均接種率',
    'Ａ類疾病の定期予防接種の種類ごとの接種率の平均',
    '％',
    '増加',
    '92.4\n（令和4年度）',
    95,
    '93.8\n（令和6年度）',
    '予防接種台帳',
  ],
  [
    2,
    '結核健診（胸部エックス線検査）受診者数',
    '65歳以上の市民の結核健診受診者数',
    '人',
    '増加',
    '3,412\n（令和4年度）',
    3800,
    '3,905\n（令和6年度）',
    '健診実績報告',
  ],
  [
    3,
    '手洗い・咳エチケットを実践している市民の割合',
    '市民意識調査で「いつも実践している」と回答した人の割合',
    '％',
    '増加',
    '71.3\n（令和4年度）',
    80,
    '集計中',
    '市民意識調査（毎年11月）',
  ],
  [4, '食中毒・感染症の集団発生件数', '社会福祉施設・学校等での集団発生の報告件数', '件', '減少', '12\n（令和4年度）', 8, '9\n（令和6年度）', '保健所発生報告'],
  [
    5,
    '感染症対応の協定締結医療機関数',
    '新興感染症発生時の病床確保等の協定を締結した医療機関数',
    '機関',
    '増加',
    '3\n（令和5年度）',
    20,
    '11\n（令和6年度）',
    '県協定締結状況',
  ],
];

const dPlan: Holdout2Workbook = {
  name: 'r6-kansen-yobo-keikaku-tenken',
  layout: 'D: 感染症予防計画 点検評価一覧 with 現況「92.4⏎（令和4年度）」, 目標（R9）, 実績 with its year, 目標の方向 増加／減少, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [6, 34, 36, 7, 9, 14, 10, 14, 20]);
    merge(ws, 1, 1, 1, 9, '○○市感染症予防計画（令和6年度～令和9年度）　点検評価一覧（令和６年度実績）');
    put(ws, 3, 1, ['番号', '指標', '指標の説明', '単位', '目標の方向', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    D_ROWS.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + D_ROWS.length, 9);
    box(ws, 3, 1, 3 + D_ROWS.length, 9);
  },
  expected: {
    file: 'r6-kansen-yobo-keikaku-tenken.xlsx',
    fiscalYear: 2024,
    indicators: [
      { ...ind(D_SHEET, '定期予防接種（Ａ類疾病）の平均接種率', '％', 95, 93.8), targetSource: 'final' },
      { ...ind(D_SHEET, '結核健診（胸部エックス線検査）受診者数', '人', 3800, 3905), targetSource: 'final' },
      { ...ind(D_SHEET, '手洗い・咳エチケットを実践している市民の割合', '％', 80, null, { actualStatus: 'pending' }), targetSource: 'final' },
      { ...ind(D_SHEET, '食中毒・感染症の集団発生件数', '件', 8, 9, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '感染症対応の協定締結医療機関数', '機関', 20, 11), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [aPolicy, bProjects, cKpi, dPlan];
