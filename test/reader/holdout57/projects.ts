/** Hold-out 57: 事業実績 tables (family B) — 活動指標/成果指標 sub-rows, the pair as column groups, 前年度評価 beside 今年度評価. */
import type { Workbook } from 'exceljs';
import type { ExpectedIndicator } from '../model';
import { type Holdout2Workbook, ind, put } from '../holdout2/kit';

const n = (v: number) => v.toLocaleString('en-US');

// ---------------------------------------------------------------------------------------------
// 3. One 事業 over two rows (活動指標 / 成果指標), targets and actuals typed with their unit, a 評価 per row.
const S3 = '事業実績';
type Sub = [string, string, number, number, string];
const p3: [string, number, Sub, Sub, string][] = [
  ['創業支援事業', 1840, ['創業セミナー開催回数', '回', 12, 12, 'A'], ['創業者数', '件', 30, 24, 'B'], '継続'],
  ['商店街活性化事業', 6320, ['空き店舗改修補助件数', '件', 8, 5, 'B'], ['空き店舗への新規出店数', '店舗', 6, 5, 'B'], '見直し'],
  ['観光プロモーション事業', 12450, ['観光PRイベント出展回数', '回', 10, 11, 'A'], ['観光入込客数', '人', 1250000, 1108400, 'B'], '拡充'],
  ['企業誘致推進事業', 3975, ['企業訪問件数', '件', 60, 41, 'C'], ['新規立地企業数', '社', 3, 1, 'D'], '継続'],
];
const p3Ind: ExpectedIndicator[] = p3.flatMap(([, , a, o]) => [a, o].map(([name, unit, t, v, g]) => ind(S3, name, unit, t, v, { existing: g })));
const PROJECT_SUBROWS: Holdout2Workbook = {
  name: 'h57-project-activity-outcome-rows',
  layout: '事業実績 table, each 事業 merged over a 活動指標 row and a 成果指標 row, 「12回」「1,250,000人」 typed in the cells, a 評価 per row, 決算額 column',
  build(wb: Workbook) {
    const ws = wb.addWorksheet(S3);
    put(ws, 1, 1, ['令和5年度　主要事業実績一覧（商工観光部）']);
    put(ws, 2, 9, ['担当：商工観光部 商工政策課']);
    put(ws, 4, 1, ['No.', '事業名', '指標区分', '指標名', '令和5年度目標', '令和5年度実績', '達成率', '評価', '決算額（千円）', '今後の方向性']);
    let r = 5;
    p3.forEach(([name, cost, a, o, dir], i) => {
      put(ws, r, 1, [i + 1, name]);
      put(ws, r, 9, [cost, dir]);
      for (const c of [1, 2, 9, 10]) ws.mergeCells(r, c, r + 1, c);
      [a, o].forEach(([iname, unit, t, v, g], k) => {
        put(ws, r + k, 3, [k === 0 ? '活動指標' : '成果指標', iname, `${n(t)}${unit}`, `${n(v)}${unit}`, `${((v / t) * 100).toFixed(1)}%`, g]);
      });
      r += 2;
    });
    put(ws, r + 1, 1, ['※達成率＝実績÷目標。評価　A：100%以上　B：80%以上　C：60%以上　D：60%未満（担当課の自己評価）']);
    put(ws, r + 2, 1, ['※決算額は一般会計分。国・県補助金を含む。']);
  },
  expected: { file: 'h57-project-activity-outcome-rows.xlsx', fiscalYear: 2023, indicators: p3Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 4. 活動指標 and 成果指標 as column groups on one 事業 row; the year only as 「2023(R5)年度」 in the title.
const S4 = '事務事業';
type Pair = [string, string, number, number];
const p4: [string, Pair, Pair, string][] = [
  ['がん検診推進事業', ['がん検診の実施回数', '回', 48, 48], ['胃がん検診受診率', '%', 12.0, 9.8], '継続'],
  ['健康ポイント事業', ['健康ポイント参加者数', '人', 2000, 1734], ['運動習慣のある市民の割合', '%', 35.0, 31.2], '拡充'],
  ['食育推進事業', ['食育教室の開催回数', '回', 24, 15], ['朝食を毎日食べる児童の割合', '%', 95.0, 93.1], '見直し'],
];
const p4Ind = p4.flatMap(([, a, o]) => [a, o].map(([name, unit, t, v]) => ind(S4, name, unit, t, v)));
const PROJECT_PAIR_COLUMNS: Holdout2Workbook = {
  name: 'h57-project-pair-columns',
  layout: '事務事業 table, 活動指標 and 成果指標 as two column groups (指標名/単位/目標/実績) under merged headings, year 「2023(R5)年度」 in the title only',
  build(wb) {
    const ws = wb.addWorksheet(S4);
    put(ws, 1, 1, ['2023(R5)年度　事務事業実績一覧']);
    put(ws, 2, 1, ['健康福祉部　健康づくり課']);
    put(ws, 4, 1, ['事業名', '活動指標', undefined, undefined, undefined, '成果指標', undefined, undefined, undefined, '今後の方向性']);
    ws.mergeCells(4, 2, 4, 5);
    ws.mergeCells(4, 6, 4, 9);
    ws.mergeCells(4, 1, 5, 1);
    ws.mergeCells(4, 10, 5, 10);
    put(ws, 5, 2, ['指標名', '単位', '目標', '実績', '指標名', '単位', '目標', '実績']);
    p4.forEach(([name, a, o, dir], i) => put(ws, 6 + i, 1, [name, ...a, ...o, dir]));
    put(ws, 10, 1, ['※胃がん検診受診率は40～69歳の受診者数÷対象者数（国の算定方法による）']);
  },
  expected: { file: 'h57-project-pair-columns.xlsx', fiscalYear: 2023, indicators: p4Ind, groups: [] },
};

// ---------------------------------------------------------------------------------------------
// 5. 前年度評価 and 今年度評価 side by side, 令和4年度実績 beside the 令和5年度 columns, a 目標の方向性 column.
const S5 = '成果指標評価';
const p5: [string, string, string, '増加' | '減少', number, number, number | '集計中', string, string][] = [
  ['①-1', '自主防災組織の結成率', '%', '増加', 78.4, 82.0, 80.1, 'B', 'B'],
  ['①-2', '防災訓練参加者数', '人', '増加', 4210, 5000, 5362, 'C', 'A'],
  ['②-1', '消費生活相談のあっせん解決率', '%', '増加', 88.0, 90.0, 84.5, 'A', 'B'],
  ['②-2', '市民活動センター登録団体数', '団体', '増加', 152, 160, 149, 'B', 'B'],
  ['③-1', '刑法犯認知件数', '件', '減少', 620, 580, 641, 'B', 'C'],
  ['③-2', '空き家バンク成約件数', '件', '増加', 18, 25, '集計中', 'A', '－'],
];
const p5Ind = p5.map(([, name, unit, d, , t, v, , g]) =>
  v === '集計中'
    ? ind(S5, name, unit, t, null, { actualStatus: 'pending' })
    : ind(S5, name, unit, t, v, { direction: d === '減少' ? 'down' : 'up', existing: g }),
);
const PREV_AND_CURRENT: Holdout2Workbook = {
  name: 'h57-prev-and-current-grades',
  layout: 'indicator list with 令和4年度実績 | 令和5年度目標 | 令和5年度実績 | 前年度評価 | 今年度評価 side by side, 目標の方向性 column, 集計中',
  build(wb) {
    const ws = wb.addWorksheet(S5);
    put(ws, 1, 1, ['令和5年度　基本施策の成果指標　評価一覧']);
    put(ws, 2, 1, ['所管：市民生活部']);
    put(ws, 4, 1, ['番号', '成果指標', '単位', '目標の方向性', '令和4年度実績', '令和5年度目標', '令和5年度実績', '前年度評価', '今年度評価', 'コメント']);
    p5.forEach((row, i) => put(ws, 5 + i, 1, [...row, i === 5 ? '法務局への登記確認中のため集計中' : undefined]));
    ws.getCell(6, 10).value = '総合防災訓練を2会場で開催';
    put(ws, 12, 1, ['※評価　A：順調　B：概ね順調　C：やや遅れている　D：遅れている']);
  },
  expected: { file: 'h57-prev-and-current-grades.xlsx', fiscalYear: 2023, indicators: p5Ind, groups: [] },
};

export const PROJECT_WORKBOOKS: Holdout2Workbook[] = [PROJECT_SUBROWS, PROJECT_PAIR_COLUMNS, PREV_AND_CURRENT];
