/** A heading naming a target by the change it makes (「削減目標」「縮減目標（令和13年度まで）」), read whole (values/labels.ts). */
import type { Label } from './labels';
import { findPeriod } from './periods';
import { memo, normalizeText } from './text';

/**
 * The basis a figure is stated on, in a heading's brackets (「（月平均）」「（1人当たり月平均）」「（年平均値）」): an average, per
 * head or not, over a month, a year or a day. It says what the target's figure is, as a period does, no remark on it.
 */
const BASIS = '(?:[0-9]+(?:人|日|世帯|件|校)当たり)?(?:月|年|年間|年度|日|週)?平均値?';
/**
 * A cap the basis is held under, after it (「（月平均45時間以下）」「（月平均・以下）」「（45時間以内）」): a limit the target keeps to,
 * no figure of its own (review rv79a item 12: such a heading was no heading, and the whole table was dropped in silence).
 */
const CAP = '(?:[0-9][0-9.,]*(?:時間|分|日|人|件|回|%|％)?)?(?:以下|以内|未満|上限)?';
/**
 * 「削減目標」「低減目標値」「増加目標（R12）」「縮減目標（月平均）」: a target stating the change it makes (its way:
 * targetChange.ts); only with nothing but its period or its basis (BASIS), or a cap (CAP), in brackets.
 */
const CHANGE_TARGET = new RegExp(
  `^(削減|縮減|低減|抑制|増加)の?(数値)?目標値?(\\(((年度|年度末|末)?(まで|までに)?([・,、]?対?基準(年度?|値)比)?|(?:${BASIS})?[・,、]?${CAP})\\))?$`,
);

/**
 * 「削減目標」「低減目標値」「削減目標（令和12年度）」「縮減目標（月平均）」: a target stating the change it makes (its way:
 * targetChange.ts), read from the whole heading only, with nothing but its period or its basis in brackets: 「削減目標（少ないほど
 * 良い）」 is a remark, no heading.
 */
export function changeTarget(text: string): Label | null {
  return text.includes('目標') ? changeTargetMemo(text) : null;
}

const changeTargetMemo = memo((text: string): Label | null => {
  let t = normalizeText(text).replace(/\s+/g, '');
  const p = findPeriod(t);
  if (p) t = t.slice(0, p.index) + t.slice(p.index + p.length);
  if (!CHANGE_TARGET.test(t)) return null;
  return p ? { role: 'target', period: p.period } : { role: 'target' };
});
