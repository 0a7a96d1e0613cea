/**
 * A measure label naming its period with its figure beside it (目標値（令和５年度） | 60) is a form's line, not a period
 * axis: cards side by side, whose labels share rows, each keep their own figures and lines.
 */
import { Grid } from './grid';
import { detectSheet } from './index';
import { isLabelledFigure, isPeriodLabelValue } from './labelledFigure';
import { snap } from './testing';
import { checkWorkbook } from '../actions/check';

const scale = ['A', 'B', 'C', 'D'].map((grade) => ({ grade, label: '' }));

/** Two label/value cards side by side (labels in A and E, values in B:C and F:G). */
const cards = () => {
  const card = (name: string, unit: string, dir: string, base: number, target: number, actual: number, grade: string) => [
    ['名称', name],
    ['単位', unit],
    ['方向性', dir],
    ['基準値（平成30年度）', base],
    ['目標値（令和４年度）', target],
    ['実績値（令和４年度）', actual],
    ['所管課評価', grade],
  ];
  const left = card('図書貸出点数', '点', '増加', 800, 900, 870, 'B');
  const right = card('ごみ排出量', 't', '減少', 5000, 4600, 4500, 'A');
  const rows = left.map((l, i) => [l[0], l[1], null, null, right[i][0], right[i][1], null]);
  const merges = rows.flatMap((_, i) => [`B${i + 2}:C${i + 2}`, `F${i + 2}:G${i + 2}`]);
  return snap('カード', [['評価カード（令和４年度）'], ...rows], { merges });
};

test('cards side by side: each reads its own target, actual, direction and grade cell', () => {
  const inds = detectSheet(cards(), scale).indicators;
  const read = inds.map((i) => [
    i.name,
    i.targets.map((t) => `${t.cell}:${t.period?.label}`).join(','),
    i.actuals.map((a) => `${a.cell}:${a.period?.label}`).join(','),
    i.statedDirection?.value,
    i.gradeCell?.cell,
  ]);
  expect(read).toEqual([
    ['図書貸出点数', 'B6:令和4年度', 'B7:令和4年度', 'up', 'B8'],
    ['ごみ排出量', 'F6:令和4年度', 'F7:令和4年度', 'down', 'F8'],
  ]);
});

test('isLabelledFigure: a period-named measure label with a figure right of it, not a heading over figures', () => {
  const grid = new Grid(
    snap('s', [
      ['目標値（R5）', 60, '実績値（R5）', '52件'],
      ['目標値（R5）', '実績値（R5）', 'R5', 12],
      ['実績値（R5）', 2023, null, null],
    ]),
  );
  expect([isLabelledFigure(grid, 1, 1, 1), isLabelledFigure(grid, 1, 3, 3)]).toEqual([true, true]);
  // a heading beside another heading, a bare period before a figure, a year beside the label: no form line
  expect([isLabelledFigure(grid, 2, 1, 1), isLabelledFigure(grid, 2, 3, 3), isLabelledFigure(grid, 3, 1, 1)]).toEqual([false, false, false]);
});

/** A policy sheet stating 評価対象年度 | 令和５年度 above a table whose 実績値 and 目標値 headings span year sub-columns. */
const measureOverYears = () =>
  snap(
    '施策評価',
    [
      [null, '令和６年度 施策評価シート'],
      [],
      [null, '施策', '3-2 生涯スポーツの推進', null, null, null, null, '評価対象年度', null, '令和５年度'],
      [],
      [null, '成果指標', '単位', '実績値', null, null, null, '目標値', null, null],
      [null, null, null, 'Ｒ３', 'Ｒ４', 'Ｒ５', 'Ｒ６', 'Ｒ５', 'Ｒ６', 'Ｒ７（最終）'],
      [null, '総合体育館利用者数', '人', 98412, 121530, 138904, null, 150000, 155000, 160000],
      [null, 'スポーツ教室参加者数', '人', 1820, 2110, 2460, null, 2400, 2450, 2500],
    ],
    { merges: ['H3:I3', 'J3:K3', 'D5:G5', 'H5:J5', 'B5:B6', 'C5:C6'] },
  );

test('a period that is the value of 評価対象年度 is the sheet’s statement, never an axis heading the rows under it', () => {
  const grid = new Grid(measureOverYears());
  expect(isPeriodLabelValue(grid, 3, 10)).toBe(true);
  expect(isPeriodLabelValue(grid, 6, 6)).toBe(false);
  const { report } = checkWorkbook({ sheets: [measureOverYears()] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['総合体育館利用者数', 150000, 138904],
    ['スポーツ教室参加者数', 2400, 2460],
  ]);
});

/** Cards: 目標値 | 4,500 | | 目標年度 | 令和５年度 over a 年度別実績 line writing each year's figure in one cell. */
const targetYearCards = (yearLabel: string) =>
  snap('施策評価', [
    ['令和5年度　施策評価シート'],
    [],
    ['指標名', '公民館講座の受講者数', null, '単位', '人'],
    ['目標値', 4500, null, yearLabel, '令和5年度'],
    ['年度別実績', '令和3年度：3,120人　令和4年度：3,870人　令和5年度：4,210人'],
    [],
    ['指標名', '図書館の貸出冊数', null, '単位', '冊'],
    ['目標値', 620000, null, yearLabel, '令和5年度'],
    ['年度別実績', '令和3年度：588,000冊　令和4年度：601,200冊　令和5年度：633,450冊'],
  ]);

test('a year that is the value of 目標年度 on a card’s line is the year the target is set for, never a heading of the line below', () => {
  const grid = new Grid(targetYearCards('目標年度'));
  expect(isPeriodLabelValue(grid, 4, 5)).toBe(true);
  const { report } = checkWorkbook({ sheets: [targetYearCards('目標年度')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual])).toEqual([
    ['公民館講座の受講者数', 4500, 4210],
    ['図書館の貸出冊数', 620000, 633450],
  ]);
});

test('a year beside a label that names no measure’s year (担当課) is not taken for such a value', () => {
  expect(isPeriodLabelValue(new Grid(targetYearCards('担当課')), 4, 5)).toBe(false);
});

/** A reply's 回答者 block (課名 | … | 提出日 | 令和6年5月28日) above a table whose headings name the year with each measure. */
const replyWithDate = (label: string) =>
  snap('回答', [
    ['令和5年度 施策成果指標 自己評価調書'],
    [],
    ['課名', null, '防災安全課', '担当者', null, '菅原 大輔', '内線', '2801', label, '令和6年5月28日'],
    [],
    ['No.', '施策', '成果指標', '単位', '方向', '令和5年度\n目標値', '令和5年度\n実績値', '達成率', '自己評価', '評価の理由'],
    [1, '7-1 防災体制の充実', '自主防災組織結成率', '%', '↑', 85, 82.3, 0.968, 'B', '出前講座を実施した。'],
    [2, '7-2 交通安全・防犯の推進', '交通事故発生件数', '件', '↓', 180, 166, 1.084, 'A', '交通安全教室を拡充した。'],
  ]);

test('a date that is the value of 提出日 / 回答日 dates the reply, never a heading of the table under it', () => {
  const grid = new Grid(replyWithDate('提出日'));
  expect(isPeriodLabelValue(grid, 3, 10)).toBe(true);
  expect(isPeriodLabelValue(new Grid(replyWithDate('担当課')), 3, 10)).toBe(false);
  const { report } = checkWorkbook({ sheets: [replyWithDate('回答日')] }, {});
  expect(report.indicators.map((i) => [i.name, i.target, i.actual, i.existingGrade])).toEqual([
    ['自主防災組織結成率', 85, 82.3, 'B'],
    ['交通事故発生件数', 180, 166, 'A'],
  ]);
});
