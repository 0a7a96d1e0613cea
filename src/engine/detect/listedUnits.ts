/**
 * A unit note above a table listing several counters (「単位：台、人」) with no word on which is whose: a clerk gives each row the
 * one its figures' heading counts (「定期利用者数」 counts 人, 「収容台数」 台). A heading counts a unit when its measure ends in that
 * counter and 数 (台数, 件数, 回数), or in 者数 / 人数 / 員数 for 人. Only one listed unit may fit every heading of the row's
 * figures; a heading counting two of them (「台数・人数」), none, or a list with a money or rate unit gives nothing.
 */

const LIST_SEPARATOR = /[、,，・/／]/;

/** The counters a note lists (「台、人」 → 台, 人): two or three short counters of one or two characters, nothing else. */
export function listedCounters(value: string): string[] | null {
  const parts = value
    .normalize('NFKC')
    .split(LIST_SEPARATOR)
    .map((p) => p.trim());
  if (parts.length < 2 || parts.length > 3 || new Set(parts).size !== parts.length) return null;
  return parts.every((p) => /^[\p{Script=Han}\p{Script=Katakana}]{1,2}$/u.test(p) && !/円|率|割|倍|等|他|各/.test(p)) ? parts : null;
}

/** Whether a heading's words count `unit` (「定期利用者数」 counts 人; 「収容台数」 台). */
function counts(heading: string, unit: string): boolean {
  const t = heading.normalize('NFKC').replace(/\s+/g, '');
  if (t.includes(`${unit}数`)) return true;
  return unit === '人' && /(?:者|員)数/.test(t);
}

/** The one listed unit every heading counts, or null. */
export function unitCountedBy(units: readonly string[], headings: readonly string[]): string | null {
  if (!headings.length) return null;
  const fit = units.filter((u) => headings.every((h) => counts(h, u)));
  const any = units.filter((u) => headings.some((h) => counts(h, u)));
  return fit.length === 1 && any.length === 1 ? fit[0] : null;
}
