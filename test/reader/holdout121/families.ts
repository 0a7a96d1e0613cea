/**
 * Hold-out set 121, the four families, as offices in charge of 障害者福祉・生活困窮者自立支援・地域福祉 write them: a
 * 施策評価シート with indicator blocks tiled two across (two 施策 on two sheets), a 事業実績 table of the 地域福祉計画
 * (生活困窮者自立支援計画) 推進事業 with text figures, a 障害福祉計画 KPI table with 目標値／実績値 rows per 年度 (the period
 * not stated), and a 地域福祉計画 成果指標 table (現況 and 実績 with their year in the cell).
 */
import type { Workbook, Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): two 施策 on two sheets, blocks tiled two across, R2（現状値）…R7, 実績値 and 期待値 rows.

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  /** 実績値 R2…R4 (R2 is the 現状値). */
  actual: (number | string)[];
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expect: number[];
  note?: string;
  down?: boolean;
}

interface Policy {
  sheet: string;
  goal: string;
  policy: string;
  purpose: string;
  lastYear: string;
  blocks: Block[];
}

const POLICIES: Policy[] = [
  {
    sheet: '2-3',
    goal: '2　誰もが健やかに安心して暮らせるまち',
    policy: '2-3　障がい者の自立と社会参加の促進',
    purpose:
      '障がいのある人が住み慣れた地域で自分らしく暮らせるよう、相談支援体制や地域生活支援拠点等の整備を進めるとともに、一般就労への移行や定着を支援します。',
    lastYear: '（B）',
    blocks: [
      {
        no: '①',
        name: '福祉施設から一般就労への移行者数',
        desc: '就労移行支援等の福祉施設を退所し、一般就労した人の数（年間）',
        unit: '人',
        actual: [14, 18, 21],
        expect: [17, 19, 21, 23, 25],
        note: '障害福祉計画の成果目標',
      },
      {
        no: '②',
        name: '地域生活支援拠点等の整備数',
        desc: '緊急時の受入れや相談等の機能を備えた地域生活支援拠点等の数（年度末）',
        unit: 'か所',
        actual: [0, 1, 1],
        expect: [1, 2, 2, 3, 3],
        note: '面的整備型。R4は北部圏域の調整が整わず',
      },
      {
        no: '③',
        name: '共同生活援助（グループホーム）の利用者数',
        desc: '共同生活援助を利用している人の数（3月利用分）',
        unit: '人',
        actual: [112, 121, 127],
        expect: [120, 130, 140, 150, 160],
      },
      {
        no: '④',
        name: '施設入所者数',
        desc: '障害者支援施設に入所している人の数（年度末）。地域生活への移行により減少を目指す指標',
        unit: '人',
        actual: [168, 165, 166],
        expect: [165, 162, 160, 158, 155],
        note: '減少を目指す指標',
        down: true,
      },
      {
        no: '⑤',
        name: '基幹相談支援センターの相談件数',
        desc: '基幹相談支援センターが受けた相談の延べ件数',
        unit: '件',
        actual: [1842, 2015, 2230],
        expect: [2100, 2300, 2500, 2700, 2900],
      },
    ],
  },
  {
    sheet: '2-4',
    goal: '2　誰もが健やかに安心して暮らせるまち',
    policy: '2-4　地域で支え合う福祉の推進',
    purpose: '民生委員・児童委員や地区社会福祉協議会、ボランティアなど地域の担い手を支援し、身近な地域で支え合い、助け合う仕組みをつくります。',
    lastYear: '（A）',
    blocks: [
      {
        no: '⑥',
        name: '民生委員・児童委員の充足率',
        desc: '定数に対する委嘱数の割合（12月1日現在）',
        unit: '％',
        actual: [94.2, 93.5, 91.8],
        expect: [96.0, 97.0, 98.0, 99.0, 100.0],
        note: 'R4.12 一斉改選',
      },
      {
        no: '⑦',
        name: 'ふれあい・いきいきサロン設置数',
        desc: '地区社協等が運営するサロンの数（年度末）',
        unit: 'か所',
        actual: [58, 61, 66],
        expect: [65, 68, 71, 74, 77],
      },
      {
        no: '⑧',
        name: '個別避難計画の作成者数',
        desc: '避難行動要支援者のうち個別避難計画を作成した人の数（累計）',
        unit: '人',
        actual: [35, 120, '集計中'],
        expect: [150, 300, 450, 600, 750],
        note: '福祉専門職との連携によりR4から本格実施',
      },
      {
        no: '⑨',
        name: '福祉ボランティア登録者数',
        desc: '市社会福祉協議会ボランティアセンターの登録者数（年度末）',
        unit: '人',
        actual: [1215, 1180, 1102],
        expect: [1300, 1400, 1500, 1600, 1700],
      },
    ],
  },
];

const YEARS = ['R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];

function writeBlock(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [`指　標\n${b.no}`]);
  merge(ws, r, c + 1, r, c + 3, b.name);
  put(ws, r, c + 4, ['指標の説明']);
  merge(ws, r, c + 5, r, c + 7, b.desc);
  put(ws, r + 1, c + 1, ['単位', ...YEARS]);
  put(ws, r + 2, c, ['実績値']);
  merge(ws, r + 2, c + 1, r + 3, c + 1, b.unit);
  put(ws, r + 2, c + 2, b.actual);
  put(ws, r + 3, c, ['期待値\n※R7は目標値']);
  put(ws, r + 3, c + 3, b.expect);
  put(ws, r + 4, c, ['備　考']);
  merge(ws, r + 4, c + 1, r + 4, c + 7, b.note);
  wrap(ws, r, c, r + 3, c);
  wrap(ws, r + 1, c + 2, r + 1, c + 7);
  box(ws, r, c, r + 4, c + 7);
}

function buildPolicySheets(wb: Workbook): void {
  for (const p of POLICIES) {
    const ws = wb.addWorksheet(p.sheet);
    widths(ws, [2, 10, 7, 9, 9, 9, 9, 9, 9, 2, 10, 7, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 2, 1, 18, '○○市総合計画後期基本計画　令和５年度施策評価シート　（評価対象期間：令和４年度）');
    put(ws, 3, 2, ['基本目標']);
    merge(ws, 3, 3, 3, 9, p.goal);
    put(ws, 3, 11, ['担当部等']);
    merge(ws, 3, 12, 3, 18, '健康福祉部（障がい福祉課・地域福祉課）');
    put(ws, 4, 2, ['施　策']);
    merge(ws, 4, 3, 4, 18, p.policy);
    put(ws, 5, 2, ['施策の目的']);
    merge(ws, 5, 3, 5, 18, p.purpose);
    merge(ws, 6, 2, 7, 2, '達成状況\n評　価');
    merge(ws, 6, 3, 7, 4);
    put(ws, 6, 5, [p.lastYear]);
    merge(ws, 6, 6, 6, 18, 'A　順調　　B　概ね順調　　C　やや遅れている　　D　遅れている');
    merge(ws, 7, 6, 7, 18, '※達成状況評価欄の（ ）内は昨年度の評価結果です。');
    box(ws, 3, 2, 7, 18);
    p.blocks.forEach((b, i) => writeBlock(ws, 9 + Math.floor(i / 2) * 6, i % 2 === 0 ? 2 : 11, b));
  }
}

function policyExpected(): { indicators: ExpectedIndicator[]; groups: { sheet: string; cell: string; grade: string | null }[] } {
  const indicators: ExpectedIndicator[] = [];
  const groups: { sheet: string; cell: string; grade: string | null }[] = [];
  for (const p of POLICIES) {
    const mine = p.blocks.map((b) => {
      const a = b.actual[2];
      return typeof a === 'number'
        ? ind(p.sheet, b.name, b.unit, b.expect[1], a, { direction: b.down ? 'down' : 'up' })
        : ind(p.sheet, b.name, b.unit, b.expect[1], null, { actualStatus: 'pending' });
    });
    indicators.push(...mine);
    groups.push({ sheet: p.sheet, cell: 'C6', grade: rollUp(mine.map((i) => i.grade)) });
  }
  return { indicators, groups };
}

const POLICY_FACTS = policyExpected();

const policySheet: Holdout2Workbook = {
  name: 'h121-shogai-shisaku-sheet',
  layout: 'A: 施策評価シート（評価対象期間：令和４年度）, two 施策 on two sheets, blocks tiled two across, a 減少を目指す指標, a 集計中',
  build: buildPolicySheets,
  expected: { file: 'h121-shogai-shisaku-sheet.xlsx', fiscalYear: 2022, indicators: POLICY_FACTS.indicators, groups: POLICY_FACTS.groups },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 地域福祉計画（生活困窮者自立支援計画）推進事業, 令和６年度, text figures, two measures, 未実施.

const PROJECTS: [string, string, string, string, string, string, string, string][] = [
  [
    '1-1　自立相談支援事業\n生活に困りごとを抱える方の相談を受け、関係機関と連携して支援プランを作成し、自立に向けた支援を行う。',
    '○',
    '新規相談 418件',
    '新規相談受付件数 450件',
    '新規相談受付件数 436件',
    'A',
    '物価高騰の影響による相談が続いた。アウトリーチによる早期把握が課題。',
    '継続',
  ],
  [
    '1-2　住居確保給付金支給事業\n離職等により住居を失うおそれのある方に家賃相当額を支給する。',
    '',
    '支給決定 33件',
    '支給決定件数 40件',
    '支給決定 27件',
    'B',
    '雇用情勢の改善により申請は減少した。',
    '継続',
  ],
  [
    '1-3　就労準備支援事業\n直ちに就労が困難な方に、生活習慣の改善やボランティア体験等の支援を行う。',
    '○',
    '利用者 16人／就労・増収 6人',
    '利用者:20人 就労・増収:8人',
    '利用者:18人 就労・増収:5人',
    'B',
    '協力事業所の開拓を進めたが、就労・増収に結びついた人は目標を下回った。',
    '拡充',
  ],
  [
    '1-4　家計改善支援事業\n家計の見える化や滞納の解消に向けた支援を行う。',
    '',
    '－',
    '支援プラン作成 30件',
    '未実施',
    'D',
    '委託先の選定が整わず未実施。令和７年度の開始に向け準備中。',
    '見直し',
  ],
  [
    '2-1　子どもの学習・生活支援事業\n生活困窮世帯等の小中学生に学習の場と居場所を提供する。',
    '○',
    '参加者 58人',
    '参加者数 60人',
    '参加者数 64人（延べ1,120人）',
    'A',
    '会場を1か所増やし参加者が増加した。',
    '継続',
  ],
  [
    '2-2　民生委員・児童委員活動支援事業\n研修会の開催等により民生委員・児童委員の活動を支援する。',
    '',
    '全体研修会 4回',
    '全体研修会の開催 4回',
    '全体研修会 3回（参加者延べ186人）',
    'B',
    '1回は台風接近により中止した。',
    '継続',
  ],
  [
    '3-1　成年後見制度利用支援事業\n身寄りのない高齢者や障がい者の市長申立てと報酬助成を行う。',
    '',
    '市長申立 11件',
    '市長申立件数 12件',
    '市長申立 14件',
    'A',
    '中核機関との連携により申立てが円滑になった。',
    '継続',
  ],
  [
    '3-2　権利擁護センター運営事業\n権利擁護に関する相談窓口を社会福祉協議会に委託して運営する。',
    '',
    '相談 264件',
    '相談件数 300件',
    '相談 281件（うち新規 97件）',
    'A',
    '周知により新規相談が増えた。',
    '継続',
  ],
];

function buildProjects(wb: Workbook): void {
  const ws = wb.addWorksheet('事業実績');
  widths(ws, [5, 46, 6, 18, 22, 26, 8, 36, 10]);
  merge(ws, 1, 1, 1, 9, '資料２　第２期○○市地域福祉計画（生活困窮者自立支援計画）推進事業の実績（令和６年度）');
  put(ws, 2, 9, ['地域福祉課']);
  put(ws, 3, 1, ['No.', '推進事業', '重点', 'R5年度実績値', 'R6年度数値目標', 'R6年度実績値', '自己評価', '成果・課題', '今後の方向性']);
  PROJECTS.forEach((p, i) => put(ws, 4 + i, 1, [i + 1, ...p.map((v) => v || undefined)]));
  wrap(ws, 3, 1, 3 + PROJECTS.length, 9);
  box(ws, 3, 1, 3 + PROJECTS.length, 9);
  const after = 5 + PROJECTS.length;
  put(ws, after, 1, ['※自己評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている（担当課が記入）']);
  put(ws, after + 1, 1, ['※重点欄の○は計画の重点事業']);
}

const S2 = '事業実績';
const projects: Holdout2Workbook = {
  name: 'h121-jiritsu-jigyo-jisseki',
  layout: 'B: 地域福祉計画（生活困窮者自立支援計画）推進事業の令和６年度実績, text figures, two measures in a cell, 未実施, R5 column beside',
  build: buildProjects,
  expected: {
    file: 'h121-jiritsu-jigyo-jisseki.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(S2, '自立相談支援事業', '件', 450, 436, { existing: 'A' }),
      ind(S2, '住居確保給付金支給事業', '件', 40, 27, { existing: 'B' }),
      {
        sheet: S2,
        name: '就労準備支援事業',
        unit: '人',
        measures: [
          { label: '利用者', target: 20, actual: 18, unit: '人' },
          { label: '就労・増収', target: 8, actual: 5, unit: '人' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind(S2, '家計改善支援事業', '件', 30, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(S2, '子どもの学習・生活支援事業', '人', 60, 64, { existing: 'A' }),
      ind(S2, '民生委員・児童委員活動支援事業', '回', 4, 3, { existing: 'B' }),
      ind(S2, '成年後見制度利用支援事業', '件', 12, 14, { existing: 'A' }),
      ind(S2, '権利擁護センター運営事業', '件', 300, 281, { existing: 'A' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI table (family C): 第６期障害福祉計画, 目標値／実績値 rows per 令和3…5年度, values with units, the period not stated.

interface Kpi {
  group: string;
  name: string;
  unit: string;
  targets: (number | '-')[];
  actuals: (number | string)[];
  note?: string;
}

const KPIS: Kpi[] = [
  { group: '日中活動系サービス', name: '生活介護', unit: '人日', targets: [5820, 5900, 5980], actuals: [5701, 5844], note: '月平均の利用量' },
  { group: '日中活動系サービス', name: '就労移行支援', unit: '人', targets: [48, 52, 56], actuals: [41, 45], note: '月平均の実利用者数' },
  { group: '日中活動系サービス', name: '就労定着支援', unit: '人', targets: [12, 15, 18], actuals: [9, 16] },
  { group: '居住系サービス', name: '共同生活援助', unit: '人', targets: [135, 145, 155], actuals: [138, 146] },
  { group: '相談支援', name: '計画相談支援', unit: '人', targets: [320, 335, 350], actuals: [311, '集計中'], note: '国保連データ確定待ち' },
  { group: '地域生活支援拠点等', name: '地域生活支援拠点等の整備', unit: 'か所', targets: ['-', 1, 1], actuals: [0, 0], note: '圏域で調整中' },
  { group: '障害児支援', name: '児童発達支援', unit: '人日', targets: [1050, 1100, 1150], actuals: [1121, 1208] },
];

const fmt = (v: number | string, unit: string) => (typeof v === 'number' ? `${v.toLocaleString('en-US')} ${unit}` : v);

function buildKpi(wb: Workbook): void {
  const ws = wb.addWorksheet('数値目標');
  widths(ws, [18, 30, 8, 14, 14, 14, 24]);
  merge(ws, 1, 1, 1, 7, '第６期○○市障害福祉計画・第２期障害児福祉計画　成果目標及び活動指標の状況');
  put(ws, 3, 1, ['区分', '項目', undefined, '令和3年度', '令和4年度', '令和5年度', '備考']);
  KPIS.forEach((k, i) => {
    const r = 4 + 2 * i;
    merge(ws, r, 1, r + 1, 1, k.group);
    merge(ws, r, 2, r + 1, 2, k.name);
    put(ws, r, 3, ['目標値', ...k.targets.map((v) => fmt(v, k.unit))]);
    put(ws, r + 1, 3, ['実績値', ...k.actuals.map((v) => fmt(v, k.unit))]);
    merge(ws, r, 7, r + 1, 7, k.note);
  });
  box(ws, 3, 1, 3 + 2 * KPIS.length, 7);
  put(ws, 5 + 2 * KPIS.length, 1, ['※目標値は計画に定める見込量。']);
}

const S3 = '数値目標';
const kpi: Holdout2Workbook = {
  name: 'h121-shogai-keikaku-kpi',
  layout:
    'C: 障害福祉計画 KPI table, 目標値／実績値 rows per KPI, 令和3…5年度 columns, "5,900 人日", 集計中, "-" target; period not stated (R4 latest actuals)',
  build: buildKpi,
  expected: {
    file: 'h121-shogai-keikaku-kpi.xlsx',
    fiscalYear: 2022,
    indicators: KPIS.map((k) => {
      const t = k.targets[1];
      const a = k.actuals[1];
      return typeof a === 'number'
        ? ind(S3, k.name, k.unit, t === '-' ? null : t, a)
        : ind(S3, k.name, k.unit, t === '-' ? null : t, null, { actualStatus: 'pending' });
    }),
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 第３次地域福祉計画 成果指標, 現況（計画策定時） and 実績 with their year in the cell, 目標（R7）.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  base: string;
  target: number;
  actual: string;
  value: number | null;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '地域で支え合いができていると感じる市民の割合',
    desc: '「近所で助け合いができている」と回答した市民の割合',
    unit: '％',
    base: '38.5\n（令和元年度）',
    target: 50.0,
    actual: '41.2\n（令和5年度）',
    value: 41.2,
    how: '市民意識調査',
  },
  {
    name: '民生委員・児童委員の充足率',
    desc: '定数に対する委嘱者数の割合',
    unit: '％',
    base: '95.1\n（令和元年12月1日）',
    target: 100.0,
    actual: '92.6\n（令和5年12月1日）',
    value: 92.6,
    how: '福祉行政報告例',
  },
  {
    name: '地域福祉コーディネーターの配置人数',
    desc: '市社会福祉協議会に配置したコーディネーターの数',
    unit: '人',
    base: '2\n（令和元年度）',
    target: 8,
    actual: '8\n（令和5年度）',
    value: 8,
    how: '社会福祉協議会報告',
  },
  {
    name: '福祉ボランティア登録者数',
    desc: 'ボランティアセンターに登録している個人の数',
    unit: '人',
    base: '1,520\n（令和元年度末）',
    target: 1800,
    actual: '1,214\n（令和5年度末）',
    value: 1214,
    how: 'ボランティアセンター登録台帳',
  },
  {
    name: '自立相談支援機関の新規相談件数',
    desc: '生活困窮者自立相談支援機関が受け付けた新規相談の件数',
    unit: '件',
    base: '285\n（令和元年度）',
    target: 400,
    actual: '352\n（令和5年度）',
    value: 352,
    how: '支援実績報告',
  },
  {
    name: '避難行動要支援者名簿の情報提供同意率',
    desc: '名簿登載者のうち平常時の情報提供に同意した人の割合',
    unit: '％',
    base: '48.0\n（令和元年度）',
    target: 70.0,
    actual: '調査中',
    value: null,
    how: '同意確認調査（隔年）',
  },
];

function buildPlan(wb: Workbook): void {
  const ws = wb.addWorksheet('点検評価');
  widths(ws, [5, 30, 32, 6, 16, 10, 16, 20]);
  merge(ws, 1, 1, 1, 8, '第３次○○市地域福祉計画　成果指標の点検・評価（令和５年度）');
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R7）', '実績', '現状把握の方法']);
  PLAN.forEach((p, i) => put(ws, 4 + i, 1, [i + 1, p.name, p.desc, p.unit, p.base, p.target, p.actual, p.how]));
  wrap(ws, 3, 1, 3 + PLAN.length, 8);
  box(ws, 3, 1, 3 + PLAN.length, 8);
}

const S4 = '点検評価';
const plan: Holdout2Workbook = {
  name: 'h121-chiiki-fukushi-plan',
  layout: 'D: 地域福祉計画 成果指標, 現況 and 実績 with the year in the cell ("41.2⏎（令和5年度）"), 目標（R7）, 調査中',
  build: buildPlan,
  expected: {
    file: 'h121-chiiki-fukushi-plan.xlsx',
    fiscalYear: 2023,
    indicators: PLAN.map((p) => ({
      ...ind(S4, p.name, p.unit, p.target, p.value, p.value === null ? { actualStatus: 'pending' } : {}),
      targetSource: 'final',
    })),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policySheet, projects, kpi, plan];
