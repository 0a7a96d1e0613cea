/**
 * A written grade read against a city's scale, with the look-alike marks clerks type for the
 * scale's own: 〇 (the kanji zero) and ◯ for ○, ✕ ✖ and a lone X for ×. A mark is folded only when
 * the scale has the mark it stands for and not the look-alike itself.
 */
import type { CellValue } from '../model/port';
import { parseGrade } from '../values/values';
import { commentedGrade } from './commentedGrade';

const LOOK_ALIKES: { mark: string; like: RegExp }[] = [
  { mark: '○', like: /^[〇◯⭕]/ },
  { mark: '×', like: /^(?:[✕✖╳]|[xXｘＸ](?![\p{L}\p{N}]))/u },
];

type Scale = { grade: string; label: string }[];

/** The written text with a leading look-alike replaced by the scale's mark. */
function folded(text: string, scale: Scale): string {
  const t = text.trim();
  for (const { mark, like } of LOOK_ALIKES) {
    const m = like.exec(t);
    if (m && scale.some((b) => b.grade === mark) && !scale.some((b) => b.grade === m[0])) return mark + t.slice(m[0].length);
  }
  return text;
}

/**
 * parseGrade (the grade's symbol, its name, or both), accepting the look-alike marks and a comment after the symbol
 * (「A：目標を上回った」, commentedGrade.ts); `text` stays as written.
 */
export function readGrade(raw: CellValue | undefined, scale: Scale): { grade: string | null; text: string } | null {
  const g = parseGrade(raw, scale);
  if (!g || g.grade !== null || typeof raw !== 'string') return g;
  const again = parseGrade(folded(raw, scale), scale);
  if (again?.grade) return { grade: again.grade, text: g.text };
  const commented = commentedGrade(folded(raw, scale), scale);
  return commented ? { grade: commented, text: g.text } : g;
}
