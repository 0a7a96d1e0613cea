/**
 * A year's actual written in two columns, the early figure and the final one: 「令和５年度実績」 over 速報値 | 確定値
 * (or 暫定値 | 確定値, or 「令和7年度実績（見込）」 beside 「令和7年度実績（確定値）」: a 確定値 column makes the 見込 beside it the
 * same figure's early stage, not a forecast kept apart from a plain 実績, forecastColumns.ts). They are no rivals: the 確定値 is the year's actual where it is written (「同左」 there: the 速報値 left of it, confirmed as final); where it is still blank,
 * or says in words that it is not out yet (「未公表」「令和6年9月公表予定」), the 速報値 stands for it, a provisional figure (graded, said as provisional, never silently final). Only a pair of one
 * year, one column naming the early figure and one the final, is read so; any other two actual columns of a year stay
 * a column choice (guesses.ts).
 */
import type { Grid } from './grid';
import type { Point, RawIndicator } from './types';

/** A heading naming the early figure of a year (速報値, 暫定値, 見込 beside a 確定値), not a planned quantity (見込量). */
const EARLY = /速報|暫定|見込|見通し/;
const NOT_EARLY = /見込量/;
/** A heading naming the final figure (確定値), not its absence (未確定, 確定前). */
const FINAL = /確定/;
const NOT_FINAL = /未確定|確定前|確定待/;

const kindOf = (heading: string): 'early' | 'final' | null => {
  const h = heading.replace(/\s+/g, '');
  if (EARLY.test(h) && !NOT_EARLY.test(h)) return 'early';
  return FINAL.test(h) && !NOT_FINAL.test(h) ? 'final' : null;
};

/**
 * A column's headings down the header band, and the sub-heading on the row under it where that row names no indicator
 * (速報値 | 確定値 under a merged 「令和５年度実績」, a row the header does not take as its own: no measure word): its name
 * cell blank or the name heading merged down onto it.
 */
export function subHeadedText(grid: Grid, band: number[], nameCol: number, col: number): string {
  const under = band[band.length - 1] + 1;
  const rows = !grid.text(under, nameCol) || grid.anchor(under, nameCol).row < under ? [...band, under] : band;
  return rows.map((r) => grid.text(r, col)).join(' ');
}

const filled = (p: Point) => p.parsed.status !== 'missing';
const figure = (p: Point) => p.parsed.status === 'value';
const words = (p: Point) =>
  String(p.raw ?? '')
    .normalize('NFKC')
    .replace(/\s+/g, '');
/** Words saying the final figure is still to come (「未公表」「令和6年9月公表予定」「集計中」). */
const NOT_OUT = /未公表|非公表|公表前|公表予定|未確定|確定前|集計中|調査中|未定/;

/** 「同左」 (「同 左」, 「〃」 is not: it repeats the cell above) in the final cell, the early figure just left of it on its row. */
function sameAsLeft(final: Point, early: Point): boolean {
  return words(final) === '同左' && figure(early) && early.row === final.row && early.col < final.col;
}

/** The point marked provisional (a figure the heading says is not final), unless it already carries a qualifier. */
function provisional(p: Point): Point {
  return p.parsed.status === 'value' && !p.parsed.qualifier ? { ...p, parsed: { ...p.parsed, qualifier: 'provisional' } } : p;
}

/**
 * Settles (in place) each year whose actuals are exactly an early column and a final one: the final figure where
 * written, else the early one marked provisional. `headingOf`: a column's heading text, read only when two actuals share a year.
 * `confirmedOnly`: a note on the sheet says it judges on the confirmed figure (「評価は確定値により行う」, confirmedOnlyNote.ts):
 * the final cell stands even where not out yet (集計中: pending), the early figure never in its place.
 */
export function settleProvisionalTwins(ind: RawIndicator, headingOf: (col: number) => string, confirmedOnly = false): void {
  if (ind.actuals.length < 2) return;
  const years = new Map<number, Point[]>();
  for (const p of ind.actuals) {
    const y = p.period?.fiscalYear;
    if (y !== undefined) years.set(y, [...(years.get(y) ?? []), p]);
  }
  // 決算見込（R7.2月末時点） | 決算確定（出納閉鎖後）: the row's only two actuals, one dated, the other not: one year's two figures.
  const undated = ind.actuals.filter((p) => p.period?.fiscalYear === undefined);
  const pairs = ind.actuals.length === 2 && undated.length === 1 ? [ind.actuals] : [...years.values()];
  for (const pair of pairs) {
    if (pair.length !== 2) continue;
    const kinds = pair.map((p) => kindOf(headingOf(p.col)));
    const early = pair[kinds.indexOf('early')];
    const final = pair[kinds.indexOf('final')];
    if (!early || !final) continue;
    // 「同左」 in the 確定値 cell with the 速報値 left of it on its row: the final figure is the early one, final (the 確定値 cell named).
    if (sameAsLeft(final, early)) {
      // The 速報値's provisional mark (its heading's) is what 「同左」 lifts; an 約 or 以上 written in it stays.
      const { qualifier, ...figures } = early.parsed;
      const settled = { ...final, parsed: qualifier === 'provisional' ? figures : early.parsed };
      ind.actuals = ind.actuals.filter((p) => p !== early).map((p) => (p === final ? settled : p));
      continue;
    }
    // A 確定値 cell saying the figure is not out yet (未公表, …公表予定, 集計中) is no figure: the 速報値 stands, provisional.
    // Other words there stay the final cell's, said as unread (review rv46: no word but these hands over to the 速報値).
    const notOut = !figure(final) && figure(early) && (final.parsed.status === 'pending' || NOT_OUT.test(words(final)));
    const keepFinal = confirmedOnly || (!notOut && (filled(final) || !filled(early)));
    const [drop, keep] = keepFinal ? [early, final] : [final, provisional(early)];
    ind.actuals = ind.actuals.filter((p) => p !== drop).map((p) => (p === (keep === final ? final : early) ? keep : p));
  }
}
