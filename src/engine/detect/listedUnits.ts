/**
 * A unit note above a table listing several counters (「単位：台、人」) with no word on which is whose: a clerk gives each row the
 * one its figures' heading counts (「定期利用者数」 counts 人, 「収容台数」 台). A heading counts a unit when its measure ends in that
 * counter and 数 (台数, 件数, 回数), or in 者数 / 人数 / 員数 for 人. Only one listed unit may fit every heading of the row's
 * figures; a heading counting two of them (「台数・人数」), none, or a list with a money or rate unit gives nothing. Headings
 * counting none of them (目標値 | 実績値) leave it to the row's name, by the same words closing it, never a ratio's name (listedUnitOf).
 */
import { RATIO_NAME } from './names';

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

/**
 * Whether a heading's words count `unit` (「定期利用者数」 counts 人; 「収容台数」 台). A counter scaled by 十 / 百 / 千 / 万 counts as its
 * own counter does (「千人」 by 利用者数: review rv81).
 */
function counts(heading: string, unit: string): boolean {
  const t = heading.normalize('NFKC').replace(/\s+/g, '');
  if (unit.length === 2 && /^[十百千万]/.test(unit)) unit = unit.slice(1);
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

/**
 * The listed unit of a row: the one its figures' headings count; where they count none of the list (「目標値 | 実績値」), the one
 * its name counts (「相談件数」 件, 「受講者数」 人: review rv81). Headings counting another listed unit are never overridden.
 */
export function listedUnitOf(units: readonly string[], headings: readonly string[], name: string): string | null {
  if (headings.some((h) => units.some((u) => counts(h, u)))) return unitCountedBy(units, headings);
  // A ratio's name (「相談件数に対するあっせん解決率」) holds a count it is taken of, no unit of its own; and the counted word must
  // close the name (「受講者数」), never stand inside it (review rv82b item 4).
  const n = name.normalize('NFKC').replace(/\s+/g, '');
  if (RATIO_NAME.test(n)) return null;
  const unit = unitCountedBy(units, [name]);
  return unit && closesWithCount(n, unit) ? unit : null;
}

/** Whether the name ends in the counter and 数 (「相談件数」 件), or for 人 in 者数 / 人数 / 員数. */
function closesWithCount(name: string, unit: string): boolean {
  const u = unit.length === 2 && /^[十百千万]/.test(unit) ? unit.slice(1) : unit;
  return name.endsWith(`${u}数`) || (u === '人' && /(?:者|員)数$/.test(name));
}
