/**
 * One actual cell writing the year's figure counted two ways, each after its basis: 「単年度 14人⏎累計 52人」「累計：29事業所
 * 単年度：8事業所」. Read as two measures, each was graded against the one target and the lowest attainment kept: the 単年度
 * figure against a 累計 target (14 against 60, a D) is no reading a clerk makes. The indicator names the basis its target counts
 * on: a name marked 累計 (「介護福祉士修学資金貸付者数（累計）」) takes the 累計 figure, one marked 単年度 / 単年 / 年間 the single
 * year's. The target's own cell marking a basis (「60（累計）」) names it too.
 *
 * Narrow, with guards: exactly two labelled figures, one labelled by a single-year word and one by a running-total word, nothing
 * else; the indicator's name and its target cells naming one basis and not the other (a name naming both, 「（単年度・累計）」,
 * or a name and a target that disagree keep the cell as it was, read and said as several figures). A name naming neither keeps it
 * too: which figure the target was set on is not written.
 */
import type { OneNumber, ParsedValue } from '../values/values';
import type { Point, RawIndicator } from './types';

/** A basis word labelling a figure: the year alone, or the running total. */
const SINGLE_LABEL = /^(?:単年度?|当該年度|当年度|年度|年間)(?:分|値|実績値?)?$/;
const TOTAL_LABEL = /^(?:累計|累積|通算)(?:値|実績値?)?$/;
/** One part of the cell: a label, an optional colon, a figure and its unit, then a separator or the end. */
const PART = /([^\s\d:：=＝/／、,，;；]+)\s*[:：=＝]?\s*([\d,，]+(?:\.\d+)?)\s*[^\s\d/／、,，;；()（）]{0,4}\s*[/／、,，;；]?\s*/gy;
/** Words in a name or a target cell naming a basis. */
const SINGLE_WORD = /単年度?|年間|年度ごと|毎年度/;
const TOTAL_WORD = /累計|累積|通算/;

type Basis = 'single' | 'total';

/** The basis a text names, null when it names neither or both. */
export function namedBasis(text: string): Basis | null {
  const single = SINGLE_WORD.test(text);
  const total = TOTAL_WORD.test(text);
  if (single === total) return null;
  return total ? 'total' : 'single';
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

/** The basis the indicator's name and target cells name together, null when none does or they disagree. */
function indicatorBasis(ind: RawIndicator): Basis | null {
  // A name naming both ways (「（単年度・累計）」) says nothing of which the target counts.
  if (SINGLE_WORD.test(ind.name) && TOTAL_WORD.test(ind.name)) return null;
  const named = [ind.name, ...ind.targets.map((t) => (typeof t.raw === 'string' ? t.raw : ''))].map(namedBasis);
  const found = new Set(named.filter((b): b is Basis => b !== null));
  return found.size === 1 ? [...found][0] : null;
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

/** Each actual cell of 単年度 and 累計 figures read as the figure of the basis the indicator names (in place). */
export function applyCountingBasisCells(indicators: RawIndicator[]): void {
  for (const ind of indicators) {
    if (!ind.actuals.some((a) => a.parsed.measures?.length === 2)) continue;
    const basis = indicatorBasis(ind);
    if (!basis) continue;
    ind.actuals = ind.actuals.map((a): Point => {
      const one = figureOfBasis(a.raw, a.parsed, basis);
      return one ? { ...a, parsed: one } : a;
    });
  }
}
