/** Hold-out 181, the four families as 健康づくり・健康ポイント・受動喫煙対策 offices write them. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { gradeOf, ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const SHISAKU = '施策3-2';

interface Block {
  no: string;
  name: string;
  unit: string;
  down?: boolean;
  desc: string;
  expect: number[];
  actual: (number | null)[];
}

const BLOCKS: Block[] = [
  {
    no: '成果指標①',
    name: '特定健康診査受診率',
    unit: '％',
    desc: '国民健康保険被保険者（40～74歳）のうち特定健康診査を受診した人の割合（法定報告値）',
    expect: [46.0, 48.0, 50.0, 55.0, 60.0],
    actual: [41.2, 43.0, 44.6, null, null, null],
  },
  {
    no: '成果指標②',
    name: '胃がん検診受診率',
    unit: '％',
    desc: '40～69歳の市民のうち市の胃がん検診を受診した人の割合',
    expect: [11.0, 12.0, 13.0, 14.0, 15.0],
    actual: [9.5, 9.8, 10.1, null, null, null],
  },
  {
    no: '成果指標③',
    name: '健康ポイント事業参加者数',
    unit: '人',
    desc: '健康ポイント（ウォーキング・健診受診等）に参加登録し、ポイントを獲得した市民の数',
    expect: [2500, 3000, 3500, 4000, 4500],
    actual: [1820, 2655, 3412, null, null, null],
  },
  {
    no: '成果指標④',
    name: '成人の喫煙率',
    unit: '％',
    down: true,
    desc: '市民健康意識調査で「毎日吸う」「時々吸う」と答えた20歳以上の人の割合',
    expect: [15.0, 14.0, 13.0, 12.0, 11.0],
    actual: [16.3, 15.8, 15.2, null, null, null],
  },
];

function policySheet(ws: Worksheet): void {
  widths(ws, [14, 12, 10, 10, 10, 10, 12, 12, 14]);
  merge(ws, 1, 1, 1, 9, '令和４年度　施策評価シート');
  put(ws, 2, 1, ['評価対象年度', '令和４年度', undefined, undefined, undefined, '作成日', '令和5年7月10日']);
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 9, '３　健やかに安心して暮らせるまち');
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 9, '3-2　生涯を通じた健康づくりの推進');
  put(ws, 5, 1, ['担当課', '健康推進課']);
  put(ws, 6, 1, ['施策の達成状況', undefined, '（B）', '※（　）内は前年度の評価']);
  box(ws, 2, 1, 6, 9);
  put(ws, 8, 1, ['■ 成果指標の状況']);
  let r = 9;
  for (const b of BLOCKS) {
    put(ws, r, 1, [b.no]);
    merge(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['単位', b.unit, '目指す方向', b.down ? '↓（減少）' : '↑（増加）']);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 9, b.desc);
    put(ws, r + 2, 1, ['区分', 'R2（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）']);
    put(ws, r + 3, 1, ['期待値', undefined, ...b.expect]);
    put(ws, r + 4, 1, ['実績値', ...b.actual.map((v) => (v === null ? undefined : v))]);
    box(ws, r, 1, r + 4, 9);
    r += 6;
  }
  put(ws, r, 1, ['施策の評価']);
  merge(ws, r, 2, r, 9, '健康ポイント参加者は期待値を上回ったが、健診受診率は新型コロナウイルス感染症の影響からの回復が遅れている。喫煙率は減少傾向にある。');
  put(ws, r + 1, 1, ['今後の方向性']);
  merge(ws, r + 1, 2, r + 1, 9, '健康ポイントと健診受診勧奨を連動させ、受診率の向上を図る。');
  box(ws, r, 1, r + 1, 9);
}

const policyIndicators = BLOCKS.map((b) => ind(SHISAKU, b.name, b.unit, b.expect[1], b.actual[2], { direction: b.down ? 'down' : 'up' }));

const policy: Holdout2Workbook = {
  name: 'h181-kenko-shisaku-sheet',
  layout:
    'A: 令和４年度 施策評価シート, four stacked 成果指標 blocks R2（基準値）…R7（目標値） with 期待値／実績値 rows, 目指す方向 ↑／↓, empty 施策の達成状況 beside 「（B）」',
  build(wb) {
    policySheet(wb.addWorksheet(SHISAKU));
  },
  expected: {
    file: 'h181-kenko-shisaku-sheet.xlsx',
    fiscalYear: 2022,
    indicators: policyIndicators,
    groups: [{ sheet: SHISAKU, cell: 'B6', grade: rollUp(policyIndicators.map((i) => i.grade)) }],
  },
};

const JIGYO = '事業実績';

const projects: Holdout2Workbook = {
  name: 'h181-kenko-jigyo-jisseki',
  layout: 'B: 令和３年度 健康づくり事業実績, text figures 「参加者数 2,138人」, two measures in one cell, 未実施, 自己評価 A–D',
  build(wb) {
    const ws = wb.addWorksheet(JIGYO);
    widths(ws, [5, 40, 18, 8, 22, 22, 30, 10]);
    merge(ws, 1, 1, 1, 8, '令和３年度　健康づくり関連事業　実績報告');
    put(ws, 2, 7, ['健康推進課']);
    put(ws, 3, 1, ['No.', '推進事業（事業名・概要）', 'R2年度実績値', '自己評価', 'R3年度数値目標', 'R3年度実績値', '成果・課題', '今後の方向性']);
    const rows: (string | number)[][] = [
      [
        1,
        '1-1\n健康マイレージ事業\n（概要）ウォーキングや健診受診でポイントを付与し、貯まったポイントを地元商品券等と交換する。',
        '参加者数 1,904人',
        'B',
        '参加者数 2,500人',
        '参加者数 2,138人',
        'スマートフォンアプリの導入で若年層の参加が増えた。',
        '拡充',
      ],
      [
        2,
        '1-2\n受動喫煙防止啓発事業\n（概要）飲食店等に禁煙・喫煙可能室等の標識（ステッカー）を配布し、掲示を働きかける。',
        '配布 181施設',
        'A',
        'ステッカー配布 200施設',
        '配布 236施設',
        '改正健康増進法の周知と合わせて配布した。',
        '継続',
      ],
      [
        3,
        '1-3\n健康教室開催事業\n（概要）生活習慣病予防のための運動・栄養教室を地区公民館で開催する。',
        '開催回数 12回 参加者数 215人',
        'C',
        '開催回数 24回 参加者数 600人',
        '開催回数 18回 参加者数 402人',
        '感染症対策で定員を半分にした回があった。',
        '見直し',
      ],
      [
        4,
        '1-4\n禁煙外来治療費助成事業\n（概要）禁煙外来を受診し治療を終了した市民に治療費の一部を助成する。',
        '助成件数 12件',
        'D',
        '助成件数 30件',
        '未実施',
        '新型コロナウイルス感染症の影響により実施を見送った。',
        '継続',
      ],
      [
        5,
        '1-5\n食生活改善推進員養成講座\n（概要）地域で食育を進める食生活改善推進員を養成する（全6回）。',
        '修了者 15人',
        'B',
        '修了者 20人',
        '修了者 17人',
        '修了者は推進協議会に加入した。',
        '継続',
      ],
    ];
    rows.forEach((v, i) => put(ws, 4 + i, 1, v));
    wrap(ws, 3, 1, 8, 8);
    box(ws, 3, 1, 8, 8);
    put(ws, 10, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：遅れ・未実施']);
  },
  expected: {
    file: 'h181-kenko-jigyo-jisseki.xlsx',
    fiscalYear: 2021,
    indicators: [
      ind(JIGYO, '健康マイレージ事業', '人', 2500, 2138, { existing: 'B' }),
      ind(JIGYO, '受動喫煙防止啓発事業', '施設', 200, 236, { existing: 'A' }),
      {
        sheet: JIGYO,
        name: '健康教室開催事業',
        measures: [
          { label: '開催回数', target: 24, actual: 18, unit: '回' },
          { label: '参加者数', target: 600, actual: 402, unit: '人' },
        ],
        direction: 'up',
        existing: 'C',
        grade: gradeOf(600, 402),
      },
      ind(JIGYO, '禁煙外来治療費助成事業', '件', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(JIGYO, '食生活改善推進員養成講座', '人', 20, 17, { existing: 'B' }),
    ],
    groups: [],
  },
};

const KPI = 'KPI';

interface Kpi {
  measure: string;
  name: string;
  unit: string;
  targets: number[];
  actuals: (number | string | null)[];
  mark: string;
  note?: string;
  decimals: number;
}

const KPIS: Kpi[] = [
  {
    measure: '(1) 健康ポイントによる健康づくりの推進',
    name: '健康ポイント登録者数',
    unit: '人',
    targets: [2000, 2500, 3200, 4000, 5000],
    actuals: [1540, 2210, 2890, 3180, null],
    mark: '△',
    decimals: 0,
  },
  {
    measure: '(2) 生活習慣病の予防',
    name: '健康寿命（男性）',
    unit: '年',
    targets: [79.8, 80.0, 80.3, 80.5, 80.8],
    actuals: [79.6, 79.9, 80.4, 80.8, null],
    mark: '◎',
    decimals: 1,
  },
  {
    measure: '(3) 受動喫煙のない環境づくり',
    name: '受動喫煙防止対策実施施設数',
    unit: '施設',
    targets: [60, 80, 100, 120, 140],
    actuals: [52, 75, 98, '集計中', null],
    mark: '－',
    note: 'R5実績は令和6年8月判明予定',
    decimals: 0,
  },
  {
    measure: '(4) 運動習慣の定着',
    name: '運動習慣者の割合',
    unit: '％',
    targets: [30.0, 31.0, 33.0, 35.0, 36.0],
    actuals: [28.4, 29.7, 30.5, 31.2, null],
    mark: '○',
    decimals: 1,
  },
];

const withUnit = (v: number | string | null, k: Kpi): string | undefined =>
  v === null
    ? undefined
    : typeof v === 'string'
      ? v
      : `${v.toLocaleString('en-US', { minimumFractionDigits: k.decimals, maximumFractionDigits: k.decimals })} ${k.unit}`;

const kpi: Holdout2Workbook = {
  name: 'h181-kpi-kenko',
  layout: 'C: 第２期総合戦略 KPI, 目標値／実績値 rows per 令和2年度…令和6年度, 「3,180 人」「80.8 年」, 集計中, ◎○△× with a legend of bands and words',
  build(wb) {
    const ws = wb.addWorksheet(KPI);
    widths(ws, [30, 26, 8, 12, 12, 12, 12, 12, 10, 24]);
    merge(ws, 1, 1, 1, 10, '第２期まち・ひと・しごと創生総合戦略　KPI進捗状況（令和５年度実績）');
    put(ws, 2, 1, ['基本目標４　健康で生き生きと暮らせるまちをつくる']);
    put(ws, 4, 1, ['具体的な施策', 'KPI', '区分', '令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度', '評価（R5）', '備考']);
    let r = 5;
    for (const k of KPIS) {
      merge(ws, r, 1, r + 1, 1, k.measure);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets.map((v) => withUnit(v, k))]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals.map((v) => withUnit(v, k))]);
      merge(ws, r, 9, r + 1, 9, k.mark);
      merge(ws, r, 10, r + 1, 10, k.note);
      r += 2;
    }
    box(ws, 4, 1, r - 1, 10);
    put(ws, r + 1, 1, ['評価　◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）']);
  },
  expected: {
    file: 'h181-kpi-kenko.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(KPI, '健康ポイント登録者数', '人', 4000, 3180, { existing: 'C' }),
      ind(KPI, '健康寿命（男性）', '年', 80.5, 80.8, { existing: 'A' }),
      ind(KPI, '受動喫煙防止対策実施施設数', '施設', 120, null, { actualStatus: 'pending' }),
      ind(KPI, '運動習慣者の割合', '％', 35.0, 31.2, { existing: 'B' }),
    ],
    groups: [],
  },
};

const SEIKA = '成果指標';

const plan: Holdout2Workbook = {
  name: 'h181-keikaku-shihyo',
  layout: 'D: 第３次健康増進計画 成果指標, 現況 「16.8⏎（令和元年度）」, 目標（R9）, 実績 with its year, 目指す方向 減少, a blank 実績, a target of 0',
  build(wb) {
    const ws = wb.addWorksheet(SEIKA);
    widths(ws, [16, 30, 6, 34, 10, 16, 10, 16, 26]);
    merge(ws, 1, 1, 1, 9, '第３次健康増進計画（健康やまなみ21）成果指標の点検評価');
    put(ws, 2, 1, ['点検対象：令和４年度実績']);
    put(ws, 4, 1, ['基本方針', '指標', '単位', '指標の説明', '目指す方向', '現況（計画策定時）', '目標（R9）', '実績', '現状把握の方法']);
    const rows: (string | number | undefined)[][] = [
      [undefined, '成人の喫煙率', '％', '20歳以上でたばこを吸う人の割合', '減少', '16.8\n（令和元年度）', 12.0, '14.1\n（令和4年度）', '市民健康意識調査'],
      [
        undefined,
        '特定保健指導実施率',
        '％',
        '特定保健指導の対象者のうち指導を終了した人の割合',
        '増加',
        '22.5\n（令和元年度）',
        45.0,
        '30.4\n（令和4年度）',
        '法定報告',
      ],
      [
        undefined,
        '健康ポイント参加者数',
        '人',
        '健康ポイント事業に参加した市民の数',
        '増加',
        '1,250\n（令和元年度）',
        5000,
        '3,960\n（令和4年度）',
        '事業実績',
      ],
      [
        undefined,
        '受動喫煙の機会を有する者の割合（飲食店）',
        '％',
        '過去1か月間に飲食店で受動喫煙の機会があった人の割合',
        '減少',
        '29.8\n（令和元年度）',
        15.0,
        undefined,
        '県民健康栄養調査（5年ごと）',
      ],
      [
        undefined,
        '妊娠中の喫煙率',
        '％',
        '妊娠届出時にたばこを吸っていると答えた妊婦の割合',
        '減少',
        '2.4\n（令和元年度）',
        0,
        '0.0\n（令和4年度）',
        '妊娠届出書',
      ],
    ];
    rows.forEach((v, i) => put(ws, 5 + i, 1, v));
    merge(ws, 5, 1, 7, 1, '1　生活習慣の改善');
    merge(ws, 8, 1, 9, 1, '2　たばこ対策の推進');
    wrap(ws, 4, 1, 9, 9);
    box(ws, 4, 1, 9, 9);
  },
  expected: {
    file: 'h181-keikaku-shihyo.xlsx',
    fiscalYear: 2022,
    indicators: [
      { ...ind(SEIKA, '成人の喫煙率', '％', 12.0, 14.1, { direction: 'down' }), targetSource: 'final' },
      { ...ind(SEIKA, '特定保健指導実施率', '％', 45.0, 30.4), targetSource: 'final' },
      { ...ind(SEIKA, '健康ポイント参加者数', '人', 5000, 3960), targetSource: 'final' },
      {
        ...ind(SEIKA, '受動喫煙の機会を有する者の割合（飲食店）', '％', 15.0, null, { direction: 'down', actualStatus: 'missing' }),
        targetSource: 'final',
      },
      { ...ind(SEIKA, '妊娠中の喫煙率', '％', 0, 0, { direction: 'down' }), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
