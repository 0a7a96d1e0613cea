/**
 * Hold-out 128, traps a careless reader falls into: a 観光振興計画 成果指標 table evaluated for 令和５年度 whose 令和６年度 目標 and
 * 実績（12月末速報） columns are already filled (and a 基準値（R1） and R3／R4実績 columns before); a 令和６年度 文化財 成果指標評価表
 * with targets 「前年度以上」 and 「－」, a 集計中, and 備考 notes that look like values (「R5実績 402件」「累計 46基」「定員 650人」);
 * a 景観まちづくり推進プラン table with ％ stored as fractions under a ％ format, text 「60%」 targets, and 単年度／累計 rows where
 * the target is 累計 for one indicator and 単年度 for the next.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import type { Holdout2Workbook } from '../holdout2/kit';
import { ind, put } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------------------------------------
// Other years' columns: the next year's target and provisional actual already filled.

const T1_SHEET = '成果指標';
const T1_ROWS: { name: string; unit: string; v: number[]; fmt: string }[] = [
  // 基準値（R1）, R3実績, R4実績, R5目標, R5実績, R6目標, R6実績（速報）, 最終目標（R8）
  { name: '観光入込客数', unit: '万人', v: [205.3, 121.6, 149.8, 180, 168.4, 190, 141.2, 210], fmt: '#,##0.0' },
  { name: '延べ宿泊者数', unit: '万人泊', v: [35.1, 22.4, 28.9, 32, 33.5, 34, 27.8, 38], fmt: '#,##0.0' },
  { name: '外国人延べ宿泊者数', unit: '人泊', v: [9820, 120, 1460, 8000, 5120, 10000, 9640, 15000], fmt: '#,##0' },
  { name: '日帰り観光客1人当たり消費額', unit: '円', v: [5980, 5410, 5860, 6500, 6180, 6700, 6950, 7000], fmt: '#,##0' },
  { name: '観光ボランティアガイド利用者数', unit: '人', v: [4210, 1050, 2380, 3500, 3610, 3800, 2940, 4500], fmt: '#,##0' },
];

const laterYears: Holdout2Workbook = {
  name: 'r5-kanko-shihyo-r6-sokuho',
  layout: '成果指標 table evaluated for 令和５年度 with R6目標 and R6実績（12月末速報） columns filled, 基準値（R1）, R3／R4実績 and 最終目標（R8） beside',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 30, 8, 10, 10, 10, 10, 10, 10, 12, 10, 24]);
    merge(ws, 1, 1, 1, 12, '○○市観光振興計画（2021-2026）　成果指標の達成状況');
    merge(ws, 2, 1, 2, 12, '評価対象年度：令和５年度　（令和６年度の数値は12月末時点の速報値であり、評価には用いない）');
    put(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '基準値\n（R1）',
      'R3実績',
      'R4実績',
      'R5目標',
      'R5実績',
      'R6目標',
      'R6実績\n（12月末速報）',
      '最終目標\n（R8）',
      '備考',
    ]);
    T1_ROWS.forEach((x, i) => {
      put(ws, 5 + i, 1, [i + 1, x.name, x.unit, ...x.v]);
      for (let c = 4; c <= 11; c++) ws.getCell(5 + i, c).numFmt = x.fmt;
    });
    put(ws, 7, 12, ['R6は台湾チャーター便の就航により増加']);
    wrap(ws, 4, 1, 4, 12);
    box(ws, 4, 1, 4 + T1_ROWS.length, 12);
  },
  expected: {
    file: 'r5-kanko-shihyo-r6-sokuho.xlsx',
    fiscalYear: 2023,
    indicators: T1_ROWS.map((x) => ind(T1_SHEET, x.name, x.unit, x.v[3], x.v[4])),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Targets that are not numbers, a 集計中, notes that look like values.

const T2_SHEET = '評価表';
const textTargets: Holdout2Workbook = {
  name: 'r6-bunkazai-hyoka-mokuhyo-text',
  layout: '成果指標評価表 with 「前年度以上」 and 「－」 targets, a 集計中 actual, 評価 A–D or 「－」, 備考 notes with figures of other years and totals',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [5, 30, 7, 16, 16, 7, 32]);
    merge(ws, 1, 1, 1, 7, '令和６年度　文化財保護・活用事業　成果指標評価表');
    merge(ws, 2, 1, 2, 7, '評価基準　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満　（数値目標のないものは「－」）');
    put(ws, 4, 1, ['No.', '成果指標', '単位', '目標値\n（令和6年度）', '実績値\n（令和6年度）', '評価', '備考']);
    const rows: (string | number)[][] = [
      [1, '新規指定文化財件数', '件', '前年度以上', 2, '－', '市指定有形文化財（彫刻）ほか1件を新たに指定'],
      [2, '文化財説明板設置数', '基', 8, 8, 'A', '累計 46基'],
      [3, '文化財講座・見学会参加者数', '人', 600, 512, 'B', '定員 650人（全12回）'],
      [4, '埋蔵文化財包蔵地の照会件数', '件', '－', 388, '－', 'R5実績 402件'],
      [5, '文化財ボランティア登録者数', '人', 40, '集計中', '－', 'R5末 37人'],
      [6, '文化財防火訓練実施箇所数', '箇所', 10, 7, 'B', '※荒天により3箇所中止'],
    ];
    rows.forEach((x, i) => put(ws, 5 + i, 1, x));
    wrap(ws, 4, 1, 4 + rows.length, 7);
    box(ws, 4, 1, 4 + rows.length, 7);
  },
  expected: {
    file: 'r6-bunkazai-hyoka-mokuhyo-text.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(T2_SHEET, '新規指定文化財件数', '件', null, 2),
      ind(T2_SHEET, '文化財説明板設置数', '基', 8, 8, { existing: 'A' }),
      ind(T2_SHEET, '文化財講座・見学会参加者数', '人', 600, 512, { existing: 'B' }),
      ind(T2_SHEET, '埋蔵文化財包蔵地の照会件数', '件', null, 388),
      ind(T2_SHEET, '文化財ボランティア登録者数', '人', 40, null, { actualStatus: 'pending' }),
      ind(T2_SHEET, '文化財防火訓練実施箇所数', '箇所', 10, 7, { existing: 'B' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// Fractions under a ％ format, text ％ targets, 単年度 vs 累計 rows.

const T3_SHEET = '指標の推移';
type T3Row = { label: string; values: (number | string | null)[]; fmt?: string };
const T3: { name: string; unit: string; rows: T3Row[]; note?: string }[] = [
  {
    name: '景観形成重点地区の届出における基準適合率',
    unit: '％',
    rows: [
      { label: '目標値', values: [0.9, 0.92, 0.95, 0.95], fmt: '0.0%' },
      { label: '実績値', values: [0.884, 0.907, 0.921, null], fmt: '0.0%' },
    ],
  },
  {
    name: '屋外広告物許可の更新率',
    unit: '％',
    rows: [
      { label: '目標値', values: [0.85, 0.88, 0.9, 0.9], fmt: '0.0%' },
      { label: '実績値', values: [0.861, 0.902, 0.936, null], fmt: '0.0%' },
    ],
  },
  {
    name: '景観重要樹木の指定本数',
    unit: '本',
    rows: [
      { label: '目標値（累計）', values: [20, 25, 30, 35] },
      { label: '実績値（単年度）', values: [3, 4, 4, null] },
      { label: '実績値（累計）', values: [19, 23, 27, null] },
    ],
    note: '目標は累計本数',
  },
  {
    name: '修景補助事業の実施件数',
    unit: '件',
    rows: [
      { label: '目標値（単年度）', values: [8, 8, 8, 8] },
      { label: '実績値（単年度）', values: [7, 9, 6, null] },
      { label: '実績値（累計）', values: [16, 25, 31, null] },
    ],
    note: '目標は各年度の件数',
  },
  {
    name: '景観に関する市民満足度',
    unit: '％',
    rows: [
      { label: '目標値', values: ['55%', '58%', '60%', '62%'] },
      { label: '実績値', values: ['52.0%', '－', '58.4%', null] },
    ],
    note: '市民アンケート（R3は調査未実施）',
  },
];

const fractions: Holdout2Workbook = {
  name: 'r4-keikan-wariai-ruikei',
  layout:
    '景観まちづくり推進プラン 指標の推移: ％ as fractions under a 0.0% format, text 「60%」 targets, 目標値（累計）／実績値（単年度）／実績値（累計） rows',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [34, 6, 16, 11, 11, 11, 11, 26]);
    merge(ws, 1, 1, 1, 8, '○○市景観まちづくり推進プラン　指標の推移（令和４年度評価）');
    put(ws, 3, 1, ['指標', '単位', '区分', '令和２年度', '令和３年度', '令和４年度', '令和５年度', '備考']);
    let r = 4;
    for (const x of T3) {
      const n = x.rows.length;
      merge(ws, r, 1, r + n - 1, 1, x.name);
      merge(ws, r, 2, r + n - 1, 2, x.unit);
      merge(ws, r, 8, r + n - 1, 8, x.note ?? '');
      x.rows.forEach((row, i) => {
        put(ws, r + i, 3, [row.label, ...row.values]);
        for (let c = 4; c <= 7; c++) ws.getCell(r + i, c).numFmt = row.fmt ?? '#,##0';
      });
      r += n;
    }
    box(ws, 3, 1, r - 1, 8);
  },
  expected: {
    file: 'r4-keikan-wariai-ruikei.xlsx',
    fiscalYear: 2022,
    indicators: [
      ind(T3_SHEET, '景観形成重点地区の届出における基準適合率', '％', 95, 92.1),
      ind(T3_SHEET, '屋外広告物許可の更新率', '％', 90, 93.6),
      ind(T3_SHEET, '景観重要樹木の指定本数', '本', 30, 27),
      ind(T3_SHEET, '修景補助事業の実施件数', '件', 8, 6),
      ind(T3_SHEET, '景観に関する市民満足度', '％', 60, 58.4),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [laterYears, textTargets, fractions];
