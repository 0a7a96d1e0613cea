/**
 * A target written as 「全校」「全地区」「全施設」 (every school, district, facility) with the count of them the row's 備考
 * gives (「市立小中学校は全24校」): that count is the target, as a clerk reads it (24 schools). The remark must count the
 * same thing (「全24校」 for 「全校」, not 「全24校区」) and give one count only; a unit column naming something else (「％」)
 * says the word means another figure. Otherwise the word stays unread, as a target in words is.
 */
import type { RawIndicator } from '../detect';
import { normalizeText } from '../values/text';

/** 「全」 and a counter word, nothing else (「全校」「全地区」「全施設」). */
const ALL_OF = /^全([\p{Script=Han}\p{Script=Katakana}ー]{1,4})$/u;

/** The counter a target of the form 「全校」 names (「校」), else null. */
export function allOfCounter(text: string): string | null {
  const m = ALL_OF.exec(normalizeText(text).replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/** The one count a remark gives for every one of a counter (「全24校」 for 「校」), else null (none, or two that differ). */
export function allCountInRemark(counter: string, remark: string): number | null {
  const escaped = counter.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const re = new RegExp(`全\\s*([0-9][0-9,]{0,6})\\s*${escaped}(?![\\p{Script=Han}\\p{Script=Katakana}ー])`, 'gu');
  const counts = new Set<number>();
  for (const m of normalizeText(remark).matchAll(re)) counts.add(Number(m[1].replace(/,/g, '')));
  return counts.size === 1 ? [...counts][0] : null;
}

/** The indicator with its 「全校」 targets read as the count its 備考 gives. */
export function withAllOfTargets(ind: RawIndicator): RawIndicator {
  if (!ind.note || !ind.targets.some((t) => t.parsed.status === 'text')) return ind;
  let changed = false;
  const targets = ind.targets.map((t) => {
    if (t.parsed.status !== 'text') return t;
    const counter = allOfCounter(t.parsed.text);
    if (!counter || (ind.unit && normalizeText(ind.unit).trim() !== counter)) return t;
    const count = allCountInRemark(counter, ind.note ?? '');
    if (count === null) return t;
    changed = true;
    return { ...t, parsed: { status: 'value' as const, value: count, unit: counter, text: t.parsed.text } };
  });
  return changed ? { ...ind, targets } : ind;
}
