/**
 * Text normalisation for cells written by hand.
 *
 * NFKC folds full-width digits and Latin letters (１２ → 12, ＲＳ → RS) but also turns
 * circled numbers into digits and leaves the many dash-like characters alone, so those are
 * mapped here explicitly.
 */

const DASHES = /[‐‑‒–—―−－ｰ]/g;

/** NFKC plus dash folding; keeps line breaks. */
export function normalizeText(s: string): string {
  return normalizeMemo(s);
}

const normalizeMemo = memo((s: string) => s.normalize('NFKC').replace(DASHES, '-').replace(/\r\n?/g, '\n'));

/** For matching labels: normalised, with every kind of white space removed and ASCII lower-cased. */
export function compact(s: string): string {
  return compactMemo(s);
}

const compactMemo = memo((s: string) =>
  normalizeText(s)
    .replace(/\s+/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase()),
);

/** Removes a trailing note introduced by ※ ("期待値※R7は目標値" → "期待値"). */
export function stripNote(s: string): string {
  const i = s.indexOf('※');
  return i >= 0 ? s.slice(0, i) : s;
}

/** Collapses runs of white space (including line breaks) to one space and trims. */
export function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳㉑㉒㉓㉔㉕㉖㉗㉘㉙㉚㉛㉜㉝㉞㉟㊱㊲㊳㊴㊵㊶㊷㊸㊹㊺㊻㊼㊽㊾㊿';

/** "①" → 1; returns null when the character is not a circled number. */
export function circledNumber(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  return i >= 0 ? i + 1 : null;
}

/**
 * Memoises a pure function of one string. Labels repeat across sheets ("実績値", "R5"), and the
 * cache is bounded so that a 50,000-row sheet of distinct texts does not hold them all.
 */
export function memo<T>(fn: (s: string) => T, max = 20000): (s: string) => T {
  const cache = new Map<string, T>();
  return (s: string) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    const v = fn(s);
    if (cache.size >= max) cache.clear();
    cache.set(s, v);
    return v;
  };
}
