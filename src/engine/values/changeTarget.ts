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
 * 「削減目標」「低減目標値」「増加目標（R12）」「縮減目標（月平均）」: a target stating the change it makes (its way:
 * targetChange.ts); only with nothing but its period or its basis (BASIS) in brackets.
 */
const CHANGE_TARGET = new RegExp(
  `^(削減|縮減|低減|抑制|増加)の?(数値)?目標値?(\\(((年度|年度末|末)?(まで|までに)?([・,、]?対?基準(年度?|値)比)?|${BASIS})\\))?$`,
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
