/**
 * A year's actual written as a figure in brackets (「(48.6)」「（48.6）※1」) that equals the year before's actual of the same
 * indicator: the way a sheet shows a figure carried from the last survey in a year with none of its own (a survey held every
 * other year). A clerk takes the figure, knowing it is the year before's: it is read as written, with a guess naming it and
 * the year before's figure (`actual-in-brackets`, when it is the evaluation period's actual), never graded silently as the
 * year's own.
 */
import type { Period } from '../values/periods';
import type { Point, RawIndicator, ReadingGuess } from './types';

/** A figure alone in brackets, perhaps with a ※ mark after it: 「(48.6)」「（1,234）※1」. */
const BRACKETED = /^[(（]\s*[-－▲△]?[\d０-９,，.．]+\s*[)）]\s*(?:※\s*[\d０-９]*)?$/;

/** Whether the actual's cell writes its figure in brackets. */
export function bracketedFigure(p: Point): boolean {
  return typeof p.raw === 'string' && p.parsed.status === 'value' && BRACKETED.test(p.raw.trim());
}

/** The indicator's actual of the year before, a figure equal to this one. */
function yearBeforeEqual(actuals: readonly Point[], p: Point): Point | undefined {
  const fy = p.period?.fiscalYear;
  if (fy === undefined || p.parsed.status !== 'value') return undefined;
  // The year before's figure written plainly: brackets on both (「(1.2)」 under 「※括弧書きはマイナス」) are the sheet's way of writing, no carry (review rv51).
  return actuals.find(
    (q) => q !== p && q.period?.fiscalYear === fy - 1 && q.parsed.status === 'value' && q.parsed.value === p.parsed.value && !bracketedFigure(q),
  );
}

/** The period's actual, when it is a bracketed figure equal to the year before's: an `actual-in-brackets` guess naming both cells. */
export function carriedInBrackets(ind: RawIndicator, period: Period): ReadingGuess | null {
  const p = ind.actuals.find((a) => a.period?.kind === 'fiscal' && a.period.fiscalYear === period.fiscalYear && bracketedFigure(a));
  const before = p ? yearBeforeEqual(ind.actuals, p) : undefined;
  return p && before ? { reason: 'actual-in-brackets', cells: [p.cell, before.cell] } : null;
}
