/**
 * One target for the whole beside an actual written as several labelled parts (「EV12・PHV8」「EV 12台・PHV 8台」 against 20,
 * 「LED1200 HF300」 against 1,500): a clerk adds the parts when they are kinds of the one thing the name counts. attainmentOf.ts
 * otherwise compares each part with the target (events counted apart), grading 12 against 20 D in silence (review rv74, older
 * leftover). The parts are summed where every label is a kind's code (Latin letters, with digits after them: EV, PHV, LED,
 * HF, V2H), the parts share one unit (or none) and the target is one figure. Where the labels are words (「登録 40件／成約
 * 25件」: two measures, or two kinds, a clerk could not say), each part is graded as before, with a `parts-against-whole`
 * guess naming the actual's and the target's cells. Parts labelled as times (第1回, 4月, 上期) are events counted apart, as
 * before, and numbered measures (①…②…) pair by their marks elsewhere. Review rv77 narrowed the sum to counts: never for a rate,
 * share, concentration or score (unit ％, mg/L, 点; a name with 率, 割合, 濃度), nor sampling points (St1, No.2), nor a labelled
 * target (those give the guess); a target labelled as one of the parts (「EV20台」) pairs with that part, as before fxold.
 */
import type { Point, RawIndicator, TargetPoint } from '../detect';
import { finding } from '../model/findings';
import type { Finding } from '../model/report';
import { targetBound } from '../values/targetBound';
import type { Quantity } from '../values/values';

/** A kind's code: EV, PHV, HV, FCV, LED, HF, V2H (Latin letters first). */
const CODE = /^[A-Z][A-Za-z0-9]{0,5}$/;
/** A time or an occurrence: 第1回, 1回目, 4月, 上期, 前期, R5, 令和5年度. */
const TIME = /^(?:第?[0-9一二三四五六七八九十]+(?:回目?|月|期|次|日|週|号)|[上下前後]期|[上下]半期|[RHS][0-9]+|(?:令和|平成)[0-9元]+年度?)$/;

/** A part's label, the list separator before it (「・PHV」) or a colon after it taken off. */
const labelOf = (q: Quantity) =>
  (q.label ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '')
    .replace(/^[・、,/;]+|[・、,/;:]+$/g, '');

/** The indicator the parts are read for: its name and its unit (単位 column or name). */
export interface Whole {
  name: string;
  unit?: string;
  /** The target cell's text as written (「70以下」): a bound is a limit each part is held to, never a sum's (review rv79 item 6). */
  target?: string;
}

/** A unit or a name of a rate, a share, a concentration or a score: parts of it never add up (「BCG 92%・MR 96%」, review rv77). */
const NOT_ADDED_UNIT = /[%％‰]|率|割合|mg|μg|ppm|ppb|点|度|倍/;
const NOT_ADDED_NAME = /率|割合|濃度|水質|BOD|COD|指数|満足度/;
/**
 * A level or an average measured at each place (dB, μSv; 騒音レベル, 平均待ち時間, 空間線量): parts of it never add up, each is held
 * to the target (review rv79 item 6). A time (分, 秒, 時間) is never summed either, but may be kinds of one total: left to the clerk.
 */
const LEVEL_UNIT = /^(?:dB|デシベル|[μµ]Sv(?:\/h)?|マイクロシーベルト)$/i;
const LEVEL_NAME = /レベル|平均|線量|騒音|振動/;
const DURATION_UNIT = /^(?:分|秒|時間)$/;
/** A sampling point's code (St1, No.2, P3): the places one level is measured at, never kinds of a count. */
const SAMPLING_POINT = /^(?:St|No|P|地点)\.?[0-9]+$/i;

/** Whether the parts could be kinds adding up to the whole: a count (台, 件, 人), the target bare and no sampling points. */
function addsUp(whole: Whole | undefined, target: Quantity, actuals: readonly Quantity[], labels: string[]): boolean {
  const units = [whole?.unit ?? '', target.unit ?? '', ...actuals.map((q) => q.unit ?? '')];
  if (units.some((u) => NOT_ADDED_UNIT.test(u) || DURATION_UNIT.test(u.trim())) || NOT_ADDED_NAME.test(whole?.name ?? '')) return false;
  return !labelOf(target) && !labels.some((l) => SAMPLING_POINT.test(l));
}

/** Whether each part is a level held to the target: a level's unit (dB, μSv) or name (騒音レベル, 平均待ち時間, 空間線量). */
function levelsHeldToTarget(whole: Whole | undefined, target: Quantity, actuals: readonly Quantity[]): boolean {
  const units = [whole?.unit ?? '', target.unit ?? '', ...actuals.map((q) => q.unit ?? '')].filter(Boolean);
  return units.some((u) => LEVEL_UNIT.test(u.trim())) || LEVEL_NAME.test(whole?.name ?? '');
}

/** 'sum' when the parts add up to the whole, 'unclear' when labelled parts meet one target with no way to tell, else null. */
export function partsOfWhole(targets: readonly Quantity[], actuals: readonly Quantity[], whole?: Whole): 'sum' | 'unclear' | null {
  if (targets.length !== 1 || actuals.length < 2 || actuals.some((q) => q.mark)) return null;
  const labels = actuals.map(labelOf);
  if (labels.some((l) => !l) || new Set(labels).size !== labels.length || labels.some((l) => TIME.test(l))) return null;
  // A target labelled as one of the parts (「EV20台」 against 「EV12台・PHV8台」) is that part's: paired by its label (rv77).
  if (labels.includes(labelOf(targets[0]))) return null;
  const units = new Set(actuals.map((q) => q.unit ?? ''));
  if (units.size !== 1) return null;
  // Review rv79 item 6: levels measured at each place (騒音レベル 68・72 dB) against one bound (70以下) are each held to it.
  if (levelsHeldToTarget(whole, targets[0], actuals)) return null;
  // Against an upper bound (以下, 以内, 未満) the parts are never summed: each, or their sum, is the clerk's to say.
  if (whole?.target && targetBound(whole.target)?.way === 'down') return 'unclear';
  return labels.every((l) => CODE.test(l)) && addsUp(whole, targets[0], actuals, labels) ? 'sum' : 'unclear';
}

/** The actual's quantities with kinds' parts summed into one (partsOfWhole 'sum'); as they are otherwise. */
export function summedParts(targets: Quantity[], actuals: Quantity[], whole?: Whole): Quantity[] {
  if (partsOfWhole(targets, actuals, whole) !== 'sum') return actuals;
  const value = Math.round(actuals.reduce((s, q) => s + q.value, 0) * 1e9) / 1e9;
  const unit = actuals[0].unit;
  return [unit ? { value, unit } : { value }];
}

/** A target cell's text as written, when it is text (「70以下」). */
export const rawText = (p: TargetPoint | undefined): string | undefined => (typeof p?.raw === 'string' ? p.raw : undefined);

/** A reading-uncertain finding (naming the actual's and the target's cells) where word-labelled parts meet one target. */
export function partsAgainstWholeGuess(
  ind: RawIndicator,
  target: TargetPoint | undefined,
  actual: Point | undefined,
  targets: Quantity[],
  actuals: Quantity[],
): Finding[] {
  if (!target || !actual || partsOfWhole(targets, actuals, { name: ind.name, unit: ind.unit, target: rawText(target) }) !== 'unclear') return [];
  const at = { sheet: ind.sheet, cell: actual.cell, indicator: ind.name };
  return [finding('reading-uncertain', at, { variant: 'guess', reason: 'parts-against-whole', cells: [actual.cell, target.cell], period: null })];
}
