/**
 * Hold-out set 119, the four families, as offices in charge of 移住定住・シティプロモーション・空き家対策・ふるさと納税 write them:
 * a 施策評価シート with stacked indicator blocks (two 施策, each its own sheet), a 事業実績 table of 空き家・移住 projects with
 * text figures, a 地方創生総合戦略 KPI table with 基準値（H30） and 目標値／実績値 rows per 年度, and a シティプロモーション
 * plan's indicator table (現況 and 実績 with their year in the cell).
 */
import type { Workbook } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): two 施策 on two sheets, stacked indicator blocks R2（基準値）…R7（目標値）, 期待値 and 実績値 rows.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '↑（増加）' | '↓（減少）';
  base: number;
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expect: number[];
  /** 実績値 R3…R5. */
  actual: (number | string)[];
  note?: string;
}

interface Policy {
  sheet: string;
  goal: string;
  policy: string;
  purpose: string;
  dept: string;
  lastYear: string;
  blocks: Block[];
  review: [string, string][];
}

const MARKS = ['①', '②', '③', '④', '⑤', '⑥'];

function policySheet(wb: Workbook, p: Policy): void {
  const ws = wb.addWorksheet(p.sheet);
  widths(ws, [12, 11, 11, 11, 11, 11, 11, 12, 10, 8, 10, 14]);
  merge(ws, 1, 1, 1, 12, '令和５年度　施策評価シート');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  merge(ws, 2, 1, 2, 12, '評価対象期間：令和５年度（令和５年４月１日～令和６年３月31日）');
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 7, p.goal);
  put(ws, 3, 8, ['施策の達成状況']);
  put(ws, 3, 10, [p.lastYear]);
  merge(ws, 3, 11, 3, 12, '※（　）内は前年度評価');
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 7, p.policy);
  put(ws, 4, 8, ['担当部課']);
  merge(ws, 4, 9, 4, 12, p.dept);
  put(ws, 5, 1, ['施策の目的']);
  merge(ws, 5, 2, 5, 12, p.purpose);
  box(ws, 3, 1, 5, 12);
  put(ws, 7, 1, ['■成果指標の達成状況']);
  let r = 8;
  p.blocks.forEach((b, i) => {
    put(ws, r, 1, [`指標${MARKS[i]}`]);
    merge(ws, r, 2, r, 5, b.name);
    put(ws, r, 6, ['単位', b.unit, '目指す方向', b.way]);
    merge(ws, r, 10, r, 12);
    put(ws, r + 1, 1, ['指標の説明']);
    merge(ws, r + 1, 2, r + 1, 12, b.desc);
    put(ws, r + 2, 1, ['年度', 'R2\n（基準値）', 'R3', 'R4', 'R5', 'R6', 'R7\n（目標値）']);
    merge(ws, r + 2, 8, r + 2, 12, '備考');
    put(ws, r + 3, 1, ['期待値', '－', ...b.expect]);
    put(ws, r + 4, 1, ['実績値', b.base, ...b.actual]);
    merge(ws, r + 3, 8, r + 4, 12, b.note ?? '');
    wrap(ws, r + 2, 1, r + 2, 7);
    box(ws, r, 1, r + 4, 12);
    r += 6;
  });
  put(ws, r, 1, ['■施策の評価']);
  for (const [label, text] of p.review) {
    r++;
    put(ws, r, 1, [label]);
    merge(ws, r, 2, r, 12, text);
    ws.getRow(r).height = 42;
    box(ws, r, 1, r, 12);
  }
}

const IJU: Policy = {
  sheet: '3-2',
  goal: '３　ひとが集い、住み続けたいと思えるまち',
  policy: '3-2　移住・定住の促進',
  purpose: '移住希望者への相談体制と住まい・仕事の支援を充実させ、若い世代の転入と定着を図る。',
  dept: '企画部　地域振興課',
  lastYear: '（B）',
  blocks: [
    {
      name: '移住相談件数',
      desc: '移住相談窓口（オンライン相談・首都圏での相談会を含む）で受け付けた相談の延べ件数',
      unit: '件',
      way: '↑（増加）',
      base: 212,
      expect: [260, 310, 360, 400, 450],
      actual: [248, 335, 392],
    },
    {
      name: '移住支援制度を活用した移住者数',
      desc: '移住支援金、移住者住宅取得補助金などの市の制度を活用して転入した人数（年度）',
      unit: '人',
      way: '↑（増加）',
      base: 48,
      expect: [60, 70, 80, 90, 100],
      actual: [52, 61, 67],
    },
    {
      name: '空き家バンクを通じた移住世帯数',
      desc: '空き家バンクの物件を購入又は賃借して市外から転入した世帯数（年度）',
      unit: '世帯',
      way: '↑（増加）',
      base: 9,
      expect: [12, 14, 16, 18, 20],
      actual: [11, 10, 8],
      note: '成約件数は伸びているが、市内在住者の住み替えが中心',
    },
    {
      name: '地域おこし協力隊員の任期終了後の定着率',
      desc: '任期を終えた地域おこし協力隊員のうち、引き続き市内に定住した者の割合（制度開始からの累計）',
      unit: '％',
      way: '↑（増加）',
      base: 50.0,
      expect: [55.0, 60.0, 60.0, 65.0, 70.0],
      actual: [57.1, 50.0, 66.7],
    },
    {
      name: '20～39歳の転出超過数',
      desc: '住民基本台帳による20～39歳の転出者数から転入者数を差し引いた人数（年度）',
      unit: '人',
      way: '↓（減少）',
      base: 312,
      expect: [300, 290, 280, 270, 250],
      actual: [335, 301, 298],
      note: '転出超過数は減少傾向にあるが、進学・就職期の転出が続いている',
    },
  ],
  review: [
    ['総合評価', '相談件数は期待値を上回ったが、制度を活用した移住者数や空き家バンク経由の移住は伸び悩んでいる。'],
    ['今後の方向性', '移住コーディネーターによる相談後のフォローを強化し、空き家バンクの物件情報を首都圏向けに発信する。'],
  ],
};

const PROMO: Policy = {
  sheet: '3-3',
  goal: '３　ひとが集い、住み続けたいと思えるまち',
  policy: '3-3　シティプロモーションの推進',
  purpose: '市の魅力を市内外に発信し、市への愛着と関心を高めて応援してくれる人を増やす。',
  dept: '総務部　秘書広報課',
  lastYear: '（A）',
  blocks: [
    {
      name: 'ふるさと納税寄附額',
      desc: 'ふるさと応援寄附金（ふるさと納税）の年度の受入額',
      unit: '百万円',
      way: '↑（増加）',
      base: 312.5,
      expect: [400, 500, 600, 700, 800],
      actual: [455.2, 583.9, 712.8],
    },
    {
      name: '市公式SNSフォロワー数（合計）',
      desc: '市公式のInstagram・X・LINE・Facebookのフォロワー（友だち）数の合計（各年度末）',
      unit: '人',
      way: '↑（増加）',
      base: 8240,
      expect: [11000, 14000, 17000, 20000, 23000],
      actual: [10512, 13020, 17350],
    },
    {
      name: '市の魅力を市外の人に勧めたいと思う市民の割合',
      desc: '市民意識調査で「勧めたい」「どちらかといえば勧めたい」と回答した市民の割合',
      unit: '％',
      way: '↑（増加）',
      base: 32.4,
      expect: [35.0, 37.0, 39.0, 41.0, 43.0],
      actual: [33.8, 35.1, '集計中'],
      note: '令和５年度市民意識調査は集計中（６月確定予定）',
    },
    {
      name: '市ホームページの年間閲覧数',
      desc: '市ホームページのページビュー数（年度）',
      unit: '千件',
      way: '↑（増加）',
      base: 2150,
      expect: [2300, 2400, 2500, 2600, 2700],
      actual: [2412, 2388, 2205],
      note: 'SNSへの情報発信の移行によりホームページの閲覧は減少',
    },
  ],
  review: [
    ['総合評価', 'ふるさと納税寄附額とSNSフォロワー数は期待値を上回り、シティプロモーションは順調に進んでいる。'],
    ['今後の方向性', '返礼品の充実とSNSの動画発信を進め、市外の応援者（関係人口）の拡大につなげる。'],
  ],
};

function policyFacts(p: Policy): ExpectedIndicator[] {
  return p.blocks.map((b) => {
    const a = b.actual[2];
    const direction = b.way.startsWith('↓') ? 'down' : 'up';
    if (typeof a === 'string') {
      const out = ind(p.sheet, b.name, b.unit, b.expect[2], null, { direction, actualStatus: 'pending' });
      out.grade = null;
      return out;
    }
    return ind(p.sheet, b.name, b.unit, b.expect[2], a, { direction });
  });
}

const IJU_FACTS = policyFacts(IJU);
const PROMO_FACTS = policyFacts(PROMO);

const seisaku: Holdout2Workbook = {
  name: 'h119-seisaku-ijuteiju',
  layout:
    "施策評価シート, two 施策 (3-2 移住・定住, 3-3 シティプロモーション) each on its own sheet, five/four stacked blocks R2（基準値）…R7（目標値） with 期待値／実績値 rows, 目指す方向 ↑（増加）／↓（減少）, 百万円 and 千件, one 集計中, an empty 施策の達成状況 cell beside last year's 「（B）」",
  build(wb) {
    policySheet(wb, IJU);
    policySheet(wb, PROMO);
  },
  expected: {
    file: 'h119-seisaku-ijuteiju.xlsx',
    fiscalYear: 2023,
    indicators: [...IJU_FACTS, ...PROMO_FACTS],
    groups: [
      { sheet: '3-2', cell: 'I3', grade: rollUp(IJU_FACTS.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'I3', grade: rollUp(PROMO_FACTS.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): one row per 推進事業 (code, name, 概要 in one cell), figures as text, two measures in a cell, 未実施.

interface Project {
  code: string;
  name: string;
  summary: string;
  dept: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  effect: string;
  issue: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    code: '1-(1)',
    name: '空き家バンク運営事業',
    summary: '空き家の売買・賃貸物件情報を市ホームページ等で公開し、所有者と利用希望者を結び付ける。',
    dept: '住宅政策課',
    last: '登録 31件／成約 19件',
    target: '登録 40件／成約 25件',
    actual: '登録 33件／成約 27件',
    self: 'A',
    effect: '成約件数は目標を上回った。',
    issue: '登録物件の掘り起こし',
    next: '継続',
  },
  {
    code: '1-(2)',
    name: '空き家改修支援補助金',
    summary: '空き家バンク登録物件の改修費用の1/2（上限100万円）を補助する。',
    dept: '住宅政策課',
    last: '交付 9件',
    target: '交付件数 15件',
    actual: '交付件数 12件',
    self: 'B',
    effect: '改修後、12件中9件が移住世帯の入居につながった。',
    issue: '資材高騰による工事費の増',
    next: '拡充',
  },
  {
    code: '1-(3)',
    name: '老朽危険空き家除却支援補助金',
    summary: '倒壊等のおそれがある老朽空き家の除却費用の一部を補助する。',
    dept: '建築指導課',
    last: '6件',
    target: '10件',
    actual: '4件（うち特定空家等 1件）',
    self: 'C',
    effect: '通学路沿いの危険空き家を除却した。',
    issue: '所有者の費用負担が大きく申請が伸びない',
    next: '見直し',
  },
  {
    code: '2-(1)',
    name: '移住体験ツアー事業',
    summary: '首都圏在住の移住希望者を対象に、住まい・仕事・暮らしを体験するツアーを実施する。',
    dept: '地域振興課',
    last: '年2回（参加者 18人）',
    target: '年3回開催',
    actual: '未実施',
    self: 'D',
    effect: '－',
    issue: '受入地区との日程調整がつかず未実施',
    next: '見直し',
  },
  {
    code: '2-(2)',
    name: '東京圏UIJターン移住支援金',
    summary: '東京23区在住・通勤者が移住して市内企業に就業した場合等に支援金を交付する（国・県の制度）。',
    dept: '地域振興課',
    last: '11世帯',
    target: '20世帯',
    actual: '14世帯',
    self: 'B',
    effect: '子育て世帯への加算により単身以外の移住が増えた。',
    issue: 'マッチングサイト掲載企業の拡大',
    next: '継続',
  },
  {
    code: '2-(3)',
    name: '移住コーディネーター配置事業',
    summary: '移住コーディネーター2名を配置し、相談から移住後の生活まで一貫して支援する。',
    dept: '地域振興課',
    last: '相談対応 254件',
    target: '相談対応 300件',
    actual: '276件',
    self: 'A',
    effect: 'オンライン相談が全体の4割を占めた。',
    issue: '相談後のフォロー',
    next: '継続',
  },
  {
    code: '2-(4)',
    name: '移住者交流会開催事業',
    summary: '移住者同士や地域住民との交流会を開催し、移住後の孤立を防ぐ。',
    dept: '地域振興課',
    last: '開催 3回／参加者 58人',
    target: '開催 4回／参加者 80人',
    actual: '開催 4回／参加者 63人',
    self: 'B',
    effect: '交流会をきっかけに移住者サークルが発足した。',
    issue: '平日夜間開催の参加者が少ない',
    next: '継続',
  },
  {
    code: '3-(1)',
    name: '空き家適正管理指導事業',
    summary: '管理が不十分な空き家の所有者に適正管理を依頼する文書を送付し、改善を指導する。',
    dept: '建築指導課',
    last: '通知 98件',
    target: '適正管理依頼通知 120件',
    actual: '146件',
    self: 'A',
    effect: '通知後の改善率は約6割。',
    issue: '相続未登記による所有者不明',
    next: '継続',
  },
  {
    code: '3-(2)',
    name: '空家等対策協議会運営事業',
    summary: '学識経験者、法務・不動産関係団体等で構成する協議会を開催し、計画の進行を管理する。',
    dept: '住宅政策課',
    last: '2回',
    target: '協議会開催 2回',
    actual: '2回',
    self: 'A',
    effect: '特定空家等の認定（2件）について協議した。',
    issue: '－',
    next: '継続',
  },
  {
    code: '4-(1)',
    name: '若者・子育て世帯住宅取得支援事業',
    summary: '40歳未満又は中学生以下の子がいる世帯の住宅取得費用の一部を補助する。',
    dept: '住宅政策課',
    last: '47件',
    target: '50件',
    actual: '54件（うち市外からの転入 21件）',
    self: 'A',
    effect: '市外からの転入世帯が前年度より5件増えた。',
    issue: '予算枠の確保',
    next: '拡充',
  },
];

const PROJECT_FACTS: ExpectedIndicator[] = [
  {
    sheet: '事業実績',
    name: '空き家バンク運営事業',
    measures: [
      { label: '登録', target: 40, actual: 33, unit: '件' },
      { label: '成約', target: 25, actual: 27, unit: '件' },
    ],
    direction: 'up',
    existing: 'A',
    grade: 'B',
  },
  ind('事業実績', '空き家改修支援補助金', '件', 15, 12, { existing: 'B' }),
  ind('事業実績', '老朽危険空き家除却支援補助金', '件', 10, 4, { existing: 'C' }),
  ind('事業実績', '移住体験ツアー事業', '回', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績', '東京圏UIJターン移住支援金', '世帯', 20, 14, { existing: 'B' }),
  ind('事業実績', '移住コーディネーター配置事業', '件', 300, 276, { existing: 'A' }),
  {
    sheet: '事業実績',
    name: '移住者交流会開催事業',
    measures: [
      { label: '開催', target: 4, actual: 4, unit: '回' },
      { label: '参加者', target: 80, actual: 63, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind('事業実績', '空き家適正管理指導事業', '件', 120, 146, { existing: 'A' }),
  ind('事業実績', '空家等対策協議会運営事業', '回', 2, 2, { existing: 'A' }),
  ind('事業実績', '若者・子育て世帯住宅取得支援事業', '件', 50, 54, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h119-jigyo-akiya',
  layout:
    '事業実績 of 空き家対策・移住定住 projects for 令和４年度: code, name and 【概要】 in one cell, R3年度実績値｜R4年度数値目標｜R4年度実績値 as text (「登録 40件／成約 25件」 two measures, 「54件（うち市外からの転入 21件）」), 自己評価, one 未実施; a 記入要領 sheet',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 40, 11, 16, 18, 22, 8, 26, 22, 10]);
    merge(ws, 1, 1, 1, 10, '令和４年度　空き家対策・移住定住推進事業　実績報告');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 10, '所管：都市整備部 住宅政策課・建築指導課／企画部 地域振興課　　（第２期空家等対策計画・移住定住促進プラン 関連事業）');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '推進事業');
    merge(ws, 4, 3, 5, 3, '担当課');
    merge(ws, 4, 4, 4, 6, '数値目標・実績');
    put(ws, 5, 4, ['R3年度実績値', 'R4年度数値目標', 'R4年度実績値']);
    merge(ws, 4, 7, 5, 7, '自己評価');
    merge(ws, 4, 8, 5, 8, '成果・効果');
    merge(ws, 4, 9, 5, 9, '課題');
    merge(ws, 4, 10, 5, 10, '今後の方向性');
    PROJECTS.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.code}\n${p.name}\n【概要】${p.summary}`, p.dept, p.last, p.target, p.actual, p.self, p.effect, p.issue, p.next]);
      ws.getRow(r).height = 58;
    });
    wrap(ws, 4, 1, 5 + PROJECTS.length, 10);
    box(ws, 4, 1, 5 + PROJECTS.length, 10);
    merge(ws, 7 + PROJECTS.length, 1, 7 + PROJECTS.length, 10, '※自己評価は記入要領による。数値目標・実績の欄は、事業の主な活動量又は成果を記入している。');

    const guide = wb.addWorksheet('記入要領');
    guide.getColumn(1).width = 14;
    guide.getColumn(2).width = 60;
    put(guide, 1, 1, ['実績報告の記入要領']);
    put(guide, 3, 1, ['自己評価', 'A：目標を達成した（達成率100％以上）']);
    put(guide, 4, 2, ['B：概ね達成した（80％以上100％未満）']);
    put(guide, 5, 2, ['C：やや遅れている（60％以上80％未満）']);
    put(guide, 6, 2, ['D：遅れている（60％未満）・未実施']);
    put(guide, 8, 1, ['今後の方向性', '拡充／継続／見直し／縮小／廃止／終了　のいずれかを記入']);
    put(guide, 10, 1, ['提出期限', '令和５年５月19日（金）']);
  },
  expected: { file: 'h119-jigyo-akiya.xlsx', fiscalYear: 2022, indicators: PROJECT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. 地方創生 KPI (family C): 基準値（H30）, 令和2年度…令和6年度, a 目標値 row and a 実績値 row per KPI, values with units, ◎○△×.

interface Kpi {
  goal: number;
  name: string;
  unit: string;
  base: string;
  targets: (number | null)[];
  actuals: (number | string)[];
  mark: string;
  note?: string;
  decimals?: number;
}

const KPIS: Kpi[] = [
  { goal: 0, name: '移住相談件数', unit: '件', base: '152 件', targets: [200, 240, 270, 300, 330], actuals: [187, 243, 281, 328], mark: '◎' },
  {
    goal: 0,
    name: '移住支援制度を活用した移住者数（累計）',
    unit: '人',
    base: '－',
    targets: [40, 100, 170, 240, 320],
    actuals: [35, 88, 149, 201],
    mark: '○',
    note: '令和2年度からの累計',
  },
  {
    goal: 0,
    name: '地域おこし協力隊員の定着率',
    unit: '％',
    base: '50.0 ％',
    targets: [null, null, 60, 60, 65],
    actuals: [50.0, 57.1, 62.5, 58.3],
    mark: '△',
    note: '令和4年度から目標設定',
    decimals: 1,
  },
  { goal: 0, name: '空き家バンク成約件数（年間）', unit: '件', base: '12 件', targets: [15, 18, 20, 22, 25], actuals: [14, 21, 19, 13], mark: '×' },
  {
    goal: 0,
    name: '転入者数',
    unit: '人',
    base: '3,104 人',
    targets: [3150, 3150, 3150, 3150, 3150],
    actuals: [2987, 3052, 3121, 3046],
    mark: '○',
    note: '住民基本台帳（年度）',
  },
  {
    goal: 1,
    name: 'ふるさと納税寄附件数',
    unit: '件',
    base: '12,480 件',
    targets: [15000, 20000, 25000, 30000, 35000],
    actuals: [18230, 24615, 27904, 26412],
    mark: '○',
  },
  {
    goal: 1,
    name: 'ふるさと納税寄附額',
    unit: '百万円',
    base: '312 百万円',
    targets: [350, 450, 550, 600, 700],
    actuals: [398.6, 560.2, 683.0, 712.8],
    mark: '◎',
    decimals: 1,
  },
  {
    goal: 1,
    name: '市公式LINE登録者数',
    unit: '人',
    base: '－',
    targets: [null, 5000, 8000, 11000, 14000],
    actuals: [2140, 6318, 9902, 12475],
    mark: '◎',
    note: '令和2年6月開設',
  },
  {
    goal: 1,
    name: 'ふるさと応援団登録者数',
    unit: '人',
    base: '385 人',
    targets: [500, 700, 900, 1100, 1300],
    actuals: [420, 612, 733, '集計中'],
    mark: '－',
    note: '令和5年度は名簿更新中のため集計中',
  },
];

const GOALS = [
  ['基本目標２\n新しいひとの流れをつくる', '(1) 移住・定住の促進\n(2) 空き家の活用'],
  ['基本目標４\n魅力を発信し、応援してくれる人を増やす', '(1) シティプロモーション\n(2) ふるさと納税の推進'],
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

function withUnit(v: number | string | null, unit: string, decimals = 0): string {
  if (v === null) return '－';
  if (typeof v === 'string') return v;
  return `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${unit}`;
}

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[3];
  const more = MARK_LETTER[k.mark] ? { existing: MARK_LETTER[k.mark] } : {};
  if (typeof a === 'string') {
    const out = ind('KPI', k.name, k.unit, k.targets[3], null, { ...more, actualStatus: 'pending' });
    out.grade = null;
    return out;
  }
  return ind('KPI', k.name, k.unit, k.targets[3], a, more);
});

const kpi: Holdout2Workbook = {
  name: 'h119-kpi-sousei',
  layout:
    '第２期総合戦略 KPI table: 基本目標・施策 merged down, a 目標値 row and a 実績値 row per KPI, 基準値（H30） merged over both, 令和2年度…令和6年度 under one merged heading, values as 「328 件」「712.8 百万円」, 「－」 targets before a KPI was set, ◎○△× 評価（R5） with its legend, one 集計中',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [18, 16, 30, 8, 12, 12, 12, 12, 12, 12, 9, 22]);
    merge(ws, 1, 1, 1, 12, '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の進捗状況（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 12, ['令和６年５月　企画政策課']);
    merge(ws, 3, 1, 4, 1, '基本目標');
    merge(ws, 3, 2, 4, 2, '具体的な施策');
    merge(ws, 3, 3, 4, 3, '重要業績評価指標（KPI）');
    merge(ws, 3, 4, 4, 4, '区分');
    merge(ws, 3, 5, 4, 5, '基準値\n（H30）');
    merge(ws, 3, 6, 3, 10, '年度別の目標値・実績値');
    put(ws, 4, 6, ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    merge(ws, 3, 11, 4, 11, '評価\n（R5）');
    merge(ws, 3, 12, 4, 12, '備考');
    let r = 5;
    for (let g = 0; g < GOALS.length; g++) {
      const rows = KPIS.filter((k) => k.goal === g);
      merge(ws, r, 1, r + rows.length * 2 - 1, 1, GOALS[g][0]);
      merge(ws, r, 2, r + rows.length * 2 - 1, 2, GOALS[g][1]);
      for (const k of rows) {
        merge(ws, r, 3, r + 1, 3, k.name);
        put(ws, r, 4, ['目標値']);
        put(ws, r + 1, 4, ['実績値']);
        merge(ws, r, 5, r + 1, 5, k.base);
        put(
          ws,
          r,
          6,
          k.targets.map((t) => withUnit(t, k.unit, k.decimals)),
        );
        put(
          ws,
          r + 1,
          6,
          k.actuals.map((a) => withUnit(a, k.unit, k.decimals)),
        );
        merge(ws, r, 11, r + 1, 11, k.mark);
        merge(ws, r, 12, r + 1, 12, k.note ?? '');
        r += 2;
      }
    }
    box(ws, 3, 1, r - 1, 12);
    merge(
      ws,
      r + 1,
      1,
      r + 1,
      12,
      '【評価】◎：目標達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）',
    );
    merge(ws, r + 2, 1, r + 2, 12, '※達成率＝令和5年度実績値÷令和5年度目標値。令和6年度の実績は令和7年5月の効果検証会議で報告予定。');
  },
  expected: { file: 'h119-kpi-sousei.xlsx', fiscalYear: 2023, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): シティプロモーション推進計画 成果指標, 現況 and 実績 with their year in the cell, 目標（令和8年度）.

interface PlanRow {
  name: string;
  desc: string;
  unit: string;
  now: string;
  target: number;
  actual: string;
  how: string;
  comment: string;
  value: number | null;
}

const PLAN: PlanRow[] = [
  {
    name: '市公式SNSフォロワー数',
    desc: 'Instagram・X・LINE・Facebookのフォロワー（友だち）数の合計',
    unit: '人',
    now: '8,240\n（令和2年度末）',
    target: 25000,
    actual: '17,350\n（令和5年度末）',
    how: '各SNSの管理画面',
    comment: '動画投稿の強化によりInstagramが大きく伸びた。',
    value: 17350,
  },
  {
    name: 'シティプロモーション動画の再生回数（累計）',
    desc: '市が制作したPR動画のYouTube等での再生回数の累計',
    unit: '回',
    now: '120,000\n（令和2年度）',
    target: 1000000,
    actual: '846,210\n（令和5年度）',
    how: '動画配信サイトの集計',
    comment: '移住PR動画が話題となり再生回数が増加した。',
    value: 846210,
  },
  {
    name: '首都圏在住者の本市の認知度',
    desc: '首都圏在住者向けWebアンケートで本市を「知っている」と回答した人の割合',
    unit: '％',
    now: '18.2\n（令和2年度）',
    target: 25.0,
    actual: '21.7\n（令和5年度）',
    how: '首都圏在住者Webアンケート（毎年度）',
    comment: '首都圏での移住相談会・物産展の開催を継続した。',
    value: 21.7,
  },
  {
    name: '「住み続けたい」と思う市民の割合',
    desc: '市民意識調査で「住み続けたい」「どちらかといえば住み続けたい」と回答した市民の割合',
    unit: '％',
    now: '78.5\n（令和元年度）',
    target: 85.0,
    actual: '80.9\n（令和5年度）',
    how: '市民意識調査（毎年度）',
    comment: '若年層の割合が低い傾向が続いている。',
    value: 80.9,
  },
  {
    name: 'ふるさと納税寄附者数',
    desc: 'ふるさと納税により本市に寄附した人の実人数',
    unit: '人',
    now: '10,118\n（令和2年度）',
    target: 30000,
    actual: '31,226\n（令和5年度）',
    how: 'ふるさと納税管理システム',
    comment: '計画の目標値を前倒しで達成した。',
    value: 31226,
  },
  {
    name: '移住相談を経て移住した人数',
    desc: '市の移住相談窓口に相談した後、市内に転入した人数（年度）',
    unit: '人',
    now: '48\n（令和2年度）',
    target: 120,
    actual: '67\n（令和5年度）',
    how: '移住相談記録・転入時アンケート',
    comment: '相談から移住までの期間が長期化している。',
    value: 67,
  },
  {
    name: 'ふるさと応援団登録者数',
    desc: '市外在住で市の応援団（メールマガジン等）に登録した人数',
    unit: '人',
    now: '385\n（令和2年度末）',
    target: 1500,
    actual: '1,052\n（令和5年度末）',
    how: '登録者名簿',
    comment: 'ふるさと納税寄附者への案内により登録者が増えた。',
    value: 1052,
  },
  {
    name: '観光入込客数',
    desc: '県の観光入込客統計による本市の観光入込客数（暦年）',
    unit: '千人',
    now: '1,012\n（令和2年）',
    target: 1500,
    actual: '',
    how: '県観光入込客統計調査',
    comment: '県の統計の公表が遅れているため未記入。',
    value: null,
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out = ind('成果指標', p.name, p.unit, p.target, p.value, p.value === null ? { actualStatus: 'missing' } : {});
  out.targetSource = 'final';
  if (p.value === null) out.grade = null;
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h119-keikaku-promo',
  layout:
    'シティプロモーション推進計画 成果指標 点検: 指標｜指標の説明｜単位｜現況（計画策定時） 「8,240⏎（令和2年度末）」｜目標（令和8年度）｜実績（令和5年度） with its year in the cell｜現状把握の方法｜コメント; one 実績 left blank; a 計画の概要 sheet',
  build(wb) {
    const about = wb.addWorksheet('計画の概要');
    about.getColumn(1).width = 16;
    about.getColumn(2).width = 70;
    put(about, 1, 1, ['第２次シティプロモーション推進計画']);
    put(about, 3, 1, ['計画期間', '令和４年度～令和８年度（５年間）']);
    put(about, 4, 1, ['基本理念', '「選ばれるまち」をめざし、市民とともにまちの魅力を磨き、伝える']);
    put(about, 5, 1, ['点検', '毎年度、成果指標の実績を把握し、シティプロモーション推進会議に報告する']);
    box(about, 3, 1, 5, 2);

    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 30, 36, 7, 16, 14, 16, 22, 32]);
    merge(ws, 1, 1, 1, 9, '第２次シティプロモーション推進計画　成果指標の点検（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（令和8年度）', '実績', '現状把握の方法', '達成状況・今後の取組']);
    PLAN.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.desc, p.unit, p.now, p.target, p.actual || undefined, p.how, p.comment]);
      ws.getCell(r, 6).numFmt = p.unit === '％' ? '0.0' : '#,##0';
      ws.getRow(r).height = 40;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    box(ws, 3, 1, 3 + PLAN.length, 9);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 9, '※実績欄の（　）は把握時点。観光入込客数は県の統計の公表後に記入する。');
  },
  expected: { file: 'h119-keikaku-promo.xlsx', fiscalYear: 2023, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
