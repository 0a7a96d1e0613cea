/**
 * Hold-out set 162, the four families, as offices in charge of 結婚支援・出会いの場・新婚世帯支援 write them: a 基本施策事後評価
 * シート with indicator blocks tiled two across (令和６年度), a 令和３年度 事業実績 table of 婚活・新婚世帯 projects with text figures,
 * a 少子化対策 KPI table with 目標値／実績値 rows per 「令和6年3月末」 column and ◎○△× marks, and a 結婚・子育て応援プラン's
 * indicator table (現況 and 実績 with their year in the cell).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 基本施策事後評価シート (family A): 令和６年度, six blocks tiled two across, R3（現状値）…R8, 実績値 and 期待値 rows.

interface Block {
  name: string;
  desc: string;
  unit: string;
  /** 実績値 R3 (現状値), R4, R5, R6. */
  actual: (number | string)[];
  /** 期待値 R4…R8 (R8 is the 目標値). */
  expect: number[];
  note: string;
}

const BLOCKS: Block[] = [
  {
    name: '婚活イベント参加者数',
    desc: '市及び市の補助を受けた団体が開催した婚活イベントの参加者数（延べ人数・年度）',
    unit: '人',
    actual: [142, 168, 205, 231],
    expect: [160, 190, 220, 250, 280],
    note: '少人数・趣味型イベントを増やした',
  },
  {
    name: '婚活イベントでのカップル成立数',
    desc: '婚活イベントの最後に成立したカップルの組数（年度）',
    unit: '組',
    actual: [18, 21, 26, 24],
    expect: [22, 26, 30, 34, 38],
    note: '',
  },
  {
    name: '結婚サポートセンター会員登録者数',
    desc: '市結婚サポートセンターに登録している会員数（各年度末）',
    unit: '人',
    actual: [86, 94, 101, 97],
    expect: [100, 115, 130, 145, 160],
    note: '成婚・期間満了による退会が新規登録を上回った',
  },
  {
    name: '結婚サポートセンターを通じた成婚数',
    desc: 'センターの紹介により交際し、成婚の報告があった組数（年度）',
    unit: '組',
    actual: [3, 4, 6, 7],
    expect: [5, 6, 7, 8, 10],
    note: '',
  },
  {
    name: '結婚新生活支援補助金交付件数',
    desc: '新婚世帯の住居費・引越費用を補助する結婚新生活支援補助金の交付件数（年度）',
    unit: '件',
    actual: [38, 44, 52, 49],
    expect: [45, 50, 55, 60, 65],
    note: '',
  },
  {
    name: '婚姻件数',
    desc: '人口動態統計による市内の婚姻件数（暦年）',
    unit: '件',
    actual: [412, 398, 405, '集計中'],
    expect: [420, 425, 430, 435, 440],
    note: '令和6年分は県の公表待ちのため集計中',
  },
];

const SHEET_A = '2-3';

function blockAt(ws: Worksheet, b: Block, i: number, row: number, col: number): void {
  put(ws, row, col, [`指標${['①', '②', '③', '④', '⑤', '⑥'][i]}`]);
  merge(ws, row, col + 1, row, col + 6, b.name);
  put(ws, row + 1, col, ['指標の説明']);
  merge(ws, row + 1, col + 1, row + 1, col + 6, b.desc);
  put(ws, row + 2, col, ['単位']);
  merge(ws, row + 2, col + 1, row + 2, col + 6, b.unit);
  put(ws, row + 3, col, ['年度', 'R3\n現状値', 'R4', 'R5', 'R6', 'R7', 'R8']);
  put(ws, row + 4, col, ['実績値', ...b.actual]);
  put(ws, row + 5, col, ['期待値\n※R8は目標値', '－', ...b.expect]);
  put(ws, row + 6, col, ['備考']);
  merge(ws, row + 6, col + 1, row + 6, col + 6, b.note);
  wrap(ws, row, col, row + 6, col + 6);
  box(ws, row, col, row + 6, col + 6);
}

const A_FACTS: ExpectedIndicator[] = BLOCKS.map((b) => {
  const a = b.actual[3];
  if (typeof a === 'string') return ind(SHEET_A, b.name, b.unit, b.expect[2], null, { actualStatus: 'pending' });
  return ind(SHEET_A, b.name, b.unit, b.expect[2], a);
});

const seisaku: Holdout2Workbook = {
  name: 'h162-seisaku-kekkon',
  layout:
    "基本施策事後評価シート 令和６年度 (評価対象期間 in row 2), 基本方針／基本施策／担当部等 header, an empty 達成状況評価 cell beside last year's 「（B）」, six indicator blocks tiled two across: 指標①… name, 指標の説明, 単位, R3 現状値…R8, 実績値 row over 「期待値⏎※R8は目標値」 row, 備考; one 集計中 (婚姻件数, 暦年)",
  build(wb) {
    const ws = wb.addWorksheet(SHEET_A);
    widths(ws, [13, 9, 9, 9, 9, 9, 9, 3, 13, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 15, '令和６年度　基本施策事後評価シート');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 15, '評価対象期間：令和６年度（令和６年４月１日～令和７年３月31日）');
    put(ws, 3, 1, ['基本方針']);
    merge(ws, 3, 2, 3, 15, '２　結婚・出産・子育ての希望をかなえるまち');
    put(ws, 4, 1, ['基本施策']);
    merge(ws, 4, 2, 4, 9, '2-3　結婚の希望をかなえる出会いと新生活の支援');
    put(ws, 4, 10, ['達成状況評価']);
    put(ws, 4, 12, ['（B）']);
    merge(ws, 4, 13, 4, 15, '※（　）は前年度評価');
    put(ws, 5, 1, ['担当部等']);
    merge(ws, 5, 2, 5, 15, 'こども未来部　こども政策課／市民協働部　地域づくり課');
    box(ws, 3, 1, 5, 15);
    put(ws, 7, 1, ['■成果指標']);
    BLOCKS.forEach((b, i) => blockAt(ws, b, i, 8 + Math.floor(i / 2) * 8, i % 2 === 0 ? 1 : 9));
    let r = 8 + 3 * 8;
    put(ws, r, 1, ['■達成状況分析']);
    const review: [string, string][] = [
      ['内部要因', '婚活イベントは参加者数が期待値を上回ったが、カップル成立数は伸び悩んだ。センター会員は退会が新規登録を上回り減少した。'],
      ['外部要因', '民間の婚活アプリの普及により、公的な結婚相談の利用が減少している。'],
      ['今後の方向性', 'イベント後のフォローアップ（再会の場の提供）を行い、センターの登録料を見直して若い世代の登録を促す。'],
    ];
    for (const [label, text] of review) {
      r++;
      put(ws, r, 1, [label]);
      merge(ws, r, 2, r, 15, text);
      ws.getRow(r).height = 36;
      box(ws, r, 1, r, 15);
    }
  },
  expected: {
    file: 'h162-seisaku-kekkon.xlsx',
    fiscalYear: 2024,
    indicators: A_FACTS,
    groups: [{ sheet: SHEET_A, cell: 'K4', grade: rollUp(A_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和３年度, one row per 推進事業 (code, name, 【概要】 in one cell), text figures, two measures, 未実施.

interface Project {
  code: string;
  name: string;
  summary: string;
  cost: number;
  last: string;
  target: string;
  actual: string;
  self: string;
  effect: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    code: '1-①',
    name: '婚活イベント開催事業',
    summary: '20～40歳代の独身者を対象に、体験型・少人数型の婚活イベントを開催する。',
    cost: 2480,
    last: '開催 3回／参加者 84人',
    target: '開催 8回／参加者 240人',
    actual: '開催 5回／参加者 138人',
    self: 'C',
    effect: '緊急事態宣言等により3回を延期・中止した。',
    next: '継続',
  },
  {
    code: '1-②',
    name: '企業間交流型出会いの場創出事業',
    summary: '市内企業の独身従業員を対象に、企業合同の交流会を開催する。',
    cost: 950,
    last: '参加企業 9社',
    target: '参加企業 15社',
    actual: '参加企業 11社',
    self: 'B',
    effect: '製造業を中心に新たに4社が参加した。',
    next: '拡充',
  },
  {
    code: '1-③',
    name: '婚活スキルアップセミナー開催事業',
    summary: 'コミュニケーション講座・身だしなみ講座など、出会いに向けたセミナーを開催する。',
    cost: 0,
    last: '年2回',
    target: '年4回',
    actual: '未実施',
    self: 'D',
    effect: '－',
    next: '見直し',
  },
  {
    code: '2-①',
    name: '結婚サポートセンター運営事業',
    summary: '結婚相談員による個別相談・お見合いの調整を行う結婚サポートセンターを運営する。',
    cost: 6120,
    last: '新規会員登録 47人',
    target: '新規会員登録 60人',
    actual: '新規会員登録 52人',
    self: 'B',
    effect: '成婚 4組（前年度 3組）',
    next: '継続',
  },
  {
    code: '2-②',
    name: '縁結びサポーター育成事業',
    summary: '地域で結婚を希望する人の相談に応じる縁結びサポーター（ボランティア）を養成する。',
    cost: 310,
    last: '登録サポーター 31人',
    target: '登録サポーター 40人',
    actual: '35人',
    self: 'B',
    effect: 'サポーター研修を2回開催した。',
    next: '継続',
  },
  {
    code: '2-③',
    name: 'オンライン婚活支援事業',
    summary: '県のAIマッチングシステムの登録料の一部を助成し、オンラインでの出会いを支援する。',
    cost: 1360,
    last: '登録者 58人',
    target: '登録者 100人',
    actual: '登録者 142人（うち女性 61人）',
    self: 'A',
    effect: '登録料助成により30歳代の登録が大幅に増えた。',
    next: '拡充',
  },
  {
    code: '3-①',
    name: '結婚新生活支援事業',
    summary: '新婚世帯の住居取得費・賃借費用・引越費用を補助する（上限30万円、国の交付金を活用）。',
    cost: 12870,
    last: '交付 38件',
    target: '交付 45件',
    actual: '交付 51件',
    self: 'A',
    effect: '婚姻届出時に制度の案内を配布した。',
    next: '継続',
  },
  {
    code: '3-②',
    name: '新婚世帯家賃補助事業',
    summary: '市内の民間賃貸住宅に入居する新婚世帯に家賃の一部（月1万円、最長24か月）を補助する。',
    cost: 14400,
    last: '96世帯',
    target: '120世帯',
    actual: '104世帯',
    self: 'B',
    effect: '補助世帯の9割が補助期間終了後も市内に居住している。',
    next: '継続',
  },
  {
    code: '3-③',
    name: '結婚祝い品贈呈事業',
    summary: '婚姻届を提出した夫婦に市内産品の祝い品を贈呈する。',
    cost: 1720,
    last: '281組',
    target: '300組',
    actual: '268組',
    self: 'A',
    effect: '祝い品に地元企業の協賛品を加えた。',
    next: '継続',
  },
];

const SHEET_B = '事業実績';

const B_FACTS: ExpectedIndicator[] = [
  {
    sheet: SHEET_B,
    name: '婚活イベント開催事業',
    measures: [
      { label: '開催', target: 8, actual: 5, unit: '回' },
      { label: '参加者', target: 240, actual: 138, unit: '人' },
    ],
    direction: 'up',
    existing: 'C',
    grade: 'D',
  },
  ind(SHEET_B, '企業間交流型出会いの場創出事業', '社', 15, 11, { existing: 'B' }),
  ind(SHEET_B, '婚活スキルアップセミナー開催事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(SHEET_B, '結婚サポートセンター運営事業', '人', 60, 52, { existing: 'B' }),
  ind(SHEET_B, '縁結びサポーター育成事業', '人', 40, 35, { existing: 'B' }),
  ind(SHEET_B, 'オンライン婚活支援事業', '人', 100, 142, { existing: 'A' }),
  ind(SHEET_B, '結婚新生活支援事業', '件', 45, 51, { existing: 'A' }),
  ind(SHEET_B, '新婚世帯家賃補助事業', '世帯', 120, 104, { existing: 'B' }),
  ind(SHEET_B, '結婚祝い品贈呈事業', '組', 300, 268, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h162-jigyo-konkatsu',
  layout:
    '令和３年度 結婚支援・新婚世帯支援事業 実績報告: No.｜推進事業 (code, name, 【概要】 in one cell)｜事業費（千円）｜R2年度実績値｜R3年度数値目標｜R3年度実績値 as text (「開催 8回／参加者 240人」 two measures, 「登録者 142人（うち女性 61人）」, 「年4回」)｜自己評価｜成果・効果｜今後の方向性; one 未実施; a 記入要領 sheet',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_B);
    widths(ws, [5, 42, 10, 18, 20, 24, 8, 30, 10]);
    merge(ws, 1, 1, 1, 9, '令和３年度　結婚支援・新婚世帯支援事業　実績報告');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 9, '所管：こども未来部 こども政策課　（第２期結婚・子育て応援プラン 基本目標１「出会い・結婚の希望をかなえる」関連事業）');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '推進事業');
    merge(ws, 4, 3, 5, 3, '事業費\n（千円）');
    merge(ws, 4, 4, 4, 6, '数値目標・実績');
    put(ws, 5, 4, ['R2年度実績値', 'R3年度数値目標', 'R3年度実績値']);
    merge(ws, 4, 7, 5, 7, '自己評価');
    merge(ws, 4, 8, 5, 8, '成果・効果');
    merge(ws, 4, 9, 5, 9, '今後の方向性');
    PROJECTS.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.code}\n${p.name}\n【概要】${p.summary}`, p.cost, p.last, p.target, p.actual, p.self, p.effect, p.next]);
      ws.getCell(r, 3).numFmt = '#,##0';
      ws.getRow(r).height = 60;
    });
    wrap(ws, 4, 1, 5 + PROJECTS.length, 9);
    box(ws, 4, 1, 5 + PROJECTS.length, 9);
    merge(ws, 7 + PROJECTS.length, 1, 7 + PROJECTS.length, 9, '※自己評価は記入要領による。数値目標・実績の欄は、事業の主な活動量又は成果を記入している。');

    const guide = wb.addWorksheet('記入要領');
    widths(guide, [14, 60]);
    put(guide, 1, 1, ['実績報告の記入要領']);
    put(guide, 3, 1, ['自己評価', 'A：目標を達成した（達成率100％以上）']);
    put(guide, 4, 2, ['B：概ね達成した（80％以上100％未満）']);
    put(guide, 5, 2, ['C：やや遅れている（60％以上80％未満）']);
    put(guide, 6, 2, ['D：遅れている（60％未満）・未実施']);
    put(guide, 8, 1, ['今後の方向性', '拡充／継続／見直し／縮小／廃止／終了　のいずれかを記入']);
    put(guide, 10, 1, ['提出期限', '令和４年５月13日（金）']);
  },
  expected: { file: 'h162-jigyo-konkatsu.xlsx', fiscalYear: 2021, indicators: B_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI (family C): 目標値／実績値 rows per KPI, columns 令和3年3月末（基準）…令和7年3月末, 「371 人」, 「-」 targets, ◎○△×.

interface Kpi {
  name: string;
  unit: string;
  base: string;
  /** 令和4年3月末…令和7年3月末 (null: 「-」). */
  targets: (number | null)[];
  /** 令和4年3月末…令和6年3月末. */
  actuals: number[];
  mark: string;
  note?: string;
  decimals?: number;
}

const KPIS: Kpi[] = [
  {
    name: '結婚支援センター登録者数',
    unit: '人',
    base: '262 人',
    targets: [300, 330, 360, 400],
    actuals: [285, 322, 371],
    mark: '◎',
    note: '各年度末の登録者数',
  },
  {
    name: '結婚支援センターにおける成婚数（累計）',
    unit: '組',
    base: '-',
    targets: [5, 10, 16, 24],
    actuals: [4, 9, 13],
    mark: '○',
    note: '令和3年度からの累計',
  },
  { name: '婚活イベント参加者数（年間）', unit: '人', base: '96 人', targets: [200, 220, 240, 260], actuals: [176, 231, 168], mark: '△' },
  {
    name: '結婚新生活支援事業補助件数',
    unit: '件',
    base: '38 件',
    targets: [40, 45, 50, 55],
    actuals: [37, 44, 26],
    mark: '×',
    note: '国の制度改正で対象年齢を引下げ',
  },
  {
    name: '婚姻件数',
    unit: '件',
    base: '412 件',
    targets: [null, null, null, null],
    actuals: [431, 418, 402],
    mark: '－',
    note: '参考指標（目標値は設定していない。人口動態統計・暦年）',
  },
  {
    name: '出会いイベントでのカップル成立率',
    unit: '％',
    base: '21.8 ％',
    targets: [25, 27, 28, 30],
    actuals: [22.4, 26.1, 29.5],
    mark: '◎',
    decimals: 1,
  },
];

function withUnit(v: number | null, unit: string, decimals = 0): string {
  if (v === null) return '-';
  return `${v.toLocaleString('en-US', { minimumFractionDigits: decimals, maximumFractionDigits: decimals })} ${unit}`;
}

const SHEET_C = 'KPI進捗';

// Corrected after the first run (main): the legend gives each mark a grade's band (100/80/60) and words naming what it means
// (目標達成, 概ね順調, やや遅れ, 遅れ), so each mark is that grade's letter, as in set 119 (markLegend.ts); the builder's brief had
// read such a legend as one of bands alone.
const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };
const C_FACTS: ExpectedIndicator[] = KPIS.map((k) =>
  ind(SHEET_C, k.name, k.unit, k.targets[2], k.actuals[2], k.mark === '－' ? {} : { existing: MARK_LETTER[k.mark] }),
);

const kpi: Holdout2Workbook = {
  name: 'h162-kpi-deai',
  layout:
    '少子化対策（結婚支援）KPI 進捗状況 (令和５年度検証): KPI merged over a 目標値 and a 実績値 row, columns 令和3年3月末（基準）｜令和4年3月末…令和7年3月末 (actuals through 令和6年3月末), values 「371 人」「29.5 ％」, 「-」 targets, 評価 ◎○△× with a legend of grade bands and words, 「－」 mark',
  build(wb) {
    const ws = wb.addWorksheet(SHEET_C);
    widths(ws, [5, 34, 8, 12, 12, 12, 12, 12, 8, 30]);
    merge(ws, 1, 1, 1, 10, '結婚・出会い支援　重要業績評価指標（KPI）の進捗状況　【令和５年度検証】');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 10, ['令和６年６月　結婚支援推進会議資料']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, 'KPI');
    merge(ws, 3, 3, 4, 3, '区分');
    merge(ws, 3, 4, 4, 4, '令和3年3月末\n（基準）');
    merge(ws, 3, 5, 3, 8, '目標値・実績値');
    put(ws, 4, 5, ['令和4年3月末', '令和5年3月末', '令和6年3月末', '令和7年3月末']);
    merge(ws, 3, 9, 4, 9, '評価');
    merge(ws, 3, 10, 4, 10, '備考');
    let r = 5;
    KPIS.forEach((k, i) => {
      merge(ws, r, 1, r + 1, 1, String(i + 1));
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      merge(ws, r, 4, r + 1, 4, k.base);
      put(
        ws,
        r,
        5,
        k.targets.map((t) => withUnit(t, k.unit, k.decimals)),
      );
      put(
        ws,
        r + 1,
        5,
        k.actuals.map((a) => withUnit(a, k.unit, k.decimals)),
      );
      merge(ws, r, 9, r + 1, 9, k.mark);
      merge(ws, r, 10, r + 1, 10, k.note ?? '');
      r += 2;
    });
    wrap(ws, 3, 1, r - 1, 10);
    box(ws, 3, 1, r - 1, 10);
    merge(ws, r + 1, 1, r + 1, 10, '【評価】◎：目標達成（100％以上）　○：概ね順調（80％以上）　△：やや遅れ（60％以上）　×：遅れ（60％未満）　－：目標未設定');
    merge(ws, r + 2, 1, r + 2, 10, '※評価は令和6年3月末の実績値÷目標値による。');
  },
  expected: { file: 'h162-kpi-deai.xlsx', fiscalYear: 2023, indicators: C_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 結婚・子育て応援プラン 成果指標, 現況 and 実績 with their year in the cell, 目標（令和8年度）.

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
    name: '婚姻件数',
    desc: '市内に住所を有する者の婚姻の件数',
    unit: '件',
    now: '412\n（令和2年）',
    target: 450,
    actual: '398\n（令和4年）',
    how: '人口動態統計（暦年）',
    comment: '全国的な婚姻数の減少と同様の傾向。',
    value: 398,
  },
  {
    name: '結婚サポートセンター登録者数',
    desc: '市結婚サポートセンターの会員登録者数',
    unit: '人',
    now: '212\n（令和2年度末）',
    target: 400,
    actual: '318\n（令和4年度末）',
    how: 'センター会員名簿',
    comment: '登録料の助成により登録者が増えた。',
    value: 318,
  },
  {
    name: '婚活イベント参加者数',
    desc: '市が開催又は補助した婚活イベントの参加者数（延べ）',
    unit: '人',
    now: '96\n（令和2年度）',
    target: 300,
    actual: '231\n（令和4年度）',
    how: 'イベント実施報告',
    comment: '感染症対策を講じて開催回数を戻した。',
    value: 231,
  },
  {
    name: '「結婚の希望がかなう環境にある」と思う市民の割合',
    desc: '市民意識調査で「そう思う」「どちらかといえばそう思う」と回答した18～39歳の市民の割合',
    unit: '％',
    now: '24.6\n（令和2年度）',
    target: 35.0,
    actual: '28.3\n（令和4年度）',
    how: '市民意識調査（毎年度）',
    comment: '出会いの機会が少ないとの回答が多い。',
    value: 28.3,
  },
  {
    name: '結婚新生活支援補助金の交付件数',
    desc: '結婚新生活支援事業による補助金の交付件数（年度）',
    unit: '件',
    now: '38\n（令和2年度）',
    target: 60,
    actual: '61\n（令和4年度）',
    how: '補助金交付台帳',
    comment: '計画の目標値を前倒しで達成した。',
    value: 61,
  },
  {
    name: '結婚祝い品の贈呈組数',
    desc: '婚姻届を提出した夫婦に贈呈した祝い品の組数（年度）',
    unit: '組',
    now: '256\n（令和2年度）',
    target: 300,
    actual: '',
    how: '贈呈台帳',
    comment: '台帳の集約が遅れているため未記入。',
    value: null,
  },
  {
    name: '縁結びサポーター数',
    desc: '市に登録している縁結びサポーター（ボランティア）の人数',
    unit: '人',
    now: '18\n（令和2年度末）',
    target: 50,
    actual: '42\n（令和4年度末）',
    how: 'サポーター登録名簿',
    comment: '地区の民生委員等に協力を呼び掛けた。',
    value: 42,
  },
];

const SHEET_D = '成果指標';

const D_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const out = ind(SHEET_D, p.name, p.unit, p.target, p.value, p.value === null ? { actualStatus: 'missing' } : {});
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h162-keikaku-kekkon',
  layout:
    '第２次結婚・子育て応援プラン 成果指標の点検（令和４年度）: No.｜指標｜指標の説明｜単位｜現況（計画策定時） 「412⏎（令和2年）」｜目標（令和8年度）｜実績 with its year in the cell (暦年 and 年度末)｜現状把握の方法｜達成状況; one 実績 left blank; a 計画の概要 sheet',
  build(wb) {
    const about = wb.addWorksheet('計画の概要');
    widths(about, [16, 70]);
    put(about, 1, 1, ['第２次結婚・子育て応援プラン']);
    put(about, 3, 1, ['計画期間', '令和４年度～令和８年度（５年間）']);
    put(about, 4, 1, ['基本理念', '出会いから結婚、子育てまで、希望をかなえるまち']);
    put(about, 5, 1, ['点検', '毎年度、成果指標の実績を把握し、子ども・子育て会議に報告する']);
    box(about, 3, 1, 5, 2);

    const ws = wb.addWorksheet(SHEET_D);
    widths(ws, [5, 32, 36, 7, 16, 14, 16, 20, 30]);
    merge(ws, 1, 1, 1, 9, '第２次結婚・子育て応援プラン　成果指標の点検（令和４年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（令和8年度）', '実績', '現状把握の方法', '達成状況']);
    PLAN.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.desc, p.unit, p.now, p.target, p.actual || undefined, p.how, p.comment]);
      ws.getCell(r, 6).numFmt = p.unit === '％' ? '0.0' : '#,##0';
      ws.getRow(r).height = 40;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    box(ws, 3, 1, 3 + PLAN.length, 9);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 9, '※実績欄の（　）は把握時点。婚姻件数は暦年の統計による。');
  },
  expected: { file: 'h162-keikaku-kekkon.xlsx', fiscalYear: 2022, indicators: D_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
