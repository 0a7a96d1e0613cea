/**
 * Years as rows under named columns with a target row at the foot (namedYearColumns.ts) that gives figures to some columns
 * only: beside a rate it gives a figure (…率, …割合), a column it leaves blank is one of the counts the rate is made of, shown
 * with it, no indicator of its own, when
 * - it stands with the rate under one group heading, a short count (児童（小学校） over 学校数 | 児童数 | 不登校児童数 | 不登校児童出現率);
 * - its words are the rate's: the count without its counter word inside the rate's name (不登校児童数, 児童数 beside
 *   不登校児童出現率; うち学校復帰・進学者数 beside 学校復帰・進学率), or the rate's subject — its name before the rate's word —
 *   inside the count's (いじめ of いじめ解消率 in いじめ認知件数);
 * - or it is the whole a 「うち…」 column right of it counts a part of, that part being such a count (教育支援センター
 *   通室児童生徒数 | うち学校復帰・進学者数).
 * Any other blank column stays an indicator without a target (回収数（t） beside リサイクル率: review rv51).
 */
import { normalizeText } from '../values/text';
import { cleanName } from './names';

/** What this rule reads of a named column: its column, its name as written, its group heading's cell if any. */
export interface CountedColumn {
  col: number;
  name: string;
  group?: string;
}

/** The name's words: cleaned, its closing bracket (「（小学校）」) and white space off. */
const wordsOf = (name: string): string =>
  normalizeText(cleanName(name).name)
    .replace(/[(（][^()（）]*[)）]$/, '')
    .replace(/\s+/g, '');

/** A rate or a share: its name ends in 率 or 割合. */
const RATE = /(?:率|割合)$/;
/** A count's counter word, and the 「うち」 opening a part's name. */
const COUNTER = /(?:件数|者数|人数|回数|校数|数)$/;
const PART = /^うち/;

/** The rate's subject: its name before the rate's word (いじめ解消率 → いじめ, 不登校児童出現率 → 不登校児童). */
const subjectOf = (rate: string): string => rate.replace(/\p{Script=Han}{0,2}(?:率|割合)$/u, '').replace(/[・、]+$/, '');

/** Whether the count's words are the rate's (see above). */
function sameWords(count: string, rate: string): boolean {
  const stem = count
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(PART, '')
    .replace(COUNTER, '');
  const subject = subjectOf(rate);
  // The subject's own count (いじめ認知件数 beside いじめ解消率): the subject and a word of two or three, no longer name holding it
  // (いじめ相談窓口の相談件数 is another indicator: review rv57).
  const own = stem.startsWith(subject) && stem.length - subject.length <= 3;
  return (stem.length >= 2 && stem !== count && rate.includes(stem)) || (subject.length >= 2 && own);
}

/** A short count of who or what the group counts (学校数, 児童数, 生徒数): five characters at most. */
const SHORT_COUNT = /^.{1,3}(?:数|件数|人数|者数)$/;

/** The blank columns that are counts a targeted rate is made of (see above). */
export function rateCounts<C extends CountedColumn>(columns: C[], targeted: (c: C) => boolean): Set<C> {
  const out = new Set<C>();
  const rates = columns.filter((c) => targeted(c) && RATE.test(wordsOf(c.name)));
  if (!rates.length) return out;
  const blank = columns.filter((c) => !targeted(c));
  for (const c of blank) {
    const words = wordsOf(c.name);
    if (RATE.test(words)) continue;
    // Under the rate's group heading only a short count (学校数) or one of the rate's words: 健康相談件数 under 健康づくり beside
    // 特定健診受診率 is an indicator of its own (review rv57).
    const grouped = (r: C) => !!c.group && r.group === c.group && SHORT_COUNT.test(words);
    if (rates.some((r) => grouped(r) || sameWords(words, wordsOf(r.name)))) out.add(c);
  }
  // The whole left of a 「うち…」 part that is such a count.
  for (const c of blank) {
    const part = columns.find((x) => x.col === c.col + 1);
    if (part && out.has(part) && PART.test(wordsOf(part.name)) && !RATE.test(wordsOf(c.name))) out.add(c);
  }
  return out;
}
