/** Hold-out 195, shapes outside the four families that a 自転車・シェアサイクル office really keeps. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table, the year's targets in a row under the 年度計
const M_SHEET = 'R6月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];
const USES = [14210, 17380, 13920, 15640, 14870, 16510, 18930, 16020, 11240, 9360, 10180, 14650];
const MEMBERS = [612, 540, 388, 455, 471, 402, 520, 396, 251, 198, 230, 577];
const CO2 = [3.4, 4.1, 3.3, 3.7, 3.5, 3.9, 4.5, 3.8, 2.7, 2.2, 2.4, 3.5];
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const round1 = (x: number) => Math.round(x * 10) / 10;
const USE_TOTAL = sum(USES); // 172,910
const MEMBER_TOTAL = sum(MEMBERS); // 5,040
const CO2_TOTAL = round1(sum(CO2)); // 41.0

const monthly: Holdout2Workbook = {
  name: 'h195-share-monthly',
  layout: 'months as rows (4月…3月), a 年度計 row, then a 年間目標 row and a 達成率 row; two columns are averages, not sums',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [16, 14, 14, 14, 16, 14, 24]);
    merge(ws, 1, 1, 1, 7, '令和６年度　シェアサイクル「まちチャリ」月別利用実績');
    put(ws, 2, 5, ['運営：㈱グリーンサイクル']);
    put(ws, 3, 1, ['月', '利用回数\n（回）', '新規会員\n登録数（人）', '平均稼働\n台数（台）', '1台1日当たり\n回転数（回）', 'CO2削減量\n（t-CO2）', '備考']);
    const fleet = [285, 292, 298, 301, 304, 306, 318, 322, 318, 310, 312, 326];
    MONTHS.forEach((m, i) => {
      const days = [30, 31, 30, 31, 31, 30, 31, 30, 31, 31, 28, 31][i];
      put(ws, 4 + i, 1, [m, USES[i], MEMBERS[i], fleet[i], round1(USES[i] / fleet[i] / days), CO2[i]]);
    });
    put(ws, 8, 7, ['台風接近により3日間休止']);
    put(ws, 12, 7, ['年末年始 ポート点検']);
    put(ws, 16, 1, ['年度計\n（台数・回転数は平均）', USE_TOTAL, MEMBER_TOTAL, 308, 1.5, CO2_TOTAL]);
    put(ws, 17, 1, ['年間目標', 180000, 6000, 320, 1.6, 45]);
    put(ws, 18, 1, ['達成率', '96.1%', '84.0%', '96.3%', '93.8%', '91.1%']);
    for (let r = 4; r <= 17; r++) for (const c of [2, 3]) ws.getCell(r, c).numFmt = '#,##0';
    box(ws, 3, 1, 18, 7);
    wrap(ws, 3, 1, 18, 7);
    put(ws, 20, 1, ['※CO2削減量は利用距離から自動車利用を代替したものとして推計。']);
    put(ws, 21, 1, ['※年間目標は第２次自転車活用推進計画の令和６年度目標。']);
  },
  expected: {
    file: 'h195-share-monthly.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(M_SHEET, '利用回数', '回', 180000, USE_TOTAL),
      ind(M_SHEET, '新規会員登録数', '人', 6000, MEMBER_TOTAL),
      ind(M_SHEET, '平均稼働台数', '台', 320, 308),
      ind(M_SHEET, '1台1日当たり回転数', '回', 1.6, 1.5),
      ind(M_SHEET, 'CO2削減量', 't-CO2', 45, CO2_TOTAL),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- 事務事業評価シート, one project per sheet
interface FormRow {
  kind: string;
  name: string;
  unit: string;
  dir: string;
  last: number;
  target: number;
  actual: number;
}

function drawForm(ws: Worksheet, title: string, code: string, dept: string, purpose: string, rows: FormRow[], comment: string, next: string): void {
  widths(ws, [12, 30, 8, 10, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 8, '令和６年度　事務事業評価シート（令和５年度実施事業）');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 5, title);
  put(ws, 3, 6, ['事業番号']);
  merge(ws, 3, 7, 3, 8, code);
  put(ws, 4, 1, ['所管課']);
  merge(ws, 4, 2, 4, 5, dept);
  put(ws, 4, 6, ['評価年度']);
  merge(ws, 4, 7, 4, 8, '令和５年度');
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, purpose);
  ws.getRow(5).height = 40;
  put(ws, 7, 1, ['区分', '指標名', '単位', '目指す\n方向', 'R4実績', 'R5目標', 'R5実績', '達成率']);
  rows.forEach((r, i) => {
    const rate = r.dir === '↓' ? r.target / r.actual : r.actual / r.target;
    put(ws, 8 + i, 1, [r.kind, r.name, r.unit, r.dir, r.last, r.target, r.actual, `${(rate * 100).toFixed(1)}%`]);
  });
  box(ws, 3, 1, 5, 8);
  box(ws, 7, 1, 7 + rows.length, 8);
  wrap(ws, 7, 1, 7 + rows.length, 8);
  put(ws, 11, 1, ['評価・課題']);
  merge(ws, 11, 2, 13, 8, comment);
  put(ws, 14, 1, ['今後の方向性']);
  merge(ws, 14, 2, 14, 8, next);
  box(ws, 11, 1, 14, 8);
}

const FORMS: { sheet: string; title: string; code: string; dept: string; purpose: string; rows: FormRow[]; comment: string; next: string }[] = [
  {
    sheet: '事業01',
    title: '自転車安全教育推進事業',
    code: '05-03-01',
    dept: '市民生活部 市民安全課',
    purpose: '児童・生徒・高齢者に自転車の交通ルールとマナーを教え、自転車事故を減らす。',
    rows: [
      { kind: '活動指標', name: '交通安全教室開催回数', unit: '回', dir: '↑', last: 58, target: 60, actual: 64 },
      { kind: '成果指標', name: '交通安全教室受講者数', unit: '人', dir: '↑', last: 3420, target: 3600, actual: 3310 },
    ],
    comment: 'スケアード・ストレイト方式の教室を中学校２校で新たに実施。受講者数は少子化により微減。',
    next: '継続',
  },
  {
    sheet: '事業02',
    title: 'シェアサイクル社会実験事業',
    code: '05-03-02',
    dept: '都市整備部 交通政策課',
    purpose: 'シェアサイクルの本格導入に向け、ポート配置と利用動向を検証する。',
    rows: [
      { kind: '活動指標', name: 'サイクルポート新設数', unit: 'か所', dir: '↑', last: 12, target: 10, actual: 7 },
      { kind: '成果指標', name: '1日平均利用回数', unit: '回', dir: '↑', last: 388, target: 450, actual: 512 },
    ],
    comment: 'ポート新設は用地調整の遅れで7か所にとどまったが、利用は想定を上回った。',
    next: '拡充（R6から本格運用へ移行）',
  },
  {
    sheet: '事業03',
    title: '自転車駐車場管理運営事業',
    code: '05-03-03',
    dept: '建設部 道路管理課',
    purpose: '駅周辺の自転車駐車場を適切に管理し、放置自転車のない歩行空間を確保する。',
    rows: [
      { kind: '活動指標', name: '放置防止啓発指導日数', unit: '日', dir: '↑', last: 236, target: 240, actual: 238 },
      { kind: '成果指標', name: '駅周辺の放置自転車台数', unit: '台', dir: '↓', last: 131, target: 80, actual: 112 },
    ],
    comment: '啓発日数はほぼ計画どおり。放置台数は前年度より減少したが、目標には届いていない。',
    next: '見直し（撤去頻度の増加を検討）',
  },
];

const forms: Holdout2Workbook = {
  name: 'h195-jigyo-forms',
  layout: 'one 事務事業評価シート per sheet (label-value header, a small 活動指標/成果指標 table with R4実績, R5目標, R5実績 and a 目指す方向 column, one ↓)',
  build(wb) {
    for (const f of FORMS) drawForm(wb.addWorksheet(f.sheet), f.title, f.code, f.dept, f.purpose, f.rows, f.comment, f.next);
  },
  expected: {
    file: 'h195-jigyo-forms.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map((r) => ind(f.sheet, r.name, r.unit, r.target, r.actual, { direction: r.dir === '↓' ? 'down' : 'up' }))),
    groups: [],
  },
};

// ---------------------------------------------------------------- per-facility rows (市営自転車駐車場), a hidden helper column
const F_SHEET = '駐輪場別';

const facilities: Holdout2Workbook = {
  name: 'h195-churinjo-facility',
  layout:
    'one row per 自転車駐車場 (the facility is the indicator), 定期利用者数 目標/実績 columns, a row with no target, a closed facility with "－", a hidden 達成率 helper column',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 32, 12, 14, 14, 10, 30]);
    merge(ws, 1, 1, 1, 7, '令和５年度　市営自転車駐車場　定期利用状況（指定管理者モニタリング）');
    put(ws, 2, 6, ['単位：台、人']);
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '施設名');
    merge(ws, 3, 3, 4, 3, '収容台数');
    merge(ws, 3, 4, 3, 5, '定期利用者数（年度平均）');
    put(ws, 4, 4, ['目標', '実績']);
    merge(ws, 3, 6, 4, 6, '達成率');
    merge(ws, 3, 7, 4, 7, '備考');
    const rows: (string | number)[][] = [
      [1, '中央駅東口自転車駐車場', 1200, 950, 1012, 1.065, ''],
      [2, '中央駅西口自転車駐車場', 800, 620, 588, 0.948, ''],
      [3, '北町駅前自転車駐車場', 450, 360, 251, 0.697, '近隣に民間駐輪場が開業'],
      [4, '南町駅自転車駐車場', 300, 240, 131, 0.546, '高校の通学路変更の影響'],
      [5, '市役所前サイクルポート', 60, '－', 96, '', '一時利用のみのため目標設定なし'],
      [6, '東部地区自転車駐車場', 150, 150, '－', '', '改修工事のため休止（R5.7～R6.2）'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    for (let r = 5; r <= 10; r++) ws.getCell(r, 6).numFmt = '0.0%';
    ws.getColumn(6).hidden = true;
    box(ws, 3, 1, 10, 7);
    wrap(ws, 3, 1, 10, 7);
    put(ws, 12, 1, ['※定期利用者数は各月末の定期券発行数の年度平均。']);
  },
  expected: {
    file: 'h195-churinjo-facility.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '中央駅東口自転車駐車場', '人', 950, 1012),
      ind(F_SHEET, '中央駅西口自転車駐車場', '人', 620, 588),
      ind(F_SHEET, '北町駅前自転車駐車場', '人', 360, 251),
      ind(F_SHEET, '南町駅自転車駐車場', '人', 240, 131),
      ind(F_SHEET, '市役所前サイクルポート', '人', null, 96),
      ind(F_SHEET, '東部地区自転車駐車場', '人', 150, null, { actualStatus: 'not-applicable' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows, 目標/実績 column pairs per indicator
const Y_SHEET = 'サイクルツーリズム推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h195-tourism-years',
  layout: 'fiscal years as rows (H30…R7), a 目標/実績 column pair per indicator under a merged heading with the unit in it, R7 row with targets only',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 11, 11, 11, 11, 11, 11, 11, 11, 28]);
    merge(ws, 1, 1, 1, 10, 'サイクルツーリズム推進指標の推移（令和６年度評価）');
    put(ws, 2, 1, ['観光振興課']);
    merge(ws, 3, 1, 4, 1, '年度');
    merge(ws, 3, 2, 3, 3, 'サイクリングロード利用者数（千人）');
    merge(ws, 3, 4, 3, 5, 'サイクリスト宿泊者数（人）');
    merge(ws, 3, 6, 3, 7, 'サイクルトレイン乗車人数（人）');
    merge(ws, 3, 8, 3, 9, 'サイクルサポートステーション登録数（か所）');
    put(ws, 4, 2, ['目標', '実績', '目標', '実績', '目標', '実績', '目標', '実績']);
    merge(ws, 3, 10, 4, 10, '備考');
    const rows: (string | number | null)[][] = [
      ['H30', null, 142.5, null, 2610, null, '－', null, 31],
      ['R1', 150, 148.0, 3000, 2890, '－', '－', 40, 38],
      ['R2', 155, 96.3, 3300, 1420, '－', '－', 45, 41],
      ['R3', 160, 121.8, 3600, 2150, 1000, 640, 50, 47],
      ['R4', 170, 163.2, 4000, 3010, 1500, 1290, 55, 55],
      ['R5', 178, 181.6, 4400, 3620, 1800, 1730, 62, 60],
      ['R6', 185, 192.4, 4800, 3960, 2000, 1150, 70, 66],
      ['R7', 192, null, 5200, null, 2200, null, 78, null],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 7, 10, ['新型コロナの影響']);
    put(ws, 8, 10, ['サイクルトレインR3.10運行開始']);
    put(ws, 11, 10, ['R6は車両検査で運行日数減（年44日→28日）']);
    box(ws, 3, 1, 12, 10);
    wrap(ws, 3, 1, 12, 10);
    put(ws, 14, 1, ['※サイクリングロード利用者数は自動計測器（3か所）の年度計から推計。']);
  },
  expected: {
    file: 'h195-tourism-years.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, 'サイクリングロード利用者数', '千人', 185, 192.4),
      ind(Y_SHEET, 'サイクリスト宿泊者数', '人', 4800, 3960),
      ind(Y_SHEET, 'サイクルトレイン乗車人数', '人', 2000, 1150),
      ind(Y_SHEET, 'サイクルサポートステーション登録数', 'か所', 70, 66),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, forms, facilities, yearsAsRows];
