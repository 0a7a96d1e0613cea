/**
 * Hold-out 204, shapes outside the four families that a デジタル推進課 uses: a monthly table with 合計 / 年間目標 / 達成率
 * rows, years as rows with 目標 | 実績 column pairs (no evaluation year stated), a 事務事業評価シート per project, and the
 * digital questions of a 市民意識調査 with 前回 / 今回 / 目標値 and a 目指す方向 column.
 */
import type { Workbook } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table (FY2024)
const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const M_COLS: { head: string; name: string; unit: string; months: number[]; goal: number }[] = [
  { head: '窓口相談件数\n（件）', name: '窓口相談件数', unit: '件', months: [142, 156, 171, 149, 133, 162, 178, 165, 120, 98, 137, 189], goal: 1800 },
  { head: 'スマホ教室受講者数\n（人）', name: 'スマホ教室受講者数', unit: '人', months: [48, 62, 75, 58, 40, 66, 81, 70, 35, 22, 44, 69], goal: 720 },
  { head: 'オンライン申請支援件数\n（件）', name: 'オンライン申請支援件数', unit: '件', months: [30, 28, 41, 37, 25, 33, 45, 52, 60, 38, 71, 96], goal: 700 },
  { head: '出張講座開催回数\n（回）', name: '出張講座開催回数', unit: '回', months: [1, 2, 2, 2, 1, 2, 3, 2, 1, 0, 1, 2], goal: 20 },
];
const total = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const col = (c: number) => String.fromCharCode(64 + c);

const MONTHLY: Holdout2Workbook = {
  name: 'h204-o-getsubetsu',
  layout: 'months as rows (4月…3月) and one measure per column, unit in the heading, then 合計 (SUM formulas), 年間目標 and 達成率 rows',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [8, 14, 16, 18, 14, 34]);
    merge(ws, 1, 1, 1, 6, '令和６年度　デジタル相談窓口・スマホ教室　月別実績表');
    put(ws, 2, 5, ['デジタル推進課 市民ICT支援係']);
    put(ws, 4, 1, ['月', ...M_COLS.map((c) => c.head), '備考']);
    wrap(ws, 4, 1, 4, 6);
    MONTHS.forEach((m, i) => put(ws, 5 + i, 1, [m, ...M_COLS.map((c) => c.months[i])]));
    put(ws, 8, 6, ['夏休み親子スマホ教室を含む']);
    put(ws, 14, 6, ['庁舎システム更新のため窓口を一部休止（1/6～1/17）']);
    put(ws, 16, 6, ['確定申告期のオンライン申請支援を実施']);
    put(ws, 17, 1, ['合計']);
    put(ws, 18, 1, ['年間目標', ...M_COLS.map((c) => c.goal)]);
    put(ws, 19, 1, ['達成率']);
    M_COLS.forEach((c, i) => {
      const L = col(2 + i);
      ws.getCell(17, 2 + i).value = { formula: `SUM(${L}5:${L}16)`, result: total(c.months) };
      const rate = ws.getCell(19, 2 + i);
      rate.value = { formula: `${L}17/${L}18`, result: total(c.months) / c.goal };
      rate.numFmt = '0.0%';
    });
    box(ws, 4, 1, 19, 6);
    put(ws, 21, 1, ['※スマホ教室受講者数は延べ人数。出張講座は老人クラブ・自治会等からの依頼によるもの。']);
  },
  expected: {
    file: 'h204-o-getsubetsu.xlsx',
    fiscalYear: 2024,
    indicators: M_COLS.map((c) => ind(M_SHEET, c.name, c.unit, c.goal, total(c.months))),
    // 1800/1800 A, 670/720 B, 556/700 C, 19/20 B
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows, no evaluation year stated (FY2023 guessed)
const Y_SHEET = '指標推移';
const Y_INDS: { name: string; unit: string; target: (number | null)[]; actual: (number | string | null)[] }[] = [
  { name: 'LINE公式アカウント登録者数', unit: '人', target: [null, 5000, 8000, 11000, 14000, 17000], actual: [3210, 5480, 8920, 12305, null, null] },
  { name: 'コンビニ交付サービス利用件数', unit: '件', target: [null, 6000, 9000, 12000, 15000, 18000], actual: [4102, 6330, 8715, 10260, null, null] },
  { name: 'スマホ教室修了者数', unit: '人', target: [null, 200, 200, 200, 200, 200], actual: ['中止', 142, 198, 135, null, null] },
  { name: 'キャッシュレス決済対応窓口数', unit: 'か所', target: [null, 5, 10, 15, 20, 25], actual: [0, 4, 9, 11, null, null] },
];
const YEARS = ['R2\n（基準）', 'R3', 'R4', 'R5', 'R6', 'R7'];

const YEARS_AS_ROWS: Holdout2Workbook = {
  name: 'h204-o-nendo-tate',
  layout: 'years down the rows, each indicator a 目標 | 実績 column pair under its merged name; no evaluation year anywhere (latest actuals R5)',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [10, 10, 10, 10, 10, 10, 10, 10, 10, 30]);
    merge(ws, 1, 1, 1, 10, 'スマホ・デジタル関連指標の推移（デジタル推進課）');
    merge(ws, 3, 1, 4, 1, '年度');
    Y_INDS.forEach((x, i) => {
      merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, `${x.name}（${x.unit}）`);
      put(ws, 4, 2 + 2 * i, ['目標', '実績']);
    });
    merge(ws, 3, 10, 4, 10, '備考');
    wrap(ws, 3, 1, 4, 10);
    YEARS.forEach((y, r) => {
      put(ws, 5 + r, 1, [y]);
      Y_INDS.forEach((x, i) => put(ws, 5 + r, 2 + 2 * i, [x.target[r] ?? (r === 0 ? '－' : undefined), x.actual[r] ?? undefined]));
    });
    wrap(ws, 5, 1, 5, 1);
    put(ws, 5, 10, ['スマホ教室は新型コロナの影響で中止']);
    put(ws, 7, 10, ['LINEはR4から子育て・防災のセグメント配信を開始']);
    box(ws, 3, 1, 10, 10);
    put(ws, 12, 1, ['※目標は第２次地域情報化推進計画の年度別目標。実績は各年度末（3月31日）現在または年度累計。']);
  },
  expected: {
    file: 'h204-o-nendo-tate.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, 'LINE公式アカウント登録者数', '人', 11000, 12305),
      ind(Y_SHEET, 'コンビニ交付サービス利用件数', '件', 12000, 10260),
      ind(Y_SHEET, 'スマホ教室修了者数', '人', 200, 135),
      ind(Y_SHEET, 'キャッシュレス決済対応窓口数', 'か所', 15, 11),
    ],
    groups: [],
    guesses: ['period'],
  },
};

// ---------------------------------------------------------------- one 事務事業評価シート per sheet (FY2023)
const F_FORMS: {
  sheet: string;
  project: string;
  purpose: string;
  content: string;
  inds: [string, string, string, number, number, number, string][];
  cost: number[];
  general: number[];
  dir: string;
}[] = [
  {
    sheet: 'スマホ教室',
    project: 'スマートフォン活用講座事業',
    purpose: '高齢者等がスマートフォンを使って情報収集や行政手続ができるようにし、デジタルデバイドの解消を図る。',
    content: '地区公民館等で初心者・応用の2コースを開催（1回2時間、定員10人）。講師は携帯電話事業者及びデジタル活用支援員。',
    inds: [
      ['活動指標', '教室開催回数', '回', 72, 96, 88, '91.7％'],
      ['成果指標', '受講後アンケートで「使えるようになった」と回答した割合', '％', 78.5, 80, 86.4, '108.0％'],
    ],
    cost: [2480, 3120, 2968],
    general: [1240, 1560, 1484],
    dir: '拡充',
  },
  {
    sheet: '電子申請',
    project: '電子申請推進事業',
    purpose: '来庁せずに手続ができる環境を整え、市民の利便性向上と窓口業務の効率化を図る。',
    content: '電子申請システムの運用、対象手続の拡大、操作説明動画の配信、申請書様式の見直し。',
    inds: [
      ['活動指標', '電子申請対応手続数', '手続', 84, 120, 116, '96.7％'],
      ['成果指標', '電子申請利用件数', '件', 4930, 8000, 6150, '76.9％'],
    ],
    cost: [5820, 6400, 6215],
    general: [2910, 3200, 3108],
    dir: '継続',
  },
  {
    sheet: 'マイナカード',
    project: 'マイナンバーカード普及促進事業',
    purpose: 'マイナンバーカードの取得を促進し、オンライン手続やコンビニ交付の利用拡大につなげる。',
    content: '休日窓口の開設、企業・地区への出張申請受付、申請サポート（顔写真撮影）。',
    inds: [
      ['活動指標', '出張申請受付会の開催回数', '回', 38, 40, 46, '115.0％'],
      ['成果指標', 'マイナンバーカード交付率', '％', 71.3, 80, 77.9, '97.4％'],
    ],
    cost: [8760, 4500, 4129],
    general: [0, 0, 0],
    dir: '縮小',
  },
];

const FORMS: Holdout2Workbook = {
  name: 'h204-o-jimujigyo-sheets',
  layout: 'one 事務事業評価シート per sheet: label | value rows, a small 活動指標 / 成果指標 table with 達成度 text, then 事業費（千円） and word ratings',
  build(wb: Workbook) {
    for (const f of F_FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 34, 8, 12, 12, 12, 10]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価シート');
      const labels: [string, string][] = [
        ['事業名', f.project],
        ['担当課', '企画部 デジタル推進課' + (f.sheet === 'マイナカード' ? '・市民課' : '')],
        ['事業期間', '令和3年度～'],
        ['事業の目的', f.purpose],
        ['事業の内容', f.content],
      ];
      labels.forEach(([k, v], i) => {
        put(ws, 3 + i, 1, [k]);
        merge(ws, 3 + i, 2, 3 + i, 7, v);
      });
      box(ws, 3, 1, 7, 7);
      put(ws, 9, 1, ['１　指標']);
      put(ws, 10, 1, ['区分', '指標名', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成度']);
      wrap(ws, 10, 1, 10, 7);
      f.inds.forEach((row, i) => {
        put(ws, 11 + i, 1, row);
        wrap(ws, 11 + i, 2, 11 + i, 2);
      });
      box(ws, 10, 1, 12, 7);
      put(ws, 14, 1, ['２　事業費（単位：千円）']);
      put(ws, 15, 1, ['区分', '', '', '令和4年度\n決算', '令和5年度\n予算', '令和5年度\n決算']);
      put(ws, 16, 1, ['事業費', '', '', ...f.cost]);
      put(ws, 17, 1, ['うち一般財源', '', '', ...f.general]);
      wrap(ws, 15, 1, 15, 7);
      box(ws, 15, 1, 17, 6);
      put(ws, 19, 1, ['３　評価']);
      put(ws, 20, 1, ['妥当性', '高い', '有効性', '', '普通', '効率性', '普通']);
      put(ws, 21, 1, ['今後の方向性', f.dir]);
      box(ws, 20, 1, 21, 7);
    }
  },
  expected: {
    file: 'h204-o-jimujigyo-sheets.xlsx',
    fiscalYear: 2023,
    indicators: F_FORMS.flatMap((f) => f.inds.map(([, name, unit, , target, actual]) => ind(f.sheet, name, unit, target, actual))),
    // B (88/96), A (86.4/80), B (116/120), C (6150/8000 = 76.9 %), A (46/40), B (77.9/80)
    groups: [],
  },
};

// ---------------------------------------------------------------- survey results (FY2023)
const S_SHEET = '意識調査';
const S_ROWS: [string, string, string, '↑' | '↓', number, number, number, string][] = [
  ['1', 'インターネットを利用している市民の割合', '％', '↑', 78.2, 83.5, 85, ''],
  ['2', '60歳以上でスマートフォンを利用している人の割合', '％', '↑', 64.0, 72.6, 75, '60歳以上の回答者（n=642）'],
  ['3', '行政手続をオンラインで行ったことがある人の割合', '％', '↑', 21.5, 34.8, 30, ''],
  ['4', 'デジタル化の進展に不安を感じる人の割合', '％', '↓', 41.3, 36.9, 35, '「不安」「やや不安」の合計'],
  ['5', '市のスマホ教室・相談窓口を知っている人の割合', '％', '↑', 28.0, 33.1, 50, ''],
  ['6', 'スマホ等の使い方を相談できる人が身近にいない人の割合', '％', '↓', 18.4, 22.7, 15, '一人暮らし高齢者で高い（38.2％）'],
];

const SURVEY: Holdout2Workbook = {
  name: 'h204-o-ishiki-chosa',
  layout: 'citizen survey results: 前回（R3調査） | 今回（R5調査） | 目標値 columns, a 目指す方向 column of arrows, 増減 in points, n= rows',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S_SHEET);
    widths(ws, [5, 44, 6, 8, 11, 11, 11, 11, 30]);
    merge(ws, 1, 1, 1, 9, '令和５年度　市民意識調査結果（デジタル関連設問）');
    put(ws, 2, 1, ['調査期間：令和5年7月3日～7月24日　対象：18歳以上の市民3,000人（無作為抽出）　回答者数：1,284人（回収率42.8％）']);
    put(ws, 4, 1, ['No.', '設問（指標）', '単位', '目指す\n方向', '前回\n（R3調査）', '今回\n（R5調査）', '目標値\n（R5）', '増減\n（ポイント）', '備考']);
    wrap(ws, 4, 1, 4, 9);
    S_ROWS.forEach((row, i) => {
      const [no, name, unit, dir, prev, now, goal, note] = row;
      const diff = Math.round((now - prev) * 10) / 10;
      put(ws, 5 + i, 1, [no, name, unit, dir, prev, now, goal, `${diff > 0 ? '+' : diff < 0 ? '▲' : '±'}${Math.abs(diff).toFixed(1)}`, note || undefined]);
      ws.getCell(5 + i, 5).numFmt = '0.0';
      ws.getCell(5 + i, 6).numFmt = '0.0';
    });
    box(ws, 4, 1, 4 + S_ROWS.length, 9);
    put(ws, 12, 1, ['※目指す方向　↑：数値が高いほど良い　↓：数値が低いほど良い']);
    put(ws, 13, 1, ['※目標値は第２次地域情報化推進計画の中間目標（令和5年度）。']);
  },
  expected: {
    file: 'h204-o-ishiki-chosa.xlsx',
    fiscalYear: 2023,
    indicators: S_ROWS.map(([, name, unit, dir, , now, goal]) => ind(S_SHEET, name, unit, goal, now, { direction: dir === '↓' ? 'down' : 'up' })),
    // B (83.5/85), B (72.6/75), A (34.8/30), B (35/36.9 = 94.9 %), C (33.1/50 = 66.2 %), C (15/22.7 = 66.1 %)
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [MONTHLY, YEARS_AS_ROWS, FORMS, SURVEY];
