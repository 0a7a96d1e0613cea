/**
 * A target cell whose whole text is a way, not a figure — 「減少」「低下」「抑制」「増加」「向上」「減少させる」「増加を目指す」
 * 「↓」 — states which way the indicator should go and no number (a plan's 目標 column: 「15%以下」 for one indicator,
 * 「減少」 for the next). A clerk reads 減少 as down and 増加 as up; there is still no target to grade against. 維持 keeps a
 * level and is no way here (grading/choosePoints.ts reads it). A change held down is a way too: the rise held down
 * (「伸びの抑制」「上昇を抑制」「増加を抑える」, a 一人当たり医療費's target) is down, the decline held down (「減少の抑制」
 * 「減少に歯止め」, a population's) up.
 */
import { normalizeText } from './text';

/** The words of a cut (down) and of a rise (up), alone in the cell. */
const DOWN = '減少|低下|低減|削減|縮減|抑制|減';
const UP = '増加|増大|向上|上昇|拡大|増';
/** A change held down, alone in the cell: a rise (down) or a decline (up) with 抑制 / 抑える / 歯止め after it. */
const HELD_DOWN = /^(伸び|上昇|増加|増大|減少|低下)(?:の|を|に)(?:抑制|抑え|抑える|抑えます|歯止め)(?:する|を図る|を目指す|をかける)?$/;

/** A name measuring a decline itself (人口減少率, 減少面積, 低下率): a decline held down is its own figure made smaller. */
const DECLINE_NAME = /減|低下/;

/** The way said, with an arrow and a verb about the aim at most: 「↓減少」「減少させる」「増加を目指す」「（減少）」. */
const WAY_WORD = new RegExp(`^([↑↓]?)(${DOWN}|${UP})([↑↓]?)(?:させる|する|を目指す|を図る|傾向|へ)?$`);

export interface TargetWayWord {
  way: 'up' | 'down';
  /** The cell's text as written, trimmed. */
  word: string;
}

/** The way a target cell states by its words alone, or null (a figure, a bound, 維持, anything else); `name`: the indicator's. */
export function targetWayWord(text: string, name = ''): TargetWayWord | null {
  const t = normalizeText(text).replace(/[\s()（）]/g, '');
  if (!t || t.length > 10) return null;
  const arrowOnly = /^[↑↓]$/.exec(t);
  if (arrowOnly) return { way: t === '↑' ? 'up' : 'down', word: text.trim() };
  const held = HELD_DOWN.exec(t);
  // A decline held down is up, unless the measure is itself the decline (人口減少率, 農地の減少面積: a smaller one is the aim, rv62).
  if (held && /^(減少|低下)$/.test(held[1]!)) return DECLINE_NAME.test(name) ? null : { way: 'up', word: text.trim() };
  if (held) return { way: 'down', word: text.trim() };
  const m = WAY_WORD.exec(t);
  if (!m) return null;
  const way = new RegExp(`^(?:${DOWN})$`).test(m[2]) ? 'down' : 'up';
  const arrows = (m[1] + m[3]).split('').map((a) => (a === '↑' ? 'up' : 'down'));
  if (arrows.some((a) => a !== way)) return null;
  return { way, word: text.trim() };
}
