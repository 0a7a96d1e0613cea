/**
 * A note about direction that names an indicator by a paraphrase (「※朝食欠食率は低いほど良い。」 beside
 * 「朝食を欠食する中学生の割合」): the note's subject, the words before its は/が, matches no indicator's name, yet most
 * of its characters stand in the name of exactly one indicator of the sheet. That one is the likely subject: the note's
 * words are added to its words for direction. The subject is an abbreviation of the name when all its characters stand
 * in the name in their order, a closing 率 standing for the name's 割合 or 率 (朝食欠食率 → 朝食を欠食する中学生の割合), as a
 * clerk reads it; else the reading says it guessed (a reading-uncertain finding naming the note's cell and the
 * indicator's name), never silently. The subject must name the indicator's measure, though: it ends with the name's words
 * after its last particle (nameMeasure.ts: 支援件数 in 「不登校児童生徒への支援件数」, 割合 read as 率), else it speaks of something else
 * (「不登校児童生徒数は、減少を目標とする」 is no aim of the support given) and names none; a subject sharing only the name's
 * closing word (排出量 in 「CO2排出量」 for 「市域の温室効果ガス排出量」) is at most a guess.
 */
import { directionFromText } from '../values/directionWords';
import { normalizeText } from '../values/text';
import { bareName, contentOf, measureOf } from './nameMeasure';
import type { RawIndicator } from './types';

/** The characters that carry a subject's meaning: kanji, katakana (not the particles and endings in hiragana). */
const CONTENT = /[\p{Script=Han}\p{Script=Katakana}ー]/gu;
/** A subject shorter than this says too little to be matched. */
const MIN_CONTENT = 3;
/** The share of the subject's characters the indicator's name must hold: most of them. */
const MIN_SHARE = 2 / 3;

/** The subject of a sentence: its words before the first については/は/が, without leading marks (「※朝食欠食率は…」 → 朝食欠食率). */
export function subjectOf(sentence: string): string | null {
  const m = /^[※＊*・■□●○◆◇\s]*([^。、，,]+?)(?:については|は|が)/.exec(normalizeText(sentence).replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** All the subject's characters stand in the name in their order, its closing 率 standing for the name's closing 割合 or 率. */
function abbreviates(subject: string, name: string): boolean {
  const held = bareName(name);
  let chars: string[] = [...(subject.match(CONTENT) ?? [])];
  if (chars[chars.length - 1] === '率' && /(割合|率)$/.test(held)) chars = chars.slice(0, -1);
  let at = 0;
  for (const ch of chars) {
    at = held.indexOf(ch, at) + 1;
    if (at === 0) return false;
  }
  return true;
}

/** The share of the subject's content characters found in the name. */
function shareIn(subject: string, name: string): number {
  const chars = subject.match(CONTENT) ?? [];
  if (chars.length < MIN_CONTENT) return 0;
  const held = normalizeText(name);
  return chars.filter((ch) => held.includes(ch)).length / chars.length;
}

/** The content characters two texts end with alike. */
function commonEnd(a: string, b: string): number {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n++;
  return n;
}

/** How the subject names the name's measure: as it (its end), by the closing word alone (two characters or more), or not. */
function namesMeasure(subject: string, name: string): 'measure' | 'word' | null {
  const [said, measure] = [contentOf(subject), measureOf(name)];
  if (said.endsWith(measure)) return 'measure';
  return commonEnd(said, measure) >= 2 ? 'word' : null;
}

/**
 * The one indicator a note saying lower is better speaks of by a paraphrase (see the module's comment) and whether the
 * note abbreviates its name (no guess), or null when no sentence's subject has most of its characters in exactly one
 * indicator's name and names its measure.
 */
export function similarlyNamed(note: string, indicators: RawIndicator[]): { ind: RawIndicator; abbreviation: boolean } | null {
  for (const sentence of note.split(/(?<=[。．])/)) {
    if (directionFromText(sentence) !== 'down') continue;
    const subject = subjectOf(sentence);
    if (!subject) continue;
    const close = indicators.filter((ind) => shareIn(subject, ind.name) >= MIN_SHARE);
    if (close.length !== 1) continue;
    const measure = namesMeasure(subject, close[0].name);
    if (measure) return { ind: close[0], abbreviation: measure === 'measure' && abbreviates(subject, close[0].name) };
  }
  return null;
}
