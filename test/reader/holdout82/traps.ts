/**
 * Hold-out 82, part 3: traps (a target in 千人 and an actual in 人 for one indicator, years in descending order with the
 * current year leftmost, the year only in the sheet name 「R5施策評価」).
 */
import { ind, put, rollUp, type Holdout2Workbook } from '../holdout2/kit';

const T1 = '成果指標';
const unitChange: Holdout2Workbook = {
  name: 'h82-trap-unit-thousand',
  layout: '指定管理施設の成果指標: 単位の列は「人」、値は「85,000人」の文字、1行だけ目標が「450千人」で実績が「438,200人」、達成率の列',
  build(wb) {
    const ws = wb.addWorksheet(T1);
    put(ws, 1, 1, ['令和5年度　指定管理施設の成果指標 実績（市民文化局）']);
    put(ws, 3, 1, ['施設名', '成果指標', '単位', '令和5年度目標', '令和5年度実績', '達成率', '備考']);
    const rows: string[][] = [
      ['市民会館', '市民会館の利用者数', '人', '450千人', '438,200人', '97.4%', '大ホール改修（R5.1〜3）'],
      ['美術館', '美術館の観覧者数', '人', '85,000人', '91,340人', '107.5%', '特別展2回'],
      ['科学館', '科学館の入館者数', '人', '210,000人', '168,900人', '80.4%'],
      ['総合体育館', '総合体育館の利用者数', '人', '320,000人', '251,600人', '78.6%', '空調工事で一部休館'],
      ['歴史民俗資料館', '歴史民俗資料館の見学者数', '人', '42,000人', '24,150人', '57.5%'],
      ['生涯学習センター', '市民講座の開催回数', '回', '120回', '126回', '105.0%'],
    ];
    rows.forEach((r, i) => put(ws, 4 + i, 1, r));
    put(ws, 11, 1, ['※達成率＝実績÷目標。目標は指定管理者の事業計画書による。']);
    ws.getColumn(2).width = 28;
  },
  expected: {
    file: 'h82-trap-unit-thousand.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T1, '市民会館の利用者数', '人', 450000, 438200),
      ind(T1, '美術館の観覧者数', '人', 85000, 91340),
      ind(T1, '科学館の入館者数', '人', 210000, 168900),
      ind(T1, '総合体育館の利用者数', '人', 320000, 251600),
      ind(T1, '歴史民俗資料館の見学者数', '人', 42000, 24150),
      ind(T1, '市民講座の開催回数', '回', 120, 126),
    ],
    groups: [],
  },
};

const T2 = '成果指標の推移';
const descending: Holdout2Workbook = {
  name: 'h82-trap-descending-years',
  layout: '環境基本計画の成果指標: 年度の列が新しい順（令和5年度・令和4年度・令和3年度、各目標/実績の2段見出し）、方向の列、令和5年度実績が集計中の指標',
  build(wb) {
    const ws = wb.addWorksheet(T2);
    put(ws, 1, 1, ['みなと市環境基本計画　成果指標の状況（令和5年度評価）']);
    put(ws, 2, 8, ['環境局 環境政策課']);
    put(ws, 4, 1, ['成果指標', '単位', '方向', '令和5年度', undefined, '令和4年度', undefined, '令和3年度']);
    put(ws, 5, 4, ['目標', '実績', '目標', '実績', '目標', '実績']);
    for (const c of ['A', 'B', 'C']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('D4:E4');
    ws.mergeCells('F4:G4');
    ws.mergeCells('H4:I4');
    const rows: (string | number)[][] = [
      ['家庭ごみの1人1日当たり排出量', 'g', '↓', 480, 492, 490, 501, 500, 512],
      ['リサイクル率', '％', '↑', 30.0, 27.1, 29.0, 27.8, 28.0, 27.5],
      ['環境出前講座の受講者数', '人', '↑', 6000, 6420, 5500, 4980, 5000, 3120],
      ['市域の温室効果ガス排出量', '万t-CO2', '↓', 1020, '集計中', 1050, 1068, 1080, 1102],
      ['生ごみ処理機の購入助成件数', '件', '↑', 400, 262, 400, 388, 350, 402],
      ['環境保全活動への参加者数', '人', '↑', 12000, 7100, 11000, 10230, 10000, 6840],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※方向　↑：増加を目指す　↓：減少を目指す']);
    put(ws, 14, 1, ['※温室効果ガス排出量は国の統計の公表後に算定するため、令和5年度の値は令和7年度に確定する。']);
    ws.getColumn(1).width = 30;
  },
  expected: {
    file: 'h82-trap-descending-years.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(T2, '家庭ごみの1人1日当たり排出量', 'g', 480, 492, { direction: 'down' }),
      ind(T2, 'リサイクル率', '％', 30.0, 27.1),
      ind(T2, '環境出前講座の受講者数', '人', 6000, 6420),
      ind(T2, '市域の温室効果ガス排出量', '万t-CO2', 1020, null, { direction: 'down', actualStatus: 'pending' }),
      ind(T2, '生ごみ処理機の購入助成件数', '件', 400, 262),
      ind(T2, '環境保全活動への参加者数', '人', 12000, 7100),
    ],
    groups: [],
  },
};

const T3 = 'R5施策評価';
const nameGrades: Holdout2Workbook['expected']['indicators'] = [
  ind(T3, '民生委員・児童委員の充足率', '％', 100.0, 92.5, { existing: 'B' }),
  ind(T3, '地域福祉活動への参加者数', '人', 22000, 17160, { existing: 'B' }),
  ind(T3, '生活困窮者自立支援による就労者数', '人', 150, 163, { existing: 'A' }),
  ind(T3, '成年後見制度に関する研修の開催回数', '回', 12, 12, { existing: 'A' }),
  ind(T3, 'ボランティアセンターの登録者数', '人', 6000, 3410, { existing: 'D' }),
];
const yearInName: Holdout2Workbook = {
  name: 'h82-trap-year-in-sheet-name',
  layout: '施策評価シート: 年度はシート名「R5施策評価」だけ（表題・見出しに年度なし）、目標値・実績値・達成率・評価の列、空の施策の総合評価欄',
  build(wb) {
    const ws = wb.addWorksheet(T3);
    put(ws, 1, 1, ['みなと市　施策評価シート']);
    put(ws, 2, 1, ['施策', '4-3　地域福祉の推進', undefined, undefined, undefined, '所管局', '健康福祉局']);
    ws.mergeCells('B2:E2');
    put(ws, 4, 1, ['施策の総合評価']);
    ws.mergeCells('B4:C4');
    put(ws, 6, 1, ['成果指標', '指標の種類', '単位', '基準値', '目標値', '実績値', '達成率', '評価']);
    const rows: (string | number)[][] = [
      ['民生委員・児童委員の充足率', '成果', '％', 94.0, 100.0, 92.5, '92.5%', 'B'],
      ['地域福祉活動への参加者数', '成果', '人', 18400, 22000, 17160, '78.0%', 'B'],
      ['生活困窮者自立支援による就労者数', '成果', '人', 120, 150, 163, '108.7%', 'A'],
      ['成年後見制度に関する研修の開催回数', '活動', '回', 6, 12, 12, '100.0%', 'A'],
      ['ボランティアセンターの登録者数', '活動', '人', 5200, 6000, 3410, '56.8%', 'D'],
    ];
    rows.forEach((r, i) => put(ws, 7 + i, 1, r));
    put(ws, 13, 1, ['評価　A：達成率100％以上　B：80％以上100％未満　C：60％以上80％未満　D：60％未満']);
    put(ws, 14, 1, ['※施策の総合評価は各指標の評価の平均（A4点・B3点・C2点・D1点、四捨五入）による。']);
    put(ws, 16, 1, ['【取組の成果と課題】']);
    put(ws, 17, 1, ['地域福祉活動への参加者は回復途上。ボランティア登録者の高齢化が課題。']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h82-trap-year-in-sheet-name.xlsx',
    fiscalYear: 2023,
    // The year is written only in the tab's name (「R5施策評価」): a clerk reads 令和5年度 from it. The builder expected a period
    // guess; session 36 aligned it with hold-out 71, whose sheet named 「令和6年度」 alone states the period with no guess: the
    // tab's name is the department's own statement of the year.
    indicators: nameGrades,
    groups: [{ sheet: T3, cell: 'B4', grade: rollUp(nameGrades.map((i) => i.grade)) }],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [unitChange, descending, yearInName];
