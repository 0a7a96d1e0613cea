/**
 * A row under an indicator naming a part of what it counts — 「（うち高齢者が関係する事故）」 under 交通事故の発生件数, 「うち女性」,
 * 「・うち新規登録者」 — is a breakdown of that indicator (内訳), shown for information: no indicator of its own. Known by its name
 * opening with うち (after brackets, a bullet or spaces), on the row right below an indicator (or another breakdown of it) of the
 * same table, and by having no target figure of its own: a うち row given its own numeric target is what the plan grades, an
 * indicator. Left out and named (a rows-left-out finding, reason breakdown), never silently.
 */
import { parseA1 } from '../model/address';
import { bareName, contentOf, measureOf } from './nameMeasure';
import type { RawIndicator } from './types';

/**
 * 「うち…」 opening the name, after an opening bracket, a bullet or spaces: 「（うち高齢者）」「・うち女性」「　うち新規」; never a word
 * going on in kana (うちわ).
 */
const BREAKDOWN_NAME = /^[\s・※\-－―]*[(（［[【〔<＜]?\s*うち[\s:：、]?(?![\p{Script=Hiragana}ー])[^\s)）]/u;
/**
 * 「うち」 run straight on into katakana at the very start (「うちエコ診断」): a word of its own (a programme's name), unless a
 * bracket or a bullet marks the row as a part (「（うちボランティア）」「・うちデイサービス」), or the row counts a part of
 * its parent's measure (partOfParent).
 */
const KANA_WORD = /^\s*うち\p{Script=Katakana}/u;

/** Whether a name, as written, opens as a breakdown (「うち…」). */
export function isBreakdownName(name: string): boolean {
  const t = name.normalize('NFKC');
  return BREAKDOWN_NAME.test(t) && !KANA_WORD.test(t);
}

/** The row's numeric figures, by column (its actuals and baselines). */
function figures(ind: RawIndicator): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of [...ind.actuals, ...ind.baselines]) if (p.parsed.status === 'value' && p.parsed.value !== undefined) out.set(p.col, p.parsed.value);
  return out;
}

/**
 * 「うちオンライン参加者数」 under 「生涯学習講座の参加者数」: the name after うち ends with the parent's measure (参加者数:
 * nameMeasure.ts) and each of its figures is at most the parent's in the same column, at least one compared. A programme's
 * name (「うちエコ診断の受診件数」 under 「省エネ相談件数」) counts another measure.
 */
function partOfParent(ind: RawIndicator, parent: RawIndicator): boolean {
  const measure = measureOf(parent.name);
  if (measure.length < 2 || !contentOf(bareName(ind.name)).endsWith(measure)) return false;
  const [own, whole] = [figures(ind), figures(parent)];
  const compared = [...own].filter(([col]) => whole.has(col));
  return compared.length > 0 && compared.every(([col, v]) => v <= whole.get(col)!);
}

/** Whether the row's name opens as a breakdown of the row above: 「うち…」, or 「うち」 + katakana counting a part of it. */
function breaksDown(ind: RawIndicator, parent: RawIndicator): boolean {
  if (isBreakdownName(ind.name)) return true;
  const t = ind.name.normalize('NFKC');
  return KANA_WORD.test(t) && BREAKDOWN_NAME.test(t) && partOfParent(ind, parent);
}

/** The last row an indicator's cells reach (a target row and an actual row each, in a block). */
function bottomRow(ind: RawIndicator): number {
  let bottom = ind.row;
  for (const p of [...ind.targets, ...ind.actuals, ...ind.baselines]) if (p.row > bottom) bottom = p.row;
  return bottom;
}

/** Whether the row has a target figure of its own. */
function hasTargetFigure(ind: RawIndicator): boolean {
  return ind.targets.some((t) => t.parsed.status === 'value');
}

/**
 * The rows of `indicators` (in reading order) that break down the indicator right above them in the same table (the same
 * sheet, name column and layout): a name opening with うち (with katakana straight on, counting a part of the row above),
 * the row next below it, no target figure.
 */
export function breakdownRows(indicators: RawIndicator[]): Set<RawIndicator> {
  const out = new Set<RawIndicator>();
  const last = new Map<string, RawIndicator>();
  // The indicator each breakdown row breaks down (the one above a run of them).
  const parentOf = new Map<RawIndicator, RawIndicator>();
  for (const ind of indicators) {
    const key = `${ind.sheet}\u0000${parseA1(ind.nameCell)?.col ?? 0}\u0000${ind.layout}`;
    const above = last.get(key);
    last.set(key, ind);
    const parent = above && (parentOf.get(above) ?? above);
    if (!above || !parent || hasTargetFigure(ind) || !breaksDown(ind, parent)) continue;
    if (ind.row > above.row && ind.row - bottomRow(above) <= 1) {
      out.add(ind);
      parentOf.set(ind, parent);
    }
  }
  return out;
}

/** Takes the breakdown rows out of `indicators` (in place), returning them. */
export function dropBreakdownRows(indicators: RawIndicator[]): RawIndicator[] {
  const parts = breakdownRows(indicators);
  if (!parts.size) return [];
  const kept = indicators.filter((ind) => !parts.has(ind));
  indicators.splice(0, indicators.length, ...kept);
  return [...parts];
}
