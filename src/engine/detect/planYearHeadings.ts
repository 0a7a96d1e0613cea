/**
 * Period headings counted in the plan's years (1年目 | 2年目 | … | 5年目) with the sheet saying which fiscal year each
 * is: 「計画期間：1年目＝令和3年度、2年目＝令和4年度、…」「評価対象：3年目（令和5年度）」「1年目:R3」. Each heading cell that is
 * a plan year and nothing else is read as the fiscal year the sheet maps it to, as if written 令和3年度, so every
 * layout reads its columns as it reads years. Pairs count only on lines above the headings or labelled 計画期間 / 評価対象, never
 * in the table's body or 備考; with none, a plan term stated above them (「（計画期間：令和4年度～令和8年度）」) long enough for
 * the headings makes 1年目 its first year. Refused: a sheet whose pairs disagree on the first year (1年目＝R3 and 2年目＝R5), or
 * with its plan term, and one that maps nothing (1年目 … with no year beside any of them stays no period, as before).
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { fiscalYearLabel, parsePeriodCell } from '../values/periods';
import { normalizeText } from '../values/text';

/** A plan-year heading and nothing else: 1年目, 第3年目, 5 年目. */
const HEADING = /^第?(\d{1,2})年目$/;

/** A plan year with the fiscal year it is, joined by ＝ : （ or nothing: 1年目＝令和3年度, 3年目(R5), 1年目:2021年度. */
const PAIR = /第?(\d{1,2})年目[=:(]?((?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|(?:19|20)\d{2}年度)/g;

/** A plan's term stated as a range of years: 「計画期間：令和4年度～令和8年度」「計画期間 R4～R8」「計画期間：2022年度から2026年度」. */
const TERM =
  /計画期間[:：]?((?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|(?:19|20)\d{2}年?度?)(?:[~〜-]|から)((?:令和|平成|R|H)?(?:\d{1,2}|元)年?度?|(?:19|20)\d{2}年?度?)/;

/** A line of the sheet's own stating what its plan years are, wherever it stands: 「計画期間：1年目＝…」「評価対象：3年目（令和5年度）」. */
const LABEL_LINE = /^[※*＊]?(計画期間|計画年度|評価対象|対象年度)/;

/** The fiscal year of plan year 0 each pair in the text implies (fiscal year − its ordinal). */
function offsetsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(PAIR)) {
    const p = parsePeriodCell(m[2]);
    if (p && p.period.kind === 'fiscal') out.push(p.period.fiscalYear - Number(m[1]));
  }
  return out;
}

/** The plan's term a text states (its first and last fiscal years), or null. */
function termIn(text: string): { first: number; last: number } | null {
  const m = TERM.exec(text);
  const first = m && parsePeriodCell(m[1])?.period;
  if (!first || first.kind !== 'fiscal') return null;
  // 「令和4年度～8年度」: the era left out of the last year is the first one's.
  const last = parsePeriodCell(m[2])?.period ?? parsePeriodCell(`${/^(令和|平成|R|H)/.exec(m[1])?.[1] ?? ''}${m[2]}`)?.period;
  return last && last.kind === 'fiscal' && last.fiscalYear > first.fiscalYear ? { first: first.fiscalYear, last: last.fiscalYear } : null;
}

/**
 * The fiscal year of plan year 0 the sheet states: the pairs of its lines above the plan-year headings, or of a line labelled
 * 計画期間 / 評価対象 (never a table's body or 備考 cell, 「モデル事業1年目（令和5年度）」 counting another thing's years); else a
 * plan term over the headings' years, 1年目 its first year. Null when they disagree, or nothing states it.
 */
function planOffset(texts: { i: number; t: string }[], top: number, last: number): number | null {
  const offsets = new Set<number>();
  const terms = new Set<number>();
  for (const { i, t } of texts) {
    if (i < top || LABEL_LINE.test(t)) for (const o of offsetsIn(t)) offsets.add(o);
    const term = i < top ? termIn(t) : null;
    if (term && term.last - term.first + 1 >= last) terms.add(term.first - 1);
  }
  if (offsets.size > 1 || terms.size > 1) return null;
  const [pairs] = offsets;
  const [term] = terms;
  if (pairs !== undefined && term !== undefined && pairs !== term) return null;
  return pairs ?? term ?? null;
}

/** The sheet with its plan-year headings written as the fiscal years it maps them to; the same snapshot when it has none. */
export function withPlanYears(snap: SheetSnapshot): SheetSnapshot {
  const headings: { i: number; j: number; n: number }[] = [];
  const texts: { i: number; t: string }[] = [];
  snap.values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (typeof v !== 'string' || !(v.includes('年目') || v.includes('計画期間'))) return;
      const t = normalizeText(v).replace(/\s+/g, '');
      const h = HEADING.exec(t);
      if (h) headings.push({ i, j, n: Number(h[1]) });
      else texts.push({ i, t });
    }),
  );
  if (headings.length < 2) return snap;
  const offset = planOffset(texts, Math.min(...headings.map((h) => h.i)), Math.max(...headings.map((h) => h.n)));
  if (offset === null) return snap;
  const values: CellValue[][] = snap.values.slice();
  for (const h of headings) {
    if (values[h.i] === snap.values[h.i]) values[h.i] = snap.values[h.i].slice();
    values[h.i][h.j] = fiscalYearLabel(offset + h.n);
  }
  return { ...snap, values };
}
