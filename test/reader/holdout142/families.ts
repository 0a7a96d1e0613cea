/**
 * Hold-out 142, the four families as offices of 児童相談・児童虐待防止・社会的養護 write them: a 施策評価シート with two 施策 on two
 * sheets (stacked 成果指標 blocks, R2（基準値）…R7（目標値）, 期待値／実績値 rows, 目指す方向 ↑（増加）／↓（減少）, a 集計中, a block with
 * no 期待値 of its own for R6), a 令和４年度 事業実績 of 児童虐待防止 projects with text figures (two measures in one cell, 未実施,
 * 人 vs 名, full-width digits, section rows), a KPI table with 目標値／実績値 rows per 令和N年3月末 and values 「1,200 件」, and a
 * 社会的養育推進計画 成果指標 table with 「18.2⏎（平成30年度末）」 and a blank 実績.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

interface Block {
  name: string;
  description: string;
  unit: string;
  down?: boolean;
  /** R2…R7 (R2 is the baseline: no 期待値). */
  expected: (number | string | null)[];
  actual: (number | string | null)[];
  note: string;
}

/** One 施策 sheet: header rows, then the 成果指標 blocks stacked down the sheet. */
function policySheet(wb: Workbook, sheet: string, policy: string, measure: string, dept: string, related: string, lastYear: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [14, 10, 11, 11, 11, 11, 11, 12, 8, 8]);
  merge(ws, 1, 1, 1, 10, '青葉市第６次総合計画　令和７年度施策評価シート　（評価対象期間：令和６年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 5, policy);
  merge(ws, 3, 6, 3, 7, '施策の達成状況');
  put(ws, 3, 9, [lastYear, '←前年度']);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 5, measure);
  merge(ws, 4, 6, 4, 7, '凡例');
  merge(ws, 4, 8, 4, 10, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['主管課']);
  merge(ws, 5, 2, 5, 5, dept);
  put(ws, 6, 1, ['関連課']);
  merge(ws, 6, 2, 6, 5, related);
  box(ws, 3, 1, 6, 10);
  const circled = '①②③④⑤⑥';
  let r = 8;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${circled[i]}`]);
    merge(ws, r, 2, r, 6, b.name);
    put(ws, r, 7, ['目指す方向', b.down ? '↓（減少）' : '↑（増加）']);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 8, b.description);
    put(ws, r + 2, 1, ['単位', '区分', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    merge(ws, r + 3, 1, r + 4, 1, b.unit);
    put(ws, r + 3, 2, ['期待値', ...b.expected]);
    put(ws, r + 4, 2, ['実績値', ...b.actual]);
    put(ws, r + 5, 1, ['備　考']);
    merge(ws, r + 5, 2, r + 5, 8, b.note);
    box(ws, r, 1, r + 5, 8);
    wrap(ws, r + 2, 1, r + 2, 8);
    r += 7;
  });
}

const A_2_3: Block[] = [
  {
    name: '乳児家庭全戸訪問事業の訪問率',
    description: '生後４か月までの乳児のいる家庭のうち、保健師・助産師等が訪問できた家庭の割合',
    unit: '％',
    expected: ['－', 96.0, 96.5, 97.0, 97.5, 98.0],
    actual: [94.2, 95.1, 96.8, 97.3, 96.4, null],
    note: '里帰り出産等により訪問できなかった家庭には電話等で状況を確認している。',
  },
  {
    name: '要保護児童対策地域協議会 個別ケース検討会議の開催回数',
    description: '要保護児童等の個別ケースについて関係機関が支援方針を協議した会議の回数',
    unit: '回',
    expected: ['－', 40, 48, 54, 60, 66],
    actual: [36, 41, 52, 63, 72, null],
    note: '',
  },
  {
    name: '児童虐待の再通告率',
    description: '虐待対応を終結した事例のうち、終結後１年以内に再び通告があった事例の割合',
    unit: '％',
    down: true,
    expected: ['－', 11.0, 10.0, 9.0, 8.0, 7.0],
    actual: [12.3, 11.6, 10.4, 9.1, 9.6, null],
    note: '率が低いほど良い指標',
  },
  {
    name: 'オレンジリボンキャンペーン啓発イベント参加者数',
    description: '児童虐待防止推進月間（11月）及び３月に開催する啓発イベントの参加者数',
    unit: '人',
    expected: ['－', 800, 900, 1000, 1100, 1200],
    actual: ['中止', 420, 760, 1034, '集計中', null],
    note: 'R6実績は３月開催分を集計中',
  },
];

const A_2_4: Block[] = [
  {
    name: '里親登録世帯数',
    description: '各年度末時点で本市に居住する養育里親・専門里親・養子縁組里親の登録世帯数',
    unit: '世帯',
    expected: ['－', 33, 36, 40, 45, 50],
    actual: [30, 31, 29, 27, 26, null],
    note: '高齢による登録辞退が新規登録を上回っている。',
  },
  {
    name: '里親等委託率',
    description: '社会的養護が必要な児童のうち、里親・ファミリーホームに委託されている児童の割合（年度末）',
    unit: '％',
    expected: ['－', 19.0, 21.0, 24.0, 27.0, 30.0],
    actual: [17.5, 18.8, 20.2, 21.7, 22.1, null],
    note: '',
  },
  {
    name: '児童養護施設等退所者の進学・就職率',
    description: '児童養護施設等を退所した者のうち、退所後１年の時点で進学又は就職している者の割合',
    unit: '％',
    expected: ['－', null, null, null, null, 90.0],
    actual: [81.0, 82.5, 85.0, 83.3, 84.0, null],
    note: '期待値は各年度設定せず、R7目標値に対する達成度で評価する。',
  },
  {
    name: '一時保護所の平均在所日数',
    description: '一時保護所を退所した児童の入所から退所までの日数の平均',
    unit: '日',
    down: true,
    expected: ['－', 38.0, 36.0, 33.0, 30.0, 28.0],
    actual: [39.2, 41.0, 44.6, 43.1, 41.5, null],
    note: '日数が短いほど良い指標。家庭復帰に向けた調整の長期化が続いている。',
  },
];

const a23 = [
  ind('2-3', '乳児家庭全戸訪問事業の訪問率', '％', 97.5, 96.4),
  ind('2-3', '要保護児童対策地域協議会 個別ケース検討会議の開催回数', '回', 60, 72),
  ind('2-3', '児童虐待の再通告率', '％', 8.0, 9.6, { direction: 'down' }),
  ind('2-3', 'オレンジリボンキャンペーン啓発イベント参加者数', '人', 1100, null, { actualStatus: 'pending' }),
];
const a24 = [
  ind('2-4', '里親登録世帯数', '世帯', 45, 26),
  ind('2-4', '里親等委託率', '％', 27.0, 22.1),
  { ...ind('2-4', '児童養護施設等退所者の進学・就職率', '％', 90.0, 84.0), targetSource: 'final' },
  ind('2-4', '一時保護所の平均在所日数', '日', 30.0, 41.5, { direction: 'down' }),
];

const policy: Holdout2Workbook = {
  name: 'h142-a-gyakutai-shakaiteki-yogo',
  layout: 'A: two 施策 sheets, stacked 成果指標 blocks R2（基準値）…R7（目標値）, ↑／↓ directions, a 集計中, one block with only the R7 目標値',
  build(wb) {
    policySheet(
      wb,
      '2-3',
      '2.子どもが健やかに育つまち',
      '2-3.児童虐待の防止と早期対応',
      'こども家庭課（子ども家庭総合支援拠点）',
      '健康づくり課、学校教育課',
      '（B）',
      A_2_3,
    );
    policySheet(wb, '2-4', '2.子どもが健やかに育つまち', '2-4.社会的養護と家庭養育の推進', 'こども家庭課', '児童相談所（県）、障がい福祉課', '（B）', A_2_4);
  },
  expected: {
    file: 'h142-a-gyakutai-shakaiteki-yogo.xlsx',
    fiscalYear: 2024,
    indicators: [...a23, ...a24],
    groups: [
      { sheet: '2-3', cell: 'H3', grade: rollUp(a23.map((i) => i.grade)) },
      { sheet: '2-4', cell: 'H3', grade: rollUp(a24.map((i) => i.grade)) },
    ],
  },
};

/** 事業実績: section rows between the projects; figures as text with a label. */
const projects: Holdout2Workbook = {
  name: 'h142-b-gyakutai-boushi-jigyo',
  layout: 'B: 令和４年度 事業実績 of 児童虐待防止 projects, text figures, two measures in one cell, 未実施, 人 vs 名, full-width digits, section rows',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [6, 44, 16, 22, 22, 26, 10, 40]);
    merge(ws, 1, 1, 1, 8, '令和４年度　児童虐待防止推進事業　事業実績');
    merge(ws, 2, 1, 2, 8, '自己評価　A：目標を達成　B：概ね達成（８割以上）　C：一部達成（６割以上）　D：未達成・未実施');
    put(ws, 4, 1, ['No.', '事業名・概要', '担当課', '令和3年度実績', '令和4年度目標', '令和4年度実績', '自己評価', '成果・課題／今後の方向性']);
    const rows: (string | number)[][] = [
      ['section', '１　児童虐待の発生予防'],
      [
        1,
        '1-1 乳児家庭全戸訪問事業（こんにちは赤ちゃん事業）\n【概要】生後４か月までの乳児のいる全ての家庭を保健師・助産師が訪問する。',
        '健康づくり課',
        '訪問世帯数 1,012世帯',
        '訪問世帯数 1,050世帯',
        '訪問世帯数 987世帯',
        'A',
        '【成果】出生数の減少により訪問世帯数は減ったが、訪問率は98％を維持。\n【方向性】継続',
      ],
      [
        2,
        '1-2 養育支援訪問事業\n【概要】養育支援が特に必要な家庭に専門職やヘルパーを派遣する。',
        'こども家庭課',
        '専門的相談支援 37世帯\n育児・家事援助 26世帯',
        '専門的相談支援 40世帯\n育児・家事援助 30世帯',
        '専門的相談支援 44世帯\n育児・家事援助 21世帯',
        'B',
        '【課題】ヘルパー派遣の担い手不足。\n【方向性】拡充',
      ],
      [
        3,
        '1-3 子育て短期支援事業（ショートステイ）\n【概要】保護者の疾病等により養育が一時的に困難な児童を児童養護施設等で預かる。',
        'こども家庭課',
        '利用延べ日数 ２４８日',
        '利用延べ日数 ３００日',
        '利用延べ日数 ２６４日',
        'B',
        '【方向性】協力家庭（里親）での受入れを検討',
      ],
      ['section', '２　早期発見・早期対応'],
      [
        4,
        '2-1 児童虐待防止講演会開催事業',
        'こども家庭課',
        '開催回数 1回',
        '開催回数 2回',
        '未実施',
        'D',
        '新型コロナウイルス感染症の拡大により開催を見送った。\n【方向性】オンライン開催を検討',
      ],
      [
        5,
        '2-2 要保護児童対策地域協議会運営事業',
        'こども家庭課',
        '実務者会議 12回',
        '実務者会議 12回',
        '実務者会議 12回（うち書面開催 3回）',
        'A',
        '【方向性】継続',
      ],
      [6, '2-3 児童虐待防止ネットワーク研修事業', 'こども家庭課', '受講者数 138人', '受講者数 150人', '受講者数 163名', 'A', '【方向性】継続'],
      ['section', '３　相談支援体制の強化'],
      [
        7,
        '3-1 子ども家庭総合支援拠点運営事業',
        'こども家庭課',
        '相談対応件数 978件',
        '相談対応件数 800件',
        '相談対応件数 1,126件',
        'A',
        '【方向性】令和６年度こども家庭センターへ移行',
      ],
      [
        8,
        '3-2 ヤングケアラー支援事業\n【概要】令和４年度新規。学校・関係機関と連携してヤングケアラーを把握し、支援につなげる。',
        'こども家庭課',
        '－',
        '支援対象者把握数 20人',
        '支援対象者把握数 9人',
        'C',
        '【課題】学校との連携による把握が進んでいない。',
      ],
    ];
    let r = 5;
    for (const row of rows) {
      if (row[0] === 'section') merge(ws, r, 1, r, 8, row[1] as string);
      else put(ws, r, 1, row);
      r++;
    }
    box(ws, 4, 1, r - 1, 8);
    wrap(ws, 4, 1, r - 1, 8);
  },
  expected: {
    file: 'h142-b-gyakutai-boushi-jigyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind('事業実績', '乳児家庭全戸訪問事業（こんにちは赤ちゃん事業）', '世帯', 1050, 987, { existing: 'A' }),
      {
        sheet: '事業実績',
        name: '養育支援訪問事業',
        measures: [
          { label: '専門的相談支援', target: 40, actual: 44, unit: '世帯' },
          { label: '育児・家事援助', target: 30, actual: 21, unit: '世帯' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', '子育て短期支援事業（ショートステイ）', '日', 300, 264, { existing: 'B' }),
      ind('事業実績', '児童虐待防止講演会開催事業', '回', 2, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind('事業実績', '要保護児童対策地域協議会運営事業', '回', 12, 12, { existing: 'A' }),
      ind('事業実績', '児童虐待防止ネットワーク研修事業', '人', 150, 163, { existing: 'A' }),
      ind('事業実績', '子ども家庭総合支援拠点運営事業', '件', 800, 1126, { existing: 'A' }),
      ind('事業実績', 'ヤングケアラー支援事業', '人', 20, 9, { existing: 'C' }),
    ],
    groups: [],
  },
};

/** KPI table: a 目標値 row and a 実績値 row per KPI, columns 令和4年3月末 … 令和7年3月末, values with their units. */
const kpi: Holdout2Workbook = {
  name: 'h142-c-kateishien-kpi',
  layout: 'C: 子ども家庭支援体制強化事業 KPI, 目標値／実績値 rows per 令和N年3月末, 「1,200 件」 values, 「-」 where no target',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [36, 10, 14, 14, 14, 14, 30]);
    merge(ws, 1, 1, 1, 7, '子ども家庭支援体制強化事業　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 7, '令和５年度実績（令和６年３月末時点）');
    put(ws, 4, 1, ['KPI', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    const kpis: [string, string[], string[], string][] = [
      ['子ども家庭センターにおける相談対応件数', ['1,200 件', '1,400 件', '1,600 件', '1,800 件'], ['1,105 件', '1,388 件', '1,720 件'], ''],
      ['里親登録世帯数', ['-', '30 世帯', '35 世帯', '40 世帯'], ['24 世帯', '29 世帯', '31 世帯'], '県児童相談所からの情報提供による'],
      ['児童虐待防止研修の受講者数', ['200 人', '200 人', '200 人', '200 人'], ['180 人', '230 人', '154 人'], '令和5年度は講師都合により1回中止'],
      ['ショートステイ協力家庭数', ['-', '5 世帯', '8 世帯', '10 世帯'], ['2 世帯', '4 世帯', '4 世帯'], ''],
    ];
    let r = 5;
    for (const [name, targets, actuals, note] of kpis) {
      merge(ws, r, 1, r + 1, 1, name);
      put(ws, r, 2, ['目標値', ...targets]);
      put(ws, r + 1, 2, ['実績値', ...actuals]);
      merge(ws, r, 7, r + 1, 7, note);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 7);
  },
  expected: {
    file: 'h142-c-kateishien-kpi.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('KPI', '子ども家庭センターにおける相談対応件数', '件', 1600, 1720),
      ind('KPI', '里親登録世帯数', '世帯', 35, 31),
      ind('KPI', '児童虐待防止研修の受講者数', '人', 200, 154),
      ind('KPI', 'ショートステイ協力家庭数', '世帯', 8, 4),
    ],
    groups: [],
  },
};

/** Plan indicators: 現況（計画策定時） and 実績 with their year in the cell, one final 目標（R11）. */
const planRows: [string, string, string, string, string | number, string][] = [
  [
    '里親等委託率（全体）',
    '社会的養護が必要な児童のうち里親・ファミリーホームへの委託児童の割合',
    '％',
    '18.2\n（平成30年度末）',
    35.0,
    '21.6\n（令和3年度末）',
  ],
  ['３歳未満児の里親等委託率', '３歳未満の社会的養護が必要な児童のうち里親等への委託児童の割合', '％', '25.0\n（平成30年度末）', 75.0, '31.3\n（令和3年度末）'],
  ['里親登録数', '県内の養育里親・専門里親・養子縁組里親・親族里親の登録数', '世帯', '152\n（平成31年3月末現在）', '260', '198\n（令和4年3月末現在）'],
  ['児童家庭支援センター設置数', '地域の子育て家庭への相談支援・里親支援を行う拠点', 'か所', '2\n（平成30年度）', 6, '4\n（令和3年度）'],
  ['地域小規模児童養護施設数', '施設の小規模かつ地域分散化の進捗', 'か所', '5\n（平成30年度）', 12, '12\n（令和3年度）'],
  ['措置解除者等へのアフターケア相談件数', '施設退所者・里親委託解除者等からの生活・就労相談の件数', '件', '340\n（平成30年度）', 500, ''],
];

const plan: Holdout2Workbook = {
  name: 'h142-d-shakaiteki-yoiku-keikaku',
  layout: 'D: 社会的養育推進計画 成果指標, 現況（計画策定時）/実績 with the year in the cell, 目標（R11）, a blank 実績',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [6, 34, 40, 8, 18, 12, 18, 24]);
    merge(ws, 1, 1, 1, 8, '青葉県社会的養育推進計画　令和４年度点検評価（令和３年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況（計画策定時）', '目標（R11）', '実績', '現状把握の方法']);
    const how = ['福祉行政報告例', '福祉行政報告例', '児童相談所実績', '県こども家庭課調べ', '県こども家庭課調べ', '児童家庭支援センター実績報告'];
    planRows.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row, how[i]]));
    box(ws, 3, 1, 3 + planRows.length, 8);
    wrap(ws, 3, 1, 3 + planRows.length, 8);
  },
  expected: {
    file: 'h142-d-shakaiteki-yoiku-keikaku.xlsx',
    fiscalYear: 2021,
    indicators: [
      { ...ind('成果指標', '里親等委託率（全体）', '％', 35.0, 21.6), targetSource: 'final' },
      { ...ind('成果指標', '３歳未満児の里親等委託率', '％', 75.0, 31.3), targetSource: 'final' },
      { ...ind('成果指標', '里親登録数', '世帯', 260, 198), targetSource: 'final' },
      { ...ind('成果指標', '児童家庭支援センター設置数', 'か所', 6, 4), targetSource: 'final' },
      { ...ind('成果指標', '地域小規模児童養護施設数', 'か所', 12, 12), targetSource: 'final' },
      { ...ind('成果指標', '措置解除者等へのアフターケア相談件数', '件', 500, null, { actualStatus: 'missing' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
