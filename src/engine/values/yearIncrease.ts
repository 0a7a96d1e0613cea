/**
 * A year heading naming its figures as that year's increase (「令和3年度増加分」「R4増分」: a 地方創生推進交付金 KPI written per year
 * as the rise over the level before the project, 目標値 | 実績値 under each year): the year written is the period of those figures,
 * as a plain year heading's. Only the word written right after the year counts: 「令和3年度からの増加分」 counts from a year
 * (a baseline's), 「増加分の割合」 names another measure, and a word before the year is no note of it.
 */

/** The increase words a year may carry, longest first. */
const INCREASE_WORD = /^(?:純増加分|増加分|純増分|増分)/;

/** The length of an increase word written in `text` right at `end` (where the year ends), else 0. */
export function increaseAfterYear(text: string, end: number): number {
  return INCREASE_WORD.exec(text.slice(end))?.[0].length ?? 0;
}
