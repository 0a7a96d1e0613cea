/**
 * Hold-out 127, the four families as housing offices write them (公営住宅・住宅政策・住宅の耐震化): a 施策評価シート with
 * indicator blocks tiled two across on two sheets, a 事業実績 table with text figures, a 住生活基本計画 KPI table with
 * 目標値／実績値 rows per 3月末, and a 耐震改修促進計画 成果指標 table with 現況／目標／実績 and years in the cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';

type Cell = string | number | null;

interface Block {
  no: string;
  name: string;
  desc: string;
  dir: '↑（増加）' | '↓（減少）';
  unit: string;
  /** R1 … R7 */
  actuals: Cell[];
  expects: Cell[];
  note: string;
}

const PERIODS = ['R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7'];

/** One indicator block, nine columns wide and five rows high, from (top, left). */
function block(ws: Worksheet, top: number, left: number, b: Block): void {
  ws.getCell(top, left).value = `指　標 ${b.no}`;
  merge(ws, top, left + 1, top, left + 3, b.name);
  ws.getCell(top, left + 4).value = '指標の説明';
  merge(ws, top, left + 5, top, left + 6, b.desc);
  ws.getCell(top, left + 7).value = '目指す方向';
  ws.getCell(top, left + 8).value = b.dir;
  ws.getCell(top + 1, left + 1).value = '単位';
  put(ws, top + 1, left + 2, PERIODS);
  ws.getCell(top + 2, left).value = '実績値';
  merge(ws, top + 2, left + 1, top + 3, left + 1, b.unit);
  put(ws, top + 2, left + 2, b.actuals);
  ws.getCell(top + 3, left).value = '期待値\n※R7は目標値';
  put(ws, top + 3, left + 2, b.expects);
  ws.getCell(top + 4, left).value = '備　考';
  merge(ws, top + 4, left + 1, top + 4, left + 8, b.note || undefined);
  wrap(ws, top, left, top + 3, left + 8);
  box(ws, top, left, top + 4, left + 8);
}

interface Policy {
  sheet: string;
  policy: string;
  lastYear: string;
  blocks: Block[];
}

const TITLE = '○○市総合計画 後期基本計画　令和５年度 施策評価シート　（評価対象期間：令和４年度）';

function policySheet(wb: Workbook, p: Policy): void {
  const ws = wb.addWorksheet(p.sheet);
  widths(ws, [10, 7, 7, 7, 9, 7, 7, 9, 9, 2, 10, 7, 7, 7, 9, 7, 7, 9, 9]);
  merge(ws, 1, 1, 1, 19, TITLE);
  ws.getCell(3, 1).value = '基本方針';
  merge(ws, 3, 2, 3, 6, '5 安全・安心で快適な住まいづくり');
  ws.getCell(3, 7).value = '担当部等';
  merge(ws, 3, 8, 3, 9, '都市整備部');
  ws.getCell(4, 1).value = '基本施策';
  merge(ws, 4, 2, 4, 9, p.policy);
  box(ws, 3, 1, 4, 9);
  merge(ws, 3, 11, 4, 12, '達成状況\n評価');
  merge(ws, 3, 13, 4, 13);
  merge(ws, 3, 14, 4, 14, p.lastYear);
  box(ws, 3, 11, 4, 14);
  merge(ws, 3, 15, 4, 19, 'A 順調　B 概ね順調　C やや遅れている　D 遅れている');
  p.blocks.forEach((b, i) => block(ws, 7 + Math.floor(i / 2) * 6, i % 2 ? 11 : 1, b));
  ws.getCell(19, 1).value = '※達成状況評価欄の（ ）内については昨年度の評価結果です。';
}

const HOUSING: Policy = {
  sheet: '5-2',
  policy: '5-2 良質な市営住宅の供給と適切な管理',
  lastYear: '（B）',
  blocks: [
    {
      no: '①',
      name: '市営住宅の入居率',
      desc: '各年度末現在の入居戸数÷管理戸数（政策空家を除く）',
      dir: '↑（増加）',
      unit: '％',
      actuals: [88.9, 88.4, 89.1, 90.2, null, null, null],
      expects: ['－', '－', 89.0, 90.0, 91.0, 92.0, 93.0],
      note: '',
    },
    {
      no: '②',
      name: '長寿命化計画に基づく改善事業の実施棟数（累計）',
      desc: '公営住宅等長寿命化計画（R3～R12）に位置付けた外壁・屋上防水等の改善を終えた棟数',
      dir: '↑（増加）',
      unit: '棟',
      actuals: ['－', 0, 5, 9, null, null, null],
      expects: ['－', '－', 6, 12, 18, 24, 30],
      note: 'R4は資材調達の遅れにより１棟をR5へ繰越',
    },
    {
      no: '③',
      name: '市営住宅家賃の収納率（現年度分）',
      desc: '現年度調定額に対する収納額の割合',
      dir: '↑（増加）',
      unit: '％',
      actuals: [98.2, 98.4, 98.6, 98.7, null, null, null],
      expects: ['－', '－', 98.5, 98.5, 98.6, 98.7, 98.8],
      note: '',
    },
    {
      no: '④',
      name: '住宅確保要配慮者の居住支援相談件数',
      desc: '居住支援協議会の相談窓口で受け付けた件数',
      dir: '↑（増加）',
      unit: '件',
      actuals: [52, 61, 94, '集計中', null, null, null],
      expects: ['－', '－', 80, 100, 120, 140, 150],
      note: 'R4は関係機関受付分を集計中',
    },
  ],
};

const SEISMIC: Policy = {
  sheet: '5-3',
  policy: '5-3 災害に強い住まいづくりの推進',
  lastYear: '（C）',
  blocks: [
    {
      no: '①',
      name: '住宅の耐震化率',
      desc: '耐震性を有する住宅数÷居住世帯のある住宅総数',
      dir: '↑（増加）',
      unit: '％',
      actuals: ['－', 84.5, 85.9, 87.1, null, null, null],
      expects: ['－', '－', '－', '－', '－', '－', 95.0],
      note: 'R2は平成30年住宅・土地統計調査を基にした推計。期待値は目標年度（R7）のみ設定',
    },
    {
      no: '②',
      name: '木造住宅耐震診断件数',
      desc: '木造住宅耐震診断事業により診断を行った件数',
      dir: '↑（増加）',
      unit: '件',
      actuals: [38, 26, 31, 23, null, null, null],
      expects: ['－', '－', 40, 40, 40, 40, 40],
      note: '',
    },
    {
      no: '③',
      name: '危険ブロック塀等の撤去件数',
      desc: '危険ブロック塀等撤去費補助金を活用して撤去した件数',
      dir: '↑（増加）',
      unit: '件',
      actuals: [8, 12, 14, 10, null, null, null],
      expects: ['－', '－', 15, 15, 15, 15, 15],
      note: '',
    },
    {
      no: '④',
      name: '耐震性が不十分な多数の者が利用する建築物の数',
      desc: '耐震改修促進法に基づく特定既存耐震不適格建築物のうち耐震性が不十分なもの',
      dir: '↓（減少）',
      unit: '棟',
      actuals: [14, 13, 12, 11, null, null, null],
      expects: ['－', '－', 11, 10, 8, 6, 4],
      note: '',
    },
  ],
};

const policyHousing = [
  ind('5-2', '市営住宅の入居率', '％', 90.0, 90.2),
  ind('5-2', '長寿命化計画に基づく改善事業の実施棟数（累計）', '棟', 12, 9),
  ind('5-2', '市営住宅家賃の収納率（現年度分）', '％', 98.5, 98.7),
  ind('5-2', '住宅確保要配慮者の居住支援相談件数', '件', 100, null, { actualStatus: 'pending' }),
];
const policySeismic: ExpectedIndicator[] = [
  { ...ind('5-3', '住宅の耐震化率', '％', 95.0, 87.1), targetSource: 'final' },
  ind('5-3', '木造住宅耐震診断件数', '件', 40, 23),
  ind('5-3', '危険ブロック塀等の撤去件数', '件', 15, 10),
  ind('5-3', '耐震性が不十分な多数の者が利用する建築物の数', '棟', 10, 11, { direction: 'down' }),
];

const policy: Holdout2Workbook = {
  name: 'h127-a-jutaku-shisaku',
  layout:
    'A: 施策評価シート on two sheets (5-2 市営住宅, 5-3 耐震), blocks two across, R1…R7 with R2（現状値）, 目指す方向 ↑/↓, a 集計中, 期待値 only for R7 on one',
  build(wb) {
    policySheet(wb, HOUSING);
    policySheet(wb, SEISMIC);
  },
  expected: {
    file: 'h127-a-jutaku-shisaku.xlsx',
    fiscalYear: 2022,
    indicators: [...policyHousing, ...policySeismic],
    groups: [
      { sheet: '5-2', cell: 'M3', grade: rollUp(policyHousing.map((i) => i.grade)) },
      { sheet: '5-3', cell: 'M3', grade: rollUp(policySeismic.map((i) => i.grade)) },
    ],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

interface ProjectRow {
  code: string;
  name: string;
  outline: string;
  last: string;
  self: string;
  target: string;
  actual: string;
  done: string;
  comment: string;
}

const PROJECTS: (string | ProjectRow)[] = [
  '【基本方針１】住宅・建築物の耐震化の促進',
  {
    code: '1-1-1',
    name: '木造住宅耐震診断事業',
    outline: '昭和56年5月以前に着工した木造住宅に耐震診断士を派遣し、耐震診断を行う。',
    last: '診断件数 27件',
    self: 'B',
    target: '診断件数 30件',
    actual: '診断件数 24件',
    done: '戸別訪問（旧耐震住宅 620戸）とチラシの全戸配布を実施',
    comment: '【成果・効果】診断後の改修相談につながった。\n【今後の方向性】継続',
  },
  {
    code: '1-1-2',
    name: '木造住宅耐震改修工事費補助事業',
    outline: '耐震診断の結果、評点1.0未満の木造住宅の耐震改修工事に要する費用の一部を補助する（上限100万円）。',
    last: '補助件数 9件',
    self: 'C',
    target: '補助件数 12件',
    actual: '補助件数 7件',
    done: '交付決定 8件（うち1件取下げ）',
    comment: '【課題】工事費の高騰により所有者負担が大きい。\n【今後の方向性】見直し',
  },
  {
    code: '1-2-1',
    name: '危険ブロック塀等撤去費補助事業',
    outline: '通学路等に面する危険なブロック塀等の撤去に要する費用の一部を補助する。',
    last: '撤去件数 14件',
    self: 'A',
    target: '撤去件数 15件',
    actual: '撤去件数 17件',
    done: '撤去延長 計 186ｍ',
    comment: '【今後の方向性】継続',
  },
  '【基本方針２】市営住宅の適正な維持管理',
  {
    code: '2-1-1',
    name: '市営住宅計画修繕事業',
    outline: '公営住宅等長寿命化計画に基づき、外壁改修及び給水管の更新を計画的に行う。',
    last: '外壁改修 1棟\n給水管更新 2団地',
    self: 'B',
    target: '外壁改修 2棟\n給水管更新 3団地',
    actual: '外壁改修 2棟\n給水管更新 2団地',
    done: '桜台団地2号棟・3号棟外壁改修、緑ケ丘団地・本町団地給水管更新',
    comment: '【課題】入札不調により1団地をR7へ繰越。\n【今後の方向性】継続',
  },
  {
    code: '2-1-2',
    name: '市営住宅空き住戸改修事業',
    outline: '退去後の空き住戸について、浴室・内装等を改修し、早期の入居につなげる。',
    last: '改修戸数 18戸',
    self: 'A',
    target: '改修戸数 20戸',
    actual: '改修戸数 22戸（うち単身高齢者向け 6戸）',
    done: '改修後の平均空き期間 4.2か月',
    comment: '【今後の方向性】拡充',
  },
  '【基本方針３】住宅セーフティネットの充実',
  {
    code: '3-1-1',
    name: 'セーフティネット専用住宅家賃低廉化補助事業',
    outline: '住宅確保要配慮者専用の賃貸住宅の家賃を低廉化する貸主に補助する。',
    last: '未実施',
    self: 'D',
    target: '補助戸数 10戸',
    actual: '未実施',
    done: '対象となる専用住宅の登録がなかった',
    comment: '【今後の方向性】見直し（貸主向け説明会を開催）',
  },
  {
    code: '3-1-2',
    name: '居住支援協議会運営事業',
    outline: '不動産関係団体・福祉関係団体と連携し、住宅確保要配慮者の住まい探しを支援する。',
    last: '相談件数 141件',
    self: 'A',
    target: '相談件数 150件',
    actual: '相談件数 １６８件',
    done: '相談会 12回、家主向けセミナー 2回',
    comment: '【今後の方向性】継続',
  },
];

function projectSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('資料２');
  widths(ws, [6, 44, 16, 8, 16, 22, 30, 36]);
  ws.getCell(1, 8).value = '資料２';
  merge(ws, 2, 1, 2, 8, '令和６年度 住宅政策関連事業 実績一覧（都市整備部住宅政策課）');
  put(ws, 4, 1, [
    'No.',
    '推進事業',
    'R5年度実績値',
    '自己評価',
    'R6年度数値目標',
    'R6年度実績値',
    '令和６年度事業実施状況',
    '成果・効果、課題、今後の方向性など',
  ]);
  let r = 5;
  let no = 1;
  for (const p of PROJECTS) {
    if (typeof p === 'string') merge(ws, r, 1, r, 8, p);
    else {
      put(ws, r, 1, [no++, `${p.code} ${p.name}\n【概要】${p.outline}`, p.last, p.self, p.target, p.actual, p.done, p.comment]);
      wrap(ws, r, 1, r, 8);
    }
    r++;
  }
  box(ws, 4, 1, r - 1, 8);
}

const projects: ExpectedIndicator[] = [
  ind('資料２', '木造住宅耐震診断事業', '件', 30, 24, { existing: 'B' }),
  ind('資料２', '木造住宅耐震改修工事費補助事業', '件', 12, 7, { existing: 'C' }),
  ind('資料２', '危険ブロック塀等撤去費補助事業', '件', 15, 17, { existing: 'A' }),
  {
    sheet: '資料２',
    name: '市営住宅計画修繕事業',
    measures: [
      { label: '外壁改修', target: 2, actual: 2, unit: '棟' },
      { label: '給水管更新', target: 3, actual: 2, unit: '団地' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'C',
  },
  ind('資料２', '市営住宅空き住戸改修事業', '戸', 20, 22, { existing: 'A' }),
  ind('資料２', 'セーフティネット専用住宅家賃低廉化補助事業', '戸', 10, null, { actualStatus: 'not-implemented', existing: 'D' }),
  ind('資料２', '居住支援協議会運営事業', '件', 150, 168, { existing: 'A' }),
];

const projectResults: Holdout2Workbook = {
  name: 'h127-b-jigyo-jisseki',
  layout:
    'B: 令和６年度 事業実績 of 住宅政策 projects under 基本方針 rows, text figures, two measures (棟／団地) in one cell, 「うち」 breakdown, 未実施, a full-width figure',
  build: projectSheet,
  expected: { file: 'h127-b-jigyo-jisseki.xlsx', fiscalYear: 2024, indicators: projects, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------

interface Kpi {
  name: string;
  base: string;
  targets: string[];
  actual: string;
  note: string;
}

const KPIS: Kpi[] = [
  { name: '市営住宅の入居率', base: '89.8 %', targets: ['92.0 %', '93.0 %', '94.0 %', '95.0 %'], actual: '90.6 %', note: '政策空家を除く' },
  { name: '木造住宅耐震改修補助件数（単年度）', base: '11 件', targets: ['15 件', '15 件', '15 件', '15 件'], actual: '15 件', note: '' },
  {
    name: 'セーフティネット住宅の登録戸数（累計）',
    base: '-',
    targets: ['100 戸', '150 戸', '200 戸', '250 戸'],
    actual: '１３６ 戸',
    note: '平成31年度から登録開始',
  },
  { name: '高齢者向け住宅改修助成件数', base: '35 件', targets: ['40 件', '40 件', '40 件', '40 件'], actual: '26 件', note: '' },
  { name: '住宅確保要配慮者の入居支援件数', base: '-', targets: ['30 件', '35 件', '40 件', '45 件'], actual: '集計中', note: '福祉部門との突合中' },
];

function kpiSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('KPI');
  widths(ws, [36, 8, 14, 14, 14, 14, 14, 24]);
  merge(ws, 1, 1, 1, 8, '○○市住生活基本計画　重要業績評価指標（KPI）の進捗状況');
  ws.getCell(2, 1).value = '（令和２年３月末現在：令和元年度の評価）';
  put(ws, 4, 1, ['重要業績評価指標（KPI）', '区分', '基準値\n（平成30年度）', '令和2年3月末', '令和3年3月末', '令和4年3月末', '令和5年3月末', '備考']);
  wrap(ws, 4, 1, 4, 8);
  KPIS.forEach((k, i) => {
    const r = 5 + i * 2;
    merge(ws, r, 1, r + 1, 1, k.name);
    put(ws, r, 2, ['目標値']);
    put(ws, r + 1, 2, ['実績値']);
    merge(ws, r, 3, r + 1, 3, k.base);
    put(ws, r, 4, k.targets);
    put(ws, r + 1, 4, [k.actual]);
    merge(ws, r, 8, r + 1, 8, k.note || undefined);
  });
  box(ws, 4, 1, 4 + KPIS.length * 2, 8);
}

const kpi: Holdout2Workbook = {
  name: 'h127-c-jyuseikatsu-kpi',
  layout: 'C: 住生活基本計画 KPI with 目標値／実績値 rows, 基準値（平成30年度）, 令和2年3月末…令和5年3月末, values 「90.6 %」「１３６ 戸」, a 集計中',
  build: kpiSheet,
  expected: {
    file: 'h127-c-jyuseikatsu-kpi.xlsx',
    fiscalYear: 2019,
    indicators: [
      ind('KPI', '市営住宅の入居率', '%', 92.0, 90.6),
      ind('KPI', '木造住宅耐震改修補助件数（単年度）', '件', 15, 15),
      ind('KPI', 'セーフティネット住宅の登録戸数（累計）', '戸', 100, 136),
      ind('KPI', '高齢者向け住宅改修助成件数', '件', 40, 26),
      ind('KPI', '住宅確保要配慮者の入居支援件数', '件', 30, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------

const PLAN: [string, string, string, string, number, string | null, string][] = [
  ['住宅の耐震化率', '耐震性を有する住宅数÷居住世帯のある住宅総数', '％', '82.3\n（平成30年）', 95, '87.5\n（令和4年3月末）', '住宅・土地統計調査を基に推計'],
  [
    '多数の者が利用する建築物の耐震化率',
    '耐震改修促進法第14条に定める建築物のうち耐震性を有するものの割合',
    '％',
    '89.0\n（令和2年度末）',
    95,
    '93.4\n（令和3年度末）',
    '建築物台帳',
  ],
  [
    '木造住宅耐震診断実施件数（累計）',
    '平成16年度からの耐震診断事業による診断件数の累計',
    '件',
    '412\n（令和2年度末）',
    700,
    '523\n（令和3年度末）',
    '事業実績',
  ],
  [
    '木造住宅耐震改修実施件数（累計）',
    '平成16年度からの耐震改修補助による改修件数の累計',
    '件',
    '96\n（令和2年度末）',
    200,
    '118\n（令和3年度末）',
    '事業実績',
  ],
  [
    '緊急輸送道路沿道建築物の耐震診断実施率',
    '耐震診断が義務付けられた沿道建築物のうち診断を終えたものの割合',
    '％',
    '64.0\n（令和2年度末）',
    100,
    null,
    '所有者への照会',
  ],
];

function planSheet(wb: Workbook): void {
  const ws = wb.addWorksheet('成果指標');
  widths(ws, [5, 30, 36, 6, 16, 10, 18, 22]);
  merge(ws, 1, 1, 1, 8, '○○市耐震改修促進計画（令和３年度～令和７年度）　成果指標の点検評価（令和３年度）');
  put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '現況\n（計画策定時）', '目標\n（R7）', '実績\n（R3）', '現状把握の方法']);
  wrap(ws, 3, 1, 3, 8);
  PLAN.forEach((p, i) => {
    put(ws, 4 + i, 1, [i + 1, ...p.slice(0, 6)]);
    put(ws, 4 + i, 8, [p[6]]);
    wrap(ws, 4 + i, 1, 4 + i, 8);
  });
  box(ws, 3, 1, 3 + PLAN.length, 8);
  ws.getCell(10, 2).value = '※No.5は令和４年度に所有者への照会を行うため、実績は未把握。';
}

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });

const plan: Holdout2Workbook = {
  name: 'h127-d-taishin-keikaku',
  layout: 'D: 耐震改修促進計画 成果指標 table, 単位 column, 現況 and 実績 with their year in the cell, 目標（R7）, one 実績 left blank',
  build: planSheet,
  expected: {
    file: 'h127-d-taishin-keikaku.xlsx',
    fiscalYear: 2021,
    indicators: [
      final(ind('成果指標', '住宅の耐震化率', '％', 95, 87.5)),
      final(ind('成果指標', '多数の者が利用する建築物の耐震化率', '％', 95, 93.4)),
      final(ind('成果指標', '木造住宅耐震診断実施件数（累計）', '件', 700, 523)),
      final(ind('成果指標', '木造住宅耐震改修実施件数（累計）', '件', 200, 118)),
      final(ind('成果指標', '緊急輸送道路沿道建築物の耐震診断実施率', '％', 100, null, { actualStatus: 'missing' })),
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, projectResults, kpi, plan];
