/**
 * A heading naming a rate's numerator or denominator (「分子」「分母（対象者数等）」「対象者数（分母）」「受診者数⏎（分子）」):
 * the figure the rate is worked out from, never the indicator's actual — the rate is. Under an actual heading (実績（R5） over
 * 分母 | 分子 | 実績値) such a column is no candidate for the actual (detect/header.ts).
 */
import { normalizeText } from './text';

const TERM = /^(?:分子|分母)(?:[(（][^()（）]*[)）])?$|^[^()（）]*[(（](?:分子|分母)[)）]$/;

/** Whether a heading names a rate's numerator or denominator, alone or bracketed after what it counts. */
export function namesRateTerm(heading: string): boolean {
  return TERM.test(normalizeText(heading).replace(/\s+/g, ''));
}
