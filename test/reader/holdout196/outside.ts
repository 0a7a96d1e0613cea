/**
 * Hold-out set 196, shapes outside the four families that a 水環境課 / 上下水道局 office really uses: a monthly 月別実績集計表
 * with 年度計 and 年度目標 columns (a hidden 前年度計, a reference rainfall table below), a 成果指標の推移 with years as rows and
 * 目標|実績 column pairs, one 事務事業評価票 per sheet, and a 市民意識調査 summary with 前回/今回 shares.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

const total = (xs: number[]) => Math.round(xs.reduce((a, b) => a + b, 0) * 10) / 10;

// ---------------------------------------------------------------------------------------------------------------------
// Monthly table: 4月 … 3月, 年度計, 年度目標, 達成率 (fraction under %), a hidden 前年度計 column.

const M_SHEET = 'R6月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

const M_ROWS: { name: string; unit: string; dir: string; prev: number; months: number[]; target: number; note: string }[] = [
  {
    name: '地下水取水量（市水道水源井）',
    unit: '千㎥',
    dir: '↓抑制',
    prev: 8466,
    months: [702, 688, 695, 731, 748, 712, 690, 668, 661, 672, 655, 690],
    target: 8400,
    note: '目標は年間取水量の上限',
  },
  {
    name: '雨水利用量（公共施設）',
    unit: '㎥',
    dir: '↑',
    prev: 9870,
    months: [820, 1150, 1480, 1320, 980, 1210, 890, 640, 420, 380, 450, 760],
    target: 12000,
    note: '市庁舎・小中学校24校',
  },
  { name: '節水相談件数', unit: '件', dir: '↑', prev: 171, months: [14, 18, 21, 19, 22, 16, 15, 12, 13, 17, 14, 15], target: 180, note: '' },
  {
    name: '漏水調査延長',
    unit: 'km',
    dir: '↑',
    prev: 221.5,
    months: [18.5, 20.0, 17.5, 16.0, 15.5, 19.0, 21.0, 18.0, 14.5, 12.0, 13.5, 18.0],
    target: 240,
    note: '12月～2月は積雪のため縮小',
  },
  { name: '節水型トイレ改修補助 交付件数', unit: '件', dir: '↑', prev: 44, months: [0, 2, 3, 4, 2, 3, 5, 3, 2, 1, 2, 4], target: 60, note: '' },
];

const monthly: Holdout2Workbook = {
  name: 'h196-getsubetsu-shusui',
  layout:
    'monthly table 4月…3月 with 年度計, 年度目標 and 達成率 columns, a direction column (↓抑制), a hidden 前年度計 column, a reference rainfall table below with no targets',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [30, 6, 7, 10, ...MONTHS.map(() => 7), 10, 10, 9, 22]);
    merge(ws, 1, 1, 1, 20, '令和６年度　水資源対策 月別実績集計表');
    put(ws, 2, 17, ['上下水道局 水道総務課・環境部 水環境課']);
    put(ws, 4, 1, ['項目', '単位', '方向', '前年度計', ...MONTHS, '年度計', '年度目標', '達成率', '備考']);
    ws.getColumn(4).hidden = true;
    M_ROWS.forEach((m, i) => {
      const r = 5 + i;
      const sum = total(m.months);
      const rate = m.dir.startsWith('↓') ? m.target / sum : sum / m.target;
      put(ws, r, 1, [m.name, m.unit, m.dir, m.prev, ...m.months, sum, m.target, Math.round(rate * 1000) / 1000, m.note]);
      ws.getCell(r, 19).numFmt = '0.0%';
    });
    const last = 4 + M_ROWS.length;
    box(ws, 4, 1, last, 20);
    wrap(ws, 4, 1, last, 20);
    put(ws, last + 1, 1, ['※達成率：↓の項目は年度目標÷年度計、その他は年度計÷年度目標']);
    put(ws, last + 3, 1, ['（参考）月別降水量（市観測所）', 'mm', undefined, undefined, 98, 121, 186, 244, 152, 198, 131, 88, 64, 52, 58, 87, 1479]);
    box(ws, last + 3, 1, last + 3, 17);
  },
  expected: {
    file: 'h196-getsubetsu-shusui.xlsx',
    fiscalYear: 2024,
    indicators: M_ROWS.map((m) => ind(M_SHEET, m.name, m.unit, m.target, total(m.months), m.dir.startsWith('↓') ? { direction: 'down' } : {})),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Years as rows: 年度 down the sheet, one 目標 | 実績 column pair per indicator under a two-row heading.

const Y_SHEET = '指標推移';
const Y_YEARS = ['R2（基準）', 'R3', 'R4', 'R5', 'R6', 'R7', 'R8'];
// per year: [生活用水量 目標, 実績, タンク 目標, 実績, 有収率 目標, 実績, 節水コマ 目標, 実績]
const Y_DATA: (number | string | null)[][] = [
  [null, 232, null, 38, null, 89.1, null, 520],
  [228, 229, 40, 44, 89.8, 89.5, 600, 610],
  [224, 226, 40, 47, 90.3, 89.9, 650, 588],
  [220, 223, 45, 49, 90.9, 90.2, 700, 612],
  [215, 219, 45, 52, 91.5, 89.7, 800, 455],
  [212, null, 50, null, 92.0, null, 850, null],
  [210, null, 50, null, 92.5, null, 900, null],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h196-sessui-suii-nendo',
  layout:
    'years as rows (R2 基準 … R8) with a 目標|実績 column pair per indicator under a merged two-row heading, the lower-is-better one marked ※削減目標 in its heading, R7/R8 targets only',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [13, 10, 10, 10, 10, 10, 10, 10, 10]);
    merge(ws, 1, 1, 1, 9, '節水型都市づくり推進計画　成果指標の推移（令和６年度評価）');
    put(ws, 2, 7, ['（令和７年６月 水道総務課作成）']);
    merge(ws, 4, 1, 5, 1, '年度');
    merge(ws, 4, 2, 4, 3, '1人1日当たり生活用水量（L）\n※削減目標（少ないほど良い）');
    merge(ws, 4, 4, 4, 5, '雨水タンク設置助成件数（基）');
    merge(ws, 4, 6, 4, 7, '有収率（％）');
    merge(ws, 4, 8, 4, 9, '節水コマ配布数（個）');
    put(ws, 5, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    Y_YEARS.forEach((y, i) => put(ws, 6 + i, 1, [y, ...Y_DATA[i].map((v) => (v === null ? '－' : v))]));
    for (let i = 6; i < 6 + Y_YEARS.length; i++) for (const c of [6, 7]) ws.getCell(i, c).numFmt = '0.0';
    box(ws, 4, 1, 5 + Y_YEARS.length, 9);
    wrap(ws, 4, 1, 5, 9);
    ws.getRow(4).height = 44;
    put(ws, 7 + Y_YEARS.length, 1, ['※雨水タンク設置助成件数・節水コマ配布数は各年度の単年度実績。']);
    put(ws, 8 + Y_YEARS.length, 1, ['※節水コマはR6年度途中に在庫が不足し、配布を一時停止した。']);
  },
  expected: {
    file: 'h196-sessui-suii-nendo.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '1人1日当たり生活用水量', 'L', 215, 219, { direction: 'down' }),
      ind(Y_SHEET, '雨水タンク設置助成件数', '基', 45, 52),
      ind(Y_SHEET, '有収率', '%', 91.5, 89.7),
      ind(Y_SHEET, '節水コマ配布数', '個', 800, 455),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// One 事務事業評価票 per sheet: label/value header, a 事業費 table (千円), 活動指標 and 成果指標 rows, 今後の方向性.

interface Form {
  sheet: string;
  title: string;
  dept: string;
  purpose: string;
  content: string;
  cost: [number, number, number];
  rows: [string, string, string, number, number, number][]; // 区分, 指標名, 単位, R5実績, R6目標, R6実績
  direction: string;
  comment: string;
}

const FORMS: Form[] = [
  {
    sheet: '事業01',
    title: '雨水貯留施設設置費補助事業',
    dept: '環境部 水環境課',
    purpose: '雨水の有効利用と流出抑制を図るため、住宅等への雨水貯留タンクの設置を促進する。',
    content: '雨水貯留タンク（容量80L以上）の購入・設置費の1/2（上限3万円）を補助する。',
    cost: [1488, 1620, 1800],
    rows: [
      ['活動指標', '補助金交付件数', '件', 53, 40, 36],
      ['成果指標', '助成タンクによる推計雨水利用量', '㎥', 1180, 1200, 1310],
    ],
    direction: '拡充',
    comment: '申請は減少したが1基当たり容量が大きく、推計利用量は目標を上回った。',
  },
  {
    sheet: '事業02',
    title: '地下水位観測事業',
    dept: '環境部 水環境課',
    purpose: '地下水位の変動を継続的に把握し、地盤沈下の防止と地下水の適正利用に資する。',
    content: '市内の観測井で地下水位を常時観測し、結果をホームページ等で公表する。',
    cost: [4210, 4385, 4400],
    rows: [
      ['活動指標', '観測井の常時観測箇所数', 'か所', 15, 15, 15],
      ['成果指標', '観測データの公表回数', '回', 4, 4, 2],
    ],
    direction: '継続',
    comment: 'システム更新に伴い下半期の公表が遅れた。',
  },
  {
    sheet: '事業03',
    title: '節水啓発事業',
    dept: '上下水道局 水道総務課',
    purpose: '市民一人ひとりの節水意識を高め、限りある水資源の有効利用を図る。',
    content: '自治会・学校等での出前講座、水道週間のパネル展を実施する。',
    cost: [652, 698, 700],
    rows: [
      ['活動指標', '出前講座の開催回数', '回', 18, 20, 17],
      ['成果指標', '講座受講後に節水に取り組むと回答した割合', '%', 88.2, 85.0, 91.5],
    ],
    direction: '継続',
    comment: '',
  },
];

const forms: Holdout2Workbook = {
  name: 'h196-jimujigyo-hyokahyo-mizu',
  layout:
    'one 事務事業評価票 per sheet: label/value header, a 事業費（千円）table by year, 活動指標 and 成果指標 rows with R5実績 / R6目標 / R6実績 / 達成率, 今後の方向性 in words',
  build(wb: Workbook) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 34, 8, 12, 12, 12, 10]);
      merge(ws, 1, 1, 1, 7, '令和７年度　事務事業評価票（令和６年度実施事業）');
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 4, f.title);
      put(ws, 3, 5, ['担当課']);
      merge(ws, 3, 6, 3, 7, f.dept);
      put(ws, 4, 1, ['施策']);
      merge(ws, 4, 2, 4, 7, '3-2　健全な水循環の確保と水資源の保全');
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, f.purpose);
      put(ws, 6, 1, ['事業の内容']);
      merge(ws, 6, 2, 6, 7, f.content);
      box(ws, 3, 1, 6, 7);
      wrap(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['１　事業費', undefined, undefined, undefined, undefined, '（単位：千円）']);
      put(ws, 9, 1, ['区分', undefined, '令和5年度\n決算', '令和6年度\n決算', '令和7年度\n予算']);
      put(ws, 10, 1, ['事業費', undefined, ...f.cost]);
      put(ws, 11, 1, ['うち一般財源', undefined, ...f.cost.map((c) => Math.round(c * 0.8))]);
      for (const r of [9, 10, 11]) ws.mergeCells(r, 1, r, 2);
      box(ws, 9, 1, 11, 5);
      wrap(ws, 9, 1, 9, 5);
      put(ws, 13, 1, ['２　指標']);
      put(ws, 14, 1, ['区分', '指標名', '単位', '令和5年度\n実績', '令和6年度\n目標', '令和6年度\n実績', '達成率']);
      f.rows.forEach((row, i) => {
        put(ws, 15 + i, 1, [...row, Math.round((row[5] / row[4]) * 1000) / 1000]);
        ws.getCell(15 + i, 7).numFmt = '0.0%';
      });
      box(ws, 14, 1, 14 + f.rows.length, 7);
      wrap(ws, 14, 1, 14 + f.rows.length, 7);
      put(ws, 18, 1, ['３　評価']);
      put(ws, 19, 1, ['今後の方向性', f.direction]);
      put(ws, 20, 1, ['所見']);
      merge(ws, 20, 2, 20, 7, f.comment || '―');
      box(ws, 19, 1, 20, 7);
      wrap(ws, 19, 1, 20, 7);
    }
  },
  expected: {
    file: 'h196-jimujigyo-hyokahyo-mizu.xlsx',
    fiscalYear: 2024,
    indicators: FORMS.flatMap((f) => f.rows.map((r) => ind(f.sheet, r[1], r[2], r[4], r[5]))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------
// Survey summary: 前回 / 今回 shares, 増減（ポイント）, the plan's R6 target, the unit only in a note above the table.

const S_SHEET = '意識調査結果';
const S_ROWS: [string, number, number, number, string][] = [
  ['日頃から節水を心がけている市民の割合', 72.8, 76.3, 80.0, ''],
  ['地下水を市の貴重な資源と認識している市民の割合', 65.1, 72.4, 70.0, ''],
  ['雨水タンク・雨水浸透ますを知っている市民の割合', 31.5, 38.9, 50.0, ''],
  ['水道水をそのまま飲んでいる市民の割合', 58.0, 61.2, 60.0, ''],
  ['身近な水辺環境に不満を感じている市民の割合', 21.3, 18.6, 15.0, '減少を目指す指標'],
];

const survey: Holdout2Workbook = {
  name: 'h196-ishiki-chosa-mizu',
  layout:
    'survey summary: 前回（R3）/ 今回（R6）shares with 増減 in points and the plan target for R6, unit only in a （単位：％） note, one lower-is-better row marked in 備考, a 回答数 line above',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [5, 44, 12, 12, 11, 14, 18]);
    merge(ws, 1, 1, 1, 7, '令和６年度 水環境に関する市民意識調査　結果概要（抜粋）');
    put(ws, 2, 1, ['調査期間：令和6年7月1日～7月31日　対象：市内在住の18歳以上3,000人（無作為抽出）　回答数：1,532人（回収率51.1％）']);
    put(ws, 4, 7, ['（単位：％）']);
    put(ws, 5, 1, ['No.', '設問（成果指標）', '前回調査\n（令和3年度）', '今回調査\n（令和6年度）', '増減\n（ポイント）', '計画目標値\n（令和6年度）', '備考']);
    S_ROWS.forEach(([q, prev, now, target, note], i) => {
      put(ws, 6 + i, 1, [i + 1, q, prev, now, Math.round((now - prev) * 10) / 10, target, note || undefined]);
      for (const c of [3, 4, 5, 6]) ws.getCell(6 + i, c).numFmt = '0.0';
    });
    box(ws, 5, 1, 5 + S_ROWS.length, 7);
    wrap(ws, 5, 1, 5 + S_ROWS.length, 7);
    put(ws, 7 + S_ROWS.length, 1, ['※「そう思う」「どちらかといえばそう思う」の合計。無回答を除いて集計。']);
  },
  expected: {
    file: 'h196-ishiki-chosa-mizu.xlsx',
    fiscalYear: 2024,
    indicators: S_ROWS.map(([q, , now, target, note]) => ind(S_SHEET, q, '%', target, now, note ? { direction: 'down' } : {})),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, forms, survey];
