/**
 * Hold-out set 200, the four known families as a DV防止・配偶者暴力相談・困難女性支援 office writes them:
 * A a 基本施策事後評価シート with indicator blocks tiled two across, B a 推進事業実績 table with targets and actuals as text,
 * C a KPI table with 目標値/実績値 rows under 3月末 period columns, D a 点検評価 plan-indicator table.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// A: 基本施策事後評価シート

const A_SHEET = '3-1 DV防止';

interface Block {
  no: string;
  name: string;
  description: string;
  unit: string;
  way: string;
  actuals: (number | string | null)[];
  expects: (number | string | null)[];
  note: string;
}

const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: 'DV相談窓口の認知度',
    description: '市民意識調査で「DVの相談窓口を知っている」と回答した市民の割合',
    unit: '％',
    way: '↑ 増加',
    actuals: [38.5, 41.0, 47.6, 54.2, null, null],
    expects: [null, 45.0, 50.0, 60.0, 65.0, 70.0],
    note: 'R4から毎年度調査',
  },
  {
    no: '指標②',
    name: 'デートDV防止出前講座の受講者数',
    description: '市内の中学校・高等学校・大学等で実施したデートDV防止出前講座の受講生徒・学生数',
    unit: '人',
    way: '↑ 増加',
    actuals: [620, 1104, 1533, 1926, null, null],
    expects: [null, 1000, 1400, 1800, 2000, 2200],
    note: '',
  },
  {
    no: '指標③',
    name: '一時保護から自立に至った人の割合',
    description: '一時保護を経て、アパート等での自立した生活を開始した人の割合（施設入所・帰宅を除く）',
    unit: '％',
    way: '↑ 増加',
    actuals: [48.0, 50.0, 55.6, 52.0, null, null],
    expects: [null, null, null, null, null, 70.0],
    note: '年度ごとの期待値は設定していない',
  },
  {
    no: '指標④',
    name: 'DV被害を受けた際に誰にも相談しなかった人の割合',
    description: 'DV被害の経験がある人のうち「どこ（だれ）にも相談しなかった」と回答した人の割合',
    unit: '％',
    way: '↓ 減少',
    actuals: [51.3, 49.8, 46.1, 44.8, null, null],
    expects: [null, 48.0, 44.0, 40.0, 36.0, 32.0],
    note: '数値が小さいほど良い',
  },
];

function aBlock(ws: Worksheet, row: number, col: number, b: Block): void {
  put(ws, row, col, [b.no]);
  merge(ws, row, col + 1, row, col + 6, b.name);
  put(ws, row + 1, col, ['指標の説明']);
  merge(ws, row + 1, col + 1, row + 1, col + 6, b.description);
  ws.getRow(row + 1).height = 30;
  put(ws, row + 2, col, ['単位', b.unit, '目指す方向']);
  merge(ws, row + 2, col + 3, row + 2, col + 6, b.way);
  put(ws, row + 3, col, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, row + 4, col, ['実績値', ...b.actuals]);
  put(ws, row + 5, col, ['期待値\n※R7は目標値', ...b.expects.map((v) => (v === null ? '' : v))]);
  put(ws, row + 6, col, ['備考']);
  merge(ws, row + 6, col + 1, row + 6, col + 6, b.note || undefined);
  wrap(ws, row + 3, col, row + 5, col);
  wrap(ws, row + 3, col + 1, row + 3, col + 1);
  box(ws, row, col, row + 6, col + 6);
}

const aGrades = [
  ind(A_SHEET, 'DV相談窓口の認知度', '％', 60, 54.2),
  ind(A_SHEET, 'デートDV防止出前講座の受講者数', '人', 1800, 1926),
  { ...ind(A_SHEET, '一時保護から自立に至った人の割合', '％', 70, 52.0), targetSource: 'final' },
  ind(A_SHEET, 'DV被害を受けた際に誰にも相談しなかった人の割合', '％', 40, 44.8, { direction: 'down' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h200-a-jigo-hyoka-dv',
  layout: 'A: 基本施策事後評価シート, four blocks two across with R2（現状値）…R7, one block with only the R7 目標値 as 期待値, a ↓ block',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 12, 9, 9, 9, 9, 9, 9, 2, 12, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 16, '第４次男女共同参画推進計画　令和６年度基本施策事後評価シート　（評価対象期間：令和５年度）');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 9, 'Ⅲ　あらゆる暴力の根絶と困難を抱える女性への支援');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 9, '3-1　配偶者等からの暴力の防止と被害者支援の充実');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 9, '市民協働部（男女共同参画課）\n保健福祉部（こども家庭課・生活福祉課）');
    ws.getRow(5).height = 30;
    box(ws, 3, 2, 5, 9);
    merge(ws, 3, 11, 5, 12, '達成状況\n評　　　価');
    merge(ws, 3, 13, 5, 14, 'B');
    merge(ws, 3, 15, 5, 15, '（C）');
    put(ws, 3, 16, ['※（　）は前年度']);
    box(ws, 3, 11, 5, 15);
    aBlock(ws, 7, 2, A_BLOCKS[0]);
    aBlock(ws, 7, 10, A_BLOCKS[1]);
    aBlock(ws, 15, 2, A_BLOCKS[2]);
    aBlock(ws, 15, 10, A_BLOCKS[3]);
    merge(ws, 23, 2, 23, 16, '達成状況（対象：R5）');
    merge(
      ws,
      24,
      2,
      27,
      16,
      '・出前講座は市内全中学校と県立高校２校で実施し、受講者数は期待値を上回った。\n・相談窓口の認知度は上昇傾向にあるが、期待値には届いていない。\n・一時保護後の自立は住居確保が課題となり、前年度を下回った。\n・誰にも相談しなかった人の割合は減少したが、期待値を上回っている。',
    );
    ws.getRow(24).height = 60;
    put(ws, 29, 2, ['評価基準　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  },
  expected: {
    file: 'h200-a-jigo-hyoka-dv.xlsx',
    fiscalYear: 2023,
    indicators: aGrades,
    groups: [{ sheet: A_SHEET, cell: 'M3', grade: rollUp(aGrades.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// B: 推進事業実績

const B_SHEET = '資料2 事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h200-b-suishin-jigyo',
  layout: 'B: 推進事業 rows with code, name and 概要 in one cell, targets/actuals as text with labels, two measures in a cell, 未実施 with a reason',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 42, 14, 20, 24, 24, 8, 10, 30]);
    merge(ws, 1, 1, 1, 9, '令和５年度　配偶者暴力防止・被害者支援基本計画　推進事業実績');
    put(ws, 2, 9, ['資料2']);
    put(ws, 3, 1, ['No.', '推進事業', '担当課', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '今後の方向性', '成果・課題']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-(1)　DV相談支援事業\n配偶者暴力相談支援センターにおいて電話・面接による相談を実施',
        '男女共同参画課',
        '相談件数 347件',
        '相談件数 360件',
        '相談件数 412件',
        'A',
        '継続',
        '夜間相談日の新設により相談件数が増加した。',
      ],
      [
        2,
        '1-(2)　女性相談支援員活動事業\n女性相談支援員の資質向上のための研修受講',
        '生活福祉課',
        '研修受講 10回',
        '研修受講 12回',
        '研修受講 9回',
        'B',
        '継続',
        '県主催研修の中止があり目標に届かなかった。',
      ],
      [
        3,
        '2-(1)　デートDV予防啓発事業\n中学校・高等学校への出前講座、啓発リーフレットの配布',
        '男女共同参画課',
        '出前講座:12校\nリーフレット配布:7,500部',
        '出前講座:15校\nリーフレット配布:8,000部',
        '出前講座:13校\nリーフレット配布:8,200部',
        'B',
        '拡充',
        '未実施校への働きかけを継続する。',
      ],
      [
        4,
        '2-(2)　「女性に対する暴力をなくす運動」パネル展\n11月の運動期間に市役所ロビー等でパネル展示',
        '男女共同参画課',
        'パネル展 2回',
        'パネル展 2回',
        '未実施（会場改修工事のため）',
        'D',
        '見直し',
        '令和6年度は図書館で実施予定。',
      ],
      [
        5,
        '3-(1)　被害者自立支援事業\n市営住宅への優先入居あっせん等による住まいの確保',
        '住宅政策課',
        '優先入居あっせん 7世帯',
        '優先入居あっせん 10世帯',
        '優先入居あっせん 6世帯',
        'C',
        '継続',
        '空き住戸が少なく、あっせんが困難であった。',
      ],
      [6, '3-(2)　同行支援事業\n裁判所・警察・医療機関等への同行支援', 'こども家庭課', '同行支援 109件', '同行支援 120件', '同行支援 138件', 'A', '継続', ''],
      [
        7,
        '4-(1)　関係機関連携事業\nDV対策連絡協議会（実務者会議）の開催',
        '男女共同参画課',
        '実務者会議 4回',
        '実務者会議 4回',
        '実務者会議 4回',
        'A',
        '継続',
        '児童虐待部門との合同会議を1回含む。',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + rows.length, 9);
    for (let r = 4; r < 4 + rows.length; r++) ws.getRow(r).height = 45;
    box(ws, 3, 1, 3 + rows.length, 9);
    put(ws, 5 + rows.length, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ（未実施を含む）']);
  },
  expected: {
    file: 'h200-b-suishin-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'DV相談支援事業', '件', 360, 412, { existing: 'A' }),
      ind(B_SHEET, '女性相談支援員活動事業', '回', 12, 9, { existing: 'B' }),
      {
        sheet: B_SHEET,
        name: 'デートDV予防啓発事業',
        measures: [
          { label: '出前講座', target: 15, actual: 13, unit: '校' },
          { label: 'リーフレット配布', target: 8000, actual: 8200, unit: '部' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '「女性に対する暴力をなくす運動」パネル展', '回', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '被害者自立支援事業', '世帯', 10, 6, { existing: 'C' }),
      ind(B_SHEET, '同行支援事業', '件', 120, 138, { existing: 'A' }),
      ind(B_SHEET, '関係機関連携事業', '回', 4, 4, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// C: KPI × period columns

const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h200-c-kpi-konnan-josei',
  layout: 'C: KPI rows 目標値/実績値 per 3月末 period column, values with units in the cell, "-" where no target, next period targets filled',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [5, 40, 8, 14, 14, 14, 14, 24]);
    merge(ws, 1, 1, 1, 8, '困難な問題を抱える女性への支援に関する基本計画　重要業績評価指標（KPI）の進捗状況');
    put(ws, 2, 8, ['（令和6年3月末時点）']);
    put(ws, 4, 1, ['No.', '重要業績評価指標（KPI）', '', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['女性相談支援員の配置人数', ['4 人', '5 人', '6 人', '6 人'], ['4 人', '4 人', '5 人', ''], '会計年度任用職員を含む'],
      ['自立支援計画を策定した件数', ['30 件', '35 件', '40 件', '45 件'], ['28 件', '37 件', '43 件', ''], ''],
      ['SNS相談の受付件数', ['-', '-', '-', '250 件'], ['-', '132 件', '215 件', ''], 'R4.10開始。目標はR6年度から設定'],
      ['民間支援団体との協働事業数', ['3 事業', '4 事業', '5 事業', '6 事業'], ['2 事業', '3 事業', '3 事業', ''], ''],
      ['DV防止研修を受講した市職員数', ['200 人', '250 人', '300 人', '350 人'], ['185 人', '221 人', '236 人', ''], ''],
      ['若年女性アウトリーチ支援の接触件数', ['-', '100 件', '150 件', '200 件'], ['-', '64 件', '80 件', ''], '夜間街頭巡回を含む'],
    ];
    let r = 5;
    kpis.forEach(([name, targets, actuals, note], i) => {
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      merge(ws, r, 8, r + 1, 8, note || undefined);
      r += 2;
    });
    box(ws, 4, 1, r - 1, 8);
    put(ws, r + 1, 1, ['※実績値は各年3月末現在（令和7年3月末は目標値のみ）']);
  },
  expected: {
    file: 'h200-c-kpi-konnan-josei.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(C_SHEET, '女性相談支援員の配置人数', '人', 6, 5),
      ind(C_SHEET, '自立支援計画を策定した件数', '件', 40, 43),
      ind(C_SHEET, 'SNS相談の受付件数', '件', null, 215),
      ind(C_SHEET, '民間支援団体との協働事業数', '事業', 5, 3),
      ind(C_SHEET, 'DV防止研修を受講した市職員数', '人', 300, 236),
      ind(C_SHEET, '若年女性アウトリーチ支援の接触件数', '件', 150, 80),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// D: 点検評価 plan indicators

const D_SHEET = '資料3 指標点検';

const dInd = (name: string, unit: string, target: number, actual: number, more: { direction?: 'up' | 'down' } = {}): ExpectedIndicator => ({
  ...ind(D_SHEET, name, unit, target, actual, more),
  targetSource: 'final',
});

const planIndicators: Holdout2Workbook = {
  name: 'h200-d-tenken-shihyo',
  layout: 'D: 点検評価 table, 現況 and 実績 with their year in the cell, 目標（R8）, a decrease indicator marked only in its 説明',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [4, 34, 40, 16, 12, 16, 28]);
    merge(ws, 1, 1, 1, 7, '第3次配偶者等からの暴力防止及び被害者支援計画　指標の点検評価（令和５年度実績）');
    put(ws, 2, 7, ['資料3']);
    put(ws, 3, 1, ['', '指標', '指標の説明', '現況\n（計画策定時）', '目標\n（R8）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '配偶者暴力相談支援センターの認知度',
        'センターを「知っている」と回答した市民の割合（％）',
        '28.4\n（令和3年度）',
        50.0,
        '36.9\n（令和5年度）',
        '市民意識調査',
      ],
      [
        2,
        'DVを受けた人のうち相談した人の割合',
        'DV被害経験者のうち誰かに相談した人の割合（％）',
        '41.6\n（令和3年度）',
        60.0,
        '47.3\n（令和5年度）',
        '市民意識調査',
      ],
      [
        3,
        'デートDVを知っている中高生の割合',
        '出前講座後アンケートで「知っている」と回答した割合（％）',
        '55.0\n（令和2年度）',
        80.0,
        '81.5\n（令和5年度）',
        '出前講座アンケート',
      ],
      [
        4,
        '「夫婦間でも暴力にあたる」と認識する人の割合',
        '平手で打つ行為を暴力と認識する市民の割合（％）',
        '64.0\n（令和3年度）',
        90.0,
        '72.3\n（令和5年度）',
        '市民意識調査',
      ],
      [5, 'DV対策連絡協議会の開催回数', '代表者会議・実務者会議の年間開催回数（回）', '2\n（令和3年度）', 6, '6\n（令和5年度）', '事業実績'],
      [
        6,
        '配偶者等からの暴力の被害経験がある人の割合',
        '過去5年間に配偶者等から暴力を受けたことがある人の割合（％）。数値の減少を目指す指標',
        '18.2\n（令和3年度）',
        12.0,
        '15.6\n（令和5年度）',
        '市民意識調査',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + rows.length, 7);
    box(ws, 3, 1, 3 + rows.length, 7);
    put(ws, 5 + rows.length, 1, ['※市民意識調査は毎年度10月に実施（無作為抽出 2,000人）']);
  },
  expected: {
    file: 'h200-d-tenken-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      dInd('配偶者暴力相談支援センターの認知度', '％', 50, 36.9),
      dInd('DVを受けた人のうち相談した人の割合', '％', 60, 47.3),
      dInd('デートDVを知っている中高生の割合', '％', 80, 81.5),
      dInd('「夫婦間でも暴力にあたる」と認識する人の割合', '％', 90, 72.3),
      dInd('DV対策連絡協議会の開催回数', '回', 6, 6),
      dInd('配偶者等からの暴力の被害経験がある人の割合', '％', 12, 15.6, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
