/**
 * A sentence saying which way the figure a table's actual rows are labelled by should go — 「職員数が目標職員数以下であれば達成
 * （減少を目指す）」 under each 部門's 目標職員数 / 職員数（実績） rows — speaks of every indicator whose actual is labelled so: the
 * label (its 実績 bracket off) names what every row counts, as a clerk reads it, when the sentence opens with it as its subject
 * (「職員数が」「職員数は」). Only a label written with 実績 that two indicators or more share.
 */
import { classifyLabel } from '../values/labels';
import type { Grid } from './grid';
import type { RawIndicator } from './types';

/** How far up an actual's column its heading may stand. */
const HEADING_REACH = 4;

/** The measure an actual label names: 「職員数（実績）」 → 職員数 (nothing but 実績 / 実績値: none). */
function measureWord(label: string): string | null {
  const t = label
    .normalize('NFKC')
    .replace(/[(（][^()（）]*[)）]/g, '')
    .replace(/(実績値?|の?値)$/, '')
    .replace(/\s+/g, '');
  return t.length >= 2 && /\p{Script=Han}/u.test(t) ? t : null;
}

/** The text labelling an indicator's first actual as an actual: left of it on its row, else above it in its column. */
function actualLabel(grid: Grid, ind: RawIndicator): string | null {
  const p = ind.actuals[0];
  if (!p) return null;
  const isActual = (r: number, c: number) => {
    const t = grid.text(r, c);
    return t && classifyLabel(t)?.role === 'actual' ? t : null;
  };
  for (let c = p.col - 1; c >= grid.left; c--) {
    const t = isActual(p.row, c);
    if (t) return t;
  }
  for (let r = p.row - 1; r >= Math.max(grid.top, p.row - HEADING_REACH); r--) {
    const t = isActual(r, p.col);
    if (t) return t;
  }
  return null;
}

/** Whether the sentence opens with the measure as its subject (「※職員数が…」「職員数は…」), never inside another word (目標職員数). */
function subjectOf(sentence: string, word: string): boolean {
  const t = sentence.replace(/^[\s※*＊・●○◆■]+(\d+[\s.)）]*)?/, '');
  return t.startsWith(word) && /^[がは]/.test(t.slice(word.length));
}

/** The indicators whose shared actual label's measure the sentence names as a word of its own (not inside 目標職員数). */
export function labelledMeasureIn(grid: Grid, sentence: string, indicators: RawIndicator[]): RawIndicator[] {
  const byWord = new Map<string, RawIndicator[]>();
  for (const ind of indicators) {
    const label = actualLabel(grid, ind);
    // Only a label naming its measure beside 実績 (「職員数（実績）」「職員数実績」): a bare 年間計 names no measure.
    const word = label && /実績/.test(label) ? measureWord(label) : null;
    if (word) byWord.set(word, [...(byWord.get(word) ?? []), ind]);
  }
  const text = sentence.normalize('NFKC');
  const out: RawIndicator[] = [];
  for (const [word, inds] of byWord) {
    if (inds.length >= 2 && subjectOf(text, word)) out.push(...inds);
  }
  return out;
}
