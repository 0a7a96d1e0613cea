import { KEPT_RANGES, compact, isKept, normalizeText } from './text';

/** normalizeText as it reads without its short cut: NFKC, dashes folded, CR LF made LF. */
const slowNormalize = (s: string) =>
  s
    .normalize('NFKC')
    .replace(/[‐‑‒–—―−－ｰ]/g, '-')
    .replace(/\r\n?/g, '\n');
const slowCompact = (s: string) =>
  slowNormalize(s)
    .replace(/\s+/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase());

const kept = KEPT_RANGES.flatMap(([from, to]) => Array.from({ length: to - from + 1 }, (_, i) => String.fromCharCode(from + i)));

describe('normalizeText short cut for texts it leaves as they are', () => {
  it('keeps every character of KEPT_RANGES as it is, alone', () => {
    const changed = kept.filter((c) => slowNormalize(c) !== c);
    expect(changed).toEqual([]);
  });

  it('keeps each pair of kept characters of the small ranges (no composition between them)', () => {
    const small = kept.filter((c) => c.charCodeAt(0) < 0x4e00);
    const changed: string[] = [];
    for (const a of small) for (const b of small) if (slowNormalize(a + b) !== a + b) changed.push(a + b);
    expect(changed).toEqual([]);
  });

  it('tells kept texts from those NFKC or the dash folding change', () => {
    expect(isKept('実績値（R5）')).toBe(false);
    expect(isKept('実績値(R5)')).toBe(true);
    for (const s of ['１２３', 'ｶﾀｶﾅ', '－', 'a\r\nb', '指標　名', '①', 'ｰ', 'か\u3099']) expect(isKept(s)).toBe(false);
  });

  it('reads every text as the slow path does, kept or not', () => {
    const texts = ['実績値(R5)', '実績値（R5）', '目標 値', 'KPI名', '令和５年度', '※R7は目標値', 'か\u3099', 'a\r\nb', '人/年', '↑', '○△□', 'Ａ－１', ''];
    for (const s of texts) {
      expect(normalizeText(s)).toBe(slowNormalize(s));
      expect(compact(s)).toBe(slowCompact(s));
    }
  });
});
