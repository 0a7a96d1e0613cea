/**
 * A row under an indicator naming a part of what it counts — 「（うち高齢者が関係する事故）」 under 交通事故の発生件数, 「うち女性」,
 * 「・うち新規登録者」 — is a breakdown of that indicator (内訳), shown for information: no indicator of its own. Known by its name
 * opening with うち (after brackets, a bullet or spaces), on the row right below an indicator (or another breakdown of it) of the
 * same table, and by having no target figure of its own: a うち row given its own numeric target is what the plan grades, an
 * indicator. Left out and named (a rows-left-out finding, reason breakdown), never silently.
 */
import { parseA1 } from '../model/address';
import type { RawIndicator } from './types';

/**
 * 「うち…」 opening the name, after an opening bracket, a bullet or spaces: 「（うち高齢者）」「・うち女性」「　うち新規」; never a word
 * going on in kana (うちわ).
 */
const BREAKDOWN_NAME = /^[\s・※\-－―]*[(（［[【〔<＜]?\s*うち[\s:：、]?(?![\p{Script=Hiragana}ー])[^\s)）]/u;
/**
 * 「うち」 run straight on into katakana at the very start (「うちエコ診断」): a word of its own (a programme's name), unless a
 * bracket or a bullet marks the row as a part (「（うちボランティア）」「・うちデイサービス」).
 */
const KANA_WORD = /^\s*うち\p{Script=Katakana}/u;

/** Whether a name, as written, opens as a breakdown (「うち…」). */
export function isBreakdownName(name: string): boolean {
  const t = name.normalize('NFKC');
  return BREAKDOWN_NAME.test(t) && !KANA_WORD.test(t);
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
 * sheet, name column and layout): a name opening with うち, the row next below it, no target figure.
 */
export function breakdownRows(indicators: RawIndicator[]): Set<RawIndicator> {
  const out = new Set<RawIndicator>();
  const last = new Map<string, RawIndicator>();
  for (const ind of indicators) {
    const key = `${ind.sheet}\u0000${parseA1(ind.nameCell)?.col ?? 0}\u0000${ind.layout}`;
    const above = last.get(key);
    last.set(key, ind);
    if (!above || !isBreakdownName(ind.name) || hasTargetFigure(ind)) continue;
    if (ind.row > above.row && ind.row - bottomRow(above) <= 1) out.add(ind);
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
