/**
 * Labels of a sheet's header lines (基本方針 | …, 担当課 | …, 達成状況評価 | B): the meta role a cell's text names, whose
 * value stands to its right. Matched after NFKC with white space and ※ notes removed, as labels.ts matches headings.
 */
import { withoutRatedPeriod } from './ratedPeriodNote';
import { compact, normalizeText, stripNote } from './text';

/** Labels of sheet-level header cells whose value stands to their right. */
export type MetaRole = 'policy' | 'measure' | 'goal' | 'department' | 'groupGrade';

const META: [MetaRole, RegExp][] = [
  ['policy', /^(基本方針|政策|基本政策|分野)$/],
  ['measure', /^(基本施策|施策|施策名|単位施策)$/],
  ['goal', /^(基本目標|目標体系|政策目標)$/],
  ['department', /^(担当部等|担当部|担当課|担当部局|所管部|所管課|所管部課|担当部署|担当課名|所管|部局|所管部局|部局名|担当部課)$/],
  // The rating of the policy's attainment, bare or qualified by it: 達成状況評価, 施策の達成状況評価, 基本施策の達成度評価
  // (「施策の評価」 alone may name a row of figures: ratingRows.ts); who rated it may be named before it: 担当課による達成度評価.
  ['groupGrade', /^(?:\S{1,10}による)?(達成状況評価|達成状況の評価|達成度評価|施策評価|(基本)?施策の?(達成状況|達成度|達成状況の?評価|達成度評価))$/],
];

/**
 * The meta role a header cell's text names, or null. Not memoised: it is asked once per distinct text (cells.ts keeps the
 * answer per text), where a memo only missed (113,014 look-ups, 48 hits, over three passes of the bench) and was cleared.
 */
export function classifyMeta(text: string): MetaRole | null {
  const n = withoutGloss(normalizeText(text));
  if (!META_WORD_START.test(n)) return null;
  const t = compact(stripNote(n));
  // A rating label may carry the scale it is graded on: 「達成度評価（Ａ～Ｄ）」 is 達成度評価.
  // Or, in brackets after it, who rated it: 「施策の達成度（区の自己評価）」 is 施策の達成度.
  // Or the year it rates: 「施策の達成状況（対象：R6）」 is 施策の達成状況 (ratedPeriodNote.ts).
  const bare = withoutRatedPeriod(t.toUpperCase().replace(SCALE_HINT, '').replace(RATER_HINT, ''));
  if (bare.length > 16) return null;
  for (const [role, re] of META) if (re.test(bare) && (role === 'groupGrade' || bare === t)) return role;
  return null;
}

/**
 * The Japanese words of a label written with its English gloss (「達成状況評価⏎Status」「担当課 Department」): lines of Latin
 * letters alone, and Latin words after the Japanese on a line, are the gloss.
 */
function withoutGloss(n: string): string {
  if (!/[a-z]/i.test(n) || !/[^\x20-\x7e\s]/.test(n)) return n;
  return n
    .split('\n')
    .filter((l) => /[^\x20-\x7e\s]/.test(l))
    .map((l) => l.replace(/(?<=[^\x20-\x7e\s])\s+[a-z][a-z .&/-]*$/i, ''))
    .join('\n');
}

/** The first characters of the META words (each rule is ^(word|word…)$): a text holding none of them is no meta label. */
const META_WORD_START = new RegExp(
  `[${[
    ...new Set(
      META.flatMap(([, re]) =>
        re.source
          .replace(/^\^\(|\)\$$/g, '')
          .split('|')
          .map((w) => w[0]),
      ),
    ),
  ].join('')}]`,
);

/** The scale a rating label names after it: （Ａ～Ｄ）, (A〜D), （A・B・C・D）, （S～D）, （４段階）. */
export const SCALE_HINT = /[(（](?:[A-ES](?:[~〜～\-ー－・,、][A-ES])+|\d段階(?:評価)?)[)）]$/;

/** Who rated, in brackets after a rating label: （区の自己評価）, （担当課評価）, （所管課による評価）. */
const RATER_HINT = /[(（](?:[^()（）]{1,8}(?:の|による))?[^()（）]{0,4}評価[)）]$/;
