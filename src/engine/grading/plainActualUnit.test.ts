/**
 * A target in a scaled unit (「3万人」「6万冊」) beside an actual in the plain unit (「3,120人」「5万8,210冊」) on a row with no
 * unit of its own is read in the plain unit, as a clerk writes the pair (30,000 and 3,120 人), never the actual as a fraction
 * of the target's unit (0.312 万人). A pair written in the same scaled unit, a 単位 column, or two scaled units keep theirs.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

const NAME = '海水浴場の来場者数';
const read = (target: string | number, actual: string | number, unit?: string) => {
  const head = unit ? ['指標名', '単位', '目標値', '実績値'] : ['指標名', '目標値', '実績値'];
  const row = unit ? [NAME, unit, target, actual] : [NAME, target, actual];
  const sheet = snap('指標', [['施策の成果指標（令和5年度）'], head, row]);
  const ind = checkWorkbook({ sheets: [sheet] }, {}).report.indicators.find((i) => i.name === NAME)!;
  return [ind.unit, ind.target, ind.actual, ind.grade];
};

test('「3万人」 against 「3,120人」 is 30,000 against 3,120 人', () => {
  expect(read('3万人', '3,120人')).toEqual(['人', 30000, 3120, 'D']);
});

test('「6万冊」 against 「5万8,210冊」 is 60,000 against 58,210 冊', () => {
  expect(read('6万冊', '5万8,210冊')).toEqual(['冊', 60000, 58210, 'B']);
});

test('a pair written in the same scaled unit keeps it: 「120万人」 and 「131.5万人」', () => {
  expect(read('120万人', '131.5万人')).toEqual(['万人', 120, 131.5, 'A']);
});

test('a 単位 column keeps its unit', () => {
  expect(read('22千人', 21, '千人')).toEqual(['千人', 22, 21, 'B']);
});

test('an actual in another scaled unit is no plain unit: 「13.6億円」 against 「136,000万円」 stays in 億円', () => {
  expect(read('13.6億円', '136,000万円')[0]).toBe('億円');
});
