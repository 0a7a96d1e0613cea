/**
 * Hold-out 141, the four families as 生活保護・自立支援・生活困窮者 offices write them: a 施策評価シート with two 施策 on two
 * sheets (stacked indicator blocks R2（基準値）…R7（目標値）, 実績値／期待値 rows, a 目指す方向 column ↑／↓, a 集計中, the
 * rating cell empty beside last year's 「（B）」「（A）」), a 令和５年度 事業実績 of 自立支援 projects with text figures, a KPI
 * table with 目標値／実績値 rows per 令和X年3月末 and values 「1,086 件」, and a 地域福祉計画 成果指標 table with years in cells
 * (one 実績 of the year before: 高校等進学率 lags a year).
 */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, two 施策 on two sheets, blocks stacked down the sheet.

interface Block {
  name: string;
  desc: string;
  unit: string;
  /** R2（基準値）…R7（目標値）. */
  actuals: (number | string | null)[];
  expected: (number | string | null)[];
  arrow: '↑' | '↓';
  note?: string;
}

function policySheet(ws: Worksheet, seisaku: string, last: string, purpose: string, blocks: Block[]): void {
  widths(ws, [12, 9, 10, 10, 10, 10, 10, 11, 10, 24]);
  merge(ws, 1, 1, 1, 10, '東山市総合計画後期基本計画　令和５年度 施策評価シート（評価対象年度：令和４年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 6, '4　健やかで安心して暮らせるまち');
  merge(ws, 3, 7, 3, 8, '施策の達成状況');
  put(ws, 3, 10, [last]);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 6, seisaku);
  merge(ws, 4, 7, 4, 8, '評価基準');
  merge(ws, 4, 9, 4, 10, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['主管課']);
  merge(ws, 5, 2, 5, 6, '福祉部　生活福祉課');
  merge(ws, 5, 7, 5, 10, '※（　）内は前年度の評価結果');
  put(ws, 6, 1, ['施策の目的']);
  merge(ws, 6, 2, 6, 10, purpose);
  box(ws, 3, 1, 6, 10);
  blocks.forEach((b, i) => {
    const r = 8 + i * 5;
    put(ws, r, 1, [`成果指標${'①②③④⑤'[i]}`]);
    merge(ws, r, 2, r, 4, b.name);
    put(ws, r, 5, ['指標の説明']);
    merge(ws, r, 6, r, 10, b.desc);
    put(ws, r + 1, 1, ['単位', '区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）', '目指す方向', '備　考']);
    merge(ws, r + 2, 1, r + 3, 1, b.unit);
    put(ws, r + 2, 2, ['実績値', ...b.actuals]);
    put(ws, r + 3, 2, ['期待値', ...b.expected]);
    merge(ws, r + 2, 9, r + 3, 9, b.arrow);
    merge(ws, r + 2, 10, r + 3, 10, b.note ?? '');
    wrap(ws, r, 1, r + 3, 10);
    box(ws, r, 1, r + 3, 10);
  });
  put(ws, 8 + blocks.length * 5, 1, ['※目指す方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
}

const A1_BLOCKS: Block[] = [
  {
    name: '自立相談支援機関における新規相談受付件数',
    desc: 'くらしサポートセンター（生活困窮者自立相談支援機関）で新規に受け付けた相談の件数（年度）',
    unit: '件',
    actuals: [655, 702, 846, null, null, null],
    expected: ['－', 700, 720, 740, 760, 800],
    arrow: '↑',
    note: 'R2・R3は新型コロナウイルス感染症に係る特例貸付の相談を除く',
  },
  {
    name: '自立支援計画（プラン）作成件数',
    desc: '支援調整会議を経て作成した自立支援計画の件数',
    unit: '件',
    actuals: [214, 236, 241, null, null, null],
    expected: ['－', 280, 300, 320, 340, 360],
    arrow: '↑',
  },
  {
    name: '就労支援により就労・増収した人数',
    desc: '自立相談支援事業及び就労準備支援事業の利用者のうち、就労又は増収に至った人数',
    unit: '人',
    actuals: [96, 104, 88, null, null, null],
    expected: ['－', 140, 150, 160, 170, 180],
    arrow: '↑',
  },
];

const A2_BLOCKS: Block[] = [
  {
    name: '被保護者就労支援事業による就労開始者数',
    desc: '就労支援員の支援を受けた生活保護受給者のうち、就労を開始した人数',
    unit: '人',
    actuals: [98, 112, 126, null, null, null],
    expected: ['－', 115, 120, 125, 130, 135],
    arrow: '↑',
  },
  {
    name: '医療扶助における後発医薬品の使用割合',
    desc: '医療扶助の調剤レセプトにおける後発医薬品の数量シェア（各年度3月診療分）',
    unit: '％',
    actuals: [83.1, 84.9, 86.3, null, null, null],
    expected: ['－', 84.0, 85.0, 86.0, 87.0, 88.0],
    arrow: '↑',
  },
  {
    name: 'ケースワーカー１人当たりの担当世帯数',
    desc: '被保護世帯数（年度平均）を現業員数で除した数',
    unit: '世帯',
    actuals: [92, 90, '８８', null, null, null],
    expected: ['－', 88, 85, 83, 82, 80],
    arrow: '↓',
    note: '社会福祉法に定める標準数は80世帯',
  },
  {
    name: '健康管理支援事業における健診受診率',
    desc: '40歳以上の被保護者のうち、特定健康診査に相当する健診を受診した者の割合',
    unit: '％',
    actuals: [12.4, 14.0, '集計中', null, null, null],
    expected: ['－', 15.0, 17.0, 19.0, 22.0, 25.0],
    arrow: '↑',
    note: 'R4実績は令和5年10月に確定予定',
  },
];

const A1_IND: ExpectedIndicator[] = [
  ind('4-2', '自立相談支援機関における新規相談受付件数', '件', 720, 846),
  ind('4-2', '自立支援計画（プラン）作成件数', '件', 300, 241),
  ind('4-2', '就労支援により就労・増収した人数', '人', 150, 88),
];
const A2_IND: ExpectedIndicator[] = [
  ind('4-3', '被保護者就労支援事業による就労開始者数', '人', 120, 126),
  ind('4-3', '医療扶助における後発医薬品の使用割合', '％', 85, 86.3),
  ind('4-3', 'ケースワーカー１人当たりの担当世帯数', '世帯', 85, 88, { direction: 'down' }),
  ind('4-3', '健康管理支援事業における健診受診率', '％', 17, null, { actualStatus: 'pending' }),
];

const shisakuSheet: Holdout2Workbook = {
  name: 'h141-a-konkyu-shisaku-sheet',
  layout:
    '施策評価シート（評価対象年度：令和４年度）, two 施策 on sheets 4-2 and 4-3, stacked blocks R2（基準値）…R7（目標値）, 実績値／期待値, 目指す方向 ↑／↓, 集計中, empty rating cells beside （B）（A）',
  build(wb) {
    policySheet(
      wb.addWorksheet('4-2'),
      '4-2　生活困窮者の自立支援の推進',
      '（B）',
      '経済的に困窮し、最低限度の生活を維持することができなくなるおそれのある方に対し、相談から就労まで包括的な支援を行い、自立の促進を図る。',
      A1_BLOCKS,
    );
    policySheet(
      wb.addWorksheet('4-3'),
      '4-3　生活保護の適正な実施と自立の助長',
      '（A）',
      '生活保護制度を適正に運用し、最低限度の生活を保障するとともに、就労支援や健康管理支援により受給者の自立を助長する。',
      A2_BLOCKS,
    );
  },
  expected: {
    file: 'h141-a-konkyu-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: [...A1_IND, ...A2_IND],
    groups: [
      { sheet: '4-2', cell: 'I3', grade: rollUp(A1_IND.map((i) => i.grade)) },
      { sheet: '4-3', cell: 'I3', grade: rollUp(A2_IND.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 事業実績, one row per 推進事業, figures as text.

const B_SHEET = '事業実績';
const jigyoJisseki: Holdout2Workbook = {
  name: 'h141-b-konkyu-jigyo-jisseki',
  layout:
    '令和５年度 事業実績: 推進事業 (code, name, 【概要】 in one cell), R4年度実績値, R5年度数値目標／実績値 as text, two measures in one cell, 未実施, 「（うち中学３年生 21人）」, full-width digits, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [5, 46, 20, 24, 26, 8, 30]);
    merge(ws, 1, 1, 1, 7, '令和５年度　生活困窮者自立支援・生活保護関連事業　事業実績');
    put(ws, 2, 1, ['政策']);
    merge(ws, 2, 2, 2, 5, '4　健やかで安心して暮らせるまち（施策4-2・4-3）');
    put(ws, 4, 1, ['No.', '推進事業', 'R4年度実績値', 'R5年度数値目標', 'R5年度実績値', '自己評価', '成果・課題、今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '4-2-1 自立相談支援事業\n【概要】くらしサポートセンターにおいて生活困窮者からの相談に包括的に対応し、自立支援計画を作成する。',
        '新規相談件数 846件',
        '新規相談件数 900件',
        '新規相談件数 812件',
        'B',
        '【成果】特例貸付の償還に関する相談が継続。\n【今後の方向性】継続',
      ],
      [
        2,
        '4-2-2 住居確保給付金支給事業\n【概要】離職等により住居を失うおそれのある方に家賃相当額を支給する。',
        '支給決定件数 52件',
        '支給決定件数 60件',
        '支給決定件数 41件',
        'B',
        '【課題】制度の周知。\n【今後の方向性】継続',
      ],
      [
        3,
        '4-2-3 就労準備支援事業\n【概要】直ちに一般就労が困難な方に、生活習慣の改善や職場体験等の支援を行う。',
        '参加者数 22人',
        '参加者数 25人',
        '参加者数 27人',
        'A',
        '【今後の方向性】拡充',
      ],
      [
        4,
        '4-2-4 家計改善支援事業\n【概要】家計表の作成等により、相談者が自ら家計を管理できるよう支援する。',
        '相談 138件　プラン作成 31件',
        '支援件数 相談:150件 プラン作成:40件',
        '支援件数 相談:162件 プラン作成:29件',
        'B',
        '【課題】プラン作成に至らない相談が多い。\n【今後の方向性】見直し',
      ],
      [
        5,
        '4-2-5 子どもの学習・生活支援事業\n【概要】生活保護世帯・生活困窮世帯の小中学生に学習の場と居場所を提供する。',
        '登録者数 68人',
        '登録者数 80人',
        '登録者数 74人（うち中学３年生 21人）',
        'A',
        '【成果】中学３年生21人全員が高校等に進学。\n【今後の方向性】継続',
      ],
      [
        6,
        '4-2-6 地域居住支援事業\n【概要】住まいに困難を抱える方の入居支援と入居後の見守りを行う。',
        '－',
        '入居支援件数 10件',
        '未実施',
        'D',
        '【課題】委託事業者の選定が不調となり、令和５年度は実施できなかった。\n【今後の方向性】見直し',
      ],
      [
        7,
        '4-3-1 被保護者就労支援事業\n【概要】就労支援員を配置し、生活保護受給者の就労を支援する。',
        '就労開始者数 126人',
        '就労開始者数 120人',
        '就労開始者数 131人',
        'A',
        '【今後の方向性】継続',
      ],
      [
        8,
        '4-3-2 フードバンク連携食料支援事業\n【概要】フードバンク団体と連携し、緊急的に食料を提供する。',
        '食料支援件数 287件',
        '食料支援件数 300件',
        '食料支援件数 ３１８件',
        'A',
        '【今後の方向性】継続',
      ],
      [
        9,
        '4-3-3 就労自立給付金支給事業\n【概要】就労により生活保護から脱却した世帯に給付金を支給する。',
        '支給件数 24件',
        '支給件数 30件',
        '支給件数 22件',
        'C',
        '【今後の方向性】継続',
      ],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    wrap(ws, 4, 1, 4 + rows.length, 7);
    box(ws, 4, 1, 4 + rows.length, 7);
  },
  expected: {
    file: 'h141-b-konkyu-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '自立相談支援事業', '件', 900, 812, { existing: 'B' }),
      ind(B_SHEET, '住居確保給付金支給事業', '件', 60, 41, { existing: 'B' }),
      ind(B_SHEET, '就労準備支援事業', '人', 25, 27, { existing: 'A' }),
      {
        sheet: B_SHEET,
        name: '家計改善支援事業',
        measures: [
          { label: '相談', target: 150, actual: 162, unit: '件' },
          { label: 'プラン作成', target: 40, actual: 29, unit: '件' },
        ],
        existing: 'B',
        grade: 'C',
      },
      ind(B_SHEET, '子どもの学習・生活支援事業', '人', 80, 74, { existing: 'A' }),
      ind(B_SHEET, '地域居住支援事業', '件', 10, null, { existing: 'D', actualStatus: 'not-implemented' }),
      ind(B_SHEET, '被保護者就労支援事業', '人', 120, 131, { existing: 'A' }),
      ind(B_SHEET, 'フードバンク連携食料支援事業', '件', 300, 318, { existing: 'A' }),
      ind(B_SHEET, '就労自立給付金支給事業', '件', 30, 22, { existing: 'C' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: KPI table, 目標値／実績値 rows per 3月末 period; the evaluated year stated under the title.

const C_SHEET = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h141-c-konkyu-kpi',
  layout:
    'KPI × 令和3年3月末…令和7年3月末, 目標値／実績値 rows, values with units 「1,086 件」「48.5 %」「3 か所」, 「-」 targets, 評価対象：令和４年度（令和５年３月末現在）, later targets filled',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [30, 8, 13, 13, 13, 13, 13, 30]);
    merge(ws, 1, 1, 1, 8, '東山市生活困窮者自立支援計画　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 8, '評価対象：令和４年度（令和５年３月末現在）');
    put(ws, 4, 1, ['KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['新規相談受付件数', ['900 件', '950 件', '1,000 件', '1,050 件', '1,100 件'], ['1,214 件', '1,102 件', '1,086 件'], '各年度の新規相談受付件数'],
      ['就労支援対象者の就労・増収率', ['50.0 %', '55.0 %', '60.0 %', '62.5 %', '65.0 %'], ['41.2 %', '46.0 %', '48.5 %'], '就労・増収者数÷就労支援対象者数'],
      [
        '就労による保護廃止世帯数',
        ['35 世帯', '40 世帯', '45 世帯', '50 世帯', '55 世帯'],
        ['22 世帯', '30 世帯', '26 世帯'],
        '廃止理由「働きによる収入の増加・取得」',
      ],
      ['認定就労訓練事業所数', ['-', '-', '5 か所', '7 か所', '10 か所'], ['1 か所', '2 か所', '3 か所'], '県の認定を受けた市内事業所数（各年度末）'],
      ['学習支援事業参加者数', ['100 人', '120 人', '130 人', '140 人', '150 人'], ['96 人', '112 人', '119 人'], ''],
    ];
    kpis.forEach(([name, targets, actuals, note], i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals]);
      merge(ws, r, 8, r + 1, 8, note);
    });
    box(ws, 4, 1, 4 + kpis.length * 2, 8);
  },
  expected: {
    file: 'h141-c-konkyu-kpi.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, '新規相談受付件数', '件', 1000, 1086),
      ind(C_SHEET, '就労支援対象者の就労・増収率', '%', 60, 48.5),
      ind(C_SHEET, '就労による保護廃止世帯数', '世帯', 45, 26),
      ind(C_SHEET, '認定就労訓練事業所数', 'か所', 5, 3),
      ind(C_SHEET, '学習支援事業参加者数', '人', 130, 119),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 地域福祉計画 成果指標, 現況 and 実績 with their years in the cell, one final 目標（R7）.

const D_SHEET = '成果指標';
const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const keikakuShihyo: Holdout2Workbook = {
  name: 'h141-d-konkyu-keikaku-shihyo',
  layout:
    '地域福祉計画（生活困窮者自立支援計画）成果指標: 現況 「418⏎（令和元年度）」, 目標（R7）, 実績 with its year (one 「93.8⏎（令和4年度）」 a year behind), 単位 column, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 34, 30, 7, 14, 10, 14, 22]);
    merge(ws, 1, 1, 1, 8, '東山市第３次地域福祉計画（東山市生活困窮者自立支援計画）　成果指標の進捗状況（令和５年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    const rows: (string | number)[][] = [
      [
        1,
        '生活困窮者自立相談支援機関の新規相談件数',
        '相談につながった生活困窮者の数を示す指標',
        '件',
        '418\n（令和元年度）',
        500,
        '537\n（令和5年度）',
        '事業実績',
      ],
      [2, '自立支援計画に基づく支援による就労者数', '自立相談支援による就労の成果を示す指標', '人', '62\n（令和元年度）', 100, '71\n（令和5年度）', '事業実績'],
      [
        3,
        '生活保護世帯の子どもの高等学校等進学率',
        '貧困の連鎖の防止を示す指標',
        '％',
        '89.5\n（平成30年度）',
        '100',
        '93.8\n（令和4年度）',
        '厚生労働省調査（翌年度公表）',
      ],
      [4, '家計改善支援事業の利用件数', '家計の見直しによる生活再建の取組を示す指標', '件', '35\n（令和元年度）', 80, '66\n（令和5年度）', '事業実績'],
      [5, '就労準備支援事業の参加者数', '一般就労に向けた準備段階の支援の広がりを示す指標', '人', '8\n（令和元年度）', '20', '', '事業実績'],
      [
        6,
        '生活保護受給者のうち就労している者の割合',
        '稼働年齢層の自立の状況を示す指標',
        '％',
        '14.2\n（令和元年度）',
        '18.0',
        '13.6\n（令和5年度）',
        '被保護者調査',
      ],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    wrap(ws, 3, 1, 3 + rows.length, 8);
    box(ws, 3, 1, 3 + rows.length, 8);
  },
  expected: {
    file: 'h141-d-konkyu-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      final(ind(D_SHEET, '生活困窮者自立相談支援機関の新規相談件数', '件', 500, 537)),
      final(ind(D_SHEET, '自立支援計画に基づく支援による就労者数', '人', 100, 71)),
      final(ind(D_SHEET, '生活保護世帯の子どもの高等学校等進学率', '％', 100, 93.8)),
      final(ind(D_SHEET, '家計改善支援事業の利用件数', '件', 80, 66)),
      final(ind(D_SHEET, '就労準備支援事業の参加者数', '人', 20, null, { actualStatus: 'missing' })),
      final(ind(D_SHEET, '生活保護受給者のうち就労している者の割合', '％', 18, 13.6)),
    ],
    groups: [],
    guesses: ['other-year'],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [shisakuSheet, jigyoJisseki, kpi, keikakuShihyo];
