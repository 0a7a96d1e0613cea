/**
 * A legend whose bands grade the progress from the baseline, written as its formula: 「進捗率＝（実績値－基準値）÷（目標値－基準値）
 * ×100　A：100％以上　B：50％以上…」. Its bounds are of that progress, not of actual ÷ target, so the sheet's indicators are
 * graded by the progress method (bands.ts: (actual − baseline) ÷ (target − baseline)), as the legend says. Only the formula
 * written out, the actual less a base over the target less the same base, counts; a 進捗率 named without it, or a formula of
 * another ratio (実績値÷目標値, 実績値÷基準値), says nothing here.
 */
import type { Method } from './rules';

/** The base the progress is measured from: 基準値, 策定時(の値), 当初値, 計画策定時, 現状値 (at the plan's making). */
const BASE = '(基準値|基準年度?(?:の)?値|(?:計画)?策定時(?:の)?値?|当初値|初期値|現状値)';
/** The actual's words: 実績値, 実績, 直近値, 現況値. */
const ACTUAL = '(?:実績値?|直近値|現況値|最新値)';
/** A minus sign as written (NFKC makes － a hyphen), and the division (÷, /). */
const FORMULA = new RegExp(`\\(?${ACTUAL}\\s*[-−ー]\\s*${BASE}\\)?\\s*[÷/]\\s*\\(?目標値?\\s*[-−ー]\\s*${BASE}\\)?`);

/** Whether a text writes the progress formula, the same base on both sides (see the module's comment). */
export function statesProgressFormula(text: string): boolean {
  const m = FORMULA.exec(text.normalize('NFKC').replace(/\s+/g, ''));
  return !!m && m[1] === m[2];
}

/** A grade's bound on the line: 「A：100％以上」「b＝50%以上」. */
const GRADE_BOUND = /(?:^|[^A-Za-z])[A-ESa-e]\s*[:：=＝]\s*\d+(?:\.\d+)?\s*[%％]\s*以上/;
/** A ratio to the target named or written (達成率, 実績値÷目標値): the bands are of attainment, the progress formula only a note. */
const ATTAINMENT = /達成率|実績値?\s*[÷/]\s*目標値?/;

/**
 * The method a sheet's band lines state: progress when one line writes its formula together with the grades' bounds, and no
 * band line names the ratio to the target; else undefined (the method in force). A formula on a line of its own (explaining a
 * 進捗率 column), or beside 「達成率＝実績値÷目標値」, is a note, not the legend's measure.
 */
export function legendMethod(lines: Iterable<[string, string]>): Method | undefined {
  const texts = [...lines].map(([, text]) => text.normalize('NFKC'));
  if (texts.some((t) => ATTAINMENT.test(t))) return undefined;
  return texts.some((t) => statesProgressFormula(t) && GRADE_BOUND.test(t)) ? 'progress' : undefined;
}
