/**
 * Hold-out 159, the four families as 土地改良・農業基盤整備・農業用用排水施設 offices write them: a 施策評価シート with two 施策
 * on two sheets and tiled indicator blocks (R3（基準値）…R8（目標値）, 実績値／期待値 rows, 方向 ↑／↓, 施策の達成状況 beside last
 * year's 「（C）」), a 令和５年度 事業実績 of 土地改良 projects with text figures, a 総合戦略 KPI table with 目標値／実績値 rows per
 * 令和３年度…令和６年度 and ◎○△× on a 100/80/50 legend, and a 農業振興計画 成果指標 table with 現況／目標（R7）／実績 and years in cells.
 */
import type { Workbook, Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { type Holdout2Workbook, ind, put, rollUp } from '../holdout2/kit';

interface Block {
  no: string;
  name: string;
  desc: string;
  unit: string;
  dir: '↑' | '↓';
  actuals: (number | undefined)[];
  expects: (number | undefined)[];
  note?: string;
}

const PERIODS = ['R3\n（基準値）', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標値）'];

function block(ws: Worksheet, r: number, c: number, b: Block): void {
  put(ws, r, c, [`成果指標${b.no}`]);
  merge(ws, r, c + 1, r, c + 7, b.name);
  put(ws, r + 1, c, ['指標の説明']);
  merge(ws, r + 1, c + 1, r + 1, c + 5, b.desc);
  put(ws, r + 1, c + 6, ['方向', b.dir]);
  put(ws, r + 2, c, ['単位', '']);
  PERIODS.forEach((p, i) => put(ws, r + 2, c + 2 + i, [p]));
  put(ws, r + 3, c, [b.unit, '実績値', ...b.actuals]);
  put(ws, r + 4, c + 1, ['期待値\n※R8は目標値', undefined, ...b.expects]);
  merge(ws, r + 3, c, r + 4, c);
  put(ws, r + 5, c, ['備　考']);
  merge(ws, r + 5, c + 1, r + 5, c + 7, b.note ?? '');
  wrap(ws, r + 2, c, r + 4, c + 7);
  box(ws, r, c, r + 5, c + 7);
}

function policySheet(wb: Workbook, sheet: string, policy: string, section: string, lastYear: string, blocks: Block[]): void {
  const ws = wb.addWorksheet(sheet);
  widths(ws, [12, 12, 9, 9, 9, 9, 9, 9, 3, 12, 12, 9, 9, 9, 9, 9, 9]);
  merge(ws, 1, 1, 1, 17, '令和７年度 施策評価シート　（評価対象期間：令和６年度）');
  put(ws, 3, 1, ['政策']);
  merge(ws, 3, 2, 3, 8, '３ 活力ある農業と美しい農村の振興');
  merge(ws, 3, 10, 3, 12, '施策の達成状況');
  put(ws, 3, 14, [lastYear]);
  put(ws, 4, 1, ['施策']);
  merge(ws, 4, 2, 4, 8, policy);
  merge(ws, 4, 10, 4, 12, '凡例');
  merge(ws, 4, 13, 4, 17, 'A：順調　B：概ね順調　C：やや遅れている　D：遅れている');
  put(ws, 5, 1, ['担当課']);
  merge(ws, 5, 2, 5, 8, '農林部 農村整備課');
  put(ws, 6, 1, ['主な取組']);
  merge(ws, 6, 2, 6, 17, section);
  box(ws, 3, 1, 6, 8);
  box(ws, 3, 10, 4, 17);
  blocks.forEach((b, i) => block(ws, 8 + Math.floor(i / 2) * 7, i % 2 === 0 ? 1 : 10, b));
}

const S32: Block[] = [
  {
    no: '①',
    name: 'ほ場整備率',
    desc: '水田面積のうち30a程度以上の区画に整備された面積の割合',
    unit: '％',
    dir: '↑',
    actuals: [55.8, 57.9, 59.6, 61.4],
    expects: [57.5, 59.5, 62.0, 64.0, 66.0],
  },
  {
    no: '②',
    name: '基幹的農業用用排水路の改修延長（累計）',
    desc: '受益面積100ha以上の用排水路のうち改修を完了した延長（R3からの累計）',
    unit: 'km',
    dir: '↑',
    actuals: [11.2, 13.9, 16.4, 19.2],
    expects: [13.5, 16.0, 18.5, 21.0, 23.5],
  },
  {
    no: '③',
    name: '暗渠排水整備面積',
    desc: '各年度に暗渠排水を施工した農地の面積（単年度）',
    unit: 'ha',
    dir: '↑',
    actuals: [38, 41, 36, 28],
    expects: [45, 45, 45, 45, 45],
    note: '資材価格高騰により施工面積が減少',
  },
  {
    no: '④',
    name: '排水機場の長寿命化対策実施数（累計）',
    desc: '機能保全計画に基づき長寿命化対策を実施した排水機場の数',
    unit: '施設',
    dir: '↑',
    actuals: [0, 1, 2, 3],
    expects: [1, 2, 4, 5, 6],
  },
];

const S33: Block[] = [
  {
    no: '①',
    name: '防災重点農業用ため池のハザードマップ作成数（累計）',
    desc: '防災重点農業用ため池152箇所のうちハザードマップを作成・公表した箇所数',
    unit: '箇所',
    dir: '↑',
    actuals: [64, 88, 105, 126],
    expects: [80, 100, 120, 140, 152],
  },
  {
    no: '②',
    name: '防災重点農業用ため池の改修着手数（累計）',
    desc: '劣化状況評価等の結果、改修が必要とされたため池のうち工事に着手した箇所数',
    unit: '箇所',
    dir: '↑',
    actuals: [1, 2, 3, 4],
    expects: [2, 4, 8, 10, 12],
    note: '県営事業の採択が遅れ、２箇所の着手がR7にずれ込んだ',
  },
  {
    no: '③',
    name: '多面的機能支払交付金の取組面積',
    desc: '農地維持支払交付金の対象となる協定農用地の面積',
    unit: 'ha',
    dir: '↑',
    actuals: [3080.5, 3102.3, 2950.1, 2580.0],
    expects: [3150, 3200, 3250, 3300, 3350],
    note: '活動組織の解散（２組織）により減少',
  },
  {
    no: '④',
    name: '農業用水路の漏水・破損事故件数',
    desc: '市及び土地改良区が管理する農業用水路で発生した漏水・破損事故の件数（少ないほど良い）',
    unit: '件',
    dir: '↓',
    actuals: [21, 19, 16, 18],
    expects: [18, 15, 12, 10, 8],
  },
];

const g32 = [
  ind('3-2', 'ほ場整備率', '％', 62.0, 61.4),
  ind('3-2', '基幹的農業用用排水路の改修延長（累計）', 'km', 18.5, 19.2),
  ind('3-2', '暗渠排水整備面積', 'ha', 45, 28),
  ind('3-2', '排水機場の長寿命化対策実施数（累計）', '施設', 4, 3),
];
const g33 = [
  ind('3-3', '防災重点農業用ため池のハザードマップ作成数（累計）', '箇所', 120, 126),
  ind('3-3', '防災重点農業用ため池の改修着手数（累計）', '箇所', 8, 4),
  ind('3-3', '多面的機能支払交付金の取組面積', 'ha', 3250, 2580),
  ind('3-3', '農業用水路の漏水・破損事故件数', '件', 12, 18, { direction: 'down' }),
];

const policy: Holdout2Workbook = {
  name: 'h159-a-nouson-seibi-shisaku',
  layout: 'A: 施策評価シート, two 施策 on two sheets, blocks two across with R3（基準値）…R8（目標値）, 実績値／期待値 rows, 方向 ↑／↓',
  build(wb) {
    policySheet(wb, '3-2', '3-2 農業生産基盤の整備', 'ほ場整備、基幹的用排水路の改修、暗渠排水、排水機場の長寿命化', '（B）', S32);
    policySheet(wb, '3-3', '3-3 農村の防災・減災と多面的機能の維持', 'ため池の防災対策、多面的機能支払、水路の適正管理', '（B）', S33);
  },
  expected: {
    file: 'h159-a-nouson-seibi-shisaku.xlsx',
    fiscalYear: 2024,
    indicators: [...g32, ...g33],
    groups: [
      { sheet: '3-2', cell: 'M3', grade: rollUp(g32.map((i) => i.grade)) },
      { sheet: '3-3', cell: 'M3', grade: rollUp(g33.map((i) => i.grade)) },
    ],
  },
};

interface Project {
  code: string;
  name: string;
  gaiyo: string;
  dept: string;
  last: string;
  target: string;
  actual: string;
  self: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    code: '(1)',
    name: '県営ほ場整備事業負担金',
    gaiyo: '県が実施する北部地区・西原地区の区画整理に係る市負担金',
    dept: '農地整備課',
    last: '整備面積 35.2ha',
    target: '整備面積 42ha',
    actual: '整備面積 38.5ha',
    self: 'A',
    next: '継続',
  },
  {
    code: '(2)',
    name: '農業用用排水路改修事業',
    gaiyo: '老朽化した市管理の用排水路（土水路・柵渠）のコンクリート水路への改修',
    dept: '農村整備課',
    last: '改修延長 1,080m',
    target: '改修延長 1,200m',
    actual: '改修延長 1,350ｍ',
    self: 'A',
    next: '拡充',
  },
  {
    code: '(3)',
    name: 'ため池ハザードマップ作成事業',
    gaiyo: '防災重点農業用ため池の浸水想定区域図及びハザードマップの作成・配布',
    dept: '農村整備課',
    last: '作成 18箇所',
    target: '作成 15箇所',
    actual: '作成 15箇所',
    self: 'A',
    next: '継続',
  },
  {
    code: '(4)',
    name: '排水機場ポンプ設備更新事業',
    gaiyo: '耐用年数を超過した川端排水機場の主ポンプの更新',
    dept: '農村整備課',
    last: '設計 1式',
    target: '更新 2基',
    actual: '未実施（入札不調のため令和６年度へ繰越）',
    self: 'D',
    next: '継続',
  },
  {
    code: '(5)',
    name: '多面的機能支払交付金事業',
    gaiyo: '農地・水路・農道等の地域共同による保全管理活動への支援',
    dept: '農政課',
    last: '活動組織数 47組織　取組面積 2,880ha',
    target: '活動組織数 48組織　取組面積 2,900ha',
    actual: '活動組織数 46組織　取組面積 2,955ha',
    self: 'B',
    next: '継続',
  },
  {
    code: '(6)',
    name: '土地改良施設維持管理適正化事業',
    gaiyo: '土地改良区が管理する頭首工・揚水機場の整備補修への助成',
    dept: '農村整備課',
    last: '整備補修 3施設',
    target: '整備補修 3施設',
    actual: '整備補修 2施設',
    self: 'B',
    next: '継続',
  },
  {
    code: '(7)',
    name: '農道橋点検診断事業',
    gaiyo: '橋長15m以上の農道橋の定期点検と健全度診断',
    dept: '農地整備課',
    last: '点検 10橋',
    target: '点検 12橋',
    actual: '点検 12橋',
    self: 'A',
    next: '継続',
  },
  {
    code: '(8)',
    name: '中山間地域等直接支払事業',
    gaiyo: '中山間地域の農業生産条件の不利を補正するための集落協定への交付',
    dept: '農政課',
    last: '協定数 22協定',
    target: '協定数 22協定',
    actual: '協定数 21協定',
    self: 'A',
    next: '継続',
  },
  {
    code: '(9)',
    name: '暗渠排水整備補助事業',
    gaiyo: '水田の汎用化のため農業者が行う暗渠排水の施工への補助',
    dept: '農地整備課',
    last: '補助件数 16件',
    target: '補助件数 20件',
    actual: '補助件数 13件',
    self: 'C',
    next: '見直し',
  },
];

const B_SHEET = '事業実績';
const results: Holdout2Workbook = {
  name: 'h159-b-tochikairyo-jigyo-jisseki',
  layout: 'B: 令和５年度 事業実績 of 土地改良 projects, code/name/概要 in one cell, figures as text, one 未実施, one cell with two measures',
  build(wb) {
    const ws = wb.addWorksheet(B_SHEET);
    widths(ws, [6, 40, 12, 20, 20, 24, 8, 10]);
    merge(ws, 1, 1, 1, 8, '令和５年度　農業農村整備関連事業　実績評価表');
    merge(ws, 2, 1, 2, 8, '自己評価　A：目標を達成した　B：目標の80％以上を達成　C：目標の60％以上80％未満　D：目標の60％未満・未実施');
    put(ws, 4, 1, ['No.', '推進事業（事業名・概要）', '担当課', '令和４年度実績値', '令和５年度数値目標', '令和５年度実績値', '自己評価', '今後の方向性']);
    PROJECTS.forEach((p, i) => {
      put(ws, 5 + i, 1, [i + 1, `${p.code} ${p.name}\n${p.gaiyo}`, p.dept, p.last, p.target, p.actual, p.self, p.next]);
    });
    wrap(ws, 4, 1, 4 + PROJECTS.length, 8);
    box(ws, 4, 1, 4 + PROJECTS.length, 8);
  },
  expected: {
    file: 'h159-b-tochikairyo-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(B_SHEET, '県営ほ場整備事業負担金', 'ha', 42, 38.5, { existing: 'A' }),
      ind(B_SHEET, '農業用用排水路改修事業', 'm', 1200, 1350, { existing: 'A' }),
      ind(B_SHEET, 'ため池ハザードマップ作成事業', '箇所', 15, 15, { existing: 'A' }),
      ind(B_SHEET, '排水機場ポンプ設備更新事業', '基', 2, null, { existing: 'D', actualStatus: 'not-implemented' }),
      {
        sheet: B_SHEET,
        name: '多面的機能支払交付金事業',
        measures: [
          { label: '活動組織数', target: 48, actual: 46, unit: '組織' },
          { label: '取組面積', target: 2900, actual: 2955, unit: 'ha' },
        ],
        direction: 'up',
        existing: 'B',
        grade: 'B',
      },
      ind(B_SHEET, '土地改良施設維持管理適正化事業', '施設', 3, 2, { existing: 'B' }),
      ind(B_SHEET, '農道橋点検診断事業', '橋', 12, 12, { existing: 'A' }),
      ind(B_SHEET, '中山間地域等直接支払事業', '協定', 22, 21, { existing: 'A' }),
      ind(B_SHEET, '暗渠排水整備補助事業', '件', 20, 13, { existing: 'C' }),
    ],
    groups: [],
  },
};

interface Kpi {
  policy: string;
  name: string;
  unit: string;
  base: string;
  targets: string[];
  actuals: string[];
  mark: string;
  note?: string;
}

const KPIS: Kpi[] = [
  {
    policy: '(1) 農地の集積・集約化',
    name: '担い手への農地集積率',
    unit: '％',
    base: '62.4 ％',
    targets: ['66.0 ％', '68.0 ％', '70.0 ％', '72.0 ％'],
    actuals: ['65.1 ％', '66.3 ％'],
    mark: '○',
  },
  {
    policy: '(2) スマート農業の推進',
    name: 'スマート農業（自動操舵システム）導入経営体数',
    unit: '経営体',
    base: '8 経営体',
    targets: ['20 経営体', '30 経営体', '40 経営体', '50 経営体'],
    actuals: ['22 経営体', '34 経営体'],
    mark: '◎',
  },
  {
    policy: '(3) 基盤整備を契機とした高収益化',
    name: 'ほ場整備地区の高収益作物作付面積',
    unit: 'ha',
    base: '6.5 ha',
    targets: ['15 ha', '25 ha', '35 ha', '45 ha'],
    actuals: ['12.0 ha', '14.8 ha'],
    mark: '△',
    note: 'たまねぎ・キャベツの作付を推進',
  },
  {
    policy: '(4) 農業水利施設の保全',
    name: '機能保全計画策定施設数（累計）',
    unit: '施設',
    base: '2 施設',
    targets: ['-', '-', '-', '-'],
    actuals: ['5 施設', '9 施設'],
    mark: '－',
    note: '目標値は設定していない（参考指標）',
  },
];

const C_SHEET = 'KPI';
const kpi: Holdout2Workbook = {
  name: 'h159-c-senryaku-kpi-nougyo-kiban',
  layout: 'C: 総合戦略 KPI table, 目標値／実績値 rows per 令和３年度…令和６年度, values "66.3 ％", "-" targets, ◎○△× on a 100/80/50 legend',
  build(wb) {
    const ws = wb.addWorksheet(C_SHEET);
    widths(ws, [20, 30, 8, 12, 12, 12, 12, 12, 8, 24]);
    merge(ws, 1, 1, 1, 10, '第２期まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の達成状況');
    merge(ws, 2, 1, 2, 10, '（令和４年度実績・令和５年８月 効果検証会議資料）');
    merge(ws, 3, 1, 3, 10, '基本目標１　稼ぐ農業と農村の基盤づくり');
    put(ws, 5, 1, ['具体的な施策', 'KPI', '区分', '基準値（R元）', '令和３年度', '令和４年度', '令和５年度', '令和６年度', '評価', '備考']);
    KPIS.forEach((k, i) => {
      const r = 6 + i * 2;
      merge(ws, r, 1, r + 1, 1, k.policy);
      merge(ws, r, 2, r + 1, 2, k.name);
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      merge(ws, r, 4, r + 1, 4, k.base);
      put(ws, r, 5, k.targets);
      put(ws, r + 1, 5, k.actuals);
      merge(ws, r, 9, r + 1, 9, k.mark);
      merge(ws, r, 10, r + 1, 10, k.note ?? '');
    });
    box(ws, 5, 1, 5 + KPIS.length * 2, 10);
    merge(
      ws,
      7 + KPIS.length * 2,
      1,
      7 + KPIS.length * 2,
      10,
      '評価　◎：達成率100％以上　○：達成率80％以上100％未満　△：達成率50％以上80％未満　×：達成率50％未満',
    );
  },
  expected: {
    file: 'h159-c-senryaku-kpi-nougyo-kiban.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(C_SHEET, '担い手への農地集積率', '％', 68.0, 66.3, { existing: '○' }),
      ind(C_SHEET, 'スマート農業（自動操舵システム）導入経営体数', '経営体', 30, 34, { existing: '◎' }),
      ind(C_SHEET, 'ほ場整備地区の高収益作物作付面積', 'ha', 25, 14.8, { existing: '△' }),
      ind(C_SHEET, '機能保全計画策定施設数（累計）', '施設', null, 9),
    ],
    groups: [],
  },
};

const D_SHEET = '成果指標';
const D_ROWS: [string, string, string, string, string, string, string, string][] = [
  ['ほ場整備面積（累計）', '30a区画以上に整備された水田の面積', 'ha', '↑', '1,284\n（令和元年度）', '1,420', '1,371\n（令和５年度）', '県営事業の完了報告'],
  [
    '基幹的農業水利施設の機能診断実施率',
    '基幹的施設（頭首工・揚水機場・幹線水路）のうち機能診断を終えた割合',
    '％',
    '↑',
    '45.0\n（令和元年度）',
    '100',
    '72.5\n（令和５年度）',
    '土地改良区への照会',
  ],
  ['農地の湛水被害面積', '大雨により湛水被害が生じた農地の面積（５か年平均）', 'ha', '↓', '86\n（令和元年度）', '40', '52\n（令和５年度）', '農業災害報告'],
  ['農業用ため池の廃止・改修数（累計）', '利用されていないため池の廃止及び老朽ため池の改修箇所数', '箇所', '↑', '3\n（令和元年度）', '15', '', '県ため池台帳'],
  [
    '多面的機能支払の取組率',
    '農振農用地面積に占める多面的機能支払の取組面積の割合',
    '％',
    '↑',
    '62.4\n（令和元年度）',
    '70.0',
    '70.3\n（令和５年度）',
    '交付実績',
  ],
];

const plan: Holdout2Workbook = {
  name: 'h159-d-nougyo-shinkou-keikaku-shihyo',
  layout: 'D: 農業振興計画 成果指標, 現況（計画策定時） and 実績 with their years in the cells, 目標（R7）, a 目指す方向 column, one blank 実績',
  build(wb) {
    const ws = wb.addWorksheet(D_SHEET);
    widths(ws, [5, 30, 36, 7, 8, 16, 12, 16, 18]);
    merge(ws, 1, 1, 1, 9, '農業振興計画（令和３年度～令和７年度）　成果指標の点検評価（令和５年度）');
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '目指す方向', '現況（計画策定時）', '目標（R7）', '実績', '現状把握の方法']);
    D_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row]));
    wrap(ws, 3, 1, 3 + D_ROWS.length, 9);
    box(ws, 3, 1, 3 + D_ROWS.length, 9);
    put(ws, 5 + D_ROWS.length, 2, ['※目指す方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: {
    file: 'h159-d-nougyo-shinkou-keikaku-shihyo.xlsx',
    fiscalYear: 2023,
    indicators: [
      { ...ind(D_SHEET, 'ほ場整備面積（累計）', 'ha', 1420, 1371), targetSource: 'final' },
      { ...ind(D_SHEET, '基幹的農業水利施設の機能診断実施率', '％', 100, 72.5), targetSource: 'final' },
      { ...ind(D_SHEET, '農地の湛水被害面積', 'ha', 40, 52, { direction: 'down' }), targetSource: 'final' },
      { ...ind(D_SHEET, '農業用ため池の廃止・改修数（累計）', '箇所', 15, null, { actualStatus: 'missing' }), targetSource: 'final' },
      { ...ind(D_SHEET, '多面的機能支払の取組率', '％', 70.0, 70.3), targetSource: 'final' },
    ],
    groups: [],
  },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [policy, results, kpi, plan];
