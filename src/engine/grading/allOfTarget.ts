/**
 * A target written as 「全校」「全地区」「全施設」 (every school, district, facility) with the count of them the row's 備考
 * gives (「市立小中学校は全24校」): that count is the target, as a clerk reads it (24 schools). The remark must count the
 * same thing (「全24校」 for 「全校」, not 「全24校区」) and give one count only; a unit column naming something else (「％」)
 * says the word means another figure. The count must be of the indicator's own set: a remark naming another kind
 * (「中学校は全8校」 for 「小学校への…配置校数」) counts other schools. A rate (a name in 率 or 割合, a ％ in the unit or the
 * remark, 率 in the remark) is never read against a count: its 「全校」 is every school, 100 %. Otherwise the word stays
 * unread, as a target in words is.
 */
import type { RawIndicator } from '../detect';
import { escapeRegExp, normalizeText } from '../values/text';

/** 「全」 and a counter word, nothing else (「全校」「全地区」「全施設」). */
const ALL_OF = /^全([\p{Script=Han}\p{Script=Katakana}ー]{1,4})$/u;
/** A word of kanji or katakana (the name of a kind: 小学校, 地区センター). */
const WORD = /[\p{Script=Han}\p{Script=Katakana}ー]+/gu;
/** Words before a count that say where, not what kind (市立, 市内, 対象, 本市). */
const GENERIC = /^(?:対象|市内|町内|村内|区内|管内|本市|本町|本村|市立|町立|村立|県立|区立|公立|全体)+/;
/** What says a figure is a rate (率, 割合, ％). */
const RATE = /率|割合|[%％]/;

/** The counter a target of the form 「全校」 names (「校」), else null. */
export function allOfCounter(text: string): string | null {
  const m = ALL_OF.exec(normalizeText(text).replace(/\s+/g, ''));
  return m ? m[1] : null;
}

/**
 * Whether the kind a remark names before its count (「中学校」 of 「中学校は全8校」) may be the indicator's own set: none or a
 * generic word, a word the name holds, or one of a kind the name counts only in general terms (「小中学校」 for the name's
 * 「学校」; not for 「中学校」, which 「小中学校」 outnumbers).
 */
function sameKind(kind: string, counter: string, name: string): boolean {
  const k = kind.replace(GENERIC, '');
  if (!k || k === counter || name.includes(k)) return true;
  const last = counter.slice(-1);
  const general = (name.match(WORD) ?? []).map((w) => w.replace(/数$/, '')).filter((w) => w.endsWith(last) && w.length <= counter.length + 1);
  return general.some((w) => k.endsWith(w));
}

/**
 * The one count a remark gives for every one of a counter (「全24校」 for 「校」), else null (none, two that differ, or one
 * of a kind other than the named indicator's when `name` is given).
 */
export function allCountInRemark(counter: string, remark: string, name?: string): number | null {
  const escaped = escapeRegExp(counter);
  const re = new RegExp(
    `([\\p{Script=Han}\\p{Script=Katakana}ー]*)[はのが：:]?\\s*全\\s*([0-9][0-9,]{0,6})\\s*${escaped}(?![\\p{Script=Han}\\p{Script=Katakana}ー])`,
    'gu',
  );
  const counts = new Set<number>();
  for (const m of normalizeText(remark).matchAll(re)) {
    if (name !== undefined && !sameKind(m[1], counter, normalizeText(name))) return null;
    counts.add(Number(m[2].replace(/,/g, '')));
  }
  return counts.size === 1 ? [...counts][0] : null;
}

/** Whether the indicator is a rate (its name, unit or remark says so): a 「全校」 of it is no count. */
function isRate(ind: RawIndicator): boolean {
  const name = normalizeText(ind.name)
    .replace(/[（(][^（()）]*[)）]\s*$/, '')
    .trim();
  return /(?:率|割合)$/.test(name) || /[%％]/.test(normalizeText(ind.unit ?? '')) || RATE.test(normalizeText(ind.note ?? ''));
}

/** The indicator with its 「全校」 targets read as the count its 備考 gives. */
export function withAllOfTargets(ind: RawIndicator): RawIndicator {
  if (!ind.note || !ind.targets.some((t) => t.parsed.status === 'text') || isRate(ind)) return ind;
  let changed = false;
  const targets = ind.targets.map((t) => {
    if (t.parsed.status !== 'text') return t;
    const counter = allOfCounter(t.parsed.text);
    if (!counter || (ind.unit && normalizeText(ind.unit).trim() !== counter)) return t;
    const count = allCountInRemark(counter, ind.note ?? '', ind.name);
    if (count === null) return t;
    changed = true;
    return { ...t, parsed: { status: 'value' as const, value: count, unit: counter, text: t.parsed.text } };
  });
  return changed ? { ...ind, targets } : ind;
}
