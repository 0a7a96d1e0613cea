/**
 * The indicators a remark names by their numbers, as a clerk reads 「※指標①③⑤は数値の減少を目指す指標。」, 「指標1-2、2-1は…」,
 * 「No.3及びNo.5は…」 or 「(1)(3)は…」: runs of number marks, each mark the number in an indicator's number cell (its id,
 * compared as indicatorNumbers.ts writes ids: ① is 1, 「(2)」 is 2, 「①-1」 is 1-1). A run names numbers
 * - right after a word saying numbers follow (指標 / 番号 / No. / №), whatever comes after it;
 * - after such a word earlier in the remark, each mark standing alone (no digit, letter, hyphen or point beside it) and the
 *   run followed by a list mark or a particle (、・と及はがを…) or the end: 「令和5年度」「10％」 name no number;
 * - or, with no such word, circled or bracketed marks followed by a topic particle (「①③は…」), a clerk's way of citing them.
 * A footnote's own mark before the run (「※1」「注2」) is none of its numbers.
 * A number followed by a counter word (「重点指標3項目のうち」「指標2件」) is a count, never a run.
 * The remark's text is normalized as directionNotes.ts compares it, circled numerals kept (`remarkText`): NFKC would run
 * 「①③⑤」 into 「135」. What a run says is its words up to the next run (`runWords`): in 「指標②は速報値、③⑤は減少を目指す」
 * only ③ and ⑤ are said to go down.
 */
import { memo, normalizeText } from '../values/text';
import { numberId } from './indicatorNumbers';

/** A remark's text for matching: NFKC (circled numerals kept as written), white space removed. */
export function remarkText(raw: string): string {
  return raw
    .split(/([①-⑳]+)/)
    .map((part, i) => (i % 2 ? part : normalizeText(part)))
    .join('')
    .replace(/\s+/g, '');
}

/** Words saying numbers follow. */
const LEAD = '(?:(?:成果|活動|数値|目標|評価|重点|主要|管理|参考)?指標(?:番号)?|番号|No\\.?|№)';
/** One mark: a circled numeral, digits in brackets, or digits and letters (「1」「A2」), joined by hyphens or points into one number. */
const PART = '(?:[①-⑳]|\\(\\d{1,3}\\)|[0-9A-Za-z]+)';
const MARK = `${PART}(?:[-.]${PART})*`;
/** Between two marks of a run: a list mark or a conjunction; nothing between circled or bracketed marks (「①③⑤」「(1)(3)」). */
const SEP = '(?:[、,・]|と|及び|および|並びに|又は|または|や)?';
// A footnote's own mark (「※1」「注2」「*3」) is no run: 「※1　No.3及びNo.5は…」 names 3 and 5 only (footnoteMarkRun.test.ts).
const RUN = new RegExp(`(?:(${LEAD})|(?<![0-9A-Za-z.\\-])(?!(?<=[※*注])\\d))(${MARK}(?:${SEP}${MARK})*)(?![0-9A-Za-z])`, 'gi');
const HAS_LEAD = new RegExp(LEAD, 'i');
/** What may follow a run named after an earlier lead word: a list mark, a particle, a bracket's end, the sentence's end. */
const AFTER = /^(?:$|[、,・と及はがをも)）。．])/;
/** A topic particle after circled or bracketed marks with no lead word. */
const TOPIC = /^(?:は|が|を|も|について)/;
/** A counter word after a number: 「重点指標3項目」「指標2件」「3つの指標」 count indicators, they name no number. */
const COUNTER = /^(?:項目|件|個|つ|本|指標|種類?|分野|施策|事業|か所|カ所|箇所)/;
/** Marks that are numbers by their form alone. */
const CITED = /^(?:[①-⑳]|\(\d{1,3}\))+$/;

export interface NumberRun {
  /** The ids the run names (idKey), each with where its mark stands. */
  marks: { id: string; start: number; end: number }[];
  /** Where the run starts (its lead word included) and ends in the text. */
  start: number;
  end: number;
}

const ONE_MARK = new RegExp(MARK, 'gi');

/** The marks of a run starting at `from` in the text, each as written and where it stands. */
function marksOf(run: string, from: number): { written: string; start: number; end: number }[] {
  return [...run.matchAll(ONE_MARK)].map((m) => ({ written: m[0], start: from + m.index, end: from + m.index + m[0].length }));
}

/** The runs of number marks a remark's text (remarkText) names, in order (once per text: each indicator asks). */
export const numberRuns = memo((text: string): NumberRun[] => {
  const out: NumberRun[] = [];
  const lead = HAS_LEAD.exec(text);
  for (const m of text.matchAll(RUN)) {
    const start = m.index;
    const end = start + m[0].length;
    const after = text.slice(end);
    const marks = marksOf(m[2], end - m[2].length);
    if (COUNTER.test(after)) continue;
    const named = !!m[1] || (!!lead && lead.index < start && AFTER.test(after)) || (marks.every((k) => CITED.test(k.written)) && TOPIC.test(after));
    if (named) out.push({ marks: marks.map((k) => ({ id: idKey(k.written), start: k.start, end: k.end })), start, end });
  }
  return out;
});

/** An id as compared: its number (indicatorNumbers.ts), without a lead word, brackets or spaces. */
export function idKey(id: string): string {
  return numberId(normalizeText(id).trim())
    .replace(new RegExp(`^${LEAD}`, 'i'), '')
    .replace(/[()\s]/g, '')
    .toLowerCase();
}

/** Where a mark of the text names the indicator's id, or null. */
export function numberSpan(text: string, id: string | null): { start: number; end: number } | null {
  const key = id ? idKey(id) : '';
  if (!key) return null;
  for (const run of numberRuns(text)) for (const k of run.marks) if (k.id === key) return { start: k.start, end: k.end };
  return null;
}

/** The words the run naming the id says of it: from the run's end to the next run's start (or the text's end); null when none names it. */
export function runWords(text: string, id: string | null): string | null {
  const key = id ? idKey(id) : '';
  if (!key) return null;
  const runs = numberRuns(text);
  const k = runs.findIndex((r) => r.marks.some((m) => m.id === key));
  return k < 0 ? null : text.slice(runs[k].end, runs[k + 1]?.start ?? text.length);
}

/** Every run's words, for telling whether some run's own words say what the sentence says. */
export function allRunWords(text: string): string[] {
  const runs = numberRuns(text);
  return runs.map((r, k) => text.slice(r.end, runs[k + 1]?.start ?? text.length));
}
