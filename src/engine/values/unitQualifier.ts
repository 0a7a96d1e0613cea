/**
 * What a unit's written form adds after a known unit, with no space: a hyphen and a substance or a basis in Latin
 * letters and digits, 「t-CO2」「kg-CO2e」「m3-N」. The figure is in that qualified unit (tonnes of CO2), and its
 * digits are part of the unit, never a second number of the cell.
 */

/** A hyphen, then a capital letter, more letters and digits (subscript digits too), ending the word. */
const QUALIFIER = /^[-‐－]([A-Z][A-Za-z]{0,3}[0-9₀-₉]{0,2}[a-z]?)(?![\p{L}\p{N}])/u;

/** The qualifier written right after a unit (「-CO2」 of 「t-CO2」), as written, or undefined. */
export function unitQualifier(afterUnit: string): string | undefined {
  return QUALIFIER.exec(afterUnit)?.[0];
}
