/**
 * The cheap first tests the reader makes before its full ones (speed only): each must answer as the full test does,
 * on the texts it lets through and on those it stops.
 */
import { holdsCost } from './costHeadings';
import { cumulativeTwins, sharesKey } from './cumulativeTwins';
import { isNotAName } from './names';
import { supersededTargets } from './revisedTargets';

describe('sharesKey', () => {
  test.each<[(string | null)[], boolean]>([
    [[], false],
    [['actual|2023', 'target|2023', 'actual|2022'], false],
    [['actual|2023', null, null], false],
    [['actual|2023', 'target|2023', 'actual|2023'], true],
  ])('%j: %s', (keys, expected) => expect(sharesKey(keys)).toBe(expected));
});

describe('twins read no text where every key stands once', () => {
  test('cumulativeTwins: a 累計 item is a twin only beside a plain item of its key; the texts are read only then', () => {
    const read: string[] = [];
    const text = (t: { k: string; text: string }) => (read.push(t.text), t.text);
    const items = [
      { k: 'actual', text: '実績' },
      { k: 'target', text: '目標（累計）' },
    ];
    expect(cumulativeTwins(items, (t) => t.k, text).size).toBe(0);
    expect(read).toEqual([]);
    const withTwin = [...items, { k: 'actual', text: '実績（累計）' }];
    expect([...cumulativeTwins(withTwin, (t) => t.k, text)]).toEqual([withTwin[2]]);
    expect(read.length).toBeGreaterThan(0);
  });

  test('supersededTargets: the original target gives way to a revised one of its key, never to one of another key', () => {
    const items = [
      { k: 'target|2023', text: '当初目標' },
      { k: 'target|2024', text: '修正目標' },
    ];
    expect(
      supersededTargets(
        items,
        (t) => t.k,
        (t) => t.text,
      ).size,
    ).toBe(0);
    const revised = [...items, { k: 'target|2023', text: '修正目標' }];
    expect([
      ...supersededTargets(
        revised,
        (t) => t.k,
        (t) => t.text,
      ),
    ]).toEqual([revised[0]]);
  });
});

describe('holdsCost: the first test (額 / 費 / 算 and 円) stops no cost label', () => {
  test.each<[string, boolean]>([
    ['決算額　15,630千円', true],
    ['事業費：1,200万円', true],
    ['当初予算 3,000千円', true],
    ['決算額（R5）　１５，６３０千円', true],
    ['決算額', false],
    ['15,630千円', false],
    ['実施件数 8件', false],
  ])('%s: %s', (text, expected) => expect(holdsCost(text)).toBe(expected));
});

describe('isNotAName: the first test for a derived row (計 or 均) stops none', () => {
  test.each<[string, boolean]>([
    ['累計', true],
    ['（R3からの累計）', true],
    ['【合計】', true],
    ['平均値', true],
    ['小 計', true],
    ['参加者数（累計）', false],
    ['相談件数', false],
  ])('%s: %s', (text, expected) => expect(isNotAName(text)).toBe(expected));
});
