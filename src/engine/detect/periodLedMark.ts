/**
 * A row's mark of a running total led by the period it runs over (review rv76): 「令和3年度からの累計」「R3～R5累積」「期間累計」
 * in a 目標の区分 cell say what 「累計（R3～R5）」 says, so they are read as that (cumulativeTarget.ts rowCumulativeMark). And a
 * remark saying the row's figure is set as a running total without naming the target (「令和3年度からの累計値」「計画期間中の
 * 累計で設定」) speaks of the target as 「目標は累計」 does (notedRowTotal.ts), a guess either way.
 */

/** An era year (令和3年度, R3, H30年度), alone or as a range (R3～R5), or a bare 期間. */
const ERA = String.raw`(?:令和|平成|R|H)[0-9元]{1,2}(?:年度?)?`;
const LEAD = new RegExp(String.raw`^((?:${ERA}(?:[~〜\-－ー‐]${ERA}?)?(?:から|以降)?|期間(?:中)?)の?)(累計|累積|通算)(.*)$`);

/** The mark rewritten with its period after it in brackets (「累計（令和3年度から）」), or the text as it is when none leads it. */
export function periodLedMark(text: string): string {
  const m = LEAD.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return m ? `${m[2]}（${m[1].replace(/の$/, '')}）${m[3]}` : text;
}

/** A remark saying the target, or the row's figure as set, counts over a run of years: 累計 (累積, 通算) with 目標, 値, 設定 or で. */
export const totalRemark = (t: string): boolean => /累計|累積|通算/.test(t) && /目標|累計値|累積値|通算値|設定|累計で|累積で|通算で/.test(t);
