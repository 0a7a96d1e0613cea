/**
 * The way a direction cell or keyword states (up: more is better, down, maintain): marks (↑ ↓ →), words (増加, 削減, 維持), and
 * 「維持・増加」 (keeping the level or going one way is that way). Kept apart from labels.ts, which re-exports it.
 */
import { directionFromText, directionMark } from './directionWords';
import { statedDeniedWay } from './negatedWay';
import { compact } from './text';

/** The direction a cell or keyword states: up (more is better), down, maintain. */
export type Direction = 'up' | 'down' | 'maintain';

export function parseDirection(text: string): Direction | null {
  const t = compact(text);
  if (!t) return null;
  const mark = directionMark(t);
  if (mark) return mark;
  // 「増加させない」「減少させない」「低下しないよう努める」: the denial says the way, not its verb (negatedWay.ts, review rv79 item 7).
  const denied = statedDeniedWay(t);
  if (denied) return denied === 'unread' ? null : denied;
  // 「維持・増加」「維持又は向上」「現状維持・減少」: keeping the level or going one way is that way.
  const kept = /^(現状)?維持(・|･|、|\/|又は|または|もしくは|か)(.+)$/.exec(t);
  if (kept && /^(増加|増|向上|上昇|拡大|拡充|減少|減|削減|縮減|低下|低減)$/.test(kept[3])) {
    const way = parseDirection(kept[3]);
    if (way === 'up' || way === 'down') return way;
  }
  if (/^(↑|上昇|増加|増|高|向上|多|大|拡大|拡充|伸ばす|up|higher|max|増やす|上げる|高い方がよい|多い方がよい)/.test(t)) return 'up';
  if (/^(↓|減少|低下|減|低|削減|縮減|縮小|短縮|軽減|抑制|少|小|down|lower|min|減らす|下げる|縮める|低い方がよい|少ない方がよい)/.test(t)) return 'down';
  if (/^(→|維持|横ばい|現状維持|maintain|keep|保つ)/.test(t)) return 'maintain';
  return null;
}

/** Words in a name, description or note that mean lower is better (減らす, 短縮する, …の削減): see directionWords.ts. */
export function directionFromWords(text: string): 'down' | null {
  return directionFromText(text);
}
