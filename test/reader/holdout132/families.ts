/**
 * Hold-out 132, the four families as 戸籍・住民票・マイナンバーカード・窓口サービス offices write them: a 基本施策事後評価シート
 * with four tiled indicator blocks (R2（現状値）…R7, 期待値／実績値 rows, 目指す方向 ↑／↓, a 集計中), a 推進事業実績 with text
 * figures and two measures in one cell, a 総合戦略 KPI table with 目標値／実績値 rows per 3月末 and values with units, and a
 * 市民サービス向上計画 成果指標 table with 現況／目標（R7）／実績 and the year in the cell.
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------- A
type Block = {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: string;
  actual: (string | number | null)[];
  expect: (string | number | null)[];
  note: string;
};

function block(ws: Worksheet, r0: number, c0: number, b: Block): void {
  ws.getCell(r0, c0).value = b.no;
  merge(ws, r0, c0 + 1, r0, c0 + 6, b.name);
  ws.getCell(r0 + 1, c0).value = '指標の説明';
  merge(ws, r0 + 1, c0 + 1, r0 + 1, c0 + 6, b.desc);
  put(ws, r0 + 2, c0, ['単位', b.unit, '目指す方向', b.dir]);
  put(ws, r0 + 3, c0, ['区分', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
  put(ws, r0 + 4, c0, ['実績値', ...b.actual.map((v) => (v === null ? undefined : v))]);
  put(ws, r0 + 5, c0, ['期待値\n※R7は目標値', ...b.expect.map((v) => (v === null ? undefined : v))]);
  ws.getCell(r0 + 6, c0).value = '備考';
  merge(ws, r0 + 6, c0 + 1, r0 + 6, c0 + 6, b.note);
  box(ws, r0, c0, r0 + 6, c0 + 6);
  wrap(ws, r0 + 3, c0, r0 + 5, c0);
}

const A_SHEET = '3-2';
const A_BLOCKS: Block[] = [
  {
    no: '指標①',
    name: 'マイナンバーカード交付率',
    desc: '住民基本台帳人口に対するマイナンバーカード交付枚数（累計）の割合',
    unit: '％',
    dir: '↑（増加）',
    actual: [19.8, 41.2, 58.3, null, null, null],
    expect: ['－', 40, 60, 75, 85, 95],
    note: '国の普及目標に合わせ期待値を設定',
  },
  {
    no: '指標②',
    name: '窓口平均待ち時間',
    desc: '市民課窓口で番号札を発券してから呼出しまでの平均時間（毎年10月の抽出調査）',
    unit: '分',
    dir: '↓（減少）',
    actual: [25, 21, 18, null, null, null],
    expect: ['－', 20, 15, 13, 12, 10],
    note: '繁忙期（3～4月）を除く',
  },
  {
    no: '指標③',
    name: 'コンビニ交付サービス利用件数',
    desc: '住民票の写し・印鑑登録証明書・戸籍証明書等のコンビニエンスストアでの交付件数',
    unit: '件',
    dir: '↑（増加）',
    actual: [12480, 18905, 26412, null, null, null],
    expect: ['－', 18000, 24000, 28000, 32000, 36000],
    note: '',
  },
  {
    no: '指標④',
    name: '窓口サービス満足度',
    desc: '市民アンケートで窓口サービスに「満足」「やや満足」と回答した市民の割合',
    unit: '％',
    dir: '↑（増加）',
    actual: [78.4, 80.1, '集計中', null, null, null],
    expect: ['－', 80, 82, 84, 86, 88],
    note: '令和４年度分の市民アンケート結果は集計中',
  },
];

const A_GRADES = [
  ind(A_SHEET, '', '％', 60, 58.3).grade,
  ind(A_SHEET, '', '分', 15, 18, { direction: 'down' }).grade,
  ind(A_SHEET, '', '件', 24000, 26412).grade,
];

const policySheet: Holdout2Workbook = {
  name: 'h132-a-madoguchi-shisaku',
  layout:
    '基本施策事後評価シート (評価対象期間：令和４年度), four tiled blocks R2（現状値）…R7, 目指す方向 ↑／↓, one 集計中, an empty 達成状況評価 beside （B）',
  build(wb) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [2, 12, 9, 9, 9, 9, 9, 9, 2, 12, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 16, '令和５年度　基本施策事後評価シート（評価対象期間：令和４年度）');
    put(ws, 3, 2, ['基本方針']);
    merge(ws, 3, 3, 3, 16, '3　誰もが安心して暮らせる、便利で開かれた市役所');
    put(ws, 4, 2, ['基本施策']);
    merge(ws, 4, 3, 4, 16, '3-2　便利で利用しやすい窓口サービスの提供');
    put(ws, 5, 2, ['担当部等']);
    merge(ws, 5, 3, 5, 16, '市民部（市民課・戸籍住民課）');
    put(ws, 6, 2, ['達成状況評価']);
    put(ws, 6, 4, ['（B）']);
    box(ws, 3, 2, 6, 16);
    block(ws, 8, 2, A_BLOCKS[0]);
    block(ws, 8, 10, A_BLOCKS[1]);
    block(ws, 16, 2, A_BLOCKS[2]);
    block(ws, 16, 10, A_BLOCKS[3]);
    merge(ws, 24, 2, 24, 16, '※達成状況評価欄の（　）内は前年度の評価');
  },
  expected: {
    file: 'h132-a-madoguchi-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(A_SHEET, 'マイナンバーカード交付率', '％', 60, 58.3),
      ind(A_SHEET, '窓口平均待ち時間', '分', 15, 18, { direction: 'down' }),
      ind(A_SHEET, 'コンビニ交付サービス利用件数', '件', 24000, 26412),
      ind(A_SHEET, '窓口サービス満足度', '％', 82, null, { actualStatus: 'pending' }),
    ],
    groups: [{ sheet: A_SHEET, cell: 'C6', grade: rollUp(A_GRADES) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------- B
const B_SHEET = '事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h132-b-jigyo-jisseki',
  layout: '令和５年度 推進事業実績: code, name and 概要 in one cell, 数値目標 and 実績 as text, two measures in one cell, 未実施, 自己評価',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 40, 20, 20, 20, 9, 10]);
    merge(ws, 1, 1, 1, 7, '令和５年度　推進事業実績（市民部　市民課・戸籍住民課）');
    put(ws, 3, 1, ['No.', '推進事業', '数値目標（R5年度）', '実績値（R4年度）', '実績値（R5年度）', '自己評価', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-01　マイナンバーカード出張申請受付事業\n企業・地区公民館等へ職員が出向き、カードの申請を受け付ける。',
        '出張受付 60回',
        '出張受付 48回',
        '出張受付 72回',
        'A',
        '拡充',
      ],
      [
        2,
        '1-02　書かない窓口推進事業\n申請書の記入を不要とし、職員が聞き取りで申請書を作成する。',
        '導入課数 5課',
        '導入課数 1課',
        '導入課数 3課',
        'B',
        '継続',
      ],
      [3, '1-03　戸籍届書オンライン受付事業\n婚姻届・出生届等のオンライン受付を開始する。', 'オンライン届出 200件', '－', '未実施', 'D', '見直し'],
      [
        4,
        '1-04　休日窓口開設事業\n毎月第2・第4日曜日に市民課窓口を開設する。',
        '開設日数 24日\n取扱件数 1,800件',
        '開設日数 22日\n取扱件数 1,620件',
        '開設日数 24日\n取扱件数 1,512件',
        'A',
        '継続',
      ],
      [
        5,
        '1-05　証明書コンビニ交付推進事業\n住民票等のコンビニ交付の周知・利用促進を行う。',
        'コンビニ交付率 30％',
        'コンビニ交付率 25.1％',
        'コンビニ交付率 34.6％',
        'A',
        '継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 8, 7);
    wrap(ws, 3, 1, 8, 7);
  },
  expected: {
    file: 'h132-b-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'マイナンバーカード出張申請受付事業', '回', 60, 72, { existing: 'A' }),
      ind(B_SHEET, '書かない窓口推進事業', '課', 5, 3, { existing: 'B' }),
      ind(B_SHEET, '戸籍届書オンライン受付事業', '件', 200, null, { actualStatus: 'not-implemented', existing: 'D' }),
      {
        sheet: B_SHEET,
        name: '休日窓口開設事業',
        measures: [
          { label: '開設日数', target: 24, actual: 24, unit: '日' },
          { label: '取扱件数', target: 1800, actual: 1512, unit: '件' },
        ],
        direction: 'up',
        existing: 'A',
        grade: 'B',
      },
      ind(B_SHEET, '証明書コンビニ交付推進事業', '％', 30, 34.6, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- C
const C_SHEET = 'KPI';

const kpiTable: Holdout2Workbook = {
  name: 'h132-c-senryaku-kpi',
  layout: '総合戦略 KPI: 目標値／実績値 rows per 3月末 column (令和2年3月末（基準値）…令和7年3月末), values with units, evaluation 令和３年度',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 34, 8, 14, 14, 14, 14, 14, 14]);
    merge(ws, 1, 1, 1, 9, 'まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 9, '評価対象期間：令和３年度（令和４年３月末時点）');
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和2年3月末\n（基準値）', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    const kpis: [string, (string | undefined)[], (string | undefined)[]][] = [
      ['マイナンバーカード交付枚数（累計）', ['-', '30,000 枚', '45,000 枚', '60,000 枚', '75,000 枚', '90,000 枚'], ['18,200 枚', '28,940 枚', '41,238 枚']],
      ['電子申請が可能な行政手続数', ['-', '80 手続', '120 手続', '160 手続', '200 手続', '250 手続'], ['35 手続', '92 手続', '134 手続']],
      ['住民票等のコンビニ交付件数', ['-', '10,000 件', '15,000 件', '20,000 件', '25,000 件', '30,000 件'], ['6,120 件', '12,480 件', '16,380 件']],
      ['行政サービスコーナー設置数', ['-', '6 か所', '8 か所', '8 か所', '10 か所', '10 か所'], ['4 か所', '5 か所', '6 か所']],
    ];
    kpis.forEach(([name, targets, actuals], i) => {
      const r = 5 + 2 * i;
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値', ...targets]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
    });
    merge(ws, 5, 1, 12, 1, '基本目標４\n時代に合った便利で効率的な行政サービスを提供する');
    box(ws, 4, 1, 12, 9);
    wrap(ws, 4, 1, 4, 9);
    put(ws, 14, 1, ['※「-」は目標値を設定していないもの']);
  },
  expected: {
    file: 'h132-c-senryaku-kpi.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(C_SHEET, 'マイナンバーカード交付枚数（累計）', '枚', 45000, 41238),
      ind(C_SHEET, '電子申請が可能な行政手続数', '手続', 120, 134),
      ind(C_SHEET, '住民票等のコンビニ交付件数', '件', 15000, 16380),
      ind(C_SHEET, '行政サービスコーナー設置数', 'か所', 8, 6),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------- D
const D_SHEET = '成果指標';

const finalTarget = (i: ReturnType<typeof ind>) => ({ ...i, targetSource: 'final' });

const planIndicators: Holdout2Workbook = {
  name: 'h132-d-service-plan',
  layout: '市民サービス向上計画 成果指標: 現況（計画策定時） and 実績 with the year in the cell, 目標（R7）, a blank 実績, a 減少 in 指標の説明',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 28, 36, 7, 16, 12, 16, 30]);
    merge(ws, 1, 1, 1, 8, '市民サービス向上計画（令和３年度～令和７年度）　成果指標の点検評価（令和４年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [
        1,
        '住民票等のコンビニ交付件数',
        '住民票の写し等のコンビニエンスストアでの年間交付件数',
        '件',
        '8,420\n（令和元年度）',
        '30,000',
        '27,115\n（令和４年度）',
        '証明書交付システム集計',
      ],
      [
        2,
        '戸籍届出の審査誤り件数',
        '届出審査における誤りの年間件数（減少を目指す）',
        '件',
        '14\n（令和元年度）',
        '5',
        '7\n（令和４年度）',
        '法務局からの指摘件数',
      ],
      [
        3,
        '行政手続のオンライン化率',
        'オンラインで申請可能な市民課所管手続の割合',
        '％',
        '12.0\n（令和２年度）',
        '50.0',
        '38.5\n（令和４年度）',
        '所管手続の棚卸し',
      ],
      [4, '多言語対応窓口の設置数', '通訳タブレット等により多言語対応が可能な窓口の数', 'か所', '1\n（令和２年度）', '6', undefined, '市民課調べ'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    box(ws, 3, 1, 7, 8);
    wrap(ws, 3, 1, 7, 8);
  },
  expected: {
    file: 'h132-d-service-plan.xlsx',
    fiscalYear: 2022,
    indicators: [
      finalTarget(ind(D_SHEET, '住民票等のコンビニ交付件数', '件', 30000, 27115)),
      finalTarget(ind(D_SHEET, '戸籍届出の審査誤り件数', '件', 5, 7, { direction: 'down' })),
      finalTarget(ind(D_SHEET, '行政手続のオンライン化率', '％', 50, 38.5)),
      finalTarget(ind(D_SHEET, '多言語対応窓口の設置数', 'か所', 6, null, { actualStatus: 'missing' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
