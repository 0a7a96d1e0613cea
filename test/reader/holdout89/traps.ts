/**
 * Hold-out 89, part 3: three traps of workbooks whose sheets depend on each other (last year's sheet first in the tab order,
 * a 総括表 whose pasted figures are stale against the 詳細 sheet, two sheets with indicators of the same names meaning
 * different things).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';

/** A formula cell with its cached result, as Excel saves it. */
function fx(ws: Worksheet, row: number, col: number, formula: string, result: string | number): void {
  ws.getCell(row, col).value = { formula, result };
}

// Sheets named only 「前年度」 (first, 令和4年度, 確定) and 「今年度」 (令和5年度); the year is in each sheet's title, and 今年度 copies
// 前年度's actuals into a 前年度実績 column by formula. Only 今年度 is evaluated.
type Fukushi = [string, string, number, number, string];
const r4: Fukushi[] = [
  ['就労移行支援事業の利用者数', '人', 45, 40, 'B'],
  ['グループホームの定員数', '人', 160, 152, 'B'],
  ['相談支援事業所の数', 'か所', 12, 12, 'A'],
  ['障害者就労施設等からの物品等調達額', '千円', 8500, 7930, 'B'],
  ['手話奉仕員養成講座の修了者数', '人', 20, 14, 'C'],
];
const r5: Fukushi[] = [
  ['就労移行支援事業の利用者数', '人', 48, 51, 'A'],
  ['グループホームの定員数', '人', 170, 158, 'B'],
  ['相談支援事業所の数', 'か所', 13, 12, 'B'],
  ['障害者就労施設等からの物品等調達額', '千円', 9000, 9412, 'A'],
  ['手話奉仕員養成講座の修了者数', '人', 20, 11, 'D'],
];
const T1 = '今年度';
const zennendo: Holdout2Workbook = {
  name: 'h89-trap-zennendo-first',
  layout:
    '障害福祉計画の成果指標: シート「前年度」（先頭、令和4年度・確定）と「今年度」（令和5年度）、年度はタイトルにのみ、今年度の前年度実績列は前年度シートを参照する数式',
  build(wb) {
    const last = wb.addWorksheet('前年度');
    put(last, 1, 1, ['令和4年度　障害福祉計画　成果指標の達成状況（確定）']);
    put(last, 3, 1, ['No.', '指標', '単位', '目標値', '実績値', '達成率', '評価']);
    r4.forEach(([name, unit, target, actual, grade], i) => {
      put(last, 4 + i, 1, [i + 1, name, unit, target, actual, actual / target, grade]);
      last.getCell(4 + i, 6).numFmt = '0.0%';
    });
    last.getColumn(2).width = 34;
    const cur = wb.addWorksheet(T1);
    put(cur, 1, 1, ['令和5年度　障害福祉計画　成果指標の達成状況']);
    put(cur, 2, 1, ['障害福祉課（令和6年5月作成）']);
    put(cur, 3, 1, ['No.', '指標', '単位', '目標値', '実績値', '達成率', '評価', '前年度実績']);
    r5.forEach(([name, unit, target, actual, grade], i) => {
      put(cur, 4 + i, 1, [i + 1, name, unit, target, actual]);
      fx(cur, 4 + i, 6, `E${4 + i}/D${4 + i}`, actual / target);
      cur.getCell(4 + i, 6).numFmt = '0.0%';
      put(cur, 4 + i, 7, [grade]);
      fx(cur, 4 + i, 8, `前年度!E${4 + i}`, r4[i][3]);
    });
    put(cur, 10, 1, ['評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    cur.getColumn(2).width = 34;
  },
  expected: {
    file: 'h89-trap-zennendo-first.xlsx',
    fiscalYear: 2023,
    indicators: r5.map(([name, unit, target, actual, grade]) => ind(T1, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

// A 総括表 (first) with figures pasted as values from the 速報 (as of 4月15日) and grades from them; the 詳細 sheet was updated
// with the 確定値 on 6月10日 (three actuals and one grade changed). The clerk reads the 詳細 sheet.
type Kanko = [string, string, number, number, number, string, string, string];
const kanko: Kanko[] = [
  ['観光入込客数', '万人', 320, 296.0, 301.4, 'B', 'B', '観光動態調査'],
  ['宿泊者数', '人', 410000, 372000, 388215, 'B', 'B', '宿泊施設調査'],
  ['外国人宿泊者数', '人', 25000, 24100, 27430, 'B', 'A', '宿泊施設調査'],
  ['観光案内所の利用者数', '人', 42000, 39870, 39870, 'B', 'B', '案内所日報'],
  ['観光ボランティアガイドの案内件数', '件', 600, 455, 455, 'C', 'C', 'ガイド協会報告'],
  ['観光客満足度', '％', 85.0, 87.2, 87.2, 'A', 'A', '来訪者アンケート'],
];
const T2 = '詳細';
const stale: Holdout2Workbook = {
  name: 'h89-trap-stale-summary',
  layout:
    '観光振興計画の進捗: 総括表（先頭、令和6年4月15日時点の速報値を値貼り付け、評価も速報ベース）と詳細シート（令和6年6月10日に確定値へ更新、3指標の実績と1指標の評価が違う）',
  build(wb) {
    const sum = wb.addWorksheet('総括表');
    put(sum, 1, 1, ['令和5年度　観光振興計画　進捗状況総括表']);
    put(sum, 2, 1, ['（令和6年4月15日時点の速報値により作成）']);
    put(sum, 4, 1, ['指標', '単位', '目標値', '実績値', '評価']);
    kanko.forEach(([name, unit, target, quick, , grade], i) => put(sum, 5 + i, 1, [name, unit, target, quick, grade]));
    sum.getColumn(1).width = 32;
    const det = wb.addWorksheet(T2);
    put(det, 1, 1, ['令和5年度　観光振興計画　成果指標の詳細']);
    put(det, 2, 1, ['令和6年6月10日更新（確定値）　観光交流課']);
    put(det, 4, 1, ['No.', '指標', '単位', '目標値（R5）', '実績値（R5）', '達成率', '評価', '把握方法', '備考']);
    kanko.forEach(([name, unit, target, quick, actual, , grade, how], i) => {
      put(det, 5 + i, 1, [i + 1, name, unit, target, actual]);
      fx(det, 5 + i, 6, `E${5 + i}/D${5 + i}`, actual / target);
      det.getCell(5 + i, 6).numFmt = '0.0%';
      put(det, 5 + i, 7, [grade, how, quick !== actual ? `確定値に更新（速報値 ${quick.toLocaleString('ja-JP')}）` : undefined]);
    });
    put(det, 12, 1, ['※総括表は速報値時点のもの。数値は本シートの確定値を正とする。']);
    put(det, 13, 1, ['評価　A：100％以上　B：80％以上　C：60％以上　D：60％未満']);
    det.getColumn(2).width = 32;
    det.getColumn(9).width = 30;
  },
  expected: {
    file: 'h89-trap-stale-summary.xlsx',
    fiscalYear: 2023,
    indicators: kanko.map(([name, unit, target, , actual, , grade]) => ind(T2, name, unit, target, actual, { existing: grade })),
    groups: [],
  },
};

// Two KPI × period sheets (スポーツ推進, 生涯学習) that both have 「施設利用者数」 and 「教室参加者数」, counting different
// facilities and classes: two indicators each, one per sheet, never joined or merged.
type Kpi = { name: string; unit: string; targets: number[]; actuals: (number | undefined)[] };
const sports: Kpi[] = [
  { name: '施設利用者数', unit: '人', targets: [360000, 372000, 385000, 398000, 410000], actuals: [298450, 341200, 362410] },
  { name: '教室参加者数', unit: '人', targets: [3800, 4000, 4200, 4400, 4600], actuals: [3120, 3960, 4530] },
  { name: '総合型地域スポーツクラブの会員数', unit: '人', targets: [1100, 1200, 1300, 1400, 1500], actuals: [982, 1015, 1046] },
];
const gakushu: Kpi[] = [
  { name: '施設利用者数', unit: '人', targets: [190000, 200000, 210000, 220000, 230000], actuals: [128300, 142650, 151800] },
  { name: '教室参加者数', unit: '人', targets: [5500, 6000, 6500, 7000, 7500], actuals: [4210, 5340, 5980] },
  { name: '図書館の貸出冊数', unit: '冊', targets: [700000, 710000, 720000, 730000, 740000], actuals: [688120, 702480, 698300] },
];
function kpiSheet(ws: Worksheet, title: string, note: string, rows: Kpi[]): void {
  put(ws, 1, 1, [title]);
  put(ws, 3, 1, ['KPI', '単位', '区分', 'R3年度', 'R4年度', 'R5年度', 'R6年度', 'R7年度']);
  rows.forEach((k, i) => {
    const r = 4 + i * 2;
    put(ws, r, 1, [k.name, k.unit, '目標', ...k.targets]);
    put(ws, r + 1, 3, ['実績', ...k.actuals]);
    ws.mergeCells(r, 1, r + 1, 1);
    ws.mergeCells(r, 2, r + 1, 2);
  });
  put(ws, 11, 1, [note]);
  ws.getColumn(1).width = 32;
}
const S1 = 'スポーツ推進';
const S2 = '生涯学習';
const sameName: Holdout2Workbook = {
  name: 'h89-trap-same-name-two-sheets',
  layout:
    '教育委員会のKPI: スポーツ推進シートと生涯学習シート（KPI×年度、目標行・実績行）の両方に「施設利用者数」「教室参加者数」、意味は注記で別（体育施設7施設／公民館12館）',
  build(wb) {
    kpiSheet(
      wb.addWorksheet(S1),
      '令和5年度評価　スポーツ推進計画　KPI',
      '※施設利用者数は市営体育施設7施設の延べ利用者数、教室参加者数は市主催スポーツ教室の延べ参加者数。',
      sports,
    );
    kpiSheet(
      wb.addWorksheet(S2),
      '令和5年度評価　生涯学習推進計画　KPI',
      '※施設利用者数は公民館12館の延べ利用者数、教室参加者数は公民館主催講座の延べ参加者数。',
      gakushu,
    );
  },
  expected: {
    file: 'h89-trap-same-name-two-sheets.xlsx',
    fiscalYear: 2023,
    indicators: [
      ...sports.map((k) => ind(S1, k.name, k.unit, k.targets[2], k.actuals[2] as number)),
      ...gakushu.map((k) => ind(S2, k.name, k.unit, k.targets[2], k.actuals[2] as number)),
    ],
    groups: [],
  },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [zennendo, stale, sameName];
