/** An arrow right of the unit on a policy block's 単位 line is the block's stated way. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

/** One policy block: 指標① | name (B:E) | 単位 | ha | <after the unit…>, R2（現状値）…R7（目標値）, 実績値 and 期待値 lines. */
const block = (afterUnit: (string | null)[]) =>
  snap(
    '施策',
    [
      ['令和６年度　基本施策評価シート（評価対象期間：令和６年度）'],
      [],
      ['指標①', '遊休農地面積', null, null, null, '単位', 'ha', ...afterUnit],
      ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）'],
      ['実績値', 55.2, 53.8, 51.0, 49.9, 48.6, null],
      ['期待値', null, 53.0, 50.0, 47.5, 45.0, 42.0],
    ],
    { merges: ['B3:E3'] },
  );
const read = (afterUnit: (string | null)[]) => {
  const r = checkWorkbook({ sheets: [block(afterUnit)] }, {}).report;
  const [i] = r.indicators;
  return { way: [i.direction, i.cells.direction, i.grade], guesses: r.findings.filter((f) => f.code === 'reading-uncertain').length };
};

test.each(['↓（減少）', '↓', '↘', '減少↓'])('「%s」 right of the unit states the way down: graded target ÷ actual, no guess', (mark) => {
  expect(read([mark])).toEqual({ way: ['down', 'H3', 'B'], guesses: 0 });
});

test('an up arrow there states up, named as the way’s cell', () => {
  expect(read(['↑（増加）']).way).toEqual(['up', 'H3', 'A']);
});

test('a bare word, a trend label before the arrow, or an arrow with other words right of the unit states no way (the old guess stays)', () => {
  for (const after of [['減少'], ['傾向', '↓'], ['↓前年度より改善']]) {
    const { way, guesses } = read(after);
    expect(way[1]).toBeNull();
    expect(guesses).toBe(1);
  }
});
