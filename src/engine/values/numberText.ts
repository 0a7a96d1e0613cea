/** A number written as text and nothing else, as figures pasted from a system are: 「152,000」「１８，３５０」「12.5」. */
import { parseValue } from './values';

/** A separator of thousands or a decimal point, half- or full-width: a count, an amount or a rate written out. */
const SEPARATOR = /[,.，．]/;

/**
 * The number of a text that is one number and nothing else, written with a thousands separator or a decimal point
 * (「8,851」 → 8851, 「１８，３５０」 → 18350, 「12.5」), as parseValue reads it; else null. No unit, label, note or qualifier
 * beside it (「2,850人」「約1,200」 are read by the figure readers with their words). A bare 「10」 or 「2023」 stays text (a
 * heading may number its columns or name its years so), and a code, a date or a phone number is none (「1-2」「R5.3」
 * 「2024.3」「03-1234-5678」: parseValue reads no single plain number there).
 */
export function numberText(text: string): number | null {
  if (!SEPARATOR.test(text)) return null;
  const p = parseValue(text);
  if (p.status !== 'value' || p.value === undefined || p.unit || p.label || p.note || p.qualifier) return null;
  return p.value;
}
