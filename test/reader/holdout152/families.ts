/**
 * Hold-out 152, the four families as 特別支援教育・障害児支援・医療的ケア児 offices write them: a 施策評価シート with two 施策 on
 * two sheets (tiled indicator blocks R2（現状値）…R7, 実績値／期待値 rows, 令和４年度 evaluated), a 令和３年度 事業実績 table with
 * text figures and two measures in one cell, a 障がい児福祉計画 KPI table with 目標値／実績値 rows per 3月末 and a 集計中, and a
 * 点検評価一覧 of plan indicators with 現況／目標（R8）／実績 and years in the cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { gradeOf, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------- A: 施策評価シート, tiled blocks

interface BlockA {
  no: string;
  name: string;
  desc: string;
  unit: string;
  /** 実績値 R2, R3, R4 (R5… not yet). */
  actuals: number[];
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expects: number[];
  note: string;
}

function blockA(ws: Worksheet, r: number, c: number, b: BlockA): void {
  put(ws, r, c, [`指標${b.no}`]);
  merge(ws, r, c + 1, r, c + 6, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 6, b.desc);
  put(ws, r + 2, c, ['単位', b.unit]);
  put(ws, r + 3, c, ['年度', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r + 4, c, ['実績値', ...b.actuals]);
  put(ws, r + 5, c, ['期待値\n※R7は目標値', undefined, ...b.expects]);
  put(ws, r + 6, c, ['備考']);
  merge(ws, r + 6, c + 1, r + 6, c + 6, b.note || undefined);
  box(ws, r, c, r + 6, c + 6);
  wrap(ws, r + 3, c, r + 5, c + 6);
  ws.getRow(r + 1).height = 30;
  ws.getRow(r + 5).height = 30;
}

interface SheetA {
  sheet: string;
  basic: string;
  policy: string;
  dept: string;
  last: string;
  blocks: BlockA[];
}

function policySheet(wb: Workbook, s: SheetA): void {
  const ws = wb.addWorksheet(s.sheet);
  widths(ws, [2, 12, 9, 9, 9, 9, 9, 9, 3, 12, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 2, 1, 16, '○○市総合計画 後期基本計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）');
  put(ws, 3, 2, ['基本方針']);
  merge(ws, 3, 3, 3, 9, s.basic);
  put(ws, 4, 2, ['基本施策']);
  merge(ws, 4, 3, 4, 9, s.policy);
  put(ws, 5, 2, ['担当部等']);
  merge(ws, 5, 3, 5, 9, s.dept);
  merge(ws, 3, 10, 5, 11, '達成状況\n評　　価');
  merge(ws, 3, 12, 5, 13);
  put(ws, 3, 14, ['前年度']);
  merge(ws, 4, 14, 5, 14, s.last);
  put(ws, 6, 10, ['A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  box(ws, 3, 2, 5, 14);
  put(ws, 7, 2, ['成果指標']);
  s.blocks.forEach((b, i) => blockA(ws, 8 + Math.floor(i / 2) * 8, i % 2 === 0 ? 2 : 10, b));
  const end = 8 + Math.ceil(s.blocks.length / 2) * 8;
  put(ws, end, 2, ['達成状況分析（対象：R4）']);
  merge(ws, end + 1, 2, end + 3, 16, '・期待値を上回った指標がある一方、研修受講者数等は期待値を下回っている。');
  put(ws, end + 4, 2, ['今後の方向性']);
  merge(ws, end + 5, 2, end + 6, 16, '・関係機関と連携し、切れ目のない支援体制の構築を進める。');
}

const A1_BLOCKS: BlockA[] = [
  {
    no: '①',
    name: '通級指導教室の設置校数',
    desc: '市立小中学校のうち通級指導教室（自校通級）を設置している学校数',
    unit: '校',
    actuals: [9, 11, 13],
    expects: [10, 12, 13, 14, 15],
    note: 'R4に中学校2校へ新設',
  },
  {
    no: '②',
    name: '特別支援教育支援員の配置人数',
    desc: '小中学校に配置した特別支援教育支援員（会計年度任用職員）の人数（5月1日現在）',
    unit: '人',
    actuals: [72, 76, 78],
    expects: [80, 85, 90, 95, 100],
    note: '応募者が少なく配置が期待値に届かなかった',
  },
  {
    no: '③',
    name: '個別の教育支援計画の作成率',
    desc: '特別支援学級・通級指導教室に在籍する児童生徒のうち個別の教育支援計画を作成した割合',
    unit: '％',
    actuals: [84.5, 88.1, 91.2],
    expects: [90.0, 95.0, 97.0, 99.0, 100.0],
    note: '',
  },
  {
    no: '④',
    name: '特別支援教育に関する教職員研修の受講者数',
    desc: '教育研究所が実施する特別支援教育研修講座の延べ受講者数',
    unit: '人',
    actuals: [188, 214, 236],
    expects: [350, 400, 420, 440, 450],
    note: 'R4は一部講座を動画配信に切り替えたため、視聴者数は含まない',
  },
];

const A2_BLOCKS: BlockA[] = [
  {
    no: '①',
    name: '児童発達支援事業所の利用児童数',
    desc: '市内の児童発達支援事業所を利用した実児童数（年度末）',
    unit: '人',
    actuals: [138, 152, 171],
    expects: [150, 160, 170, 180, 190],
    note: '',
  },
  {
    no: '②',
    name: '医療的ケア児等コーディネーターの配置数',
    desc: '医療的ケア児等コーディネーター養成研修を修了し、相談支援事業所等に配置された人数',
    unit: '人',
    actuals: [0, 1, 2],
    expects: [2, 4, 5, 6, 6],
    note: '県の養成研修の定員が少なく受講できなかった者がいる',
  },
  {
    no: '③',
    name: '保育所等訪問支援の利用件数',
    desc: '保育所等訪問支援の年間延べ利用件数',
    unit: '件',
    actuals: [196, 231, 254],
    expects: [260, 300, 330, 360, 400],
    note: '',
  },
];

function aIndicators(sheet: string, blocks: BlockA[]): ExpectedIndicator[] {
  return blocks.map((b) => ind(sheet, b.name, b.unit, b.expects[1], b.actuals[2]));
}

const A_SHEET1 = '施策3-2';
const A_SHEET2 = '施策3-3';
const A_IND1 = aIndicators(A_SHEET1, A1_BLOCKS);
const A_IND2 = aIndicators(A_SHEET2, A2_BLOCKS);

const A_POLICY: Holdout2Workbook = {
  name: 'r4-tokubetsushien-sesaku-sheet',
  layout: 'A: 施策評価シート on two sheets, blocks tiled two across, R2（現状値）…R7, 実績値 and 期待値 rows, R5 onward empty, 令和４年度 evaluated',
  build(wb) {
    policySheet(wb, {
      sheet: A_SHEET1,
      basic: '3　誰もが学び、成長できるまち',
      policy: '3-2　特別支援教育の充実',
      dept: '教育委員会　学校教育課',
      last: '（A）',
      blocks: A1_BLOCKS,
    });
    policySheet(wb, {
      sheet: A_SHEET2,
      basic: '3　誰もが学び、成長できるまち',
      policy: '3-3　障がいのある子どもと家族への支援',
      dept: '健康福祉部　障がい福祉課',
      last: '（B）',
      blocks: A2_BLOCKS,
    });
  },
  expected: {
    file: 'r4-tokubetsushien-sesaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A_IND1, ...A_IND2],
    groups: [
      { sheet: A_SHEET1, cell: 'L3', grade: rollUp(A_IND1.map((i) => i.grade)) },
      { sheet: A_SHEET2, cell: 'L3', grade: rollUp(A_IND2.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------- B: 事業実績 with text figures

const B_SHEET = '資料2';

const B_PROJECT: Holdout2Workbook = {
  name: 'r3-shogaiji-jigyo-jisseki',
  layout: 'B: 令和３年度 事業実績, 数値目標 and 実績値 as text with a label and unit, two measures in one cell, a うち figure, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 26, 34, 14, 18, 18, 22, 8, 10]);
    merge(ws, 1, 1, 1, 9, '令和３年度　特別支援教育・障がい児支援関係　事業実績');
    put(ws, 2, 9, ['資料２']);
    put(ws, 4, 1, ['No.', '推進事業', '事業概要', '担当課', 'R2年度実績値', 'R3年度数値目標', 'R3年度実績値', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '特別支援教育支援員配置事業',
        '通常の学級に在籍する特別な支援を要する児童生徒の学校生活を支援する支援員を配置する。',
        '学校教育課',
        '配置人数 72人',
        '配置人数 80人',
        '配置人数 76人',
        'B',
        '継続',
      ],
      [
        2,
        '医療的ケア児看護師派遣事業',
        '医療的ケアを必要とする児童生徒が在籍する学校へ看護師を派遣する。',
        '学校教育課',
        '派遣校数 3校',
        '派遣校数 5校',
        '派遣校数 6校',
        'A',
        '拡充',
      ],
      [
        3,
        '就学相談事業',
        '就学先の決定に向けて、保護者と本人の意向を踏まえた就学相談を行う。',
        '学校教育課',
        '相談件数 198件',
        '相談件数 220件',
        '相談件数 241件（うち就学前 148件）',
        'A',
        '継続',
      ],
      [
        4,
        'ペアレントトレーニング事業',
        '発達に特性のある子の保護者を対象に、関わり方を学ぶ講座を開催する。',
        '子ども発達支援課',
        '実施回数 10回\n参加者 35人',
        '実施回数 12回\n参加者 60人',
        '実施回数 12回\n参加者 41人',
        'B',
        '見直し',
      ],
      [
        5,
        '発達障がい理解啓発講演会',
        '市民を対象に発達障がいへの理解を深める講演会を開催する。',
        '子ども発達支援課',
        '未実施',
        '開催回数 2回',
        '未実施',
        'D',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 9, 9);
    wrap(ws, 4, 1, 9, 9);
    put(ws, 11, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（担当課による評価）']);
    put(ws, 12, 1, ['※No.5は新型コロナウイルス感染症の感染拡大により中止']);
  },
  expected: {
    file: 'r3-shogaiji-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(B_SHEET, '特別支援教育支援員配置事業', '人', 80, 76, { existing: 'B' }),
      ind(B_SHEET, '医療的ケア児看護師派遣事業', '校', 5, 6, { existing: 'A' }),
      ind(B_SHEET, '就学相談事業', '件', 220, 241, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: 'ペアレントトレーニング事業',
        measures: [
          { label: '実施回数', target: 12, actual: 12, unit: '回' },
          { label: '参加者', target: 60, actual: 41, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: gradeOf(60, 41),
      },
      ind(B_SHEET, '発達障がい理解啓発講演会', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- C: KPI × 3月末 periods

const C_SHEET = 'KPI進捗';

const C_KPI: Holdout2Workbook = {
  name: 'r4-shogaiji-fukushi-kpi',
  layout: 'C: 障がい児福祉計画 KPI, 目標値／実績値 rows per 令和3年3月末…令和6年3月末, values "398 人", "-" targets, a 集計中, a 待機児童数 noted 減少を目指す',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 14, 14, 14, 14, 14, 24]);
    merge(ws, 1, 1, 1, 8, '第１期○○市障がい児福祉計画　成果目標・KPIの進捗状況');
    put(ws, 2, 1, ['令和４年度 検証（令和５年３月末時点の実績）']);
    put(ws, 4, 1, ['KPI', '区分', '基準値\n（令和2年3月末）', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '備考']);
    const kpis: [string, string, string[], string[], string][] = [
      ['児童発達支援センターの設置数', '0 か所', ['-', '-', '1 か所', '1 か所'], ['0 か所', '0 か所', '1 か所'], '令和4年10月開設'],
      ['放課後等デイサービスの利用者数', '352 人', ['380 人', '400 人', '420 人', '440 人'], ['371 人', '389 人', '398 人'], '3月の利用実人数'],
      ['医療的ケア児等コーディネーターの配置人数', '0 人', ['1 人', '2 人', '3 人', '3 人'], ['1 人', '1 人', '2 人'], ''],
      ['障がい児通所支援の待機児童数', '12 人', ['8 人', '4 人', '0 人', '0 人'], ['10 人', '7 人', '5 人'], '減少を目指す指標（少ないほど良い）'],
      ['保育所等訪問支援の利用児童数', '18 人', ['24 人', '28 人', '32 人', '36 人'], ['21 人', '26 人', '集計中'], '国保連データ確定待ち'],
    ];
    kpis.forEach(([name, base, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', undefined, ...targets]);
      put(ws, r + 1, 2, ['実績値', base, ...actuals]);
      merge(ws, r, 8, r + 1, 8, note || undefined);
    });
    box(ws, 4, 1, 14, 8);
    wrap(ws, 4, 1, 4, 8);
  },
  expected: {
    file: 'r4-shogaiji-fukushi-kpi.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, '児童発達支援センターの設置数', 'か所', 1, 1),
      ind(C_SHEET, '放課後等デイサービスの利用者数', '人', 420, 398),
      ind(C_SHEET, '医療的ケア児等コーディネーターの配置人数', '人', 3, 2),
      ind(C_SHEET, '障がい児通所支援の待機児童数', '人', 0, 5, { direction: 'down' }),
      ind(C_SHEET, '保育所等訪問支援の利用児童数', '人', 32, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- D: plan indicators, 現況／目標（R8）／実績

const D_SHEET = '資料3';

const finalTarget = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const D_PLAN: Holdout2Workbook = {
  name: 'r6-shogaiji-plan-tenken',
  layout: 'D: 点検評価一覧 of a 令和3～8年度 plan, 現況 and 実績 with their year in the cell, 目標（R8）, a 短縮（減少）indicator, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 36, 8, 16, 12, 18, 22]);
    merge(ws, 1, 1, 1, 8, '○○市障がい児支援推進プラン（令和3年度～令和8年度）　点検評価一覧');
    put(ws, 2, 1, ['（令和６年度実績に基づく点検評価）']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '特別支援学校高等部卒業生の一般就労率',
        '市内在住の特別支援学校高等部卒業生のうち一般就労した者の割合',
        '％',
        '28.6\n（令和元年度）',
        35.0,
        '31.2\n（令和6年度）',
        '県教育委員会調査',
      ],
      [
        2,
        '医療的ケア児を受け入れる保育所等の数',
        '看護師を配置し医療的ケア児を受け入れている保育所・認定こども園の数',
        'か所',
        '2\n（令和2年度）',
        6,
        '3\n（令和6年度）',
        '保育課調べ',
      ],
      [
        3,
        '障がい児相談支援事業所数',
        '障がい児相談支援の指定を受けた市内の事業所数',
        '事業所',
        '7\n（令和3年3月末）',
        10,
        '9\n（令和7年3月末現在）',
        '指定台帳',
      ],
      [
        4,
        '発達相談の初回面談までの平均待機日数',
        '相談申込みから初回面談までの平均日数。短縮（減少）を目指す。',
        '日',
        '45\n（令和2年度）',
        30,
        '38\n（令和6年度）',
        '発達支援センター記録',
      ],
      [
        5,
        '特別支援教育に関する研修を受講した教職員の割合',
        '市立学校の教職員のうち特別支援教育に関する研修を受講した者の割合',
        '％',
        '42.0\n（令和2年度）',
        100,
        undefined,
        '教育研究所調べ（令和7年度に調査予定）',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    box(ws, 4, 1, 9, 8);
    wrap(ws, 4, 1, 9, 8);
  },
  expected: {
    file: 'r6-shogaiji-plan-tenken.xlsx',
    fiscalYear: 2024,
    indicators: [
      finalTarget(ind(D_SHEET, '特別支援学校高等部卒業生の一般就労率', '％', 35, 31.2)),
      finalTarget(ind(D_SHEET, '医療的ケア児を受け入れる保育所等の数', 'か所', 6, 3)),
      finalTarget(ind(D_SHEET, '障がい児相談支援事業所数', '事業所', 10, 9)),
      finalTarget(ind(D_SHEET, '発達相談の初回面談までの平均待機日数', '日', 30, 38, { direction: 'down' })),
      finalTarget(ind(D_SHEET, '特別支援教育に関する研修を受講した教職員の割合', '％', 100, null, { actualStatus: 'missing' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [A_POLICY, B_PROJECT, C_KPI, D_PLAN];
