/**
 * Hold-out 133, the four families as 斎場・墓地・環境衛生・動物愛護 offices write them: a 施策評価シート of 令和４年度 with tiled
 * indicator blocks (R2 現状値 … R7 目標値, 期待値／実績値 rows, 目指す方向, a 集計中), a 令和５年度 事業実績 table with text figures
 * (two measures in one cell, one 未実施), a 動物愛護管理推進計画 KPI table to 令和５年３月末 (目標値／実績値 rows, 「180 頭」), and a
 * 斎場・墓地基本計画 成果指標 table with 現況（令和元年度）, 目標（R7） and 実績（令和6年度）.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- A: 施策評価シート (令和４年度)

const A_SHEET = '5-3';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  way: string;
  actuals: (number | string | null)[];
  expects: (number | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: '犬・猫の殺処分数',
    desc: '動物愛護センターで殺処分した犬・猫の頭数（負傷・病気による安楽死を含む）',
    unit: '頭',
    way: '↓（減少）',
    actuals: [72, 58, 46, null, null, null],
    expects: [null, 50, 40, 30, 20, 10],
    note: '譲渡ボランティアとの連携により減少傾向',
  },
  {
    no: '指標②',
    name: '狂犬病予防注射接種率',
    desc: '登録犬のうち当該年度に狂犬病予防注射を接種した犬の割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [68.4, 70.1, 71.2, null, null, null],
    expects: [null, 72.0, 75.0, 77.0, 78.5, 80.0],
    note: '集合注射会場を２会場増設',
  },
  {
    no: '指標③',
    name: '斎場利用者満足度',
    desc: '斎場利用者アンケートで「満足」「やや満足」と回答した割合',
    unit: '％',
    way: '↑（増加）',
    actuals: [81.0, 83.5, '集計中', null, null, null],
    expects: [null, 83.0, 85.0, 86.0, 88.0, 90.0],
    note: 'アンケートは翌年度６月に集計',
  },
  {
    no: '指標④',
    name: '市営墓地返還区画の再貸付数',
    desc: '返還された市営墓地区画のうち、当該年度に再貸付を行った区画数',
    unit: '区画',
    way: '↑（増加）',
    actuals: [18, 25, 34, null, null, null],
    expects: [null, 25, 30, 35, 40, 45],
    note: '公募を年２回に拡大',
  },
];

function aBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [b.no]);
  merge(ws, r, c + 1, r, c + 6, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.desc);
  put(ws, r + 2, c, ['単位', b.unit, '目指す方向']);
  merge(ws, r + 2, c + 3, r + 2, c + 6, b.way);
  put(ws, r + 3, c, ['年度', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['', '（現状値）', '', '', '', '', '（目標値）']);
  put(ws, r + 5, c, ['実績値', ...b.actuals]);
  put(ws, r + 6, c, ['期待値\n※R7は目標値', ...b.expects]);
  put(ws, r + 7, c, ['備考']);
  merge(ws, r + 7, c + 1, r + 7, c + 6, b.note);
  wrap(ws, r + 6, c, r + 6, c);
  box(ws, r, c, r + 7, c + 6);
}

const A_IND: ExpectedIndicator[] = [
  ind(A_SHEET, '犬・猫の殺処分数', '頭', 40, 46, { direction: 'down' }),
  ind(A_SHEET, '狂犬病予防注射接種率', '％', 75.0, 71.2),
  ind(A_SHEET, '斎場利用者満足度', '％', 85.0, null, { actualStatus: 'pending' }),
  ind(A_SHEET, '市営墓地返還区画の再貸付数', '区画', 30, 34),
];

const policySheet: Holdout2Workbook = {
  name: 'h133-a-seikatsu-eisei-sheet',
  layout:
    '施策評価シート 令和４年度: four indicator blocks tiled two across, R2（現状値）…R7（目標値）, 目指す方向 ↓（減少）, a 集計中, empty 達成状況評価 beside 「（B）」',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 3, 14, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 15, '基本施策事後評価シート　　評価対象期間：令和４年度');
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 7, '5 安全で快適に暮らせるまち');
    put(ws, 2, 9, ['担当部等']);
    merge(ws, 2, 10, 2, 15, '市民環境部（生活衛生課・斎場管理事務所）');
    put(ws, 3, 1, ['基本施策']);
    merge(ws, 3, 2, 3, 15, '5-3 快適な生活環境の保全（斎場・墓地・動物愛護）');
    put(ws, 4, 1, ['施策の目的']);
    merge(ws, 4, 2, 4, 15, '斎場・墓地の適正な管理運営と、人と動物が共生できる衛生的な生活環境を確保します。');
    put(ws, 5, 1, ['達成状況評価', null, '（B）']);
    put(ws, 5, 4, ['※（　）は前年度評価　A 順調／B 概ね順調／C やや遅れている／D 遅れている']);
    box(ws, 2, 1, 5, 3);
    put(ws, 7, 1, ['成果指標']);
    aBlock(ws, 8, 1, A_BLOCKS[0]);
    aBlock(ws, 8, 9, A_BLOCKS[1]);
    aBlock(ws, 17, 1, A_BLOCKS[2]);
    aBlock(ws, 17, 9, A_BLOCKS[3]);
    put(ws, 26, 1, ['達成状況分析']);
    merge(
      ws,
      26,
      2,
      28,
      15,
      '・殺処分数は期待値に届かなかったが、譲渡の推進により前年度から12頭減少した。\n・再貸付数は公募回数の拡大により期待値を上回った。',
    );
  },
  expected: {
    file: 'h133-a-seikatsu-eisei-sheet.xlsx',
    fiscalYear: 2022,
    indicators: A_IND,
    groups: [{ sheet: A_SHEET, cell: 'B5', grade: rollUp(A_IND.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------- B: 事業実績 (令和５年度)

const B_SHEET = '事業実績';

const bMeasures: ExpectedIndicator = {
  sheet: B_SHEET,
  name: '狂犬病予防集合注射事業',
  measures: [
    { label: '会場数', target: 45, actual: 45, unit: '会場' },
    { label: '接種頭数', target: 3200, actual: 2480, unit: '頭' },
  ],
  direction: 'up',
  existing: 'B',
  grade: 'C', // 2,480 ÷ 3,200 = 77.5 %
};

const projectTable: Holdout2Workbook = {
  name: 'h133-b-kankyo-eisei-jigyo',
  layout: '事業実績 令和５年度: one row per 推進事業, R4年度実績, 自己評価, 数値目標／実績値 as text (「助成頭数 300頭」), two measures in one cell, a 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 24, 34, 18, 8, 22, 22, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　生活衛生課所管事業　実績報告');
    put(ws, 2, 8, ['（資料２）']);
    put(ws, 3, 1, ['No.', '推進事業', '事業概要', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '地域猫活動支援事業',
        '地域猫活動団体が行う飼い主のいない猫の不妊去勢手術費を助成する。',
        '助成頭数 254頭',
        'B',
        '助成頭数 300頭',
        '助成頭数 276頭',
        '拡充',
      ],
      [
        2,
        '動物愛護フェスティバル開催事業',
        '動物愛護週間にあわせ、譲渡会・しつけ教室等を開催する。',
        '来場者数 1,340人',
        'A',
        '来場者数 1,500人',
        '来場者数 1,820人',
        '継続',
      ],
      [
        3,
        '斎場火葬炉改修事業',
        '老朽化した火葬炉を計画的に改修する。',
        '改修炉数 1基',
        'C',
        '改修炉数 2基',
        '未実施\n（資材調達遅延により令和６年度に延期）',
        '継続',
      ],
      [
        4,
        '狂犬病予防集合注射事業',
        '４月～６月に市内各地区で狂犬病予防集合注射を実施する。',
        '会場数 43会場\n接種頭数 2,615頭',
        'B',
        '会場数 45会場\n接種頭数 3,200頭',
        '会場数 45会場\n接種頭数 2,480頭',
        '見直し',
      ],
      [
        5,
        'ハチ・衛生害虫相談事業',
        '市民からのハチの巣・衛生害虫に関する相談に対応し、駆除業者を紹介する。',
        '相談対応件数 468件',
        'A',
        '相談対応件数 400件',
        '相談対応件数 523件',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※自己評価　A：目標達成　B：概ね達成（80％以上）　C：やや遅れ（60％以上）　D：遅れ']);
  },
  expected: {
    file: 'h133-b-kankyo-eisei-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '地域猫活動支援事業', '頭', 300, 276, { existing: 'B' }),
      ind(B_SHEET, '動物愛護フェスティバル開催事業', '人', 1500, 1820, { existing: 'A' }),
      ind(B_SHEET, '斎場火葬炉改修事業', '基', 2, null, { actualStatus: 'not-implemented', existing: 'C' }),
      bMeasures,
      ind(B_SHEET, 'ハチ・衛生害虫相談事業', '件', 400, 523, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI 表 (令和５年３月末)

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h133-c-kpi-dobutsu-aigo',
  layout:
    '動物愛護管理推進計画 KPI: 目標値／実績値 rows per KPI, 令和3年3月末…令和7年3月末 columns, 「180 頭」 in the cells, 目標の方向 column, evaluation at 令和5年3月末',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 10, 13, 13, 13, 13, 13]);
    merge(ws, 1, 1, 1, 8, '第２次動物愛護管理推進計画　重要業績評価指標（ＫＰＩ）の進捗状況（令和５年３月末現在）');
    put(ws, 3, 1, ['ＫＰＩ', '区分', '目標の方向', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    const kpis: [string, string, (string | null)[], (string | null)[]][] = [
      ['犬猫の譲渡数', '増加', ['150 頭', '165 頭', '180 頭', '195 頭', '210 頭'], ['141 頭', '172 頭', '204 頭', null, null]],
      ['動物愛護センターにおける犬猫の引取り数', '減少', ['420 頭', '385 頭', '350 頭', '315 頭', '280 頭'], ['433 頭', '401 頭', '388 頭', null, null]],
      ['動物愛護講習会の参加者数', '増加', ['300 人', '350 人', '400 人', '450 人', '500 人'], ['212 人', '338 人', '415 人', null, null]],
      ['飼い主のいない猫の不妊去勢手術数', '増加', ['200 頭', '225 頭', '250 頭', '275 頭', '300 頭'], ['188 頭', '160 頭', '171 頭', null, null]],
    ];
    kpis.forEach(([name, way, t, a], i) => {
      const r = 4 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 3, r + 1, 3, way);
      put(ws, r, 2, ['目標値']);
      put(ws, r + 1, 2, ['実績値']);
      put(ws, r, 4, t);
      put(ws, r + 1, 4, a);
    });
    box(ws, 3, 1, 11, 8);
    put(ws, 13, 1, ['※実績値は各年３月末時点の年度実績（動物愛護センター集計）']);
  },
  expected: {
    file: 'h133-c-kpi-dobutsu-aigo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, '犬猫の譲渡数', '頭', 180, 204),
      ind(C_SHEET, '動物愛護センターにおける犬猫の引取り数', '頭', 350, 388, { direction: 'down' }),
      ind(C_SHEET, '動物愛護講習会の参加者数', '人', 400, 415),
      ind(C_SHEET, '飼い主のいない猫の不妊去勢手術数', '頭', 250, 171),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: 計画指標 (令和６年度実績)

const D_SHEET = '成果指標';

const dInd = (name: string, unit: string, target: number, actual: number, direction: 'up' | 'down' = 'up'): ExpectedIndicator => ({
  ...ind(D_SHEET, name, unit, target, actual, { direction }),
  targetSource: 'final',
});

const planIndicators: Holdout2Workbook = {
  name: 'h133-d-saijo-bochi-keikaku',
  layout: '斎場・墓地基本計画 成果指標: 指標, 指標の説明, 現況 「1,240⏎（令和元年度）」, 目標（R7）, 実績 「48⏎（令和6年度）」, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 40, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 8, '第２次斎場・墓地基本計画　成果指標の点検評価（令和６年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '市営墓地返還区画の再貸付件数', '返還された区画を公募により再貸付した年間件数', '件', '22\n（令和元年度）', 60, '48\n（令和6年度）', '墓地管理台帳'],
      [
        2,
        '火葬待ち日数の平均',
        '死亡届受理から火葬までの待ち日数の年間平均。短縮（減少）を目指す。',
        '日',
        '3.1\n（令和元年度）',
        2.0,
        '2.4\n（令和6年度）',
        '斎場予約システム',
      ],
      [
        3,
        '合葬式墓地の利用申込件数',
        '合葬式墓地（令和３年度供用開始）への年間利用申込件数',
        '件',
        '－\n（令和元年度）',
        200,
        '236\n（令和6年度）',
        '申込受付簿',
      ],
      [4, '墓地使用料の収納率', '墓地管理料の調定額に対する収納額の割合', '％', '96.8\n（令和元年度）', 98.0, '98.6\n（令和6年度）', '収納管理システム'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 7, 8);
    box(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h133-d-saijo-bochi-keikaku.xlsx',
    fiscalYear: 2024,
    indicators: [
      dInd('市営墓地返還区画の再貸付件数', '件', 60, 48),
      dInd('火葬待ち日数の平均', '日', 2.0, 2.4, 'down'),
      dInd('合葬式墓地の利用申込件数', '件', 200, 236),
      dInd('墓地使用料の収納率', '％', 98.0, 98.6),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
