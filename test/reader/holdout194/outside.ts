/**
 * Hold-out 194, shapes outside the four families that a キャッシュレス決済・地域通貨・プレミアム付商品券 office really uses:
 * a monthly usage table, years as rows, one 事務事業評価票 per sheet, a 市民意識調査 summary.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

// ---------------------------------------------------------------- monthly usage of the 地域通貨, 年度計 and 年間目標 columns
const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

interface MonthRow {
  name: string;
  unit: string;
  target: number | string;
  months: number[];
  year: number;
  lastYear: number;
  note?: string;
}

const PAYMENTS = [98210, 104335, 110482, 121907, 118340, 112065, 117830, 120448, 131276, 108915, 112503, 126105];
const CHARGES = [78420, 80115, 83960, 92310, 88745, 81230, 84670, 86905, 95480, 79340, 77205, 84000];
const SIGNUPS = [312, 268, 241, 259, 233, 205, 228, 247, 262, 198, 201, 236];
const SHOPS = [412, 418, 423, 429, 434, 438, 443, 449, 455, 459, 463, 468];
const CALLS = [312, 268, 225, 241, 219, 198, 207, 214, 236, 198, 187, 201];

const M_ROWS: MonthRow[] = [
  { name: '決済件数', unit: '件', target: 1500000, months: PAYMENTS, year: total(PAYMENTS), lastYear: 1021480 },
  { name: 'チャージ額', unit: '千円', target: 960000, months: CHARGES, year: total(CHARGES), lastYear: 702315 },
  { name: '新規アプリ登録者数', unit: '人', target: 3600, months: SIGNUPS, year: total(SIGNUPS), lastYear: 7485 },
  { name: '加盟店数（月末）', unit: '店', target: 500, months: SHOPS, year: 468, lastYear: 405, note: '年度計欄は3月末の店舗数' },
  {
    name: 'コールセンター問合せ件数',
    unit: '件',
    target: '2,400以下',
    months: CALLS,
    year: total(CALLS),
    lastYear: 3912,
    note: '問合せの減少（操作の定着）を目指す',
  },
];

const monthly: Holdout2Workbook = {
  name: 'h194-tsuka-monthly',
  layout:
    'monthly table: 4月…3月 columns then 年度計, a hidden 前年度計 helper column, 前年比 and 達成率 as fractions, a stock row whose 年度計 is the March figure, a 以下 target',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [26, 6, 12, ...MONTHS.map(() => 9), 12, 12, 9, 9, 28]);
    merge(ws, 1, 1, 1, 20, '令和5年度　デジタル地域通貨「みなとPay」月別利用状況');
    put(ws, 2, 18, ['商工観光課 地域通貨推進係']);
    put(ws, 4, 1, ['項目', '単位', '年間目標', ...MONTHS, '年度計', '前年度計', '前年比', '達成率', '備考']);
    M_ROWS.forEach((m, i) => {
      const r = 5 + i;
      const t = typeof m.target === 'number' ? m.target : 2400;
      const rate = typeof m.target === 'number' ? m.year / t : t / m.year;
      put(ws, r, 1, [m.name, m.unit, m.target, ...m.months, m.year, m.lastYear, m.year / m.lastYear, rate, m.note]);
      for (let c = 3; c <= 17; c++) ws.getCell(r, c).numFmt = '#,##0';
      ws.getCell(r, 18).numFmt = '0.0%';
      ws.getCell(r, 19).numFmt = '0.0%';
    });
    ws.getColumn(17).hidden = true;
    wrap(ws, 4, 1, 4 + M_ROWS.length, 20);
    box(ws, 4, 1, 4 + M_ROWS.length, 20);
    put(ws, 6 + M_ROWS.length, 1, ['※決済件数・チャージ額は地域通貨システムの月次レポートによる。達成率は年度計÷年間目標（問合せ件数は年間目標÷年度計）。']);
  },
  expected: {
    file: 'h194-tsuka-monthly.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M_SHEET, '決済件数', '件', 1500000, total(PAYMENTS)),
      ind(M_SHEET, 'チャージ額', '千円', 960000, total(CHARGES)),
      ind(M_SHEET, '新規アプリ登録者数', '人', 3600, total(SIGNUPS)),
      ind(M_SHEET, '加盟店数（月末）', '店', 500, 468),
      ind(M_SHEET, 'コールセンター問合せ件数', '件', 2400, total(CALLS), { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows, 目標/実績 pairs under each indicator
const Y_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h194-shohinken-suii',
  layout: 'years as rows (令和2年度…令和6年度), each indicator a merged heading with its unit over 目標|実績 columns, next year planned with 実施中',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 10, 10, 9, 9, 9, 9, 12, 12, 9, 9, 10, 26]);
    merge(ws, 1, 1, 1, 13, 'プレミアム付商品券発行事業　実施状況の推移');
    put(ws, 2, 1, ['令和5年度事業　事後検証資料（令和6年6月　商工観光課）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '販売冊数（冊）');
    merge(ws, 4, 4, 4, 5, '取扱店舗数（店）');
    merge(ws, 4, 6, 4, 7, '換金率（％）');
    merge(ws, 4, 8, 4, 9, '市内消費喚起額（千円）');
    merge(ws, 4, 10, 4, 11, '中小店舗での利用割合（％）');
    merge(ws, 4, 12, 5, 12, 'プレミアム率');
    merge(ws, 4, 13, 5, 13, '備考');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    const rows: (string | number | undefined)[][] = [
      ['令和2年度', 30000, 30000, 700, 688, 97.0, 98.1, 390000, 388200, 50.0, 52.3, '20％', '新型コロナ経済対策（第1弾）'],
      ['令和3年度', 40000, 39115, 800, 812, 97.0, 98.6, 520000, 508490, 50.0, 49.8, '25％', ''],
      ['令和4年度', 45000, 45000, 850, 871, 98.0, 98.9, 585000, 579380, 55.0, 51.2, '30％', '電子版を導入'],
      ['令和5年度', 50000, 48730, 900, 936, 98.0, 99.2, 650000, 633490, 55.0, 47.6, '30％', '紙25,000冊・電子25,000冊で販売'],
      ['令和6年度', 50000, '（実施中）', 950, undefined, 98.0, undefined, 650000, undefined, 55.0, undefined, '30％', 'R6.7販売開始'],
    ];
    rows.forEach((v, i) =>
      put(
        ws,
        6 + i,
        1,
        v.map((x) => (x === '' ? undefined : x)),
      ),
    );
    for (let r = 6; r <= 10; r++) for (const c of [2, 3, 4, 5, 8, 9]) ws.getCell(r, c).numFmt = '#,##0';
    for (let r = 6; r <= 10; r++) for (const c of [6, 7, 10, 11]) ws.getCell(r, c).numFmt = '0.0';
    wrap(ws, 4, 1, 5, 13);
    box(ws, 4, 1, 10, 13);
    put(ws, 12, 1, ['※市内消費喚起額＝換金額（プレミアム分を含む）。中小店舗＝売場面積1,000㎡未満の店舗。']);
  },
  expected: {
    file: 'h194-shohinken-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '販売冊数', '冊', 50000, 48730),
      ind(Y_SHEET, '取扱店舗数', '店', 900, 936),
      ind(Y_SHEET, '換金率', '％', 98.0, 99.2),
      ind(Y_SHEET, '市内消費喚起額', '千円', 650000, 633490),
      ind(Y_SHEET, '中小店舗での利用割合', '％', 55.0, 47.6),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one 事務事業評価票 per sheet
interface Form {
  sheet: string;
  project: string;
  purpose: string;
  rows: [string, string, string, number, number, number, string][];
  budget: [number, number];
  direction: string;
}

const FORMS: Form[] = [
  {
    sheet: '01_地域通貨',
    project: 'デジタル地域通貨運営事業',
    purpose: '地域通貨「みなとPay」の運営により、市内での消費と域内の資金循環を促す。',
    rows: [
      ['活動指標', '加盟店向け説明会開催回数', '回', 10, 12, 12, 'A'],
      ['成果指標', '地域通貨アクティブユーザー数', '人', 3180, 6000, 4470, 'B'],
    ],
    budget: [48200, 46915],
    direction: '継続',
  },
  {
    sheet: '02_商品券',
    project: 'プレミアム付商品券発行事業',
    purpose: '物価高騰の影響を受ける市民の家計を支援するとともに、市内店舗での消費を喚起する。',
    rows: [
      ['活動指標', '販売会場設置数', 'か所', 12, 15, 15, 'A'],
      ['成果指標', '購入者満足度', '％', 84.1, 85.0, 88.3, 'A'],
    ],
    budget: [512000, 498330],
    direction: '継続',
  },
  {
    sheet: '03_キャッシュレス',
    project: 'キャッシュレス決済導入促進事業',
    purpose: '市内の中小事業者のキャッシュレス決済導入を支援し、消費者の利便性向上と事業者の生産性向上を図る。',
    rows: [
      ['活動指標', '導入支援訪問件数', '件', 184, 200, 146, 'C'],
      ['成果指標', 'キャッシュレス決済導入店舗数（累計）', '店', 937, 1150, 1083, 'B'],
    ],
    budget: [15600, 11842],
    direction: '見直し',
  },
];

const perSheetForms: Holdout2Workbook = {
  name: 'h194-jimujigyo-hyokahyo',
  layout:
    'one 事務事業評価票 per sheet (three sheets): label–value header, a 活動指標 and a 成果指標 row with R4実績/R5目標/R5実績/達成率/評価, a 事業費 table below',
  build(wb) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 36, 8, 12, 12, 12, 10, 8]);
      merge(ws, 1, 1, 1, 8, '令和5年度　事務事業評価票');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 4, f.project);
      put(ws, 3, 5, ['担当課']);
      merge(ws, 3, 6, 3, 8, '商工観光課');
      put(ws, 4, 1, ['施策体系']);
      merge(ws, 4, 2, 4, 8, '3-2 地域内経済循環の促進（キャッシュレス・地域通貨）');
      put(ws, 5, 1, ['事業目的']);
      merge(ws, 5, 2, 5, 8, f.purpose);
      box(ws, 3, 1, 5, 8);
      put(ws, 7, 1, ['指標区分', '指標名', '単位', 'R4実績', 'R5目標', 'R5実績', '達成率', '評価']);
      f.rows.forEach((x, i) => {
        const [kind, name, unit, last, target, actual, grade] = x;
        put(ws, 8 + i, 1, [kind, name, unit, last, target, actual, actual / target, grade]);
        ws.getCell(8 + i, 7).numFmt = '0.0%';
        for (const c of [4, 5, 6]) ws.getCell(8 + i, c).numFmt = unit === '％' ? '0.0' : '#,##0';
      });
      box(ws, 7, 1, 9, 8);
      merge(ws, 10, 1, 10, 8, '評価基準　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満');
      put(ws, 12, 1, ['事業費（千円）', '予算額', undefined, '決算額']);
      put(ws, 13, 2, [f.budget[0], undefined, f.budget[1]]);
      box(ws, 12, 1, 13, 4);
      put(ws, 15, 1, ['今後の方向性', f.direction]);
      box(ws, 15, 1, 15, 2);
    }
  },
  expected: {
    file: 'h194-jimujigyo-hyokahyo.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map(([, name, unit, , target, actual, grade]) => ind(f.sheet, name, unit, target, actual, { existing: grade }))),
    groups: [],
  },
};

// ---------------------------------------------------------------- 市民意識調査, one row per question, 前回 and 今回 columns
const S_SHEET = '調査結果';

const survey: Holdout2Workbook = {
  name: 'h194-ishiki-chosa',
  layout:
    'survey summary: 設問 rows, 回答者数, 前回（R3調査）/今回（R5調査） shares and a 総合計画目標値, the unit only in a （単位：％） note, a ※ lower-is-better row',
  build(wb) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [8, 46, 10, 12, 12, 14, 10, 26]);
    merge(ws, 1, 1, 1, 8, '令和5年度　市民意識調査　結果集計（キャッシュレス・地域通貨関連設問）');
    put(ws, 2, 1, ['調査期間：令和5年7月3日～7月24日　対象：18歳以上の市民3,000人（無作為抽出）　回収：1,248票（41.6％）']);
    put(ws, 3, 8, ['（単位：％）']);
    put(ws, 4, 1, [
      '設問',
      '指標（該当する回答の割合）',
      '回答者数（人）',
      '前回\n（R3調査）',
      '今回\n（R5調査）',
      '総合計画\n目標値（R5）',
      '増減\n（ポイント）',
      '備考',
    ]);
    const rows: (string | number)[][] = [
      ['問12', 'キャッシュレス決済を週1回以上利用する市民の割合', 1236, 43.9, 54.8, 60.0, 10.9, ''],
      ['問12-2', '65歳以上でキャッシュレス決済を利用する市民の割合', 611, 21.5, 33.2, 40.0, 11.7, '65歳以上の回答者に占める割合'],
      ['問13', '地域通貨「みなとPay」を知っている市民の割合', 1241, 48.2, 73.4, 70.0, 25.2, ''],
      ['問13-2', '地域通貨を利用したことがある市民の割合', 1241, 9.6, 22.1, 35.0, 12.5, ''],
      ['問14', 'プレミアム付商品券を購入した世帯の割合', 1230, 24.7, 18.9, 30.0, -5.8, '世帯で1冊以上購入'],
      ['問15', '現金が使えず困った経験のある市民の割合 ※', 1228, 6.3, 12.6, 10.0, 6.3, ''],
    ];
    rows.forEach((v, i) =>
      put(
        ws,
        5 + i,
        1,
        v.map((x) => (x === '' ? undefined : x)),
      ),
    );
    for (let r = 5; r < 5 + rows.length; r++) for (const c of [4, 5, 6, 7]) ws.getCell(r, c).numFmt = '0.0';
    wrap(ws, 4, 1, 4 + rows.length, 8);
    box(ws, 4, 1, 4 + rows.length, 8);
    put(ws, 6 + rows.length, 1, ['※ 問15は低いほど良い指標（目標値は上限）。']);
    put(ws, 7 + rows.length, 1, ['回答者数は無回答を除く。増減は今回－前回。']);
  },
  expected: {
    file: 'h194-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(S_SHEET, 'キャッシュレス決済を週1回以上利用する市民の割合', '％', 60.0, 54.8),
      ind(S_SHEET, '65歳以上でキャッシュレス決済を利用する市民の割合', '％', 40.0, 33.2),
      ind(S_SHEET, '地域通貨「みなとPay」を知っている市民の割合', '％', 70.0, 73.4),
      ind(S_SHEET, '地域通貨を利用したことがある市民の割合', '％', 35.0, 22.1),
      ind(S_SHEET, 'プレミアム付商品券を購入した世帯の割合', '％', 30.0, 18.9),
      ind(S_SHEET, '現金が使えず困った経験のある市民の割合', '％', 10.0, 12.6, { direction: 'down' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, perSheetForms, survey];
