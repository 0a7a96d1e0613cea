/** A word and 種 (作業種, 樹種) over the rows' names heads them beside a plan or a target; a count by kind with results alone, none. */
import { checkWorkbook } from '../actions/check';
import { isRowKindHeading } from './rowKindHeading';
import { snap } from './testing';

test.each(['作業種', '樹種', '鳥獣種', '工種', '作業種（工種）'])('「%s」 names the kind each row is', (t) => expect(isRowKindHeading(t)).toBe(true));

test.each(['種', '予防接種', '接種', '各種', '多種', '同種', '一種', '第一種', '第2種', '種類', '作業種別の内訳'])('「%s」 is none', (t) =>
  expect(isRowKindHeading(t)).toBe(false),
);

const read = (rows: (string | number | null)[][], merges: string[] = []) =>
  checkWorkbook({ sheets: [snap('実施状況', rows, { merges })] }, {}).report.indicators.map((i) => [i.name, i.unit, i.target, i.actual, i.grade]);

test('作業種 beside a merged 事業区分 over 単位 | 計画量 | 実績量 | 進捗率: each kind of work is an indicator, its plan the target', () => {
  const rows = [
    ['令和３年度　森林整備事業　実施状況', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['事業区分', '作業種', '単位', '計画量', '実績量', '進捗率'],
    ['森林環境譲与税\n活用事業', '間伐（切捨）', 'ha', 60, 48.5, '80.8%'],
    [null, '作業道開設', 'm', 2000, 2350, '117.5%'],
    ['森林整備事業', '植栽', 'ha', 15, '９．２', '61.3%'],
  ];
  expect(read(rows, ['A4:A5'])).toEqual([
    ['間伐（切捨）', 'ha', 60, 48.5, 'B'],
    ['作業道開設', 'm', 2000, 2350, 'A'],
    ['植栽', 'ha', 15, 9.2, 'C'],
  ]);
});

test('鳥獣種 over months and a 年度計 with no plan or target heading: a breakdown, no indicators (as before)', () => {
  const rows = [
    ['令和２年度　有害鳥獣捕獲実績（月別）', null, null, null, null, null],
    [null, null, null, null, null, null],
    ['鳥獣種', '４月', '５月', '６月', '年度計', '備考'],
    ['イノシシ', 12, 18, 35, 65, null],
    ['ニホンジカ', 15, 20, 22, 57, null],
  ];
  expect(read(rows)).toEqual([]);
});

test('予防接種 over rows with 目標 | 実績 heads no names (接種 is an act, not a kind)', () => {
  const rows = [
    ['令和５年度', null, null],
    ['予防接種', '目標', '実績'],
    ['麻しん風しん', 95, 93],
  ];
  expect(read(rows)).toEqual([]);
});
