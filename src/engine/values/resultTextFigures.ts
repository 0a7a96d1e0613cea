/**
 * The figures a result written as prose states for its year in the target's unit, as a 実施内容 cell of a self-evaluation
 * sheet writes them: 「・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。」 states 98 か所 for 令和5年度.
 * A figure counts only in a unit comparable with the target's (か所 / 箇所, 人 / 名 / 者); it does not where its clause (the
 * words since the last 、。 line break or open bracket) names another year (令和４年度末), last year (前年度, 昨年度) or a
 * target, plan or forecast (目標, 計画, 見込); nor inside a bracket giving a part of it (「（うち…14人）」); nor as a change
 * (「+6件」「6件増」「前年度比」); nor a year, month or day (「5年度」「3月末」). What is left may be several figures: the
 * caller decides what one or several mean.
 */
import { findPeriod } from './periods';
import { conversionFactor, unitAt } from './units';

export interface TextFigure {
  value: number;
  /** The unit as written after the figure. */
  unit: string;
  /** The figure and its unit as written (「98か所」), NFKC. */
  written: string;
}

/** A figure: digits with thousands separators and a decimal part, NFKC. */
const FIGURE = /\d[\d,]*(?:\.\d+)?/g;
/** What ends a clause before a figure: its words since then speak of it. */
const CLAUSE_END = /[、。，,\n；;]/;
/** A clause about another time or another measure than the year's result. */
const OTHER_MEASURE = /(前年度|昨年度|前年|前回|前期|過去|目標|計画|見込|予定|予測)/;
/** A bracket giving a part of the figure before it (「（うち…）」「（内訳…）」). */
const PART_BRACKET = /^\s*(うち|内訳|内数|内)/;
/** A sign or word making the figure a change (「+6件」「▲3人」「6件増」「6件の増」「前年度比」). */
const CHANGE_BEFORE = /[+＋▲△▼]\s*$/;
const CHANGE_AFTER = /^\s*(の?(増|減|増加|減少|超)|比)/;
/** A figure that is a date or a time of year, never a count: 5年度, 3月, 31日, 2023年. */
const DATE_AFTER = /^(年|月|日|時|歳|か月|ヶ月|カ月|箇月)/;
const OPEN = /[（(「『【[]/;
const CLOSE = /[）)」』】\]]/;

/** The clause before `at`: from the last clause end or still open bracket, and the text of the innermost open bracket. */
function clauseBefore(text: string, at: number): { clause: string; bracket: string | null } {
  const open: number[] = [];
  let start = 0;
  for (let i = 0; i < at; i++) {
    const ch = text[i];
    if (OPEN.test(ch)) open.push(i);
    else if (CLOSE.test(ch)) open.pop();
    else if (CLAUSE_END.test(ch)) start = i + 1;
  }
  const inner = open.length ? open[open.length - 1] : -1;
  return { clause: text.slice(Math.max(start, inner + 1), at), bracket: inner >= 0 ? text.slice(inner + 1, at) : null };
}

/** Every figure of the text in a unit comparable with `unit` and stated for `fiscalYear` (see the module's comment), in order. */
export function resultTextFigures(text: string, unit: string, fiscalYear: number): TextFigure[] {
  const t = text.normalize('NFKC');
  const out: TextFigure[] = [];
  for (const m of t.matchAll(FIGURE)) {
    const at = m.index;
    const after = t.slice(at + m[0].length);
    if (/^[\d.]/.test(t.charAt(at - 1)) || DATE_AFTER.test(after.trimStart())) continue;
    const written = unitAt(after);
    if (!written || conversionFactor(written, unit) === null) continue;
    const rest = after.replace(/^\s+/, '').slice(written.length);
    if (CHANGE_BEFORE.test(t.slice(0, at)) || CHANGE_AFTER.test(rest)) continue;
    const { clause, bracket } = clauseBefore(t, at);
    if (bracket !== null && PART_BRACKET.test(bracket)) continue;
    if (OTHER_MEASURE.test(clause)) continue;
    const year = findPeriod(clause)?.period;
    if (year && year.fiscalYear !== fiscalYear) continue;
    out.push({ value: Number(m[0].replace(/,/g, '')), unit: written, written: `${m[0]}${written}` });
  }
  return out;
}
