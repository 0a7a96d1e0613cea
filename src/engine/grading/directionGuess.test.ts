/**
 * No direction stated anywhere and the target well below the baseline: graded as more-is-better, a guess naming the
 * baseline and target cells. A target a little under the baseline (a count held against a decline), a stated
 * direction or a subject known to be lower-is-better gives none.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';

type Row = (string | number | null)[];

const table = (name: string, baseline: number, target: number, actual: number, direction?: string): Row[] => [
  ['令和5年度　成果指標一覧'],
  [],
  ['指標', '単位', ...(direction ? ['方向'] : []), '基準値（R2）', '目標値（R5）', '実績値（R5）'],
  [name, '％', ...(direction ? [direction] : []), baseline, target, actual],
];

const check = (values: Row[]) => {
  const { report } = checkWorkbook({ sheets: [snap('指標', values)] }, {});
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain').map((f) => ('cells' in f.params ? f.params.cells : null));
  return { direction: report.indicators[0].direction, guesses };
};

test('a target a third below the baseline, no direction stated: up, with a guess naming the baseline and target', () => {
  expect(check(table('児童の長期欠席の出現率', 1.8, 1.2, 1.4))).toEqual({ direction: 'up', guesses: [['C4', 'D4']] });
});

test.each([
  ['a little under the baseline', table('市内事業所の従業者の割合', 10.8, 10.1, 10.5)],
  ['above the baseline', table('児童の長期欠席の出現率', 1.2, 1.8, 1.4)],
  ['the actual fallen below the target', table('児童の長期欠席の出現率', 1.8, 1.2, 0.9)],
  ['the actual above the baseline', table('児童の長期欠席の出現率', 1.8, 1.2, 2.0)],
  ['a stated direction', table('児童の長期欠席の出現率', 1.8, 1.2, 1.4, '増加')],
  [
    'a later target above the baseline',
    [
      ['令和5年度　成果指標一覧'],
      [],
      ['指標', '単位', '基準値（R1）', '前期目標（R5）', '後期目標（R10）', '実績値（R5）'],
      ['児童の長期欠席の出現率', '％', 1.8, 1.2, 2.0, 1.4],
    ],
  ],
  [
    'a figure risen since the year before',
    [
      ['令和5年度　成果指標一覧'],
      [],
      ['指標', '単位', '基準値（R2）', '目標値（R5）', '実績値（R4）', '実績値（R5）'],
      ['児童の長期欠席の出現率', '％', 1.8, 1.2, 1.3, 1.4],
    ],
  ],
])('no guess: %s', (_what, values) => {
  expect(check(values).guesses).toEqual([]);
});

test('a written grade leaves the guess, whichever it is', () => {
  const values: Row[] = [
    ['令和5年度　成果指標一覧'],
    [],
    ['指標', '単位', '基準値（R2）', '目標値（R5）', '実績値（R5）', '評価'],
    ['児童の長期欠席の出現率', '％', 1.8, 1.2, 1.4, 'B'],
  ];
  expect(check(values).guesses).toEqual([['C4', 'D4']]);
  // So does the met grade read up, A or the top mark ◎: a grade worked out from the attainment is as blind to the way as the
  // default (review rv46).
  for (const written of ['A', '◎']) {
    values[3] = ['児童の長期欠席の出現率', '％', 1.8, 1.2, 1.4, written];
    expect(check(values).guesses).toEqual([['C4', 'D4']]);
  }
});

test('a stated 減少 is read, no guess', () => {
  expect(check(table('児童の長期欠席の出現率', 1.8, 1.2, 1.4, '減少'))).toEqual({ direction: 'down', guesses: [] });
});
