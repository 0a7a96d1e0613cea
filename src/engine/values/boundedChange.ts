/**
 * A remark stating the change the target makes as a bound (「令和4年度末から5％以上削減」「基準値より10%以上の減少」「3％以上増加」):
 * 「以上」 before the change makes it what the plan sets out to reach, never what happened (a figure's fall is written
 * 「5％減少した」「前年度比5%減」, no bound), so the clause states an aim and its change word the way (remarkAims.ts).
 * A bound on something else (「6％以上」 alone, 「5%以上の世帯が減少」) or no bound says nothing here. Nor does a change from last
 * year or with its cause (「休館で前年度から20％以上減少」「見直しにより前年度より500人以上減少」): that reports what happened.
 */
import { normalizeText } from './text';

/** An optional base (…から / …より / …比), a percentage or a count with 以上, then the change word ending the clause. */
const BOUNDED_CHANGE =
  /^(?:[^。]{0,16}(?:から|より|比))?\d+(?:\.\d+)?\s*(?:%|割|ポイント|人|件)以上の?(削減|縮減|低減|減少|減|抑制|増加|増|向上)(?:する|させる)?$/;

/** A change from the year before (前年度, 昨年度, 前回) or a cause (により, の影響, に伴い, 休館で …): a report, not the plan's aim. */
const REPORTED = /前年|昨年|前回|前期|前月|により|による|によって|の影響|に伴|ため|を受けて|で(?:前|昨)/;

/** Whether a remark's clause states the target's change as a bound (see the module's comment). */
export function statesBoundedChange(clause: string): boolean {
  const t = normalizeText(clause).replace(/\s+/g, '');
  return BOUNDED_CHANGE.test(t) && !REPORTED.test(t);
}
