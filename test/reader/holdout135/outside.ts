/**
 * Hold-out 135, shapes outside the four families that 港湾・空港・地域公共交通 offices use: a 空港利用実績の推移 with years as
 * rows and 目標／実績 pairs per measure, a 地域公共交通計画 評価シート written label by label (基準値／目標値（令和7年度）／
 * 実績値（令和5年度）), a 離島航路 月別利用者数 with 年度計 and 年間目標 per 航路, and 事務事業評価シート one 事業 per sheet.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------
// Years as rows: 空港利用実績の推移

const Y_SHEET = '空港利用実績';

const yearsAsRows: Holdout2Workbook = {
  name: 'h135-kuko-nenji-suii',
  layout:
    'N-years-as-rows: 空港利用実績の推移, 平成30年度…令和7年度 as rows (full-width digits), 旅客数（人）／貨物取扱量（トン）／定期便就航率（％） each with 目標・実績 under a merged heading, （評価対象：令和４年度）',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [14, 12, 12, 12, 12, 12, 12, 24]);
    merge(ws, 1, 1, 1, 8, '○○空港　利用実績の推移');
    put(ws, 2, 1, ['（評価対象：令和４年度）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '旅客数（人）');
    merge(ws, 4, 4, 4, 5, '貨物取扱量（トン）');
    merge(ws, 4, 6, 4, 7, '定期便就航率（％）');
    merge(ws, 4, 8, 5, 8, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['平成３０年度', 400000, 405230, 2000, 2088, 98.0, 98.6, undefined],
      ['令和元年度', 410000, 392140, 2000, 1954, 98.0, 97.9, '３月に新型コロナの影響'],
      ['令和２年度', 420000, 121560, 2000, 1402, 98.0, 71.3, '緊急事態宣言に伴う運休'],
      ['令和３年度', 250000, 198450, 1700, 1788, 98.0, 93.4, '目標を見直し'],
      ['令和４年度', 310000, 287640, 1800, 1926, 98.0, 96.1, undefined],
      ['令和５年度', 360000, undefined, 1900, undefined, 98.0, undefined, undefined],
      ['令和６年度', 400000, undefined, 2000, undefined, 98.0, undefined, undefined],
      ['令和７年度', 420000, undefined, 2100, undefined, 98.0, undefined, '空港ビジョン最終年度'],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    for (const c of [2, 3, 4, 5]) ws.getColumn(c).numFmt = '#,##0';
    for (const c of [6, 7]) ws.getColumn(c).numFmt = '0.0';
    wrap(ws, 4, 1, 5, 8);
    box(ws, 4, 1, 13, 8);
  },
  expected: {
    file: 'h135-kuko-nenji-suii.xlsx',
    fiscalYear: 2022,
    indicators: [ind(Y_SHEET, '旅客数', '人', 310000, 287640), ind(Y_SHEET, '貨物取扱量', 'トン', 1800, 1926), ind(Y_SHEET, '定期便就航率', '％', 98, 96.1)],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Label by label: 地域公共交通計画 評価シート

const L_SHEET = '目標1';

interface Labelled {
  no: string;
  name: string;
  unit: string;
  base: number;
  target: number;
  actual: number | string;
  comment: string;
}

const L_ITEMS: Labelled[] = [
  {
    no: '評価指標①',
    name: '公共交通カバー率',
    unit: '％',
    base: 78.2,
    target: 85.0,
    actual: 81.6,
    comment: '新規路線の開設により人口カバー率が向上した。',
  },
  {
    no: '評価指標②',
    name: '敬老パスによる年間利用回数',
    unit: '回',
    base: 412000,
    target: 450000,
    actual: 338900,
    comment: '外出控えの影響が残り、コロナ禍前の水準に戻っていない。',
  },
  {
    no: '評価指標③',
    name: '公共交通に対する市民満足度',
    unit: '％',
    base: 32.4,
    target: 40.0,
    actual: '－',
    comment: '※市民意識調査は隔年実施のため、令和５年度は調査なし。',
  },
];

const labelValue: Holdout2Workbook = {
  name: 'h135-kotsu-keikaku-hyoka-sheet',
  layout:
    'N-label-value: 地域公共交通計画 評価シート（令和５年度）, each 評価指標 as label rows 単位／基準値（令和元年度）／目標値（令和7年度）／実績値（令和5年度）／評価・分析, a 「－」 in a survey off-year',
  build(wb) {
    const ws = wb.addWorksheet(L_SHEET);
    widths(ws, [22, 18, 40]);
    merge(ws, 1, 1, 1, 3, '地域公共交通計画　評価シート（令和５年度）');
    merge(ws, 3, 1, 3, 3, '目標１　誰もが移動しやすい公共交通網の形成');
    L_ITEMS.forEach((it, i) => {
      const r = 5 + i * 7;
      put(ws, r, 1, [it.no]);
      merge(ws, r, 2, r, 3, it.name);
      put(ws, r + 1, 1, ['単位', it.unit]);
      put(ws, r + 2, 1, ['基準値（令和元年度）', it.base]);
      put(ws, r + 3, 1, ['目標値（令和7年度）', it.target]);
      put(ws, r + 4, 1, ['実績値（令和5年度）', it.actual]);
      put(ws, r + 5, 1, ['評価・分析']);
      merge(ws, r + 5, 2, r + 5, 3, it.comment);
      for (const k of [2, 3, 4]) ws.getCell(r + k, 2).numFmt = it.unit === '％' ? '0.0' : '#,##0';
      box(ws, r, 1, r + 5, 3);
    });
  },
  expected: {
    file: 'h135-kotsu-keikaku-hyoka-sheet.xlsx',
    fiscalYear: 2023,
    indicators: L_ITEMS.map((it) => ({
      ...(typeof it.actual === 'number'
        ? ind(L_SHEET, it.name, it.unit, it.target, it.actual)
        : ind(L_SHEET, it.name, it.unit, it.target, null, { actualStatus: 'not-applicable' })),
      targetSource: 'final',
    })),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 離島航路 月別利用者数, 年度計 and 年間目標 per 航路

const M_SHEET = '航路別利用者数';

const ROUTES: { name: string; months: number[]; target: number }[] = [
  { name: '本土～青島航路', months: [4120, 4380, 3910, 4650, 5830, 4210, 4080, 3960, 3540, 3380, 3420, 4310], target: 52000 },
  { name: '本土～黒島航路', months: [1480, 1620, 1390, 1710, 2240, 1560, 1530, 1490, 1310, 1260, 1280, 1520], target: 18000 },
  { name: '青島～黒島航路', months: [320, 350, 290, 410, 520, 340, 310, 300, 260, 240, 250, 330], target: 6500 },
];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

const monthly: Holdout2Workbook = {
  name: 'h135-ritou-kouro-getsubetsu',
  layout: 'N-measure-over-periods: 令和５年度 離島航路 月別利用者数（単位：人）, 4月…3月 columns, 年度計, 年間目標, 達成率（％） per 航路 row',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [18, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 7, 10, 10, 10]);
    merge(ws, 1, 1, 1, 16, '令和５年度　離島航路　月別利用者数');
    put(ws, 2, 16, ['（単位：人）']);
    put(ws, 4, 1, ['航路名', '4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月', '年度計', '年間目標', '達成率\n（％）']);
    ROUTES.forEach((r, i) => {
      const total = sum(r.months);
      put(ws, 5 + i, 1, [r.name, ...r.months, total, r.target, Math.round((total / r.target) * 1000) / 10]);
    });
    for (let c = 2; c <= 15; c++) ws.getColumn(c).numFmt = '#,##0';
    ws.getColumn(16).numFmt = '0.0';
    wrap(ws, 4, 1, 4, 16);
    box(ws, 4, 1, 7, 16);
    put(ws, 9, 1, ['※８月はお盆期間の臨時便（青島航路 12便）を含む。']);
  },
  expected: {
    file: 'h135-ritou-kouro-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: ROUTES.map((r) => ind(M_SHEET, r.name, '人', r.target, sum(r.months))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート, one 事業 per sheet

interface Jigyo {
  sheet: string;
  name: string;
  ka: string;
  purpose: string;
  rows: { kind: string; name: string; unit: string; r3: [number, number]; r4: [number, number]; r5: number }[];
}

const JIGYO: Jigyo[] = [
  {
    sheet: '空港利用促進',
    name: '空港利用促進事業',
    ka: '港湾空港部 空港振興課',
    purpose: '空港の利用者を増やし、交流人口の拡大と地域経済の活性化を図る。',
    rows: [
      { kind: '活動指標', name: 'PR・誘客イベント開催回数', unit: '回', r3: [10, 7], r4: [12, 12], r5: 12 },
      { kind: '成果指標', name: '空港利用者数', unit: '人', r3: [220000, 198450], r4: [300000, 287640], r5: 360000 },
    ],
  },
  {
    sheet: 'バス路線維持',
    name: '生活交通路線維持費補助事業',
    ka: '都市整備部 交通政策課',
    purpose: '不採算の生活交通路線の運行を維持し、市民の移動手段を確保する。',
    rows: [
      { kind: '活動指標', name: '補助対象路線数', unit: '路線', r3: [14, 14], r4: [14, 13], r5: 14 },
      { kind: '成果指標', name: '補助対象路線の利用者数', unit: '人', r3: [640000, 601230], r4: [660000, 455870], r5: 680000 },
    ],
  },
];

const perSheet: Holdout2Workbook = {
  name: 'h135-jimujigyo-kuko-bus',
  layout:
    'N-project-per-sheet: 令和４年度 事務事業評価シート, one 事業 per sheet, 活動指標／成果指標 rows with 令和3年度 and 令和4年度 目標・実績 and a 令和5年度 目標 column',
  build(wb) {
    for (const j of JIGYO) {
      const ws = wb.addWorksheet(j.sheet);
      widths(ws, [12, 28, 8, 12, 12, 12, 12, 12]);
      merge(ws, 1, 1, 1, 8, '令和４年度　事務事業評価シート');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 8, j.name);
      put(ws, 4, 1, ['担当課']);
      merge(ws, 4, 2, 4, 8, j.ka);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 8, j.purpose);
      merge(ws, 7, 1, 8, 1, '区分');
      merge(ws, 7, 2, 8, 2, '指標名');
      merge(ws, 7, 3, 8, 3, '単位');
      merge(ws, 7, 4, 7, 5, '令和3年度');
      merge(ws, 7, 6, 7, 7, '令和4年度');
      put(ws, 7, 8, ['令和5年度']);
      put(ws, 8, 4, ['目標', '実績', '目標', '実績', '目標']);
      j.rows.forEach((r, i) => put(ws, 9 + i, 1, [r.kind, r.name, r.unit, ...r.r3, ...r.r4, r.r5]));
      for (let c = 4; c <= 8; c++) ws.getColumn(c).numFmt = '#,##0';
      box(ws, 3, 1, 5, 8);
      box(ws, 7, 1, 10, 8);
      put(ws, 12, 1, ['今後の方向性']);
      merge(ws, 12, 2, 12, 8, '継続');
    }
  },
  expected: {
    file: 'h135-jimujigyo-kuko-bus.xlsx',
    fiscalYear: 2022,
    indicators: JIGYO.flatMap((j) => j.rows.map((r) => ind(j.sheet, r.name, r.unit, r.r4[0], r.r4[1]))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [yearsAsRows, labelValue, monthly, perSheet];
