/**
 * Hold-out set 118, the four families, written for "市民協働・男女共同参画・人権・多文化共生": a 施策評価シート on two sheets
 * (3-2 市民協働, 3-3 多文化共生) with stacked indicator blocks (期待値 per year, a separate 目標値（R7年度） column, 実績値 and a
 * computed 達成率 row), a 男女共同参画プラン 推進事業 実績報告 with text figures, a 多文化共生 KPI table per 3月末 and a 人権教育・啓発
 * 推進計画 plan-indicator table with the year in each 現況／実績 cell.
 */
import type { Workbook, Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

/** Merges a range (1-based) and writes its value into the top-left cell. */
export function merge(ws: Worksheet, r1: number, c1: number, r2: number, c2: number, value?: string | number): void {
  ws.mergeCells(r1, c1, r2, c2);
  if (value !== undefined) ws.getCell(r1, c1).value = value;
}

/** Wraps the text of every cell in rows r1..r2, columns c1..c2. */
export function wrap(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) ws.getCell(r, c).alignment = { wrapText: true, vertical: 'middle' };
}

/** Column widths from column A. */
export function widths(ws: Worksheet, w: number[]): void {
  w.forEach((x, i) => (ws.getColumn(i + 1).width = x));
}

/** One decimal, as ROUND(x,1) gives it. */
export const round1 = (x: number) => Math.round(x * 10 + 1e-9) / 10;

// ---------------------------------------------------------------------------------------------------------------------------
// A: 施策評価シート, stacked blocks with 期待値 per year, 目標値（R7年度） in its own column and a 達成率 row.

interface Block {
  name: string;
  unit: string;
  down?: boolean;
  description: string;
  source: string;
  /** R3..R7 期待値 (null: －). */
  expected: (number | null)[];
  final: number;
  /** R2..R5 実績値 (string: as written). */
  actual: (number | string)[];
  note?: string;
}

const YEARS = ['R2年度\n（基準値）', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度'];
const NUMBERS = ['①', '②', '③', '④', '⑤', '⑥'];

function policySheet(
  wb: Workbook,
  sheet: string,
  head: { goal: string; policy: string; dept: string; section: string; related: string; purpose: string; last: string },
  blocks: Block[],
): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [16, 11, 11, 11, 11, 11, 11, 12, 8, 14]);
  merge(ws, 1, 1, 1, 10, '令和５年度　施策評価シート');
  ws.getCell(1, 1).font = { bold: true, size: 14 };
  merge(ws, 2, 1, 2, 10, '評価対象期間：令和５年度（令和５年４月１日～令和６年３月３１日）');
  put(ws, 3, 1, ['基本目標']);
  merge(ws, 3, 2, 3, 6, head.goal);
  put(ws, 3, 7, ['担当部']);
  merge(ws, 3, 8, 3, 10, head.dept);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 6, head.policy);
  put(ws, 4, 7, ['主担当課']);
  merge(ws, 4, 8, 4, 10, head.section);
  put(ws, 5, 1, ['関係課']);
  merge(ws, 5, 2, 5, 6, head.related);
  put(ws, 5, 7, ['達成状況評価']);
  // H5: this year's grade, left for the evaluation office; I5: last year's.
  put(ws, 5, 9, [head.last]);
  put(ws, 5, 10, ['※（ ）は前年度']);
  put(ws, 6, 1, ['施策の目的']);
  merge(ws, 6, 2, 6, 10, head.purpose);
  merge(ws, 7, 7, 7, 10, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  wrap(ws, 3, 1, 7, 10);
  put(ws, 9, 1, ['■ 成果指標の状況']);
  let r = 10;
  blocks.forEach((b, i) => {
    put(ws, r, 1, [`成果指標${NUMBERS[i]}`]);
    merge(ws, r, 2, r, 6, b.name);
    put(ws, r, 7, ['単位', b.unit, '方向', b.down ? '↓' : '↑']);
    put(ws, r + 1, 1, ['指標の説明・算出方法']);
    merge(ws, r + 1, 2, r + 1, 10, b.description);
    put(ws, r + 2, 1, ['区分', ...YEARS, '目標値\n（R7年度）']);
    merge(ws, r + 2, 9, r + 2, 10, '出典');
    put(ws, r + 3, 1, ['期待値', '－', ...b.expected.map((v) => v ?? '－'), b.final]);
    merge(ws, r + 3, 9, r + 5, 10, b.source);
    put(ws, r + 4, 1, ['実績値', ...b.actual]);
    ws.getCell(r + 5, 1).value = '達成率';
    ws.getCell(r + 5, 2).value = '－';
    for (let k = 1; k < b.actual.length; k++) {
      const a = b.actual[k];
      const e = b.expected[k - 1];
      const col = 2 + k;
      const cell = ws.getCell(r + 5, col);
      if (typeof a !== 'number' || e === null) {
        cell.value = '－';
        continue;
      }
      const A = ws.getCell(r + 4, col).address;
      const E = ws.getCell(r + 3, col).address;
      cell.value = b.down
        ? { formula: `ROUND(${E}/${A}*100,1)`, result: round1((e / a) * 100) }
        : { formula: `ROUND(${A}/${E}*100,1)`, result: round1((a / e) * 100) };
      cell.numFmt = '0.0"%"';
    }
    put(ws, r + 6, 1, ['備考']);
    merge(ws, r + 6, 2, r + 6, 10, b.note);
    wrap(ws, r, 1, r + 6, 10);
    r += 8;
  });
  put(ws, r, 1, ['※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い']);
  put(ws, r + 1, 1, ['※達成率は、期待値に対する実績値の割合（↓の指標は期待値÷実績値）']);
  put(ws, r + 3, 1, ['■ 総合評価']);
  merge(ws, r + 4, 1, r + 6, 10, '（評価担当課が記入）');
  put(ws, r + 7, 1, ['■ 今後の方向性']);
  merge(ws, r + 8, 1, r + 9, 10);
}

const KYODO: Block[] = [
  {
    name: '自治会加入率',
    unit: '％',
    description: '住民基本台帳世帯数に占める自治会加入世帯数の割合（各年度末現在）',
    source: '自治会連合会調べ',
    expected: [71.5, 71.0, 70.0, 70.0, 70.0],
    final: 70.0,
    actual: [71.6, 70.9, 69.8, 68.1],
    note: 'R5：加入世帯 38,412世帯／住民基本台帳世帯 56,405世帯。単身世帯・共同住宅の増加により減少傾向。',
  },
  {
    name: '市民活動支援センター登録団体数',
    unit: '団体',
    description: '市民活動支援センターに登録している市民活動団体・NPO等の数（各年度末現在）',
    source: '市民協働課調べ',
    expected: [146, 150, 155, 160, 165],
    final: 165,
    actual: [141, 149, 158, 171],
  },
  {
    name: '市民提案型協働事業の実施件数',
    unit: '件',
    description: '市民提案型協働事業制度により市と市民活動団体が協働で実施した事業の件数',
    source: '市民協働課調べ',
    expected: [7, 7, 8, 8, 8],
    final: 8,
    actual: [2, 3, 5, 5],
    note: 'R2・R3は新型コロナウイルス感染症の影響により提案が減少',
  },
  {
    name: '市民活動に参加したことがある市民の割合',
    unit: '％',
    description: '市民意識調査で「この1年間に地域活動・ボランティア活動に参加したことがある」と回答した市民の割合',
    source: '市民意識調査',
    expected: [31.0, 32.0, 33.0, 34.0, 35.0],
    final: 35.0,
    actual: [29.8, 26.4, 25.0, 24.6],
  },
  {
    name: 'NPO法人数',
    unit: '法人',
    description: '市内に主たる事務所を置く特定非営利活動法人の数（各年度末現在）',
    source: '県NPO法人名簿',
    expected: [44, 46, 48, 50, 52],
    final: 52,
    actual: [43, 44, 46, 46],
    note: 'R5は新規設立2法人、解散2法人',
  },
];

const TABUNKA: Block[] = [
  {
    name: '外国人相談窓口の相談件数',
    unit: '件',
    description: '多文化共生センター（外国人相談窓口）で受け付けた相談の延べ件数',
    source: '国際交流室調べ',
    expected: [700, 800, 900, 950, 1000],
    final: 1000,
    actual: [588, 704, 862, 1134],
    note: '相談員を1名増員し、ベトナム語・ネパール語の対応日を拡充した',
  },
  {
    name: '日本語教室の延べ参加者数',
    unit: '人',
    description: '市及び国際交流協会が実施する日本語教室（初級・中級・親子）の延べ参加者数',
    source: '国際交流協会事業報告',
    expected: [470, 400, 420, 450, 480],
    final: 480,
    actual: [120, 236, 301, 398],
  },
  {
    name: '国際交流イベント参加者数',
    unit: '人',
    description: '国際交流フェスタ等の国際交流イベントの参加者数',
    source: '国際交流室調べ',
    expected: [1000, 2000, 2500, 2800, 3000],
    final: 3000,
    actual: ['中止', 640, 1512, 2046],
    note: 'R2は新型コロナウイルス感染症の影響により中止',
  },
  {
    name: 'やさしい日本語・多言語による情報発信件数',
    unit: '件',
    description: '市ホームページ・SNS等で、やさしい日本語又は多言語（英語・中国語・ベトナム語ほか）で発信した情報の件数',
    source: '広報広聴課・国際交流室調べ',
    expected: [90, 120, 150, 165, 180],
    final: 180,
    actual: [96, 121, 140, 162],
  },
  {
    name: '生活で困っていることがあると答えた外国人住民の割合',
    unit: '％',
    down: true,
    description: '外国人住民アンケート（毎年実施）で「生活で困っていることがある」と回答した人の割合。減少を目指す。',
    source: '外国人住民アンケート',
    expected: [38.0, 35.0, 32.0, 28.0, 25.0],
    final: 25.0,
    actual: [41.3, 37.8, 34.9, 29.6],
  },
];

function blockFacts(sheet: string, blocks: Block[]): ExpectedIndicator[] {
  return blocks.map((b) => {
    const a = b.actual[3];
    return ind(sheet, b.name, b.unit, b.expected[2], typeof a === 'number' ? a : null, { direction: b.down ? 'down' : 'up' });
  });
}

const kyodoFacts = blockFacts('3-2', KYODO);
const tabunkaFacts = blockFacts('3-3', TABUNKA);

const SHISAKU: Holdout2Workbook = {
  name: 'h118-kyodo-shisaku',
  layout:
    "A: 施策評価シート on two sheets (3-2 市民協働, 3-3 多文化共生), five stacked blocks each: 区分 R2年度（基準値）〜R7年度, a 期待値 row, a separate 目標値（R7年度） column, 実績値 and a computed 達成率 row (ROUND formulas), 方向 ↑／↓, an empty 達成状況評価 cell (H5) beside last year's 「（B）」",
  build(wb) {
    policySheet(
      wb,
      '3-2',
      {
        goal: '３　ともに支え合い、多様性を認め合うまち',
        policy: '3-2　市民協働によるまちづくりの推進',
        dept: '市民生活部',
        section: '市民協働課',
        related: '企画政策課、生涯学習課',
        purpose: '市民・市民活動団体・事業者と市が、それぞれの役割を担いながら協働してまちづくりを進める。',
        last: '（B）',
      },
      KYODO,
    );
    policySheet(
      wb,
      '3-3',
      {
        goal: '３　ともに支え合い、多様性を認め合うまち',
        policy: '3-3　多文化共生社会の推進',
        dept: '市民生活部',
        section: '市民協働課国際交流室',
        related: '広報広聴課、危機管理課、学校教育課',
        purpose: '国籍や文化の違いを認め合い、外国人住民も安心して暮らし、地域の一員として活躍できるまちをつくる。',
        last: '（B）',
      },
      TABUNKA,
    );
  },
  expected: {
    file: 'h118-kyodo-shisaku.xlsx',
    fiscalYear: 2023,
    indicators: [...kyodoFacts, ...tabunkaFacts],
    groups: [
      { sheet: '3-2', cell: 'H5', grade: rollUp(kyodoFacts.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'H5', grade: rollUp(tabunkaFacts.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// B: 推進事業 実績報告, text figures.

const JIGYO_ROWS: [string, string, string, string, string, string, string, string, string][] = [
  // [code+name, 概要, 担当課, R4, 目標, 実績, 評価, 成果・課題, 方向性]
  [
    '1-1-1　男女共同参画週間啓発事業',
    '男女共同参画週間（6月）に合わせ、市役所・図書館でパネル展を開催する。',
    '市民協働課',
    'パネル展 2回',
    'パネル展 2回',
    'パネル展 3回',
    'A',
    'ショッピングセンターでの出張展示を新たに実施した。',
    '継続',
  ],
  [
    '1-1-2　男女共同参画セミナー開催事業',
    '市民を対象に、固定的な性別役割分担意識の解消をテーマとしたセミナーを開催する。',
    '市民協働課',
    '延べ 231人',
    '延べ受講者数 300人',
    '延べ受講者数 247人',
    'B',
    'オンライン併用としたが、若年層の参加が少ない。',
    '見直し',
  ],
  [
    '1-2-1　女性リーダー養成講座（かがやき塾）',
    '地域や職場で活躍する女性リーダーを養成する連続講座（全6回）。',
    '市民協働課',
    '修了者 14人',
    '修了者 20人',
    '修了者 12人',
    'B',
    '受講申込は18人あったが、全日程修了者は12人にとどまった。',
    '継続',
  ],
  [
    '2-1-1　男性の家事・育児参画促進講座',
    '父親を対象とした料理・育児の体験講座を開催する。',
    '子育て支援課',
    '4回',
    '6回',
    '未実施',
    'D',
    '委託先講師の確保ができず、開催を見送った。',
    '見直し',
  ],
  [
    '2-2-1　ワーク・ライフ・バランス推進事業所認定事業',
    '仕事と生活の調和に積極的に取り組む事業所を認定し、公表する。',
    '商工労働課',
    '新規認定 8社\n更新 12社',
    '新規認定 10社\n更新 15社',
    '新規認定 7社\n更新 16社',
    'B',
    '認定事業所の入札参加資格審査での加点を周知した。',
    '拡充',
  ],
  [
    '3-1-1　審議会等への女性の登用促進',
    '審議会等の委員改選時に、所管課と事前協議を行い女性委員の登用を促進する。',
    '行政経営課',
    '女性委員比率 34.6%',
    '女性委員比率 40.0%',
    '女性委員比率 36.8%',
    'B',
    '充て職規定の見直しを3審議会に要請した。',
    '継続',
  ],
  [
    '3-2-1　女性のための相談事業',
    '女性相談員による面接相談（月2回）を実施する。',
    '市民協働課',
    '年24回（相談58件）',
    '年24回',
    '年24回（相談61件）',
    'A',
    '相談内容は夫婦・家族関係が最も多い。',
    '継続',
  ],
  [
    '4-1-1　配偶者暴力相談支援センター運営事業',
    'DV相談員の資質向上のため、国・県等の研修に派遣する。',
    '子育て支援課',
    '相談員研修受講 4回',
    '相談員研修受講 4回',
    '相談員研修受講 3回',
    'B',
    '相談対応が重なり、1回分の研修に参加できなかった。',
    '継続',
  ],
  [
    '4-2-1　デートDV防止出前講座',
    '市内中学校の3年生を対象に、デートDVの防止に関する出前講座を行う。',
    '学校教育課',
    '市内中学校 5校',
    '市内中学校 8校',
    '市内中学校 8校',
    'A',
    '全中学校で実施できた。',
    '継続',
  ],
  [
    '5-1-1　企業向け男女共同参画出前講座',
    '市内企業・団体の求めに応じ、職員が講師となる出前講座を行う。',
    '商工労働課',
    '6回',
    '8回',
    '11回',
    'A',
    'ハラスメント防止をテーマとした依頼が増加した。',
    '継続',
  ],
  [
    '5-1-2　男女共同参画に関する市民意識調査',
    'プランの成果指標の把握のため、5年ごとに市民意識調査を行う。',
    '市民協働課',
    '－',
    '－',
    '－（令和6年度実施予定）',
    '－',
    '調査票の設問を検討した。',
    '継続',
  ],
];

const JIGYO: Holdout2Workbook = {
  name: 'h118-danjo-jigyo',
  layout:
    'B: 男女共同参画プラン 推進事業 実績報告, 「1-1-1　name⏎概要」 in one cell, a two-row heading 令和５年度（数値目標｜実績値） after a 令和４年度実績 column, text figures 「延べ受講者数 247人」「女性委員比率 36.8%」「年24回（相談61件）」, a 新規認定／更新 pair, one 未実施 and a 「－」 survey row',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 38, 13, 16, 18, 18, 9, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和５年度　第３次男女共同参画プラン推進事業　実績報告');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 9, '（対象期間：令和５年４月１日～令和６年３月３１日）　　　　　　市民生活部市民協働課　男女共同参画推進係');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '推進事業（番号・事業名・概要）');
    merge(ws, 4, 3, 5, 3, '担当課');
    merge(ws, 4, 4, 5, 4, '令和４年度\n実績値');
    merge(ws, 4, 5, 4, 6, '令和５年度');
    put(ws, 5, 5, ['数値目標', '実績値']);
    merge(ws, 4, 7, 5, 7, '自己評価\n（A～D）');
    merge(ws, 4, 8, 5, 8, '成果・課題');
    merge(ws, 4, 9, 5, 9, '今後の\n方向性');
    JIGYO_ROWS.forEach((x, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${x[0]}\n${x[1]}`, x[2], x[3], x[4], x[5], x[6], x[7], x[8]]);
    });
    wrap(ws, 4, 1, 6 + JIGYO_ROWS.length, 9);
    const e = 7 + JIGYO_ROWS.length;
    put(ws, e, 1, ['※自己評価　A：目標を達成した　B：概ね達成した　C：やや遅れている　D：遅れている（未実施を含む）']);
    put(ws, e + 1, 1, ['※今後の方向性　拡充／継続／見直し／縮小／廃止']);
  },
  expected: {
    file: 'h118-danjo-jigyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('事業実績', '男女共同参画週間啓発事業', '回', 2, 3, { existing: 'A' }),
      ind('事業実績', '男女共同参画セミナー開催事業', '人', 300, 247, { existing: 'B' }),
      ind('事業実績', '女性リーダー養成講座（かがやき塾）', '人', 20, 12, { existing: 'B' }),
      ind('事業実績', '男性の家事・育児参画促進講座', '回', 6, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: '事業実績',
        name: 'ワーク・ライフ・バランス推進事業所認定事業',
        measures: [
          { label: '新規認定', target: 10, actual: 7, unit: '社' },
          { label: '更新', target: 15, actual: 16, unit: '社' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'C',
      },
      ind('事業実績', '審議会等への女性の登用促進', '%', 40, 36.8, { existing: 'B' }),
      ind('事業実績', '女性のための相談事業', '回', 24, 24, { existing: 'A' }),
      ind('事業実績', '配偶者暴力相談支援センター運営事業', '回', 4, 3, { existing: 'B' }),
      ind('事業実績', 'デートDV防止出前講座', '校', 8, 8, { existing: 'A' }),
      ind('事業実績', '企業向け男女共同参画出前講座', '回', 8, 11, { existing: 'A' }),
      { sheet: '事業実績', name: '男女共同参画に関する市民意識調査', target: null, actualStatus: 'not-applicable', direction: 'up', grade: null },
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// C: 多文化共生 KPI, 目標値／実績値 per 3月末.

interface Kpi {
  goal: string;
  name: string;
  unit: string;
  targets: (number | null)[];
  actuals: (number | null)[];
  note?: string;
}

const KPIS: Kpi[] = [
  { goal: '1　コミュニケーション支援', name: '多言語相談窓口の相談件数', unit: '件', targets: [900, 1000, 1100, 1200], actuals: [862, 1034, 1187, null] },
  {
    goal: '1　コミュニケーション支援',
    name: 'やさしい日本語研修を受講した市職員数（累計）',
    unit: '人',
    targets: [40, 80, 120, 160],
    actuals: [35, 61, 96, null],
  },
  { goal: '1　コミュニケーション支援', name: '日本語教室の開催回数', unit: '回', targets: [120, 132, 144, 144], actuals: [98, 126, 138, null] },
  {
    goal: '2　生活支援',
    name: '外国人住民の自治会加入率',
    unit: '%',
    targets: [null, null, null, null],
    actuals: [19.8, 20.5, 21.4, null],
    note: '実態把握のための参考指標（目標値は設定しない）',
  },
  { goal: '2　生活支援', name: '災害時外国人支援ボランティア登録者数', unit: '人', targets: [40, 50, 60, 70], actuals: [22, 29, 34, null] },
  { goal: '3　意識啓発と社会参画', name: '多文化共生サポーター登録者数', unit: '人', targets: [60, 70, 80, 90], actuals: [58, 71, 82, null] },
  {
    goal: '3　意識啓発と社会参画',
    name: '外国人児童生徒への日本語指導支援員派遣回数',
    unit: '回',
    targets: [800, 850, 900, 950],
    actuals: [780, 866, 912, null],
  },
];

const fmtUnit = (v: number | null, unit: string) => (v === null ? '-' : `${v.toLocaleString('en-US')} ${unit}`);

const KPI: Holdout2Workbook = {
  name: 'h118-tabunka-kpi',
  layout:
    'C: 多文化共生推進プラン KPI, 基本目標 merged down, one 目標値 and one 実績値 row per KPI, columns 令和4年3月末〜令和7年3月末 with 「1,187 件」 text values, 評価時点：令和6年3月末 stated, 「-」 targets of a 参考指標, the 令和7年3月末 column with targets only',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [20, 40, 9, 14, 14, 14, 14, 30]);
    merge(ws, 1, 1, 1, 8, '多文化共生推進プラン　重要業績評価指標（KPI）の達成状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価時点：令和６年３月末（令和５年度）']);
    put(ws, 2, 7, ['市民協働課国際交流室']);
    put(ws, 4, 1, ['基本目標', '重要業績評価指標（KPI）', '区分', '令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末', '備考']);
    let r = 5;
    let goalStart = r;
    KPIS.forEach((k, i) => {
      if (i > 0 && KPIS[i - 1].goal !== k.goal) {
        merge(ws, goalStart, 1, r - 1, 1, KPIS[i - 1].goal);
        goalStart = r;
      }
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値', ...k.targets.map((v) => fmtUnit(v, k.unit))]);
      put(ws, r + 1, 3, ['実績値', ...k.actuals.map((v) => (v === null ? undefined : fmtUnit(v, k.unit)))]);
      if (k.note) merge(ws, r, 8, r + 1, 8, k.note);
      r += 2;
    });
    merge(ws, goalStart, 1, r - 1, 1, KPIS[KPIS.length - 1].goal);
    wrap(ws, 4, 1, r, 8);
    put(ws, r + 1, 1, ['※計画期間：令和3年度～令和6年度。各年3月末の数値は当該年度の実績（累計の指標は計画開始からの累計）。']);
  },
  expected: {
    file: 'h118-tabunka-kpi.xlsx',
    fiscalYear: 2023,
    indicators: KPIS.map((k) => ind('KPI', k.name, k.unit, k.targets[2], k.actuals[2])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// D: 人権教育・啓発推進計画 成果指標, 現況／実績 with the year in the cell.

const PLAN: {
  name: string;
  description: string;
  unit: string;
  base: string;
  target: string;
  actual: string;
  how: string;
  status: string;
  t: number;
  a: number | null;
  down?: boolean;
}[] = [
  {
    name: '人権啓発講座・研修の参加者数',
    description: '市が主催する人権啓発講座・講演会・職員研修の延べ参加者数',
    unit: '人',
    base: '1,240\n（令和元年度）',
    target: '1,800',
    actual: '1,512\n（令和5年度）',
    how: '人権推進課集計',
    status: '目標に届かず',
    t: 1800,
    a: 1512,
  },
  {
    name: '「人権が尊重されている」と感じる市民の割合',
    description: '市民意識調査で「人権が尊重されている」「どちらかといえば尊重されている」と回答した割合',
    unit: '％',
    base: '46.2\n（令和2年度）',
    target: '60.0',
    actual: '51.3\n（令和5年度）',
    how: '市民意識調査',
    status: '基準値から改善',
    t: 60,
    a: 51.3,
  },
  {
    name: '特設人権相談の開催回数',
    description: '人権擁護委員による特設人権相談所の開設回数',
    unit: '回',
    base: '12\n（令和元年度）',
    target: '24',
    actual: '24\n（令和5年度）',
    how: '人権推進課集計',
    status: '目標を達成',
    t: 24,
    a: 24,
  },
  {
    name: '差別や偏見を受けたと感じたことがある市民の割合',
    description: '市民意識調査で「この5年間に差別や偏見を受けたと感じたことがある」と回答した割合。減少を目指す。',
    unit: '％',
    base: '18.7\n（令和2年度）',
    target: '15.0以下',
    actual: '17.2\n（令和5年度）',
    how: '市民意識調査',
    status: '基準値から改善',
    t: 15,
    a: 17.2,
    down: true,
  },
  {
    name: '人権教室を実施した小学校数',
    description: '人権擁護委員と連携して人権教室を実施した市立小学校の数（全22校）',
    unit: '校',
    base: '8\n（令和元年度）',
    target: '22',
    actual: '19\n（令和5年度）',
    how: '学校教育課集計',
    status: '目標に届かず',
    t: 22,
    a: 19,
  },
  {
    name: '企業・団体向け人権研修の実施件数',
    description: '企業・団体の依頼により実施した人権研修（出前講座）の件数',
    unit: '件',
    base: '5\n（令和元年度）',
    target: '15',
    actual: '7\n（令和5年度）',
    how: '人権推進課集計',
    status: '目標に届かず',
    t: 15,
    a: 7,
  },
  {
    name: '性の多様性に関する出前講座の実施回数',
    description: '性的指向・性自認（SOGI）に関する理解促進のための出前講座の実施回数',
    unit: '回',
    base: '0\n（令和2年度）',
    target: '10',
    actual: '11\n（令和5年度）',
    how: '人権推進課集計',
    status: '目標を達成',
    t: 10,
    a: 11,
  },
  {
    name: '人権問題に関心がある市民の割合',
    description: '市民意識調査で人権問題に「関心がある」「ある程度関心がある」と回答した割合',
    unit: '％',
    base: '58.4\n（令和2年度）',
    target: '70.0',
    actual: '－\n（次回調査は令和7年度）',
    how: '市民意識調査（5年ごと）',
    status: '－',
    t: 70,
    a: null,
  },
];

const PLAN_WB: Holdout2Workbook = {
  name: 'h118-jinken-plan',
  layout:
    'D: 人権教育・啓発推進計画（第2次） 成果指標, 指標｜指標の説明｜単位｜現況（計画策定時）「1,240⏎（令和元年度）」｜目標（R8）「15.0以下」｜実績「1,512⏎（令和5年度）」｜目標に対する状況｜現状把握の方法, one survey 「－⏎（次回調査は令和7年度）」',
  build(wb) {
    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 32, 40, 7, 15, 11, 15, 14, 18]);
    merge(ws, 1, 1, 1, 9, '人権教育・啓発推進計画（第２次）　成果指標の状況（令和５年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 8, ['人権推進課']);
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R8）', '実績', '目標に対する\n状況', '現状把握の方法']);
    PLAN.forEach((p, i) => put(ws, 4 + i, 1, [i + 1, p.name, p.description, p.unit, p.base, p.target, p.actual, p.status, p.how]));
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    put(ws, 5 + PLAN.length, 1, ['※計画期間：令和4年度～令和8年度。実績欄の（ ）は把握時点。']);
  },
  expected: {
    file: 'h118-jinken-plan.xlsx',
    fiscalYear: 2023,
    indicators: PLAN.map((p) => {
      const x = ind(
        '成果指標',
        p.name,
        p.unit,
        p.t,
        p.a,
        p.a === null ? { actualStatus: 'not-applicable', direction: p.down ? 'down' : 'up' } : { direction: p.down ? 'down' : 'up' },
      );
      x.targetSource = 'final';
      return x;
    }),
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [SHISAKU, JIGYO, KPI, PLAN_WB];
