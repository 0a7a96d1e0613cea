/**
 * Periods as they are written in evaluation workbooks: R5, R05, 令和5年度, 令和元年度, H29,
 * 平成31年3月末, 2023年度, FY2023, R3.4末, 令和2年 (a calendar year).
 *
 * `fiscalYear` is the Japanese fiscal year that starts in April of that calendar year:
 * 令和5年度 → 2023; a month end belongs to the fiscal year it falls in, so 平成31年3月末 → 2018.
 */
import { memo, normalizeText } from './text';
import { increaseAfterYear } from './yearIncrease';

export type PeriodKind = 'fiscal' | 'calendar' | 'month';

export interface Period {
  /** As written (normalised): "R5", "令和5年度", "平成31年3月末". */
  label: string;
  fiscalYear: number;
  kind: PeriodKind;
  /** The calendar year written (for an era year, converted). */
  year: number;
  /** 1–12 for a month period. */
  month?: number;
  /** The year the figures under a heading of this period are of, when its bracket states another (「R5（R3数値）」: R3). */
  figureOf?: Period;
  /**
   * The heading dates the year's figure at a day inside it, before it closes (「令和6年度（6月末現在）」「R6（9月30日時点）」): the
   * year still in progress, its figures a part of the year's so far (inYearDate).
   */
  inYear?: true;
}

const ERA_BASE: Record<string, number> = { 令和: 2018, 平成: 1988, 昭和: 1925, 令: 2018, 平: 1988, 昭: 1925, R: 2018, H: 1988, S: 1925 };

interface Match {
  period: Period;
  index: number;
  length: number;
}

function eraNumber(s: string): number {
  return s === '元' ? 1 : Number(s);
}

function make(label: string, year: number, kind: PeriodKind, month?: number): Period {
  const fiscalYear = kind === 'month' && month !== undefined && month <= 3 ? year - 1 : year;
  return month === undefined ? { label, fiscalYear, kind, year } : { label, fiscalYear, kind, year, month };
}

type Rule = { re: RegExp; build: (m: RegExpExecArray) => Period | null };

/**
 * A year's January to its December written as a span of months, the second month with no year (「R5年1月～12月」「令和5年1月〜12月」
 * 「2023年1月～12月」, 1日～31日 too): the calendar year, a statistic counted by 暦年 (its fiscal year the year written, as 令和5年 is),
 * never its January (review rv82a item 5).
 */
const WHOLE_YEAR_SPAN = new RegExp(
  `(?:(令和|平成|昭和)(元|\\d{1,2})|(?<![A-Za-z]|[A-Za-z][\\d.]*\\d)([RHS])\\.?(元|\\d{1,2})(?!\\d)|(?<!\\d)((?:19|20)\\d{2}))` +
    `年0?1月(?:1日)?[~〜-]0?12月(?:末日?|31日)?`,
);

const RULES: Rule[] = [
  {
    re: WHOLE_YEAR_SPAN,
    build: (m) => make(m[0], m[5] ? Number(m[5]) : ERA_BASE[m[1] ?? m[3]] + eraNumber(m[2] ?? m[4]), 'calendar'),
  },
  {
    // 令和5年度, 令和元年度, 平成31年3月末, 令和4年3月末現在, 令和5年3月31日, 令和2年; 令和5事業年度: a 法人's business year
    // (公立大学法人, 地方独立行政法人: April to March, as the city's), the fiscal year written.
    re: /(令和|平成|昭和)(元|\d{1,2})(?:事業(?=年度))?年(度)?(?:(\d{1,2})月(?:\d{1,2}日)?)?/,
    build: (m) => {
      const y = ERA_BASE[m[1]] + eraNumber(m[2]);
      if (m[4]) return validMonth(m[0], y, Number(m[4]));
      return make(m[0], y, m[3] ? 'fiscal' : 'calendar');
    },
  },
  {
    // 令5, 令和6, 平30: a heading's era year abbreviated, 年度 left off (「令6（目標）」「中間目標（令和6）」), read as R5 is.
    // Never inside a word (法令2件, 政令3条), nor before a month or another digit (令和5.3 is no year of this form).
    re: /(?<!\p{Script=Han})(令和|平成|昭和|令|平|昭)(元|\d{1,2})(?![\d年./])/u,
    build: (m) => make(m[0], ERA_BASE[m[1]] + eraNumber(m[2]), 'fiscal'),
  },
  {
    // R5, R05, R.5, H29, R5年度, R3.4末, R3/4, R5.3.31, R6年1月. Never the letter of a Latin word, nor one closing a word with a digit
    // inside (「V2H 10基」: V2H is a charger, H10 no year; CO2, PM2.5 alike).
    re: /(?<![A-Za-z]|[A-Za-z][\d.]*\d)([RHS])\.?(元|\d{1,2})(?!\d)(?:(年度)|(年))?(?:(?:[./](\d{1,2})(?!\d)月?|(?<=年)(\d{1,2})月)(?:[./]\d{1,2}(?!\d)日?|\d{1,2}日)?)?/,
    build: (m) => {
      const y = ERA_BASE[m[1]] + eraNumber(m[2]);
      // R6年1月: a month, as 令和6年1月 is (its fiscal year the one before for January to March: review rv81 item 4).
      const month = m[5] ?? m[6];
      if (month) return validMonth(m[0], y, Number(month));
      return make(m[0], y, m[4] ? 'calendar' : 'fiscal');
    },
  },
  {
    re: /(?<![A-Za-z])FY\.?(\d{4}|\d{2})(?!\d)/i,
    build: (m) => make(m[0], m[1].length === 2 ? 2000 + Number(m[1]) : Number(m[1]), 'fiscal'),
  },
  { re: /(?<!\d)((?:19|20)\d{2})年度/, build: (m) => make(m[0], Number(m[1]), 'fiscal') },
  {
    // 2024年3月, 2024/3, 2024/3/31, 2024年3月31日
    re: /(?<!\d)((?:19|20)\d{2})(?:年|[/.-])(\d{1,2})(?!\d)月?(?:[/.-]\d{1,2}(?!\d)日?|\d{1,2}日)?/,
    build: (m) => validMonth(m[0], Number(m[1]), Number(m[2])),
  },
  { re: /(?<!\d)((?:19|20)\d{2})年(?!度)/, build: (m) => make(m[0], Number(m[1]), 'calendar') },
];

function validMonth(label: string, year: number, month: number): Period | null {
  return month >= 1 && month <= 12 ? make(label, year, 'month', month) : null;
}

/**
 * A character every rule's match holds (年, an era's letter or first kanji, FY, or a year before / . -): a text
 * without any is no period, and most names and sentences are told so by one cheap test.
 */
const MAY_HOLD_PERIOD = /[年RHSFf令平昭]|(?:19|20)\d{2}[/.-]/;

/** Finds the first period written anywhere in the text. */
export function findPeriod(text: string): Match | null {
  const t = compactForPeriod(text);
  if (!MAY_HOLD_PERIOD.test(t)) return null;
  let best: Match | null = null;
  for (const rule of RULES) {
    const m = rule.re.exec(t);
    if (!m) continue;
    const period = rule.build(m);
    if (!period) continue;
    // A month end written as "…3月末" keeps 末 in its label.
    if (period.kind === 'month' && t[m.index + m[0].length] === '末') period.label += '末';
    if (!best || m.index < best.index) best = { period, index: m.index, length: m[0].length };
  }
  return best;
}

const BASELINE_MARK = /(現状値|基準値|基準年度|基準年|基準|現況値|現況|策定時|計画策定時|当初値|当初)/;
const DECORATION = /[()（）「」【】[\]、,・:：※]|年度|末日|末|現在|時点|実績|見込み?|速報値?|確定値?|暫定値?|値/g;
/**
 * A note in brackets saying which year this is to the evaluation (「令和4年度（前年度）」「R5【今年度】」, the year evaluated itself
 * 「令和5年度（評価年度）」「R5（評価対象年度）」, or the year under review 「令和5年度（評価対象）」「（検証対象）」): the year written
 * is the period. 「（対象外）」 is no such note.
 */
const RELATIVE_NOTE = /[(（【[](?:(?:今|本|当|前々|前|昨|来|次|翌|評価(?:対象)?)年度|(?:評価|検証)対象)[)）】\]]/g;
/**
 * The same words leading, the year in brackets after them (「当年度（令和５年度）」「前年度（R4）」), or the plan's ordinal of
 * the year (「第2年次（R4）」「3年目（令和5年度）」): the year written is the period. What is left once the year is taken out.
 */
const LEADING_NOTE = /^(?:(?:今|本|当|前々|前|昨|来|次|翌)年度|第?\d{1,2}年(?:次|目)|第\d{1,3}期)[(（【[][)）】\]]$/;
/**
 * A note that the year came before an event (「2019年（コロナ前）」「令和元年度（コロナ禍前）」「2010年度（震災前）」, with an English gloss
 * 「Pre-COVID」): the year written is the period, shown as the level before the event, a baseline: never the latest actual nor the
 * period evaluated (「2019年（コロナ前）| 実績値」: the 実績値 is the actual, review rv46).
 */
const BEFORE_EVENT_NOTE = /[(（【[](?:新型)?(?:コロナ(?:禍)?|感染症(?:拡大)?|震災)前[)）】\]]|pre-?(?:covid(?:-?19)?|pandemic)/gi;
/**
 * A body's business term in brackets after the year (「2023年（第28期）」「令和5年度（第12期）」), or the plan's ordinal of the year
 * (「令和3年度（1年目）」「R4（第2年次）」): its ordinal, the year written is the period.
 */
const TERM_NOTE = /[(（【[](?:第\d{1,3}期|第?\d{1,2}年(?:次|目))[)）】\]]/g;

/** A Latin word with a digit inside closing right here (CO2, PM2.5, V2): a letter before the digits. */
const LETTER_DIGIT_WORD_END = /[A-Za-z][\d.]*\d$/;

/**
 * The text as findPeriod reads it (its indices are into this): NFKC, white space removed except
 * one space between two digits, so that a period prefix before a number keeps its own digits
 * 「R7 100件」「R7　1,000」「FY2025 30」 (read as R7100 it was no period, or R71).
 */
export function compactForPeriod(text: string): string {
  const n = normalizeText(text);
  // Most texts hold no white space: nothing to remove, and no replacement run over them.
  if (!/\s/.test(n)) return n;
  // A space after a Latin word with a digit inside, before an era letter (「CO2 R5」「R5 R6」), stays: the R after it opens a
  // year, none of the word's (only there: 「R7⏎（目標値）」 still reads R7(目標値)).
  return n.replace(/\s+/g, (s, at: number, all: string) =>
    (/\d/.test(all[at - 1] ?? '') && /\d/.test(all[at + s.length] ?? '')) ||
    (/[RHS]/.test(all[at + s.length] ?? '') && LETTER_DIGIT_WORD_END.test(all.slice(Math.max(0, at - 12), at)))
      ? ' '
      : '',
  );
}

/**
 * Reads a header cell that is a period and nothing else ("R5", "R2\n（現状値）", "平成29年3月末").
 * `baseline` is true when the cell marks that period as the baseline.
 * With `bareYear`, a plain 4-digit year ("2023") also counts.
 */
export function parsePeriodCell(text: string, opts: { bareYear?: boolean } = {}): PeriodCell | null {
  return opts.bareYear ? periodCell(text, true) : periodCellMemo(text);
}

/**
 * A header cell read as a period. `increase`: a year heading naming that year's increase (「令和3年度増加分」, yearIncrease.ts):
 * dated, but over no figure of the year's level, so it heads an actual only with a measure word under it (目標値 | 実績値 under
 * each year, header.ts; review rv68).
 */
export interface PeriodCell {
  period: Period;
  baseline: boolean;
  increase?: true;
}

const periodCellMemo = memo((text: string) => periodCell(text, false));

/**
 * A bracket after the year stating the year its figure is of (「R5（R3数値）」「R7（R5の値）」: a statistic published two years
 * late, laid out under the year it is used in): the heading's year is the column's period, the bracket's the figure's.
 */
const FIGURE_OF = /[(（]([^()（）]{2,12}?)の?(?:数値|値|データ|統計値?|調査値)[)）]/;

function figureYear(rest: string, period: Period): { rest: string; figureOf?: Period } {
  const m = FIGURE_OF.exec(rest);
  if (!m || period.kind === 'month') return { rest };
  const f = findPeriod(m[1]);
  if (!f || f.index !== 0 || f.length !== m[1].length || f.period.kind === 'month') return { rest };
  return { rest: rest.replace(m[0], ''), figureOf: f.period };
}

function periodCell(text: string, bareYear: boolean): PeriodCell | null {
  const t = normalizeText(text).replace(/\s+/g, '');
  if (!t) return null;
  if (bareYear && /^(19|20)\d{2}$/.test(t)) return { period: make(t, Number(t), 'fiscal'), baseline: false };
  const m = findPeriod(t);
  if (!m) return null;
  // 「令和3年度増加分」: that year's increase, of the year written (yearIncrease.ts), marked as one.
  const increase = increaseAfterYear(t, m.index + m.length);
  let rest = t.slice(0, m.index) + t.slice(m.index + m.length + increase);
  const baseline = BASELINE_MARK.test(rest) || new RegExp(BEFORE_EVENT_NOTE.source, 'i').test(rest);
  const cell = (period: Period): PeriodCell => (increase ? { period, baseline, increase: true } : { period, baseline });
  rest = rest.replace(BASELINE_MARK, '').replace(RELATIVE_NOTE, '').replace(TERM_NOTE, '').replace(BEFORE_EVENT_NOTE, '').replace(LEADING_NOTE, '');
  const inYear = inYearDate(rest, m.period);
  rest = withoutAsOfDate(rest, m.period);
  if (inYear && rest.replace(DECORATION, '') === '') return cell({ ...m.period, inYear: true });
  const fig = figureYear(rest, m.period);
  if (fig.figureOf && fig.rest.replace(DECORATION, '') === '') {
    const other = fig.figureOf.fiscalYear !== m.period.fiscalYear;
    return cell(other ? { ...m.period, figureOf: fig.figureOf } : m.period);
  }
  return rest.replace(DECORATION, '') === '' || sameYearAgain(rest, m.period) ? cell(m.period) : null;
}

/** A bracketed note: its inner text. */
const BRACKETED = /[(（【[]([^()（）【】[\]]*)[)）】\]]/g;
/** What may follow an as-of date in its bracket: 末, then 現在 / 時点. */
const AS_OF_TAIL = /^(?:末日?)?(?:現在|時点)?$/;

/**
 * A bracketed date after the year, the day its figure stands at (「R6（R6.4.1）」「R3（R3.5.1現在）」「令和6年度（R7.4.1現在）」):
 * the year written is the period, when the date falls in that year or on the day right after it ends (the next 4月1日,
 * a fiscal year's figure as of its close; the next 1月1日 for a calendar year). A date of another year leaves the
 * heading unread as a period (「R5（R7.4.1）」 says two years). A day with no year (「R6（4月1日）」) dates the year written.
 */
function withoutAsOfDate(rest: string, period: Period): string {
  if (period.kind === 'month') return rest;
  return rest.replace(BRACKETED, (all, inner: string) => (datesYear(inner, period) ? '' : all));
}

/**
 * Whether a bracket after a fiscal year dates its figure inside that year, before the year closes: 「（6月末現在）」「（R6.9.30時点）」
 * 「（令和6年12月末）」. The year's close (3月末, 3月31日) and the reference days counts are taken on (4月1日, 5月1日, 10月1日)
 * are no such date.
 */
function inYearDate(rest: string, period: Period): boolean {
  if (period.kind !== 'fiscal') return false;
  for (const [, inner] of rest.matchAll(BRACKETED)) {
    const day = DAY_OF_ANY_YEAR.exec(inner);
    const dated = day ? null : findPeriod(inner);
    const month = day
      ? Number(day[1])
      : dated?.index === 0 && dated.period.kind === 'month' && AS_OF_TAIL.test(inner.slice(dated.length))
        ? dated.period.month
        : undefined;
    if (month === undefined || month < 1 || month > 12 || month === 3) continue;
    if (dated && dated.period.fiscalYear !== period.fiscalYear) continue;
    const dayOf = day ? day[2] : /(?:[./]\d{1,2}[./]|月)(\d{1,2})日?$/.exec(dated!.period.label)?.[1];
    // The reference days counts are taken on (4月1日 as the year opens, 学校基本調査's 5月1日, the population's 10月1日): the
    // year's figure, not the year so far (rv57). Another first of a month (R6.9.1現在) is progress so far, as month ends are (rv58).
    if (Number(dayOf) === 1 && (month === 4 || month === 5 || month === 10)) continue;
    return true;
  }
  return false;
}

/** Whether a heading's bracket dates a figure of fiscal `period` at a day inside it, before it closes (「実績（6月末現在）」). */
export function datesInsideYear(text: string, period: Period): boolean {
  return inYearDate(normalizeText(text).replace(/\s+/g, ''), period);
}

/** A day with no year (「4月1日」「4.1現在」「各年5月1日時点」「3月末」): it names no other year, so it dates the year written. */
const DAY_OF_ANY_YEAR = /^(?:各年度?|毎年度?)?(\d{1,2})(?:月|[./])(?:(\d{1,2})日?|末日?)(?:現在|時点)?$/;

function dayOfAnyYear(inner: string): boolean {
  const m = DAY_OF_ANY_YEAR.exec(inner);
  return !!m && Number(m[1]) >= 1 && Number(m[1]) <= 12 && (m[2] === undefined || (Number(m[2]) >= 1 && Number(m[2]) <= 31));
}

function datesYear(inner: string, period: Period): boolean {
  if (dayOfAnyYear(inner)) return true;
  const m = findPeriod(inner);
  if (!m || m.index !== 0 || m.period.kind !== 'month' || !AS_OF_TAIL.test(inner.slice(m.length))) return false;
  const date = m.period;
  const day = /(?:[./]\d{1,2}[./]|月)(\d{1,2})日?$/.exec(date.label)?.[1];
  const [firstMonth, sameYear] = period.kind === 'fiscal' ? [4, date.fiscalYear === period.fiscalYear] : [1, date.year === period.year];
  if (sameYear) return true;
  const nextYear = period.kind === 'fiscal' ? date.fiscalYear === period.fiscalYear + 1 : date.year === period.year + 1;
  return nextYear && date.month === firstMonth && Number(day) === 1;
}

/** The same year written a second way beside the first, as 「2021(R3)」「R3(2021)」「2021年度（令和3年度）」 write it: the rest is that year and nothing else. */
function sameYearAgain(rest: string, period: Period): boolean {
  const bare = rest.replace(DECORATION, '');
  if (/^(19|20)\d{2}$/.test(bare)) return Number(bare) === period.year;
  const again = findPeriod(rest);
  if (!again || again.period.fiscalYear !== period.fiscalYear || again.period.kind !== period.kind) return false;
  return (rest.slice(0, again.index) + rest.slice(again.index + again.length)).replace(DECORATION, '') === '';
}

const BARE_YEAR = /^(?:19|20)\d{2}$/;

/**
 * Where the text writes the year of `period` a second time (「目標値 2025(R7)」 with R7 taken out: 「2025」; 「実績R5(令和5年度)」):
 * a bare four-digit year equal to its year, or another period of the same fiscal year and kind; null when none.
 */
export function sameYearWrittenAgain(text: string, period: Period): { index: number; length: number } | null {
  const bare = /(?<!\d)(?:19|20)\d{2}(?!\d)/.exec(text);
  if (bare && Number(bare[0]) === period.year) return { index: bare.index, length: bare[0].length };
  const again = findPeriod(text);
  return again && again.period.fiscalYear === period.fiscalYear && again.period.kind === period.kind ? { index: again.index, length: again.length } : null;
}

/**
 * A text that is a plain 4-digit year and nothing else once folded (「2023」「２０２３」): a year heading as a number cell 2023 is,
 * and as doubtful alone (a figure written as text), so a run of them is an axis only as a run of numbers is (cells.ts).
 */
export function isBareYearText(text: string): boolean {
  return BARE_YEAR.test(normalizeText(text).trim());
}

/** Reads a period given by a person (--period, 評価設定): "R5", "令和5年度", "2023", "FY2023". */
export function parsePeriodArg(text: string): Period | null {
  const t = normalizeText(String(text)).trim();
  if (/^(19|20)\d{2}$/.test(t)) return make(`${t}年度`, Number(t), 'fiscal');
  const m = findPeriod(t);
  return m ? m.period : null;
}

/** "令和5年度" for 2023, "令和元年度" for 2019, "平成30年度" for 2018. */
export function fiscalYearLabel(fy: number): string {
  if (fy >= 2019) return fy === 2019 ? '令和元年度' : `令和${fy - 2018}年度`;
  if (fy >= 1989) return fy === 1989 ? '平成元年度' : `平成${fy - 1988}年度`;
  return `${fy}年度`;
}

/** Orders periods: by fiscal year, then by month within it (April first), year-level periods last. */
export function periodOrder(p: Period): number {
  const monthIndex = p.kind === 'month' && p.month !== undefined ? ((p.month + 8) % 12) + 1 : 13;
  return p.fiscalYear * 100 + monthIndex;
}

/**
 * Whether a number format shows a date ("yyyy/m/d", 'm"月"', 'yyyy"年"m"月"', "[$-411]ge.m"): its
 * cell's number is then a serial date. Quoted text, escapes, colours and "0.0E+00" are not codes.
 */
export function isDateFormat(fmt: string): boolean {
  const bare = fmt
    .replace(/"[^"]*"|\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .replace(/E[+-]/gi, '')
    .replace(/General/gi, '');
  return /[ydmge]/i.test(bare);
}

/** Converts an Excel serial date (1900 system) to a month period, for date-typed header cells. */
export function periodFromSerial(serial: number): Period | null {
  if (!Number.isFinite(serial) || serial < 1 || serial > 2958465) return null;
  const d = new Date(Date.UTC(1899, 11, 30) + Math.round(serial) * 86400000);
  const year = d.getUTCFullYear();
  const month = d.getUTCMonth() + 1;
  return make(`${year}/${month}`, year, 'month', month);
}
