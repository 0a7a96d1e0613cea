/**
 * A block's 方向 label and its way written in one cell, 「方向 ↑」「方向：↓」「指標の方向　減少」: the way the label states,
 * as a 方向 label with the arrow in the cell right of it does. Only an arrow or a one-word way after the label counts
 * (「方向性：拡充」 is a plan's course, no way of the figures).
 */
import { classifyLabel, parseDirection, type Direction } from '../values/labels';
import { compact, memo } from '../values/text';

const LABEL_AND_WAY = /^(.{1,8}?)\s*[:：]?\s*(↑|↓|→|↗|↘|⇧|⇩|増加|減少|上昇|低下|維持)$/;

/**
 * The way a 「方向 ↑」 cell states, else null. Read once per text: a policy block asks it of every cell of its lines
 * (periodAxes.ts blockLines), and the same 実績値 / R5 / 件 cells stand in every block.
 */
export function wayInLabelCell(text: string): Direction | null {
  // Most cells end in no arrow or way word: passed over before the memo's look-up.
  return WAY_END.has(text.trimEnd().slice(-1)) ? wayMemo(text) : null;
}

/** The last characters LABEL_AND_WAY's ways end in. */
const WAY_END = new Set([...'↑↓→↗↘⇧⇩加少昇下持']);

const wayMemo = memo((text: string): Direction | null => {
  const t = compact(text);
  if (t.length > 14) return null;
  const m = LABEL_AND_WAY.exec(t);
  if (!m || classifyLabel(m[1])?.role !== 'direction') return null;
  return parseDirection(m[2]);
});
