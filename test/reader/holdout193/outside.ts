/**
 * Hold-out 193, shapes outside the four families that an urban-agriculture office uses: a monthly table of 農業体験 with
 * 計画/実績 rows and a 年間計 column, years as rows (市民農園 figures since 令和元年度, pairs of 目標/実績 columns), one
 * 事務事業評価調書 per sheet, and an action plan's 進捗管理表 graded with ◎○△× by a legend.
 */
import { box, merge, widths, wrap } from '../holdout2/cells';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

// ---------------------------------------------------------------- monthly table

const M_SHEET = '月別実績';
const MONTHS = ['4月', '5月', '6月', '7月', '8月', '9月', '10月', '11月', '12月', '1月', '2月', '3月'];

interface Menu {
  name: string;
  unit: string;
  plan: (number | null)[];
  done: (number | string | null)[];
  note: string;
}

const MENUS: Menu[] = [
  {
    name: '田植え体験',
    unit: '人',
    plan: [null, 120, 60],
    done: [null, 132, 54],
    note: '市内3地区の水田',
  },
  {
    name: '稲刈り体験',
    unit: '人',
    plan: [null, null, null, null, null, 100, 80],
    done: [null, null, null, null, null, 71, 66],
    note: '9月は猛暑のため時間短縮',
  },
  {
    name: '野菜収穫体験',
    unit: '人',
    plan: [null, null, 80, 120, 120, null, 80, 80, 40],
    done: [null, null, 76, 131, 98, null, 90, 64, 35],
    note: '',
  },
  {
    name: '親子農業教室',
    unit: '人',
    plan: [30, 30, 30, 30, 30, 30, 30, 30, 30, null, null, 30],
    done: [28, 30, 26, 30, 18, 24, 30, 27, 20, null, null, 18],
    note: '1・2月は休講',
  },
  {
    name: '出張農業講座（市民センター）',
    unit: '回',
    plan: [2, 2, 2, 2, null, 2, 2, 2, null, 2, 2, 2],
    done: [1, 2, 1, 2, null, 1, 2, 1, null, 1, 1, 1],
    note: '講師（JA営農指導員）の都合による',
  },
  {
    name: '援農ボランティア研修',
    unit: '人',
    plan: [null, null, 40, null, null, null, null, 40],
    done: [null, null, 38, null, null, null, null, '中止'],
    note: '11月は荒天のため中止',
  },
];

const total = (xs: (number | string | null)[]) => xs.reduce<number>((a, x) => a + (typeof x === 'number' ? x : 0), 0);

const monthly: Holdout2Workbook = {
  name: 'h193-taiken-getsubetsu',
  layout: 'monthly table: each 体験メニュー has 計画/実績 rows over 4月…3月 and a 年間計 column of SUM formulas, one menu counted in 回, a 中止 month',
  build(wb) {
    const ws = wb.addWorksheet(M_SHEET);
    widths(ws, [26, 6, 6, ...MONTHS.map(() => 6), 9, 24]);
    merge(ws, 1, 1, 1, 17, '令和５年度　農業体験事業　月別実施状況');
    put(ws, 2, 15, ['さくら野市 農政課']);
    put(ws, 3, 1, ['体験メニュー', '区分', '単位', ...MONTHS, '年間計', '備考']);
    let r = 4;
    for (const m of MENUS) {
      merge(ws, r, 1, r + 1, 1, m.name);
      merge(ws, r, 3, r + 1, 3, m.unit);
      merge(ws, r, 17, r + 1, 17, m.note || undefined);
      put(ws, r, 2, ['計画']);
      put(ws, r + 1, 2, ['実績']);
      put(ws, r, 4, m.plan);
      put(ws, r + 1, 4, m.done);
      ws.getCell(r, 16).value = { formula: `SUM(D${r}:O${r})`, result: total(m.plan) };
      ws.getCell(r + 1, 16).value = { formula: `SUM(D${r + 1}:O${r + 1})`, result: total(m.done) };
      r += 2;
    }
    box(ws, 3, 1, r - 1, 17);
    wrap(ws, 4, 17, r - 1, 17);
    put(ws, r + 1, 1, ['※計画は当初計画（令和5年4月策定）。実績は参加者数（出張農業講座は開催回数）。']);
  },
  expected: {
    file: 'h193-taiken-getsubetsu.xlsx',
    fiscalYear: 2023,
    indicators: MENUS.map((m) => ind(M_SHEET, m.name, m.unit, total(m.plan), total(m.done))),
    groups: [],
  },
};

// ---------------------------------------------------------------- years as rows

const Y_SHEET = '推移';

const yearsAsRows: Holdout2Workbook = {
  name: 'h193-shimin-noen-suii',
  layout:
    'years as rows (令和元年度…令和6年度, the last with targets only), each indicator a 目標/実績 column pair under a merged heading with its unit, one 上限 target (fewer is better)',
  build(wb) {
    const ws = wb.addWorksheet(Y_SHEET);
    widths(ws, [12, 9, 9, 9, 9, 9, 9, 9, 9, 10, 9]);
    merge(ws, 1, 1, 1, 11, '市民農園・農業講習会の実績の推移（令和５年度 事務事業評価 添付資料）');
    merge(ws, 3, 1, 4, 1, '年度');
    const heads = ['市民農園区画数（区画）', '市民農園利用率（％）', '農業講習会開催回数（回）', '講習会参加者数（人）', '市民農園待機者数（人）'];
    heads.forEach((h, i) => {
      merge(ws, 3, 2 + 2 * i, 3, 3 + 2 * i, h);
      put(ws, 4, 2 + 2 * i, [i === 4 ? '目標（上限）' : '目標', '実績']);
    });
    const rows: (string | number | null)[][] = [
      ['令和元年度', 1050, 1040, 90.0, 89.1, 24, 24, 480, 455, 50, 72],
      ['令和２年度', 1100, 1080, 90.0, 88.5, 24, 8, 480, 120, 50, 64],
      ['令和３年度', 1130, 1120, 91.0, 90.3, 24, 16, 480, 290, 60, 70],
      ['令和４年度', 1190, 1180, 91.5, 92.0, 24, 20, 480, 372, 60, 78],
      ['令和５年度', 1250, 1212, 92.0, 93.4, 24, 18, 480, 401, 60, 85],
      ['令和６年度', 1280, null, 92.5, null, 24, null, 480, null, 60, null],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    wrap(ws, 3, 1, 4, 11);
    box(ws, 3, 1, 4 + rows.length, 11);
    put(ws, 6 + rows.length, 1, ['※市民農園待機者数は少ないほど良い指標（目標は上限値）。各年度4月1日現在の利用待ち登録者数。']);
    put(ws, 7 + rows.length, 1, ['※令和２・３年度は新型コロナウイルス感染症の影響により講習会を縮小して開催。']);
  },
  expected: {
    file: 'h193-shimin-noen-suii.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(Y_SHEET, '市民農園区画数', '区画', 1250, 1212),
      ind(Y_SHEET, '市民農園利用率', '％', 92.0, 93.4),
      ind(Y_SHEET, '農業講習会開催回数', '回', 24, 18),
      ind(Y_SHEET, '講習会参加者数', '人', 480, 401),
      ind(Y_SHEET, '市民農園待機者数', '人', 60, 85, { direction: 'down' }),
    ],
    groups: [],
  },
};

// ---------------------------------------------------------------- one form per sheet

interface Form {
  sheet: string;
  project: string;
  section: string;
  purpose: string;
  content: string;
  cost: number;
  rows: [string, string, string, number, number, string][];
  view: string;
}

const FORMS: Form[] = [
  {
    sheet: '調書1 市民農園',
    project: '市民農園運営事業',
    section: '経済環境部 農政課',
    purpose: '市民が土に親しみ、農業への理解を深める場として市民農園を提供する。',
    content: '市内12か所の市民農園（1区画15㎡）の管理運営を指定管理者に委託し、利用者を年1回募集する。',
    cost: 18420,
    rows: [
      ['活動指標', '市民農園の募集区画数', '区画', 1250, 1250, 'A'],
      ['成果指標', '市民農園の利用率', '％', 95.0, 91.2, 'B'],
    ],
    view: '駅から遠い農園で空き区画が生じている。募集時期の見直しと区画の分割を検討する。',
  },
  {
    sheet: '調書2 体験農園',
    project: '体験農園開設支援事業',
    section: '経済環境部 農政課',
    purpose: '農家が指導しながら市民が栽培を体験する農業体験農園の開設を支援し、農地の保全と農業経営の安定を図る。',
    content: '農業体験農園の開設に要する休憩施設・農機具庫等の整備費の2/3（上限300万円）を補助する。',
    cost: 3600,
    rows: [
      ['活動指標', '体験農園の開設支援件数', '件', 2, 1, 'C'],
      ['成果指標', '体験農園の利用者数', '人', 300, 268, 'B'],
    ],
    view: '開設予定の1園は資材高騰により着工が遅れ、令和6年春の開園となった。',
  },
  {
    sheet: '調書3 食農教育',
    project: '食農教育推進事業',
    section: '経済環境部 農政課／教育委員会 学校教育課',
    purpose: '児童が地域の農業に触れ、食と農への関心を高める。',
    content: '市内農業者を講師とした小学校への出前授業と、学校給食での地場野菜の紹介を行う。',
    cost: 1250,
    rows: [
      ['活動指標', '出前授業の実施回数', '回', 30, 34, 'A'],
      ['成果指標', '「農業に関心を持った」と答えた児童の割合', '％', 80.0, 86.5, 'A'],
    ],
    view: '受入れ農家の負担軽減のため、動画教材の活用を進める。',
  },
];

const formsPerSheet: Holdout2Workbook = {
  name: 'h193-jigyo-chosho-noen',
  layout:
    "one 事務事業評価調書 per sheet (label–value form): 活動指標 and 成果指標 rows with 目標/実績, a 達成率 formula column, the department's 達成度, a 決算額 that is no indicator",
  build(wb) {
    for (const f of FORMS) {
      const ws = wb.addWorksheet(f.sheet);
      widths(ws, [12, 34, 7, 13, 13, 10, 8]);
      merge(ws, 1, 1, 1, 7, '令和５年度　事務事業評価調書');
      ws.getCell(1, 1).font = { bold: true, size: 13 };
      put(ws, 3, 1, ['事業名']);
      merge(ws, 3, 2, 3, 7, f.project);
      put(ws, 4, 1, ['所管課']);
      merge(ws, 4, 2, 4, 7, f.section);
      put(ws, 5, 1, ['事業の目的']);
      merge(ws, 5, 2, 5, 7, f.purpose);
      put(ws, 6, 1, ['事業の内容']);
      merge(ws, 6, 2, 6, 7, f.content);
      box(ws, 3, 1, 6, 7);
      put(ws, 8, 1, ['■ 指標']);
      put(ws, 9, 1, ['区分', '指標名', '単位', '令和5年度\n目標', '令和5年度\n実績', '達成率', '達成度']);
      f.rows.forEach((row, i) => {
        const r = 10 + i;
        put(ws, r, 1, [row[0], row[1], row[2], row[3], row[4]]);
        ws.getCell(r, 6).value = { formula: `E${r}/D${r}`, result: row[4] / row[3] };
        ws.getCell(r, 6).numFmt = '0.0%';
        put(ws, r, 7, [row[5]]);
      });
      wrap(ws, 9, 1, 11, 7);
      box(ws, 9, 1, 11, 7);
      put(ws, 12, 1, ['※達成度　A：100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
      put(ws, 14, 1, ['■ 事業費']);
      put(ws, 15, 1, ['決算額', f.cost, '千円']);
      box(ws, 15, 1, 15, 3);
      put(ws, 17, 1, ['評価・課題']);
      merge(ws, 17, 2, 18, 7, f.view);
      put(ws, 19, 1, ['今後の方向性', '継続']);
      box(ws, 17, 1, 19, 7);
    }
  },
  expected: {
    file: 'h193-jigyo-chosho-noen.xlsx',
    fiscalYear: 2023,
    indicators: FORMS.flatMap((f) => f.rows.map((row) => ind(f.sheet, row[1], row[2], row[3], row[4], { existing: row[5] }))),
    groups: [],
  },
};

// ---------------------------------------------------------------- 進捗管理表 with marks

const P_SHEET = '進捗管理表';

const progress: Holdout2Workbook = {
  name: 'h193-action-shinchoku',
  layout:
    '進捗管理表: 施策の柱 merged down the rows, 基準値（R3）, a merged 令和5年度 heading over 目標/実績, ◎○△× marks with a legend of the standard bands, 未実施',
  build(wb) {
    const ws = wb.addWorksheet(P_SHEET);
    widths(ws, [4, 14, 20, 26, 7, 10, 10, 10, 6, 12, 30]);
    merge(ws, 1, 1, 1, 11, 'さくら野市都市農業振興アクションプラン　進捗管理表（令和５年度末）');
    merge(ws, 3, 1, 4, 1, 'No.');
    merge(ws, 3, 2, 4, 2, '施策の柱');
    merge(ws, 3, 3, 4, 3, '取組');
    merge(ws, 3, 4, 4, 4, '指標');
    merge(ws, 3, 5, 4, 5, '単位');
    merge(ws, 3, 6, 4, 6, '基準値\n（R3）');
    merge(ws, 3, 7, 3, 8, '令和5年度');
    put(ws, 4, 7, ['目標', '実績']);
    merge(ws, 3, 9, 4, 9, '進捗');
    merge(ws, 3, 10, 4, 10, '担当課');
    merge(ws, 3, 11, 4, 11, '課題・次年度の取組');
    const rows: (string | number | undefined)[][] = [
      [1, undefined, '防災協力農地の登録', '防災協力農地登録数', '箇所', 22, 35, 29, '○', '防災課', '登録農地の表示板を整備'],
      [2, undefined, '遊休農地の解消', '遊休農地の解消面積', 'ha', 1.2, 2.0, 1.8, '○', '農業委員会', '農地中間管理機構との連携'],
      [3, undefined, '市民農園の整備', '市民農園区画数', '区画', 1120, 1250, 1212, '○', '農政課', 'みずき台市民農園をR6に開設'],
      [4, undefined, '農業体験機会の充実', '農業体験イベント参加者数', '人', 1980, 3200, 3415, '◎', '農政課', undefined],
      [5, undefined, '援農ボランティアの育成', '援農ボランティア登録者数', '人', 95, 150, 104, '○', '農政課', '養成講座の講師確保'],
      [6, undefined, '学校農園の支援', '学校農園設置校数', '校', 20, 24, 24, '◎', '学校教育課', undefined],
      [7, undefined, '農産物直売の推進', '直売所マップ掲載店舗数', '店舗', 48, 60, '未実施', '×', '農政課', 'マップ改訂はR6に延期'],
    ];
    rows.forEach((row, i) => put(ws, 5 + i, 1, row));
    merge(ws, 5, 2, 6, 2, '１ 農地を守る');
    merge(ws, 7, 2, 9, 2, '２ 農とふれあう');
    merge(ws, 10, 2, 11, 2, '３ 農を支える');
    wrap(ws, 3, 1, 11, 11);
    box(ws, 3, 1, 11, 11);
    put(ws, 13, 1, ['【進捗の見方】　◎：達成率100％以上　○：80％以上100％未満　△：60％以上80％未満　×：60％未満（未実施を含む）']);
    put(ws, 14, 1, ['※基準値は計画策定時（令和3年度末）の値。進捗は各担当課による自己評価。']);
  },
  expected: {
    file: 'h193-action-shinchoku.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(P_SHEET, '防災協力農地登録数', '箇所', 35, 29, { existing: '○' }),
      ind(P_SHEET, '遊休農地の解消面積', 'ha', 2.0, 1.8, { existing: '○' }),
      ind(P_SHEET, '市民農園区画数', '区画', 1250, 1212, { existing: '○' }),
      ind(P_SHEET, '農業体験イベント参加者数', '人', 3200, 3415, { existing: '◎' }),
      ind(P_SHEET, '援農ボランティア登録者数', '人', 150, 104, { existing: '○' }),
      ind(P_SHEET, '学校農園設置校数', '校', 24, 24, { existing: '◎' }),
      ind(P_SHEET, '直売所マップ掲載店舗数', '店舗', 60, null, { existing: '×', actualStatus: 'not-implemented' }),
    ],
    groups: [],
  },
};

export const OUTSIDE_WORKBOOKS: Holdout2Workbook[] = [monthly, yearsAsRows, formsPerSheet, progress];
