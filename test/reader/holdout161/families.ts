/** Hold-out 161, the four families as ふるさと納税・地場産品・クラウドファンディング offices write them. */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp } from '../holdout2/kit';
import type { Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

/* ---------------------------------------------------------------- A: 施策評価シート, blocks tiled two across */

const A_SHEET = '施策3-2';
const A_PERIODS = ['R1', 'R2', 'R3\n（現状値）', 'R4', 'R5', 'R6', 'R7'];

interface ABlock {
  no: string;
  name: string;
  description: string;
  unit: string;
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  note: string;
}

const A_BLOCKS: ABlock[] = [
  {
    no: '指標①',
    name: 'ふるさと納税寄附件数',
    description: '１年間に受け入れたふるさと納税（個人分）の件数',
    unit: '件',
    actuals: [8210, 12480, 15932, 17604, null, null, null],
    expected: ['－', '－', '－', 17000, 18000, 19000, 20000],
    note: 'ポータルサイトを２サイト追加（R4.10～）',
  },
  {
    no: '指標②',
    name: 'ふるさと納税寄附額',
    description: '１年間に受け入れたふるさと納税（個人分）の金額',
    unit: '千円',
    actuals: [152300, 231870, 284615, 298450, null, null, null],
    expected: ['－', '－', '－', 320000, 340000, 360000, 380000],
    note: '高額帯返礼品の在庫不足により12月の寄附が伸び悩んだ',
  },
  {
    no: '指標③',
    name: '返礼品取扱事業者数',
    description: '返礼品を提供する市内事業者の数（年度末時点）',
    unit: '事業者',
    actuals: [38, 47, 58, 64, null, null, null],
    expected: ['－', '－', '－', 70, 75, 80, 85],
    note: '',
  },
  {
    no: '指標④',
    name: '地場産品ブランド認証品目数（累計）',
    description: '「みなとブランド」認証を受けた品目の累計数',
    unit: '品目',
    actuals: [18, 22, 27, 33, null, null, null],
    expected: ['－', '－', '－', 45, 52, 58, 65],
    note: '審査会をR4は１回のみ開催',
  },
  {
    no: '指標⑤',
    name: 'ふるさと納税寄附者満足度',
    description: '寄附者アンケートで「満足」「やや満足」と答えた割合',
    unit: '％',
    actuals: [null, 82.4, 84.1, '集計中', null, null, null],
    expected: ['－', '－', '－', 85.0, 86.0, 88.0, 90.0],
    note: 'R4アンケートは委託先で集計中（R5.7月公表予定）',
  },
];

function aBlock(ws: import('exceljs').Worksheet, top: number, left: number, b: ABlock): void {
  put(ws, top, left, [b.no]);
  merge(ws, top, left + 1, top, left + 7, b.name);
  put(ws, top + 1, left, ['指標の説明']);
  merge(ws, top + 1, left + 1, top + 1, left + 7, b.description);
  put(ws, top + 2, left, ['単位']);
  merge(ws, top + 2, left + 1, top + 2, left + 7, b.unit);
  put(ws, top + 3, left, ['年度', ...A_PERIODS]);
  put(ws, top + 4, left, ['実績値', ...b.actuals]);
  put(ws, top + 5, left, ['期待値\n※R7は目標値', ...b.expected]);
  put(ws, top + 6, left, ['備考']);
  merge(ws, top + 6, left + 1, top + 6, left + 7, b.note);
  wrap(ws, top + 3, left, top + 5, left + 7);
  box(ws, top, left, top + 6, left + 7);
}

const A_IND: ExpectedIndicator[] = [
  ind(A_SHEET, 'ふるさと納税寄附件数', '件', 17000, 17604),
  ind(A_SHEET, 'ふるさと納税寄附額', '千円', 320000, 298450),
  ind(A_SHEET, '返礼品取扱事業者数', '事業者', 70, 64),
  ind(A_SHEET, '地場産品ブランド認証品目数（累計）', '品目', 45, 33),
  ind(A_SHEET, 'ふるさと納税寄附者満足度', '％', 85, null, { actualStatus: 'pending' }),
];

const policySheet: Holdout2Workbook = {
  name: 'h161-a-shisaku-furusato',
  layout:
    "A: 令和５年度施策評価シート（評価対象期間：令和４年度）, five blocks tiled two across, R3（現状値）, 実績値 above 「期待値⏎※R7は目標値」, 期待値 「－」 before R4, one 集計中, an empty 達成状況 cell beside last year's 「（B）」",
  build(wb: Workbook) {
    const ws = wb.addWorksheet(A_SHEET);
    widths(ws, [14, 9, 9, 10, 9, 9, 9, 9, 3, 14, 9, 9, 10, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '第２次みなと市総合計画　令和５年度施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 17, '３　地域の資源を活かした活力あるまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 17, '3-2　地場産品の魅力発信とふるさと納税による稼ぐ力の向上');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 17, '産業振興部 商工観光課、企画財政部 ふるさと納税推進室');
    put(ws, 6, 1, ['施策の\n達成状況']);
    merge(ws, 6, 2, 6, 4);
    put(ws, 6, 5, ['（B）']);
    merge(ws, 6, 6, 6, 17, '※（　）内は前年度の評価　　A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
    box(ws, 3, 1, 6, 17);
    wrap(ws, 6, 1, 6, 1);
    put(ws, 8, 1, ['成果指標']);
    A_BLOCKS.forEach((b, i) => aBlock(ws, 9 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 10, b));
    put(ws, 33, 1, ['達成状況分析']);
    merge(
      ws,
      34,
      1,
      36,
      17,
      '・寄附件数は期待値を上回ったが、寄附額は高額帯返礼品の在庫不足により期待値を下回った。\n・ブランド認証は審査会を１回のみの開催としたため、認証品目数が伸びなかった。',
    );
  },
  expected: {
    file: 'h161-a-shisaku-furusato.xlsx',
    fiscalYear: 2022,
    indicators: A_IND,
    groups: [{ sheet: A_SHEET, cell: 'B6', grade: rollUp(A_IND.map((i) => i.grade)) }],
  },
};

/* ---------------------------------------------------------------- B: 事業実績, text figures */

const B_SHEET = '推進事業実績';

const projectTable: Holdout2Workbook = {
  name: 'h161-b-jigyo-jisseki',
  layout:
    'B: 令和５年度 地場産品振興アクションプラン 推進事業実績, code/name/【概要】 in one cell, text figures 「新規返礼品数 46品」, full-width digits, two measures in one cell (件 and 千円), one 未実施',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 44, 18, 8, 22, 22, 40]);
    merge(ws, 1, 1, 1, 7, 'みなと市地場産品振興アクションプラン　令和５年度 推進事業実績一覧');
    put(ws, 2, 6, ['担当：商工観光課']);
    put(ws, 3, 1, ['No.', '推進事業', 'R4年度実績値', '自己評価', 'R5年度数値目標', 'R5年度実績値', '令和5年度 事業実施状況・今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1-1 ふるさと納税返礼品開発支援事業\n【概要】事業者が行う新たな返礼品の開発・改良に要する経費の一部を補助する。',
        '新規返礼品数 38品',
        'A',
        '新規返礼品数 40品',
        '新規返礼品数 46品',
        '補助金交付 12事業者。海産物の加工品を中心に新規返礼品を開発した。【今後の方向性】継続',
      ],
      [
        2,
        '1-1-2 ふるさと納税ポータルサイト運営事業\n【概要】複数のポータルサイトへの返礼品掲載と、寄附受付・発送管理を中間事業者に委託する。',
        '寄附件数 18,905件\n寄附額 341,260千円',
        'A',
        '寄附件数 20,000件\n寄附額 400,000千円',
        '寄附件数 21,356件\n寄附額 372,118千円',
        '寄附件数は目標を上回ったが、単価の低い返礼品に寄附が集中した。【今後の方向性】拡充',
      ],
      [
        3,
        '1-2-1 地場産品販路拡大事業\n【概要】首都圏の商談会・物産展に市内事業者と共同で出展する。',
        '商談件数 84件',
        'B',
        '商談件数 120件',
        '商談件数 97件',
        '商談会３回、物産展２回に出展。成約 22件。【今後の方向性】継続',
      ],
      [
        4,
        '1-2-2 地場産品オンラインショップ運営事業\n【概要】市の公式オンラインショップで地場産品を通年販売する。',
        '売上額 15,320千円',
        'B',
        '売上額 １８，０００千円',
        '売上額 １２，６４０千円',
        '送料改定の影響で購入件数が減少した。【今後の方向性】見直し',
      ],
      [
        5,
        '1-3-1 クラウドファンディング活用支援事業\n【概要】市内事業者が購入型クラウドファンディングに挑戦する際の手数料を補助する。',
        '活用事業者数 2社',
        'D',
        '活用事業者数 5社',
        '未実施',
        '申請がなく未実施。周知方法を見直す。【今後の方向性】見直し',
      ],
      [
        6,
        '1-3-2 企業版ふるさと納税推進事業\n【概要】市外企業への訪問・PRにより地方創生応援税制による寄附を募る。',
        '寄附企業数 4社',
        'C',
        '寄附企業数 8社',
        '寄附企業数 3社',
        '訪問企業 26社。寄附額 4,500千円。【今後の方向性】継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 9, 7);
    box(ws, 3, 1, 9, 7);
    put(ws, 11, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h161-b-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, 'ふるさと納税返礼品開発支援事業', '品', 40, 46, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: 'ふるさと納税ポータルサイト運営事業',
        measures: [
          { label: '寄附件数', target: 20000, actual: 21356, unit: '件' },
          { label: '寄附額', target: 400000, actual: 372118, unit: '千円' },
        ],
        direction: 'up',
        existing: 'A',
        grade: gradeOf(400000, 372118),
      },
      ind(B_SHEET, '地場産品販路拡大事業', '件', 120, 97, { existing: 'B' }),
      ind(B_SHEET, '地場産品オンラインショップ運営事業', '千円', 18000, 12640, { existing: 'B' }),
      ind(B_SHEET, 'クラウドファンディング活用支援事業', '社', 5, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '企業版ふるさと納税推進事業', '社', 8, 3, { existing: 'C' }),
    ],
    groups: [],
  },
};

/* ---------------------------------------------------------------- C: KPI, 目標値／実績値 rows per period */

const C_SHEET = 'KPI進捗';
const C_PERIODS = ['令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末'];

const kpiTable: Holdout2Workbook = {
  name: 'h161-c-kpi-sousei',
  layout:
    'C: 第２期総合戦略 KPI, 目標値／実績値 rows per KPI under 令和3年3月末…令和7年3月末 (評価対象期間：令和４年度（令和５年３月末時点）), values 「11,630 件」, 「-」 targets, 評価 ◎○△× with a legend of bands only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [16, 34, 8, 13, 13, 13, 13, 13, 13, 7, 30]);
    merge(ws, 1, 1, 1, 11, '第２期 いなほ町まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況');
    put(ws, 2, 1, ['評価対象期間：令和４年度（令和５年３月末時点）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '基準値（R2.3月末）', ...C_PERIODS, '評価', '備考']);
    const kpis: [string, string, string, string[], string[], string, string][] = [
      [
        '１ 稼ぐ地域をつくる',
        'ふるさと納税寄附件数',
        '7,506 件',
        ['9,000 件', '10,000 件', '11,000 件', '12,000 件', '13,000 件'],
        ['8,812 件', '10,945 件', '11,630 件', '', ''],
        '◎',
        '',
      ],
      [
        '１ 稼ぐ地域をつくる',
        'クラウドファンディング型ふるさと納税の支援総額',
        '-',
        ['-', '300 万円', '500 万円', '500 万円', '600 万円'],
        ['120 万円', '418 万円', '352 万円', '', ''],
        '△',
        'R4は２プロジェクトのみ実施',
      ],
      [
        '１ 稼ぐ地域をつくる',
        '町特産品認定数（累計）',
        '18 品目',
        ['20 品目', '24 品目', '28 品目', '32 品目', '36 品目'],
        ['21 品目', '25 品目', '27 品目', '', ''],
        '○',
        '',
      ],
      [
        '２ しごとをつくる',
        '特産品加工施設の利用者数',
        '1,436 人',
        ['1,500 人', '1,600 人', '1,700 人', '1,800 人', '1,900 人'],
        ['1,212 人', '1,388 人', '980 人', '', ''],
        '×',
        '加工機器の更新工事で R4.10～12月休止',
      ],
    ];
    kpis.forEach(([goal, name, base, targets, actuals, mark, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, goal);
      merge(ws, r, 2, r + 1, 2, name);
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      merge(ws, r, 4, r + 1, 4, base);
      put(
        ws,
        r,
        5,
        targets.map((t) => t || undefined),
      );
      put(
        ws,
        r + 1,
        5,
        actuals.map((a) => a || undefined),
      );
      merge(ws, r, 10, r + 1, 10, mark);
      merge(ws, r, 11, r + 1, 11, note || undefined);
    });
    box(ws, 4, 1, 12, 11);
    wrap(ws, 4, 1, 4, 11);
    put(ws, 14, 1, ['評価：◎ 100％以上　○ 80％以上100％未満　△ 60％以上80％未満　× 60％未満（令和5年3月末の目標値に対する実績値の割合）']);
  },
  expected: {
    file: 'h161-c-kpi-sousei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, 'ふるさと納税寄附件数', '件', 11000, 11630, { existing: '◎' }),
      ind(C_SHEET, 'クラウドファンディング型ふるさと納税の支援総額', '万円', 500, 352, { existing: '△' }),
      ind(C_SHEET, '町特産品認定数（累計）', '品目', 28, 27, { existing: '○' }),
      ind(C_SHEET, '特産品加工施設の利用者数', '人', 1700, 980, { existing: '×' }),
    ],
    groups: [],
  },
};

/* ---------------------------------------------------------------- D: plan indicators, 現況／目標／実績 with years */

const D_SHEET = '成果指標';

function dInd(name: string, unit: string, target: number, actual: number | null, more: Parameters<typeof ind>[5] = {}): ExpectedIndicator {
  return { ...ind(D_SHEET, name, unit, target, actual, more), targetSource: 'final' };
}

const planIndicators: Holdout2Workbook = {
  name: 'h161-d-jiba-vision',
  layout:
    'D: 地場産業振興ビジョン 成果指標 点検評価（令和６年度）, 現況（計画策定時） 「1,842⏎（令和3年度）」, 目標（R9）, 実績 with its year, a 方向 column 増加／減少, a 集計中, 現状把握の方法',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 34, 8, 7, 14, 11, 14, 26]);
    merge(ws, 1, 1, 1, 9, 'さくら市地場産業振興ビジョン（令和4年度～令和9年度）　成果指標の点検評価');
    put(ws, 2, 1, ['点検評価対象年度：令和６年度']);
    put(ws, 4, 1, ['No.', '指標', '指標の説明', '単位', '方向', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '地場産品関連事業者の年間販売額',
        '地場産品を製造・販売する市内事業者の年間販売額の合計',
        '百万円',
        '増加',
        '1,842\n（令和3年度）',
        2300,
        '2,105\n（令和6年度）',
        '事業者アンケート',
      ],
      [
        2,
        'ふるさと納税返礼品登録数',
        'ふるさと納税の返礼品として登録された品数（年度末）',
        '品',
        '増加',
        '312\n（令和3年度）',
        500,
        '548\n（令和6年度）',
        'ふるさと納税推進室調べ',
      ],
      [
        3,
        '伝統工芸品の後継者育成研修修了者数（累計）',
        'さくら焼・竹細工の後継者育成研修の修了者数',
        '人',
        '増加',
        '4\n（令和3年度）',
        20,
        '9\n（令和6年度）',
        '商工観光課調べ',
      ],
      [
        4,
        '返礼品に関する苦情件数',
        '寄附者から寄せられた返礼品の品質・配送に関する苦情の件数',
        '件',
        '減少',
        '27\n（令和3年度）',
        10,
        '12\n（令和6年度）',
        'コールセンター受付記録',
      ],
      [5, '地場産品の認知度', '市民意識調査で地場産品を「知っている」と答えた割合', '％', '増加', '38.5\n（令和3年度）', 50.0, '集計中', '市民意識調査'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
  },
  expected: {
    file: 'h161-d-jiba-vision.xlsx',
    fiscalYear: 2024,
    indicators: [
      dInd('地場産品関連事業者の年間販売額', '百万円', 2300, 2105),
      dInd('ふるさと納税返礼品登録数', '品', 500, 548),
      dInd('伝統工芸品の後継者育成研修修了者数（累計）', '人', 20, 9),
      dInd('返礼品に関する苦情件数', '件', 10, 12, { direction: 'down' }),
      dInd('地場産品の認知度', '％', 50, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projectTable, kpiTable, planIndicators];
