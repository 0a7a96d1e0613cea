/**
 * A period heading with a note in brackets calling it the plan's target year (「令和7年3月末（目標年次）」「令和8年度（目標年度）」):
 * the column holds the plan's final target of that period, as under 「令和8年度（最終目標）」. Only in brackets after the period:
 * a heading 「目標年次」 / 「目標年度」 alone holds the year of each row's target (measureYearHeading.ts), never a figure.
 */
const TARGET_YEAR_NOTE = /^[(（](?:計画の?)?目標(?:年次|年度|年)[)）]$/;

/** Whether what is left of a heading once its period is taken out is such a note, written wholly in brackets. */
export function isTargetYearNote(rest: string): boolean {
  return TARGET_YEAR_NOTE.test(rest);
}
