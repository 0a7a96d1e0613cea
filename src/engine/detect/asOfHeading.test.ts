/** An as-of statement alone in a cell (「令和6年10月末現在」) dates the sheet's figures and heads no column of them. */
import { detectSheet } from './index';
import { isAsOfStatement } from './periodStatements';
import { snap } from './testing';

test('an as-of statement is one whatever its month; a period heading or a labelled figure is none', () => {
  expect(['令和7年4月末現在', '（R6.9.30時点）', '集計時点：令和6年9月末', '2024年3月31日現在'].map(isAsOfStatement)).toEqual([true, true, true, true]);
  expect(['令和6年度', 'R6実績', '令和6年3月末', '実績値（令和6年9月末現在）', '見込み（R7）'].map(isAsOfStatement)).toEqual([
    false,
    false,
    false,
    false,
    false,
  ]);
});

test('a lone as-of cell right above a table is no period axis: the table under it is read with its own headings', () => {
  const s = snap('進捗', [
    ['令和6年度 事業進捗表'],
    [null, null, null, null, null, '令和6年10月末現在'],
    ['No.', '指標名', '単位', '年間目標', '上半期実績', '備考'],
    [1, '図書館の貸出冊数', '冊', 52000, 26100],
    [2, '読み聞かせ会の参加者数', '人', 300, 120, '下半期に2回開催予定'],
  ]);
  const read = detectSheet(s, [{ grade: 'A', label: '' }]).indicators.map((i) => [i.name, i.targets.map((t) => t.cell), i.actuals.map((a) => a.cell)]);
  expect(read).toEqual([
    ['図書館の貸出冊数', ['D4'], ['E4']],
    ['読み聞かせ会の参加者数', ['D5'], ['E5']],
  ]);
});
