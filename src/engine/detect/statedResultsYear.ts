/**
 * A stated evaluation year glossed with the year of the 実績 it evaluates: 「評価年度 | 令和６年度（令和５年度の実績を評価）」,
 * 「評価年度：令和6年度（令和5年度実績）」, 「令和6年度（R5実施分）」. The evaluation is held in 令和６年度 on the figures of
 * 令和５年度; the evaluation period dates the figures, so it is the 実績 year, as a title's 「令和６年度 施策評価（令和５年度実績）」
 * is (periodStatements.ts).
 * Only a bracket right after the stated year, opening with an earlier fiscal year and saying no more than that this year's
 * 実績 / 実施分 / 実施事業 / 決算 is what is evaluated: 「令和6年度（令和5年度実績は参考）」 sets that year aside, and
 * 「令和5年度（2023年度）」 glosses the same year; the stated year stands for both.
 */
import { compactForPeriod, findPeriod, type Period } from '../values/periods';

/** The bracket's words after its year: the 実績 (or the work done, its 決算) of that year, evaluated or covered, and nothing else. */
const RESULTS_EVALUATED =
  /^の?(?:取組|取り組み)?(?:実績値?|実施(?:分|事業|状況)|決算)(?:を|の|に対する|に基づく|に基づき|により|による)?(?:評価|点検|検証|対象)?(?:する|した|しています|している|とする)?$/;

/**
 * The fiscal year of the 実績 a stated year's bracket names (`rest`: the text right after the stated year), when it is an
 * earlier year than `stated`; else null (the stated year stands).
 */
export function statedResultsYear(rest: string, stated: Period): Period | null {
  if (stated.kind !== 'fiscal') return null;
  const m = /^\s*[(（]([^()（）]{2,24})[)）]/.exec(compactForPeriod(rest));
  if (!m) return null;
  const inner = m[1].trim();
  const p = findPeriod(inner);
  if (!p || p.index !== 0 || p.period.kind !== 'fiscal' || p.period.fiscalYear >= stated.fiscalYear) return null;
  return RESULTS_EVALUATED.test(inner.slice(p.length).trim()) ? p.period : null;
}
