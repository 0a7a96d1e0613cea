/**
 * 「集計中（R6秋公表予定）」「調査中（令和7年3月判明見込み）」「未実施（令和６年度に延期）」: beside a pending or not-implemented
 * word, the date the figure is to be published or the work was put off to is when it comes, not the year of a figure written
 * there (no other year's value to flag, no later year's actual). So too a dash noting the next survey of a measure taken every
 * few years (「－（次回調査：令和7年度）」): no figure this year, the year is the next survey's.
 */
const NO_FIGURE_YET: ReadonlySet<string> = new Set(['pending', 'not-implemented', 'not-applicable']);
const LATER_NOTE = /(公表|発表|判明|確定|集計|とりまとめ|取りまとめ)(予定|見込み?|見通し)|(予定|見込み?)$|延期|繰り?越|^次回/;

/** Whether a cell's note dates when its missing figure comes (so the note's period is no year of a figure). */
export function datesFigureToCome(status: string, note: string | undefined): boolean {
  return NO_FIGURE_YET.has(status) && !!note && LATER_NOTE.test(note);
}
