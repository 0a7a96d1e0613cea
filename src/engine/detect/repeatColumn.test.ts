import { checkWorkbook } from '../actions/check';
import { isRepeatMark, marksRepeat } from './repeatColumn';
import { snap } from './testing';

const header = ['No.', '重要業績評価指標（KPI）', '単位', '令和5年度\n目標値', '令和5年度\n実績', '再掲', '備考'];
const names = (rows: unknown[][]) => checkWorkbook({ sheets: [snap('KPI', rows as never)] }, {}).report.indicators.map((i) => [i.name, i.target, i.actual]);

test('a row marked in the 再掲 column repeats an indicator read elsewhere: no second indicator', () => {
  const rows = [
    ['KPI実績一覧（令和5年度）'],
    header,
    ['1-1', '企業誘致件数', '件', 3, 2, null, null],
    ['1-2', '新規就農者数', '人', 10, 11, null, null],
    ['2-1', '転入者数', '人', 4000, 3912, null, '住民基本台帳'],
    ['2-2', '新規就農者数', '人', 10, 11, '再掲（1-2）', null],
    ['3-1', '転入者数', '人', 4000, 3912, '○', null],
  ];
  expect(names(rows)).toEqual([
    ['企業誘致件数', 3, 2],
    ['新規就農者数', 10, 11],
    ['転入者数', 4000, 3912],
  ]);
});

test('a remark that is a 再掲 mark alone marks its row; one saying the indicator is shown again elsewhere does not', () => {
  const rows = [
    ['KPI実績一覧（令和5年度）'],
    ['No.', '指標名', '単位', '目標値', '実績', '備考'],
    ['1-2', '新規就農者数', '人', 10, 11, '施策2-2に再掲'],
    ['2-2', '新規就農者数', '人', 10, 11, '施策1-2の再掲'],
  ];
  expect(names(rows)).toEqual([['新規就農者数', 10, 11]]);
  // Neither row marked: the same name twice stays two readings (check's duplicate finding says so).
  const unmarked = rows.map((r, i) => (i === 3 ? [...r.slice(0, 5), '施策2-2に再掲'] : r));
  expect(names(unmarked)).toHaveLength(2);
});

test('a 再掲 cell of a dash or なし marks nothing, and a marked row with no unmarked twin stays', () => {
  const rows = [
    ['KPI実績一覧（令和5年度）'],
    header,
    ['1-1', '企業誘致件数', '件', 3, 2, '－', null],
    ['1-2', '企業誘致件数', '件', 3, 2, 'なし', null],
    ['2-1', '観光入込客数', '千人', 200, 212, '再掲', null],
  ];
  expect(names(rows).map((r) => r[0])).toEqual(['企業誘致件数', '企業誘致件数', '観光入込客数']);
});

test('the marks', () => {
  for (const t of ['再掲', '（再掲）', '再掲（1-2）', '再掲：施策3', '施策1-2の再掲', '1-2から再掲', '【再掲】']) expect(isRepeatMark(t)).toBe(true);
  for (const t of ['施策2-1に再掲', '再掲指標は除いて集計した。', '住民基本台帳', '']) expect(isRepeatMark(t)).toBe(false);
  for (const t of ['○', '1-2', '再掲（2-1）']) expect(marksRepeat(t)).toBe(true);
  for (const t of ['', '－', '-', 'なし']) expect(marksRepeat(t)).toBe(false);
});
