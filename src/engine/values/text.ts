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
  return isKept(s) ? s : normalizeMemo(s);
}

const normalizeMemo = memo((s: string) => s.normalize('NFKC').replace(DASHES, '-').replace(/\r\n?/g, '\n'));

/** For matching labels: normalised, with every kind of white space removed and ASCII lower-cased. */
export function compact(s: string): string {
  return isKept(s) && !SPACE_OR_UPPER.test(s) ? s : compactMemo(s);
}

const SPACE_OR_UPPER = /[\sA-Z]/;

const compactMemo = memo((s: string) =>
  normalizeText(s)
    .replace(/\s+/g, '')
    .replace(/[A-Z]/g, (c) => c.toLowerCase()),
);

/**
 * The characters normalizeText leaves as they are, whatever stands beside them (text.test.ts checks each one): line feed,
 * printable ASCII, Japanese punctuation and brackets (、。「」【】), kana, CJK ideographs, arrows, math and box-drawing signs,
 * shapes (○●□■◆★) and ※. None is a dash, a combining mark, or a character NFKC changes or composes with the one before it,
 * so a text made of them only is its own normal form, returned without a memo look-up (most cell texts are).
 */
export const KEPT_RANGES: readonly (readonly [number, number])[] = [
  [0x0a, 0x0a],
  [0x20, 0x7e],
  [0x2018, 0x2023],
  [0x2030, 0x2032],
  [0x2038, 0x203b],
  [0x2190, 0x2211],
  [0x2213, 0x222b],
  [0x2500, 0x27ff],
  [0x3001, 0x3029],
  [0x3041, 0x3096],
  [0x30a1, 0x30fc],
  [0x4e00, 0x9fff],
];

const KEPT = new Uint8Array(0x10000);
for (const [from, to] of KEPT_RANGES) KEPT.fill(1, from, to + 1);

/** Whether every character of the text is one normalizeText keeps (KEPT_RANGES). */
export function isKept(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (KEPT[s.charCodeAt(i)] === 0) return false;
  return true;
}

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

/** Text to match literally inside a regular expression (its special characters escaped). */
export const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** Whether a cell's text holds a digit, half- or full-width (「24.1％」「２４.１％」): a figure is written either way. */
export const hasDigit = (s: string): boolean => /[0-9０-９]/.test(s);
