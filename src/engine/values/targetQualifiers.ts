/**
 * Words before a target word that qualify the target and change no role (a plan's term, a revision, a term's running total):
 * labels.ts reads the target word under them; detect/cumulativeTarget.ts asks whether a target runs over the whole term.
 */
import { compact, normalizeText, stripNote } from './text';
import { YEAR_COUNTER } from './yearCounter';

/**
 * A plan's term before a target word qualifies the target, it is no other role: 「前期目標」「後期目標値」「第2期目標」
 * are targets (of the year written beside them, if any). 中間 / 最終 are words of the target rules themselves.
 * So does a revision: 「当初目標」「修正目標」「変更後の目標値」「見直し後目標」 are targets, 「修正期待値」 an expected figure (which one
 * counts: detect/revisedTargets.ts).
 */
export function withoutTermQualifier(t: string): string {
  return t
    .replace(/^(前期|後期|中期|第[0-9]+期|当初の?|(修正|変更|見直し|改定|改訂)[前後]?の?|上方修正後?の?|下方修正後?の?|再設定後?の?)(?=(数値)?目標)/, '')
    .replace(REVISED_PLAN, '')
    .replace(CUMULATIVE_TARGET, '');
}

/** A revision before a year's planned figure: 「修正期待値」「当初期待値」「変更後の計画値」 are 期待値 / 計画値 all the same. */
const REVISED_PLAN = /^(当初の?|(修正|変更|見直し|改定|改訂)[前後]?の?|上方修正後?の?|下方修正後?の?|再設定後?の?)(?=(期待値|計画値)$)/;

/**
 * A target over the plan's whole term (「5年間の目標」「計画期間の目標」「累計目標」「延べ目標値」): a target all the same, its figure a
 * running total over the term, to be compared with the cumulative actual (detect/cumulativeTarget.ts).
 */
const TERM_WORDS = `[0-9]+(${YEAR_COUNTER}年間?|年間)|計画期間(中|内)?|期間(中|内)|全期間`;
const CUMULATIVE_TARGET = new RegExp(`^((${TERM_WORDS})の?)?((累計|延べ)の?)?(?=(数値)?目標)`);
const CUMULATIVE_WORD = new RegExp(`^(${TERM_WORDS}|累計|延べ)`);

/** Whether a heading is a target over the plan's whole term: 「5年間の目標」「累計目標値」「目標（累計）」. */
export function isCumulativeTargetHeading(text: string): boolean {
  const t = compact(normalizeText(stripNote(text)));
  if (!/目標/.test(t) || /実績/.test(t)) return false;
  const head = /^(.*?)(数値)?目標/.exec(t)?.[1] ?? '';
  return CUMULATIVE_WORD.test(head) || /[(（](累計|延べ)[)）]/.test(t);
}
