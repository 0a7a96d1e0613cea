/**
 * Period headings counted in the plan's years (1年目 | 2年目 | … | 5年目) with the sheet saying which fiscal year each
 * is: 「計画期間：1年目＝令和3年度、2年目＝令和4年度、…」「評価対象：3年目（令和5年度）」「1年目:R3」. Each heading cell that is
 * a plan year and nothing else is read as the fiscal year the sheet maps it to, as if written 令和3年度, so every
 * layout reads its columns as it reads years. Refused: a sheet whose pairs disagree on the first year (1年目＝R3 and
 * 2年目＝R5), and one that maps nothing (1年目 … with no year beside any of them stays no period, as before).
 */
import type { CellValue, SheetSnapshot } from '../model/snapshot';
import { fiscalYearLabel, parsePeriodCell } from '../values/periods';
import { normalizeText } from '../values/text';

/** A plan-year heading and nothing else: 1年目, 第3年目, 5 年目. */
const HEADING = /^第?(\d{1,2})年目$/;

/** A plan year with the fiscal year it is, joined by ＝ : （ or nothing: 1年目＝令和3年度, 3年目(R5), 1年目:2021年度. */
const PAIR = /第?(\d{1,2})年目[=:(]?((?:令和|平成|R|H)(?:\d{1,2}|元)年?度?|(?:19|20)\d{2}年度)/g;

/** The fiscal year of plan year 0 each pair in the text implies (fiscal year − its ordinal). */
function offsetsIn(text: string): number[] {
  const out: number[] = [];
  for (const m of normalizeText(text).replace(/\s+/g, '').matchAll(PAIR)) {
    const p = parsePeriodCell(m[2]);
    if (p && p.period.kind === 'fiscal') out.push(p.period.fiscalYear - Number(m[1]));
  }
  return out;
}

/** The sheet with its plan-year headings written as the fiscal years it maps them to; the same snapshot when it has none. */
export function withPlanYears(snap: SheetSnapshot): SheetSnapshot {
  const headings: { i: number; j: number; n: number }[] = [];
  const offsets = new Set<number>();
  snap.values.forEach((row, i) =>
    row?.forEach((v, j) => {
      if (typeof v !== 'string' || !v.includes('年目')) return;
      const h = HEADING.exec(normalizeText(v).replace(/\s+/g, ''));
      if (h) headings.push({ i, j, n: Number(h[1]) });
      else for (const o of offsetsIn(v)) offsets.add(o);
    }),
  );
  if (headings.length < 2 || offsets.size !== 1) return snap;
  const [offset] = offsets;
  const values: CellValue[][] = snap.values.slice();
  for (const h of headings) {
    if (values[h.i] === snap.values[h.i]) values[h.i] = snap.values[h.i].slice();
    values[h.i][h.j] = fiscalYearLabel(offset + h.n);
  }
  return { ...snap, values };
}
