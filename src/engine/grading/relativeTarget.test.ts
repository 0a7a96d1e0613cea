import type { Point, RawIndicator } from '../detect';
import { parseValue } from '../values/values';
import { amountFromBaseline, bareChange, multipleOfBaseline, pointsFromBaseline, relativeToBaseline, withRelativeTargets } from './relativeTarget';

const point = (cell: string, raw: string | number): Point => ({ cell, row: 4, col: 3, raw, formula: null, parsed: parseValue(raw) });

function indicator(target: string | number, stated?: RawIndicator['statedDirection']): RawIndicator {
  return {
    sheet: 'S',
    layout: 'table',
    row: 4,
    id: null,
    name: '排出量',
    nameCell: 'A4',
    wordsForDirection: '',
    cumulative: false,
    repeated: false,
    actuals: [point('E4', 11700)],
    targets: [{ ...point('D4', target), kind: 'target' }],
    baselines: [point('C4', 12000)],
    ...(stated ? { statedDirection: stated } : {}),
  };
}

describe('relativeToBaseline', () => {
  test.each([
    ['基準値比10%増', 10, 'up'],
    ['基準値から5%減', 5, 'down'],
    ['現状値より20％削減', 20, 'down'],
    ['基準年度比 2.5% 以上の増加', 2.5, 'up'],
  ] as const)('%s', (text, percent, way) => {
    expect(relativeToBaseline(text)).toEqual({ percent, way });
  });

  test.each([['10%増'], ['前年度比10%増'], ['基準値以上'], ['220']])('%s is not relative to the baseline', (text) => {
    expect(relativeToBaseline(text)).toBeNull();
  });
});

describe('pointsFromBaseline', () => {
  test.each([
    ['＋2.0ポイント', 2, 'up'],
    ['+3pt', 3, 'up'],
    ['－1.5ポイント', 1.5, 'down'],
    ['基準値から3ポイント向上', 3, 'up'],
    ['現状値より2ポイント減', 2, 'down'],
  ] as const)('%s', (text, points, way) => {
    expect(pointsFromBaseline(text)).toEqual({ points, way });
  });

  test.each([['2ポイント'], ['＋2.0％'], ['74.5'], ['ポイント制度の導入']])('%s is not a difference in points from the baseline', (text) => {
    expect(pointsFromBaseline(text)).toBeNull();
  });
});

describe('multipleOfBaseline', () => {
  test.each([
    ['基準値比半減', 0.5, 'down'],
    ['基準値から倍増', 2, 'up'],
    ['基準値の1.5倍', 1.5, 'up'],
    ['現状値の２分の１', 0.5, 'down'],
    ['基準値から3割減', 0.7, 'down'],
    ['基準値より２割増', 1.2, 'up'],
  ] as const)('%s', (text, factor, way) => {
    const read = multipleOfBaseline(text);
    expect(read?.way).toBe(way);
    expect(read?.factor).toBeCloseTo(factor, 9);
  });

  test.each([['半減'], ['1.5倍'], ['前年度比半減'], ['基準値の1倍'], ['220']])('%s is not a multiple of the baseline', (text) => {
    expect(multipleOfBaseline(text)).toBeNull();
  });
});

describe('withRelativeTargets', () => {
  test('a multiple of the baseline is computed from it and points its way, as a guess', () => {
    const { ind, guesses } = withRelativeTargets(indicator('基準値比半減'), point('C4', 12000));
    expect(ind.targets[0].parsed).toMatchObject({ status: 'value', value: 6000 });
    expect(ind.statedDirection?.value).toBe('down');
    expect(guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
    expect(withRelativeTargets(indicator('基準値の1.5倍'), point('C4', 12000)).ind.targets[0].parsed).toMatchObject({ value: 18000 });
  });

  test('a target in points is the baseline plus the points, a guess naming both cells', () => {
    const ind = { ...indicator('＋2.0ポイント'), baselines: [point('C4', 72.5)] };
    const read = withRelativeTargets(ind, ind.baselines[0]);
    expect(read.ind.targets[0].parsed).toMatchObject({ status: 'value', value: 74.5 });
    expect(read.guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
    expect(read.ind.statedDirection?.value).toBe('up');
  });

  test('the target is computed from the baseline, its way stated, and the reading is a guess naming both cells', () => {
    const { ind, guesses } = withRelativeTargets(indicator('基準値から5%減'), point('C4', 12000));
    expect(ind.targets[0].parsed).toMatchObject({ status: 'value', value: 11400 });
    expect(ind.statedDirection).toEqual({ value: 'down', cell: 'D4', text: '基準値から5%減' });
    expect(guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
  });

  test('without a baseline there is no number (never the percentage), and no guess', () => {
    const { ind, guesses } = withRelativeTargets(indicator('基準値比10%増'), undefined);
    expect(ind.targets[0].parsed.status).toBe('text');
    expect(guesses).toEqual([]);
  });

  test('a direction the row states is kept', () => {
    const stated = { value: 'up' as const, cell: 'F4', text: '↑' };
    expect(withRelativeTargets(indicator('基準値から5%減', stated), point('C4', 12000)).ind.statedDirection).toBe(stated);
  });

  test('a plain target is left as it is', () => {
    const ind = indicator(25);
    expect(withRelativeTargets(ind, point('C4', 12000))).toEqual({ ind, guesses: [] });
  });
});

describe('bareChange: a change in percent written alone', () => {
  test.each([
    ['△10％', 10, 'down'],
    ['▲5%', 5, 'down'],
    ['－15％', 15, 'down'],
    ['＋3％', 3, 'up'],
    ['20%削減', 20, 'down'],
    ['5％増', 5, 'up'],
  ] as const)('%s', (text, percent, way) => expect(bareChange(text)).toEqual({ percent, way }));

  test('a figure with no sign or word takes the heading’s way, else it is none', () => {
    expect(bareChange('10％', 'down')).toEqual({ percent: 10, way: 'down' });
    expect(bareChange('10％')).toBeNull();
  });

  test('a large figure with no sign or word (「基準年度比 90％」) may be the share kept: no change read', () => {
    expect(bareChange('90％', 'down')).toBeNull();
    expect(bareChange('120％', 'up')).toBeNull();
    expect(bareChange('△60％')).toEqual({ percent: 60, way: 'down' });
  });

  test.each([['△100％'], ['△10'], ['48,620'], ['10％程度'], ['基準値比10%減']])('%s is no bare change', (text) => expect(bareChange(text)).toBeNull());
});

describe('withRelativeTargets: a bare change where the heading or a note names the base', () => {
  const marked = (raw: string, unit?: string): RawIndicator => {
    const ind = indicator(raw);
    return { ...ind, ...(unit ? { unit } : {}), targets: [{ ...ind.targets[0], ofBaseline: 'A13' }] };
  };

  test('「△10％」 marked as a change from the base: the baseline less a tenth, a guess naming the target, the baseline and the note', () => {
    const { ind, guesses } = withRelativeTargets(marked('△10％'), point('C4', 12000));
    expect(ind.targets[0].parsed).toMatchObject({ status: 'value', value: 10800 });
    expect(ind.statedDirection?.value).toBe('down');
    expect(guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4', 'A13'] }]);
  });

  test('unmarked: left as it is; an indicator measured in percent (the change may be points): nothing computed, and no level either', () => {
    const plain = indicator('△10％');
    expect(withRelativeTargets(plain, point('C4', 12000))).toEqual({ ind: plain, guesses: [] });
    const rate = withRelativeTargets(marked('△10％', '％'), point('C4', 62.5));
    expect(rate.ind.targets[0].parsed).toEqual({ status: 'text', text: '△10％' });
    expect(rate.guesses).toEqual([]);
  });

  test('a figure formatted in percent (-0.1 shown 「△10%」) marked as a change: the baseline less a tenth, as the text would be', () => {
    const ind = indicator(-0.1);
    const t = { ...ind.targets[0], parsed: parseValue(-0.1, '0%;"△"0%'), ofBaseline: 'C2' };
    const { ind: out, guesses } = withRelativeTargets({ ...ind, targets: [t] }, point('C4', 12000));
    expect(out.targets[0].parsed).toMatchObject({ status: 'value', value: 10800 });
    expect(guesses).toHaveLength(1);
  });

  test('「90％」「＋5％」 of a rate, or -0.1 unformatted, marked as a change but not read as one: no level graded (a share kept? points?)', () => {
    for (const [raw, unit] of [
      ['90％', undefined],
      ['＋5％', '％'],
      [-0.1, undefined],
    ] as const) {
      const { ind, guesses } = withRelativeTargets({ ...marked('x', unit), targets: [{ ...indicator(raw).targets[0], ofBaseline: 'C2' }] }, point('C4', 12000));
      expect(ind.targets[0].parsed.status).toBe('text');
      expect(guesses).toEqual([]);
    }
  });
});

describe('withRelativeTargets: a signed change as the target of a row counted in a unit that is no percentage', () => {
  const counted = (raw: string, unit: string, actual: string | number = 11700): RawIndicator => ({ ...indicator(raw), unit, actuals: [point('E4', actual)] });

  test('「△10％」 for a count in t, nothing naming the base: still the baseline less a tenth, a guess naming the target and the baseline', () => {
    const { ind, guesses } = withRelativeTargets(counted('△10％', 't'), point('C4', 12000));
    expect(ind.targets[0].parsed).toMatchObject({ status: 'value', value: 10800 });
    expect(ind.statedDirection?.value).toBe('down');
    expect(guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
  });

  test('with no baseline on the row there is no number: never −10 t', () => {
    const { ind } = withRelativeTargets(counted('△10％', 't'), undefined);
    expect(ind.targets[0].parsed.status).toBe('text');
  });

  test('a rate (unit ％, or actuals written in ％), or a plain 「10％」 with no sign or word: left as it is', () => {
    const rate = counted('△10％', '％', -8);
    expect(withRelativeTargets(rate, point('C4', 12000))).toEqual({ ind: rate, guesses: [] });
    const written = counted('△10％', '件', '8.5％');
    expect(withRelativeTargets(written, point('C4', 12000))).toEqual({ ind: written, guesses: [] });
    const plain = counted('10％', 't');
    expect(withRelativeTargets(plain, point('C4', 12000))).toEqual({ ind: plain, guesses: [] });
  });
});

describe('amountFromBaseline: a change in the indicator’s own unit from the baseline', () => {
  test.each([
    ['基準値から12件増', 12, '件', 'up'],
    ['基準値から300人増', 300, '人', 'up'],
    ['現状値より1,200人の増加', 1200, '人', 'up'],
    ['基準値から5回減', 5, '回', 'down'],
  ] as const)('%s', (text, amount, unit, way) => expect(amountFromBaseline(text)).toEqual({ amount, unit, way }));

  test.each([['基準値から10%増'], ['基準値から3ポイント増'], ['基準値の1.5倍'], ['基準値から3割減'], ['12件増'], ['前年度から12件増'], ['12件']])(
    '%s is no amount from the baseline',
    (text) => expect(amountFromBaseline(text)).toBeNull(),
  );

  test('「基準値から12件増」 is the baseline plus 12, its way up, a guess naming both cells (never the 12 itself)', () => {
    const ind = { ...indicator('基準値から12件増'), unit: '件' };
    const read = withRelativeTargets(ind, point('C4', 8));
    expect(read.ind.targets[0].parsed).toMatchObject({ status: 'value', value: 20 });
    expect(read.ind.statedDirection?.value).toBe('up');
    expect(read.guesses).toEqual([{ reason: 'target-from-baseline', cells: ['D4', 'C4'] }]);
  });

  test('an amount in another unit than the indicator’s (千人 for 人) is not added: the target is left unread, no number', () => {
    const ind = { ...indicator('基準値から3千人増'), unit: '人' };
    const read = withRelativeTargets(ind, point('C4', 3420));
    expect(read.ind.targets[0].parsed.status).toBe('text');
    expect(read.guesses).toEqual([]);
  });
});
