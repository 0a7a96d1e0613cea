/**
 * The figures a result written as prose states for its year in the target's unit, as a 実施内容 cell of a self-evaluation
 * sheet writes them: 「・令和５年度末の通いの場は 98か所 となった（令和４年度末 92か所）。」 states 98 か所 for 令和5年度.
 * A figure counts only in a unit comparable with the target's (か所 / 箇所, 人 / 名 / 者); it does not where its clause (the
 * words since the last 、。 line break or open bracket) names another year (令和４年度末), last year (前年度, 昨年度) or a
 * target, plan or forecast (目標, 計画, 見込); nor inside a bracket giving a part of it (「（うち…14人）」); nor as a change
 * (「+6件」「6件増」「前年度比」); nor a year, month or day (「5年度」「3月末」); nor a frequency (「月１回」「週1回」); nor
 * dated mid-year (「９月末時点の」). Given the target's name, a figure whose clause (before it, and after it to the next clause
 * end) speaks of another count than the result (定員, 対象, 予算, のうち, 中止, 新た, 新規, 地区, モデル: unless the name says
 * the same word), of 延べ when the name counts 実人数, of 累計 when the name does not (or of none when it does) is not
 * counted either; and the figure must be of the target's own measure: its clause shares a word with the name (「通いの場は
 * 98か所」 for 通いの場の箇所数), or it is the text's only figure in the unit with nothing named before it (「98か所 となった」).
 * What is left may be several figures: the caller decides what one or several mean.
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
/** A plan or forecast named after the figure, in its clause. */
const PLAN_AFTER = /(予定|見込|計画)/;
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

/** Words of a clause speaking of another count than the result (the capacity, those invited, the budget, a part, …). */
const OTHER_COUNT = ['定員', '対象', '予算', 'のうち', '中止', '新た', '新規', '地区', 'モデル'];
/** A frequency: the figure right after 月, 週, 年 or 日 (「月１回」「週1回以上」). */
const FREQUENCY_BEFORE = /(月|週|年|日)\s*に?\s*$/;
/** A date within the year before its end (「９月末時点」「12月1日現在」): a figure of mid-year. */
const MID_YEAR = /(\d{1,2})月(\d{1,2}日)?(末)?(時点|現在|末)/;
/** A name counting persons once each (実人数): 延べ is another count. */
const UNIQUE_COUNT = /(実人数|実人員|実数|実利用|[（(]実[)）])/;
/** What a clause may hold and still name nothing: dates, bullets, particles and words of the whole. */
const NOTHING_NAMED = /(令和|平成|R)\d+年度?|\d+年|\d+月\d*日?|年度末|年度|現在|時点|末|合計|全体|市内|実績|[・\s、の合は計で]/g;

/** The words after a figure's unit up to the next clause end or open bracket. */
const clauseAfter = (rest: string) => rest.split(/[、。，,\n；;（(「『【[]/)[0];

/** The pairs of letters of the name that are no particle: a clause sharing one names the name's measure. */
function nameWords(name: string): Set<string> {
  const core = name.normalize('NFKC').replace(/[（(][^（()）]*[)）]/g, '');
  const out = new Set<string>();
  for (let i = 0; i + 2 <= core.length; i++) {
    const pair = core.slice(i, i + 2);
    if (/^[\p{Script=Han}\p{Script=Katakana}ー\p{Script=Hiragana}]{2}$/u.test(pair) && !/[のはがをにでと]/.test(pair) && !/数$|^数/.test(pair)) out.add(pair);
  }
  return out;
}

/** Whether the clause around a figure speaks of another count than the name's (see OTHER_COUNT, 延べ, 累計). */
function otherCount(around: string, name: string): boolean {
  const n = name.normalize('NFKC');
  if (OTHER_COUNT.some((w) => around.includes(w) && !n.includes(w))) return true;
  if (around.includes('延べ') && UNIQUE_COUNT.test(n)) return true;
  return around.includes('累計') !== n.includes('累計');
}

/** A figure found in the text, with its clause and the words after it. */
interface Found extends TextFigure {
  clause: string;
  after: string;
}

/**
 * Every figure of the text in a unit comparable with `unit` and stated for `fiscalYear` (see the module's comment), in order;
 * given the target's `name`, only those of its measure.
 */
export function resultTextFigures(text: string, unit: string, fiscalYear: number, name?: string): TextFigure[] {
  const found = figuresOfYear(text, unit, fiscalYear);
  if (name === undefined) return found.map(({ value, unit: u, written }) => ({ value, unit: u, written }));
  const words = nameWords(name);
  const kept = found.filter((f) => !otherCount(`${f.clause} ${f.after}`, name));
  return kept
    .filter((f) => [...words].some((w) => `${f.clause}${f.after}`.includes(w)) || (found.length === 1 && !f.clause.replace(NOTHING_NAMED, '')))
    .map(({ value, unit: u, written }) => ({ value, unit: u, written }));
}

/** The figures of the year in the unit, with their clauses. */
function figuresOfYear(text: string, unit: string, fiscalYear: number): Found[] {
  const t = text.normalize('NFKC');
  const out: Found[] = [];
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
    if (OTHER_MEASURE.test(clause) || (written === '回' && FREQUENCY_BEFORE.test(t.slice(0, at))) || midYear(clause)) continue;
    const year = findPeriod(clause)?.period;
    if (year && year.fiscalYear !== fiscalYear) continue;
    // 「48回 の開催を予定していたが」: a plan written after the figure.
    if (PLAN_AFTER.test(clauseAfter(rest))) continue;
    out.push({ value: Number(m[0].replace(/,/g, '')), unit: written, written: `${m[0]}${written}`, clause, after: clauseAfter(rest) });
  }
  return out;
}

/** Whether the clause dates its figure within the year before its end (a month other than March, or April's first days). */
function midYear(clause: string): boolean {
  const m = MID_YEAR.exec(clause);
  return !!m && Number(m[1]) !== 3 && !(Number(m[1]) === 4 && m[2] === '1日');
}
