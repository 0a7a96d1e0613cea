/**
 * A legend of the sheet's own direction words, 「【方向】増加：数値の増加を目指す　改善：数値の低下を目指す」: a 方向 cell
 * holding a word the reader does not read as a way (「改善」, which may go either way) states the way the legend's entry for
 * that very word gives, up or down. Only an entry naming the cell's whole word counts, in a line that names the 方向 or an
 * aim (目指す); an entry saying 維持 or both ways, or a word given two ways, is no evidence and the word stays unread.
 */
import { wayFromText } from '../values/directionWords';
import { compact } from '../values/text';
import type { CellIndex } from './cells';
import type { RawIndicator } from './types';
import { statesLegendWays } from './wayLegend';

/** One entry: a word of letters, a colon or equals sign, the words saying its way, up to the next space. */
const ENTRY = /([\p{L}]{1,8})\s*[:：=＝]\s*([^\s:：=＝]{1,30})/gu;
const MAX_LEGEND_TEXT = 200;

/** The way an entry's words give: up or down, never when they speak of keeping (維持) or name both ways. */
function wayOfEntry(words: string): 'up' | 'down' | null {
  if (/維持|横ばい/.test(words)) return null;
  return wayFromText(words) ?? (/(増加|向上|上昇|増やす|高める)/.test(words) ? 'up' : null);
}

/** The words the sheet's legend lines give a way (up / down), each one way only. */
export function readWordWayLegend(index: CellIndex): Map<string, 'up' | 'down'> {
  const out = new Map<string, 'up' | 'down'>();
  const clash = new Set<string>();
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (!c.text || c.text.length > MAX_LEGEND_TEXT || !/[:：=＝]/.test(c.text) || !/方向|目指/.test(c.text)) continue;
      for (const m of c.text.matchAll(ENTRY)) {
        const word = compact(m[1]).replace(/^[】\]）)]+/, '');
        const way = wayOfEntry(m[2]);
        if (!way) continue;
        if (out.has(word) && out.get(word) !== way) clash.add(word);
        out.set(word, way);
      }
    }
  for (const w of clash) out.delete(w);
  return out;
}

/** Each indicator whose 方向 cell holds an unread word the legend gives a way states that way there. */
export function applyWordWayLegend(index: CellIndex, indicators: RawIndicator[]): void {
  if (!indicators.some((i) => i.unreadDirection && !i.statedDirection)) return;
  statesLegendWays(indicators, readWordWayLegend(index));
}
