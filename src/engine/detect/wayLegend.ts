/**
 * A legend of the sheet's direction marks (「※方向　▲：数値の増加を目指す　▼：数値の減少を目指す」, 「◎＝増加　●＝減少」):
 * a 方向 cell holding one of its marks states the way the legend gives it. Without such a legend a mark the reader does
 * not know stays unread (unreadDirection.ts) and the grade carries a guess: ▲ / △ also write minus signs, so the legend
 * is the evidence. A legend counts when it gives at least two marks distinct ways, each mark one way only.
 */
import { directionMark, wayFromText } from '../values/directionWords';
import { compact } from '../values/text';
import type { Direction } from '../values/labels';
import type { CellIndex } from './cells';
import type { RawIndicator } from './types';

/** One legend entry: a mark of one or two symbols (no letter, digit or kana), a colon or equals sign, the words saying its way. */
const ENTRY =
  /([^\s\p{L}\p{N}:：=＝、。,.()（）「」【】［］※]{1,2})\s*[:：=＝]\s*([^\s:：=＝]{1,30}?)(?=\s|$|[^\s\p{L}\p{N}:：=＝、。,.()（）「」【】［］※]{1,2}\s*[:：=＝])/gu;
const MAX_LEGEND_TEXT = 200;

/** The way one entry's words say: up or down by their words, maintain by 維持 / 横ばい. */
function wayOfWords(words: string): Direction | null {
  if (/維持|横ばい/.test(words)) return /増|減|向上|低下/.test(words) ? null : 'maintain';
  return wayFromText(words) ?? (/(増加|向上|上昇|増やす|高める)/.test(words) ? 'up' : null);
}

/** The marks the sheet's legend maps to a way, or an empty map when no line is such a legend. */
export function readWayLegend(index: CellIndex): Map<string, Direction> {
  const out = new Map<string, Direction>();
  const clash = new Set<string>();
  for (const cells of index.rows.values())
    for (const c of cells) {
      if (!c.text || c.text.length > MAX_LEGEND_TEXT || !/[:：=＝]/.test(c.text)) continue;
      // A legend of the way aimed at: it names the 方向 or its words say an aim (「増加を目指す」); 「前年度増減　△：増加」 keys another column.
      if (!/方向/.test(c.text) && !/目指|目標|望まし|ほど良|ほどよ/.test(c.text)) continue;
      for (const m of c.text.matchAll(ENTRY)) {
        const mark = compact(m[1]);
        const way = wayOfWords(m[2]);
        if (!way || directionMark(mark)) continue;
        if (out.has(mark) && out.get(mark) !== way) clash.add(mark);
        out.set(mark, way);
      }
    }
  for (const m of clash) out.delete(m);
  return new Set(out.values()).size >= 2 ? out : new Map();
}

/** Each indicator whose 方向 cell holds a mark of the legend states the legend's way there. */
export function applyWayLegend(index: CellIndex, indicators: RawIndicator[]): void {
  if (!indicators.some((i) => i.unreadDirection)) return;
  statesLegendWays(indicators, readWayLegend(index));
}

/** Each indicator whose unread 方向 cell holds a key of `legend` (a mark, or a word: wordWayLegend.ts) states its way there. */
export function statesLegendWays(indicators: RawIndicator[], legend: ReadonlyMap<string, Direction>): void {
  if (!legend.size) return;
  for (const ind of indicators) {
    const u = ind.unreadDirection;
    const way = u ? legend.get(compact(u.text)) : undefined;
    if (!u || !way || ind.statedDirection) continue;
    ind.statedDirection = { value: way, cell: u.cell, text: u.text };
    delete ind.unreadDirection;
  }
}
