/**
 * A unit said only in the footnote of a mark on the name (「制度融資の融資実行額※2」 over 「※2 融資実行額の単位は百万円（…の
 * 合計）。」): the indicator's unit when nothing else gives one, as footnoteUnit.ts reads a unit cell holding only the mark.
 * Guards: the indicator has no unit of its own (no 単位 cell, none in the name, none written with its figures); the name cell
 * ends with one numbered mark (「※2」「（注1）」); exactly one footnote opens with that mark; the footnote states the unit with
 * 単位は / 単位： and, when it says whose unit (「融資実行額の単位は」), that subject stands in the name. Anything else: no unit.
 */
import { parseA1 } from '../model/address';
import { writtenUnit } from '../values/units';
import { footnoteOf } from './footnoteUnit';
import type { Grid } from './grid';
import { contentOf } from './nameMeasure';
import type { RawIndicator } from './types';

/** A numbered mark closing a name: 「…額※2」「…数（注1）」. */
const CLOSING_MARK = /[(（]?(※|\*|注)\s*(\d{1,2})[)）]?$/;
/** 「融資実行額の単位は百万円」「単位：千円」: whose unit (optional), then the unit up to a stop, bracket or space. */
const UNIT_SAID = /(?:([^\s、。,，:：]{1,20}?)の)?単位(?:は|:)\s*([^\s。、，,()]{1,6}?)(?:です|である|とする)?(?=[。、，,()\s]|$)/;

/** The unit a footnote states for the name, or null (see the module's comment). */
export function footnoteUnitFor(footnote: string, name: string): string | null {
  const m = UNIT_SAID.exec(footnote.normalize('NFKC'));
  if (!m) return null;
  // A word of the sentence (「すべて」「各指標」), no unit.
  if (/\p{Script=Hiragana}/u.test(m[2])) return null;
  if (m[1] && !contentOf(name).includes(contentOf(m[1].replace(/^[※*注]\s*\d*\s*/, '')))) return null;
  return writtenUnit(m[2]);
}

/** Gives an indicator with no unit the unit of its name mark's footnote (the footnote's cell its unit cell). */
export function unitFromNameMark(grid: Grid, ind: RawIndicator): void {
  if (ind.unit) return;
  if ([...ind.targets, ...ind.actuals, ...ind.baselines].some((p) => p.parsed.unit)) return;
  const at = parseA1(ind.nameCell);
  const m = at ? CLOSING_MARK.exec(grid.text(at.row, at.col).normalize('NFKC').trim()) : null;
  if (!m) return;
  const note = footnoteOf(grid, m[1] + m[2], ind.nameCell);
  const unit = note && footnoteUnitFor(note.text, ind.name);
  if (unit) [ind.unit, ind.unitCell] = [unit, note.cell];
}
