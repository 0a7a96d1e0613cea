/**
 * Hold-out 111, four workbooks outside the families: a 消費生活センター 業務月報 (months as columns, 年間目標, 年度計 as SUM
 * formulas, 前年度計 and 前年比, and a 相談分野別件数 sheet with a 合計 row and no targets), 広報媒体 as columns (one indicator per
 * column, 令和4年度実績／令和5年度目標／令和5年度実績／前年比／達成率 as rows), two 事務事業評価シート cards (ふるさと納税 and
 * シティプロモーション) with 活動指標／成果指標 and 「24,806（うち企業版 12）」, and a 市民意識調査 with the survey years as rows,
 * the unit in each heading and a 目標値（令和7年度） row.
 */
import type { Worksheet } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const final = (i: ExpectedIndicator): ExpectedIndicator => ({ ...i, targetSource: 'final' });
const col = (n: number): string => (n <= 26 ? String.fromCharCode(64 + n) : 'A' + String.fromCharCode(64 + n - 26));

// ---------------------------------------------------------------------------------------------------------------------------
// 業務月報: months as columns

const GS = '月別実績';
interface Monthly {
  kubun: string;
  name: string;
  unit: string;
  target: number | string;
  months: number[];
  total?: number; // a rate: the year's figure, not a sum
  last: number;
}
const MONTHLY: Monthly[] = [
  { kubun: '相談', name: '消費生活相談受付件数', unit: '件', target: '－', months: [92, 101, 96, 110, 88, 94, 103, 97, 85, 99, 93, 106], last: 1102 },
  {
    kubun: '相談',
    name: 'あっせん解決率',
    unit: '％',
    target: 90,
    months: [87.5, 90.0, 88.9, 85.7, 91.7, 87.5, 90.9, 88.2, 87.5, 90.0, 85.7, 91.7],
    total: 88.7,
    last: 89.4,
  },
  { kubun: '啓発', name: '出前講座開催回数', unit: '回', target: 40, months: [2, 4, 5, 4, 2, 3, 5, 4, 3, 4, 5, 5], last: 38 },
  { kubun: '啓発', name: '出前講座受講者数', unit: '人', target: 2000, months: [85, 160, 210, 178, 72, 131, 224, 189, 120, 168, 161, 174], last: 1962 },
  { kubun: '啓発', name: '消費生活情報メール配信回数', unit: '回', target: 24, months: [2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2], last: 24 },
  { kubun: '見守り', name: '相談員による見守り訪問件数', unit: '件', target: 60, months: [3, 4, 2, 5, 3, 4, 4, 3, 2, 4, 3, 4], last: 52 },
];
const yearOf = (m: Monthly) => m.total ?? m.months.reduce((a, b) => a + b, 0);

const getsuji: Holdout2Workbook = {
  name: 'h111-getsuji-center',
  layout:
    'outside: 消費生活センター業務月報, 4月〜3月 as columns, 年間目標 (「－」 for 相談件数), 年度計 as SUM formulas (a rate given as the year figure), 前年度計 and 前年比, plus a 相談分野別件数 sheet with a 合計 row and no targets',
  build(wb) {
    const ws = wb.addWorksheet(GS);
    put(ws, 1, 1, ['令和５年度　○○市消費生活センター業務月報（年間集計）']);
    ws.mergeCells('A1:T1');
    put(ws, 2, 1, ['集計期間：令和5年4月1日～令和6年3月31日']);
    const months = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
    put(ws, 3, 1, ['区分', '項目', '単位', '年間目標', '月別実績', ...Array(11).fill(undefined), '年度計', '前年度計', '前年比']);
    put(ws, 4, 5, months);
    for (const c of ['A', 'B', 'C', 'D', 'Q', 'R', 'S']) ws.mergeCells(`${c}3:${c}4`);
    ws.mergeCells('E3:P3');
    MONTHLY.forEach((m, i) => {
      const r = 5 + i;
      put(ws, r, 1, [i > 0 && MONTHLY[i - 1].kubun === m.kubun ? undefined : m.kubun, m.name, m.unit, m.target, ...m.months]);
      const y = yearOf(m);
      ws.getCell(r, 17).value = m.total !== undefined ? m.total : { formula: `SUM(E${r}:P${r})`, result: y };
      ws.getCell(r, 18).value = m.last;
      const ratio = m.total !== undefined ? `${(m.total - m.last).toFixed(1)}pt` : `${((y / m.last) * 100).toFixed(1)}%`;
      ws.getCell(r, 19).value = ratio;
    });
    ws.mergeCells('A5:A6');
    ws.mergeCells('A7:A9');
    put(ws, 12, 1, ['※あっせん解決率の年度計は、年間のあっせん件数に対する解決件数の割合。前年比欄の「pt」は前年度との差。']);

    const b = wb.addWorksheet('分野別件数');
    put(b, 1, 1, ['相談分野別の受付件数']);
    put(b, 2, 1, ['相談分野', '令和４年度', '令和５年度', '増減', '構成比（R5）']);
    const fields: [string, number, number][] = [
      ['商品一般', 168, 181],
      ['架空請求・不当請求', 214, 187],
      ['通信販売（インターネット通販等）', 301, 352],
      ['訪問販売・電話勧誘販売', 126, 118],
      ['融資・多重債務', 58, 49],
      ['住居・賃貸借', 87, 95],
      ['その他', 148, 182],
    ];
    const total = fields.reduce((a, f) => a + f[2], 0);
    fields.forEach((f, i) => put(b, 3 + i, 1, [f[0], f[1], f[2], f[2] - f[1], `${((f[2] / total) * 100).toFixed(1)}%`]));
    put(b, 10, 1, ['合計', 1102, total, total - 1102, '100.0%']);
  },
  expected: {
    file: 'h111-getsuji-center.xlsx',
    fiscalYear: 2023,
    indicators: MONTHLY.map((m) => ind(GS, m.name, m.unit === '％' ? '%' : m.unit, typeof m.target === 'number' ? m.target : null, yearOf(m))),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 広報媒体 as columns

const BS = '媒体別実績';
interface Medium {
  group: string;
  name: string;
  unit: string;
  last: number;
  target: number;
  actual: number;
}
const MEDIA: Medium[] = [
  { group: '紙媒体', name: '広報紙の閲読率', unit: '％', last: 66.1, target: 70, actual: 64.8 },
  { group: 'ウェブ', name: '市ホームページの年間閲覧数', unit: '件', last: 3050000, target: 3200000, actual: 2876000 },
  { group: 'SNS', name: '公式Xのフォロワー数', unit: '人', last: 6210, target: 7000, actual: 7845 },
  { group: 'SNS', name: '公式Instagramのフォロワー数', unit: '人', last: 4020, target: 5500, actual: 6930 },
  { group: 'SNS', name: 'LINE公式アカウントの友だち登録者数', unit: '人', last: 18400, target: 25000, actual: 24518 },
  { group: 'SNS', name: 'YouTubeチャンネル登録者数', unit: '人', last: 1050, target: 2000, actual: 1180 },
];

const baitai: Holdout2Workbook = {
  name: 'h111-baitai-columns',
  layout:
    'outside: 広報媒体 as columns (紙媒体｜ウェブ｜SNS merged over them, one indicator per column with its 単位 row), 令和4年度実績／令和5年度目標／令和5年度実績／前年比／達成率 as rows',
  build(wb) {
    const ws = wb.addWorksheet(BS);
    put(ws, 1, 1, ['令和５年度　広報媒体別の成果指標の状況']);
    ws.mergeCells('A1:G1');
    put(ws, 2, 6, ['秘書広報課']);
    put(ws, 3, 1, ['媒体', ...MEDIA.map((m) => m.group)]);
    ws.mergeCells('D3:G3');
    put(ws, 4, 1, ['指標', ...MEDIA.map((m) => m.name)]);
    put(ws, 5, 1, ['単位', ...MEDIA.map((m) => m.unit)]);
    put(ws, 6, 1, ['令和4年度実績', ...MEDIA.map((m) => m.last)]);
    put(ws, 7, 1, ['令和5年度目標', ...MEDIA.map((m) => m.target)]);
    put(ws, 8, 1, ['令和5年度実績', ...MEDIA.map((m) => m.actual)]);
    put(ws, 9, 1, ['前年比', ...MEDIA.map((m) => `${((m.actual / m.last) * 100).toFixed(1)}%`)]);
    put(ws, 10, 1, ['達成率', ...MEDIA.map((m) => `${((m.actual / m.target) * 100).toFixed(1)}%`)]);
    put(ws, 12, 1, ['※前年比＝令和5年度実績÷令和4年度実績、達成率＝令和5年度実績÷令和5年度目標']);
    put(ws, 13, 1, ['※SNSの数値は各年度末（3月31日）時点。閲読率は市民意識調査による。']);
    ws.getColumn(1).width = 16;
  },
  expected: {
    file: 'h111-baitai-columns.xlsx',
    fiscalYear: 2023,
    indicators: MEDIA.map((m) => ind(BS, m.name, m.unit === '％' ? '%' : m.unit, m.target, m.actual)),
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 事務事業評価シート cards

interface CardRow {
  kubun: '活動指標' | '成果指標';
  name: string;
  unit: string;
  last: number | string;
  target: number;
  actual: number | string;
  value: number;
}

function card(ws: Worksheet, title: string, ka: string, gaiyo: string, rows: CardRow[], hoko: string, kadai: string): void {
  put(ws, 1, 1, ['令和６年度　事務事業評価シート']);
  ws.mergeCells('A1:H1');
  const labels: [string, string][] = [
    ['事業名', title],
    ['担当課', ka],
    ['対象年度', '令和５年度（令和５年４月～令和６年３月）'],
    ['事業概要', gaiyo],
  ];
  labels.forEach(([l, v], i) => {
    put(ws, 3 + i, 1, [l, v]);
    ws.mergeCells(3 + i, 2, 3 + i, 8);
  });
  put(ws, 8, 1, ['■指標']);
  put(ws, 9, 1, ['区分', '指標名', '単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率', '備考']);
  rows.forEach((r, i) => put(ws, 10 + i, 1, [r.kubun, r.name, r.unit, r.last, r.target, r.actual, `${((r.value / r.target) * 100).toFixed(1)}%`]));
  const end = 10 + rows.length;
  put(ws, end + 1, 1, ['■今後の方向性', hoko]);
  ws.mergeCells(end + 1, 2, end + 1, 8);
  put(ws, end + 2, 1, ['■課題・改善策', kadai]);
  ws.mergeCells(end + 2, 2, end + 2, 8);
}

const C1 = 'ふるさと納税推進事業';
const C1_ROWS: CardRow[] = [
  { kubun: '活動指標', name: '返礼品取扱事業者数', unit: '事業者', last: 86, target: 100, actual: 112, value: 112 },
  { kubun: '活動指標', name: 'ポータルサイト掲載数', unit: 'サイト', last: 5, target: 6, actual: 6, value: 6 },
  { kubun: '成果指標', name: '寄附件数', unit: '件', last: '19,870', target: 22000, actual: '24,806（うち企業版 12）', value: 24806 },
  { kubun: '成果指標', name: '寄附金額', unit: '千円', last: '351,200', target: 420000, actual: '386,540', value: 386540 },
  { kubun: '成果指標', name: 'リピーター率', unit: '％', last: 29.1, target: 35, actual: 27.4, value: 27.4 },
];
const C2 = 'シティプロモーション推進事業';
const C2_ROWS: CardRow[] = [
  { kubun: '活動指標', name: 'PR動画の制作本数', unit: '本', last: 2, target: 4, actual: 3, value: 3 },
  { kubun: '活動指標', name: '首都圏PRイベント出展回数', unit: '回', last: 3, target: 5, actual: 5, value: 5 },
  { kubun: '成果指標', name: 'シティプロモーションの市内認知度', unit: '％', last: 39.8, target: 50, actual: 43.2, value: 43.2 },
  { kubun: '成果指標', name: 'ロゴマーク使用申請件数', unit: '件', last: 52, target: 80, actual: '45（うち新規 19）', value: 45 },
];
const cardFacts = (sheet: string, rows: CardRow[]) => rows.map((r) => ind(sheet, r.name, r.unit === '％' ? '%' : r.unit, r.target, r.value));

const cards: Holdout2Workbook = {
  name: 'h111-cards-furusato',
  layout:
    'outside: two 事務事業評価シート cards (one sheet per 事業: 事業名／担当課／対象年度 label-value rows, 活動指標／成果指標 table with 令和4年度実績｜令和5年度目標｜令和5年度実績｜達成率), actuals 「24,806（うち企業版 12）」',
  build(wb) {
    card(
      wb.addWorksheet(C1),
      C1,
      '企画政策課',
      '寄附者への返礼品の提供及びポータルサイトを通じた本市の魅力発信',
      C1_ROWS,
      '拡充',
      '返礼品の魅力向上と新規事業者の掘り起こしを進める。',
    );
    card(
      wb.addWorksheet(C2),
      C2,
      'シティプロモーション推進室',
      'ブランドメッセージ・ロゴマークの活用、動画・イベントによる市の魅力発信',
      C2_ROWS,
      '継続',
      'ロゴマークの新規利用者が伸び悩んでおり、事業者向けの周知を強化する。',
    );
  },
  expected: {
    file: 'h111-cards-furusato.xlsx',
    fiscalYear: 2023,
    indicators: [...cardFacts(C1, C1_ROWS), ...cardFacts(C2, C2_ROWS)],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------------------------------------
// 市民意識調査: survey years as rows

const IS = '市民意識調査';
const SURVEY: [string, number[], number][] = [
  ['広報紙を読んでいる市民の割合（％）', [72.4, 70.1, 68.3, 66.0], 75],
  ['市ホームページを利用したことがある市民の割合（％）', [38.5, 44.2, 48.9, 52.3], 60],
  ['市からの情報が十分に届いていると感じる市民の割合（％）', [35.1, 36.0, 37.2, 38.4], 50],
  ['市に愛着を感じている市民の割合（％）', [76.3, 77.5, 78.1, 78.9], 80],
  ['シティプロモーションの認知度（％）', [12.0, 21.6, 27.5, 31.2], 40],
  ['消費生活センターの認知度（％）', [55.2, 57.9, 58.0, 62.5], 60],
];
const chosa: Holdout2Workbook = {
  name: 'h111-chosa-years',
  layout:
    'outside: 市民意識調査 with the survey years as rows (平成29・令和元・3・5年度 only), one indicator per column with the unit in its heading, an 有効回答数 column, a 増減（R3→R5） row and a 目標値（令和7年度） row at the bottom',
  build(wb) {
    const ws = wb.addWorksheet(IS);
    put(ws, 1, 1, ['市民意識調査　広報広聴・シティプロモーション関連項目の推移（令和５年度調査結果を反映）']);
    ws.mergeCells('A1:H1');
    put(ws, 3, 1, ['調査年度', '有効回答数（人）', ...SURVEY.map((s) => s[0])]);
    const years = ['平成29年度', '令和元年度', '令和3年度', '令和5年度'];
    const n = [1182, 1104, 1096, 1021];
    years.forEach((y, i) => put(ws, 4 + i, 1, [y, n[i], ...SURVEY.map((s) => s[1][i])]));
    put(ws, 8, 1, ['増減（R3→R5）', undefined, ...SURVEY.map((s) => `${s[1][3] - s[1][2] >= 0 ? '+' : '▲'}${Math.abs(s[1][3] - s[1][2]).toFixed(1)}`)]);
    put(ws, 9, 1, ['目標値（令和7年度）', undefined, ...SURVEY.map((s) => s[2])]);
    put(ws, 11, 1, ['※調査は隔年実施（無作為抽出の市民3,000人）。増減の単位はポイント、▲は減少。']);
    put(ws, 12, 1, [`※${col(3)}列〜${col(8)}列は総合計画の成果指標。`]);
  },
  expected: {
    file: 'h111-chosa-years.xlsx',
    fiscalYear: 2023,
    indicators: SURVEY.map((s) => final(ind(IS, s[0].replace('（％）', ''), '%', s[2], s[1][3]))),
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [getsuji, baitai, cards, chosa];
