/**
 * A target heading that is a quantity of something (「備蓄目標数量」「整備目標数」「目標件数」) beside a heading of the same words
 * without 目標 (「備蓄数量」「整備数」「件数」) on one row: that heading is the actual the target is set for. Read only on a row with
 * no actual heading of its own, and only for a heading that is no label or period already. The same words with 実績 for 目標
 * (「目標効果額 | 実績効果額」「備蓄目標数量 | 備蓄実績数量」) say so themselves: that heading is the actual on any row.
 */
import { findPeriod } from '../values/periods';
import { findRelativePeriod } from '../values/relativePeriods';
import { compact, memo, normalizeText, stripNote } from '../values/text';
import type { Label } from '../values/labels';
import { unitFromName } from '../values/units';
import { isDoneWord } from './doneWords';

/** What a row's indexed cell carries that this rule reads and sets (cells.ts IndexedCell). */
interface HeadingCell {
  text: string;
  label: Label | null;
  period: unknown;
}

/** A heading's words without notes, brackets or white space, its period taken out. */
export const words = memo((text: string): string => {
  let t = compact(normalizeText(stripNote(text)).replace(/[(（][^()（）]*[)）]/g, ''));
  const p = findPeriod(t);
  if (p) t = t.slice(0, p.index) + t.slice(p.index + p.length);
  return t;
});

/** The heading an actual twin of a target heading has: the words before and after 目標 (「備蓄目標数量」 → 「備蓄数量」), or null. */
export function twinOf(targetHeading: string): string | null {
  const m = /^(.*)目標(.+)$/.exec(words(targetHeading));
  return m && m[2] !== '値' ? m[1] + m[2] : null;
}

/**
 * The heading of the actual a target heading names in so many words: 目標 replaced by 実績 (「目標効果額」 → 「実績効果額」), or null.
 * A heading closing with 目標 names its twin too when the words before it name what is done (「集積目標」 → 「集積実績」, 「参入目標」,
 * 「解消目標」「回収目標」「訪問目標」): only such a word of what is done (doneWords.ts). Review rv63: a scope (全国目標 | 全国実績, 県内目標: another body's
 * figures), a term (昨年目標, 本年目標, 月間目標, 累計目標) or a kind (参考目標, 努力目標) names no twin of the year's own figures.
 */
export function resultTwinOf(targetHeading: string): string | null {
  const w = words(targetHeading);
  const m = /^(.*)目標(.+)$/.exec(w);
  if (m) return m[2] !== '値' ? `${m[1]}実績${m[2]}` : null;
  const closing = /^([\p{Script=Han}\p{Script=Katakana}ー]{2,6})目標$/u.exec(w);
  return closing && isDoneWord(closing[1]) ? `${closing[1]}実績` : null;
}

/**
 * Whether a heading is a target heading's twin without 目標 (「受診率（％）」 beside 「目標受診率（％）」): the actual the target
 * is set for. For a measure heading that no label reads as a target (years-as-rows tables, `yearRows.ts`).
 */
export function isTwinOf(heading: string, targetHeading: string): boolean {
  const twin = twinOf(targetHeading);
  // 「受診率（全国平均）」「受診率（県平均）」: another body's figure to compare with, never the city's actual (review rv41b).
  return !!twin && words(heading) === twin && !OTHER_BODY.test(normalizeText(heading));
}

/**
 * Whether a heading is a target rate's twin with words before it (「狂犬病予防注射率（％）」 beside 「目標注射率（％）」): the rate the
 * target is set for, named in full. Only a rate (…率), and never another body's, a period's or another measure's figure.
 */
export function isQualifiedTwinOf(heading: string, targetHeading: string): boolean {
  const twin = twinOf(targetHeading);
  const w = words(heading);
  if (!twin || !twin.endsWith('率') || w.length <= twin.length || !w.endsWith(twin) || OTHER_BODY.test(normalizeText(heading))) return false;
  const before = w.slice(0, -twin.length);
  // Another body's rate written without brackets (全国受診率, 県平均) is none (review rv54).
  return !/目標|実績|計画|見込|前|昨|平均|全国|国|県|都道府県|市町村|同規模|類似|他市|近隣/.test(before) && !findRelativePeriod(before) && !findPeriod(before);
}

/** A bracketed note naming another body or a figure for reference (全国, 県, 国, 平均, 参考, 類似団体, 他市). */
const OTHER_BODY = /[(（][^()（）]*(全国|県|国|平均|参考|類似|他市|近隣)[^()（）]*[)）]/;

/** Labels as actual, in place, the cells of a row that are a target heading's twin (see above). */
export function labelTargetTwins(cells: HeadingCell[]): void {
  if (!cells.some((c) => c.label?.role === 'target')) return;
  const ownActual = cells.some((c) => c.label?.role === 'actual');
  for (const t of cells) {
    if (t.label?.role !== 'target') continue;
    const twins = [resultTwinOf(t.text), ownActual ? null : twinOf(t.text)].filter((w): w is string => w !== null);
    if (!twins.length) continue;
    const found = cells.filter((c) => !c.label && !c.period && c.text && twins.includes(words(c.text)) && !bracketDatesOther(c.text));
    // Two differing headings of the twin's words (参加実績 | 参加実績（…）): which is the year's is not said; take none (review
    // rv82b). The same heading repeated under each year's band (令和4年度 | 令和5年度 over 相談目標 | 相談実績) is each year's twin.
    if (!found.length || !sameHeadings(found)) continue;
    for (const c of found) {
      const period = t.label.period ?? findPeriod(normalizeText(c.text))?.period;
      c.label = period ? { role: 'actual', period } : { role: 'actual' };
    }
  }
}

/** Whether the headings all read alike (one heading repeated under each year's band), spaces and widths aside. */
function sameHeadings(cells: HeadingCell[]): boolean {
  return new Set(cells.map((c) => normalizeText(c.text).replace(/\s+/g, ''))).size === 1;
}

/**
 * Whether a heading's bracket names a year relative to the evaluation or a figure not the year's own (「参加実績（前年度）」
 * 「（昨年度）」「（見込）」「（参考）」): words() strips the bracket, yet such a heading is no twin of the year's target (review rv82b
 * item 1). A bracket with a year (「（R4）」「（令和5年度末までの累計）」) dates the twin instead: its label takes that year.
 */
export function bracketDatesOther(text: string): boolean {
  const brackets = normalizeText(stripNote(text)).match(/[(（][^()（）]*[)）]/g) ?? [];
  return brackets.some((b) => /前|昨|見込|参考/.test(b) || !!findRelativePeriod(compact(b)));
}

/** The words of a heading's closing bracket (「目標値（全国平均との差）」 → 「全国平均との差」), or null. */
function closingBracket(text: string): string | null {
  const m = /[(（]([^()（）]+)[)）]$/.exec(normalizeText(stripNote(text)).replace(/\s+/g, ''));
  return m ? words(m[1]) : null;
}

/**
 * 「目標値（全国平均との差）」 beside 「全国平均との差（ポイント）」: a target heading whose bracket names what the target is set on (no
 * year, no unit), and on its row, with no actual heading, the heading of those very words (its own bracket the unit): that
 * heading is the actual. The target is a gap to another body's figure, so the actual is that gap, never the city's own figure
 * beside it (本市平均正答率 | 全国平均正答率 stay unread).
 */
export function labelBracketTwins(cells: HeadingCell[]): void {
  // Asked of every row: one with no target heading closing with a bracket (almost all of them) is passed over at once.
  if (!cells.some((c) => c.label?.role === 'target' && /[)）]\s*$/.test(c.text)) || cells.some((c) => c.label?.role === 'actual')) return;
  for (const t of cells) {
    if (t.label?.role !== 'target' || t.label.period || t.period) continue;
    const inner = closingBracket(t.text);
    // Only a gap or a change (との差, 比, 増減): 「目標値（全国平均）」 sets the target at another body's figure, whose own column
    // is that body's figure, never the city's actual (review rv57).
    if (!inner || inner.length < 3 || findPeriod(inner) || unitFromName(`x（${inner}）`) || !/差|比|増減|伸び/.test(inner)) continue;
    // The heading of those very words; else the one heading holding them (本市と全国平均との差), never one they hold (全国平均).
    const open = cells.filter((c) => c !== t && !c.label && !c.period && c.text);
    const same = open.filter((c) => words(c.text) === inner);
    // A figure for reference or of last year (（参考）前年度の全国平均との差) is no such heading.
    const near = open.filter((c) => words(c.text).includes(inner) && !/参考/.test(c.text) && !findRelativePeriod(words(c.text)));
    const twin = same.length === 1 ? same[0] : !same.length && near.length === 1 ? near[0] : undefined;
    if (twin) twin.label = labelled('actual', twin.text);
  }
}

/**
 * 「削減目標量 | 削減実績量」「整備目標面積 | 整備実績面積」: two headings on one row no label reads, the same words with 目標 in one
 * and 実績 in its place in the other, are the target and the actual of what those words name (a reduction's size, more of
 * which is better: values/targetChange.ts measuresTheChange), each dated by its own brackets when they date it.
 */
export function labelResultPairs(cells: HeadingCell[]): void {
  for (const t of cells) {
    if (t.label || !t.text.includes('目標')) continue;
    const twin = resultTwinOf(t.text);
    const found = twin ? cells.filter((c) => c !== t && !c.label && c.text && words(c.text) === twin && !bracketDatesOther(c.text)) : [];
    if (!found.length || !sameHeadings(found)) continue;
    const actual = found[0];
    t.label = labelled('target', t.text);
    actual.label = labelled('actual', actual.text);
  }
}

/**
 * 「監視計画数 | 監視実施数」「計画検体数 | 実施検体数」, or 計画 | 実施 under one heading: two headings on one row with no actual
 * heading, the same words with 計画 in one and 実施 in its place in the other, are the plan (the year's target) and what was
 * done. 実施率 beside them stays a derived rate (no twin of its own).
 */
export function labelPlanDonePairs(cells: HeadingCell[], above?: readonly HeadingCell[]): void {
  // Asked of every row: one with no 計画 and 実施 (almost all of them) is passed over at once.
  if (!cells.some((c) => c.text.includes('計画')) || !cells.some((c) => c.text.includes('実施'))) return;
  // A target or an actual heading on this row or the band's row above (目標値 merged down beside 令和5年度 over 計画 | 実施): the
  // plan is no target there (review rv54).
  const measured = (c: HeadingCell) => c.label?.role === 'actual' || c.label?.role === 'target';
  if (cells.some(measured) || above?.some(measured)) return;
  for (const t of cells) {
    if (t.period || !t.text || (t.label && t.label.role !== 'expected')) continue;
    const done = cells.find((c) => c !== t && !c.label && !c.period && c.text && isPlanDoneTwin(t.text, c.text));
    if (!done) continue;
    t.label = t.label ?? { role: 'expected' };
    done.label = labelled('actual', done.text);
  }
}

/** Whether two headings are the same words with 計画 in the first and 実施 in its place in the second (「計画検体数」「実施検体数」). */
export function isPlanDoneTwin(plan: string, done: string): boolean {
  const w = words(plan);
  // Counts alone (計画 | 実施, 計画数, 計画検体数), never 計画期間 | 実施期間; and no year on either (前年度計画 | 前年度実施 beside
  // 今年度計画, R4計画 | R4実施: the year is lost on the done side): review rv54.
  const rest = w.replace('計画', '');
  if ((rest && !/数$/.test(rest)) || /期間|時期|内容|年度/.test(rest)) return false;
  if ([plan, done].some((t) => findRelativePeriod(words(t)) || findPeriod(normalizeText(t)))) return false;
  return w.includes('計画') && words(done) === w.replace('計画', '実施');
}

function labelled(role: 'target' | 'actual', text: string): Label {
  const period = findPeriod(normalizeText(text))?.period;
  return period ? { role, period } : { role };
}

/** A row's heading of the years down its rows (年度 | 受診率 | 目標受診率: a years-as-rows table, read by yearRows.ts). */
const YEARS_COLUMN = /^(年度|年次|年|年月|区分年度)$/;

/**
 * 「収納率 | 目標収納率」: a rate and, beside it, the same rate with 目標 before it, on a row holding no measure heading and no years
 * column, are the actual and its target (a 市税収納状況 table: 税目 | 調定額 | 収入額 | 収納率 | 目標収納率 | 前年度収納率 | 県平均).
 * Only 目標 opening the heading and a rate (…率) after it; another body's (県平均) heading is neither, and 前年度 before the same
 * rate (「前年度受診率」) is last year's actual.
 */
export function labelRateTwins(cells: HeadingCell[]): void {
  // Asked of every row: a row with no 目標…率 heading (almost all of them) is passed over at once.
  if (!cells.some((c) => !c.label && c.text.includes('目標') && c.text.includes('率'))) return;
  if (cells.some((c) => c.label?.role === 'actual' || c.label?.role === 'target' || c.label?.role === 'expected')) return;
  if (cells.some((c) => YEARS_COLUMN.test(compact(c.text)))) return;
  for (const t of cells) {
    if (t.label || t.period || !t.text) continue;
    const m = /^目標(.{1,10}率)$/.exec(words(t.text));
    if (!m) continue;
    const actual = cells.find((c) => c !== t && !c.label && !c.period && c.text && words(c.text) === m[1] && !OTHER_BODY.test(normalizeText(c.text)));
    if (!actual) continue;
    t.label = labelled('target', t.text);
    actual.label = labelled('actual', actual.text);
    // 「前年度受診率」 beside them: the same rate a year before, last year's actual (a 「前年度以上」 target reads it).
    for (const c of cells) if (!c.label && !c.period && c.text && c !== t) c.label = lastYearOf(c.text, m[1]) ?? null;
  }
}

/**
 * 「目標受診率（令和５年度）」 merged down the band beside 「令和４年度」｜「令和５年度」 each over 対象者数 | 受診者数 | 受診率: the rate
 * headings on the row under it are its twins, each year's actual (dated by the year over it), the merged heading their target.
 * `above`: the band's row above this one; `down(c)`: whether its cell is merged down onto this row. Neither row may hold a
 * measure heading or a years column, as on one row (labelRateTwins).
 */
export function labelRateTwinsUnder<C extends HeadingCell & { col: number; right: number }>(
  cells: C[],
  above: readonly C[] | undefined,
  down: (c: C) => boolean,
): void {
  // Asked of every row: a row with no 目標…率 heading above it (almost all of them) is passed over at once.
  if (!above?.some((c) => !c.label && c.text.includes('目標') && c.text.includes('率'))) return;
  const measured = (c: HeadingCell) => c.label?.role === 'actual' || c.label?.role === 'target' || c.label?.role === 'expected';
  if ([...cells, ...above].some((c) => measured(c) || YEARS_COLUMN.test(compact(c.text)))) return;
  for (const t of above) {
    if (t.label || t.period || !t.text || !down(t)) continue;
    const m = /^目標(.{1,10}率)$/.exec(words(t.text));
    if (!m) continue;
    // Each under a year and nothing else (令和５年度 over 対象者数 | 受診者数 | 受診率); 全国 | 本市 or 令和５年度（県） over them are
    // bodies, 男性 | 女性 or 上半期 | 下半期 parts: no year's actual (review rv56).
    const yearOver = (c: C) => above.some((a) => a.col <= c.col && c.col <= a.right && a.period && !/[(（]/.test(a.text));
    const twins = cells.filter((c) => !c.label && !c.period && c.text && words(c.text) === m[1] && !OTHER_BODY.test(normalizeText(c.text)) && yearOver(c));
    if (!twins.length) continue;
    t.label = labelled('target', t.text);
    for (const c of twins) c.label = labelled('actual', c.text);
  }
}

/** 「前年度受診率」: the rate `rate` with a period relative to the evaluation (前年度), the actual of that year; else undefined. */
function lastYearOf(text: string, rate: string): Label | undefined {
  const w = words(text);
  const rel = findRelativePeriod(w);
  // Only a year before (前年度, 前々年度): 本年度／次年度 beside them is no last year's figure (review rv54).
  if (!rel || rel.index !== 0 || rel.offset >= 0 || w.slice(rel.length).replace(/^の/, '') !== rate || OTHER_BODY.test(normalizeText(text))) return undefined;
  return { role: 'actual', relative: rel.offset };
}
