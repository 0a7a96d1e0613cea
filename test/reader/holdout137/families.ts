/** Hold-out 137, the four families as 市立病院・地域医療 offices write them (公立病院経営強化プラン・病院事業・地域医療). */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  down?: boolean;
  actuals: (string | number | null)[];
  expects: (string | number | null)[];
  note?: string;
}

/** A 基本施策 sheet: header rows, the 施策の達成状況 cell (B6) beside last year's grade, then stacked indicator blocks R3…R7. */
function policySheet(ws: Worksheet, policy: string, basic: string, lastYear: string, blocks: Block[]): void {
  widths(ws, [14, 14, 12, 12, 12, 12, 14, 26]);
  merge(ws, 1, 1, 1, 8, '令和４年度　基本施策評価シート（市立病院・地域医療）');
  put(ws, 2, 1, ['評価対象期間：令和４年度（令和４年４月１日～令和５年３月３１日）']);
  put(ws, 3, 1, ['基本方針']);
  merge(ws, 3, 2, 3, 8, '２　誰もが安心して医療を受けられるまち');
  put(ws, 4, 1, ['基本施策']);
  merge(ws, 4, 2, 4, 5, policy);
  put(ws, 4, 6, ['担当部等']);
  merge(ws, 4, 7, 4, 8, '市立病院事務局 経営企画課');
  put(ws, 5, 1, ['施策の概要']);
  merge(ws, 5, 2, 5, 8, basic);
  put(ws, 6, 1, ['施策の達成状況']);
  put(ws, 6, 3, [lastYear, '※（　）内は前年度評価']);
  box(ws, 3, 1, 6, 8);
  let r = 8;
  for (const b of blocks) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 4, b.name);
    put(ws, r, 5, ['単位', b.unit, '目指す方向', b.down ? '↓（減少）' : '↑（増加）']);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.desc);
    put(ws, r + 2, 1, ['区分', 'R3（現状値）', 'R4', 'R5', 'R6', 'R7（目標値）', undefined, '備考']);
    put(ws, r + 3, 1, ['実績値', ...b.actuals]);
    put(ws, r + 4, 1, ['期待値\n※R7は目標値', ...b.expects]);
    if (b.note) merge(ws, r + 3, 8, r + 4, 8, b.note);
    wrap(ws, r + 4, 1, r + 4, 1);
    box(ws, r, 1, r + 4, 8);
    r += 6;
  }
}

const A_SHEET1 = '施策2-1';
const A_SHEET2 = '施策2-2';
const A_IND1: ExpectedIndicator[] = [
  ind(A_SHEET1, '病床利用率（一般病床）', '％', 75, 72.4),
  ind(A_SHEET1, '救急車受入件数', '件', 1800, 1842),
  ind(A_SHEET1, '平均在院日数', '日', 14, 14.8, { direction: 'down' }),
  ind(A_SHEET1, '紹介率', '％', 60, null, { actualStatus: 'pending' }),
];
const A_IND2: ExpectedIndicator[] = [
  ind(A_SHEET2, '経常収支比率', '％', 100, 101.2),
  ind(A_SHEET2, '医業収支比率', '％', 92, 88.6),
  ind(A_SHEET2, '職員給与費対医業収益比率', '％', 58, 62.1, { direction: 'down' }),
];

const FAMILY_A: Holdout2Workbook = {
  name: 'h137-A-byoin-shisaku-sheet',
  layout:
    'A: two 基本施策 sheets of stacked indicator blocks (R3（現状値）…R7（目標値）, 実績値／期待値 rows), 目指す方向 ↓（減少）, a 集計中 and empty 達成状況 cells beside 「（B）」',
  build(wb) {
    policySheet(
      wb.addWorksheet(A_SHEET1),
      '2-1　地域医療体制の充実',
      '市立病院を地域の中核病院として、救急医療と急性期医療を担い、地域の医療機関との連携を進める。',
      '（B）',
      [
        {
          no: '指標①',
          name: '病床利用率（一般病床）',
          desc: '一般病床の年延入院患者数÷（病床数×年間日数）',
          unit: '％',
          actuals: [70.8, 72.4, null, null, null],
          expects: ['－', 75.0, 77.0, 79.0, 80.0],
        },
        {
          no: '指標②',
          name: '救急車受入件数',
          desc: '市立病院が受け入れた救急車の年間件数',
          unit: '件',
          actuals: [1716, 1842, null, null, null],
          expects: ['－', 1800, 1850, 1900, 1950],
        },
        {
          no: '指標③',
          name: '平均在院日数',
          desc: '一般病床の平均在院日数（退院患者ベース）',
          unit: '日',
          down: true,
          actuals: [15.3, 14.8, null, null, null],
          expects: ['－', 14.0, 13.8, 13.6, 13.5],
        },
        {
          no: '指標④',
          name: '紹介率',
          desc: '紹介患者数÷初診患者数（地域医療支援病院の算定式）',
          unit: '％',
          actuals: [55.2, '集計中', null, null, null],
          expects: ['－', 60.0, 62.0, 64.0, 65.0],
          note: 'R4実績は厚生局への業務報告後に確定',
        },
      ],
    );
    policySheet(
      wb.addWorksheet(A_SHEET2),
      '2-2　病院事業の経営健全化',
      '公立病院経営強化プランに基づき、収益の確保と費用の適正化により持続可能な病院経営を行う。',
      '（C）',
      [
        {
          no: '指標①',
          name: '経常収支比率',
          desc: '経常収益÷経常費用×100',
          unit: '％',
          actuals: [98.7, 101.2, null, null, null],
          expects: ['－', 100.0, 100.0, 100.5, 101.0],
        },
        {
          no: '指標②',
          name: '医業収支比率',
          desc: '医業収益÷医業費用×100',
          unit: '％',
          actuals: [86.9, 88.6, null, null, null],
          expects: ['－', 92.0, 93.0, 94.0, 95.0],
        },
        {
          no: '指標③',
          name: '職員給与費対医業収益比率',
          desc: '職員給与費÷医業収益×100（低いほど良い）',
          unit: '％',
          down: true,
          actuals: [63.5, 62.1, null, null, null],
          expects: ['－', 58.0, 57.0, 56.0, 55.0],
        },
      ],
    );
  },
  expected: {
    file: 'h137-A-byoin-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A_IND1, ...A_IND2],
    groups: [
      { sheet: A_SHEET1, cell: 'B6', grade: rollUp(A_IND1.map((i) => i.grade)) },
      { sheet: A_SHEET2, cell: 'B6', grade: rollUp(A_IND2.map((i) => i.grade)) },
    ],
  },
};

const B_SHEET = '事業実績';
const FAMILY_B: Holdout2Workbook = {
  name: 'h137-B-chiiki-iryo-jigyo',
  layout: 'B: 令和３年度 地域医療 推進事業 実績 with code／name／概要 in one cell, text figures 「修学資金貸与者数 ８人」, two measures in one cell, a 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 22, 10, 24, 24, 30]);
    merge(ws, 1, 1, 1, 7, '令和３年度　地域医療推進計画　推進事業の実績（病院事業・地域医療課）');
    put(ws, 3, 1, ['No.', '推進事業', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '今後の方向性・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1 医師確保対策事業\n医学生に修学資金を貸与し、市立病院への勤務を条件に返還を免除する。',
        '修学資金貸与者数 ５人',
        'B',
        '修学資金貸与者数 ８人',
        '修学資金貸与者数 ６人',
        '継続：県の地域枠との併用を周知',
      ],
      [
        2,
        '1-2 訪問看護ステーション運営事業\n在宅療養者への訪問看護を行う。',
        '訪問看護延べ件数 4,630件',
        'A',
        '訪問看護延べ件数 4,800件',
        '訪問看護延べ件数 5,112件',
        '拡充',
      ],
      [
        3,
        '1-3 地域医療連携推進事業\n地域の診療所との紹介・逆紹介を進める。',
        '紹介患者数 3,405人\n逆紹介患者数 4,020人',
        'B',
        '紹介患者数 3,600人\n逆紹介患者数 4,200人',
        '紹介患者数 3,310人\n逆紹介患者数 4,390人',
        '継続',
      ],
      [
        4,
        '1-4 病院ボランティア育成事業\n外来案内等を担うボランティアを育成する。',
        '登録者数 31人',
        'D',
        'ボランティア登録者数 40人',
        '未実施',
        '新型コロナウイルス感染症対策のため受入れを休止',
      ],
      [5, '2-1 病院経営改善推進事業\n職員向けの経営改善研修会を開催する。', '経営改善研修会 ４回', 'A', '経営改善研修会 ６回', '経営改善研修会 ７回', '継続'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 8, 7);
    box(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h137-B-chiiki-iryo-jigyo.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '医師確保対策事業', '人', 8, 6, { existing: 'B' }),
      ind(B_SHEET, '訪問看護ステーション運営事業', '件', 4800, 5112, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '地域医療連携推進事業',
        measures: [
          { label: '紹介患者数', target: 3600, actual: 3310, unit: '人' },
          { label: '逆紹介患者数', target: 4200, actual: 4390, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '病院ボランティア育成事業', '人', 40, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(B_SHEET, '病院経営改善推進事業', '回', 6, 7, { existing: 'A' }),
    ],
    groups: [],
  },
};

const C_SHEET = 'KPI';
const FAMILY_C: Holdout2Workbook = {
  name: 'h137-C-chiiki-iryo-kpi',
  layout: 'C: 地域医療構想 KPI table, 目標値／実績値 rows per 令和3年度…令和6年度 column, values 「420 人」「18 か所」, 「-」 where no target, R6 only targets',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [36, 10, 14, 14, 14, 14, 14, 20]);
    put(ws, 1, 1, ['地域医療の確保に関する重要業績評価指標（KPI）の達成状況　（令和５年度評価）']);
    put(ws, 3, 1, ['KPI', '区分', '基準値（R2）', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['在宅医療を受ける患者数（月平均）', ['380 人', '395 人', '420 人', '440 人'], ['352 人', '371 人', '398 人', ''], '在宅医療圏の調査'],
      ['訪問診療を実施する医療機関数', ['15 か所', '16 か所', '18 か所', '20 か所'], ['15 か所', '17 か所', '18 か所', ''], ''],
      ['休日夜間急患センター受診者数', ['-', '-', '-', '-'], ['4,870 人', '5,020 人', '5,210 人', ''], '目標設定なし（実績把握のみ）'],
      ['地域医療連携ネットワーク登録患者数', ['8,000 人', '10,000 人', '12,000 人', '14,000 人'], ['7,420 人', '8,810 人', '9,870 人', ''], ''],
      ['市立病院の看護職員数', ['300 人', '305 人', '310 人', '315 人'], ['291 人', '294 人', '296 人', ''], '各年度4月1日現在'],
    ];
    const base = ['338 人', '14 か所', '4,512 人', '6,105 人', '288 人'];
    let r = 4;
    kpis.forEach(([name, targets, actuals, note], i) => {
      merge(ws, r, 1, r + 1, 1, name);
      merge(ws, r, 3, r + 1, 3, base[i]);
      put(ws, r, 2, ['目標値']);
      put(ws, r, 4, targets);
      put(ws, r + 1, 2, ['実績値']);
      put(
        ws,
        r + 1,
        4,
        actuals.map((a) => a || undefined),
      );
      merge(ws, r, 8, r + 1, 8, note || undefined);
      r += 2;
    });
    box(ws, 3, 1, r - 1, 8);
  },
  expected: {
    file: 'h137-C-chiiki-iryo-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '在宅医療を受ける患者数（月平均）', '人', 420, 398),
      ind(C_SHEET, '訪問診療を実施する医療機関数', 'か所', 18, 18),
      ind(C_SHEET, '休日夜間急患センター受診者数', '人', null, 5210),
      ind(C_SHEET, '地域医療連携ネットワーク登録患者数', '人', 12000, 9870),
      ind(C_SHEET, '市立病院の看護職員数', '人', 310, 296),
    ],
    groups: [],
  },
};

const D_SHEET = '点検評価一覧';
const dFinal = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const FAMILY_D: Holdout2Workbook = {
  name: 'h137-D-kyoka-plan-shihyo',
  layout: 'D: 経営強化プラン 点検評価一覧, 現況（計画策定時） 「68.2⏎（令和3年度）」, 目標（R9）, 実績 with its year (令和6年度), 単位 column, 現状把握の方法',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 26, 30, 8, 16, 12, 16, 22]);
    merge(ws, 1, 1, 1, 8, '○○市立病院経営強化プラン　点検評価一覧（令和６年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [1, '病床利用率', '一般病床の年延入院患者数÷年延病床数', '％', '68.2\n（令和3年度）', 80.0, '74.6\n（令和6年度）', '病院事業決算'],
      [2, '経常収支比率', '経常収益÷経常費用×100', '％', '98.1\n（令和3年度）', 100.0, '100.4\n（令和6年度）', '地方公営企業決算状況調査'],
      [
        3,
        '修正医業収支比率',
        '（医業収益－他会計負担金等）÷医業費用×100',
        '％',
        '82.5\n（令和3年度）',
        90.0,
        '84.0\n（令和6年度）',
        '地方公営企業決算状況調査',
      ],
      [4, '1日平均外来患者数', '年延外来患者数÷診療日数', '人', '412\n（令和3年度）', 430, '395\n（令和6年度）', '病院事業月報'],
      [5, '後発医薬品使用割合', '数量ベース', '％', '85.3\n（令和3年度）', 90.0, '92.1\n（令和6年度）', '薬剤部集計'],
      [6, '常勤医師数', '各年度4月1日現在の常勤医師数', '人', '42\n（令和4年4月1日）', 48, '43\n（令和6年4月1日）', '人事課調べ'],
    ];
    rows.forEach((row, i) => put(ws, 4 + i, 1, row));
    wrap(ws, 3, 1, 9, 8);
    box(ws, 3, 1, 9, 8);
  },
  expected: {
    file: 'h137-D-kyoka-plan-shihyo.xlsx',
    fiscalYear: 2024,
    indicators: [
      dFinal(ind(D_SHEET, '病床利用率', '％', 80, 74.6)),
      dFinal(ind(D_SHEET, '経常収支比率', '％', 100, 100.4)),
      dFinal(ind(D_SHEET, '修正医業収支比率', '％', 90, 84)),
      dFinal(ind(D_SHEET, '1日平均外来患者数', '人', 430, 395)),
      dFinal(ind(D_SHEET, '後発医薬品使用割合', '％', 90, 92.1)),
      dFinal(ind(D_SHEET, '常勤医師数', '人', 48, 43)),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [FAMILY_A, FAMILY_B, FAMILY_C, FAMILY_D];
