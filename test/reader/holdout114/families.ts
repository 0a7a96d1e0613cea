/**
 * Hold-out 114, the four families (保健衛生・生活衛生): a 施策評価シート with stacked indicator blocks on two sheets, a 生活衛生課
 * 事業実績 with text figures and a 犬・猫 two-measure cell, a 動物愛護 KPI table reported per half year (9月末／3月末), and a
 * がん・歯科 plan-indicator table with year notes in the cells.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, gradeOf, ind, put, rollUp } from '../holdout2/kit';

/** Writes a value into the top-left cell of a range and merges it. */
function m(ws: Worksheet, range: string, value: string | number): void {
  ws.getCell(range.split(':')[0]).value = value;
  ws.mergeCells(range);
}

// ---------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): two sheets, blocks stacked down, R1（基準値）…R7（目標値）, 目指す方向 ↑／↓.

interface Block {
  name: string;
  description: string;
  unit: string;
  down?: boolean;
  /** R1..R7 actuals (null: none yet). */
  actuals: (number | null)[];
  /** R1..R7 期待値 (R1 is the baseline: none). */
  expected: (number | null)[];
  note?: string;
}

const POLICY_3_2: Block[] = [
  {
    name: '大腸がん検診受診率',
    description: '市が実施する大腸がん検診の受診率（40～69歳、国の算定方法による）',
    unit: '％',
    actuals: [38.2, 33.5, 35.1, 36.9, 37.8, null, null],
    expected: [null, 39.0, 40.0, 41.0, 42.0, 43.0, 45.0],
    note: 'R2は新型コロナウイルス感染症の影響により受診控えがあった。',
  },
  {
    name: '大腸がん精密検査受診率',
    description: '大腸がん検診で要精密検査となった者のうち精密検査を受診した者の割合',
    unit: '％',
    actuals: [74.0, 70.2, 71.8, 69.5, 66.3, null, null],
    expected: [null, 76.0, 78.0, 80.0, 85.0, 88.0, 90.0],
  },
  {
    name: '献血者数',
    description: '市内で実施した献血（移動採血車・献血ルーム）の協力者数',
    unit: '人',
    actuals: [3180, 2950, 3210, 3350, 3412, null, null],
    expected: [null, 3200, 3200, 3250, 3300, 3350, 3400],
  },
  {
    name: '成人歯科健診受診者数',
    description: '40・50・60・70歳の節目年齢歯科健診の受診者数',
    unit: '人',
    actuals: [540, 410, 488, 575, 612, null, null],
    expected: [null, 600, 650, 700, 800, 850, 900],
  },
  {
    name: '結核り患率',
    description: '人口10万人当たりの新登録結核患者数（暦年）',
    unit: '人口10万対',
    down: true,
    actuals: [11.6, 10.8, 9.9, 9.1, 8.4, null, null],
    expected: [null, 11.0, 10.5, 10.0, 9.0, 8.5, 8.0],
  },
];

const POLICY_3_3: Block[] = [
  {
    name: '食品衛生監視指導計画の監視実施率',
    description: '食品衛生監視指導計画に定める監視件数に対する実施件数の割合',
    unit: '％',
    actuals: [97.5, 62.1, 81.4, 95.0, 102.3, null, null],
    expected: [null, 100, 100, 100, 100, 100, 100],
  },
  {
    name: '収去検査における違反率',
    description: '収去検査を行った検体のうち、規格基準等に違反した検体の割合',
    unit: '％',
    down: true,
    actuals: [1.2, 0.9, 1.1, 0.7, 0.8, null, null],
    expected: [null, 1.0, 0.9, 0.7, 0.5, 0.5, 0.5],
  },
  {
    name: '犬猫の殺処分数',
    description: '保健所で引き取った犬猫のうち殺処分した頭数（病気・負傷等によるものを含む）',
    unit: '頭',
    down: true,
    actuals: [58, 41, 30, 22, 14, null, null],
    expected: [null, 45, 30, 20, 12, 6, 0],
    note: 'R7の目標は「0頭」。',
  },
  {
    name: '狂犬病予防注射接種率',
    description: '登録犬のうち狂犬病予防注射を受けた犬の割合',
    unit: '％',
    actuals: [69.4, 67.0, 68.8, 70.1, 71.2, null, null],
    expected: [null, 70.0, 71.0, 73.0, 75.0, 77.0, 80.0],
  },
];

function policySheet(ws: Worksheet, code: string, title: string, lastYear: string, blocks: Block[]): void {
  m(ws, 'A1:S1', '〇〇市総合計画 後期基本計画　令和６年度 基本施策評価シート　（評価対象期間：令和５年度）');
  ws.getCell('A3').value = '基本方針';
  m(ws, 'B3:I3', '3.健やかに安心して暮らせるまち');
  m(ws, 'K3:M3', '達成状況評価');
  ws.getCell('O3').value = lastYear;
  ws.getCell('P3').value = '※（　）は前年度評価';
  ws.getCell('A4').value = '基本施策';
  m(ws, 'B4:I4', `${code}.${title}`);
  m(ws, 'K4:M4', '凡例');
  m(ws, 'N4:S4', 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  ws.getCell('A5').value = '担当部等';
  m(ws, 'B5:I5', '保健福祉部（健康づくり課・生活衛生課）');
  m(ws, 'K5:M5', '目指す方向');
  m(ws, 'N5:S5', '↑：数値の増加を目指す　↓：数値の減少を目指す');
  const years = ['R1\n（基準値）', 'R2', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）'];
  let r = 7;
  blocks.forEach((b, i) => {
    ws.getCell(r, 1).value = `成果指標 ${'①②③④⑤'[i]}`;
    m(ws, `B${r}:I${r}`, b.name);
    ws.getCell(r, 11).value = '目指す方向';
    ws.getCell(r, 12).value = b.down ? '↓' : '↑';
    ws.getCell(r + 1, 1).value = '指標の説明';
    m(ws, `B${r + 1}:L${r + 1}`, b.description);
    ws.getCell(r + 2, 1).value = '単位';
    ws.getCell(r + 2, 2).value = b.unit;
    ws.getCell(r + 3, 1).value = '区分';
    put(ws, r + 3, 2, years);
    ws.getCell(r + 4, 1).value = '実績値';
    put(ws, r + 4, 2, b.actuals);
    ws.getCell(r + 5, 1).value = '期待値';
    put(ws, r + 5, 2, b.expected);
    ws.getCell(r + 6, 1).value = '備考';
    if (b.note) m(ws, `B${r + 6}:L${r + 6}`, b.note);
    r += 8;
  });
  ws.getCell(r, 1).value = '総合評価';
  m(ws, `B${r}:S${r}`, '一部の指標で期待値を下回ったが、全体としては概ね計画どおり進捗している。');
  ws.getCell(r + 1, 1).value = '今後の方向性';
  m(ws, `B${r + 1}:S${r + 1}`, '継続');
}

const blockFacts = (sheet: string, blocks: Block[]): ExpectedIndicator[] =>
  blocks.map((b) => ind(sheet, b.name, b.unit, b.expected[4], b.actuals[4], { direction: b.down ? 'down' : 'up' }));

const A32 = blockFacts('3-2', POLICY_3_2);
const A33 = blockFacts('3-3', POLICY_3_3);

const policy: Holdout2Workbook = {
  name: 'h114-eisei-shisaku',
  layout: 'A: two 基本施策 sheets (3-2 保健衛生, 3-3 生活衛生), blocks stacked down, R1（基準値）…R7（目標値）, 実績値／期待値, 目指す方向 ↑↓ per block',
  build(wb) {
    policySheet(wb.addWorksheet('3-2'), '3-2', '保健衛生の充実', '（B）', POLICY_3_2);
    policySheet(wb.addWorksheet('3-3'), '3-3', '生活衛生の確保', '（C）', POLICY_3_3);
  },
  expected: {
    file: 'h114-eisei-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: [...A32, ...A33],
    groups: [
      { sheet: '3-2', cell: 'N3', grade: rollUp(A32.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'N3', grade: rollUp(A33.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 生活衛生課 推進事業, 令和5年度 over 数値目標｜実績値, text figures, 犬・猫 in one cell.

const PROJECTS: [string, string, string, string, string, string, string][] = [
  ['1', '食品衛生監視指導事業\n食品等事業者への立入検査及び収去検査を計画的に実施', '監視件数 1,724件', '監視件数 1,800件', '監視件数 1,652件', 'B', '継続'],
  [
    '2',
    '犬猫譲渡推進事業\n譲渡会の開催、譲渡ボランティアとの連携',
    '犬 28頭\n猫 71頭',
    '譲渡数　犬：30頭　猫：80頭',
    '譲渡数　犬：33頭　猫：62頭',
    'B',
    '拡充',
  ],
  ['3', '狂犬病予防事業\n集合注射の実施、未注射犬への督促', '集合注射 14会場', '集合注射 14会場', '集合注射 14会場', 'A', '継続'],
  ['4', '環境衛生施設監視指導事業\n旅館・公衆浴場・理美容所等への立入検査', '立入施設数 236施設', '立入施設数 240施設', '立入施設数 198施設', 'B', '継続'],
  ['5', '献血推進事業\n献血推進協議会と連携した啓発・移動採血', '献血者数 3,350人', '献血者数 3,300人', '献血者数 3,412人', 'A', '継続'],
  ['6', '妊婦歯科健康診査事業\n妊娠期の歯科健診費用の助成', '受診者数 182人', '受診者数 250人', '受診者数 141人', 'C', '見直し'],
  ['7', '感染症予防啓発事業\n学校・事業所への出前講座', '18回', '20回', '未実施', 'D', '見直し'],
  ['8', '動物愛護講習会開催事業\n適正飼養・終生飼養の普及啓発', '2回', '3回', '3回（参加者 延べ64人）', 'A', '継続'],
  ['9', 'がん検診精密検査受診勧奨事業\n要精密検査未受診者への個別通知', '勧奨通知 420通', '勧奨通知 500通', '集計中', '－', '継続'],
  ['10', '食品衛生講習会開催事業\n食品等事業者・食品衛生責任者向け講習会', '受講者数 572人', '受講者数 600人', '受講者数 548人', 'B', '継続'],
];

const B_SHEET = '事業実績';
const projectFacts: ExpectedIndicator[] = [
  ind(B_SHEET, '食品衛生監視指導事業', '件', 1800, 1652, { existing: 'B' }),
  {
    sheet: B_SHEET,
    name: '犬猫譲渡推進事業',
    measures: [
      { label: '犬', target: 30, actual: 33, unit: '頭' },
      { label: '猫', target: 80, actual: 62, unit: '頭' },
    ],
    direction: 'up',
    existing: 'B',
    grade: gradeOf(80, 62),
  },
  ind(B_SHEET, '狂犬病予防事業', '会場', 14, 14, { existing: 'A' }),
  ind(B_SHEET, '環境衛生施設監視指導事業', '施設', 240, 198, { existing: 'B' }),
  ind(B_SHEET, '献血推進事業', '人', 3300, 3412, { existing: 'A' }),
  ind(B_SHEET, '妊婦歯科健康診査事業', '人', 250, 141, { existing: 'C' }),
  ind(B_SHEET, '感染症予防啓発事業', '回', 20, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(B_SHEET, '動物愛護講習会開催事業', '回', 3, 3, { existing: 'A' }),
  ind(B_SHEET, 'がん検診精密検査受診勧奨事業', '通', 500, null, { actualStatus: 'pending' }),
  ind(B_SHEET, '食品衛生講習会開催事業', '人', 600, 548, { existing: 'B' }),
];

const projects: Holdout2Workbook = {
  name: 'h114-eisei-jigyo',
  layout:
    'B: 生活衛生課 推進事業, 令和5年度 merged over 数値目標｜実績値, figures as text with labels, 「犬：30頭　猫：80頭」 in one cell, 未実施, 集計中 with 自己評価 「－」',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    m(ws, 'A1:I1', '令和５年度　保健衛生・生活衛生分野　推進事業の実績（生活衛生課・健康づくり課）');
    m(ws, 'A3:A4', 'No.');
    m(ws, 'B3:B4', '推進事業\n（事業名・概要）');
    m(ws, 'C3:C4', '令和4年度\n実績値');
    m(ws, 'D3:E3', '令和5年度');
    put(ws, 4, 4, ['数値目標', '実績値']);
    m(ws, 'F3:F4', '自己評価');
    m(ws, 'G3:G4', '成果・効果');
    m(ws, 'H3:H4', '課題');
    m(ws, 'I3:I4', '今後の方向性');
    PROJECTS.forEach((p, i) => {
      const r = 5 + i;
      put(ws, r, 1, [Number(p[0]), p[1], p[2], p[3], p[4], p[5]]);
      ws.getCell(r, 9).value = p[6];
    });
    ws.getCell(7, 7).value = '猫の譲渡は成猫の希望者が少なく目標に届かなかった。';
    ws.getCell(11, 8).value = '講師派遣の調整がつかず、年度内の実施を見送った。';
    ws.getCell(13, 8).value = '受診結果の把握に時間を要するため、実績は集計中。';
    m(ws, 'A16:I16', '※自己評価　A：目標を達成　B：概ね達成（80％以上）　C：一部未達成（60％以上）　D：未達成・未実施');
  },
  expected: { file: 'h114-eisei-jigyo.xlsx', fiscalYear: 2023, indicators: projectFacts, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 3. KPI table (family C): 動物愛護管理, 目標値／実績値 per KPI, period columns every half year (9月末 = 上半期累計).

const PERIODS = ['令和5年9月末', '令和6年3月末', '令和6年9月末', '令和7年3月末', '令和7年9月末', '令和8年3月末'];

interface Kpi {
  name: string;
  unit: string;
  down: boolean;
  targets: (number | null)[];
  actuals: (number | string | null)[];
  note?: string;
}

const KPIS: Kpi[] = [
  { name: '犬の引取り数', unit: '頭', down: true, targets: [22, 45, 20, 40, 18, 35], actuals: [19, 41, 17, 36, null, null] },
  { name: '猫の引取り数', unit: '頭', down: true, targets: [85, 170, 75, 150, 65, 130], actuals: [98, 196, 101, 188, null, null] },
  { name: '犬の譲渡数', unit: '頭', down: false, targets: [15, 30, 17, 35, 20, 40], actuals: [14, 29, 13, 31, null, null] },
  { name: '猫の譲渡数', unit: '頭', down: false, targets: [50, 100, 55, 110, 60, 120], actuals: [48, 103, 60, 117, null, null] },
  { name: '犬の殺処分数', unit: '頭', down: true, targets: [0, 0, 0, 0, 0, 0], actuals: [0, 1, 0, 0, null, null], note: '目標は「0頭」' },
  { name: '猫の殺処分数', unit: '頭', down: true, targets: [0, 0, 0, 0, 0, 0], actuals: [5, 9, 2, 6, null, null], note: '目標は「0頭」' },
  { name: '狂犬病予防注射接種率', unit: '%', down: false, targets: [70.0, 73.0, 71.0, 75.0, 73.0, 77.0], actuals: [66.8, 71.5, 65.9, 70.4, null, null] },
  {
    name: '所有者不明猫の不妊去勢手術数',
    unit: '頭',
    down: false,
    targets: [60, 120, 60, 120, 60, 120],
    actuals: [64, 118, 57, '集計中', null, null],
    note: '地域猫活動支援事業',
  },
];

const cellOf = (v: number | string | null, unit: string): string | undefined =>
  v === null ? undefined : typeof v === 'string' ? v : `${v.toLocaleString('en-US')}${unit === '%' ? '%' : ` ${unit}`}`;

const C_SHEET = 'KPI';
const kpiFacts: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[3];
  return typeof a === 'number'
    ? ind(C_SHEET, k.name, k.unit, k.targets[3], a, { direction: k.down ? 'down' : 'up' })
    : ind(C_SHEET, k.name, k.unit, k.targets[3], null, { direction: k.down ? 'down' : 'up', actualStatus: 'pending' });
});

const kpi: Holdout2Workbook = {
  name: 'h114-doubutsu-kpi',
  layout:
    'C: 動物愛護管理推進計画 KPI, 目標値／実績値 rows, half-year columns 令和5年9月末…令和8年3月末 (9月末 = 上半期累計), 目標の方向 減少／増加, targets 「0 頭」, 集計中',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    m(ws, 'A1:J1', '〇〇市動物愛護管理推進計画　重要業績評価指標（KPI）の進捗状況（半期報告）');
    ws.getCell('A2').value = '※各年9月末の値は当該年度上半期（4月～9月）の累計、3月末の値は年度の累計。';
    put(ws, 4, 1, ['KPI', '区分', ...PERIODS, '目標の方向', '備考']);
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      m(ws, `A${r}:A${r + 1}`, k.name);
      ws.getCell(r, 2).value = '目標値';
      ws.getCell(r + 1, 2).value = '実績値';
      put(
        ws,
        r,
        3,
        k.targets.map((v) => cellOf(v, k.unit)),
      );
      put(
        ws,
        r + 1,
        3,
        k.actuals.map((v) => cellOf(v, k.unit)),
      );
      m(ws, `I${r}:I${r + 1}`, k.down ? '減少' : '増加');
      if (k.note) m(ws, `J${r}:J${r + 1}`, k.note);
    });
  },
  // Nothing on the sheet states the year: the period is the latest with actuals, a guess (sets 53, 80 and 113 expect so too).
  expected: { file: 'h114-doubutsu-kpi.xlsx', fiscalYear: 2024, indicators: kpiFacts, groups: [], guesses: ['period'] },
};

// ---------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): がん対策・歯科保健, 現況（計画策定時） with its year, 目標（R9）, 実績 with its year.

const PLAN: [string, string, number, number, number | string][] = [
  ['胃がん検診受診率', '50～69歳の胃がん検診受診率（国の算定方法による）', 8.1, 12.0, 9.4],
  ['肺がん検診受診率', '40～69歳の肺がん検診受診率（国の算定方法による）', 7.2, 10.0, 6.8],
  ['大腸がん検診受診率', '40～69歳の大腸がん検診受診率（国の算定方法による）', 9.0, 12.0, 10.2],
  ['子宮頸がん検診受診率', '20～69歳女性の子宮頸がん検診受診率（国の算定方法による）', 14.5, 18.0, 15.1],
  ['乳がん検診受診率', '40～69歳女性の乳がん検診受診率（国の算定方法による）', 16.2, 18.0, 18.3],
  ['大腸がん精密検査受診率', '要精密検査者のうち精密検査を受診した者の割合', 72.1, 90.0, 74.6],
  ['乳がん精密検査受診率', '要精密検査者のうち精密検査を受診した者の割合', 91.0, 95.0, 96.2],
  ['3歳児でむし歯のない者の割合', '3歳児健康診査でむし歯のない者の割合', 86.3, 92.0, 90.1],
  ['成人歯科健診受診率', '節目年齢（40・50・60・70歳）歯科健診の受診率', 4.8, 10.0, '調査中'],
];

const D_SHEET = '計画の指標';
const planFacts: ExpectedIndicator[] = PLAN.map(([name, , , target, actual]) => {
  const f = typeof actual === 'number' ? ind(D_SHEET, name, '％', target, actual) : ind(D_SHEET, name, '％', target, null, { actualStatus: 'pending' });
  f.targetSource = 'final';
  return f;
});

const plan: Holdout2Workbook = {
  name: 'h114-gan-shika-keikaku',
  layout:
    'D: 健康増進計画（がん・歯科）指標, 単位 column, 現況（計画策定時） 「8.1⏎（令和元年度）」, 目標（R9）, 実績 「9.4⏎（令和5年度）」, 「国の算定方法による」 in 指標の説明, 調査中',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    m(ws, 'A1:H1', '第3期健康増進計画（がん対策・歯科保健分野）　指標の点検評価　（令和５年度実績）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R9）', '実績', '現状把握の方法']);
    PLAN.forEach(([name, desc, base, target, actual], i) => {
      const r = 4 + i;
      put(ws, r, 1, [
        i + 1,
        name,
        desc,
        '％',
        `${base.toFixed(1)}\n（令和元年度）`,
        target,
        typeof actual === 'number' ? `${actual.toFixed(1)}\n（令和5年度）` : actual,
        i < 7 ? '地域保健・健康増進事業報告' : i === 7 ? '3歳児健康診査結果' : '歯科健診受診状況調査（令和6年度実施予定）',
      ]);
    });
    ws.getCell(14, 1).value = '※がん検診受診率は国の算定方法（対象年齢の上限を69歳とする）による。';
  },
  expected: { file: 'h114-gan-shika-keikaku.xlsx', fiscalYear: 2023, indicators: planFacts, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projects, kpi, plan];
