/**
 * Hold-out 98, three traps about which period a figure belongs to: 暦年 columns 「2023年｜2024年」 beside 年度 columns
 * 「R4｜R5｜R6」 in one table, each row filled in one of the two (the 暦年 rows are read in 2024年, the 年度 rows in R6); a survey
 * row whose latest value is two years old (R4) while the R6 column says 「－」 (no R6 figure, no grade; the R4 value is not the
 * R6 actual); a 子ども・子育て支援事業計画 whose 4月1日現在 figures are headed 「令和6年度評価（R7.4.1現在）」 beside
 * 「令和5年度評価（R6.4.1現在）」 (the R7.4.1 figure is the 令和6年度 actual, as the sheet says).
 */
import type { Worksheet } from 'exceljs';
import { ind, put, type Holdout2Workbook } from '../holdout2/kit';
import type { ExpectedIndicator } from '../model';
import { boxes, head, merge, statusInd, widths, wrap } from './families';

const GREY = { type: 'pattern' as const, pattern: 'solid' as const, fgColor: { argb: 'FFBFBFBF' } };

function thousands(ws: Worksheet, r1: number, c1: number, r2: number, c2: number): void {
  for (let r = r1; r <= r2; r++)
    for (let c = c1; c <= c2; c++) {
      const v = ws.getCell(r, c).value;
      if (typeof v === 'number' && Number.isInteger(v) && v >= 1000) ws.getCell(r, c).numFmt = '#,##0';
    }
}

// ---------------------------------------------------------------------------------------------------------------------
// 暦年 columns headed 2023年｜2024年 beside 年度 columns headed R4｜R5｜R6.

const T1_SHEET = '成果指標';

type T1Row = [string, string, '増加' | '減少', string, (number | undefined)[], (number | undefined)[], number, string, string?];

const T1_ROWS: T1Row[] = [
  ['防災情報メールの登録者数', '人', '増加', '年度', [8200, 9050, 9880], [], 10000, 'B'],
  ['人身交通事故の発生件数', '件', '減少', '暦年', [], [196, 181], 175, 'B', '県警察本部統計'],
  ['交通事故による死者数', '人', '減少', '暦年', [], [3, 0], 0, 'A'],
  ['火災の発生件数', '件', '減少', '暦年', [], [24, 29], 20, 'C', '消防年報'],
  ['刑法犯認知件数', '件', '減少', '暦年', [], [412, 438], 400, 'B'],
  ['自主防災組織の組織率', '％', '増加', '年度末', [80.7, 82.9, 84.2], [], 85.0, 'B'],
  ['消費生活出前講座の受講者数', '人', '増加', '年度', [940, 1030, 1120], [], 1000, 'A'],
  ['普通救命講習の受講者数', '人', '増加', '年度', [1205, 1288, 1410], [], 1600, 'A'],
];

const T1_EXPECTED: ExpectedIndicator[] = T1_ROWS.map(([name, unit, aim, kind, byYear, byCalendar, target, grade]) =>
  ind(T1_SHEET, name, unit, target, kind === '暦年' ? byCalendar[1]! : byYear[2]!, { direction: aim === '減少' ? 'down' : 'up', existing: grade }),
);

const calendarBesideFiscal: Holdout2Workbook = {
  name: 'h98-trap-rekinen-2024',
  layout:
    'trap: one table with 実績値（年度） R4｜R5｜R6 and 実績値（暦年） 2023年｜2024年, each row filled in one block only (the other greyed); 暦年 rows are read in 2024年, 年度 rows in R6',
  build(wb) {
    const ws = wb.addWorksheet(T1_SHEET);
    widths(ws, [5, 30, 7, 9, 9, 10, 10, 10, 10, 10, 12, 7, 18]);
    merge(ws, 1, 1, 1, 13, '令和6年度　安全・安心分野　成果指標評価表').font = { bold: true, size: 14 };
    merge(ws, 2, 1, 2, 13, '評価対象：令和6年度　　所管：危機管理課・市民協働課・消防本部');
    head(ws, 4, 1, [
      'No.',
      '成果指標',
      '単位',
      '目指す\n方向',
      '集計期間',
      '実績値（年度）',
      undefined,
      undefined,
      '実績値（暦年）',
      undefined,
      '目標値',
      '評価',
      '備考',
    ]);
    head(ws, 5, 6, ['R4', 'R5', 'R6', '2023年', '2024年']);
    for (const c of [1, 2, 3, 4, 5, 11, 12, 13]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 6, 4, 8);
    ws.mergeCells(4, 9, 4, 10);
    T1_ROWS.forEach(([name, unit, aim, kind, byYear, byCalendar, target, grade, note], i) => {
      const r = 6 + i;
      put(ws, r, 1, [i + 1, name, unit, aim, kind, byYear[0], byYear[1], byYear[2], byCalendar[0], byCalendar[1], target, grade, note]);
      const blank = kind === '暦年' ? [6, 7, 8] : [9, 10];
      for (const c of blank) ws.getCell(r, c).fill = GREY;
    });
    const last = 5 + T1_ROWS.length;
    thousands(ws, 6, 6, last, 11);
    wrap(ws, 6, 2, last, 2);
    boxes(ws, 4, 1, last, 13);
    merge(
      ws,
      last + 2,
      1,
      last + 2,
      13,
      '※集計期間が「暦年」の指標は1月〜12月の数値を右欄に記載し、令和6年度の評価は2024年（令和6年）の数値で行っています。網掛けは該当なし。',
    );
    merge(ws, last + 3, 1, last + 3, 13, '※評価：A 目標達成　B 達成率80%以上　C 60%以上　D 60%未満（減少を目指す指標は目標値÷実績値）');
  },
  expected: { file: 'h98-trap-rekinen-2024.xlsx', fiscalYear: 2024, indicators: T1_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// A survey row whose latest figure is of R4: R5 and R6 say 「－」, the 達成率 and 評価 too.

const T2_SHEET = '施策指標';

type T2Row = [string | undefined, string, string, number | string, number | string, number | string, number | string, number, string, string, string?];

const T2_ROWS: T2Row[] = [
  ['1 市民協働の推進', '市民活動団体の登録数', '団体', 118, 131, 137, 142, 150, '94.7%', 'B', '各年度末現在'],
  [
    undefined,
    '「地域活動に参加している」市民の割合',
    '％',
    '35.1\n（R元調査）',
    38.6,
    '－',
    '－',
    45.0,
    '－',
    '－',
    '市民意識調査（3年ごと実施）。直近値はR4調査の38.6%、次回はR7に実施予定',
  ],
  [undefined, '協働事業提案制度による実施事業数', '件', 3, 4, 5, 5, 6, '83.3%', 'A'],
  ['2 男女共同参画の推進', '審議会等における女性委員の割合', '％', 27.5, 29.8, 30.6, 31.4, 40.0, '78.5%', 'C', '各年度4月1日現在'],
  [
    undefined,
    '「男女の地位が平等になっている」と感じる市民の割合',
    '％',
    '18.2\n（H30調査）',
    '－',
    21.4,
    '－',
    30.0,
    '－',
    '－',
    '男女共同参画に関する市民意識調査（5年ごと）。R5実施',
  ],
  ['3 多文化共生の推進', '国際交流イベントの参加者数', '人', 1850, 1120, 1960, 2350, 2000, '117.5%', 'A'],
  [undefined, '日本語教室の受講者数', '人', 64, 72, 80, 77, 100, '77.0%', 'C'],
];

const T2_EXPECTED: ExpectedIndicator[] = [
  { ...ind(T2_SHEET, '市民活動団体の登録数', '団体', 150, 142, { existing: 'B' }), targetSource: 'final' },
  statusInd(T2_SHEET, '「地域活動に参加している」市民の割合', '％', 45.0, 'not-applicable', { targetSource: 'final' }),
  { ...ind(T2_SHEET, '協働事業提案制度による実施事業数', '件', 6, 5, { existing: 'A' }), targetSource: 'final' },
  { ...ind(T2_SHEET, '審議会等における女性委員の割合', '％', 40.0, 31.4, { existing: 'C' }), targetSource: 'final' },
  statusInd(T2_SHEET, '「男女の地位が平等になっている」と感じる市民の割合', '％', 30.0, 'not-applicable', { targetSource: 'final' }),
  { ...ind(T2_SHEET, '国際交流イベントの参加者数', '人', 2000, 2350, { existing: 'A' }), targetSource: 'final' },
  { ...ind(T2_SHEET, '日本語教室の受講者数', '人', 100, 77, { existing: 'C' }), targetSource: 'final' },
];

const surveyTwoYearsAgo: Holdout2Workbook = {
  name: 'h98-trap-chosa-r4',
  layout:
    'trap: 施策進捗状況調書 with 基準値（R2）｜R4｜R5｜R6｜目標値（R7）｜達成率｜評価; a 3年ごと survey row whose latest value is R4 (R5, R6 「－」) and a 5年ごと one surveyed in R5 (R6 「－」): no R6 actual, no grade',
  build(wb) {
    const ws = wb.addWorksheet(T2_SHEET);
    widths(ws, [18, 36, 7, 12, 9, 9, 9, 11, 9, 7, 40]);
    merge(ws, 1, 1, 1, 11, '令和6年度　施策進捗状況調書（市民協働・共生社会分野）').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度', '令和6年度']);
    put(ws, 2, 8, ['担当', '市民協働課']);
    head(ws, 4, 1, ['施策', '成果指標', '単位', '基準値\n（R2）', '実績値', undefined, undefined, '目標値\n（R7）', '達成率\n（R6）', '評価', '備考']);
    head(ws, 5, 5, ['R4', 'R5', 'R6']);
    for (const c of [1, 2, 3, 4, 8, 9, 10, 11]) ws.mergeCells(4, c, 5, c);
    ws.mergeCells(4, 5, 4, 7);
    T2_ROWS.forEach((row, i) => put(ws, 6 + i, 1, row));
    const last = 5 + T2_ROWS.length;
    merge(ws, 6, 1, 8, 1);
    merge(ws, 9, 1, 10, 1);
    merge(ws, 11, 1, 12, 1);
    thousands(ws, 6, 4, last, 8);
    wrap(ws, 6, 1, last, 11);
    boxes(ws, 4, 1, last, 11);
    merge(ws, last + 2, 1, last + 2, 11, '※達成率＝R6実績値÷目標値（R7）。「－」は調査を実施していない年度。評価：A 100%以上　B 80%以上　C 60%以上　D 60%未満');
  },
  expected: { file: 'h98-trap-chosa-r4.xlsx', fiscalYear: 2024, indicators: T2_EXPECTED, groups: [] },
};

// ---------------------------------------------------------------------------------------------------------------------
// 4月1日現在 figures: the 令和6年度 evaluation takes the figure of 1 April 2025 (R7.4.1), as the headings and the note say.

const T3_SHEET = '進捗状況';

type T3Row = [string, string, '増加' | '減少', number, number, number, string, string?];

const T3_APRIL: T3Row[] = [
  ['保育所等待機児童数', '人', '減少', 6, 2, 0, 'C', '国の定義による'],
  ['保育所等の利用定員数', '人', '増加', 2410, 2520, 2500, 'A'],
  ['3歳未満児の保育利用率', '％', '増加', 45.2, 50.3, 50.0, 'A'],
  ['認定こども園の施設数', 'か所', '増加', 4, 5, 6, 'B', '1園は令和7年度に移行予定'],
];

const T3_YEARLY: T3Row[] = [
  ['延長保育事業の利用者数', '人', '増加', 1080, 1150, 1200, 'B'],
  ['一時預かり事業の延べ利用者数', '人', '増加', 5620, 4980, 6000, 'B'],
  ['病児保育事業の延べ利用者数', '人', '増加', 612, 455, 800, 'D', '委託先1か所が休止'],
  ['放課後児童クラブの待機児童数', '人', '減少', 14, 9, 0, 'D', '各年度5月1日現在'],
  ['利用者支援事業の相談件数', '件', '増加', 1240, 1396, 1300, 'A'],
];

const T3_EXPECTED: ExpectedIndicator[] = [...T3_APRIL, ...T3_YEARLY].map(([name, unit, aim, , actual, target, grade]) =>
  ind(T3_SHEET, name, unit, target, actual, { direction: aim === '減少' ? 'down' : 'up', existing: grade }),
);

const aprilFirst: Holdout2Workbook = {
  name: 'h98-trap-taiki-4gatsu',
  layout:
    'trap: 子ども・子育て支援事業計画 with two tables, 4月1日現在 figures headed 「令和5年度評価（R6.4.1現在）｜令和6年度評価（R7.4.1現在）｜令和6年度目標（R7.4.1）」 and 年度 figures 令和5年度｜令和6年度; the R7.4.1 figure is the R6 actual',
  build(wb) {
    const ws = wb.addWorksheet(T3_SHEET);
    widths(ws, [32, 7, 9, 16, 16, 16, 7, 24]);
    merge(ws, 1, 1, 1, 8, '令和6年度　子ども・子育て支援事業計画　進捗状況').font = { bold: true, size: 14 };
    put(ws, 2, 1, ['評価対象年度：令和6年度']);
    merge(
      ws,
      3,
      1,
      3,
      8,
      '※「4月1日現在」の指標は、当該年度の取組の結果として翌年度4月1日現在の数値で評価しています（令和6年度の評価＝令和7年4月1日現在の数値）。',
    );
    ws.getRow(3).height = 30;
    put(ws, 5, 1, ['１　教育・保育の提供体制（各年4月1日現在）']);
    ws.getCell(5, 1).font = { bold: true };
    head(ws, 6, 1, ['指標', '単位', '目指す\n方向', '令和5年度評価', '令和6年度評価', '令和6年度目標', '評価', '備考']);
    head(ws, 7, 4, ['（R6.4.1現在）', '（R7.4.1現在）', '（R7.4.1）']);
    for (const c of [1, 2, 3, 7, 8]) ws.mergeCells(6, c, 7, c);
    T3_APRIL.forEach((row, i) => put(ws, 8 + i, 1, row));
    const end1 = 7 + T3_APRIL.length;
    thousands(ws, 8, 4, end1, 6);
    boxes(ws, 6, 1, end1, 8);
    const s2 = end1 + 2;
    put(ws, s2, 1, ['２　地域子ども・子育て支援事業（年度実績）']);
    ws.getCell(s2, 1).font = { bold: true };
    head(ws, s2 + 1, 1, ['指標', '単位', '目指す\n方向', '令和5年度', '令和6年度', '令和6年度目標', '評価', '備考']);
    T3_YEARLY.forEach((row, i) => put(ws, s2 + 2 + i, 1, row));
    const end2 = s2 + 1 + T3_YEARLY.length;
    thousands(ws, s2 + 2, 4, end2, 6);
    boxes(ws, s2 + 1, 1, end2, 8);
    merge(ws, end2 + 2, 1, end2 + 2, 8, '評価：A 目標達成　B 80%以上　C 60%以上　D 60%未満（減少を目指す指標は目標値÷実績値、目標値0の場合は実績値0で達成）');
  },
  expected: { file: 'h98-trap-taiki-4gatsu.xlsx', fiscalYear: 2024, indicators: T3_EXPECTED, groups: [] },
};

export const TRAP_WORKBOOKS: Holdout2Workbook[] = [calendarBesideFiscal, surveyTwoYearsAgo, aprilFirst];
