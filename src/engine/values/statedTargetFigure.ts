/**
 * A target written as a sentence whose last figure is the one it sets (「利用件数を前年度比20％増の9,600件とする。」「年60回開催し、
 * 参加者数を4,500人とする。」「…を前年度から10g削減し、870gとする。」): the figures before it say the way there, a change (「20％増の」)
 * or an action done on the way (「60回開催し、」), and the figure the sentence ends on with its verb of setting (とする, にする,
 * を目指す) is the target. Only when each earlier figure leads to the next by の right before it or through a clause ended by
 * し、/して、 (a per-unit phrase's figures, 「1人1日当たりの」, set aside); any other sentence with several figures stays as it was
 * read (labelled or ambiguous numbers).
 */

interface Figure {
  start: number;
  end: number;
}

/** The sentence's end after its last figure: an optional bound, a verb of setting, a full stop. */
const SETS =
  /^\s*(?:以上|以下|以内|未満|超)?\s*(?:とする|にする|に(?:増や|減ら|高め|引き上げ|引き下げ)す|を目指す|をめざす|を目標とする|を達成する)\s*[。.]?\s*$/;
/** What leads from one figure to the next: の right before it (「20％増の」), or a clause ended by し、 (「60回開催し、参加者数を」). */
const LEADS = /(?:の\s*$)|(?:し(?:て)?[、,])/;

/** A figure of a per-unit phrase (「1人1日当たりの」): it says what the measure is per, no figure of the sentence. */
const PER = /^(?:\d+[^\d\s、。,]{0,2})*?(?:当たり|あたり|当り)/;
/** How far after a figure its per-unit phrase may run (「人1日当たり」): looking further would make a long cell's figures quadratic. */
const PER_REACH = 24;

/**
 * Whether a figure is one of a per-unit phrase (「１人１日当たり家庭系ごみ排出量　520g以下」: 1人, 1日): it says what the measure
 * is per, never a figure of the cell (values.ts sets such figures aside when another figure stands in the cell).
 */
export function isPerUnitFigure(text: string, figure: Figure): boolean {
  return PER.test(text.slice(figure.end, figure.end + PER_REACH));
}

/** The last of the figures when the sentence sets it as its target (see above), else null. */
export function statedTargetFigure<F extends Figure>(text: string, figures: readonly F[]): F | null {
  const found = figures.filter((f) => !isPerUnitFigure(text, f));
  if (found.length < 2) return null;
  const last = found[found.length - 1];
  if (!SETS.test(text.slice(last.end))) return null;
  for (let i = 1; i < found.length; i++) if (!LEADS.test(text.slice(found[i - 1].end, found[i].start))) return null;
  return last;
}
