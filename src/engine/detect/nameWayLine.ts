/**
 * A later line of a name's cell stating the way the indicator aims, led by an arrow (「外来種の確認地点数（箇所）⏎↓減少を目指す」,
 * 「⏎↑増加」, 「⏎（↓減少を目指す）」): its stated direction, never part of its name, so a unit's bracket before it is still the
 * name's unit. Only an arrow with a short word of the same way, perhaps followed by 「を目指す」「が目標」, counts: a line that goes
 * on with other words (「→前年度比で評価」「↓うち市内分」) or whose word says another way than its arrow stays a line of the name.
 * Pure: reads one line's text.
 */
import type { Direction } from '../values/labels';
import { directionMark } from '../values/directionWords';

/** An arrow, a word of a way, perhaps an aim's ending; wholly in brackets or not. */
const WAY_LINE =
  /^[(（]?\s*([↑⇧⬆↗↓⇩⬇↘→⇨➡])\s*(増加|増|向上|上昇|拡大|減少|減|低下|削減|縮減|抑制|短縮|維持|現状維持)?\s*(?:を目指す|を目指します|が目標|方向)?\s*[)）]?$/;

/** The way a later line of a name's cell states (see the module's comment), with the line as written; else null. */
export function nameWayLine(line: string): { value: Direction; text: string } | null {
  const t = line.normalize('NFKC').trim();
  const m = WAY_LINE.exec(t);
  if (!m || !m[2]) return null;
  const drawn = directionMark(m[1]);
  const said = directionMark(m[2]);
  return drawn && drawn === said ? { value: drawn, text: line.trim() } : null;
}
