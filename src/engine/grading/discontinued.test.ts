import { parsePeriodArg } from '../values/periods';
import { remarkSetsAside, statesDiscontinued } from './discontinued';

const R5 = parsePeriodArg('R5');

describe('a note that says the indicator was discontinued by the evaluation period', () => {
  test.each(['R4年度で指標廃止', '指標廃止', '廃止', '事業休止中', '令和4年度をもって廃止', '休止しました', '令和5年度から休止', 'R5より事業休止'])(
    '%j: not graded in R5',
    (note) => expect(statesDiscontinued(note, R5)).toBe(true),
  );
  test.each([
    ['令和5年度をもって廃止', 'the period was its last year'],
    ['R6年度で廃止', 'ends after the period'],
    ['令和6年度から休止', 'stops after the period'],
    ['廃止予定', 'a plan'],
    ['指標の廃止を検討', 'a plan'],
    ['休止中の2施設を除く', 'something else stopped'],
    ['新規指標', 'no such word'],
  ])('%j: graded (%s)', (note) => expect(statesDiscontinued(note, R5)).toBe(false));
  test('without a period, a dated note still says so', () => expect(statesDiscontinued('R4年度で指標廃止', null)).toBe(true));
});

describe('a remark of any length that sets the indicator itself aside', () => {
  test.each([
    '指標廃止（県の測定地点見直しにより比較できないため評価対象外）',
    '令和5年度から指標変更（算定方法の見直し）のため評価しない',
    '統計調査の廃止により把握できないため、評価の対象としない',
    'R4年度で指標を廃止した（後継指標は No.7）',
    '国の制度改正で算定できなくなったため、今年度は評価を行わない',
  ])('%j: not graded in R5', (note) => expect(remarkSetsAside(note, R5)).toBe(true));
  test.each([
    ['令和6年度から指標変更のため評価しない', 'from a later year'],
    ['R4年度は評価対象外（工事のため）', 'about another year only'],
    ['指標の廃止を検討しているが、今年度は従来どおり集計', 'a plan'],
    ['指標廃止予定（次期計画で見直し）', 'a plan'],
    ['評価対象外の2施設を除いて集計した', 'something else set aside'],
    ['令和５年４月　事業廃止（民間サービスへ移行）', "a project's 廃止, not the indicator's"],
    ['今後の方向性：廃止', "a project's future"],
  ])('%j: graded (%s)', (note) => expect(remarkSetsAside(note, R5)).toBe(false));
});
