/**
 * A target cell that writes the change its figure makes, in brackets after the figure — 「312,100（基準値から10％縮減）」
 * 「12,400（H25年度比50%削減）」「1,650（現状から5%増）」 — says which way the indicator should go, as a clerk reads it:
 * a cut (削減 / 縮減 / 低減 / 減少 / 減 / 抑制) is down, a rise (増加 / 増 / 向上 / 上昇) up.
 * Only a change in percent inside the brackets, after a figure of the cell's own: the figure is the level aimed at and
 * the note its change from the baseline. A figure that is itself the change (「100t削減」「5%以上削減」, a reduction's
 * size, which more of is better) or a note of another kind (「（基準値：346,800）」) says nothing here. A way word alone in
 * the brackets after the figure (「180件（減少）」) says the way too.
 */
import { lowerIsBetterSubject } from './lowerIsBetter';
import { normalizeText } from './text';

export interface TargetChange {
  way: 'up' | 'down';
  /** The change as written in the note: 「基準値から10%縮減」. */
  word: string;
}

/** A figure (and a unit of up to six characters), then a bracketed note whose last words are a change in percent. */
const CHANGE_NOTE =
  /^[-−]?\d[\d,]*(?:\.\d+)?\s*[^\s\d()（）]{0,6}\s*[(（]([^()（）]{0,20}?\d+(?:\.\d+)?\s*%\s*(?:以上|程度)?の?(削減|縮減|低減|減少|減|抑制|増加|増|向上|上昇)(?:する|を目指す|を図る)?)\s*[)）]\s*$/;

/**
 * A figure, then a bracketed note that is a way word alone: 「180件（減少）」「95%（向上）」 (the level aimed at, and the way
 * it is aimed: the figure is no reduction's size, which the note would then not repeat).
 */
const WAY_NOTE = /^[-−]?\d[\d,]*(?:\.\d+)?\s*[^\s\d()（）]{0,6}\s*[(（]\s*((削減|縮減|低減|減少|抑制|増加|向上|上昇)(?:させる|を目指す|を図る)?)\s*[)）]\s*$/;

/** The way a target's text points by the change its bracketed note writes, or null when it writes none. */
export function targetChange(text: string): TargetChange | null {
  const t = normalizeText(text).trim();
  if (!/[(（]/.test(t)) return null;
  const w = WAY_NOTE.exec(t);
  if (w) return { way: /減|抑制/.test(w[2]) ? 'down' : 'up', word: w[1] };
  if (!/%/.test(t)) return null;
  const m = CHANGE_NOTE.exec(t);
  if (!m) return null;
  return { way: /減|抑制/.test(m[2]) ? 'down' : 'up', word: m[1].trim() };
}

/** A count of the people living or born (定住人口, 中心市街地の居住人口, 出生数, 世帯数), a bracket after the name aside. */
const POPULATION_COUNT = /(人口|出生(?:者)?数|世帯数|(?:居住|定住)者数)$/;

/**
 * The way a target's bracketed note says for the indicator of this name, or null when the note yields (review rv49):
 * a decline noted beside a count of people living or born (「48,000人（減少）」 of 定住人口) is a decline accepted, the
 * figure a floor that more of is better, no lower-is-better; and a rise noted beside what nobody wants more of
 * (「30件（増加）」 of 空き家の苦情件数, values/lowerIsBetter.ts) does not override what the name says (down).
 */
export function targetChangeFor(text: string, name: string): TargetChange | null {
  const c = targetChange(text);
  if (!c) return null;
  const n = normalizeText(name)
    .replace(/[(（][^()（）]*[)）]\s*$/, '')
    .trim();
  if (c.way === 'down' && POPULATION_COUNT.test(n)) return null;
  if (c.way === 'up' && lowerIsBetterSubject(name)) return null;
  return c;
}

/** A target heading naming a cut or a rise: 「削減目標」「低減目標値」 down, 「増加目標」 up (withoutTermQualifier in labels.ts reads it as a target). */
const CHANGE_HEADING = /^(削減|縮減|低減|抑制|増加)の?(数値)?目標/;

/**
 * The way a target heading states for every row under it: a reduction target (「削減目標（令和12年度）」) is lower is
 * better, as a clerk reads it; null for any other heading.
 */
export function targetHeadingWay(heading: string): 'up' | 'down' | null {
  const t = normalizeText(heading).replace(/\s+/g, '');
  const m = CHANGE_HEADING.exec(t);
  if (!m) return null;
  // 「削減目標時間」「削減目標量」: a word after 目標 names what its figure counts, the size of the cut (more is better).
  if (COUNTED_AFTER.test(t.slice(m[0].length))) return null;
  return m[1] === '増加' ? 'up' : 'down';
}

/** A word naming a quantity right after the target word (時間, 量, 額; never 値 or a bracket). */
const COUNTED_AFTER = /^(?!値)[\p{Script=Han}\p{Script=Katakana}]/u;

/**
 * A name measuring the change itself — 「温室効果ガス削減量」「排出量の削減率（H25比）」「ごみ縮減額」 — counts how much was cut,
 * which more of is better, whatever way a 「削減目標」 heading over it states (the heading names what the plan aims at,
 * the row the size of the cut).
 */
const CHANGE_QUANTITY = /(削減|縮減|低減|抑制|減少|増加)(量|率|数|額|幅|割合|効果)/;

/** Whether an indicator's name measures a change (削減量, 削減率), so a target heading's way says nothing of it. */
export function measuresTheChange(name: string): boolean {
  return CHANGE_QUANTITY.test(normalizeText(name));
}
