/**
 * 「目標工賃 | 工賃実績」: two headings on one row no label reads, the same words with 目標 before them in one and 実績 after them in
 * the other (目標販売額 | 販売額実績, 目標工賃（月額・円） | 工賃実績（月額・円）), are the target and the actual of what those words
 * name, each dated by its own brackets when they date it. Only on a row with no target, actual or plan heading of its own; never
 * a change (目標削減量), a year's plan (目標年度…), a share achieving it (目標達成…), a gap (目標差…) or a forecast (目標見込…).
 */
import type { Label } from '../values/labels';
import { findPeriod } from '../values/periods';
import { findRelativePeriod } from '../values/relativePeriods';
import { normalizeText } from '../values/text';
import { words } from './targetTwins';

/** What a row's indexed cell carries that this rule reads and sets (cells.ts IndexedCell). */
interface HeadingCell {
  text: string;
  label: Label | null;
  period: unknown;
}

/** 目標 opening a heading, then the words it is set for: never a change, a plan year, a share achieving it, a gap or a forecast. */
const GOAL_FIRST = /^目標(?!.*(削減|縮減|低減|抑制|増加|減少|年度|中間|達成|差|見込|超過|残|値$))([\p{Script=Han}\p{Script=Katakana}ー・]{1,8})$/u;

/** Labels as target and actual, in place, a 目標X heading and an X実績 heading on the row (see above). */
export function labelGoalResultWords(cells: HeadingCell[]): void {
  // Asked of every row: one with no 目標 and 実績 (almost all of them) is passed over at once.
  if (!cells.some((c) => c.text.includes('目標')) || !cells.some((c) => c.text.includes('実績'))) return;
  const measured = (c: HeadingCell) => c.label?.role === 'actual' || c.label?.role === 'target' || c.label?.role === 'expected';
  if (cells.some(measured)) return;
  for (const t of cells) {
    if (t.label || t.period || !t.text) continue;
    const m = GOAL_FIRST.exec(words(t.text));
    if (!m) continue;
    const what = m[2];
    // Another year's result (前年度工賃実績) is not this one's: the words must be what is measured and 実績 alone.
    const actual = cells.find(
      (c) => c !== t && !c.label && !c.period && c.text && /^実績値?$/.test(words(c.text).slice(what.length)) && words(c.text).startsWith(what),
    );
    if (!actual || findRelativePeriod(words(actual.text))) continue;
    t.label = labelled('target', t.text);
    actual.label = labelled('actual', actual.text);
  }
}

function labelled(role: 'target' | 'actual', text: string): Label {
  const period = findPeriod(normalizeText(text))?.period;
  return period ? { role, period } : { role };
}
