/** Hold-out 83, part 3: three traps (a blank 実績値 column beside a filled 見込値 column, a 「前年度比5％増」 target, two year sheets of one layout). */
import type { Workbook } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

type Cell = string | number | undefined;

// The current year's 実績値 column is blank (the year has not closed); the 見込値 column beside it is what the clerk reads, as provisional.
const M1 = '進捗状況';
const mikomi: Holdout2Workbook = {
  name: 'h83-trap-blank-actual-estimate',
  layout: '高齢者福祉計画の進捗: 令和5年度 目標値・実績値（全行空欄）・見込値の3列、見込値に「集計中」の行、「18.5以下」の目標、作成は令和6年2月',
  build(wb) {
    const ws = wb.addWorksheet(M1);
    put(ws, 1, 1, ['みずほ市高齢者福祉計画・第8期介護保険事業計画（令和3～5年度）　令和5年度 取組の進捗状況']);
    put(ws, 2, 1, ['（令和6年2月作成）', undefined, undefined, undefined, undefined, undefined, '長寿福祉課']);
    put(ws, 4, 1, ['No.', '取組の指標', '単位', '令和4年度実績', '令和5年度', undefined, undefined, '備考']);
    put(ws, 5, 5, ['目標値', '実績値', '見込値']);
    for (const c of ['A', 'B', 'C', 'D', 'H']) ws.mergeCells(`${c}4:${c}5`);
    ws.mergeCells('E4:G4');
    const rows: Cell[][] = [
      [1, '介護予防教室の参加者数', '人', 2210, 2400, undefined, 2150],
      [2, '認知症サポーター養成数（累計）', '人', 11620, 12000, undefined, 12480],
      [3, '高齢者サロンの設置数', 'か所', 74, 85, undefined, 78],
      [4, '要介護認定率', '％', 18.9, '18.5以下', undefined, 19.2, '第1号被保険者'],
      [5, 'シルバー人材センターの会員数', '人', 872, 900, undefined, '集計中', '3月末の会員数を4月に集計'],
      [6, '配食サービスの利用者数', '人', 298, 320, undefined, 256],
    ];
    rows.forEach((r, i) => put(ws, 6 + i, 1, r));
    put(ws, 13, 1, ['※令和5年度の実績値は年度終了後に確定するため空欄とし、令和6年1月末時点の見込値を記載した。']);
    ws.getColumn(2).width = 32;
  },
  expected: {
    file: 'h83-trap-blank-actual-estimate.xlsx',
    fiscalYear: 2023,
    indicators: [
      ind(M1, '介護予防教室の参加者数', '人', 2400, 2150, { actualStatus: 'provisional' }),
      ind(M1, '認知症サポーター養成数（累計）', '人', 12000, 12480, { actualStatus: 'provisional' }),
      ind(M1, '高齢者サロンの設置数', 'か所', 85, 78, { actualStatus: 'provisional' }),
      ind(M1, '要介護認定率', '％', 18.5, 19.2, { direction: 'down', actualStatus: 'provisional' }),
      ind(M1, 'シルバー人材センターの会員数', '人', 900, null, { actualStatus: 'pending' }),
      ind(M1, '配食サービスの利用者数', '人', 320, 256, { actualStatus: 'provisional' }),
    ],
    groups: [],
  },
};

// One target written 「前年度比5％増」 against the 令和4年度実績 column (to its right, as 参考), the others numeric or 「以下」「以内」.
const Y1 = '成果指標';
const yoy: Holdout2Workbook = {
  name: 'h83-trap-yoy-5pct',
  layout: '消防本部の成果指標: 目標の列に「前年度比5％増」（右の「令和4年度実績（参考）」の列から）と「40件以下」「8.5分以内」、自己評価 A〜D',
  build(wb) {
    const ws = wb.addWorksheet(Y1);
    put(ws, 1, 1, ['令和5年度　消防本部　成果指標の達成状況']);
    put(ws, 2, 6, ['消防本部 総務課']);
    put(ws, 4, 1, ['成果指標', '単位', '令和5年度目標', '令和5年度実績', '令和4年度実績（参考）', '自己評価']);
    const rows: Cell[][] = [
      ['救命講習の受講者数', '人', '前年度比5％増', 1905, 1840, 'A'],
      ['住宅用火災警報器の設置率', '％', 85.0, 83.6, 82.1, 'B'],
      ['火災発生件数', '件', '40件以下', 52, 47, 'C'],
      ['救急車の現場到着までの平均所要時間', '分', '8.5分以内', 9.1, 9.3, 'B'],
      ['消防団員の充足率', '％', 95.0, 72.1, 74.8, 'C'],
      ['防火査察の実施件数', '件', 1200, 1326, 1187, 'A'],
    ];
    rows.forEach((r, i) => put(ws, 5 + i, 1, r));
    put(ws, 12, 1, ['※「前年度比○％増」の目標は、令和4年度実績に対する増加率。']);
    put(ws, 13, 1, ['自己評価　A：目標達成　B：達成率80％以上　C：60％以上　D：60％未満']);
    ws.getColumn(1).width = 34;
  },
  expected: {
    file: 'h83-trap-yoy-5pct.xlsx',
    fiscalYear: 2023,
    // 1,840 × 1.05 = 1,932 is arithmetic on another cell's figure (the set 58 convention): a clerk checks it.
    guesses: ['target-from-last-year'],
    indicators: [
      ind(Y1, '救命講習の受講者数', '人', 1932, 1905, { existing: 'A' }),
      ind(Y1, '住宅用火災警報器の設置率', '％', 85.0, 83.6, { existing: 'B' }),
      ind(Y1, '火災発生件数', '件', 40, 52, { direction: 'down', existing: 'C' }),
      ind(Y1, '救急車の現場到着までの平均所要時間', '分', 8.5, 9.1, { direction: 'down', existing: 'B' }),
      ind(Y1, '消防団員の充足率', '％', 95.0, 72.1, { existing: 'C' }),
      ind(Y1, '防火査察の実施件数', '件', 1200, 1326, { existing: 'A' }),
    ],
    groups: [],
  },
};

// Two sheets of one layout, 令和4年度 (last cycle's, 評価済) first and 令和5年度 second: only 令和5年度 is evaluated.
type Row = [string, string, string, number, number, string, string];
const r4: Row[] = [
  ['公民館講座事業', '公民館講座の受講者数', '人', 4500, 4020, 'B', '継続'],
  ['図書館運営事業', '市民1人当たりの図書貸出冊数', '冊', 5.0, 4.7, 'B', '継続'],
  ['生涯学習出前講座事業', '出前講座の実施回数', '回', 150, 141, 'B', '継続'],
  ['放課後子ども教室推進事業', '放課後子ども教室の登録児童数', '人', 600, 455, 'C', '見直し'],
  ['文化財保護事業', '文化財講座・見学会の参加者数', '人', 500, 310, 'C', '継続'],
  ['二十歳のつどい開催事業', '二十歳のつどいの出席率', '％', 80.0, 78.9, 'B', '継続'],
];
const r5: Row[] = [
  ['公民館講座事業', '公民館講座の受講者数', '人', 4800, 4512, 'B', '継続'],
  ['図書館運営事業', '市民1人当たりの図書貸出冊数', '冊', 5.2, 4.9, 'B', '継続'],
  ['生涯学習出前講座事業', '出前講座の実施回数', '回', 150, 163, 'A', '継続'],
  ['放課後子ども教室推進事業', '放課後子ども教室の登録児童数', '人', 620, 418, 'C', '見直し'],
  ['文化財保護事業', '文化財講座・見学会の参加者数', '人', 500, 276, 'C', '継続'],
  ['二十歳のつどい開催事業', '二十歳のつどいの出席率', '％', 80.0, 82.6, 'A', '継続'],
];
function yearSheet(wb: Workbook, sheet: string, title: string, stated: string, rows: Row[]): void {
  const ws = wb.addWorksheet(sheet);
  put(ws, 1, 1, [title]);
  put(ws, 2, 1, [stated, undefined, undefined, undefined, undefined, undefined, undefined, '生涯学習課']);
  put(ws, 4, 1, ['No.', '事業名', '成果指標', '単位', '目標値', '実績値', '達成率', '自己評価', '今後の方向性']);
  rows.forEach(([project, name, unit, target, actual, grade, next], i) => {
    put(ws, 5 + i, 1, [i + 1, project, name, unit, target, actual, actual / target, grade, next]);
    ws.getCell(5 + i, 7).numFmt = '0.0%';
  });
  put(ws, 12, 1, ['自己評価　A：達成率100％以上　B：80％以上　C：60％以上　D：60％未満']);
  ws.getColumn(2).width = 24;
  ws.getColumn(3).width = 30;
}
const S4 = 'R4';
const S5 = 'R5';
const twoSheets: Holdout2Workbook = {
  name: 'h83-trap-two-year-sheets',
  layout: '生涯学習課の事業実績: 同じ様式のシート「R4」（前回評価分・参考）と「R5」（評価対象年度：令和5年度）、達成率の列（％書式の小数）、自己評価 A〜D',
  build(wb) {
    yearSheet(wb, S4, '令和4年度　生涯学習課　事業実績（前回評価分・参考）', '評価対象年度：令和4年度（評価済）', r4);
    yearSheet(wb, S5, '令和5年度　生涯学習課　事業実績', '評価対象年度：令和5年度', r5);
  },
  expected: {
    file: 'h83-trap-two-year-sheets.xlsx',
    fiscalYear: 2023,
    indicators: r5.map(([, name, unit, target, actual, grade]) => ind(S5, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [mikomi, yoy, twoSheets];
