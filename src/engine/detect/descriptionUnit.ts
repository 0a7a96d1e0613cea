/**
 * A unit written only at the end of the indicator's description (指標の説明 | 「市内観光地点の年間入込客数（万人）」): the
 * indicator's unit when nothing else gives one, no unit column, heading or note, nor a unit on the name. Only a bracket that
 * closes the description and holds a unit alone counts (「（人泊）」「（％）」); a bracket in the middle of the sentence, or one
 * naming who or where (「（市内全域）」), says nothing; a sentence after the bracket that only states the aim (「（％）。数値の減少を
 * 目指す指標」) does not move it from the end (descriptionAimSentence.ts). A unit written with the figures stays theirs: the unit is given only
 * when every figure that writes one writes the same.
 */
import { canonicalUnit, unitFromName } from '../values/units';
import { withoutClosingAim } from './descriptionAimSentence';
import type { RawIndicator } from './types';

/** The unit a description's closing bracket holds, or undefined. */
export function descriptionUnit(description: string): string | undefined {
  const last = description.trim().split('\n').pop() ?? '';
  // 「…の割合（％）。数値の減少を目指す指標」: a closing sentence stating the aim is no part of the definition (descriptionAimSentence.ts).
  const t = withoutClosingAim(last.normalize('NFKC'));
  const m = /[（(]([^（()）]{1,8})[)）]\s*$/.exec(t);
  // 「…の割合。分母は市内の全世帯数（世帯）」: a bracket after 分母 / 分子 names what is counted there, not the indicator's unit;
  // 「太陽光発電（PV）」 names the thing, not page views (review rv46).
  if (!m || /分母|分子/.test(t) || /^(PV|UU)$/i.test(m[1].trim())) return undefined;
  return unitFromName(m[0]);
}

/** Gives an indicator with no unit the unit closing its description, the description's cell its unit cell. */
export function applyDescriptionUnit(ind: RawIndicator): void {
  if (ind.unit || !ind.description) return;
  const unit = descriptionUnit(ind.description);
  if (!unit) return;
  const written = new Set([...ind.targets, ...ind.actuals, ...ind.baselines].flatMap((p) => (p.parsed.unit ? [canonicalUnit(p.parsed.unit)] : [])));
  if (written.size > 1 || (written.size === 1 && !written.has(canonicalUnit(unit)))) return;
  ind.unit = unit;
  if (ind.descriptionCell) ind.unitCell = ind.descriptionCell;
}
