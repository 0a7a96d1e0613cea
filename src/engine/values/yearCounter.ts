/**
 * The counter written between a count of years and 年 (「3か年」「三ヶ年」「5ヵ年」「5カ年」「5ケ年」「5箇年」), one character class
 * for every reader of a term's words. The small ヶ (U+30F6), the commonest spelling, was missing from the readers' own lists (review
 * rv79): 「60（三ヶ年累計）」 read as one year's target.
 */
export const YEAR_COUNTER = '[かヵヶカケ箇]';
