/**
 * Hold-out 7, tables: two family-B project tables (targets first then actuals, and a full-width 推進事業 table with the
 * code and 概要 in the name cell), a family-C KPI table with 目標値/実績値 rows under 令和N年3月末 columns and the unit
 * last, a family-D table with year and figure in separate sub-columns and blank spacer columns, and two fiscal years
 * side by side. Written blind (see index.ts).
 */
import type { ExpectedIndicator, ExpectedMeasure } from '../model';
import { gradeOf, ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** An indicator of several measures: the lowest attainment counts. */
function measured(sheet: string, name: string, measures: ExpectedMeasure[], existing?: string): ExpectedIndicator {
  const rates = measures.map((m) => (m.actual === null ? null : m.actual / m.target));
  const low = rates.some((r) => r === null) ? null : Math.min(...(rates as number[]));
  const out: ExpectedIndicator = { sheet, name, measures, direction: 'up', grade: gradeOf(low === null ? null : 1, low) };
  if (existing) out.existing = existing;
  return out;
}

/* 5. Family B: No. | 事業名 (with 【概要】) | 担当課 | 令和５年度数値目標 | 令和５年度実績値 | 自己評価 | 令和４年度実績値 | 取組内容. */
const JIGYO_SHEET = '事業実績';
type JigyoRow = [name: string, office: string, target: string, actual: string, own: string, last: string];
const JIGYO_ROWS: JigyoRow[] = [
  ['企業立地促進事業', '商工振興課', '誘致企業数 2社', '1社', 'C', '2社'],
  ['創業支援事業', '商工振興課', '創業支援件数 25件', '31件', 'A', '22件'],
  ['6次産業化推進事業', '農政課', '新商品開発数 5品目', '4品目', 'B', '3品目'],
  ['販路開拓支援事業', '商工振興課', '商談会参加事業者 30社\n成約件数 10件', '参加事業者 24社\n成約件数 9件', 'B', '参加事業者 21社\n成約件数 6件'],
  ['ものづくり人材育成事業', '商工振興課', '研修受講者数 120人', '未実施', 'D', '96人'],
  ['中心市街地活性化事業', '都市計画課', '空き店舗活用件数 4件', '4件', 'A', '3件'],
];
const JIGYO: Holdout2Workbook = {
  name: 'h7-hachimantai-jigyo-jisseki',
  layout:
    'family B: 事業名 with 【概要】 on a second line, 担当課, 目標 before 実績 as text with units, 自己評価 after them, last year after, two measures in one cell, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(JIGYO_SHEET);
    put(ws, 1, 1, ['令和５年度　産業振興計画　推進事業の実績']);
    put(ws, 4, 1, ['No.', '事業名', '担当課', '令和５年度\n数値目標', '令和５年度\n実績値', '自己評価', '令和４年度\n実績値', '令和５年度の取組内容']);
    JIGYO_ROWS.forEach(([name, office, target, actual, own, last], i) =>
      put(ws, 5 + i, 1, [
        i + 1,
        `${name}\n【概要】${name.replace(/事業$/, '')}に係る取組を推進する。`,
        office,
        target,
        actual,
        own,
        last,
        '計画どおり実施した。',
      ]),
    );
    put(ws, 12, 1, ['※自己評価　A：目標を達成　B：概ね達成　C：やや遅れ　D：未達成・未実施']);
  },
  expected: {
    file: 'h7-hachimantai-jigyo-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(JIGYO_SHEET, '企業立地促進事業', '社', 2, 1, { existing: 'C' }),
      ind(JIGYO_SHEET, '創業支援事業', '件', 25, 31, { existing: 'A' }),
      ind(JIGYO_SHEET, '6次産業化推進事業', '品目', 5, 4, { existing: 'B' }),
      measured(
        JIGYO_SHEET,
        '販路開拓支援事業',
        [
          { label: '商談会参加事業者', target: 30, actual: 24, unit: '社' },
          { label: '成約件数', target: 10, actual: 9, unit: '件' },
        ],
        'B',
      ),
      ind(JIGYO_SHEET, 'ものづくり人材育成事業', '人', 120, null, { actualStatus: 'not-implemented', existing: 'D' }),
      ind(JIGYO_SHEET, '中心市街地活性化事業', '件', 4, 4, { existing: 'A' }),
    ],
    groups: [],
  },
};

/* 6. Family B with full-width figures: No. | 推進事業 (code, name, 【概要】 in one cell) | 自己評価 | 令和５年度数値目標 | 令和５年度実績値 | 令和４年度実績値. */
const SUISHIN_SHEET = '推進事業';
const SUISHIN: Holdout2Workbook = {
  name: 'h7-ichinoseki-suishin-fullwidth',
  layout:
    'family B: code + name + 【概要】 in one cell, 自己評価 before the figures, full-width digits and spaces in 「交付決定件数　１５件」, 集計中, last year after',
  build(wb) {
    const ws = wb.addWorksheet(SUISHIN_SHEET);
    put(ws, 1, 1, ['工業振興計画　推進事業の実施状況（令和５年度）']);
    put(ws, 3, 1, ['No.', '推進事業', '自己評価', '令和５年度数値目標', '令和５年度実績値', '令和４年度実績値', '成果・課題、今後の方向性']);
    const rows: [string, string, string, string, string][] = [
      ['2-1-1 企業誘致推進事業', 'B', '立地協定締結件数　３件', '２件', '１件'],
      ['2-1-2 設備投資促進補助金', 'A', '交付決定件数　１５件', '１８件', '１３件'],
      [
        '2-1-3 ものづくり人材確保支援事業',
        'B',
        '新規高卒者　５０人\n若者等　２０人',
        '新規高卒者　４５人\n若者等　１９人',
        '新規高卒者　５２人\n若者等　１９人',
      ],
      ['2-1-4 販路拡大支援事業', 'C', '展示会出展事業者数　１２社', '８社', '１０社'],
      ['2-1-5 事業承継支援事業', '－', '相談件数　４０件', '集計中', '３６件'],
    ];
    rows.forEach(([name, own, target, actual, last], i) =>
      put(ws, 4 + i, 1, [
        i + 1,
        `${name}\n【概要】市内事業者の${i % 2 ? '設備投資' : '人材・販路'}を支援する。`,
        own,
        target,
        actual,
        last,
        '【今後の方向性】継続',
      ]),
    );
  },
  expected: {
    file: 'h7-ichinoseki-suishin-fullwidth.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(SUISHIN_SHEET, '企業誘致推進事業', '件', 3, 2, { existing: 'B' }),
      ind(SUISHIN_SHEET, '設備投資促進補助金', '件', 15, 18, { existing: 'A' }),
      measured(
        SUISHIN_SHEET,
        'ものづくり人材確保支援事業',
        [
          { label: '新規高卒者', target: 50, actual: 45, unit: '人' },
          { label: '若者等', target: 20, actual: 19, unit: '人' },
        ],
        'B',
      ),
      ind(SUISHIN_SHEET, '販路拡大支援事業', '社', 12, 8, { existing: 'C' }),
      ind(SUISHIN_SHEET, '事業承継支援事業', '件', 40, null, { actualStatus: 'pending' }),
    ],
    groups: [],
  },
};

/* 7. Family C: 基本目標 merged down, KPI, 区分 (目標値/実績値), 令和3年3月末…令和6年3月末, 単位 last. */
const KPI_SHEET = 'KPI';
type KpiRow = [goal: string, name: string, unit: string, targets: (number | string)[], actuals: (number | string)[]];
const KPI_ROWS: KpiRow[] = [
  ['しごとをつくる', '新規就農者数', '人', [8, 8, 8, 8], [6, 9, 7, 5]],
  ['しごとをつくる', '企業誘致件数', '件', ['－', 1, 1, 2], [0, 1, 0, 2]],
  ['ひとの流れをつくる', '移住相談件数', '件', [150, 160, 170, 180], [142, 171, 188, '集計中']],
  ['ひとの流れをつくる', 'ふるさと納税寄附件数', '件', [20000, 22000, 24000, 26000], [18520, 23110, 25840, 21340]],
  ['まちをつくる', '道の駅来場者数', '人', [380000, 390000, 400000, '－'], [385200, 402100, 398500, 412300]],
];
function kpiExpected([, name, unit, targets, actuals]: KpiRow): ExpectedIndicator {
  const t = targets[3];
  const a = actuals[3];
  const target = typeof t === 'number' ? t : null;
  if (typeof a === 'string') return { sheet: KPI_SHEET, name, unit, target, actualStatus: 'pending', direction: 'up', grade: null };
  return ind(KPI_SHEET, name, unit, target, a);
}
const KPI: Holdout2Workbook = {
  name: 'h7-kitakata-kpi-periods',
  layout: 'family C: 基本目標 merged down each pair, 区分 目標値/実績値, 令和N年3月末 period columns, 単位 as the last column, 集計中 and 「－」 targets',
  build(wb) {
    const ws = wb.addWorksheet(KPI_SHEET);
    put(ws, 1, 1, ['まち・ひと・しごと創生総合戦略　重要業績評価指標（KPI）の状況']);
    put(ws, 2, 1, ['評価対象：令和５年度（令和６年３月末時点）']);
    put(ws, 4, 1, ['基本目標', 'KPI', '区分', '令和3年3月末', '令和4年3月末', '令和5年3月末', '令和6年3月末', '単位']);
    KPI_ROWS.forEach(([goal, name, unit, targets, actuals], i) => {
      const r = 5 + 2 * i;
      put(ws, r, 1, [goal, name, '目標値', ...targets, unit]);
      put(ws, r + 1, 3, ['実績値', ...actuals]);
      ws.mergeCells(r, 1, r + 1, 1);
      ws.mergeCells(r, 2, r + 1, 2);
      ws.mergeCells(r, 8, r + 1, 8);
    });
  },
  expected: { file: 'h7-kitakata-kpi-periods.xlsx', fiscalYear: 2023, indicators: KPI_ROWS.map(kpiExpected), groups: [] },
};

/* 8. Family D: 指標 | 単位 | ␣ | 計画策定時 (年度, 数値) | ␣ | 目標 (年度, 数値) | ␣ | 実績 (年度, 数値) | 備考, two heading rows. */
const VISION_SHEET = '計画指標';
type VisionRow = [name: string, unit: string, baseYear: string, base: number, target: number, actualYear: string, actual: number];
const VISION_ROWS: VisionRow[] = [
  ['製造品出荷額等', '億円', '令和元年度', 2350, 2600, '令和５年度', 2412],
  ['従業者数（製造業）', '人', '令和元年度', 8420, 8000, '令和５年度', 8105],
  ['誘致企業数（累計）', '社', '令和元年度', 0, 10, '令和５年度', 5],
  ['岩手県南技術研究センターとの共同研究数', '件', '令和２年度', 5, 10, '令和５年度', 33],
  ['試験分析件数', '件', '令和元年度', 900, 1000, '令和５年度', 1117],
  ['新規高卒者の管内就職率', '％', '令和元年度', 55.3, 65, '令和４年度', 58.1],
];
const VISION: Holdout2Workbook = {
  name: 'h7-tono-plan-indicators-split',
  layout: 'family D: 計画策定時/目標/実績 each split into 年度 and 数値 sub-columns under a merged heading, blank spacer columns, one 実績 of the year before',
  build(wb) {
    const ws = wb.addWorksheet(VISION_SHEET);
    put(ws, 1, 1, ['第３次遠野市産業振興ビジョン　指標の達成状況（令和５年度実績）']);
    put(ws, 3, 1, ['指標', '単位', undefined, '計画策定時', undefined, undefined, '目標', undefined, undefined, '実績', undefined, '備考']);
    put(ws, 4, 4, ['年度', '数値', undefined, '年度', '数値', undefined, '年度', '数値']);
    for (const [c1, c2] of [
      [1, 1],
      [2, 2],
      [12, 12],
    ])
      ws.mergeCells(3, c1, 4, c2);
    ws.mergeCells(3, 4, 3, 5);
    ws.mergeCells(3, 7, 3, 8);
    ws.mergeCells(3, 10, 3, 11);
    VISION_ROWS.forEach(([name, unit, baseYear, base, target, actualYear, actual], i) =>
      put(ws, 5 + i, 1, [
        name,
        unit,
        undefined,
        baseYear,
        base,
        undefined,
        '令和８年度',
        target,
        undefined,
        actualYear,
        actual,
        i === 5 ? '令和５年度分は６月公表' : undefined,
      ]),
    );
  },
  expected: {
    file: 'h7-tono-plan-indicators-split.xlsx',
    fiscalYear: 2023,
    indicators: VISION_ROWS.map(([name, unit, , , target, , actual]) => ind(VISION_SHEET, name, unit, target, actual)),
    groups: [],
    guesses: ['other-year'],
  },
};

/* 9. Two fiscal years side by side: 令和４年度 (目標, 実績) and 令和５年度 (目標, 実績) under merged headings. */
const TWO_SHEET = '成果指標';
type TwoRow = [name: string, unit: string, t4: number, a4: number, t5: number, a5: number];
const TWO_ROWS: TwoRow[] = [
  ['図書館の貸出冊数', '冊', 420000, 398210, 430000, 405660],
  ['公民館講座の参加者数', '人', 5200, 4870, 5400, 5610],
  ['スポーツ施設の利用者数', '人', 310000, 288400, 320000, 241900],
  ['文化財公開日の来場者数', '人', 1500, 1320, 1600, 850],
  ['市民一人当たり図書貸出冊数', '冊', 4.2, 3.9, 4.3, 4.1],
];
const TWO_YEARS: Holdout2Workbook = {
  name: 'h7-kuji-two-years-side-by-side',
  layout: 'two fiscal years side by side: 令和４年度 and 令和５年度 merged over 目標/実績 sub-columns, 単位 column, 備考',
  build(wb) {
    const ws = wb.addWorksheet(TWO_SHEET);
    put(ws, 1, 1, ['生涯学習分野　成果指標の達成状況（令和５年度実績）']);
    put(ws, 3, 1, ['No.', '指標名', '単位', '令和４年度', undefined, '令和５年度', undefined, '備考']);
    put(ws, 4, 4, ['目標', '実績', '目標', '実績']);
    for (const c of [1, 2, 3, 8]) ws.mergeCells(3, c, 4, c);
    ws.mergeCells(3, 4, 3, 5);
    ws.mergeCells(3, 6, 3, 7);
    TWO_ROWS.forEach((r, i) => put(ws, 5 + i, 1, [i + 1, ...r, i === 2 ? '体育館改修工事（10月～3月休館）' : undefined]));
  },
  expected: {
    file: 'h7-kuji-two-years-side-by-side.xlsx',
    fiscalYear: 2023,
    indicators: TWO_ROWS.map(([name, unit, , , t5, a5]) => ind(TWO_SHEET, name, unit, t5, a5)),
    groups: [],
  },
};

export const TABLE_WORKBOOKS: Holdout2Workbook[] = [JIGYO, SUISHIN, KPI, VISION, TWO_YEARS];
