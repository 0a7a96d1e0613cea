/**
 * A sheet stating its 評価年度 (the year the evaluation is held) as the year right after the year whose work or 実績 its title names:
 * 「事務事業評価シート（令和６年度実施事業）」 with 評価年度 | 令和７年度. A clerk reads the evaluation held in 令和７年度 of the
 * work done in 令和６年度: the evaluation period dates the figures, so it is the title's year, as a 評価年度 glossed with the 実績
 * evaluated is (「令和７年度（令和６年度の実績を評価）」: statedResultsYear.ts).
 * Only a bare 評価年度 label (評価対象年度 / 対象年度 name the figures' year themselves and stand), a title naming its year's 実績 /
 * 実施事業 / 決算 (periodStatements.ts resultsYear, never an as-of date) and exactly one year between them; any other gap leaves the
 * stated year.
 */
import type { SheetMeta } from './types';

type Stated = NonNullable<SheetMeta['statedPeriod']>;

/** A line of the year the evaluation is held in: 「評価年度 令和７年度」 (今年度の / 本年度の before it), no 評価対象 / 対象年度. */
const EVALUATION_YEAR = /^(?:今回の?|本年度の?|今年度の?)?評価年度(?![^:：\s]*対象)/;

/** The title's results year when the stated line is the evaluation year right after it, else the stated line. */
export function evaluationYearAfterResults(stated: Stated, title: Stated | undefined, titleText: string | undefined): Stated {
  if (!title || title.asOf || !titleText || title.text !== titleText) return stated;
  if (!EVALUATION_YEAR.test(stated.text.replace(/\s/g, ''))) return stated;
  const [s, t] = [stated.period, title.period];
  return s.kind === 'fiscal' && t.kind === 'fiscal' && s.fiscalYear === t.fiscalYear + 1 ? title : stated;
}
