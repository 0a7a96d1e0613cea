/**
 * Hold-out set 164, the four families, as offices in charge of 再生可能エネルギー・省エネルギー・ゼロカーボンシティ write them:
 * a 令和４年度 施策評価シート with six indicator blocks tiled two across, a 令和６年度 事業実績 of ゼロカーボン projects with text
 * figures, a 地球温暖化対策実行計画 KPI table with 目標値／実績値 rows per 年度 and ◎○△×, and a 地域エネルギービジョン plan's
 * indicator table (現況 and 実績 with their year in the cell) for 令和３年度.
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): blocks tiled two across, R1…R7 (R2 現状値), 実績値 over 期待値, 集計中 GHG, empty 達成状況評価.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '増加' | '減少';
  /** 実績値 R1…R4 ('' = blank). */
  actual: (number | string)[];
  /** 期待値 R3…R7 (R7 is the 目標値). */
  expect: number[];
  note?: string;
}

const ZC_BLOCKS: Block[] = [
  {
    name: '市域の温室効果ガス排出量',
    desc: '環境省「自治体排出量カルテ」等をもとに推計した市域のCO2等排出量（年度）',
    unit: '千t-CO2',
    way: '減少',
    actual: [1420, 1352, 1318, '集計中'],
    expect: [1320, 1290, 1250, 1210, 1170],
    note: 'R4実績は国の統計公表後（R6年度）に確定',
  },
  {
    name: '住宅用太陽光発電設備の設置件数（累計）',
    desc: 'FIT・FIP認定を受けた市内の住宅用（10kW未満）太陽光発電設備の件数（年度末累計）',
    unit: '件',
    way: '増加',
    actual: [3850, 4102, 4390, 4655],
    expect: [4400, 4700, 5000, 5300, 5600],
  },
  {
    name: '公共施設のLED照明導入率',
    desc: '市有施設の照明器具のうちLED照明に更新した割合（年度末）',
    unit: '％',
    way: '増加',
    actual: [31.0, 38.5, 45.2, 52.0],
    expect: [45.0, 55.0, 70.0, 85.0, 100.0],
    note: '資材納期の遅れにより２施設が翌年度に繰越し',
  },
  {
    name: '市の事務事業に伴う温室効果ガス排出量',
    desc: '地球温暖化対策実行計画（事務事業編）に基づく市の施設・公用車からの排出量（年度）',
    unit: 't-CO2',
    way: '減少',
    actual: [29110, 28450, 27980, 26120],
    expect: [27500, 26600, 25700, 24800, 23900],
  },
  {
    name: 'ゼロカーボン推進事業者登録数',
    desc: '脱炭素の取組を宣言し、市の「ゼロカーボン推進事業者」に登録した事業者数（累計）',
    unit: '社',
    way: '増加',
    actual: ['－', 12, 35, 47],
    expect: [30, 60, 90, 120, 150],
    note: 'R2年度制度開始',
  },
  {
    name: '市民1人当たりの家庭用電力使用量',
    desc: '市内の家庭用電力販売量（電力会社提供）を人口で除した値（年度）',
    unit: 'kWh',
    way: '減少',
    actual: [2035, 2010, 1985, 1902],
    expect: [1990, 1960, 1930, 1900, 1870],
  },
];

const ZC_FACTS: ExpectedIndicator[] = ZC_BLOCKS.map((b) => {
  const a = b.actual[3];
  const direction = b.way === '減少' ? 'down' : 'up';
  if (typeof a === 'string') return ind('5-3', b.name, b.unit, b.expect[1], null, { direction, actualStatus: 'pending' });
  return ind('5-3', b.name, b.unit, b.expect[1], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h164-seisaku-zerocarbon',
  layout:
    "令和４年度 施策評価シート 5-3 ゼロカーボンシティの推進: six indicator blocks tiled two across (指標①…⑥, 単位, 指標の方向 増加／減少), R1…R7 with R2（現状値）, a 実績値 row over 「期待値⏎※R7は目標値」, 千t-CO2／t-CO2／kWh, a 集計中 GHG figure, an empty 達成状況評価 cell beside last year's 「（C）」",
  build(wb) {
    const ws = wb.addWorksheet('5-3');
    widths(ws, [14, 9, 9, 9, 9, 9, 9, 9, 3, 14, 9, 9, 9, 9, 9, 9, 9]);
    merge(ws, 1, 1, 1, 17, '基本施策事後評価シート（評価対象期間：令和４年度）');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 1, ['基本方針']);
    merge(ws, 2, 2, 2, 9, '５　豊かな自然と共生する持続可能なまち');
    put(ws, 2, 10, ['担当部等']);
    merge(ws, 2, 11, 2, 17, '環境部　ゼロカーボン推進課');
    put(ws, 3, 1, ['基本施策']);
    merge(ws, 3, 2, 3, 9, '5-3　ゼロカーボンシティの推進');
    merge(ws, 3, 10, 3, 11, '達成状況評価');
    put(ws, 3, 13, ['（C）']);
    merge(ws, 3, 14, 3, 17, '※（　）内は前年度の評価');
    put(ws, 4, 1, ['施策の目標']);
    merge(ws, 4, 2, 4, 17, '2050年ゼロカーボンシティの実現に向け、再生可能エネルギーの導入と省エネルギーを市民・事業者・市が一体となって進める。');
    box(ws, 2, 1, 4, 17);
    const marks = ['①', '②', '③', '④', '⑤', '⑥'];
    ZC_BLOCKS.forEach((b, i) => {
      const r = 6 + Math.floor(i / 2) * 8;
      const c = i % 2 === 0 ? 1 : 10;
      put(ws, r, c, [`指標${marks[i]}`]);
      merge(ws, r, c + 1, r, c + 7, b.name);
      put(ws, r + 1, c, ['指標の説明']);
      merge(ws, r + 1, c + 1, r + 1, c + 7, b.desc);
      put(ws, r + 2, c, ['単位', b.unit, undefined, '指標の方向', undefined, b.way]);
      merge(ws, r + 2, c + 1, r + 2, c + 2);
      merge(ws, r + 2, c + 3, r + 2, c + 4);
      merge(ws, r + 2, c + 5, r + 2, c + 7);
      put(ws, r + 3, c, ['区分', 'R1', 'R2\n（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7']);
      put(ws, r + 4, c, ['実績値', ...b.actual]);
      put(ws, r + 5, c, ['期待値\n※R7は目標値', undefined, undefined, ...b.expect]);
      put(ws, r + 6, c, ['備考']);
      merge(ws, r + 6, c + 1, r + 6, c + 7, b.note ?? '');
      wrap(ws, r + 3, c, r + 5, c + 7);
      box(ws, r, c, r + 6, c + 7);
    });
    const r = 6 + 3 * 8;
    put(ws, r, 1, ['総合評価']);
    merge(ws, r, 2, r, 17, '事務事業に伴う排出量は期待値を下回ったが、LED照明の導入や事業者登録は期待値に届いていない。市域の排出量はR4実績が未確定。');
    put(ws, r + 1, 1, ['今後の方向性']);
    merge(ws, r + 1, 2, r + 1, 17, '公共施設のLED化をリース方式で前倒しし、事業者向けの省エネ診断と登録制度の周知を強化する。');
    box(ws, r, 1, r + 1, 17);
  },
  expected: {
    file: 'h164-seisaku-zerocarbon.xlsx',
    fiscalYear: 2022,
    indicators: ZC_FACTS,
    groups: [{ sheet: '5-3', cell: 'L3', grade: rollUp(ZC_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 令和６年度 ゼロカーボン推進事業, figures as text, two measures in a cell, 未実施, a 決算額 column.

interface Project {
  name: string;
  summary: string;
  dept: string;
  last: string;
  target: string;
  actual: string;
  cost: number | string;
  self: string;
  next: string;
}

const PROJECTS: Project[] = [
  {
    name: '住宅用太陽光発電設備等設置費補助金',
    summary: '住宅に太陽光発電設備を設置する市民に1kW当たり2万円（上限8万円）を補助',
    dept: 'ゼロカーボン推進課',
    last: '補助件数 112件',
    target: '補助件数 120件',
    actual: '補助件数 131件',
    cost: 9840,
    self: 'A',
    next: '継続',
  },
  {
    name: '家庭用蓄電池設置費補助金',
    summary: '太陽光発電設備と併せて設置する定置用蓄電池の購入費の一部を補助',
    dept: 'ゼロカーボン推進課',
    last: '58件',
    target: '80件',
    actual: '64件',
    cost: 4480,
    self: 'B',
    next: '継続',
  },
  {
    name: '電気自動車等導入促進補助金',
    summary: 'EV・PHVの購入及びV2H充放電設備の設置に対し補助',
    dept: 'ゼロカーボン推進課',
    last: 'EV 18台／V2H 3基',
    target: 'EV 30台／V2H 10基',
    actual: 'EV 22台／V2H 4基',
    cost: 3260,
    self: 'C',
    next: '見直し',
  },
  {
    name: '公共施設LED化推進事業',
    summary: '小中学校・公民館等の照明をLEDに一括更新（リース方式）',
    dept: '施設マネジメント課',
    last: '9施設',
    target: 'LED化 12施設',
    actual: 'LED化 12施設',
    cost: 61200,
    self: 'A',
    next: '拡充',
  },
  {
    name: 'ゼロカーボンシティ普及啓発事業',
    summary: '出前講座、環境フェアでの展示等により脱炭素型ライフスタイルを啓発',
    dept: 'ゼロカーボン推進課',
    last: '出前講座 7回・参加者 265人',
    target: '出前講座 10回・参加者 300人',
    actual: '出前講座 8回・参加者 356人',
    cost: 1120,
    self: 'B',
    next: '継続',
  },
  {
    name: '地域新電力設立検討事業',
    summary: '地域エネルギー会社の設立可能性を調査し、関係者による検討会議を開催',
    dept: '企画政策課',
    last: '－',
    target: '検討会議 4回',
    actual: '未実施',
    cost: '－',
    self: 'D',
    next: '見直し',
  },
  {
    name: '中小企業省エネ診断受診促進事業',
    summary: '中小企業の省エネ診断受診費用を全額補助し、設備更新につなげる',
    dept: '商工振興課',
    last: '受診 15社',
    target: '受診事業所 25社',
    actual: '18社',
    cost: 1980,
    self: 'B',
    next: '継続',
  },
  {
    name: '木質バイオマスストーブ等導入補助金',
    summary: '薪・ペレットストーブの購入費の1/3（上限10万円）を補助',
    dept: '農林課',
    last: '19台',
    target: '20台',
    actual: '23台（うちペレット 15台）',
    cost: 2150,
    self: 'A',
    next: '継続',
  },
  {
    name: '緑のカーテン普及事業',
    summary: '市民・学校・事業所にゴーヤ等の苗を配布し、夏季の冷房負荷を低減',
    dept: '環境保全課',
    last: '1,920株',
    target: '苗配布 2,000株',
    actual: '1,850株',
    cost: 310,
    self: 'A',
    next: '縮小',
  },
];

const J = '実績報告';
const PROJECT_FACTS: ExpectedIndicator[] = [
  ind(J, '住宅用太陽光発電設備等設置費補助金', '件', 120, 131, { existing: 'A' }),
  ind(J, '家庭用蓄電池設置費補助金', '件', 80, 64, { existing: 'B' }),
  {
    sheet: J,
    name: '電気自動車等導入促進補助金',
    measures: [
      { label: 'EV', target: 30, actual: 22, unit: '台' },
      { label: 'V2H', target: 10, actual: 4, unit: '基' },
    ],
    direction: 'up',
    existing: 'C',
    grade: 'D',
  },
  ind(J, '公共施設LED化推進事業', '施設', 12, 12, { existing: 'A' }),
  {
    sheet: J,
    name: 'ゼロカーボンシティ普及啓発事業',
    measures: [
      { label: '出前講座', target: 10, actual: 8, unit: '回' },
      { label: '参加者', target: 300, actual: 356, unit: '人' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'B',
  },
  ind(J, '地域新電力設立検討事業', '回', 4, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind(J, '中小企業省エネ診断受診促進事業', '社', 25, 18, { existing: 'B' }),
  ind(J, '木質バイオマスストーブ等導入補助金', '台', 20, 23, { existing: 'A' }),
  ind(J, '緑のカーテン普及事業', '株', 2000, 1850, { existing: 'A' }),
];

const jigyo: Holdout2Workbook = {
  name: 'h164-jigyo-zerocarbon',
  layout:
    '令和６年度 ゼロカーボンシティ推進事業 実績報告: 事業名 and 【事業概要】 in one cell, 令和５年度実績｜令和６年度目標｜令和６年度実績 as text (「EV 30台／V2H 10基」「出前講座 10回・参加者 300人」 two measures, 「23台（うちペレット 15台）」), a 決算額（千円） column, 自己評価 A–D with its legend under the table, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet(J);
    widths(ws, [5, 44, 16, 20, 24, 24, 11, 9, 10]);
    merge(ws, 1, 1, 1, 9, '令和６年度　ゼロカーボンシティ推進事業　実績報告書');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 9, '（第２次地球温暖化対策実行計画（区域施策編）　重点プロジェクト関連事業）　　令和７年６月　環境部ゼロカーボン推進課とりまとめ');
    merge(ws, 4, 1, 5, 1, 'No.');
    merge(ws, 4, 2, 5, 2, '事業名／事業概要');
    merge(ws, 4, 3, 5, 3, '所管課');
    merge(ws, 4, 4, 4, 6, '活動量・成果');
    put(ws, 5, 4, ['令和５年度実績', '令和６年度目標', '令和６年度実績']);
    merge(ws, 4, 7, 5, 7, '決算額\n（千円）');
    merge(ws, 4, 8, 5, 8, '自己評価');
    merge(ws, 4, 9, 5, 9, '今後の\n方向性');
    PROJECTS.forEach((p, i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, `${p.name}\n【事業概要】${p.summary}`, p.dept, p.last, p.target, p.actual, p.cost, p.self, p.next]);
      ws.getCell(r, 7).numFmt = '#,##0';
      ws.getRow(r).height = 48;
    });
    const end = 5 + PROJECTS.length;
    wrap(ws, 4, 1, end, 9);
    box(ws, 4, 1, end, 9);
    merge(
      ws,
      end + 2,
      1,
      end + 2,
      9,
      '【自己評価】A：目標を達成（100％以上）　B：概ね順調（80％以上100％未満）　C：やや遅れている（60％以上80％未満）　D：遅れている（60％未満）・未実施',
    );
    merge(ws, end + 3, 1, end + 3, 9, '※決算額は一般財源及び特定財源（地域脱炭素移行・再エネ推進交付金等）の合計。');
  },
  expected: { file: 'h164-jigyo-zerocarbon.xlsx', fiscalYear: 2024, indicators: PROJECT_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI (family C): 実行計画（区域施策編） KPI, 令和３年度…令和７年度, 目標値／実績値 rows, 指標の方向, ◎○△× with a worded legend.

interface Kpi {
  name: string;
  unit: string;
  way: '増加' | '減少';
  targets: (number | string)[];
  actuals: (number | string)[];
  mark: string;
  note?: string;
}

const KPIS: Kpi[] = [
  {
    name: '再生可能エネルギー発電設備導入容量',
    unit: 'kW',
    way: '増加',
    targets: [52000, 56000, 60000, 64000, 68000],
    actuals: [51230, 55870, 61240],
    mark: '◎',
    note: '資源エネルギー庁 FIT・FIP公表データ',
  },
  { name: '市内の電気自動車（EV・PHV）登録台数', unit: '台', way: '増加', targets: [800, 1100, 1400, 1700, 2000], actuals: [742, 1015, 1268], mark: '○' },
  {
    name: '家庭部門のエネルギー消費量',
    unit: 'TJ',
    way: '減少',
    targets: [4200, 4100, 4000, 3900, 3800],
    actuals: [4310, 4150, 4080],
    mark: '○',
  },
  {
    name: '省エネ診断受診件数（累計）',
    unit: '件',
    way: '増加',
    targets: [20, 45, 70, 95, 120],
    actuals: [18, 39, 52],
    mark: '△',
    note: '令和３年度からの累計',
  },
  { name: '太陽光発電設備を導入した公共施設数', unit: '施設', way: '増加', targets: ['－', 5, 10, 15, 20], actuals: [2, 6, 11], mark: '◎' },
  {
    name: 'ゼロカーボンアクション宣言者数',
    unit: '人',
    way: '増加',
    targets: [1000, 2000, 3000, 4000, 5000],
    actuals: [1240, 1980, '集計中'],
    mark: '－',
    note: 'アプリ登録分を精査中',
  },
  { name: '地域新電力からの公共施設の電力調達率', unit: '％', way: '増加', targets: ['－', '－', 30, 50, 70], actuals: ['－', 8.5, 15.0], mark: '×' },
  { name: 'ごみ焼却量', unit: 't', way: '減少', targets: [33000, 32000, 31000, 30000, 29000], actuals: [36800, 38200, 39500], mark: '△' },
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[2];
  const t = k.targets[2] as number;
  const more = { direction: k.way === '減少' ? ('down' as const) : ('up' as const), ...(MARK_LETTER[k.mark] ? { existing: MARK_LETTER[k.mark] } : {}) };
  if (typeof a === 'string') return ind('KPI', k.name, k.unit, t, null, { ...more, actualStatus: 'pending' });
  return ind('KPI', k.name, k.unit, t, a, more);
});

const kpi: Holdout2Workbook = {
  name: 'h164-kpi-ondanka',
  layout:
    '地球温暖化対策実行計画（区域施策編） KPI 進捗: 指標名・単位・指標の方向 merged over a 目標値 row and a 実績値 row, 令和３年度…令和７年度 (令和５年度 the 評価年度 in the title), 「－」 before a target was set, one 集計中, 減少 indicators (TJ, t), ◎○△× 評価 with a worded 100/80/60 legend',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [5, 34, 7, 8, 8, 11, 11, 11, 11, 11, 8, 26]);
    merge(ws, 1, 1, 1, 12, '第２次地球温暖化対策実行計画（区域施策編）　成果指標（KPI）の進捗状況');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 2, 1, ['評価年度：令和５年度']);
    put(ws, 2, 12, ['環境審議会資料２']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '成果指標');
    merge(ws, 3, 3, 4, 3, '単位');
    merge(ws, 3, 4, 4, 4, '指標の\n方向');
    merge(ws, 3, 5, 4, 5, '区分');
    merge(ws, 3, 6, 3, 10, '年度');
    put(ws, 4, 6, ['令和３年度', '令和４年度', '令和５年度', '令和６年度', '令和７年度']);
    merge(ws, 3, 11, 4, 11, '評価');
    merge(ws, 3, 12, 4, 12, '備考');
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 3, r + 1, 3, k.unit);
      merge(ws, r, 4, r + 1, 4, k.way);
      put(ws, r, 5, ['目標値', ...k.targets]);
      put(ws, r + 1, 5, ['実績値', ...k.actuals]);
      for (let c = 6; c <= 10; c++) for (const rr of [r, r + 1]) ws.getCell(rr, c).numFmt = k.unit === '％' ? '0.0' : '#,##0';
      merge(ws, r, 11, r + 1, 11, k.mark);
      merge(ws, r, 12, r + 1, 12, k.note ?? '');
    });
    const end = 4 + KPIS.length * 2;
    box(ws, 3, 1, end, 12);
    merge(
      ws,
      end + 2,
      1,
      end + 2,
      12,
      '評価　◎：達成（達成率100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）　－：評価不能',
    );
    merge(ws, end + 3, 1, end + 3, 12, '※達成率は、指標の方向が「減少」のものは目標値÷実績値、それ以外は実績値÷目標値により算出。');
  },
  expected: { file: 'h164-kpi-ondanka.xlsx', fiscalYear: 2023, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 地域エネルギービジョン 成果指標, 現況 and 実績 with their year in the cell, 目標（令和12年度）.

interface PlanRow {
  name: string;
  unit: string;
  way: '増加' | '減少';
  now: string;
  target: number;
  actual: string;
  value: number | null;
  how: string;
}

const PLAN: PlanRow[] = [
  {
    name: '市域の再生可能エネルギー導入量',
    unit: 'kW',
    way: '増加',
    now: '38,420\n（令和元年度）',
    target: 120000,
    actual: '46,870\n（令和３年度）',
    value: 46870,
    how: 'FIT・FIP公表データ、市調査',
  },
  {
    name: '再生可能エネルギー自給率',
    unit: '％',
    way: '増加',
    now: '8.2\n（令和元年度）',
    target: 30.0,
    actual: '10.5\n（令和３年度）',
    value: 10.5,
    how: '市域の電力消費量に対する再エネ発電量の割合',
  },
  {
    name: '新築住宅の省エネ基準適合率',
    unit: '％',
    way: '増加',
    now: '72.0\n（令和元年度）',
    target: 85.0,
    actual: '81.3\n（令和３年度）',
    value: 81.3,
    how: '建築確認申請の集計',
  },
  { name: '小水力発電所の設置数', unit: 'か所', way: '増加', now: '2\n（令和２年度）', target: 3, actual: '3\n（令和３年度）', value: 3, how: '市調査' },
  {
    name: '温室効果ガス排出量（市域）',
    unit: '千t-CO2',
    way: '減少',
    now: '1,412\n（平成25年度）',
    target: 960,
    actual: '調査中',
    value: null,
    how: '環境省「自治体排出量カルテ」',
  },
  {
    name: '省エネ行動を実践している市民の割合',
    unit: '％',
    way: '増加',
    now: '61.5\n（令和２年度）',
    target: 80.0,
    actual: '66.0\n（令和３年度）',
    value: 66.0,
    how: '市民環境意識調査（毎年度）',
  },
  {
    name: '市役所本庁舎のエネルギー使用量',
    unit: 'GJ',
    way: '減少',
    now: '18,250\n（令和元年度）',
    target: 15500,
    actual: '16,020\n（令和３年度）',
    value: 16020,
    how: 'エネルギー管理台帳',
  },
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => {
  const direction = p.way === '減少' ? ('down' as const) : ('up' as const);
  const out = ind('成果指標', p.name, p.unit, p.target, p.value, p.value === null ? { direction, actualStatus: 'pending' } : { direction });
  out.targetSource = 'final';
  return out;
});

const keikaku: Holdout2Workbook = {
  name: 'h164-keikaku-energyvision',
  layout:
    '地域エネルギービジョン 成果指標の進捗（令和３年度）: 指標｜単位｜めざす方向 増加／減少｜現況（策定時） 「38,420⏎（令和元年度）」｜目標（令和12年度）｜実績 with its year in the cell｜把握方法; one 実績 「調査中」; a ビジョンの概要 sheet first',
  build(wb) {
    const about = wb.addWorksheet('ビジョンの概要');
    about.getColumn(1).width = 16;
    about.getColumn(2).width = 70;
    put(about, 1, 1, ['第２次〇〇市地域エネルギービジョン']);
    put(about, 3, 1, ['計画期間', '令和３年度～令和12年度（10年間）']);
    put(about, 4, 1, ['将来像', 'エネルギーの地産地消で、2050年ゼロカーボンを実現するまち']);
    put(about, 5, 1, ['進行管理', '毎年度、成果指標の実績を把握し、環境審議会に報告する']);
    box(about, 3, 1, 5, 2);

    const ws = wb.addWorksheet('成果指標');
    widths(ws, [5, 34, 9, 9, 16, 13, 16, 34]);
    merge(ws, 1, 1, 1, 8, '第２次地域エネルギービジョン　成果指標の進捗状況（令和３年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '単位', 'めざす\n方向', '現況\n（策定時）', '目標\n（令和12年度）', '実績', '把握方法']);
    PLAN.forEach((p, i) => {
      const r = 4 + i;
      put(ws, r, 1, [i + 1, p.name, p.unit, p.way, p.now, p.target, p.actual, p.how]);
      ws.getCell(r, 6).numFmt = p.unit === '％' ? '0.0' : '#,##0';
      ws.getRow(r).height = 36;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 8);
    box(ws, 3, 1, 3 + PLAN.length, 8);
    merge(ws, 5 + PLAN.length, 1, 5 + PLAN.length, 8, '※実績欄の（　）は把握年度。温室効果ガス排出量は国の統計の公表に約２年を要するため調査中。');
  },
  expected: { file: 'h164-keikaku-energyvision.xlsx', fiscalYear: 2021, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
