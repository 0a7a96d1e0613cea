/** An arrow right of the unit on a policy block's 単位 line is the block's stated way. */
import { checkWorkbook } from '../actions/check';
import { snap } from './testing';

type Row = (string | number | null)[];
const FALLING = ['期待値', null, 53.0, 50.0, 47.5, 45.0, 42.0];
const RISING = ['期待値', null, 56.0, 58.0, 60.0, 62.0, 65.0];

/** One policy block: 指標① | name (B:E) | 単位 | ha | <after the unit…>, R2（現状値）…R7（目標値）, 実績値 and 期待値 lines. */
const block = (afterUnit: (string | null)[], o: { name?: string; expect?: Row; extra?: Row[] } = {}) =>
  snap(
    '施策',
    [
      ['令和６年度　基本施策評価シート（評価対象期間：令和６年度）'],
      [],
      ['指標①', o.name ?? '遊休農地面積', null, null, null, '単位', 'ha', ...afterUnit],
      ['区分', 'R2（現状値）', 'R3', 'R4', 'R5', 'R6', 'R7（目標値）'],
      ['実績値', 55.2, 53.8, 51.0, 49.9, 48.6, null],
      o.expect ?? FALLING,
      ...(o.extra ?? []),
    ],
    { merges: ['B3:E3'] },
  );
const read = (afterUnit: (string | null)[], o: Parameters<typeof block>[1] = {}) => {
  const r = checkWorkbook({ sheets: [block(afterUnit, o)] }, {}).report;
  const [i] = r.indicators;
  return { way: [i.direction, i.cells.direction, i.grade], guesses: r.findings.filter((f) => f.code === 'reading-uncertain').length };
};
/** The old reading: no way read from the unit line, the guess flagged. */
const unread = { way: ['up', null, 'A'], guesses: 1 };

test.each(['↓（減少）', '↓', '減少↓'])('「%s」 right of the unit states the way down: graded target ÷ actual, no guess', (mark) => {
  expect(read([mark])).toEqual({ way: ['down', 'H3', 'B'], guesses: 0 });
});

test('an up arrow there states up over expected values that rise, named as the way’s cell', () => {
  expect(read(['↑（増加）'], { expect: RISING }).way).toEqual(['up', 'H3', 'C']);
});

test('a bare word, a trend label before the arrow, or an arrow with other words right of the unit states no way (the old guess stays)', () => {
  for (const after of [['減少'], ['傾向', '↓'], ['↓前年度より改善']]) {
    const { way, guesses } = read(after);
    expect(way[1]).toBeNull();
    expect(guesses).toBe(1);
  }
});

// Review rv63: arrows of the figures' trend, or a way said elsewhere in the block, were read as the stated way, silently.
test('rv63 2i / R2b: words after the arrow on the line (単位 | 人 | ↓ | （前年比）) make it a trend, no way', () => {
  expect(read(['↓', '（前年比）'])).toEqual(unread);
  expect(read(['↑', '前年比'], { expect: RISING }).way[1]).toBeNull();
});

test('rv63 R2c: an arrow a cell further off from the unit is no way', () => {
  expect(read([null, '↓'])).toEqual(unread);
});

test('rv63 R2a: a slanting arrow (↗, ↘) is a trend, no way', () => {
  expect(read(['↗'])).toEqual(unread);
  expect(read(['↘'])).toEqual(unread);
});

test('rv63 2d: an arrow against a 指標の方向性 | 減少 line of the block is no way (the line is not read either: the old guess)', () => {
  const r = read(['↑'], { extra: [['指標の方向性', '減少']] });
  expect(r.way[1]).toBeNull();
  expect(r.guesses).toBe(1);
});

test('rv63 2e: the name saying its own way (認定農業者数（↑）) leaves the arrow unread', () => {
  expect(read(['↓'], { name: '認定農業者数（↑）' }).way[1]).toBeNull();
});

test('rv63 R2a: an arrow against the expected values’ run (↑ over 期待値 falling 53 → 42) is the figures’ trend, no way', () => {
  expect(read(['↑'])).toEqual(unread);
  expect(read(['↓'], { expect: RISING }).way[1]).toBeNull();
});
