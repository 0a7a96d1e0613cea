/**
 * A negative target under the ratio method: sizes compared by the way, never actual ÷ target (−150 against −100 was an A);
 * with no way stated, a reduction named reads down, anything else up, and either is a `target-negative` guess.
 */
import { checkWorkbook } from '../actions/check';
import { snap } from '../detect/testing';
import { attainment } from './bands';

const read = (name: string, target: string, actual: string, way: string | null = null) => {
  const rows = [
    ['環境基本計画の指標（令和5年度）', null, null, null, null],
    ['指標名', '単位', '目標値', '実績値', '方向'],
    [name, '％', target, actual, way],
  ];
  const { report } = checkWorkbook({ sheets: [snap('指標', rows as never)] }, {});
  const ind = report.indicators[0]!;
  const guesses = report.findings.filter((f) => f.code === 'reading-uncertain' && 'reason' in f.params && f.params.reason === 'target-negative');
  return { row: [ind.target, ind.actual, ind.direction, ind.grade], guesses: guesses.map((f) => ('cells' in f.params ? f.params.cells : null)) };
};

describe('no way stated', () => {
  test.each([
    ['△8％', 'B'],
    ['△12％', 'A'],
    ['2％', 'D'],
  ])('a 削減率 of △10％ reads down: %s is graded %s, a guess naming the target and the actual', (actual, grade) => {
    const { row, guesses } = read('温室効果ガス排出量の削減率（平成25年度比）', '△10％', actual);
    expect(row.slice(2)).toEqual(['down', grade]);
    expect(guesses).toEqual([['C3', 'D3']]);
  });

  test('any negative target reads as a reduction, a guess: 医療費の伸び率 △2.0 against △1.0 is an A', () => {
    const { row, guesses } = read('一人当たり医療費の伸び率', '△1.0％', '△2.0％');
    expect(row).toEqual([-1, -2, 'down', 'A']);
    expect(guesses).toEqual([['C3', 'D3']]);
  });
});

test('a stated way up makes another negative target a floor: −150 against −100 is no A, no guess', () => {
  expect(read('人口の社会増減', '△100', '△150', '増加')).toEqual({ row: [-100, -150, 'up', 'C'], guesses: [] });
  expect(read('人口の社会増減', '△100', '△50', '増加').row).toEqual([-100, -50, 'up', 'A']);
});

test('a cut named under a stated ↑ is still a reduction: 削減率 △12 against △10 is an A', () => {
  expect(read('ごみ排出量の削減率', '△10', '△12', '↑')).toEqual({ row: [-10, -12, 'down', 'A'], guesses: [] });
});

test('a stated way is no guess: 減少 with △10％ and △8％ is 80 %, never full attainment', () => {
  const { row, guesses } = read('温室効果ガス排出量の削減率（平成25年度比）', '△10％', '△8％', '減少');
  expect(row).toEqual([-10, -8, 'down', 'B']);
  expect(guesses).toEqual([]);
});

test('a positive target keeps its ratio and no guess', () => {
  const { row, guesses } = read('再生可能エネルギーの導入率', '10％', '8％');
  expect(row).toEqual([10, 8, 'up', 'B']);
  expect(guesses).toEqual([]);
});

test('attainment against a negative target by the way', () => {
  expect(attainment(-8, -10, 'down', 'ratio', 0).attainment).toBeCloseTo(0.8);
  expect(attainment(3, -10, 'down', 'ratio', 0).attainment).toBe(0);
  expect(attainment(-150, -100, 'up', 'ratio', 0).attainment).toBeCloseTo(2 / 3);
  expect(attainment(-50, -100, 'up', 'ratio', 0).attainment).toBe(2);
  expect(attainment(20, -100, 'up', 'ratio', 0).attainment).toBe(1);
  // The progress method counts from the baseline, signs and all.
  expect(attainment(-8, -10, 'down', 'progress', 0, 0).attainment).toBeCloseTo(0.8);
});
