/**
 * A target written as a bound says which way the indicator should go, as a clerk reads it:
 * - a ceiling — 「農作物被害額 1,500万円以下」「待ち時間 30分以内」「5件未満」「前年度を下回る」 — means
 *   lower is better (down);
 * - a floor — 「80%以上」「前年度を上回る」 — means higher is better (up).
 * 以下 / 未満 / 以内 / 以上 count only right after a figure (and its unit) or a value named instead
 * (「前年度以下」「全国平均以上」): 「以下のとおり」 says nothing.
 * A bound followed by a change word is a change of that size, whose way the change word gives
 * (「5%以上削減」 is down, not up): it is not read here. Two bounds that disagree say nothing.
 */
import { normalizeText } from './text';

export interface TargetBound {
  way: 'up' | 'down';
  /** The bound as written: 「1,500万円以下」, 「前年度を下回る」. */
  word: string;
}

/** A figure, an optional unit (up to six characters, no space), then the bound word. */
const AFTER_FIGURE = /(\d[\d,]*(?:\.\d+)?)\s*([^\s\d、。,]{0,6}?)\s*(以下|未満|以内|以上)/g;
/** A bound on a value named instead of a figure: 「前年度以下」「基準値未満」「全国平均以上」. */
const AFTER_REFERENCE = /(前年度|前年|昨年度|基準値?|基準年度|現状値?|現況値?|全国平均|県平均)(?:の?実績値?|の?値)?\s*(以下|未満|以上)/g;
/** A comparison with something named, figure or not: 「前年度を下回る」「全国平均を上回ること」. */
const COMPARED = /(を下回|を上回)(る|ら|り|っ|れ)/g;
/** A floor and a ceiling on figures, one after the other, and nothing else (remarks in brackets aside). */
const BAND = /^\s*\d[\d,.]*\s*[^\s\d、。,]{0,4}?\s*以上\s*[、,・]?\s*\d[\d,.]*\s*[^\s\d、。,]{0,4}?\s*(以下|未満)\s*$/;

/** Whether the target is a band (「40％以上60％以下」); a bound with a bracketed condition (「12％以下（40歳以上74歳以下）」) is none. */
export function isBand(text: string): boolean {
  return BAND.test(text);
}
/** A change word right after the bound: the change gives the way, not the bound. */
const CHANGE_AFTER = /^\s*(?:の)?\s*(増|減|削減|低減|縮減|短縮|抑制|向上|上昇|低下|改善|悪化|伸)/;
/**
 * What may follow a bound on the figure: the end of the statement (a space, punctuation, a bracket,
 * a line's end) or a verb about the target (とする, に抑える, を目指す, を維持, 確保, 達成). Anything
 * else makes it a condition on what is counted: 「65歳以上の高齢者」「3人以上世帯」「3年以内で起業した市民」.
 */
const CLOSES =
  /^(?:\s|$|[、。,.;；:：)）\]］」』】/／・~〜～]|と(?:する|なる|し)|に(?:抑|とど|留|減|す|な)|を(?:目指|目標|維持|達成|確保|保|堅持)|(?:確保|達成|維持|を)(?![\p{Script=Han}]))/u;
const boundsFigure = (after: string) => !CHANGE_AFTER.test(after) && CLOSES.test(after);

const wayOf = (word: string): 'up' | 'down' => (/以下|未満|以内|を下回/.test(word) ? 'down' : 'up');

/** The way a target's text points by the bound written in it, or null when it writes none (or two that disagree). */
export function targetBound(text: string): TargetBound | null {
  const t = normalizeText(text);
  if (!/以下|未満|以内|以上|を下回|を上回/.test(t)) return null;
  // A band (「40％以上60％以下」「40以上、60未満」) asks for a figure inside it: it states no way (grading/rangeTarget.ts).
  if (isBand(t)) return null;
  const found: TargetBound[] = [];
  for (const m of t.matchAll(AFTER_FIGURE)) {
    if (!boundsFigure(t.slice(m.index + m[0].length))) continue;
    found.push({ way: wayOf(m[3]), word: m[0].trim() });
  }
  for (const m of t.matchAll(AFTER_REFERENCE)) {
    if (!boundsFigure(t.slice(m.index + m[0].length))) continue;
    found.push({ way: wayOf(m[2]), word: m[0] });
  }
  for (const m of t.matchAll(COMPARED)) {
    if (CHANGE_AFTER.test(t.slice(m.index + m[0].length))) continue;
    const start = Math.max(0, t.lastIndexOf(' ', m.index) + 1);
    found.push({ way: wayOf(m[1]), word: t.slice(start, m.index + m[0].length).replace(/^[\s:：]+/, '') });
  }
  if (!found.length || found.some((f) => f.way !== found[0].way)) return null;
  return found[0];
}
