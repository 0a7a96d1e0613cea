/**
 * A heading naming a rate's numerator or denominator (「分子」「分母（対象者数等）」「対象者数（分母）」「受診者数⏎（分子）」):
 * the figure the rate is worked out from, never the indicator's actual — the rate is. Under an actual heading (実績（R5） over
 * 分母 | 分子 | 実績値) such a column is no candidate for the actual (detect/header.ts).
 */
import { normalizeText } from './text';

/** A heading naming `word`, alone or with its bracket (「分子（受診者数）」), or bracketed after what it counts (「受診者数（分子）」). */
const termHeading = (word: string) => new RegExp(`^${word}(?:[(（][^()（）]*[)）])?$|^[^()（）]*[(（]${word}[)）]$`);

const TERM = termHeading('(?:分子|分母)');
const NUMERATOR = termHeading('分子');

/** Whether a heading names a rate's numerator or denominator, alone or bracketed after what it counts. */
export function namesRateTerm(heading: string): boolean {
  return TERM.test(normalizeText(heading).replace(/\s+/g, ''));
}

/** Whether a heading names a rate's numerator (「分子」「受診者数（分子）」): a count row's actual (detect/numeratorActual.ts). */
export function namesNumerator(heading: string): boolean {
  return NUMERATOR.test(normalizeText(heading).replace(/\s+/g, ''));
}
