/** Hold-out 203, shapes outside the four families that a youth-participation / election office really uses. */
import type { Worksheet } from 'exceljs';
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------------------------------------
// Monthly table: 4月 … 3月, 合計 against the 年間目標, a hidden 前年度実績 helper column.
// ---------------------------------------------------------------------------------------------
const M_SHEET = '月別実績';

const M_ROWS: { name: string; unit: string; target: number; lastYear: number; months: (number | null)[]; note: string }[] = [
  {
    name: '若者会議（定例会）参加者数',
    unit: '人',
    target: 200,
    lastYear: 164,
    months: [null, 18, 21, 17, null, 19, 22, 20, 16, null, 23, 25],
    note: '8月・1月は休会',
  },
  { name: '主権者教育出前授業の実施回数', unit: '回', target: 20, lastYear: 14, months: [null, 2, 3, 2, null, 1, 4, 3, 2, 1, 1, null], note: '' },
  {
    name: '主権者教育ワークショップ参加者数',
    unit: '人',
    target: 300,
    lastYear: 241,
    months: [null, null, 45, null, 62, null, 38, null, null, null, 71, null],
    note: '夏休み・春休みに開催',
  },
  { name: '若者向け選挙啓発SNS投稿数', unit: '件', target: 48, lastYear: 40, months: [6, 5, 4, 4, 3, 4, 5, 4, 4, 3, 4, 5], note: 'LINE・Instagram' },
  {
    name: '選挙出前講座（大学・専門学校）受講者数',
    unit: '人',
    target: 250,
    lastYear: 198,
    months: [null, null, null, 120, null, null, 85, null, null, 64, null, null],
    note: '',
  },
];

const sum = (xs: (number | null)[]) => xs.reduce<number>((a, b) => a + (b ?? 0), 0);

const monthly: Holdout2Workbook = {
  name: 'h203-getsubetsu-jisseki',
  layout: 'monthly table: one row per activity, 4月…3月 columns, 合計 against 年間目標, a hidden 前年度実績 column, 達成率 as a % number',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [34, 6, 9, 9, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 6, 8, 9, 20]);
    merge(ws, 1, 1, 1, 19, '令和５年度　主権者教育・若者参画事業　月別実績集計表');
    merge(ws, 2, 14, 2, 19, '選挙管理委員会事務局・企画政策課');
    put(ws, 3, 1, [
      '事業・指標',
      '単位',
      '年間目標',
      '前年度実績',
      '4月',
      '5月',
      '6月',
      '7月',
      '8月',
      '9月',
      '10月',
      '11月',
      '12月',
      '1月',
      '2月',
      '3月',
      '合計',
      '達成率',
      '備考',
    ]);
    M_ROWS.forEach((m, i) => {
      const r = 4 + i;
      put(ws, r, 1, [m.name, m.unit, m.target, m.lastYear, ...m.months.map((x) => x ?? undefined)]);
      put(ws, r, 17, [sum(m.months), sum(m.months) / m.target, m.note || undefined]);
      ws.getCell(r, 18).numFmt = '0.0%';
    });
    ws.getColumn(4).hidden = true;
    wrap(ws, 3, 1, 3, 19);
    box(ws, 3, 1, 3 + M_ROWS.length, 19);
    merge(ws, 5 + M_ROWS.length, 1, 5 + M_ROWS.length, 19, '※ 空欄は当該月の実施なし。達成率＝合計÷年間目標。');
  },
  expected: {
    file: 'h203-getsubetsu-jisseki.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M_SHEET, '若者会議（定例会）参加者数', '人', 200, 181), // 90.5 % → B
      ind(M_SHEET, '主権者教育出前授業の実施回数', '回', 20, 19), // 95 % → B
      ind(M_SHEET, '主権者教育ワークショップ参加者数', '人', 300, 216), // 72 % → C
      ind(M_SHEET, '若者向け選挙啓発SNS投稿数', '件', 48, 51), // A
      ind(M_SHEET, '選挙出前講座（大学・専門学校）受講者数', '人', 250, 269), // A
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Per-facility rows: 期日前投票所 by site for one election, 目標利用者数 / 利用者数 / うち18～29歳.
// ---------------------------------------------------------------------------------------------
const F_SHEET = '期日前投票所別';

const F_ROWS: [string, string, number, number | string, number | string, number | string, string][] = [
  ['市役所本庁舎（常設）', '4/17～4/22', 6, '－', 8940, 612, '目標設定なし（常設）'],
  ['北東大学 学生会館', '4/19～4/21', 3, 600, 712, 538, '学生ボランティアが立会人'],
  ['駅前ショッピングプラザ', '4/17～4/22', 6, 1500, 1284, 205, ''],
  ['県立港南高等学校', '4/20', 1, 150, 96, 88, '18歳の生徒・保護者向け'],
  ['移動期日前投票所（山間部巡回）', '4/18～4/19', 2, 200, '未実施', '－', '車両の確保ができず中止'],
  ['みなと看護専門学校', '4/18', 1, 80, 57, 55, ''],
];

const perSite: Holdout2Workbook = {
  name: 'h203-kijitsumae-tohyosho',
  layout:
    'per-facility rows: early-voting stations of one election (dates in the title), 目標利用者数 vs 利用者数 beside a うち18～29歳 column, one 未実施, one without target',
  build(wb) {
    const ws = wb.addWorksheet(F_SHEET);
    widths(ws, [5, 30, 13, 8, 12, 12, 12, 28]);
    merge(ws, 1, 1, 1, 8, '令和５年４月２３日執行　市議会議員一般選挙　期日前投票所別利用状況（若者の投票促進）');
    merge(ws, 2, 6, 2, 8, '選挙管理委員会事務局');
    put(ws, 3, 1, ['No.', '期日前投票所', '設置期間', '設置\n日数', '目標利用者数\n（人）', '利用者数\n（人）', 'うち18～29歳\n（人）', '備考']);
    F_ROWS.forEach((row, i) => put(ws, 4 + i, 1, [i + 1, ...row.map((v) => (v === '' ? undefined : v))]));
    wrap(ws, 3, 1, 3 + F_ROWS.length, 8);
    box(ws, 3, 1, 3 + F_ROWS.length, 8);
    const t = 4 + F_ROWS.length;
    put(ws, t, 2, ['合計', undefined, 17, undefined, 11089, 1498]);
    box(ws, t, 1, t, 8);
    merge(ws, t + 2, 1, t + 2, 8, '※ 目標利用者数は、前回（平成31年）選挙の利用実績等をもとに設定。');
  },
  expected: {
    file: 'h203-kijitsumae-tohyosho.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(F_SHEET, '市役所本庁舎（常設）', '人', null, 8940), // no target
      ind(F_SHEET, '北東大学 学生会館', '人', 600, 712), // A
      ind(F_SHEET, '駅前ショッピングプラザ', '人', 1500, 1284), // 85.6 % → B
      ind(F_SHEET, '県立港南高等学校', '人', 150, 96), // 64 % → C
      ind(F_SHEET, '移動期日前投票所（山間部巡回）', '人', 200, null, { actualStatus: 'not-implemented' }), // D
      ind(F_SHEET, 'みなと看護専門学校', '人', 80, 57), // 71.3 % → C
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Years as rows: 令和3年度 … 令和7年度 down the sheet, each measure a 目標 | 実績 column pair.
// ---------------------------------------------------------------------------------------------
const Y_SHEET = '若者会議の推移';

const Y_MEASURES: { name: string; unit: string }[] = [
  { name: '若者会議の開催回数', unit: '回' },
  { name: '参加者数（延べ人数）', unit: '人' },
  { name: '市への政策提案件数', unit: '件' },
  { name: '提案の事業化件数', unit: '件' },
  { name: '登録メンバー数（年度末）', unit: '人' },
];
// [year label, then target, actual per measure]
const Y_ROWS: (string | number | null)[][] = [
  ['令和3年度', 4, 4, 60, 52, 2, 2, 1, 0, 20, 18],
  ['令和4年度', 6, 6, 100, 94, 4, 5, 2, 1, 25, 22],
  ['令和5年度', 8, 7, 140, 126, 5, 5, 2, 2, 30, 25],
  ['令和6年度', 8, 8, 160, 131, 6, 7, 3, 1, 30, 27],
  ['令和7年度', 8, null, 180, null, 6, null, 3, null, 35, null],
];

const yearsAsRows: Holdout2Workbook = {
  name: 'h203-wakamono-kaigi-suii',
  layout:
    'years as rows (令和3年度…令和7年度), each measure a merged heading over 目標 | 実績 with its unit on a row between, evaluated year stated in the title',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 8, 8, 8, 8, 8, 8, 8, 8, 8, 8, 30]);
    merge(ws, 1, 1, 1, 12, 'みらい若者会議　活動実績の推移（評価年度：令和６年度）');
    merge(ws, 3, 1, 5, 1, '年度');
    Y_MEASURES.forEach((m, i) => {
      merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, m.name);
      merge(ws, 4, 2 + 2 * i, 4, 3 + 2 * i, `（${m.unit}）`);
      put(ws, 5, 2 + 2 * i, ['目標', '実績']);
    });
    merge(ws, 3, 12, 5, 12, '備考');
    Y_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    put(ws, 6, 12, ['令和3年7月 若者会議設置']);
    put(ws, 9, 12, ['分科会（まちづくり・選挙啓発）を設置']);
    wrap(ws, 3, 1, 5, 12);
    box(ws, 3, 1, 5 + Y_ROWS.length, 12);
    merge(ws, 12, 1, 12, 12, '※ 令和7年度は目標値のみ。提案の事業化件数は、提案を受けて翌年度当初予算で事業化した件数を提案年度に計上。');
  },
  expected: {
    file: 'h203-wakamono-kaigi-suii.xlsx',
    fiscalYear: 2024,
    indicators: [
      ind(Y_SHEET, '若者会議の開催回数', '回', 8, 8), // A
      ind(Y_SHEET, '参加者数（延べ人数）', '人', 160, 131), // 81.9 % → B
      ind(Y_SHEET, '市への政策提案件数', '件', 6, 7), // A
      ind(Y_SHEET, '提案の事業化件数', '件', 3, 1), // 33 % → D
      ind(Y_SHEET, '登録メンバー数（年度末）', '人', 30, 27), // 90 % → B
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------------------------------------
// Forms, one 事務事業評価シート per sheet: 活動指標 and 成果指標 rows, 達成率 as a % number.
// ---------------------------------------------------------------------------------------------
interface Form {
  sheet: string;
  project: string;
  dept: string;
  since: string;
  purpose: string;
  work: string;
  rows: [string, string, string, number | string, number, number][]; // 区分, 指標名, 単位, R4実績, R5目標, R5実績
  review: string;
  next: string;
}

const FORMS: Form[] = [
  {
    sheet: '01主権者教育',
    project: '主権者教育推進事業',
    dept: '選挙管理委員会事務局',
    since: '平成28年度～',
    purpose: '児童生徒が選挙の意義や仕組みを理解し、将来の有権者として主体的に政治に参加する意識を育む。',
    work: '小・中・高等学校での出前授業（21回）、実物の投票箱・記載台の貸出（9件）、教員向け研修会（1回）',
    rows: [
      ['活動指標', '出前授業の実施回数', '回', 14, 18, 21],
      ['成果指標', '授業後アンケートで「選挙に行こうと思う」と答えた生徒の割合', '％', 78.2, 85.0, 81.3],
    ],
    review: '実施回数は目標を上回ったが、意識の向上は目標に届かなかった。',
    next: '継続',
  },
  {
    sheet: '02若者会議',
    project: '若者会議運営事業',
    dept: '企画政策課',
    since: '令和3年度～',
    purpose: '若者が市政に意見を述べ、まちづくりに参画する機会をつくる。',
    work: '全体会5回・分科会4回の開催、市長との意見交換会、政策提案書の提出（5件）',
    rows: [
      ['活動指標', '若者会議の開催回数', '回', 8, 10, 9],
      ['成果指標', '若者会議からの政策提案件数', '件', 4, 5, 5],
    ],
    review: '台風接近により分科会1回を中止したが、提案件数は目標どおり。',
    next: '拡充',
  },
  {
    sheet: '03若年層選挙啓発',
    project: '若年層選挙啓発事業',
    dept: '選挙管理委員会事務局',
    since: '令和元年度～',
    purpose: '若年層の投票率向上のため、SNS等を活用して選挙の情報を届ける。',
    work: 'LINE・Instagramでの情報発信（74件）、大学生選挙サポーターによる啓発動画の制作（2本）',
    rows: [
      ['活動指標', 'SNSによる啓発投稿数', '件', 52, 60, 74],
      ['成果指標', '18・19歳の投票率（市議会議員一般選挙）', '％', '－', 40.0, 33.6],
    ],
    review: '投稿数は目標を上回った。投票率は前回（平成31年）の29.5％から上昇したが目標には届かなかった。',
    next: '継続',
  },
];

function buildForm(ws: Worksheet, f: Form): void {
  widths(ws, [16, 22, 22, 7, 12, 12, 12, 10]);
  merge(ws, 1, 1, 1, 8, '令和５年度　事務事業評価シート');
  put(ws, 3, 1, ['事業名']);
  merge(ws, 3, 2, 3, 8, f.project);
  put(ws, 4, 1, ['所管課']);
  merge(ws, 4, 2, 4, 4, f.dept);
  put(ws, 4, 5, ['事業期間']);
  merge(ws, 4, 6, 4, 8, f.since);
  put(ws, 5, 1, ['事業の目的']);
  merge(ws, 5, 2, 5, 8, f.purpose);
  put(ws, 6, 1, ['令和5年度の\n取組内容']);
  merge(ws, 6, 2, 6, 8, f.work);
  box(ws, 3, 1, 6, 8);
  put(ws, 8, 1, ['■ 指標']);
  put(ws, 9, 1, ['区分']);
  merge(ws, 9, 2, 9, 3, '指標名');
  put(ws, 9, 4, ['単位', '令和4年度\n実績', '令和5年度\n目標', '令和5年度\n実績', '達成率']);
  f.rows.forEach((row, i) => {
    const r = 10 + i;
    put(ws, r, 1, [row[0]]);
    merge(ws, r, 2, r, 3, row[1]);
    put(ws, r, 4, [row[2], row[3], row[4], row[5], row[5] / row[4]]);
    ws.getCell(r, 8).numFmt = '0.0%';
  });
  wrap(ws, 9, 1, 9 + f.rows.length, 8);
  box(ws, 9, 1, 9 + f.rows.length, 8);
  put(ws, 13, 1, ['評価・課題']);
  merge(ws, 13, 2, 13, 8, f.review);
  put(ws, 14, 1, ['今後の方向性']);
  merge(ws, 14, 2, 14, 8, f.next);
  box(ws, 13, 1, 14, 8);
}

const forms: Holdout2Workbook = {
  name: 'h203-jimujigyo-hyoka',
  layout: 'forms, one 事務事業評価シート per sheet (three sheets), 活動指標 / 成果指標 rows with 令和4年度実績, 令和5年度目標, 令和5年度実績 and a 達成率',
  build(wb) {
    for (const f of FORMS) buildForm(wb.addWorksheet(f.sheet), f);
  },
  expected: {
    file: 'h203-jimujigyo-hyoka.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind('01主権者教育', '出前授業の実施回数', '回', 18, 21), // A
      ind('01主権者教育', '授業後アンケートで「選挙に行こうと思う」と答えた生徒の割合', '％', 85.0, 81.3), // 95.6 % → B
      ind('02若者会議', '若者会議の開催回数', '回', 10, 9), // 90 % → B
      ind('02若者会議', '若者会議からの政策提案件数', '件', 5, 5), // A
      ind('03若年層選挙啓発', 'SNSによる啓発投稿数', '件', 60, 74), // A
      ind('03若年層選挙啓発', '18・19歳の投票率（市議会議員一般選挙）', '％', 40.0, 33.6), // 84 % → B
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, perSite, yearsAsRows, forms];
