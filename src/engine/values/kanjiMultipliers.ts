/**
 * Numbers written with the Japanese multipliers between their digits: 「4億1千万円」 is 410,000,000,
 * 「1億2,345万円」 123,450,000, 「1万2千人」 12,000. A number followed by one multiplier and no more
 * digits (「30億円」「1.5百万円」「3千人」) is a number in a scaled unit and is not read here.
 */

const MULTIPLIER: Record<string, number> = { 十: 10, 百: 100, 千: 1e3, 万: 1e4, 億: 1e8 };
const SECTION = new Set(['万', '億']);

/** The run of digits and multipliers right after a number, when a digit follows a multiplier in it. */
const RUN = /^(?:[十百千万億]|\d{1,3}(?:,\d{3})+|\d+)+/;

/**
 * Reads the multipliers and digits that follow `first` at the start of `rest`. Returns the whole
 * number and how many characters of `rest` it used, or null when `rest` does not continue the
 * number with a multiplier followed by more digits.
 */
export function readMultipliers(first: number, rest: string): { value: number; length: number } | null {
  const run = RUN.exec(rest)?.[0];
  if (!run || !/^[十百千万億]/.test(run) || !/[十百千万億]\d/.test(run)) return null;
  let total = 0;
  let section = 0;
  let current: number | null = first;
  for (const token of run.match(/[十百千万億]|[\d,]+/g) ?? []) {
    const mult = MULTIPLIER[token];
    if (mult === undefined) {
      current = Number(token.replace(/,/g, ''));
    } else if (SECTION.has(token)) {
      total += (section + (current ?? 0)) * mult;
      section = 0;
      current = null;
    } else {
      section += (current ?? 1) * mult;
      current = null;
    }
  }
  return { value: total + section + (current ?? 0), length: run.length };
}
