/**
 * Hold-out set 174, the four families, as offices in charge of 畜産・酪農・家畜防疫 write them: a 施策評価シート with
 * stacked indicator blocks (令和６年度), a 家畜防疫・畜産振興 事業実績 table with text figures (令和５年度), a 酪農・肉用牛
 * KPI table with 目標値／実績値 rows per 年度 (令和４年度), and a 酪農・肉用牛生産近代化計画 成果指標 table (現況 and 実績
 * with their year in the cell, a final 目標（R12）).
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { ExpectedIndicator } from '../model';

// ---------------------------------------------------------------------------------------------------------------------------
// 1. 施策評価シート (family A): one 施策, stacked blocks R3（基準値）…R8（目標値）, 期待値 and 実績値 rows, evaluation 令和６年度.

interface Block {
  name: string;
  desc: string;
  unit: string;
  way: '↑' | '↓';
  base: number;
  /** 期待値 R4…R8 (R8 is the 目標値). */
  expect: number[];
  /** 実績値 R4…R6. */
  actual: (number | string)[];
  note?: string;
}

const BLOCKS: Block[] = [
  {
    name: '肉用牛飼養頭数',
    desc: '市内で飼養されている肉用牛（繁殖雌牛・肥育牛・子牛）の頭数（各年２月１日現在、家畜飼養頭数調査）',
    unit: '頭',
    way: '↑',
    base: 4820,
    expect: [4900, 5000, 5100, 5200, 5300],
    actual: [4870, 4950, 5120],
  },
  {
    name: '生乳生産量',
    desc: '市内の酪農家が農協を通じて出荷した生乳の量（年度）',
    unit: 'ｔ',
    way: '↑',
    base: 18250,
    expect: [18400, 18600, 18800, 19000, 19200],
    actual: [18120, 17640, 16980],
    note: '飼料価格高騰に伴う経産牛の淘汰により減少',
  },
  {
    name: '畜産クラスター事業等に取り組む経営体数（累計）',
    desc: '畜産クラスター事業、畜産・酪農収益力強化整備等特別対策事業等を活用した経営体数（令和３年度からの累計）',
    unit: '経営体',
    way: '↑',
    base: 12,
    expect: [15, 18, 21, 24, 27],
    actual: [14, 16, 17],
  },
  {
    name: '飼養衛生管理基準の遵守率',
    desc: '定期報告及び立入検査で飼養衛生管理基準の全項目を遵守していた農場の割合',
    unit: '％',
    way: '↑',
    base: 82.5,
    expect: [85.0, 88.0, 91.0, 94.0, 97.0],
    actual: [86.1, 89.4, '集計中'],
    note: '令和６年度の定期報告は県で集計中（７月公表予定）',
  },
  {
    name: '届出伝染病の発生件数',
    desc: '家畜伝染病予防法に基づく届出伝染病（牛のヨーネ病、サルモネラ症等）の市内での発生件数（年度）',
    unit: '件',
    way: '↓',
    base: 6,
    expect: [5, 5, 4, 4, 3],
    actual: [4, 7, 6],
    note: '牛伝染性リンパ腫の発生が続いている',
  },
];

const NUM = ['①', '②', '③', '④', '⑤'];

const SEISAKU_FACTS: ExpectedIndicator[] = BLOCKS.map((b) => {
  const a = b.actual[2];
  const direction = b.way === '↓' ? 'down' : 'up';
  return typeof a === 'string'
    ? ind('施策2-3', b.name, b.unit, b.expect[2], null, { direction, actualStatus: 'pending' })
    : ind('施策2-3', b.name, b.unit, b.expect[2], a, { direction });
});

const seisaku: Holdout2Workbook = {
  name: 'h174-seisaku-chikusan',
  layout:
    '令和６年度 施策評価シート (2-3 畜産の振興と家畜防疫): five stacked blocks 成果指標①… with 単位／方向（↑↓）, R3（基準値）…R8（目標値）, 期待値 and 実績値 rows, ｔ and 経営体, one 集計中, an empty 施策の評価 cell beside 前年度評価「（Ｃ）」 and a legend',
  build(wb) {
    const ws = wb.addWorksheet('施策2-3');
    widths(ws, [13, 11, 11, 11, 11, 11, 12, 10, 12, 10, 12]);
    merge(ws, 1, 1, 1, 11, '令和６年度　施策評価シート');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 11, '評価対象年度：令和６年度（令和６年４月～令和７年３月）　　作成：農林部　畜産課');
    put(ws, 3, 1, ['政策']);
    merge(ws, 3, 2, 3, 6, '２　活力ある農林業のまち');
    put(ws, 3, 7, ['施策の評価']);
    put(ws, 3, 9, ['前年度評価', '（Ｃ）']);
    put(ws, 4, 1, ['施策']);
    merge(ws, 4, 2, 4, 6, '2-3　畜産の振興と家畜防疫体制の強化');
    put(ws, 4, 7, ['主管課']);
    merge(ws, 4, 8, 4, 11, '畜産課（関係課：農政課、家畜保健衛生所）');
    put(ws, 5, 1, ['施策の目的']);
    merge(ws, 5, 2, 5, 11, '生産基盤の強化と家畜伝染病の発生予防・まん延防止により、安定した畜産経営を実現する。');
    box(ws, 3, 1, 5, 11);
    put(ws, 7, 1, ['１　成果指標の状況']);
    let r = 8;
    BLOCKS.forEach((b, i) => {
      put(ws, r, 1, [`成果指標${NUM[i]}`]);
      merge(ws, r, 2, r, 6, b.name);
      put(ws, r, 7, ['単位', b.unit, '方向', b.way]);
      put(ws, r + 1, 1, ['指標の説明']);
      merge(ws, r + 1, 2, r + 1, 11, b.desc);
      put(ws, r + 2, 1, ['区分', 'R3\n（基準値）', 'R4', 'R5', 'R6', 'R7', 'R8\n（目標値）']);
      merge(ws, r + 2, 8, r + 2, 11, '備考');
      put(ws, r + 3, 1, ['期待値', '－', ...b.expect]);
      put(ws, r + 4, 1, ['実績値', b.base, ...b.actual]);
      merge(ws, r + 3, 8, r + 4, 11, b.note ?? '');
      wrap(ws, r + 2, 1, r + 2, 7);
      box(ws, r, 1, r + 4, 11);
      r += 6;
    });
    put(ws, r, 1, ['２　施策の評価']);
    merge(
      ws,
      r + 1,
      1,
      r + 1,
      11,
      '生乳生産量は飼料高騰の影響で期待値を下回ったが、肉用牛飼養頭数は期待値を上回った。届出伝染病の発生は続いており、農場の衛生対策を引き続き指導する。',
    );
    ws.getRow(r + 1).height = 40;
    merge(ws, r + 3, 1, r + 3, 11, '※方向　↑：数値が大きいほど良い　↓：数値が小さいほど良い');
    merge(
      ws,
      r + 4,
      1,
      r + 4,
      11,
      '※施策の評価　A：順調（達成率100％以上）　B：概ね順調（80％以上）　C：やや遅れている（60％以上）　D：遅れている（60％未満）',
    );
  },
  expected: {
    file: 'h174-seisaku-chikusan.xlsx',
    fiscalYear: 2024,
    indicators: SEISAKU_FACTS,
    groups: [{ sheet: '施策2-3', cell: 'H3', grade: rollUp(SEISAKU_FACTS.map((i) => i.grade)) }],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 2. 事業実績 (family B): 家畜防疫・畜産振興 projects of 令和５年度, figures as text, two measures in a cell, 未実施.

const PROJECTS: [string, string, string, string, string, string, string][] = [
  // name, 概要, 担当, 目標, 実績, 自己評価, 備考
  [
    '家畜伝染病予防事業（牛の結核・ブルセラ病検査）',
    '乳用牛の結核病・ブルセラ病の定期検査を実施する。',
    '家畜保健衛生所',
    '検査頭数 1,200頭',
    '検査頭数 1,156頭',
    'B',
    '転出・廃用により対象頭数が減少',
  ],
  ['高病原性鳥インフルエンザ防疫演習', '発生時の初動防疫に備え、関係機関と演習を行う。', '畜産課', '年２回', '2回（うち実動演習 1回）', 'A', ''],
  [
    '豚熱ワクチン接種推進事業',
    '飼養豚への豚熱ワクチン接種を家畜防疫員及び知事認定獣医師により実施する。',
    '家畜保健衛生所',
    '接種頭数 42,000頭',
    '接種頭数 43,870頭',
    'A',
    '子豚の追加接種を含む',
  ],
  ['飼養衛生管理指導事業', '農場を巡回し、飼養衛生管理基準の遵守を指導する。', '家畜保健衛生所', '巡回 180戸／指導会 6回', '巡回 152戸／指導会 6回', 'B', ''],
  [
    '家畜排せつ物適正処理推進事業',
    '堆肥化施設の整備を支援し、家畜排せつ物の適正処理を推進する。',
    '畜産課',
    '堆肥化施設整備 3件',
    '未実施',
    'D',
    '国庫補助の採択が得られず次年度へ繰越',
  ],
  ['優良繁殖雌牛導入支援事業', '優良な繁殖雌牛の導入経費の一部を補助する。', '畜産課', '導入 ６０頭', '導入 41頭', 'C', '子牛価格低迷による導入控え'],
  ['酪農ヘルパー利用促進事業', '酪農ヘルパーの利用料金の一部を助成し、酪農家の休日確保を図る。', '畜産課', '利用日数 2,400日', '2,515日', 'A', ''],
  ['死亡牛BSE検査事業', '48か月齢以上の死亡牛のBSE検査を実施する。', '家畜保健衛生所', '480頭', '463頭', 'B', '対象は死亡牛全頭'],
  [
    '畜産経営技術研修会開催事業',
    '飼養管理・経営改善の研修会を開催する。',
    '農政課',
    '開催 4回／参加者 120人',
    '開催 3回／参加者 95人',
    'C',
    '１回は荒天のため中止',
  ],
];

const JIGYO_FACTS: ExpectedIndicator[] = [
  ind('事業実績', '家畜伝染病予防事業（牛の結核・ブルセラ病検査）', '頭', 1200, 1156, { existing: 'B' }),
  ind('事業実績', '高病原性鳥インフルエンザ防疫演習', '回', 2, 2, { existing: 'A' }),
  ind('事業実績', '豚熱ワクチン接種推進事業', '頭', 42000, 43870, { existing: 'A' }),
  {
    sheet: '事業実績',
    name: '飼養衛生管理指導事業',
    measures: [
      { label: '巡回', target: 180, actual: 152, unit: '戸' },
      { label: '指導会', target: 6, actual: 6, unit: '回' },
    ],
    direction: 'up',
    existing: 'B',
    grade: 'B',
  },
  ind('事業実績', '家畜排せつ物適正処理推進事業', '件', 3, null, { existing: 'D', actualStatus: 'not-implemented' }),
  ind('事業実績', '優良繁殖雌牛導入支援事業', '頭', 60, 41, { existing: 'C' }),
  ind('事業実績', '酪農ヘルパー利用促進事業', '日', 2400, 2515, { existing: 'A' }),
  ind('事業実績', '死亡牛BSE検査事業', '頭', 480, 463, { existing: 'B' }),
  {
    sheet: '事業実績',
    name: '畜産経営技術研修会開催事業',
    measures: [
      { label: '開催', target: 4, actual: 3, unit: '回' },
      { label: '参加者', target: 120, actual: 95, unit: '人' },
    ],
    direction: 'up',
    existing: 'C',
    grade: 'C',
  },
];

const jigyo: Holdout2Workbook = {
  name: 'h174-jigyo-boeki',
  layout:
    '令和５年度 家畜防疫・畜産振興事業 実績一覧: No.｜事業名 with 〔概要〕 in one cell｜担当｜R5目標｜R5実績 as text (「巡回 180戸／指導会 6回」 two measures, 「2回（うち実動演習 1回）」, full-width 「年２回」「導入 ６０頭」), 自己評価 A–D with the legend under the table, one 未実施',
  build(wb) {
    const ws = wb.addWorksheet('事業実績');
    widths(ws, [5, 44, 14, 22, 24, 9, 28]);
    merge(ws, 1, 1, 1, 7, '令和５年度　家畜防疫・畜産振興事業　実績一覧');
    ws.getCell(1, 1).font = { bold: true, size: 14 };
    put(ws, 2, 7, ['農林部畜産課']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '事業名・概要');
    merge(ws, 3, 3, 4, 3, '担当');
    merge(ws, 3, 4, 3, 5, '令和５年度');
    put(ws, 4, 4, ['目標', '実績']);
    merge(ws, 3, 6, 4, 6, '自己評価');
    merge(ws, 3, 7, 4, 7, '備考');
    PROJECTS.forEach((p, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i + 1, `${p[0]}\n〔概要〕${p[1]}`, p[2], p[3], p[4], p[5], p[6] || undefined]);
      ws.getRow(r).height = 48;
    });
    const last = 4 + PROJECTS.length;
    wrap(ws, 3, 1, last, 7);
    box(ws, 3, 1, last, 7);
    merge(
      ws,
      last + 2,
      1,
      last + 2,
      7,
      '【自己評価】　A：目標達成（達成率100％以上）　B：概ね達成（80％以上100％未満）　C：やや遅れ（60％以上80％未満）　D：遅れ（60％未満）又は未実施',
    );
    merge(ws, last + 3, 1, last + 3, 7, '※目標・実績が複数ある事業は、達成率の最も低い項目で評価する。');
  },
  expected: { file: 'h174-jigyo-boeki.xlsx', fiscalYear: 2023, indicators: JIGYO_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 3. KPI (family C): 酪農・肉用牛 KPIs, 目標値 and 実績値 rows per KPI, 基準値（R元）, 令和2年度…令和6年度, 令和４年度実績.

interface Kpi {
  name: string;
  unit: string;
  base: number;
  targets: number[];
  actuals: (number | string)[];
  mark: string;
  note?: string;
}

const KPIS: Kpi[] = [
  { name: '新規就農者数（畜産部門）', unit: '人', base: 2, targets: [3, 3, 3, 3, 3], actuals: [2, 4, 3], mark: '◎' },
  { name: '生乳出荷量', unit: 'ｔ', base: 20610, targets: [21000, 21300, 21600, 21900, 22200], actuals: [20850, 21120, 19870], mark: '○' },
  { name: '経産牛１頭当たり乳量', unit: 'kg', base: 8710, targets: [8800, 8900, 9000, 9100, 9200], actuals: [8750, 8830, 8610], mark: '○' },
  {
    name: '和牛子牛出荷頭数',
    unit: '頭',
    base: 1254,
    targets: [1300, 1350, 1400, 1450, 1500],
    actuals: [1288, 1302, 1104],
    mark: '△',
    note: '子牛市場の取引自粛（口蹄疫警戒期間）',
  },
  { name: 'WCS用稲作付面積', unit: 'ha', base: 138, targets: [150, 160, 170, 180, 190], actuals: [142, 155, '集計中'], mark: '－', note: '水田台帳の確定待ち' },
  {
    name: '家畜防疫研修会参加者数',
    unit: '人',
    base: 185,
    targets: [200, 200, 220, 220, 240],
    actuals: [86, 124, 251],
    mark: '◎',
    note: 'R2・R3は新型コロナにより規模縮小',
  },
];

const MARK_LETTER: Record<string, string> = { '◎': 'A', '○': 'B', '△': 'C', '×': 'D' };
const fmt = (v: number, unit: string) => `${v.toLocaleString('en-US')} ${unit}`;

const KPI_FACTS: ExpectedIndicator[] = KPIS.map((k) => {
  const a = k.actuals[2];
  const more = MARK_LETTER[k.mark] ? { existing: MARK_LETTER[k.mark] } : {};
  return typeof a === 'string'
    ? ind('KPI', k.name, k.unit, k.targets[2], null, { ...more, actualStatus: 'pending' })
    : ind('KPI', k.name, k.unit, k.targets[2], a, more);
});

const kpi: Holdout2Workbook = {
  name: 'h174-kpi-rakuno',
  layout:
    '酪農・肉用牛振興プラン KPI 進捗 (令和４年度実績): a 目標値 row and a 実績値 row per KPI, 基準値（R元） merged over both, 令和2年度…令和6年度, values as 「21,120 ｔ」, ◎○△× 評価 with a legend giving each mark words and a band, one 集計中 marked 「－」',
  build(wb) {
    const ws = wb.addWorksheet('KPI');
    widths(ws, [5, 30, 9, 12, 12, 12, 12, 12, 12, 8, 26]);
    merge(ws, 1, 1, 1, 11, '酪農・肉用牛振興プラン　重要業績評価指標（KPI）進捗状況（令和４年度実績）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, 'KPI');
    merge(ws, 3, 3, 4, 3, '区分');
    merge(ws, 3, 4, 4, 4, '基準値\n（R元）');
    merge(ws, 3, 5, 3, 9, '年度');
    put(ws, 4, 5, ['令和2年度', '令和3年度', '令和4年度', '令和5年度', '令和6年度']);
    merge(ws, 3, 10, 4, 10, '評価');
    merge(ws, 3, 11, 4, 11, '備考');
    KPIS.forEach((k, i) => {
      const r = 5 + i * 2;
      merge(ws, r, 1, r + 1, 1, i + 1);
      merge(ws, r, 2, r + 1, 2, k.name);
      merge(ws, r, 4, r + 1, 4, fmt(k.base, k.unit));
      put(ws, r, 3, ['目標値']);
      put(ws, r + 1, 3, ['実績値']);
      put(
        ws,
        r,
        5,
        k.targets.map((t) => fmt(t, k.unit)),
      );
      put(
        ws,
        r + 1,
        5,
        k.actuals.map((a) => (typeof a === 'string' ? a : fmt(a, k.unit))),
      );
      merge(ws, r, 10, r + 1, 10, k.mark);
      merge(ws, r, 11, r + 1, 11, k.note ?? '');
    });
    const last = 4 + KPIS.length * 2;
    wrap(ws, 3, 1, last, 11);
    box(ws, 3, 1, last, 11);
    merge(
      ws,
      last + 2,
      1,
      last + 2,
      11,
      '評価（令和４年度）　◎：達成（100％以上）　○：概ね達成（80％以上100％未満）　△：やや遅れ（60％以上80％未満）　×：遅れ（60％未満）　－：評価不能',
    );
  },
  expected: { file: 'h174-kpi-rakuno.xlsx', fiscalYear: 2022, indicators: KPI_FACTS, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 4. Plan indicators (family D): 酪農・肉用牛生産近代化計画, 現況（計画策定時） and 実績 with their year, 目標（R12）.

const PLAN: [string, string, string, '↑' | '↓', number, string, number, number, string][] = [
  // 指標, 説明, 単位, 方向, 現況, 現況年, 目標, 実績, 把握方法
  ['乳用牛飼養頭数', '市内で飼養されている乳用牛の頭数', '頭', '↑', 1850, '令和元年度', 2000, 1912, '畜産統計'],
  ['肉用牛飼養頭数', '市内で飼養されている肉用牛の頭数', '頭', '↑', 5200, '令和元年度', 6000, 5480, '畜産統計'],
  ['経産牛１頭当たり年間乳量', '牛群検定成績による経産牛１頭当たりの年間乳量', 'kg', '↑', 8900, '令和元年度', 9800, 9120, '牛群検定成績'],
  ['堆肥の広域流通量', '耕種農家へ広域に流通した家畜堆肥の量', 'ｔ', '↑', 3200, '令和元年度', 5000, 3450, '堆肥センター実績'],
  ['外部支援組織数', 'コントラクター、TMRセンター、酪農ヘルパー組合等の数', '組織', '↑', 3, '令和元年度', 6, 6, '畜産課調べ'],
  ['繁殖雌牛の平均分娩間隔', '肉用牛繁殖雌牛の分娩から次の分娩までの平均日数', '日', '↓', 412, '令和元年度', 395, 405, '家畜改良データバンク'],
];

const PLAN_FACTS: ExpectedIndicator[] = PLAN.map((p) => ({
  ...ind('計画指標', p[0], p[2], p[6], p[7], { direction: p[3] === '↓' ? 'down' : 'up' }),
  targetSource: 'final',
}));

const keikaku: Holdout2Workbook = {
  name: 'h174-keikaku-kindaika',
  layout:
    "酪農・肉用牛生産近代化計画 成果指標の進捗（令和５年度）: 指標｜指標の説明｜単位｜方向 ↑↓｜現況（計画策定時） 「1,850⏎（令和元年度）」｜目標（R12）｜実績 「1,912⏎（令和5年度）」｜現状把握の方法; the target is the plan's final one",
  build(wb) {
    const ws = wb.addWorksheet('計画指標');
    widths(ws, [5, 26, 36, 7, 6, 16, 12, 16, 18]);
    merge(ws, 1, 1, 1, 9, '酪農・肉用牛生産近代化計画（令和３年３月策定）　成果指標の進捗状況（令和５年度）');
    ws.getCell(1, 1).font = { bold: true, size: 13 };
    put(ws, 3, 1, ['No.', '指標', '指標の説明', '単位', '方向', '現況\n（計画策定時）', '目標\n（R12）', '実績', '現状把握の方法']);
    PLAN.forEach((p, i) => {
      put(ws, 4 + i, 1, [
        i + 1,
        p[0],
        p[1],
        p[2],
        p[3],
        `${p[4].toLocaleString('en-US')}\n（${p[5]}）`,
        p[6],
        `${p[7].toLocaleString('en-US')}\n（令和5年度）`,
        p[8],
      ]);
      ws.getRow(4 + i).height = 36;
    });
    wrap(ws, 3, 1, 3 + PLAN.length, 9);
    box(ws, 3, 1, 3 + PLAN.length, 9);
    put(ws, 5 + PLAN.length, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
  },
  expected: { file: 'h174-keikaku-kindaika.xlsx', fiscalYear: 2023, indicators: PLAN_FACTS, groups: [] },
};

export const FAMILY_WORKBOOKS: Holdout2Workbook[] = [seisaku, jigyo, kpi, keikaku];
