/**
 * A direction label and its way written in one cell: 「目指す方向：↑増加」「目標の方向：減少」「方向＝↓」. The label is one the
 * reader knows as the indicator's direction (目指す方向, 目標の方向, 方向), never a plan's 今後の方向性 (拡充 / 縮小: what the
 * office will do, no way of a figure) nor a word merely holding 方向; the separator is the first colon or 「＝」 outside
 * brackets. Such a cell states a way: it is never an indicator's name.
 */
import { directionMark } from './directionWords';
import { classifyLabel } from './labels';

/** The text after the direction label (the way as written, 「↑増加」), or null when the cell is no direction label with a value. */
export function directionLabelValue(text: string): string | null {
  if (!/[:：＝]/.test(text)) return null;
  const t = text.trim();
  let depth = 0;
  for (let i = 0; i < t.length; i++) {
    const ch = t[i];
    if (ch === '（' || ch === '(') depth++;
    else if ((ch === '）' || ch === ')') && depth > 0) depth--;
    else if (depth === 0 && /[:：＝]/.test(ch)) {
      const head = t.slice(0, i).replace(/\s+/g, '');
      const rest = t.slice(i + 1).trim();
      return head && head.length <= 8 && rest && classifyLabel(head)?.role === 'direction' ? rest : null;
    }
  }
  return null;
}

/** A bare 方向性 label (or 目指す方向性, 目標の方向性), which a plan's future may also head: a way only with an arrow or one way word. */
const WAY_OR_FUTURE = /^(目指す|めざす|目標の)?方向性?$/;

/**
 * The way after a 方向性 label when it is an arrow or one way word (「方向性：↑」「目指す方向性：↓減少」, review rv75), else what
 * directionLabelValue gives: 「方向性：縮小」 (a project's future) stays none.
 */
export function wayLabelValue(text: string): string | null {
  const known = directionLabelValue(text);
  if (known !== null) return known;
  const m = /^([^:：＝()（）]{1,8})[:：＝](.+)$/.exec(text.trim());
  if (!m || !WAY_OR_FUTURE.test(m[1].replace(/\s+/g, ''))) return null;
  const rest = m[2].trim();
  return directionMark(rest) !== null ? rest : null;
}
