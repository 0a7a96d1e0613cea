/**
 * A target revised during the plan: 「当初目標（R5）」 beside 「修正目標（R5）」 (or 変更後 / 見直し後 / 改定後). The revised
 * target replaces the original one, as a clerk grades against it: in a row where the same measure of the same period
 * stands once as 当初 (or 変更前 / 修正前 / 見直し前 / 改定前) and once otherwise, filled, the original one is not read.
 * The original may also be written plain, the revision alone marked (期待値 over 期待値（修正後）): a filled revised
 * figure then replaces the plain one of its period.
 * A row whose revised cell is blank, a dash 「－」, 「変更なし」 or 「同左」 right of the original (not revised) keeps its original target;
 * so does an original target standing alone.
 */
import type { RawIndicator, TargetPoint } from './types';
import { sharesKey } from './cumulativeTwins';

const ORIGINAL = /当初|(変更|修正|見直し|改定|改訂)前/;
const REVISED = /(変更|修正|見直し|改定|改訂)後?/;

/**
 * Whether two lines of one measure are its original and its revised figure (「期待値（当初）」 and 「期待値（修正）」, 「当初目標」
 * and 「変更後目標」, in either order): one indicator's two lines, the revised one replacing the original where filled, not two indicators.
 */
export function isRevisionPair(a: string, b: string): boolean {
  // The original line marked (当初) or plain (期待値 over 期待値（修正後）): either way the other one is the revision.
  const unmarked = (t: string) => ORIGINAL.test(t) || !REVISED.test(t);
  return (unmarked(a) && isRevised(b)) || (unmarked(b) && isRevised(a));
}

/** Whether a heading marks a revised figure (修正目標, 期待値（変更後）), not an original one (修正前). */
function isRevised(t: string): boolean {
  return !ORIGINAL.test(t) && REVISED.test(t);
}

/**
 * The items to leave unread: each original-target one whose key (measure and period) another, revised or plain, one also
 * has; and each plain one whose key a revised one has (the original written without 当初).
 */
export function supersededTargets<T>(items: readonly T[], key: (item: T) => string | null, text: (item: T) => string): Set<T> {
  const out = new Set<T>();
  const keys = items.map(key);
  // An original target gives way only to another item of its key: where every key stands once, no heading is read.
  if (!sharesKey(keys)) return out;
  const texts = items.map(text);
  const others = new Set<string>();
  const revised = new Set<string>();
  items.forEach((_, i) => {
    const k = keys[i];
    if (k !== null && !ORIGINAL.test(texts[i])) others.add(k);
    if (k !== null && isRevised(texts[i])) revised.add(k);
  });
  items.forEach((item, i) => {
    const k = keys[i];
    if (k === null) return;
    if (ORIGINAL.test(texts[i]) ? others.has(k) : revised.has(k) && !REVISED.test(texts[i])) out.add(item);
  });
  return out;
}

/** The row's targets less the original ones that a filled revised target of the same kind and period replaces. */
export function withoutSupersededTargets(ind: RawIndicator, headingOf: (col: number) => string): void {
  withoutSupersededTargetsLabelled(ind, (t) => headingOf(t.col));
}

/**
 * The indicator's targets less the original ones that a filled revised target of the same kind and period replaces,
 * each target's words given by `labelOf`: its column's heading, or its row's label where the measures go down
 * (当初目標値 | 4,800 | 5,000 over 修正目標値 | | 4,200 under the years: 4,200 is the year's target, 4,800 stays the year before's).
 */
export function withoutSupersededTargetsLabelled(ind: RawIndicator, labelOf: (t: TargetPoint) => string): void {
  // Both rules need two targets of one key (nearly never): where none share one, no key is made and no label is read.
  if (!twoOfOneKey(ind.targets)) return;
  // A dash in the revised cell says "not revised", as a blank one does: it neither replaces the original target nor stands for it.
  // So does 「同左」 right of the original, or 「変更なし」 (unchangedTarget).
  const unchanged = new Set(ind.targets.filter((t) => unchangedTarget(t, ind.targets)));
  const filled = ind.targets.filter((t) => t.parsed.status !== 'missing' && t.parsed.status !== 'not-applicable' && !unchanged.has(t));
  const key = (t: TargetPoint) => `${t.kind}|${t.period?.fiscalYear ?? ''}`;
  const out = supersededTargets(filled, key, labelOf);
  // The originals a filled revision replaced: the office's first aim, evidence of its way (directionGuess.ts).
  const replaced = [...out].flatMap((t) => (t.parsed.status === 'value' && t.parsed.value !== undefined ? [t.parsed.value] : []));
  if (replaced.length) ind.revisedFrom = replaced;
  for (const t of unrevisedDashes(ind.targets, filled, key, labelOf, unchanged)) out.add(t);
  if (out.size) ind.targets = ind.targets.filter((t) => !out.has(t));
}

/** 「変更なし」「据置」, or 「同左」 with a filled target of the same kind and period left of it on its row: the target was not revised. */
const UNCHANGED = /^(変更なし|据え?置き?)$/;

function unchangedTarget(t: TargetPoint, all: readonly TargetPoint[]): boolean {
  if (t.parsed.status !== 'text' || typeof t.raw !== 'string') return false;
  const text = t.raw.normalize('NFKC').replace(/\s+/g, '');
  if (UNCHANGED.test(text)) return true;
  const same = (o: TargetPoint) => o.kind === t.kind && sameYear(o.period?.fiscalYear, t.period?.fiscalYear);
  return text === '同左' && all.some((o) => o !== t && o.row === t.row && o.col < t.col && o.parsed.status === 'value' && same(o));
}

/** Whether two targets have one key (`${kind}|${fiscal year}`), told without making the keys. */
function twoOfOneKey(targets: readonly TargetPoint[]): boolean {
  for (let i = 1; i < targets.length; i++)
    for (let j = 0; j < i; j++) if (targets[i].kind === targets[j].kind && sameYear(targets[i].period?.fiscalYear, targets[j].period?.fiscalYear)) return true;
  return false;
}

/** Whether two fiscal years write the same in a key (a missing one as ''; NaN as NaN). */
function sameYear(a: number | undefined, b: number | undefined): boolean {
  return a === b || (Number.isNaN(a) && Number.isNaN(b));
}

/** The revised targets written as a dash whose key a filled original target also has: the original one applies. */
function unrevisedDashes(
  all: readonly TargetPoint[],
  filled: readonly TargetPoint[],
  key: (t: TargetPoint) => string,
  labelOf: (t: TargetPoint) => string,
  unchanged: ReadonlySet<TargetPoint>,
) {
  const notRevised = (t: TargetPoint) => t.parsed.status === 'not-applicable' || unchanged.has(t);
  if (!all.some(notRevised)) return [];
  const originals = new Set(filled.filter((t) => ORIGINAL.test(labelOf(t))).map(key));
  return all.filter((t) => notRevised(t) && !ORIGINAL.test(labelOf(t)) && originals.has(key(t)));
}
