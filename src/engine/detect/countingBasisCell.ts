/**
 * One actual cell writing the year's figure counted two ways, each after its basis: 「単年度 14人⏎累計 52人」「累計：29事業所
 * 単年度：8事業所」. Read as two measures, each was graded against the one target and the lowest attainment kept: the 単年度
 * figure against a 累計 target (14 against 60, a D) is no reading a clerk makes. The indicator names the basis its target counts
 * on: a name marked 累計 (「介護福祉士修学資金貸付者数（累計）」) takes the 累計 figure, one marked 単年度 / 単年 / 年間 the single
 * year's. The target's own cell marking a basis (「60（累計）」) names it too, and so does the target column's heading (「R5目標⏎（累計）」).
 * A target cell written the same two ways (「単年度 15人⏎累計 60人」) is read as its figure of that basis too.
 *
 * Review rv80: 年間 names the single year only with no count of years before it (「5年間」「3か年間」 the plan's span: a total) and
 * in a name with no 計画期間 / 計画の期間中 (running-total words; an event's 期間中, 「さくらまつり期間中の来場者数」, is no plan's span: review rv81); a bare 年間 may be part of a thing's name (「年間パスポート」), so it is a
 * weak word giving way to a basis the name, the target cell or its heading names in plain words (単年度, 累計). The labels 今年度,
 * 本年度 (and 当該年度分) label the year's own figure.
 *
 * Narrow, with guards: exactly two labelled figures, one labelled by a single-year word and one by a running-total word, nothing
 * else; the indicator's name and its target cells naming one basis and not the other (a name naming both, 「（単年度・累計）」,
 * or a name and a target that disagree keep the cell as it was, read and said as several figures). A name naming neither keeps it
 * too: which figure the target was set on is not written — unless the target lies below the running total reached before the
 * year (累計 less 単年度), which a running-total target still to reach cannot: then the figure it lies nearer by ratio, the year's
 * own or the total already passed (review rv81, rv82a: priorTotalBasis).
 */
import type { OneNumber, ParsedValue } from '../values/values';
import { YEAR_COUNTER } from '../values/yearCounter';
import { samePeriod } from '../values/yearStanding';
import type { Grid } from './grid';
import { headingOver } from './headingOver';
import type { Point, RawIndicator } from './types';

/** A basis word labelling a figure: the year alone, or the running total. */
const SINGLE_LABEL = /^(?:単年度?|当該年度|当年度|今年度|本年度|年度|年間)(?:分|値|実績値?)?$/;
const TOTAL_LABEL = /^(?:累計|累積|通算)(?:値|実績値?)?$/;
/** One part of the cell: a label, an optional colon, a figure and its unit, then a separator or the end. */
const PART = /([^\s\d:：=＝/／、,，;；]+)\s*[:：=＝]?\s*([\d,，]+(?:\.\d+)?)\s*[^\s\d/／、,，;；()（）]{0,4}\s*[/／、,，;；]?\s*/gy;
/** Words in a name, a target cell or its heading naming a basis: the year's own in plain words, or a running total (a span of years). */
const SINGLE_WORD = /単年度?|年度ごと|毎年度/;
const TOTAL_WORD = new RegExp(`累計|累積|通算|計画期間|計画の期間中|[\\d一二三四五六七八九十]+(?:${YEAR_COUNTER}年間?|年間)`);
/** 年間 with no count of years before it (「年間利用者数」): the year's own, but a weak word (「年間パスポート」 is a thing's name). */
const YEARLY = new RegExp(`(?<![\\d一二三四五六七八九十${YEAR_COUNTER.slice(1, -1)}])年間`);

type Basis = 'single' | 'total';
/** What a text names: a basis in plain words, both, or only the weak 年間 ('yearly'). */
type Named = Basis | 'both' | 'yearly' | null;

/** The basis a text names: 'both' for both plain words, 'yearly' for a bare 年間 beside no running-total word, null for none. */
export function namedBasis(text: string): Named {
  const t = text.normalize('NFKC');
  const [single, total] = [SINGLE_WORD.test(t), TOTAL_WORD.test(t)];
  if (single && total) return 'both';
  if (single || total) return total ? 'total' : 'single';
  return YEARLY.test(t) ? 'yearly' : null;
}

/**
 * The basis of each figure of a cell made of exactly two parts 「label figure」, one labelled by a single-year word and one by a
 * running-total word, in the order written; null for any other cell.
 */
export function basisPair(text: string): Basis[] | null {
  const t = text.normalize('NFKC').trim();
  const bases: (Basis | null)[] = [];
  PART.lastIndex = 0;
  let end = 0;
  for (let m = PART.exec(t); m; m = PART.exec(t)) {
    bases.push(SINGLE_LABEL.test(m[1]) ? 'single' : TOTAL_LABEL.test(m[1]) ? 'total' : null);
    end = PART.lastIndex;
  }
  const [a, b] = bases;
  return end === t.length && bases.length === 2 && a && b && a !== b ? [a, b] : null;
}

/**
 * The basis the indicator's name, its target cells and their headings name together, null when none does or they disagree. A
 * name naming both ways (「（単年度・累計）」) says nothing of which the target counts; a target cell written both ways is read
 * by the others. A bare 年間 counts only where nothing names a basis in plain words.
 */
function indicatorBasis(ind: RawIndicator, heading: (t: Point) => string): Basis | null {
  const name = namedBasis(ind.name);
  if (name === 'both') return null;
  // Only the targets compared with a pair: undated, or of a pair's own period — never the plan's final or span target
  // (「計画期間目標（R3～R7累計）」 beside R5目標: review rv81).
  const pairs = ind.actuals.filter((a) => a.parsed.measures?.length === 2);
  const compared = ind.targets.filter((t) => !t.period || pairs.some((a) => samePeriod(a.period, t.period)));
  const cells = compared.map((t) => (typeof t.raw === 'string' ? t.raw : ''));
  const named = [name, ...cells.map((c) => (basisPair(c) ? null : namedBasis(c))), ...compared.map((t) => namedBasis(heading(t)))];
  const plain = new Set(named.filter((b): b is Basis => b === 'single' || b === 'total'));
  if (plain.size > 0) return plain.size === 1 && !named.includes('both') ? [...plain][0] : null;
  if (named.includes('both')) return null;
  return named.includes('yearly') ? 'single' : priorTotalBasis(ind.actuals, compared);
}

/**
 * Review rv81: with no word naming a basis, a target below the running total already reached before the year (the pair's 累計
 * less its 単年度: 「単年度 11人⏎累計 35人」 stood at 24 before it) was set on no running total still to reach. Review rv82a: it
 * may be a running-total target already passed (4,500 against 「単年度 420人⏎累計 5,380人」), so its size tells which: nearer the
 * 単年度 (12 against 11 / 35) it is the year's own, nearer the 累計 the total's, read against the total. A target at or above the
 * total before the year (60 against 14 / 52), a tie, or targets and pairs disagreeing: kept as two figures.
 */
function priorTotalBasis(actuals: Point[], targets: Point[]): Basis | null {
  const pairs: { single: number; total: number }[] = [];
  for (const a of actuals) {
    const bases = typeof a.raw === 'string' ? basisPair(a.raw) : null;
    const m = a.parsed.measures;
    if (!bases || !m || m.length !== 2) continue;
    pairs.push({ single: m[bases.indexOf('single')].value, total: m[bases.indexOf('total')].value });
  }
  const values = targets.map((t) => t.parsed.value);
  if (!pairs.length || !values.length) return null;
  const found = new Set<Basis | null>();
  for (const v of values) {
    for (const p of pairs) {
      if (typeof v !== 'number' || v <= 0 || p.single <= 0 || v >= p.total - p.single) return null;
      found.add(nearerBasis(v, p.single, p.total));
    }
  }
  return found.size === 1 ? [...found][0] : null;
}

/** The figure a target lies nearer by ratio (|ln(target / figure)|), null for a tie. */
function nearerBasis(target: number, single: number, total: number): Basis | null {
  const [toSingle, toTotal] = [Math.abs(Math.log(target / single)), Math.abs(Math.log(target / total))];
  return toSingle === toTotal ? null : toSingle < toTotal ? 'single' : 'total';
}

/** The heading of each target's column: over the topmost target any indicator of the sheet has in that column. */
function targetHeadings(grid: Grid, indicators: RawIndicator[]): (t: Point) => string {
  const top = new Map<number, number>();
  for (const ind of indicators) for (const t of ind.targets) top.set(t.col, Math.min(top.get(t.col) ?? t.row, t.row));
  return (t) => headingOver(grid, t.col, top.get(t.col) ?? t.row);
}

/** The cell read as its one figure of `basis`, or null when it is no such pair. */
export function figureOfBasis(raw: unknown, p: ParsedValue, basis: Basis): OneNumber | null {
  if (typeof raw !== 'string' || p.status !== 'value' || !p.measures || p.measures.length !== 2) return null;
  const bases = basisPair(raw);
  if (!bases) return null;
  const m = p.measures[bases.indexOf(basis)];
  const out: OneNumber = { status: 'value', value: m.value, text: p.text };
  if (m.unit) out.unit = m.unit;
  if (p.qualifier) out.qualifier = p.qualifier;
  return out;
}

/** The point read as its figure of `basis` where its cell is such a pair, else as it was. */
function ofBasis<P extends Point>(p: P, basis: Basis): P {
  const one = figureOfBasis(p.raw, p.parsed, basis);
  return one ? { ...p, parsed: one } : p;
}

/** Each actual (and target) cell of 単年度 and 累計 figures read as the figure of the basis the indicator names (in place). */
export function applyCountingBasisCells(indicators: RawIndicator[], grid: Grid): void {
  const heading = targetHeadings(grid, indicators);
  for (const ind of indicators) {
    if (!ind.actuals.some((a) => a.parsed.measures?.length === 2)) continue;
    const basis = indicatorBasis(ind, heading);
    if (!basis) continue;
    ind.actuals = ind.actuals.map((a) => ofBasis(a, basis));
    ind.targets = ind.targets.map((t) => ofBasis(t, basis));
    if (basis === 'total') dropTotalGuess(ind);
  }
}

/**
 * A 累計 figure taken from its labelled pair is the running total itself: a `cumulative-single-year` guess naming that cell (the
 * target marked 累計 beside no 累計 column, cumulativeTarget.ts) no longer holds, the total read against the total.
 */
function dropTotalGuess(ind: RawIndicator): void {
  const taken = new Set(ind.actuals.filter((a) => typeof a.raw === 'string' && basisPair(a.raw)).map((a) => a.cell));
  if (!taken.size || !ind.guesses) return;
  ind.guesses = ind.guesses.filter((g) => g.reason !== 'cumulative-single-year' || !g.cells.some((c) => taken.has(c)));
}
